"""Two runs at once, and a reader with the catalog open during a run."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from conftest import SEEDS, snapshot
from corpus import write_archive

RUNNER = Path(__file__).with_name("runner.py")


def run(seeds: Path, warehouse: Path, batch_id: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(RUNNER), str(seeds), str(warehouse), batch_id],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ok(proc: subprocess.Popen) -> None:
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()


def test_two_runs_at_once_neither_corrupt_nor_duplicate(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    write_archive(SEEDS, seeds, 120)
    a, b = run(seeds, tmp_path / "wh", "run-a"), run(seeds, tmp_path / "wh", "run-b")
    wait_ok(a)
    wait_ok(b)
    wait_ok(run(seeds, tmp_path / "clean", "clean"))
    with duckdb.connect(str(tmp_path / "wh" / "news.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) = count(DISTINCT doc_id) FROM articles").fetchone()[0]
    assert snapshot(tmp_path / "wh" / "news.duckdb") == snapshot(tmp_path / "clean" / "news.duckdb")


def test_reader_with_the_catalog_open_is_never_blocked(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    wait_ok(run(seeds, tmp_path / "wh", "run-1"))
    write_archive(SEEDS, seeds, 120)
    reader = duckdb.connect(str(tmp_path / "wh" / "news.duckdb"), read_only=True)
    writer = run(seeds, tmp_path / "wh", "run-2")
    seen = set()
    while writer.poll() is None:
        seen.add(reader.execute("SELECT count(*) FROM articles").fetchone()[0])
        time.sleep(0.05)
    wait_ok(writer)
    assert seen == {5}  # the catalog it opened, whole, however the run went
    reader.close()  # (DuckDB shares one open database per path within a process)
    with duckdb.connect(str(tmp_path / "wh" / "news.duckdb"), read_only=True) as fresh:
        assert fresh.execute("SELECT count(*) FROM articles").fetchone()[0] == 125
