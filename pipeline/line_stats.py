"""Repeated-line statistics, as CCNet does for paragraphs: a line that recurs in many articles
of the same source is that source's boilerplate (a footer, a promo, a newsletter box), so a new
outlet's furniture is learned from its own articles without a rule for it.

Every article's line keys (`pipeline.clean.line_key`, a hash of the normalised line) are kept
in the `line_keys` table; `line_stats` counts articles per (source, key). A key is *frequent*
when MIN_ARTICLES different current articles of one source hold it (copies of one article
count once); the cleaner then removes such lines
(`other.repeated_line`). When a batch changes which keys are frequent, the unchanged articles
holding those keys are cleaned again in the same run, so the warehouse always equals a build
of the whole corpus in one run, however it arrived.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

import duckdb

from pipeline.clean import clean_article, line_key

MIN_ARTICLES = 4
"""Articles of one source that must share a line before it counts as boilerplate."""

MAX_WORDS = 40
"""Longer lines are body paragraphs (even a syndicated one); only shorter ones are counted."""

UNKNOWN_SOURCE = "(unknown)"


def article_keys(raw: str) -> tuple[str, list[str], str]:
    """(source, distinct keys of the candidate lines, signature) of one raw article. The
    signature (a hash of all its line keys) tells copies of one article apart from different
    articles: a line shared by copies is the article itself, not boilerplate."""
    source = clean_article(raw).source or UNKNOWN_SOURCE
    lines = [line for line in raw.split("\n") if line.strip()]
    keys = sorted({line_key(line) for line in lines if len(line.split()) <= MAX_WORDS})
    signature = hashlib.blake2b("\n".join(sorted(map(line_key, lines))).encode(), digest_size=8).hexdigest()
    return source, keys, signature


# Over `line_keys` (current articles), `batch_keys` (this batch) and `plan` (this batch's files):
# the frequent keys before and after the batch, and the unchanged articles whose keys changed
# status, which must be cleaned again.
# Only sources this batch touches can change status; the others are left out of the counting.
TOUCHED_SQL = """
SELECT DISTINCT source FROM batch_keys
UNION
SELECT DISTINCT source FROM line_keys
WHERE doc_id IN (SELECT doc_id FROM plan WHERE change IN ('changed', 'deleted', 'quarantined'))
"""
# One pass over the touched sources' keys counts both: before (every current article) and
# after (without the articles this batch replaces, with the batch's own).
FREQUENT_SQL = """
SELECT source, key, was_frequent, is_frequent FROM (
    SELECT source, key,
           count(DISTINCT signature) FILTER (WHERE before) >= $min AS was_frequent,
           count(DISTINCT signature) FILTER (WHERE after) >= $min AS is_frequent
    FROM (
        SELECT source, key, signature, true AS before,
               doc_id NOT IN (SELECT doc_id FROM plan WHERE change IN ('new', 'changed', 'deleted', 'quarantined')) AS after
        FROM line_keys SEMI JOIN touched USING (source)
        UNION ALL
        SELECT source, key, signature, false, true FROM batch_keys
    )
    GROUP BY ALL
)
WHERE was_frequent OR is_frequent
"""
AFFECTED_SQL = """
SELECT DISTINCT k.doc_id FROM line_keys k
JOIN (SELECT source, key FROM frequent WHERE was_frequent <> is_frequent) USING (source, key)
WHERE k.doc_id NOT IN (SELECT doc_id FROM plan WHERE change <> 'unchanged')
ORDER BY 1
"""


def frequent_and_affected(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, frozenset[str]], list[str]]:
    """Frequent keys per touched source after the batch, and the unchanged doc_ids to clean again.
    `con` has the lake views plus `batch_keys` and `plan` registered."""
    params = {"min": MIN_ARTICLES}
    con.execute(f"CREATE OR REPLACE TEMP TABLE touched AS {TOUCHED_SQL}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE frequent AS {FREQUENT_SQL}", params)
    frequent: dict[str, set[str]] = defaultdict(set)
    for source, key in con.execute("SELECT source, key FROM frequent WHERE is_frequent").fetchall():
        frequent[source].add(key)
    affected = [doc_id for (doc_id,) in con.execute(AFFECTED_SQL).fetchall()]
    return {source: frozenset(keys) for source, keys in frequent.items()}, affected


LINE_STATS_SQL = """
SELECT source, key, count(DISTINCT signature) AS articles
FROM scoped_line_keys GROUP BY ALL HAVING count(DISTINCT signature) >= 2
"""
"""The persisted counts (keys seen once are the vast majority and say nothing), over the
current line keys of the sources being recounted (`scoped_line_keys`)."""
