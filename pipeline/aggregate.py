"""Aggregate tables, brought up to date from what changed since the last build.

The entity tables are sums over articles, so a build adds the contributions of the article
versions that became current since the last build and subtracts those of the versions that
stopped being current (changed, deleted, re-cleaned): 100 new articles in a warehouse of
100,000 cost their own mentions, not a scan of millions. `source_stats` is recounted for the
sources whose articles changed, `line_stats` for the line keys those articles hold. A first
build runs the same SQL with every current article as the change, so there is one code path,
and the tests check that any sequence of runs gives the tables of one build from scratch. An
article's day is its own date when the text gives one, else its ingestion date.

Each build writes a new generation folder `aggregates/<generation>/`, then `_built.json`
names it: a crash leaves the previous generation current, and a superseded generation stays
an hour for readers whose catalog points at it.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path

import duckdb

from pipeline.catalog import AGGREGATES, lake_connection, sql_literal
from pipeline.lake import ORPHAN_AGE_SECONDS, Lake, write_json
from pipeline.line_stats import LINE_STATS_SQL

ARTICLE_DAY = "coalesce(a.published_date, CAST(a.ingested_at AS DATE))"

# Article versions current now and not at the last build (+1), and the reverse (-1).
DELTA_SQL = """
WITH now AS (SELECT doc_id, batch_id FROM files WHERE status = 'active')
SELECT *, 1 AS sign FROM (SELECT * FROM now EXCEPT SELECT * FROM previous_docs)
UNION ALL
SELECT *, -1 AS sign FROM (SELECT * FROM previous_docs EXCEPT SELECT * FROM now)
"""
# Per changed article version and entity: its mentions, with the article's sign, source and day.
DELTA_ENTITIES_SQL = f"""
WITH m AS (SELECT doc_id, batch_id, entity_id, count(*) AS n FROM entity_mentions_history
           SEMI JOIN delta USING (doc_id, batch_id) GROUP BY ALL)
