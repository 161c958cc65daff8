"""Shared fixtures: the real seed articles copied into a temporary seeds folder, and a
snapshot of a built warehouse to compare runs by."""

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((SHARED / "gold" / "seeds.json").read_text())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A copy of the seeds and an empty warehouse, both under tmp_path; one worker keeps
    small tests in-process."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return Settings(seeds_dir=seeds, warehouse_dir=tmp_path / "warehouse", workers=1)


RUN_SPECIFIC = {"batch_id", "ingested_at", "first_seen", "last_seen", "run_id", "started_at", "committed_at", "mtime_ns"}


def snapshot(catalog: Path) -> dict[str, list[str]]:
    """Every table's rows, sorted, without run ids and timestamps: two warehouses built from the
    same inputs must have equal snapshots, however many runs it took (the run log, the
    `_history` views and the tombstones of deleted files, which remember the runs, aside)."""
    out = {}
    with duckdb.connect(str(catalog), read_only=True) as con:
        tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
        for table in sorted(t for t in tables if not t.startswith("_") and not t.endswith(("_history", "ingest_log"))):
            rel = con.table(table)
            if table == "files":  # tombstones are history: a build that never saw a file has none
                rel = rel.filter("status <> 'deleted'")
            cols = [c for c in rel.columns if c not in RUN_SPECIFIC]
            out[table] = sorted(map(repr, rel.select(*cols).fetchall()))
    return out
