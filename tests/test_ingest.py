import codecs
import os

import pyarrow as pa
import pytest

from pipeline import schema
from pipeline.ingest import Refused, classify, decode, doc_id_for, folder_fingerprint, read_article, scan

TEXT = "Presiden Joko Widodo meresmikan jalan tol “baru” di Sumatra.\nKalimat kedua."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-bom"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le-bom"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be-bom"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_real_encodings(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_decode_normalises_line_endings() -> None:
    assert decode(b"a\r\nb\rc\n").text == "a\nb\nc\n"


def test_decode_truncated_utf8_keeps_what_is_whole() -> None:
    decoded = decode("Berita ”".encode("utf-8")[:-1])
    assert decoded.text == "Berita "
    assert decoded.encoding == "utf-8-truncated"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"%PDF-1.7\n...", "PDF"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"), (b"abc\x00def", "NUL")],
)
def test_decode_refuses_binary(data: bytes, reason: str) -> None:
    with pytest.raises(Refused, match=reason):
        decode(data)


def test_doc_id_is_relative_path_without_suffix() -> None:
    assert doc_id_for("000_f7cd0ac244e1eab9.txt") == "000_f7cd0ac244e1eab9"
    assert doc_id_for("2024/kompas/a b.txt") == "2024/kompas/a b"


def test_scan_is_recursive_sorted_and_lists_symlinks_unfollowed(tmp_path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "deep.txt").write_text("x")
    (tmp_path / "a.txt").write_text("y")
    (tmp_path / "notes.md").write_text("ignored")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("secret")
    os.symlink(outside, tmp_path / "link.txt")
    table = scan(tmp_path)
    assert table.column("path").to_pylist() == ["a.txt", "b/c/deep.txt", "link.txt"]
    problems = table.column("problem").to_pylist()
    assert problems[:2] == [None, None] and "symlink, not followed" in problems[2]
    link = read_article(tmp_path / "link.txt", 0, 0, problems[2])
    assert link.refused == problems[2] and link.decoded is None


def test_undecodable_file_name_is_flagged(tmp_path) -> None:
    (tmp_path / "ok.txt").write_text("x")
    os.close(os.open(os.path.join(os.fsencode(tmp_path), b"bad-\xff.txt"), os.O_CREAT | os.O_WRONLY))
    rows = scan(tmp_path).to_pylist()
    assert [(r["path"], r["problem"]) for r in rows] == [
        ("bad-\\xff.txt", "file name is not valid UTF-8"), ("ok.txt", None)]


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty file"), (b" \n\t\r\n", "only whitespace")])
def test_empty_files_are_refused(tmp_path, data: bytes, reason: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    st = path.stat()
    assert read_article(path, st.st_size, st.st_mtime_ns).refused == reason


def test_scan_missing_folder_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match="seeds folder"):
        scan(tmp_path / "nope")


def test_classify_uses_stat_then_leaves_the_hash_to_decide(tmp_path) -> None:
    for name in ("same", "touched", "new"):
        (tmp_path / f"{name}.txt").write_text(name)
    scanned = scan(tmp_path)
    stat = {p: (s, m) for p, s, m in zip(*(scanned.column(c).to_pylist() for c in ("path", "size", "mtime_ns")))}
    manifest = pa.Table.from_pylist(
        [
            {"doc_id": "same", "path": "same.txt", "size": stat["same.txt"][0], "mtime_ns": stat["same.txt"][1],
             "status": "active", "pipeline_version": "1", "sha256": "x"},
            {"doc_id": "touched", "path": "touched.txt", "size": 99, "mtime_ns": 0,
             "status": "active", "pipeline_version": "1", "sha256": "y"},
            {"doc_id": "gone", "path": "gone.txt", "size": 1, "mtime_ns": 0,
             "status": "active", "pipeline_version": "1", "sha256": "z"},
        ],
        schema=schema.FILES,
    )
    plan = {r["doc_id"]: r["change"] for r in classify(scanned, manifest, "1").to_pylist()}
    assert plan == {"same": "unchanged", "touched": "maybe_changed", "new": "new", "gone": "deleted"}
    bumped = {r["doc_id"]: r["change"] for r in classify(scanned, manifest, "2").to_pylist()}
    assert bumped["same"] == "maybe_changed"


def test_read_article_notices_a_file_still_being_written(tmp_path) -> None:
    path = tmp_path / "growing.txt"
    path.write_text("first part")
    st = path.stat()
    path.write_text("first part and more")  # grew after the scan saw it
    assert read_article(path, st.st_size, st.st_mtime_ns).unstable


def test_fingerprint_changes_with_any_file(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("a")
    before = folder_fingerprint(tmp_path)
    assert folder_fingerprint(tmp_path) == before
    (tmp_path / "b.txt").write_text("b")
    assert folder_fingerprint(tmp_path) != before
