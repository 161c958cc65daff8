"""The Parquet lake: per-batch segments, small manifests, and writes readers never see half-done.

Layout under `<warehouse>/lake/`:
  <table>/part-<batch_id>.parquet   segments of raw_files, articles, removed_lines, entity_mentions, dates
  <table>/compact-<id>.parquet       small committed segments merged into one (compaction)
  files.parquet, ingest_log.parquet  the manifest (which segment row is current) and the run log
  aggregates/<generation>/           derived tables; `aggregates/_built.json` names the current generation
  _staging/<batch_id>/               a batch in flight (scan plan, failures), removed at commit
  .lock                              serialises commits and the rebuilds that read them

Every file is written under a temporary name and renamed into place, so a reader or a crash
sees either the old file or the new one, never a partial one. Files are never rewritten in
place: a compacted file lists, in its own Parquet metadata, the segments it replaces, so one
rename both adds it and retires them; readers are handed explicit lists of live files
(`segments`), and retired files are deleted only after ORPHAN_AGE_SECONDS, so a reader holding an
older list keeps a consistent snapshot for that long.
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
run may still be writing younger ones, so they are left alone. It is also how long a retired
file (a compacted segment, an old aggregate generation) stays on disk after it stopped being
live: the time a reader's open catalog is guaranteed to keep working."""
COMPACT_BELOW_BYTES = 64 * 2**20
COMPACT_MIN_FILES = 8
"""Segments under COMPACT_BELOW_BYTES are merged COMPACT_MIN_FILES at a time, among files of
about the same size: each row is rewritten about once per factor of 8 its file grows (a few
times in all), and a table keeps at most 7 files per size tier (a few dozen) however many
runs it has seen."""
REPLACES_KEY = b"news.replaces"
COMMITTED_KEY = b"news.committed"


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
    """Streams rows into a segment (`<table>/part-<batch_id>.parquet`, or a compacted file) in
    row groups, so a batch of any size is written in bounded memory. Renamed into place on `close()`; nothing
    is left behind on error, and an empty batch writes no file."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path, self.schema = path, schema
        self.rows = 0
        self._tmp = _tmp_name(path)
        self._writer: pq.ParquetWriter | None = None

    def write(self, rows: list[dict]) -> None:
        self.write_batch(pa.RecordBatch.from_pylist(rows, schema=self.schema))

    def write_batch(self, batch: pa.RecordBatch) -> None:
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


def merge_groups(sizes: list[int]) -> list[list[int]]:
    """Which files to merge (indices into `sizes`): COMPACT_MIN_FILES or more of one size tier
    (sizes within a factor of 8), all under COMPACT_BELOW_BYTES."""
    tiers: dict[int, list[int]] = {}
    for i, size in enumerate(sizes):
        if size < COMPACT_BELOW_BYTES:
            tiers.setdefault(size.bit_length() // 3, []).append(i)
    return [group for group in tiers.values() if len(group) >= COMPACT_MIN_FILES]


def _replaces(path: Path) -> list[str]:
    """File names a compacted segment replaces (none for a run's own segment)."""
    if not path.name.startswith("compact-"):
        return []
    metadata = pq.read_schema(path).metadata or {}
    return json.loads(metadata.get(REPLACES_KEY, b"[]"))


def _batches(path: Path, replaces: list[str]) -> set[str]:
    """Batches whose rows a segment holds: its own, or those of every segment it compacted."""
    return {_batch_of(Path(n)) for n in replaces if not n.startswith("compact-")} if replaces else {_batch_of(path)}


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

    def segments(self, table: str, batches: set[str] | None = None) -> list[Path]:
        """The live segment files of a table: every run's and compacted file, minus those a
        compacted file replaced (they stay on disk for ORPHAN_AGE_SECONDS, for older readers);
        with `batches`, only the files whose rows all belong to those batches."""
        folder = self.root / table
        if not folder.is_dir():
            return []
        replaces = {}
        for path in sorted(folder.glob("part-*.parquet")) + sorted(folder.glob("compact-*.parquet")):
            try:
                replaces[path] = _replaces(path)
            except FileNotFoundError:  # deleted since the listing: a retired file, not live
                continue
        retired = {name for names in replaces.values() for name in names}
        return [path for path, names in replaces.items()
                if path.name not in retired and (batches is None or _batches(path, names) <= batches)]

    def committed(self) -> set[str]:
        """Batches whose rows are committed. The manifest carries the list in its own Parquet
        metadata (`with_committed`), so a batch is committed by the same rename that makes it
        current and stays so when later runs supersede all its rows; the batches the manifest
        and the run log name are added for warehouses written before the list existed."""
        found = set()
        if self.files_path.exists():
            found.update(json.loads((pq.read_schema(self.files_path).metadata or {}).get(COMMITTED_KEY, b"[]")))
        for path, column in ((self.files_path, "batch_id"), (self.ingest_log_path, "run_id")):
            if path.exists():
                found.update(pq.read_table(path, columns=[column]).column(column).unique().to_pylist())
        return found

    def with_committed(self, manifest: pa.Table, batch_id: str) -> pa.Table:
        """The new manifest, carrying the committed batches with `batch_id` added."""
        committed = sorted(self.committed() | {batch_id})
        return manifest.replace_schema_metadata({COMMITTED_KEY: json.dumps(committed)})

    def compact(self, table: str, schema: pa.Schema, committed: set[str]) -> list[Path]:
        """Merge a table's live segments of committed batches as `merge_groups` says. Under the
        lake lock (the caller's). A merged file carries the names it replaces (and theirs, so
        deleting files in any order never brings a retired one back); its rename is the whole
        change."""
        candidates = [path for path in self.segments(table, committed)
                      if pq.read_schema(path).remove_metadata().equals(schema)]
        groups = merge_groups([path.stat().st_size for path in candidates])
        return [self._merge(table, schema, [candidates[i] for i in group]) for group in groups]

    def _merge(self, table: str, schema: pa.Schema, paths: list[Path]) -> Path:
        replaces = sorted({path.name for path in paths} | {name for path in paths for name in _replaces(path)})
        target = self.root / table / f"compact-{uuid.uuid4().hex[:16]}.parquet"
        with SegmentWriter(target, schema.with_metadata({REPLACES_KEY: json.dumps(replaces)})) as writer:
            for path in paths:
                for batch in pq.ParquetFile(path).iter_batches(batch_size=ROW_GROUP_ROWS):
                    writer.write_batch(batch)
        return target

    @property
    def aggregates_marker(self) -> Path:
        return self.root / "aggregates" / "_built.json"

    def aggregate_dir(self, generation: str | None = None) -> Path:
        """The folder of an aggregate generation (default: the current one)."""
        return self.root / "aggregates" / (generation or self.built(self.aggregates_marker).get("generation", "none"))

    def aggregate_path(self, name: str, generation: str | None = None) -> Path:
        return self.aggregate_dir(generation) / f"{name}.parquet"

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
        and staging folders, once older than `min_age` (younger ones may be a live run's);
        and segments a compaction retired, once it is `min_age` old (readers' grace)."""
        dropped: list[Path] = []
        cutoff = time.time() - min_age
        if not self.root.is_dir():
            return dropped
        candidates = [(self.root, p) for p in self.root.iterdir() if p.is_file()]
        candidates += [(f, p) for f in self.root.iterdir() if f.is_dir() and f.name != "aggregates" for p in f.iterdir()]
        for folder, path in candidates:
            if not path.exists() or path.stat().st_mtime > cutoff or path.name == ".lock":
                continue
            if folder.name == "_staging" and path.name == "duckdb":
                continue  # DuckDB's spill folder: its files are DuckDB's to remove
            if folder.name == "_staging":
                shutil.rmtree(path, ignore_errors=True)
            elif path.name.startswith("."):  # a temporary file of a killed writer
                path.unlink(missing_ok=True)
            elif path.name.startswith("compact-"):
                retired = [folder / name for name in _replaces(path) if (folder / name).exists()]
                for old in retired:
                    old.unlink()
                dropped += retired
                continue
            elif folder != self.root and _batch_of(path) not in keep_batches:
                path.unlink(missing_ok=True)
            else:
                continue
            dropped.append(path)
        return dropped

    def clear_staging(self, batch_id: str) -> None:
        shutil.rmtree(self.staging(batch_id), ignore_errors=True)