SELECT m.*, d.sign, a.source, {ARTICLE_DAY} AS day
FROM m JOIN delta d USING (doc_id, batch_id) JOIN articles_history a USING (doc_id, batch_id)
"""

# The sums, as (key columns, the count that says a row still exists, other counts, the SQL of
# this build's change). entity_daily and entity_cooccurrence are published as they are; the
# two others are kept beside the published tables as `_<name>.parquet`.
SUMS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...], str]] = {
    "entity_surfaces": (("entity_id", "name", "entity_type", "surface"), "mentions", (), """
        SELECT m.entity_id, m.name, m.entity_type, m.surface, sum(d.sign) AS mentions
        FROM entity_mentions_history m JOIN delta d USING (doc_id, batch_id) GROUP BY ALL"""),
    "entity_sources": (("entity_id", "source"), "articles", (), """
        SELECT entity_id, source, sum(sign) AS articles FROM delta_entities GROUP BY ALL"""),
    "entity_daily": (("entity_id", "day"), "articles", ("mentions",), """
        SELECT entity_id, day, sum(sign) AS articles, sum(sign * n) AS mentions FROM delta_entities GROUP BY ALL"""),
    # Pairs are counted on integer keys: joining and grouping tens of millions of pairs on
    # strings costs twice the time and most of the memory of a first build.
    "entity_cooccurrence": (("entity_a", "entity_b"), "articles", (), """
        WITH ids AS (SELECT entity_id, row_number() OVER (ORDER BY entity_id) AS k
                     FROM (SELECT DISTINCT entity_id FROM delta_entities)),
        docs AS (SELECT doc_id, batch_id, row_number() OVER () AS d FROM delta),
        pairs AS (SELECT docs.d, ids.k, e.sign FROM delta_entities e JOIN ids USING (entity_id) JOIN docs USING (doc_id, batch_id)),
        c AS (SELECT a.k AS ka, b.k AS kb, sum(a.sign) AS articles
              FROM pairs a JOIN pairs b ON a.d = b.d AND a.k < b.k GROUP BY ALL)
        SELECT ia.entity_id AS entity_a, ib.entity_id AS entity_b, c.articles
        FROM c JOIN ids ia ON ia.k = c.ka JOIN ids ib ON ib.k = c.kb"""),
}

# The published tables over the sums (`sum_<name>`) and `agg_entities`.
PUBLISHED: dict[str, str] = {
    "entities": """
        WITH names AS (
            SELECT entity_id, first(name ORDER BY n DESC, name) AS name
            FROM (SELECT entity_id, name, sum(mentions) AS n FROM sum_entity_surfaces GROUP BY ALL) GROUP BY entity_id),
        types AS (
            SELECT entity_id, first(entity_type ORDER BY n DESC, entity_type) AS entity_type
            FROM (SELECT entity_id, entity_type, sum(mentions) AS n FROM sum_entity_surfaces GROUP BY ALL) GROUP BY entity_id)
        SELECT entity_id, names.name, types.entity_type,
               list_sort(list(DISTINCT c.surface)) AS aliases,
               sum(c.mentions)::BIGINT AS mentions
        FROM sum_entity_surfaces c JOIN names USING (entity_id) JOIN types USING (entity_id)
        GROUP BY ALL ORDER BY entity_id""",
    "entity_stats": """
        WITH s AS (SELECT entity_id, count(source) AS sources FROM sum_entity_sources GROUP BY ALL)
        SELECT d.entity_id, e.name, e.entity_type,
               sum(d.mentions)::BIGINT AS mentions,
               sum(d.articles)::BIGINT AS articles,
               any_value(s.sources) AS sources,
               min(d.day) AS first_seen,
               max(d.day) AS last_seen
        FROM sum_entity_daily d JOIN agg_entities e USING (entity_id) JOIN s USING (entity_id)
        GROUP BY d.entity_id, e.name, e.entity_type ORDER BY mentions DESC, d.entity_id""",
    "entity_cooccurrence": """
        SELECT p.entity_a, p.entity_b, ea.name AS name_a, eb.name AS name_b, p.articles
        FROM sum_entity_cooccurrence p
        JOIN agg_entities ea ON ea.entity_id = p.entity_a JOIN agg_entities eb ON eb.entity_id = p.entity_b
        ORDER BY p.articles DESC, p.entity_a, p.entity_b""",
    "entity_daily": """
        SELECT d.entity_id, e.name, d.day, d.mentions, d.articles
        FROM sum_entity_daily d JOIN agg_entities e USING (entity_id)
        ORDER BY d.day, d.mentions DESC, d.entity_id""",
}

# Tables recounted for the groups this build's change touches: (the groups, the current rows
# of those groups as `scoped_<table>`, the SQL over them, the group's columns, the order).
# A line key's count can change only if a changed article holds it, a source's only if a
# changed article is of that source.
RECOUNTED: dict[str, tuple[str, str, str, str, str]] = {
    "source_stats": (
        "SELECT DISTINCT coalesce(source, '(unknown)') AS source FROM articles_history SEMI JOIN delta USING (doc_id, batch_id)",
        "CREATE TEMP VIEW scoped_articles AS SELECT * FROM articles "
        "WHERE coalesce(source, '(unknown)') IN (SELECT source FROM touched_source_stats)", """
        WITH a AS (SELECT *, coalesce(source, '(unknown)') AS src FROM scoped_articles),
        lang AS (
            SELECT src, map(list(language ORDER BY language), list(n ORDER BY language)) AS languages
            FROM (SELECT src, language, count(*) AS n FROM a GROUP BY ALL) GROUP BY src)
        SELECT a.src AS source,
               count(*) AS articles,
               sum(a.word_count)::BIGINT AS words,
               sum(a.line_count)::BIGINT AS lines,
               sum(a.removed_line_count)::BIGINT AS removed_lines,
               round(sum(a.removed_line_count) / greatest(sum(a.line_count), 1), 4) AS boilerplate_share,
               count(*) FILTER (WHERE a.language <> 'id') AS non_indonesian_articles,
               any_value(lang.languages) AS languages,
               min(a.published_date) AS first_published,
               max(a.published_date) AS last_published
        FROM a JOIN lang USING (src) GROUP BY a.src""", "source", "articles DESC, source"),
    "line_stats": (
        "SELECT DISTINCT source, key FROM line_keys_history SEMI JOIN delta USING (doc_id, batch_id)",
        "CREATE TEMP VIEW scoped_line_keys AS SELECT * FROM line_keys SEMI JOIN touched_line_stats USING (source, key)",
        LINE_STATS_SQL, "source, key", "articles DESC, source, key"),
}
assert (set(PUBLISHED) | set(RECOUNTED)) == set(AGGREGATES)
DEFINITION = repr((DELTA_SQL, DELTA_ENTITIES_SQL, SUMS, PUBLISHED, RECOUNTED))
"""A generation built by other SQL is not added to: the next build starts from nothing."""


def _file(name: str) -> str:
    return f"{name}.parquet" if name in AGGREGATES else f"_{name}.parquet"


def build_aggregates(lake: Lake) -> dict[str, int]:
    """Bring every aggregate up to date with the committed lake; returns their row counts.
    Under the lake lock, so it always reads the latest commit and never races another build.
    Skipped when nothing was committed since the last build (a no-op run stays a no-op)."""
    with lake.lock():
        built = lake.built(lake.aggregates_marker)
        state = lake.state(DEFINITION)
        if built.get("state") == state and lake.aggregate_dir().is_dir():
            return built["counts"]
        previous = lake.aggregate_dir(built["generation"]) if built.get("definition") == DEFINITION else None
        generation = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        staging = lake.staging(f"aggregates-{generation}")
        staging.mkdir(parents=True)
        try:
            counts = _write_generation(lake, previous if previous and previous.is_dir() else None, staging)
            lake.aggregate_dir(generation).parent.mkdir(exist_ok=True)
            os.replace(staging, lake.aggregate_dir(generation))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        write_json({"state": state, "definition": DEFINITION, "generation": generation, "counts": counts},
                   lake.aggregates_marker)
        _retire(lake, keep=generation, superseded=built.get("generation"))
    return counts


def _write_generation(lake: Lake, previous: Path | None, out: Path) -> dict[str, int]:
    """The new generation's files in `out`: the previous generation plus this build's change."""
    con = lake_connection(lake)
    _relation(con, "previous_docs", previous and previous / _file("docs"),
              "SELECT NULL::VARCHAR AS doc_id, NULL::VARCHAR AS batch_id WHERE false")
    con.execute(f"CREATE TEMP TABLE delta AS {DELTA_SQL}")
    con.execute(f"CREATE TEMP TABLE delta_entities AS {DELTA_ENTITIES_SQL}")
    for name, (keys, alive, measures, change_sql) in SUMS.items():
        columns = ", ".join((*keys, alive, *measures))
        _relation(con, f"previous_{name}", previous and previous / _file(name),
                  f"SELECT {columns} FROM ({change_sql}) WHERE false", columns)
        # A join, not a union and a GROUP BY: the change (hashed) is small, the sums are large.
        merged_keys = ", ".join(f"coalesce(p.{k}, d.{k}) AS {k}" for k in keys)
        on = " AND ".join(f"p.{k} IS NOT DISTINCT FROM d.{k}" for k in keys)
        total = {c: f"(coalesce(p.{c}, 0) + coalesce(d.{c}, 0))" for c in (alive, *measures)}
        sums = ", ".join(f"{sql}::BIGINT AS {c}" for c, sql in total.items())
        con.execute(f"CREATE TEMP TABLE sum_{name} AS SELECT {merged_keys}, {sums} "
                    f"FROM previous_{name} p FULL JOIN ({change_sql}) d ON {on} WHERE {total[alive]} <> 0")
    for name, sql in PUBLISHED.items():
        con.execute(f"CREATE TEMP TABLE agg_{name} AS {sql}")
    for name, (touched, scoped, sql, group, order) in RECOUNTED.items():
        con.execute(f"CREATE TEMP TABLE touched_{name} AS {touched}")
        con.execute(scoped)
        kept = (f"SELECT * FROM read_parquet({sql_literal(str(previous / _file(name)))}) "
                f"ANTI JOIN touched_{name} USING ({group}) UNION ALL BY NAME " if previous else "")
        con.execute(f"CREATE TEMP TABLE agg_{name} AS SELECT * FROM ({kept}SELECT * FROM ({sql})) ORDER BY {order}")
    outputs = {**{name: f"agg_{name}" for name in AGGREGATES},
               **{name: f"sum_{name}" for name in SUMS if name not in AGGREGATES},
               "docs": "(SELECT doc_id, batch_id FROM files WHERE status = 'active')"}
    for name, relation in outputs.items():
        con.execute(f"COPY {relation} TO {sql_literal(str(out / _file(name)))} (FORMAT parquet, COMPRESSION zstd)")
    return {name: con.execute(f"SELECT count(*) FROM agg_{name}").fetchone()[0] for name in AGGREGATES}


def _relation(con: duckdb.DuckDBPyConnection, name: str, path: Path | None, empty_sql: str,
              columns: str = "*") -> None:
    """A view of a previous generation's file, or an empty relation of the right columns."""
    source = f"SELECT {columns} FROM read_parquet({sql_literal(str(path))})" if path else empty_sql
    con.execute(f"CREATE TEMP VIEW {name} AS {source}")


def _retire(lake: Lake, keep: str, superseded: str | None) -> None:
    """Mark the generation just superseded (its mtime starts its hour of grace) and remove
    those whose hour is over, and any a crashed build left."""
    if superseded and lake.aggregate_dir(superseded).is_dir():
        os.utime(lake.aggregate_dir(superseded))
    cutoff = time.time() - ORPHAN_AGE_SECONDS
    for folder in lake.aggregate_dir(keep).parent.iterdir():
        if folder.is_dir() and folder.name != keep and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
