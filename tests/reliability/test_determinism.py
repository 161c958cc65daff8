"""Same inputs, same tables: however the corpus was split across runs, however many workers."""

import shutil
from pathlib import Path

from conftest import SEEDS, snapshot
from corpus import write_archive
from pipeline.batch import run_batch
from pipeline.settings import Settings


def test_split_across_runs_and_workers_gives_identical_tables(tmp_path: Path) -> None:
    full = tmp_path / "full"
    shutil.copytree(SEEDS, full)
    write_archive(SEEDS, full, 60)
    run_batch(Settings(full, tmp_path / "one-run", workers=1), "only")

    growing = tmp_path / "growing"
    growing.mkdir()
    staged = Settings(growing, tmp_path / "three-runs", workers=2)
    files = sorted(full.rglob("*.txt"))
    for step, part in enumerate((files[1::3], files[2::3], files[0::3])):
        for path in part:
            target = growing / path.relative_to(full)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
        run_batch(staged, f"step-{step}")
    assert snapshot(tmp_path / "one-run" / "news.duckdb") == snapshot(tmp_path / "three-runs" / "news.duckdb")
