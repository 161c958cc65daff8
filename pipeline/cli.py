"""`python -m pipeline.cli run`: materialize every asset once and print what happened.

It runs the same `ingest_job` the sensor and the schedule launch, recorded in the Dagster
instance at $DAGSTER_HOME, so the run shows in the UI like any other.
"""

from __future__ import annotations

import argparse
import sys

import duckdb
from dagster import DagsterInstance

from pipeline.defs.automation import WRITER_TAG
from pipeline.defs.assets import EXAMPLE_QUERY
from pipeline.settings import load_settings


# Progress and counts, not Dagster's step-by-step debug events (those stay in the UI).
QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def run() -> int:
    from pipeline.definitions import defs

    settings = load_settings()
    print(f"seeds: {settings.seeds_dir}\nwarehouse: {settings.warehouse_dir}")
    with DagsterInstance.get() as instance:
        result = defs.resolve_job_def("ingest_job").execute_in_process(
            instance=instance, tags=WRITER_TAG, raise_on_error=False, run_config=QUIET_LOGS
        )
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                print(event.message, file=sys.stderr)
        print("run failed: see the messages above, or the run in the Dagster UI", file=sys.stderr)
        return 1
    print(summary(str(settings.catalog_path)))
    return 0


def summary(catalog: str) -> str:
    """The last run's file counts, the warehouse's size, and one example query with its answer."""
    con = duckdb.connect(catalog, read_only=True)
    log = con.execute(
        "SELECT files_new, files_changed, files_deleted, files_unchanged, files_quarantined, articles_processed "
        "FROM ingest_log ORDER BY committed_at DESC LIMIT 1"
    ).fetchone()
    articles, entities, mentions = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities), (SELECT count(*) FROM entity_mentions)"
    ).fetchone()
    example = con.sql(EXAMPLE_QUERY)
    return "\n".join(
        [
            "",
            "files:    {} new, {} changed, {} deleted, {} unchanged, {} quarantined".format(*log[:5]),
            f"articles: {log[5]} processed this run, {articles} in the warehouse",
            f"entities: {entities} canonical, {mentions} mentions",
            f"DuckDB:   {catalog}",
            f"example:  duckdb -readonly {catalog} \"{EXAMPLE_QUERY}\"",
            str(example),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.cli", description=__doc__)
    parser.add_argument("command", choices=["run"], help="run: materialize every asset over the seeds folder")
    parser.parse_args(argv)
    return run()


if __name__ == "__main__":
    sys.exit(main())
