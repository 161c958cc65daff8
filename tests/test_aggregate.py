"""Aggregates are brought up to date from each run's change; after every kind of change they
must equal, row for row and in order, a build from scratch over the same lake."""

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import aggregate
from pipeline import batch as batches
from pipeline.aggregate import build_aggregates
from pipeline.batch import run_batch
from pipeline.catalog import AGGREGATES, lake_connection
from pipeline.lake import Lake

FOOTER = "Redaksi Warta Pesisir menerima tulisan pembaca setiap hari kerja"
PLACES = ("Natuna", "Sorong", "Bitung", "Tual")


def from_scratch(lake_dir: Path, tmp: Path) -> Lake:
    """A copy of the lake whose aggregates are built with no previous generation."""
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(lake_dir, tmp)
    shutil.rmtree(tmp / "aggregates")
    lake = Lake(tmp)
    build_aggregates(lake)
    return lake


def assert_equal_to_scratch(settings, tmp_path: Path) -> None:
    lake, scratch = Lake(settings.lake_dir), from_scratch(settings.lake_dir, tmp_path / "scratch")
    for name in AGGREGATES:
        assert pq.read_table(lake.aggregate_path(name)).equals(pq.read_table(scratch.aggregate_path(name))), name


def test_every_kind_of_change_gives_the_tables_of_a_build_from_scratch(settings, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("pipeline.lake.COMPACT_MIN_FILES", 2)  # and compaction along the way
    seeds = settings.seeds_dir
    run_batch(settings, "run-1")
    generation = Lake(settings.lake_dir).aggregate_dir()

    changed = seeds / "002_9999350afddffc40.txt"
    changed.write_text(changed.read_text().replace("Wang Yi", "Qin Gang"))
    (seeds / "004_e02278f3ee5d95e5.txt").unlink()
    (seeds / "baru.txt").write_text("JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Xi Jinping di Beijing.\n")
    run_batch(settings, "run-2")
    assert Lake(settings.lake_dir).aggregate_dir() != generation
    assert generation.is_dir()  # kept an hour for readers of an older catalog
    assert_equal_to_scratch(settings, tmp_path)

    for i, place in enumerate(PLACES):  # a fourth article of the outlet makes its footer boilerplate
        (seeds / f"warta{i}.txt").write_text(
            f"WartaPesisir.id | Nelayan {place} melihat kapal asing mendekati pantai pekan ini.\n"
            f"Bupati {place} melapor kepada Menteri Kelautan di Jakarta.\n{FOOTER}\n")
        if i >= 2:
            entry = run_batch(settings, f"run-{i + 1}")
            assert_equal_to_scratch(settings, tmp_path)
    assert entry["articles_recleaned"] == 3

    (seeds / "warta0.txt").unlink()  # and back to body when it falls under four
    (seeds / "001_a50d407be7d7a308.txt").unlink()
    assert run_batch(settings, "run-5")["articles_recleaned"] == 3
    assert_equal_to_scratch(settings, tmp_path)
    assert any(path.name.startswith("compact-") for path in Lake(settings.lake_dir).segments("articles"))


def test_a_build_that_dies_leaves_the_previous_generation_current(settings, monkeypatch) -> None:
    run_batch(settings, "run-1")
    lake = Lake(settings.lake_dir)
    before = lake.aggregate_dir()
    (settings.seeds_dir / "000_f7cd0ac244e1eab9.txt").unlink()
    write_generation = aggregate._write_generation

    def dies_after_writing(*args) -> None:
        write_generation(*args)
        raise OSError("No space left on device")

    monkeypatch.setattr(aggregate, "_write_generation", dies_after_writing)
    with pytest.raises(OSError):
        run_batch(settings, "run-2")
    assert lake.aggregate_dir() == before and pq.read_table(lake.aggregate_path("source_stats")).num_rows
    assert not list(lake.staging("x").parent.glob("aggregates-*"))
    monkeypatch.undo()
    build_aggregates(lake)
    assert lake.aggregate_dir() != before


def test_a_run_killed_between_manifest_and_run_log_stays_committed(settings, tmp_path, monkeypatch) -> None:
    """Its rows, once superseded, stay history, and the compacted files holding them stay live."""
    monkeypatch.setattr("pipeline.lake.COMPACT_MIN_FILES", 2)
    seeds, lake = settings.seeds_dir, Lake(settings.lake_dir)
    run_batch(settings, "run-1")
    changed = seeds / "002_9999350afddffc40.txt"
    changed.write_text(changed.read_text().replace("Wang Yi", "Qin Gang"))
    write_table = batches.write_table

    def killed_before_the_log(table, path):
        if path == lake.ingest_log_path:
            raise KeyboardInterrupt("killed")
        return write_table(table, path)

    monkeypatch.setattr(batches, "write_table", killed_before_the_log)
    with pytest.raises(KeyboardInterrupt):
        run_batch(settings, "run-2")
    monkeypatch.setattr(batches, "write_table", write_table)
    (seeds / "baru.txt").write_text("JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Xi Jinping di Beijing.\n")
    run_batch(settings, "run-3")
    changed.write_text(changed.read_text().replace("Qin Gang", "Wang Yi"))  # run-2's last row superseded
    run_batch(settings, "run-4")
    assert "run-2" in lake.committed()
    con = lake_connection(lake)
    assert con.sql("SELECT count(*) FROM articles").fetchone() == con.sql(
        "SELECT count(*) FROM files WHERE status = 'active'").fetchone() == (6,)
    assert_equal_to_scratch(settings, tmp_path)


def test_a_reclean_never_overwrites_a_newer_version_committed_meanwhile(settings) -> None:
    seeds, lake = settings.seeds_dir, Lake(settings.lake_dir)

    def write(i: int) -> None:
        (seeds / f"warta{i}.txt").write_text(
            f"WartaPesisir.id | Nelayan {PLACES[i]} melihat kapal asing mendekati pantai pekan ini.\n"
            f"Bupati {PLACES[i]} melapor kepada Menteri Kelautan di Jakarta.\n{FOOTER}\n")

    for i in range(3):
        write(i)
    run_batch(settings, "run-1")
    write(3)  # run A will re-clean warta0-2 as the footer becomes boilerplate
    slow = batches.stage(lake, seeds, "A")
    batches.clean(lake, slow, workers=1)
    edited = seeds / "warta1.txt"
    edited.write_text(edited.read_text().replace("pekan ini", "pagi tadi"))
    run_batch(settings, "B")  # commits the edit while A is still running
    batches.extract(lake, slow, workers=1)
    batches.commit(lake, slow)
    con = lake_connection(lake)
    assert con.sql("SELECT batch_id, text LIKE '%pagi tadi%' FROM raw_files WHERE doc_id = 'warta1'").fetchall() == [
        ("B", True)]
