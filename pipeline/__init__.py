"""Incremental ETL pipeline for Indonesian online news.

Stages, each a library module free of Dagster: `ingest` (scan, diff, decode), `clean`
(boilerplate removal), `language`, `ner` (mentions), `linking` (canonical entities),
`dates`, `aggregate` (SQL), `catalog` (DuckDB). `pipeline.defs` wires them into Dagster.
"""

# Bump when cleaning or extraction logic changes: every file is then re-processed by the
# next run (the documented "re-process everything" action). 2: the entity model learns from our
# labelled articles, and linking joins more short forms (2026-11-23). 3 (the same day): a typo
# merge needs every differing word one slip from its counterpart ("Pertanian" is no typo of
# "Pertahanan"); a direction closing a place is no town of its own ("Laut China Selatan");
# academic degrees are no names ("Siregar, M.T."); a state's form joins its country ("Republik Ceko").
PIPELINE_VERSION = "3"
