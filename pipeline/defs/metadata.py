"""Turning lake schemas and query results into what the Dagster UI shows."""

from __future__ import annotations

import base64
from xml.sax.saxutils import escape

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
    return _shorten(text.replace("|", "\\|").replace("\n", " "), 80)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def bar_chart(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None, *, title: str) -> dg.MetadataValue:
    """A query's (label, value) rows as a horizontal bar chart, for the ranked lists where the
    shape matters more than the digits. It is an SVG inlined as a `data:` image in Markdown,
    which Dagster's UI renders (its Markdown sanitizer allows `data:` image sources) without a
    plotting library; being over 1,000 characters, it opens from the asset page's
    "[Show Markdown]" link rather than inline."""
    rows = [(_shorten("(none)" if label is None else str(label), 38), float(value or 0))
            for label, value in con.execute(sql, params or {}).fetchall()]
    if not rows:
        return dg.MetadataValue.md("_no rows_")
    svg = _svg_bars(rows, title)
    return dg.MetadataValue.md(f"![{title}](data:image/svg+xml;base64,{base64.b64encode(svg.encode()).decode()})")


_BAR_ROW = 22
_LABEL_PX_PER_CHAR = 7  # 12px sans-serif, generous, so long labels are never clipped


def _svg_bars(rows: list[tuple[str, float]], title: str, width: int = 640) -> str:
    label_width = min(_LABEL_PX_PER_CHAR * max(len(label) for label, _ in rows) + 12, 280)
    bar_space = width - label_width - 60
    top = max(value for _, value in rows) or 1.0
    height = 30 + _BAR_ROW * len(rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="4" y="16" font-weight="bold" fill="#222">{escape(title)}</text>',
    ]
    for i, (label, value) in enumerate(rows):
        y = 26 + i * _BAR_ROW
        bar = max(bar_space * value / top, 1.0)
        parts += [
            f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end" fill="#333">{escape(label)}</text>',
            f'<rect x="{label_width}" y="{y + 3}" width="{bar:.1f}" height="{_BAR_ROW - 6}" fill="#4f5bd5"/>',
            f'<text x="{label_width + bar + 4:.1f}" y="{y + 14}" fill="#333">{_number(value)}</text>',
        ]
    return "\n".join([*parts, "</svg>"])


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.3g}"
