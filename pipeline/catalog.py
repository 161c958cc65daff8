"""The DuckDB side of the warehouse: views of the current rows over the Parquet lake, and
the `news.duckdb` catalog that users open.

A segment row is current when the `files` manifest names its batch for that doc_id and the
file is active; `<table>_history` views keep every version, deleted files included.
The catalog is built in a new file and renamed into place, so a user with `news.duckdb`
open keeps their snapshot and never sees half a rebuild: its views name the exact live
files, which are never rewritten and stay on disk an hour after they are retired.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import schema
from pipeline.lake import ORPHAN_AGE_SECONDS, Lake, write_json

AGGREGATES = ("entities", "entity_stats", "entity_cooccurrence", "source_stats", "entity_daily", "line_stats")


def sql_literal(text: str) -> str:
    """Quote a string for SQL where DuckDB takes no bind parameter (DDL such as CREATE VIEW)."""
    return "'" + text.replace("'", "''") + "'"


def create_views(con: duckdb.DuckDBPyConnection, lake: Lake, snapshot: bool = False) -> None:
    """Views of the lake: `files`, `ingest_log`, `quarantine`, each segmented table (current
    rows) and its `_history` (every committed version). A table with no file yet is an empty
    table of its schema. With `snapshot`, `files` and `ingest_log` are copied in as tables:
    each commit replaces their Parquet files under the same name, and a reader with the
    catalog open must keep the manifest it opened (segments are never rewritten)."""
    for name, path, table_schema in (("files", lake.files_path, schema.FILES),
                                     ("ingest_log", lake.ingest_log_path, schema.INGEST_LOG)):
        _relation(con, name, path if path.exists() else None, table_schema, copy=snapshot)
    con.execute(
        "CREATE OR REPLACE VIEW quarantine AS SELECT path, doc_id, sha256, reason, first_seen, last_seen "
        "FROM files WHERE status = 'quarantined'"
    )
    # Only committed batches' files are listed: a crashed or running batch stays invisible.
    committed = lake.committed()
    for table, table_schema in schema.SEGMENTED.items():
        files = [str(path) for path in lake.segments(table, committed)]
        _relation(con, f"{table}_history", files or None, table_schema)
    # A row is current unless its article version was superseded (changed, deleted, re-cleaned,
    # quarantined): a few hundred versions to rule out cost less than matching every row to the
    # 100,000-row manifest. Every version has its raw_files row.
    con.execute(
        "CREATE OR REPLACE TABLE _superseded AS SELECT DISTINCT doc_id, batch_id FROM raw_files_history "
        "EXCEPT SELECT doc_id, batch_id FROM files WHERE status = 'active'"
    )
    for table in schema.SEGMENTED:
        con.execute(
            f"CREATE OR REPLACE VIEW {table} AS SELECT t.* FROM {table}_history t "
            "ANTI JOIN _superseded s ON t.doc_id = s.doc_id AND t.batch_id = s.batch_id"
        )


def _relation(con: duckdb.DuckDBPyConnection, name: str, source: Path | list[str] | None, table_schema: pa.Schema,
              copy: bool = False) -> None:
    if source is None:
        con.register("_empty", table_schema.empty_table())
        con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM _empty")
        con.unregister("_empty")
    else:
        kind = "TABLE" if copy else "VIEW"
        files = ", ".join(sql_literal(str(f)) for f in ([source] if isinstance(source, Path) else source))
        con.execute(f"CREATE OR REPLACE {kind} {name} AS SELECT * FROM read_parquet([{files}], union_by_name = true)")


MEMORY_LIMIT = "300MB"
"""DuckDB's working memory in a run: beyond it, joins and aggregations spill to
`_staging/duckdb/` rather than grow the run's process (a first aggregate build at 100,000
articles peaks at 0.9 GiB without a limit, 0.55 GiB with this one, for 25% more time)."""


def lake_connection(lake: Lake) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake's views, for aggregation and checks."""
    con = duckdb.connect(config={"memory_limit": MEMORY_LIMIT,
                                 "temp_directory": str(lake.root / "_staging" / "duckdb")})
    create_views(con, lake)
    return con


def build_catalog(lake: Lake, catalog_path: Path) -> dict[str, int | None]:
    """Write `news.duckdb`: views of the lake and of the current aggregate generation. Returns
    every table and view with its row count (None: a view of the segments, counted only when
    queried)."""
    catalog_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = catalog_path.with_name(f".{catalog_path.name}.tmp-{uuid.uuid4().hex[:8]}")
    marker = catalog_path.with_name(f".{catalog_path.name}.built.json")
    with lake.lock():
        # The views read the files when queried; the catalog changes with the manifest and the
        # run log (copied in), the live segment files, the aggregate generation, the schema.
        inputs = [schema.markdown(), lake.aggregate_dir().name, *(str(p) for t in schema.SEGMENTED for p in lake.segments(t))]
        if lake.ingest_log_path.exists():  # copied in: every run's row must show
            inputs.append(str(lake.ingest_log_path.stat().st_mtime_ns))
        state = lake.state(*inputs)
        built = lake.built(marker)
        if built.get("state") == state and catalog_path.exists():
            return built["counts"]
        counts = _write_catalog(lake, tmp)
        os.replace(tmp, catalog_path)
        write_json({"state": state, "counts": counts}, marker)
        for stale in catalog_path.parent.glob(f".{catalog_path.name}.tmp-*"):  # a killed build's
            if stale.stat().st_mtime < time.time() - ORPHAN_AGE_SECONDS:
                stale.unlink(missing_ok=True)
    return counts


CHEAP_VIEWS = ("quarantine",)


def _write_catalog(lake: Lake, tmp: Path) -> dict[str, int | None]:
    try:
        con = duckdb.connect(str(tmp))
        create_views(con, lake, snapshot=True)
        generation = lake.aggregate_dir().name  # read once: each lookup reads the marker
        paths = {name: lake.aggregate_path(name, generation) for name in AGGREGATES}
        aggregates = {name: path for name, path in paths.items() if path.exists()}
        for name, path in aggregates.items():
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({sql_literal(str(path))})")
        # Tables (and quarantine, a view of one) are counted cheaply, aggregates from their
        # Parquet footer; counting a view of segments would scan the lake (seconds at 100,000
        # articles), so those are listed uncounted.
        counts = {
            name: pq.ParquetFile(aggregates[name]).metadata.num_rows if name in aggregates
            else con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            if kind == "BASE TABLE" or name in CHEAP_VIEWS else None
            for name, kind in con.execute(
                "SELECT table_name, table_type FROM information_schema.tables ORDER BY 1").fetchall()
            if not name.startswith("_")
        }
        con.execute("CHECKPOINT")
        con.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        Path(f"{tmp}.wal").unlink(missing_ok=True)
    return counts
