"""The one resource: where the seeds are and where the warehouse lives."""

from pathlib import Path

import dagster as dg

from pipeline.lake import Lake
from pipeline.settings import Settings, load_settings


class Warehouse(dg.ConfigurableResource):
    """Seeds folder, warehouse folder and worker count; defaults come from the environment
    (NEWS_SEEDS_DIR, NEWS_WAREHOUSE_DIR, NEWS_WORKERS)."""

    seeds_dir: str
    warehouse_dir: str
    workers: int

    @classmethod
    def from_env(cls) -> "Warehouse":
        s = load_settings()
        return cls(seeds_dir=str(s.seeds_dir), warehouse_dir=str(s.warehouse_dir), workers=s.workers)

    @property
    def settings(self) -> Settings:
        return Settings(Path(self.seeds_dir), Path(self.warehouse_dir), self.workers)

    @property
    def lake(self) -> Lake:
        return Lake(self.settings.lake_dir)
