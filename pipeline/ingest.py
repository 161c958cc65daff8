"""Raw layer: scan the seeds folder, tell new / changed / deleted / unchanged files apart,
and decode the bytes of the ones that need processing.

Change detection is the `make`/rsync test: a file whose size and mtime match the manifest
is unchanged without being read; only the others are hashed, so a no-op run over a million
files costs one `stat` each. The comparison with the manifest runs in DuckDB, so the
manifest is never held as Python objects.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa

MAX_FILE_BYTES = int(os.environ.get("NEWS_MAX_FILE_MB", "20")) * 1024 * 1024
"""Files above this size are quarantined unread: news articles are a few KB."""

SCAN_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("path", pa.string()),
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("problem", pa.string()),
    ]
)


class Refused(Exception):
    """A file that cannot be read as an article; its message is the quarantine reason."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def doc_id_for(rel_path: str) -> str:
    """The path relative to the seeds folder without `.txt`: stable and readable."""
    return rel_path[: -len(".txt")] if rel_path.endswith(".txt") else rel_path


def scan(seeds_dir: Path) -> pa.Table:
    """Every `*.txt` below `seeds_dir`, by `stat` only, sorted by path for determinism.

    Symlinks are listed (to be quarantined), never followed: a link may point anywhere.
    """
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"seeds folder not found or not a folder: {seeds_dir}")
    if not os.access(seeds_dir, os.R_OK | os.X_OK):
        raise PermissionError(f"seeds folder is not readable: {seeds_dir}")
    rows: dict[str, list] = {name: [] for name in SCAN_SCHEMA.names}
    prefix = len(os.path.join(seeds_dir, ""))  # string slicing: pathlib costs 1 s per 100,000 files
    for entry in _walk(seeds_dir):
        rel, problem = _relative_name(entry.path[prefix:])
        st = entry.stat(follow_symlinks=False)
        if entry.is_symlink():
            problem = f"symlink, not followed (points to {os.readlink(entry.path)!r})"
        rows["doc_id"].append(doc_id_for(rel))
        rows["path"].append(rel)
        rows["size"].append(st.st_size)
        rows["mtime_ns"].append(st.st_mtime_ns)
        rows["problem"].append(problem)
    return pa.table(rows, schema=SCAN_SCHEMA).sort_by("path")


def _relative_name(rel: str) -> tuple[str, str | None]:
    """File names are bytes on Linux; one that is not UTF-8 cannot be stored as text, so it
    is kept in a readable escaped form and quarantined."""
    try:
        rel.encode("utf-8")
        return rel, None
    except UnicodeEncodeError:
        shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        return shown, "file name is not valid UTF-8"


def _walk(folder: Path) -> Iterator[os.DirEntry]:
    stack = [str(folder)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.name.endswith(".txt") and (entry.is_symlink() or entry.is_file()):
                    yield entry


CLASSIFY_SQL = """
SELECT s.doc_id, s.path, s.size, s.mtime_ns, s.problem,
       m.sha256 AS old_sha256, m.status AS old_status, m.pipeline_version AS old_version,
       CASE
         WHEN m.doc_id IS NULL OR m.status = 'deleted' THEN 'new'
         WHEN s.size = m.size AND s.mtime_ns = m.mtime_ns
              AND m.pipeline_version = $version AND NOT $reprocess_all THEN 'unchanged'
         ELSE 'maybe_changed'
       END AS change
FROM scan s LEFT JOIN manifest m USING (doc_id)
UNION ALL
SELECT m.doc_id, m.path, m.size, m.mtime_ns, NULL, m.sha256, m.status, m.pipeline_version, 'deleted'
FROM manifest m ANTI JOIN scan s USING (doc_id)
WHERE m.status <> 'deleted'
ORDER BY path
"""


def classify(scan_table: pa.Table, manifest: pa.Table, version: str, reprocess_all: bool = False) -> pa.Table:
    """Join the scan with the manifest: `new`, `unchanged`, `deleted`, or `maybe_changed`
    (stat differs or the pipeline version moved on; the hash decides)."""
    con = duckdb.connect()
    con.register("scan", scan_table)
    con.register("manifest", manifest)
    return con.sql(CLASSIFY_SQL, params={"version": version, "reprocess_all": reprocess_all}).to_arrow_table()


def sha256_file(path: Path) -> str:
    """Streamed, so a huge file costs no memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BINARY_MAGIC = {b"%PDF-": "a PDF", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"PK\x03\x04": "a ZIP archive", b"GIF8": "a GIF image"}


def decode(data: bytes) -> Decoded:
    """Bytes to text: BOMs first, then strict UTF-8, then cp1252 (the usual legacy encoding of
    Indonesian sites), then latin-1. Binary content is refused with a reason, not guessed at."""
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise Refused(f"binary file: {kind}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_lines(data[len(bom):].decode(encoding)), f"{encoding}-bom")
            except UnicodeDecodeError as err:
                raise Refused(f"invalid {encoding} after its byte-order mark: {err.reason} at byte {err.start}") from None
    if b"\x00" in data:
        raise Refused("binary file: contains NUL bytes")
    try:
        return Decoded(_lines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data":
            # A multi-byte sequence cut at the end: the file was truncated mid-character.
            return Decoded(_lines(data[: err.start].decode("utf-8")), "utf-8-truncated")
    try:
        return Decoded(_lines(data.decode("cp1252")), "cp1252")
    except UnicodeDecodeError:
        return Decoded(_lines(data.decode("latin-1")), "latin-1")


def _lines(text: str) -> str:
    """CRLF and lone CR become LF so line numbers mean the same for every file."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


@dataclass(frozen=True, slots=True)
class ReadResult:
    sha256: str
    size: int
    mtime_ns: int
    decoded: Decoded | None = None
    refused: str | None = None
    unstable: bool = False


def read_article(path: Path, size: int, mtime_ns: int, problem: str | None = None) -> ReadResult:
    """Read, hash and decode one file; refuse what is not an article; notice a file that is
    still being written (its stat changed while we read it) so it waits for the next run.
    `problem` is a reason found at scan time (symlink, undecodable name): not read at all."""
    if problem:
        return ReadResult(_sha256_text(f"{path}\0{problem}"), size, mtime_ns, refused=problem)
    if size > MAX_FILE_BYTES:
        return ReadResult(sha256_file(path), size, mtime_ns, refused=f"file too large: {size} bytes > limit {MAX_FILE_BYTES}")
    with open(path, "rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    st = os.stat(path, follow_symlinks=False)
    if st.st_size != len(data) or st.st_mtime_ns != mtime_ns:
        return ReadResult("", st.st_size, st.st_mtime_ns, unstable=True)
    sha = hashlib.sha256(data).hexdigest()
    try:
        decoded = decode(data)
    except Refused as err:
        return ReadResult(sha, size, mtime_ns, refused=str(err))
    if not decoded.text.strip():
        return ReadResult(sha, size, mtime_ns, refused="empty file" if not data else "only whitespace")
    return ReadResult(sha, size, mtime_ns, decoded=decoded)


def _sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def folder_fingerprint(seeds_dir: Path) -> str:
    """A digest of every file's path, size and mtime: changes whenever a file is added,
    changed or deleted, at the cost of a `stat` per file. The sensor compares it."""
    table = scan(seeds_dir)
    digest = hashlib.sha256()
    for path, size, mtime in zip(*(table.column(c).to_pylist() for c in ("path", "size", "mtime_ns"))):
        digest.update(f"{path}\0{size}\0{mtime}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()
