"""The SQL cookbook shows the real answer of every query on the seeds.

Each query in the cookbook is a ```sql block followed by its output between
`<!-- output -->` and `<!-- /output -->`. This test builds the warehouse from the seeds into
temporary folders, runs every query and compares. When the pipeline's answers change (better
entity extraction, say), regenerate the outputs with one command and review the diff:

    .venv/bin/python tests/test_cookbook.py --write
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb

from pipeline.batch import run_batch
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
QUERY = re.compile(r"(?P<head>```sql\n(?P<sql>.*?)```\n+<!-- output -->\n)(?P<output>.*?)<!-- /output -->", re.S)
BINARY_FILE = "scans/halaman-1.txt"
"""Added before the second run, so the quarantine and the ingest history have something to show."""


def build_warehouse(tmp: Path) -> Path:
    """The seeds ingested twice: as shipped, then with one file the pipeline refuses."""
    seeds = tmp / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    settings = Settings(seeds_dir=seeds, warehouse_dir=tmp / "warehouse", workers=1)
    run_batch(settings, "seeds-1")
    (seeds / BINARY_FILE).parent.mkdir()
    (seeds / BINARY_FILE).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    run_batch(settings, "seeds-2")
    return settings.catalog_path


def render(con: duckdb.DuckDBPyConnection, sql: str, ingest_days: set[date]) -> str:
    """A query's answer as a Markdown table. Times change with every build, so they show as
    `(time)`; a day that is the build's own ingestion day (an article without a date of its
    own counts on the day it was ingested) shows as `(ingest day)`."""
    result = con.execute(sql)
    names = [d[0] for d in result.description]
    rows = result.fetchall()
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    lines += ["| " + " | ".join(_cell(v, ingest_days) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n" if rows else "_no rows_\n"


def _cell(value: object, ingest_days: set[date]) -> str:
    if isinstance(value, (datetime, timedelta)):
        return "(time)"
    if isinstance(value, date):
        return "(ingest day)" if value in ingest_days else value.isoformat()
    if value is None:
        return "NULL"
    if isinstance(value, list):
        text = ", ".join(map(str, value))
    elif isinstance(value, dict):
        text = ", ".join(f"{k}: {v}" for k, v in value.items())
    else:
        text = str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def regenerate(text: str, con: duckdb.DuckDBPyConnection) -> str:
    """The document with every query's output replaced by its real answer."""
    ingest_days = {d for (d,) in con.execute("SELECT DISTINCT CAST(started_at AS DATE) FROM ingest_log").fetchall()}
    return QUERY.sub(lambda m: m["head"] + render(con, m["sql"], ingest_days) + "<!-- /output -->", text)


def test_cookbook_shows_the_real_output_of_every_query(tmp_path: Path) -> None:
    con = duckdb.connect(str(build_warehouse(tmp_path)), read_only=True)
    text = README.read_text()
    assert len(QUERY.findall(text)) == text.count("```sql"), "a ```sql block without its <!-- output --> section"
    assert text == regenerate(text, con), (
        "README.md does not show what its queries return: run `.venv/bin/python tests/test_cookbook.py "
        "--write` and review the diff")


def test_the_cookbook_asks_at_least_eight_questions() -> None:
    assert len(QUERY.findall(README.read_text())) >= 8


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="rewrite the outputs in place (default: report stale ones)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        with duckdb.connect(str(build_warehouse(Path(tmp))), read_only=True) as con:
            text = README.read_text()
            fresh = regenerate(text, con)
    if fresh == text:
        print("every output is up to date")
        return 0
    if args.write:
        README.write_text(fresh)
        print("rewrote: README.md")
        return 0
    print("stale: README.md")
    return 1


if __name__ == "__main__":
    sys.exit(main())
