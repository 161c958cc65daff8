"""The assets, in the order data flows: raw files -> articles -> entity mentions -> the
committed manifest -> aggregates -> the DuckDB catalog.

Each asset calls one library function of `pipeline.batch` (or `aggregate`, `catalog`) and
returns what a person should see in the UI. Data moves through the Parquet lake, never
through Dagster's IO managers, so a batch of any size costs the orchestrator nothing.
"""

import time

import dagster as dg
import duckdb
import pyarrow.parquet as pq

from pipeline import batch as batches
from pipeline import schema
from pipeline.aggregate import build_aggregates
from pipeline.catalog import AGGREGATES, build_catalog, lake_connection
from pipeline.defs.metadata import bar_chart, column_schema, markdown_table
from pipeline.defs.resources import Warehouse

OWNERS = ["team:news-data"]


class IngestConfig(dg.Config):
    reprocess_all: bool = False
    """Re-process every file, changed or not: the one action after a change to cleaning or
    extraction logic (bumping `pipeline.PIPELINE_VERSION` does the same for every run)."""


def _spec(key: str, group: str, description: str, table_schema=None, deps=(), kinds=frozenset({"parquet"})) -> dg.AssetSpec:
    return dg.AssetSpec(
        key, deps=list(deps), group_name=group, description=description, owners=OWNERS, kinds=set(kinds),
        metadata=column_schema(table_schema) if table_schema is not None else None,
    )


def _rate(articles: int, seconds: float) -> dict:
    return {"articles_per_second": round(articles / seconds, 1) if seconds > 0 else 0.0, "seconds": round(seconds, 2)}


def _batch_files(warehouse: Warehouse, table: str, batch: batches.Batch) -> list[str]:
    """The batch's files of a table: until the commit its rows are there, not in the lake's views."""
    return [str(path) for path in warehouse.lake.batch_files(table, batch.batch_id)]


def _staged(context: dg.AssetExecutionContext, warehouse: Warehouse) -> batches.Batch | None:
    batch = batches.staged_batch(warehouse.lake, context.run.run_id)
    if batch is None:
        context.log.info("nothing staged in this run: raw_files stages the batch the next assets process")
    return batch


@dg.asset(
    group_name="ingest", kinds={"parquet"}, owners=OWNERS, metadata=column_schema(schema.RAW_FILES),
)
def raw_files(context: dg.AssetExecutionContext, config: IngestConfig, warehouse: Warehouse) -> dg.MaterializeResult:
    """Scan the seeds folder (`*.txt`, recursively), tell new / changed / deleted / unchanged
    files apart by size, mtime and sha256, and store the decoded text of the new and changed
    ones. Files that cannot be articles are quarantined with a reason."""
    started = time.monotonic()
    batch = batches.stage(
        warehouse.lake, warehouse.settings.seeds_dir, context.run.run_id,
        reprocess_all=config.reprocess_all, log=context.log.info,
    )
    read = batch.counts["new"] + batch.counts["changed"]
    return dg.MaterializeResult(
        metadata={
            **{f"files_{k}": batch.counts[k] for k in batches.CHANGES},
            "dagster/row_count": read,
            "batch_id": batch.batch_id,
            **_rate(read, time.monotonic() - started),
        }
    )


