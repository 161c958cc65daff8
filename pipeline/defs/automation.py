"""The job, and what launches it unattended: a sensor on the seeds folder and an hourly schedule.

Both are on by default. Runs carry the `news/writer` tag, which `dagster.yaml` limits to one
at a time, so a sensor run and a scheduled run queue instead of writing together.
"""

import dagster as dg

from pipeline.defs.resources import Warehouse
from pipeline.ingest import folder_fingerprint

WRITER_TAG = {"news/writer": "warehouse"}

ingest_job = dg.define_asset_job(
    "ingest_job",
    selection=dg.AssetSelection.all(),
    description="Scan the seeds folder and bring every table up to date (only new, changed and deleted files are processed).",
    tags=WRITER_TAG,
)


@dg.sensor(job=ingest_job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def seeds_folder_sensor(context: dg.SensorEvaluationContext, warehouse: Warehouse):
    """Launch a run when any file in the seeds folder is added, changed or deleted."""
    try:
        fingerprint = folder_fingerprint(warehouse.settings.seeds_dir)
    except OSError as err:
        return dg.SkipReason(f"seeds folder unavailable: {err}")
    if fingerprint == context.cursor:
        return dg.SkipReason("no change in the seeds folder")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)


hourly_reingest = dg.ScheduleDefinition(
    name="hourly_reingest",
    job=ingest_job,
    cron_schedule="0 * * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Re-ingest every hour, whatever the sensor saw.",
)
