"""Entry point for Dagster (`dagster dev -m pipeline.definitions`)."""

import dagster as dg

from pipeline.defs import assets, automation, checks
from pipeline.defs.resources import Warehouse


def build_defs(warehouse: Warehouse) -> dg.Definitions:
    """The whole graph over one warehouse; tests build it over temporary folders."""
    return dg.Definitions(
        assets=assets.ALL,
        asset_checks=checks.ALL,
        jobs=[automation.ingest_job],
        sensors=[automation.seeds_folder_sensor],
        schedules=[automation.hourly_reingest],
        resources={"warehouse": warehouse},
        executor=dg.in_process_executor,
    )


defs = build_defs(Warehouse.from_env())
