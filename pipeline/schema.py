"""The warehouse contract: every lake table's columns, types and meaning, in one place.

Parquet writers, the DuckDB catalog, the Dagster column schemas and the README all read
these definitions, so a column has one name and one description everywhere.
"""

from __future__ import annotations

import pyarrow as pa


def _table(*columns: tuple[str, pa.DataType, str]) -> pa.Schema:
    return pa.schema(
        [pa.field(name, dtype, metadata={"description": doc}) for name, dtype, doc in columns]
    )


def describe(schema: pa.Schema) -> list[tuple[str, str, str]]:
    """(name, type, description) for each column, for docs and the Dagster UI."""
    return [
        (f.name, str(f.type), (f.metadata or {}).get(b"description", b"").decode())
        for f in schema
    ]


BATCH_ID = ("batch_id", pa.string(), "Run that wrote this row version (the Dagster run id).")
DOC_ID = ("doc_id", pa.string(), "File path relative to the seeds folder, without `.txt`.")

RAW_FILES = _table(
    DOC_ID,
    ("path", pa.string(), "File path relative to the seeds folder."),
    ("sha256", pa.string(), "SHA-256 of the file's bytes."),
    ("size", pa.int64(), "File size in bytes."),
    ("encoding", pa.string(), "Encoding the bytes were decoded with."),
    ("text", pa.large_string(), "Decoded text, line endings normalised to \\n."),
    BATCH_ID,
)

ARTICLES = _table(
    DOC_ID,
    ("path", pa.string(), "File path relative to the seeds folder."),
    ("sha256", pa.string(), "SHA-256 of the raw file this row was built from."),
    ("source", pa.string(), "Publisher, from an inline tag, site line or promo; null when unknown."),
    ("title", pa.string(), "Headline when the file has one."),
    ("dateline", pa.string(), "Dateline place from the publisher/dateline prefix (e.g. WASHINGTON)."),
    ("published_date", pa.date32(), "The article's own date when its text gives one."),
    ("language", pa.string(), "ISO 639-1 code from langdetect on the whole clean text; 'und' if empty."),
    ("language_prob", pa.float64(), "langdetect's probability for `language`."),
    ("clean_text", pa.large_string(), "Title and body with boilerplate and inline tags removed."),
    ("word_count", pa.int32(), "Whitespace-separated words in clean_text."),
    ("line_count", pa.int32(), "Non-empty lines in the raw file."),
    ("removed_line_count", pa.int32(), "Raw lines removed as boilerplate."),
    ("ingested_at", pa.timestamp("us", tz="UTC"), "When the batch that built this row started."),
    BATCH_ID,
)

REMOVED_LINES = _table(
    DOC_ID,
    ("line_no", pa.int32(), "1-based line number in the raw file (blank lines count)."),
    ("text", pa.string(), "The removed line as it was."),
    ("reason", pa.string(), "Named rule that removed it: '<category>.<rule>'."),
    ("category", pa.string(), "Boilerplate category: related, ad, embed, pagination, promo, site, credit, caption, title, other."),
    BATCH_ID,
)

ENTITY_MENTIONS = _table(
    DOC_ID,
    ("entity_id", pa.string(), "Canonical entity (see `entities`)."),
    ("entity_type", pa.string(), "PER, ORG or LOC, voted within the article."),
    ("surface", pa.string(), "The mention as written: clean_text[start_char:end_char]."),
    ("start_char", pa.int32(), "0-based start offset into articles.clean_text (code points)."),
    ("end_char", pa.int32(), "Exclusive end offset into articles.clean_text."),
    ("name", pa.string(), "Canonical name the mention was linked to."),
    BATCH_ID,
)

DATES = _table(
    DOC_ID,
    ("surface", pa.string(), "The date as written."),
    ("start_char", pa.int32(), "0-based start offset into articles.clean_text."),
    ("end_char", pa.int32(), "Exclusive end offset into articles.clean_text."),
    ("date", pa.date32(), "The date, normalised."),
    BATCH_ID,
)

LINE_KEYS = _table(
    DOC_ID,
    ("source", pa.string(), "Source the article's lines are counted under ('(unknown)' if none)."),
    ("key", pa.string(), "pipeline.clean.line_key of a line of at most 40 words (normalised-text hash)."),
    ("signature", pa.string(), "Hash of all the article's line keys: copies of one article share it and count once."),
    BATCH_ID,
)

FILES = _table(
    DOC_ID,
    ("path", pa.string(), "File path relative to the seeds folder."),
    ("sha256", pa.string(), "SHA-256 of the current version (of the last one for a deleted file)."),
    ("size", pa.int64(), "File size in bytes."),
    ("mtime_ns", pa.int64(), "Modification time seen at the last scan (ns); with size, the cheap change test."),
    ("status", pa.string(), "active, deleted (tombstone) or quarantined."),
    ("reason", pa.string(), "Why a file is quarantined; null otherwise."),
    ("first_seen", pa.timestamp("us", tz="UTC"), "Start of the batch that first saw this doc_id."),
    ("last_seen", pa.timestamp("us", tz="UTC"), "Start of the last batch that saw the file as it is now."),
    ("pipeline_version", pa.string(), "Processing version that built the current rows; a bump re-processes."),
    BATCH_ID,
)

