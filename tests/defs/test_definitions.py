"""Pin the graph: any change to assets, groups, kinds, checks or automation shows up here."""

import dagster as dg

from pipeline.definitions import defs

GRAPH = {
    "raw_files": ("ingest", {"parquet"}, []),
    "articles": ("clean", {"parquet"}, ["raw_files"]),
    "removed_lines": ("clean", {"parquet"}, ["raw_files"]),
    "line_keys": ("clean", {"parquet"}, ["raw_files"]),
    "entity_mentions": ("extract", {"parquet"}, ["articles"]),
    "dates": ("extract", {"parquet"}, ["articles"]),
    "files": ("warehouse", {"parquet"}, ["dates", "entity_mentions", "line_keys", "removed_lines"]),
    "ingest_log": ("warehouse", {"parquet"}, ["dates", "entity_mentions", "line_keys", "removed_lines"]),
    "entities": ("aggregate", {"parquet"}, ["files"]),
    "entity_stats": ("aggregate", {"parquet"}, ["files"]),
    "entity_cooccurrence": ("aggregate", {"parquet"}, ["files"]),
    "source_stats": ("aggregate", {"parquet"}, ["files"]),
    "entity_daily": ("aggregate", {"parquet"}, ["files"]),
    "line_stats": ("aggregate", {"parquet"}, ["files"]),
    "news_duckdb": ("warehouse", {"duckdb"}, sorted(["entities", "entity_stats", "entity_cooccurrence",
                                                     "source_stats", "entity_daily", "line_stats"])),
}


def test_asset_graph_is_pinned() -> None:
    graph = defs.resolve_asset_graph()
    found = {}
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        found[key.to_user_string()] = (
            node.group_name, set(node.kinds), sorted(k.to_user_string() for k in node.parent_keys)
        )
        assert node.description, f"{key} has no description"
        assert node.owners == ["team:news-data"]
    assert found == GRAPH


def test_tables_have_column_schemas() -> None:
    graph = defs.resolve_asset_graph()
    for name in ("raw_files", "articles", "removed_lines", "line_keys", "entity_mentions", "dates", "files", "ingest_log"):
        columns = graph.get(dg.AssetKey(name)).metadata["dagster/column_schema"].columns
        assert columns and all(c.description for c in columns), name


def test_checks_sensor_and_schedule() -> None:
    checks = {k.to_user_string() for k in defs.resolve_asset_graph().asset_check_keys}
    assert checks == {
        "articles:no_boilerplate_marker_left", "articles:every_article_has_language",
        "entity_mentions:mention_offsets_valid", "entity_stats:aggregate_totals_reconcile",
    }
    sensor = defs.resolve_sensor_def("seeds_folder_sensor")
    schedule = defs.resolve_schedule_def("hourly_reingest")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert sensor.minimum_interval_seconds <= 60
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert schedule.cron_schedule == "0 * * * *"
    assert defs.resolve_job_def("ingest_job").tags["news/writer"] == "warehouse"
