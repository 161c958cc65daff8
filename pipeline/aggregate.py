"""Aggregate tables, as SQL over the current rows of the lake.

They are rebuilt from scratch at each run: DuckDB scans millions of mentions in about a
second, and a full rebuild can never drift from the mentions the way incremental counters
can. An article's day is its own date when the text gives one, else its ingestion date.
"""

from __future__ import annotations

import os
import uuid

from pipeline.catalog import AGGREGATES, lake_connection, sql_literal
import pyarrow.parquet as pq

from pipeline.lake import Lake, write_json
from pipeline.line_stats import LINE_STATS_SQL

ARTICLE_DAY = "coalesce(a.published_date, CAST(a.ingested_at AS DATE))"

SQL: dict[str, str] = {
    "entities": """
        WITH c AS (SELECT entity_id, name, entity_type, surface, count(*) AS n FROM entity_mentions GROUP BY ALL),
        names AS (
            SELECT entity_id, first(name ORDER BY n DESC, name) AS name
            FROM (SELECT entity_id, name, sum(n) AS n FROM c GROUP BY ALL) GROUP BY entity_id),
        types AS (
            SELECT entity_id, first(entity_type ORDER BY n DESC, entity_type) AS entity_type
            FROM (SELECT entity_id, entity_type, sum(n) AS n FROM c GROUP BY ALL) GROUP BY entity_id)
        SELECT entity_id, names.name, types.entity_type,
               list_sort(list(DISTINCT c.surface)) AS aliases,
               sum(c.n)::BIGINT AS mentions
        FROM c JOIN names USING (entity_id) JOIN types USING (entity_id)
        GROUP BY ALL ORDER BY entity_id""",
    "entity_stats": f"""
        WITH m AS (SELECT doc_id, entity_id, count(*) AS n FROM entity_mentions GROUP BY ALL)
        SELECT m.entity_id, e.name, e.entity_type,
               sum(m.n)::BIGINT AS mentions,
               count(*) AS articles,
               count(DISTINCT a.source) AS sources,
               min({ARTICLE_DAY}) AS first_seen,
               max({ARTICLE_DAY}) AS last_seen
        FROM m
        JOIN articles a USING (doc_id)
        JOIN agg_entities e USING (entity_id)
        GROUP BY ALL ORDER BY mentions DESC, m.entity_id""",
    # Pairs are counted on integer keys: joining and grouping tens of millions of pairs on
    # strings costs twice the time and most of the memory of the whole aggregate build.
    "entity_cooccurrence": """
        WITH ids AS (SELECT entity_id, name, row_number() OVER (ORDER BY entity_id) AS k FROM agg_entities),
        docs AS (SELECT doc_id, row_number() OVER () AS d FROM (SELECT DISTINCT doc_id FROM entity_mentions)),
        pairs AS (SELECT DISTINCT docs.d, ids.k FROM entity_mentions m JOIN ids USING (entity_id) JOIN docs USING (doc_id)),
        c AS (SELECT a.k AS ka, b.k AS kb, count(*) AS articles
              FROM pairs a JOIN pairs b ON a.d = b.d AND a.k < b.k GROUP BY ALL)
        SELECT ia.entity_id AS entity_a, ib.entity_id AS entity_b, ia.name AS name_a, ib.name AS name_b, c.articles
        FROM c JOIN ids ia ON ia.k = c.ka JOIN ids ib ON ib.k = c.kb
        ORDER BY articles DESC, entity_a, entity_b""",
    "source_stats": """
        WITH a AS (SELECT *, coalesce(source, '(unknown)') AS src FROM articles),
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
        FROM a JOIN lang USING (src) GROUP BY a.src ORDER BY articles DESC, source""",
    "entity_daily": f"""
        WITH m AS (SELECT doc_id, entity_id, count(*) AS n FROM entity_mentions GROUP BY ALL)
        SELECT m.entity_id, e.name, {ARTICLE_DAY} AS day,
               sum(m.n)::BIGINT AS mentions, count(*) AS articles
        FROM m
        JOIN articles a USING (doc_id)
        JOIN agg_entities e USING (entity_id)
        GROUP BY ALL ORDER BY day, mentions DESC, m.entity_id""",
    "line_stats": LINE_STATS_SQL,
}
assert tuple(SQL) == AGGREGATES


def build_aggregates(lake: Lake) -> dict[str, int]:
    """Rebuild every aggregate Parquet file from the current lake; returns their row counts.
    Under the lake lock, so it always reads the latest commit and never races another build.
    Skipped when nothing was committed since the last build (a no-op run stays a no-op)."""
    marker = lake.aggregate_path("_built").with_suffix(".json")
    with lake.lock():
        state = lake.state(*SQL.values())
        if lake.built(marker).get("state") == state and all(lake.aggregate_path(n).exists() for n in AGGREGATES):
            return {name: pq.ParquetFile(lake.aggregate_path(name)).metadata.num_rows for name in AGGREGATES}
        con = lake_connection(lake)
        counts = {}
        for name in AGGREGATES:
            path = lake.aggregate_path(name)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
            con.execute(f"CREATE OR REPLACE TEMP TABLE agg_{name} AS {SQL[name]}")
            con.execute(f"COPY agg_{name} TO {sql_literal(str(tmp))} (FORMAT parquet, COMPRESSION zstd)")
            os.replace(tmp, path)
            counts[name] = con.execute(f"SELECT count(*) FROM agg_{name}").fetchone()[0]
        write_json({"state": state}, marker)
    return counts