INGEST_LOG = _table(
    ("run_id", pa.string(), "Dagster run id (or the library caller's batch id)."),
    ("started_at", pa.timestamp("us", tz="UTC"), "When the scan started."),
    ("committed_at", pa.timestamp("us", tz="UTC"), "When the batch was committed."),
    ("files_new", pa.int64(), "Files seen for the first time."),
    ("files_changed", pa.int64(), "Files whose content changed (or re-processed after a version bump)."),
    ("files_deleted", pa.int64(), "Files that disappeared (tombstoned)."),
    ("files_unchanged", pa.int64(), "Files skipped because nothing changed."),
    ("files_quarantined", pa.int64(), "New or changed files refused, with a reason in `files`."),
    ("articles_processed", pa.int64(), "Articles cleaned and extracted in this run."),
    ("articles_recleaned", pa.int64(), "Unchanged articles cleaned again because their source's repeated lines changed."),
)

# Tables written in per-batch segments; the `files` manifest says which segment is current.
SEGMENTED = {
    "raw_files": RAW_FILES,
    "articles": ARTICLES,
    "removed_lines": REMOVED_LINES,
    "entity_mentions": ENTITY_MENTIONS,
    "dates": DATES,
    "line_keys": LINE_KEYS,
}

# Aggregates are built by SQL (pipeline.aggregate); their types come from the query, their
# meaning from here. A test checks that every column the SQL produces is described.
AGGREGATE_COLUMNS: dict[str, dict[str, str]] = {
    "entities": {
        "entity_id": "Stable id derived from the canonical name (e.g. vladimir-putin).",
        "name": "Canonical name (the most frequent linked name).",
        "entity_type": "PER, ORG or LOC by majority vote over all mentions.",
        "aliases": "Every surface form seen for this entity.",
        "mentions": "Mentions in current articles.",
    },
    "entity_stats": {
        "entity_id": "Canonical entity.",
        "name": "Canonical name.",
        "entity_type": "PER, ORG or LOC.",
        "mentions": "Mentions in current articles.",
        "articles": "Articles mentioning the entity.",
        "sources": "Distinct sources of those articles.",
        "first_seen": "Earliest article day (published_date, else ingestion date).",
        "last_seen": "Latest article day.",
    },
    "entity_cooccurrence": {
        "entity_a": "One entity of the pair (entity_a < entity_b).",
        "entity_b": "The other entity of the pair.",
        "name_a": "Canonical name of entity_a.",
        "name_b": "Canonical name of entity_b.",
        "articles": "Articles mentioning both.",
    },
    "source_stats": {
        "source": "Publisher ('(unknown)' when the article names none).",
        "articles": "Current articles from the source.",
        "words": "Words of clean text.",
        "lines": "Non-empty raw lines.",
        "removed_lines": "Raw lines removed as boilerplate.",
        "boilerplate_share": "removed_lines / lines.",
        "non_indonesian_articles": "Articles whose language is not 'id'.",
        "languages": "Articles per language code.",
        "first_published": "Earliest published_date.",
        "last_published": "Latest published_date.",
    },
    "entity_daily": {
        "entity_id": "Canonical entity.",
        "name": "Canonical name.",
        "day": "The article's published_date, else its ingestion date.",
        "mentions": "Mentions that day.",
        "articles": "Articles mentioning the entity that day.",
    },
    "line_stats": {
        "source": "Source whose articles share the line.",
        "key": "Line key (see `line_keys`).",
        "articles": "Different current articles of the source holding the line (copies count once; kept from 2); from 4 on, the line is removed as boilerplate.",
    },
}


def markdown() -> str:
    """The warehouse contract as the README shows it (a test keeps the two identical)."""
    parts = []
    for name, table_schema in {**SEGMENTED, "files": FILES, "ingest_log": INGEST_LOG}.items():
        rows = [f"| `{col}` | {dtype} | {doc} |" for col, dtype, doc in describe(table_schema)]
        parts.append(f"#### `{name}`\n\n| column | type | meaning |\n|---|---|---|\n" + "\n".join(rows))
    for name, docs in AGGREGATE_COLUMNS.items():
        rows = [f"| `{col}` | {doc} |" for col, doc in docs.items()]
        parts.append(f"#### `{name}`\n\n| column | meaning |\n|---|---|\n" + "\n".join(rows))
    return "\n\n".join(parts)


if __name__ == "__main__":
    print(markdown())