@dg.multi_asset(
    specs=[
        _spec("articles", "clean", "Clean articles: boilerplate removed, inline tags cut, publisher, title, "
              "dateline, date and language pulled out.", schema.ARTICLES, deps=["raw_files"]),
        _spec("removed_lines", "clean", "Every raw line removed as boilerplate, with its line number and the "
              "named rule that removed it.", schema.REMOVED_LINES, deps=["raw_files"]),
        _spec("line_keys", "clean", "Hashes of every article's short lines, counted per source to learn "
              "each outlet's repeated boilerplate (see line_stats).", schema.LINE_KEYS, deps=["raw_files"]),
    ]
)
def clean_articles(context: dg.AssetExecutionContext, warehouse: Warehouse):
    batch = _staged(context, warehouse)
    started = time.monotonic()
    counts = batches.clean(warehouse.lake, batch, warehouse.workers, context.log.info) if batch else {}
    seconds = time.monotonic() - started
    n = counts.get("articles", 0)
    preview, removed = {}, {}
    if n:
        con = duckdb.connect()
        preview["preview"] = markdown_table(
            con, "SELECT doc_id, source, language, word_count, left(clean_text, 80) AS start "
            "FROM read_parquet($f) ORDER BY doc_id LIMIT 10", {"f": _batch_files(warehouse, "articles", batch)})
        if counts.get("removed_lines"):
            removed["by_reason"] = bar_chart(
                con, "SELECT reason, count(*) FROM read_parquet($f) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20",
                {"f": _batch_files(warehouse, "removed_lines", batch)}, title="Lines removed this run, by reason")
    yield dg.MaterializeResult(
        asset_key="articles",
        metadata={"dagster/row_count": n, "failed": counts.get("failed", 0), **_rate(n, seconds), **preview},
    )
    yield dg.MaterializeResult(
        asset_key="removed_lines", metadata={"dagster/row_count": counts.get("removed_lines", 0), **removed})
    yield dg.MaterializeResult(asset_key="line_keys", metadata={"articles_recleaned": counts.get("recleaned", 0)})


@dg.multi_asset(
    specs=[
        _spec("entity_mentions", "extract", "PER / ORG / LOC mentions with offsets into articles.clean_text, "
              "linked to canonical entities.", schema.ENTITY_MENTIONS, deps=["articles"]),
        _spec("dates", "extract", "Explicit dates mentioned in the clean text, normalised.", schema.DATES,
              deps=["articles"]),
    ]
)
def extract_entities(context: dg.AssetExecutionContext, warehouse: Warehouse):
    batch = _staged(context, warehouse)
    started = time.monotonic()
    counts = batches.extract(warehouse.lake, batch, warehouse.workers, context.log.info) if batch else {}
    articles = warehouse.lake.batch_rows("articles", batch.batch_id) if batch else 0
    yield dg.MaterializeResult(
        asset_key="entity_mentions",
        metadata={"dagster/row_count": counts.get("entity_mentions", 0), "failed": counts.get("failed", 0),
                  **_rate(articles, time.monotonic() - started)},
    )
    yield dg.MaterializeResult(asset_key="dates", metadata={"dagster/row_count": counts.get("dates", 0)})


@dg.multi_asset(
    specs=[
        _spec("files", "warehouse", "The manifest: every file seen, its sha256 and status (active, deleted "
              "tombstone, quarantined with a reason), and which batch holds its current rows. Writing it "
              "commits the batch.", schema.FILES, deps=["entity_mentions", "dates", "removed_lines", "line_keys"]),
        _spec("ingest_log", "warehouse", "One row per run: files new / changed / deleted / unchanged / "
              "quarantined and articles processed.", schema.INGEST_LOG,
              deps=["entity_mentions", "dates", "removed_lines", "line_keys"]),
    ]
)
def commit_batch(context: dg.AssetExecutionContext, warehouse: Warehouse):
    batch = _staged(context, warehouse)
    entry = batches.commit(warehouse.lake, batch, context.log.info) if batch else None
    con = lake_connection(warehouse.lake)
    yield dg.MaterializeResult(
        asset_key="files",
        metadata={
            "dagster/row_count": con.execute("SELECT count(*) FROM files").fetchone()[0],
            "by_status": markdown_table(con, "SELECT status, count(*) AS files FROM files GROUP BY 1 ORDER BY 1"),
        },
    )
    yield dg.MaterializeResult(
        asset_key="ingest_log",
        metadata={"dagster/row_count": con.execute("SELECT count(*) FROM ingest_log").fetchone()[0],
                  **({k: v for k, v in entry.items() if k.startswith(("files_", "articles_"))} if entry else {})},
    )


