"""The incremental contract, through the library entry point: only new, changed and deleted
files are processed, deletions leave the current tables, and nothing new means no change."""

import duckdb
import pyarrow.parquet as pq

from pipeline.batch import run_batch
from pipeline.catalog import AGGREGATES
from pipeline.lake import Lake
from conftest import snapshot

def query(settings, sql: str) -> list[tuple]:
    with duckdb.connect(str(settings.catalog_path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_first_run_then_noop(settings) -> None:
    first = run_batch(settings, "run-1")
    assert (first["files_new"], first["articles_processed"]) == (5, 5)
    before = snapshot(settings.catalog_path)
    assert len(before["articles"]) == 5 and before["entity_mentions"]

    derived = list(settings.lake_dir.joinpath("aggregates").rglob("*.parquet"))
    assert len(derived) > len(AGGREGATES)
    stamps = {p: p.stat().st_mtime_ns for p in derived}
    second = run_batch(settings, "run-2")
    assert (second["files_new"], second["files_changed"], second["files_deleted"]) == (0, 0, 0)
    assert second["files_unchanged"] == 5 and second["articles_processed"] == 0
    assert snapshot(settings.catalog_path) == before
    assert {p: p.stat().st_mtime_ns for p in derived} == stamps  # aggregates not rebuilt either
    assert query(settings, "SELECT count(*) FROM ingest_log") == [(2,)]  # but the run is logged
    assert Lake(settings.lake_dir).segments("articles") == [Lake(settings.lake_dir).segment_path("articles", "run-1")]


def test_add_change_delete_processes_only_those(settings) -> None:
    run_batch(settings, "run-1")
    seeds = settings.seeds_dir
    (seeds / "kompas").mkdir()
    (seeds / "kompas" / "baru.txt").write_text(
        "JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani bertemu Presiden Joko Widodo di Istana.\n"
        "Pertemuan itu membahas anggaran negara tahun depan.\n"
    )
    changed = seeds / "002_9999350afddffc40.txt"
    changed.write_text(changed.read_text().replace("Wang Yi", "Qin Gang"))
    (seeds / "004_e02278f3ee5d95e5.txt").unlink()

    entry = run_batch(settings, "run-2")
    assert (entry["files_new"], entry["files_changed"], entry["files_deleted"], entry["files_unchanged"]) == (1, 1, 1, 3)
    assert entry["articles_processed"] == 2
    processed = pq.read_table(Lake(settings.lake_dir).segment_path("articles", "run-2")).column("doc_id").to_pylist()
    assert sorted(processed) == ["002_9999350afddffc40", "kompas/baru"]

    docs = dict(query(settings, "SELECT doc_id, batch_id FROM articles"))
    assert "004_e02278f3ee5d95e5" not in docs
    assert docs["kompas/baru"] == docs["002_9999350afddffc40"] == "run-2"
    assert docs["000_f7cd0ac244e1eab9"] == "run-1"
    assert query(settings, "SELECT status FROM files WHERE doc_id = '004_e02278f3ee5d95e5'") == [("deleted",)]
    assert query(settings, "SELECT count(*) FROM articles_history WHERE doc_id = '004_e02278f3ee5d95e5'") == [(1,)]
    assert query(settings, "SELECT count(*) FROM entity_mentions WHERE doc_id = '004_e02278f3ee5d95e5'") == [(0,)]
    assert query(settings, "SELECT count(*) FROM entity_mentions WHERE surface = 'Wang Yi' "
                           "AND doc_id = '002_9999350afddffc40'") == [(0,)]
    log = query(settings, "SELECT run_id, files_new, files_changed, files_deleted, articles_processed "
                          "FROM ingest_log ORDER BY started_at")
    assert log == [("run-1", 5, 0, 0, 5), ("run-2", 1, 1, 1, 2)]


def test_bad_file_is_quarantined_and_the_rest_processed(settings) -> None:
    (settings.seeds_dir / "scan.txt").write_bytes(b"%PDF-1.4 binary")
    entry = run_batch(settings, "run-1")
    assert entry["files_quarantined"] == 1 and entry["articles_processed"] == 5
    assert query(settings, "SELECT doc_id, reason FROM quarantine") == [("scan", "binary file: a PDF")]
    (settings.seeds_dir / "scan.txt").write_text("Sekarang berkas ini berisi teks berita yang sah.")
    retried = run_batch(settings, "run-2")
    assert (retried["files_changed"], retried["articles_processed"]) == (1, 1)
    assert query(settings, "SELECT count(*) FROM quarantine") == [(0,)]


def test_crashed_run_leaves_nothing_visible_and_is_redone(settings) -> None:
    from pipeline import batch as batches

    lake = Lake(settings.lake_dir)
    staged = batches.stage(lake, settings.seeds_dir, "crashed")
    batches.clean(lake, staged, workers=1)  # then the process dies before commit
    assert not lake.files_path.exists()
    entry = run_batch(settings, "run-2")
    assert entry["articles_processed"] == 5
    assert query(settings, "SELECT count(*), count(DISTINCT doc_id) FROM articles") == [(5, 5)]
    assert query(settings, "SELECT DISTINCT batch_id FROM articles_history") == [("run-2",)]
    assert lake.drop_orphans({"run-2"}, min_age=0)  # an hour later they are swept
    assert [p.name for p in lake.segments("articles")] == ["part-run-2.parquet"]


def test_version_bump_reprocesses_everything(settings, monkeypatch) -> None:
    run_batch(settings, "run-1")
    monkeypatch.setattr("pipeline.batch.PIPELINE_VERSION", "999")
    entry = run_batch(settings, "run-2")
    assert (entry["files_changed"], entry["articles_processed"]) == (5, 5)
    assert run_batch(settings, "run-3")["articles_processed"] == 0


def test_every_aggregate_column_is_documented(settings) -> None:
    from pipeline.schema import AGGREGATE_COLUMNS

    run_batch(settings, "run-1")
    for name, docs in AGGREGATE_COLUMNS.items():
        columns = pq.read_schema(Lake(settings.lake_dir).aggregate_path(name)).names
        assert columns == list(docs), name
