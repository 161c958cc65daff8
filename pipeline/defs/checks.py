"""Asset checks: each one a query over the committed warehouse that must find nothing wrong."""

import dagster as dg

from pipeline.catalog import lake_connection
from pipeline.defs.resources import Warehouse

# A line of clean text that starts like this is boilerplate the cleaner let through.
MARKER_RE = (
    r"(?im)^\s*(baca juga|baca selengkapnya|lihat juga|simak juga|artikel terkait|berita terkait"
    r"|terkini lainnya|advertisement|scroll to continue)\b"
)


def _count(warehouse: Warehouse, sql: str, params: dict | None = None) -> int:
    return lake_connection(warehouse.lake).execute(sql, params or {}).fetchone()[0]


@dg.asset_check(asset="articles", description="No clean_text line starts with a known boilerplate marker.")
def no_boilerplate_marker_left(warehouse: Warehouse) -> dg.AssetCheckResult:
    bad = _count(warehouse, "SELECT count(*) FROM articles WHERE regexp_matches(clean_text, $re)", {"re": MARKER_RE})
    return dg.AssetCheckResult(passed=bad == 0, metadata={"articles_with_marker": bad})


@dg.asset_check(asset="articles", description="Every article has a language (or 'und' for empty text).")
def every_article_has_language(warehouse: Warehouse) -> dg.AssetCheckResult:
    bad = _count(warehouse, "SELECT count(*) FROM articles WHERE language IS NULL OR language = ''")
    return dg.AssetCheckResult(passed=bad == 0, metadata={"articles_without_language": bad})


@dg.asset_check(asset="entity_mentions", description="clean_text[start_char:end_char] == surface for every mention.")
def mention_offsets_valid(warehouse: Warehouse) -> dg.AssetCheckResult:
    bad = _count(
        warehouse,
        "SELECT count(*) FROM entity_mentions m JOIN articles a USING (doc_id) "
        "WHERE substring(a.clean_text, m.start_char + 1, m.end_char - m.start_char) <> m.surface",
    )
    return dg.AssetCheckResult(passed=bad == 0, metadata={"bad_offsets": bad})


@dg.asset_check(asset="entity_stats", description="Mentions in entity_stats, entity_daily and entities all "
                "add up to the rows of entity_mentions.", additional_deps=["entity_daily", "entities"])
def aggregate_totals_reconcile(warehouse: Warehouse) -> dg.AssetCheckResult:
    lake = warehouse.lake
    totals = lake_connection(lake).execute(
        "SELECT (SELECT count(*) FROM entity_mentions),"
        " (SELECT coalesce(sum(mentions), 0) FROM read_parquet($s)),"
        " (SELECT coalesce(sum(mentions), 0) FROM read_parquet($d)),"
        " (SELECT coalesce(sum(mentions), 0) FROM read_parquet($e))",
        {"s": str(lake.aggregate_path("entity_stats")), "d": str(lake.aggregate_path("entity_daily")),
         "e": str(lake.aggregate_path("entities"))},
    ).fetchone()
    names = ("entity_mentions", "entity_stats", "entity_daily", "entities")
    return dg.AssetCheckResult(passed=len(set(totals)) == 1, metadata=dict(zip(names, map(int, totals))))


ALL = [no_boilerplate_marker_left, every_article_has_language, mention_offsets_valid, aggregate_totals_reconcile]
