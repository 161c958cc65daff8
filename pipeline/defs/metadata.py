"""Turning lake schemas and query results into what the Dagster UI shows."""

from __future__ import annotations

import duckdb
import dagster as dg
import pyarrow as pa

from pipeline.schema import describe


def column_schema(schema: pa.Schema) -> dict:
    """Asset-definition metadata with the table's columns and their descriptions."""
    columns = [dg.TableColumn(name, dtype, description=doc) for name, dtype, doc in describe(schema)]
    return {"dagster/column_schema": dg.TableSchema(columns=columns)}


def markdown_table(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> dg.MetadataValue:
    """A query's result as a Markdown table, for a preview in the UI."""
    result = con.execute(sql, params or {})
    names = [d[0] for d in result.description]
    rows = result.fetchall()
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return dg.MetadataValue.md("\n".join(lines) if rows else "_no rows_")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "..."
