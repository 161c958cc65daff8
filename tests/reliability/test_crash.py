"""Fault injection: `kill -9` a run at random moments across all stages (the corpus changes
between kills, so every run has work), then let one run finish; the warehouse must equal a
clean single-run build of the final corpus. CHAOS_POINTS sets how many kills (`make chaos`
runs 24; CI a few)."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import SEEDS, snapshot
from corpus import write_archive

RUNNER = Path(__file__).with_name("runner.py")
POINTS = int(os.environ.get("CHAOS_POINTS", "3"))


def start(seeds: Path, warehouse: Path, batch_id: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(RUNNER), str(seeds), str(warehouse), batch_id],
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def finish(seeds: Path, warehouse: Path, batch_id: str) -> float:
    started = time.monotonic()
    proc = start(seeds, warehouse, batch_id)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    return time.monotonic() - started


def mutate(seeds: Path, rng: random.Random, step: int) -> None:
    """New, changed and deleted files, so the next run has every kind of work."""
    files = sorted(seeds.rglob("*.txt"))
    for path in rng.sample(files, 3):
        path.unlink()
    for path in rng.sample([f for f in files if f.exists()], 4):
        path.write_text(path.read_text() + f"\nParagraf tambahan nomor {step} ditulis ulang oleh redaksi.\n")
    new = seeds / f"batch{step}"
    new.mkdir()
    for i, path in enumerate(rng.sample([f for f in files if f.exists()], 10)):
        shutil.copy(path, new / f"copy{i}.txt")


def test_kill_anywhere_then_rerun_converges(tmp_path: Path) -> None:
    seeds, warehouse = tmp_path / "seeds", tmp_path / "warehouse"
    shutil.copytree(SEEDS, seeds)
    write_archive(SEEDS, seeds, 240)
    full_run = finish(seeds, tmp_path / "timing", "timing")
    rng = random.Random(int(os.environ.get("CHAOS_SEED", "20261122")))
    for point in range(POINTS):
        mutate(seeds, rng, point)
        proc = start(seeds, warehouse, f"killed-{point}")
        time.sleep(rng.uniform(0.2, full_run))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if rng.random() < 0.25:  # now and then a run gets to finish between crashes
            finish(seeds, warehouse, f"finished-{point}")
    finish(seeds, warehouse, "final")
    finish(seeds, tmp_path / "clean", "clean")
    assert snapshot(warehouse / "news.duckdb") == snapshot(tmp_path / "clean" / "news.duckdb")
