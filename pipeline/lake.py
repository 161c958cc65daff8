"""The Parquet lake: per-batch segments, small manifests, and writes readers never see half-done.

Layout under `<warehouse>/lake/`:
  <table>/part-<batch_id>.parquet   segments of raw_files, articles, removed_lines, entity_mentions, dates
  files.parquet, ingest_log.parquet  the manifest (which segment row is current) and the run log
  aggregates/<name>.parquet          derived tables, rebuilt from the current rows each run
  _staging/<batch_id>/               a batch in flight (scan plan, failures), removed at commit
  .lock                              serialises commits and the rebuilds that read them

Every file is written under a temporary name and renamed into place, so a reader or a crash
sees either the old file or the new one, never a partial one.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

ROW_GROUP_ROWS = 20_000
ORPHAN_AGE_SECONDS = 3600
"""Uncommitted segments and staging folders older than this belong to a crashed run: another
run may still be writing younger ones, so they are left alone."""


def _tmp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")


def write_table(table: pa.Table, path: Path) -> Path:
    """Write a whole table atomically (temporary name, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(path)
    try:
        pq.write_table(table, tmp, compression="zstd", row_group_size=ROW_GROUP_ROWS)
        _fsync(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_json(data: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(path)
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True))
    os.replace(tmp, path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class SegmentWriter:
    """Streams rows of one batch into `<table>/part-<batch_id>.parquet` in row groups, so a
    batch of any size is written in bounded memory. Renamed into place on `close()`; nothing
    is left behind on error, and an empty batch writes no file."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.schema = path, schema
        self.rows = 0
        self._tmp = _tmp_name(path)
        self._writer: pq.ParquetWriter | None = None

    def write(self, rows: list[dict]) -> None:
        batch = pa.RecordBatch.from_pylist(rows, schema=self.schema)
        if not batch.num_rows:
            return
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(self._tmp, self.schema, compression="zstd")
        self._writer.write_batch(batch, row_group_size=ROW_GROUP_ROWS)
        self.rows += batch.num_rows

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            _fsync(self._tmp)
            os.replace(self._tmp, self.path)

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> "SegmentWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.abort() if exc_type else self.close()


def _batch_of(segment: Path) -> str:
    return segment.stem.removeprefix("part-").split("+", 1)[0]


class Lake:
    """Paths and primitive reads/writes of the lake; knows nothing about articles."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def files_path(self) -> Path:
        return self.root / "files.parquet"

    @property
    def ingest_log_path(self) -> Path:
        return self.root / "ingest_log.parquet"

    def staging(self, batch_id: str) -> Path:
        return self.root / "_staging" / batch_id

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive across processes (flock), released by the OS even if the holder is killed:
        two runs may scan and process at once, but commit and rebuild one after the other."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def state(self, *inputs: str) -> str:
        """A key of what a derived table is built from: the committed manifest (a new one is
        renamed in at every commit that changes anything) and the caller's own inputs (its SQL,
        its list of tables). Equal keys mean a rebuild would write the same thing."""
        st = self.files_path.stat() if self.files_path.exists() else None
        manifest = f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}" if st else "none"
        return hashlib.sha256("\0".join((manifest, *inputs)).encode()).hexdigest()

    def built(self, marker: Path) -> dict:
        """What `mark_built` recorded at `marker` (empty if nothing was)."""
        return json.loads(marker.read_text()) if marker.exists() else {}

    def segment_path(self, table: str, batch_id: str) -> Path:
        return self.root / table / f"part-{batch_id}.parquet"

    def segments(self, table: str) -> list[Path]:
        folder = self.root / table
        return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []

    def aggregate_path(self, name: str) -> Path:
        return self.root / "aggregates" / f"{name}.parquet"

    def writer(self, table: str, batch_id: str, schema: pa.Schema) -> SegmentWriter:
        return SegmentWriter(self.segment_path(table, batch_id), schema)

    def read(self, path: Path, schema: pa.Schema) -> pa.Table:
        """A small table (manifest, log), or an empty one of the right schema if absent."""
        return pq.read_table(path, schema=schema) if path.exists() else schema.empty_table()

    def batch_files(self, table: str, batch_id: str) -> list[Path]:
        """A batch's files of one table: its segment, and any `part-<batch_id>+<part>.parquet`
        added later in the run (rows carried over from earlier batches)."""
        folder = self.root / table
        return sorted(folder.glob(f"part-{batch_id}.parquet")) + sorted(folder.glob(f"part-{batch_id}+*.parquet"))

    def batch_rows(self, table: str, batch_id: str) -> int:
        return sum(pq.ParquetFile(path).metadata.num_rows for path in self.batch_files(table, batch_id))

    def iter_segment(self, table: str, batch_id: str, columns: list[str], rows: int) -> Iterable[pa.RecordBatch]:
        """Stream one batch's rows of a table in record batches (bounded memory)."""
        for path in self.batch_files(table, batch_id):
            yield from pq.ParquetFile(path).iter_batches(batch_size=rows, columns=columns)

    def drop_orphans(self, keep_batches: set[str], min_age: float = ORPHAN_AGE_SECONDS) -> list[Path]:
        """Remove what crashed runs left: segments of batches never committed, temporary files
        and staging folders, once older than `min_age` (younger ones may be a live run's)."""
        dropped: list[Path] = []
        cutoff = time.time() - min_age
        if not self.root.is_dir():
            return dropped
        candidates = [(self.root, p) for p in self.root.iterdir() if p.is_file()]
        candidates += [(f, p) for f in self.root.iterdir() if f.is_dir() for p in f.iterdir()]
        for folder, path in candidates:
            if path.stat().st_mtime > cutoff or path.name == ".lock":
                continue
            if folder.name == "_staging":
                shutil.rmtree(path, ignore_errors=True)
            elif path.name.startswith("."):  # a temporary file of a killed writer
                path.unlink(missing_ok=True)
            elif folder not in (self.root, self.root / "aggregates") and _batch_of(path) not in keep_batches:
                path.unlink(missing_ok=True)
            else:
                continue
            dropped.append(path)
        return dropped

    def clear_staging(self, batch_id: str) -> None:
        shutil.rmtree(self.staging(batch_id), ignore_errors=True)