AGGREGATE_DOCS = {
    "entities": "Canonical entities: name, type by majority vote, every surface form seen (aliases).",
    "entity_stats": "Per entity: mentions, articles, sources, first and last day seen.",
    "entity_cooccurrence": "Entity pairs mentioned in the same article, with the number of such articles.",
    "source_stats": "Per source: articles, words, boilerplate share, languages.",
    "entity_daily": "Mentions per entity per day (the article's date, else its ingestion date).",
    "line_stats": "Per source and line key, the articles holding the line; from 4 on it is boilerplate.",
}


@dg.multi_asset(
    specs=[_spec(name, "aggregate", AGGREGATE_DOCS[name], deps=["files"]) for name in AGGREGATES]
)
def aggregates(context: dg.AssetExecutionContext, warehouse: Warehouse):
    counts = build_aggregates(warehouse.lake)
    con = lake_connection(warehouse.lake)
    previews = {
        "entity_stats": "SELECT name, entity_type, mentions, articles, sources FROM read_parquet($p) LIMIT 10",
        "source_stats": "SELECT source, articles, words, boilerplate_share FROM read_parquet($p) LIMIT 10",
        "entity_cooccurrence": "SELECT name_a, name_b, articles FROM read_parquet($p) LIMIT 10",
    }
    charts = {  # asset: (metadata key, query, title)
        "entity_stats": ("top_entities", "SELECT name, mentions FROM read_parquet($p) LIMIT 15",
                         "Top 15 entities by mentions"),
        "source_stats": ("boilerplate_by_source", "SELECT source, round(100 * boilerplate_share, 1) "
                         "FROM read_parquet($p) ORDER BY 2 DESC, 1 LIMIT 15",
                         "% of raw lines removed as boilerplate, by source"),
    }
    for name in AGGREGATES:
        path = str(warehouse.lake.aggregate_path(name))
        metadata = {"dagster/row_count": counts[name], "path": dg.MetadataValue.path(path)}
        docs = schema.AGGREGATE_COLUMNS[name]
        metadata["dagster/column_schema"] = dg.TableSchema(
            columns=[dg.TableColumn(f.name, str(f.type), description=docs.get(f.name)) for f in pq.read_schema(path)]
        )
        if name in previews:
            metadata["preview"] = markdown_table(con, previews[name], {"p": path})
        if name in charts:
            key, sql, title = charts[name]
            metadata[key] = bar_chart(con, sql, {"p": path}, title=title)
        yield dg.MaterializeResult(asset_key=name, metadata=metadata)


EXAMPLE_QUERY = "SELECT name, entity_type, mentions, articles FROM entity_stats ORDER BY mentions DESC LIMIT 5"
LATEST_ARTICLES = (
    "SELECT doc_id, source, published_date, word_count, coalesce(title, left(clean_text, 60)) AS headline "
    "FROM articles ORDER BY ingested_at DESC, published_date DESC NULLS LAST, doc_id LIMIT 10"
)


@dg.asset(group_name="warehouse", kinds={"duckdb"}, owners=OWNERS, deps=list(AGGREGATES))
def news_duckdb(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    """The DuckDB catalog `news.duckdb`: a view for every lake table (current rows, plus
    `_history` with every version) and for each aggregate; rebuilt in a new file and renamed
    into place so open readers are never blocked."""
    path = warehouse.settings.catalog_path
    counts = build_catalog(warehouse.lake, path)
    rows = (f"| {name} | {'view of the lake' if n is None else n} |" for name, n in counts.items())
    table = "\n".join(["| table | rows |", "|---|---|", *rows])
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(path)),
            "tables": dg.MetadataValue.md(table),
            "example_query": dg.MetadataValue.md(f"```sql\n{EXAMPLE_QUERY};\n```"),
            "latest_articles": markdown_table(lake_connection(warehouse.lake), LATEST_ARTICLES),
        }
    )


ALL = [raw_files, clean_articles, extract_entities, commit_batch, aggregates, news_duckdb]
