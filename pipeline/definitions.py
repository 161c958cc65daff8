"""Entry point for Dagster (`dagster dev -m pipeline.definitions`)."""

import dagster as dg

from pipeline.defs import assets, automation, checks
from pipeline.defs.resources import Warehouse

defs = dg.Definitions(
    assets=assets.ALL,
    asset_checks=checks.ALL,
    jobs=[automation.ingest_job],
    sensors=[automation.seeds_folder_sensor],
    schedules=[automation.hourly_reingest],
    resources={"warehouse": Warehouse.from_env()},
    executor=dg.in_process_executor,
)
