"""Bad files beside good ones: each is decoded into `articles` or quarantined with a reason,
and every other file is processed in the same run."""

import duckdb
import pytest

from corpus import DECODED, QUARANTINED, write_bad_inputs, write_large
from pipeline import ingest
from pipeline.batch import run_batch


def rows(settings, sql: str) -> list[tuple]:
    with duckdb.connect(str(settings.catalog_path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_bad_inputs_beside_good_ones(settings, tmp_path) -> None:
    write_bad_inputs(settings.seeds_dir, tmp_path / "outside.txt")
    entry = run_batch(settings, "run-1")

    articles = dict(rows(settings, "SELECT path, language FROM articles"))
    quarantine = dict(rows(settings, "SELECT path, reason FROM quarantine"))
    for name in DECODED:
        assert name in articles, name
    for name, (_, reason) in QUARANTINED.items():
        assert reason in quarantine[name], name
    assert "symlink, not followed" in quarantine["link outside.txt"]
    assert len([p for p in articles if p.startswith("00")]) == 5  # the seeds, processed in the same run
    assert entry["files_quarantined"] == len(QUARANTINED) + 1

    assert articles["english.txt"] == "en"
    assert articles["only boilerplate.txt"] == "und"  # kept, empty clean text, flagged by language
    texts = dict(rows(settings, "SELECT path, clean_text FROM articles"))
    assert texts["only boilerplate.txt"] == ""
    for name in ("utf16le.txt", "utf16be.txt", "crlf.txt", "lone cr.txt", "utf8 bom.txt"):
        assert texts[name] == texts["a/b/c/d/e/deep.txt"], name
    assert "“Presiden”" in texts["cp1252 “quotes”.txt"]
    assert texts["truncated.txt"].endswith("berakhir dengan tanda kutip")


def test_huge_files_are_refused_unread(settings, monkeypatch) -> None:
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 20 * 1024 * 1024)
    write_large(settings.seeds_dir / "one line.txt", 50, single_line=True)
    write_large(settings.seeds_dir / "huge.txt", 200, single_line=False)
    run_batch(settings, "run-1")
    quarantine = dict(rows(settings, "SELECT path, reason FROM quarantine"))
    assert quarantine["huge.txt"].startswith("file too large")
    assert quarantine["one line.txt"].startswith("file too large")
    assert rows(settings, "SELECT count(*) FROM articles") == [(5,)]


def test_file_being_written_waits_for_the_next_run(settings, monkeypatch) -> None:
    growing = settings.seeds_dir / "growing.txt"
    growing.write_text("JAKARTA - Paragraf pertama sudah tertulis.\n")
    real_scan = ingest.scan

    def scan_then_append(folder):
        table = real_scan(folder)
        with open(growing, "a") as fh:  # the writer is still at work after the scan
            fh.write("Paragraf kedua menyusul.\n")
        return table

    monkeypatch.setattr("pipeline.batch.scan", scan_then_append)
    first = run_batch(settings, "run-1")
    assert first["articles_processed"] == 5
    assert rows(settings, "SELECT count(*) FROM files WHERE path = 'growing.txt'") == [(0,)]
    monkeypatch.undo()
    second = run_batch(settings, "run-2")
    assert second["files_new"] == 1
    assert "Paragraf kedua" in rows(settings, "SELECT clean_text FROM articles WHERE path = 'growing.txt'")[0][0]


def test_missing_seeds_folder_fails_clearly_and_leaves_the_warehouse(settings) -> None:
    run_batch(settings, "run-1")
    before = {p: p.stat().st_mtime_ns for p in settings.warehouse_dir.rglob("*") if p.is_file()}
    missing = settings.__class__(settings.seeds_dir / "nope", settings.warehouse_dir, 1)
    with pytest.raises(FileNotFoundError, match="seeds folder not found"):
        run_batch(missing, "run-2")
    after = {p: p.stat().st_mtime_ns for p in settings.warehouse_dir.rglob("*") if p.is_file() and "_staging" not in p.parts}
    assert after == {p: m for p, m in before.items() if "_staging" not in p.parts}
    assert rows(settings, "SELECT count(*) FROM articles") == [(5,)]


def test_quotes_in_the_warehouse_path_are_quoted_not_spliced(tmp_path, settings) -> None:
    odd = settings.__class__(settings.seeds_dir, tmp_path / "it's a \"warehouse\"; DROP", 1)
    run_batch(odd, "run-1")
    assert rows(odd, "SELECT count(*) FROM articles") == [(5,)]


def test_disk_full_at_commit_fails_clearly_and_keeps_the_previous_warehouse(settings, monkeypatch) -> None:
    import errno

    from pipeline import lake as lake_module

    run_batch(settings, "run-1")
    (settings.seeds_dir / "baru.txt").write_text("SURABAYA - Banjir merendam tiga kecamatan sejak pagi tadi.\n")
    real_write = lake_module.pq.write_table

    def full_disk(table, where, **kwargs):
        if "files.parquet" in str(where):
            raise OSError(errno.ENOSPC, "No space left on device", str(where))
        return real_write(table, where, **kwargs)

    monkeypatch.setattr(lake_module.pq, "write_table", full_disk)
    with pytest.raises(OSError, match="No space left on device"):
        run_batch(settings, "run-2")
    assert rows(settings, "SELECT count(*) FROM articles") == [(5,)]
    assert not list(settings.lake_dir.glob(".files.parquet.tmp-*"))
    monkeypatch.undo()
    assert run_batch(settings, "run-3")["files_new"] == 1
    assert rows(settings, "SELECT count(*) FROM articles") == [(6,)]
