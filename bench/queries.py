"""Typical analyst queries on `news.duckdb`, timed the way a user would run them: one
read-only connection, each query repeated, the median kept (the first, cold run included)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import duckdb

QUERIES: dict[str, str] = {
    "top_entities_last_7_days": """
        SELECT entity_id, name, sum(mentions) AS mentions, sum(articles) AS articles
        FROM entity_daily
        WHERE day > (SELECT max(day) FROM entity_daily) - INTERVAL 7 DAY
        GROUP BY ALL ORDER BY mentions DESC, entity_id LIMIT 20""",
    "cooccurrence_partners": """
        SELECT CASE WHEN entity_a = $entity THEN name_b ELSE name_a END AS partner, articles
        FROM entity_cooccurrence
        WHERE entity_a = $entity OR entity_b = $entity
        ORDER BY articles DESC, partner LIMIT 20""",
    "daily_mentions_of_entity": """
        SELECT day, mentions, articles FROM entity_daily WHERE entity_id = $entity ORDER BY day""",
    "source_stats": """
        SELECT source, articles, words, boilerplate_share, non_indonesian_articles
        FROM source_stats ORDER BY articles DESC, source LIMIT 50""",
    "full_text_like": """
        SELECT doc_id, title, published_date FROM articles
        WHERE clean_text LIKE '%harga beras%'
        ORDER BY published_date DESC NULLS LAST, doc_id LIMIT 20""",
    "latest_articles_mentioning_entity": """
        SELECT a.doc_id, a.title, a.source, a.published_date
        FROM entity_mentions m JOIN articles a USING (doc_id)
        WHERE m.entity_id = $entity
        GROUP BY ALL ORDER BY a.published_date DESC NULLS LAST, a.doc_id LIMIT 20""",
}
"""Each query's name says what an analyst asks; $entity is the most mentioned entity."""


def time_queries(catalog_path: Path, repeats: int = 7) -> tuple[str, dict[str, dict]]:
    """The entity queried, and the median and min latency (ms) and row count of each query
    over `repeats` runs."""
    with duckdb.connect(str(catalog_path), read_only=True) as con:
        top = con.execute("SELECT entity_id FROM entity_stats ORDER BY mentions DESC, entity_id LIMIT 1").fetchone()
        params = {"entity": top[0] if top else ""}
        out = {}
        for name, sql in QUERIES.items():
            wanted = {k: v for k, v in params.items() if f"${k}" in sql}
            times, rows = [], 0
            for _ in range(repeats):
                started = time.perf_counter()
                rows = len(con.execute(sql, wanted).fetchall())
                times.append((time.perf_counter() - started) * 1000)
            out[name] = {"median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1),
                         "repeats": repeats, "rows": rows}
    return params["entity"], out
