"""Where the pipeline reads and writes, taken from environment variables with defaults.

Relative defaults resolve against the working directory, which is the project root for
`make run`, `make ui` and the tests' subprocesses.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping


@dataclass(frozen=True)
class Settings:
    seeds_dir: Path
    warehouse_dir: Path
    workers: int

    @property
    def lake_dir(self) -> Path:
        """Parquet lake: the source of truth."""
        return self.warehouse_dir / "lake"

    @property
    def catalog_path(self) -> Path:
        """DuckDB catalog: views over the lake and its aggregate tables."""
        return self.warehouse_dir / "news.duckdb"


def load_settings(env: Mapping[str, str] = os.environ) -> Settings:
    """Read NEWS_SEEDS_DIR, NEWS_WAREHOUSE_DIR and NEWS_WORKERS (default: all cores)."""
    return Settings(
        seeds_dir=Path(env.get("NEWS_SEEDS_DIR", "seeds")).resolve(),
        warehouse_dir=Path(env.get("NEWS_WAREHOUSE_DIR", "warehouse")).resolve(),
        workers=int(env.get("NEWS_WORKERS", "0")) or (os.cpu_count() or 1),
    )
