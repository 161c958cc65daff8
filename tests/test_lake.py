import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import shutil

from pipeline.lake import COMPACT_MIN_FILES, Lake, write_table

SCHEMA = pa.schema([("doc_id", pa.string()), ("n", pa.int32())])


def test_segment_is_invisible_until_closed_and_absent_on_error(tmp_path) -> None:
    lake = Lake(tmp_path)
    with lake.writer("t", "b1", SCHEMA) as w:
        w.write([{"doc_id": "a", "n": 1}])
        assert lake.segments("t") == []  # only the temporary file exists so far
    assert [p.name for p in lake.segments("t")] == ["part-b1.parquet"]
    with pytest.raises(RuntimeError):
        with lake.writer("t", "b2", SCHEMA) as w:
            w.write([{"doc_id": "b", "n": 2}])
            raise RuntimeError("crash mid-batch")
    assert [p.name for p in lake.segments("t")] == ["part-b1.parquet"]
    assert not list((tmp_path / "t").glob(".*tmp*"))


def test_empty_segment_writes_no_file(tmp_path) -> None:
    lake = Lake(tmp_path)
    with lake.writer("t", "b1", SCHEMA) as w:
        w.write([])
    assert lake.segments("t") == []


def test_drop_orphans_keeps_committed_and_young_batches(tmp_path) -> None:
    lake = Lake(tmp_path)
    for batch in ("kept", "orphan"):
        with lake.writer("t", batch, SCHEMA) as w:
            w.write([{"doc_id": batch, "n": 1}])
    (tmp_path / "t" / ".part-x.parquet.tmp-1234").write_text("half-written")
    assert lake.drop_orphans({"kept"}) == []  # young: may belong to a run still going
    dropped = lake.drop_orphans({"kept"}, min_age=0)
    assert sorted(p.name for p in dropped) == [".part-x.parquet.tmp-1234", "part-orphan.parquet"]
    assert [p.name for p in lake.segments("t")] == ["part-kept.parquet"]


def test_lock_is_exclusive_across_processes(tmp_path) -> None:
    import multiprocessing
    import time

    lake = Lake(tmp_path)
    ctx = multiprocessing.get_context("fork")
    started, done = ctx.Event(), ctx.Event()

    def holder() -> None:
        with lake.lock():
            started.set()
            time.sleep(0.5)
            done.set()

    proc = ctx.Process(target=holder)
    proc.start()
    started.wait(5)
    with lake.lock():
        assert done.is_set()  # we only got the lock after the holder let go
    proc.join()


def test_read_missing_table_is_empty_with_schema(tmp_path) -> None:
    table = Lake(tmp_path).read(tmp_path / "absent.parquet", SCHEMA)
    assert table.num_rows == 0 and table.schema == SCHEMA
    write_table(pa.table({"doc_id": ["x"], "n": [1]}, schema=SCHEMA), tmp_path / "absent.parquet")
    assert Lake(tmp_path).read(tmp_path / "absent.parquet", SCHEMA).num_rows == 1


def write_batches(lake: Lake, names) -> None:
    for batch in names:
        with lake.writer("t", batch, SCHEMA) as w:
            w.write([{"doc_id": f"{batch}-{i}", "n": i} for i in range(3)])


def rows(lake: Lake) -> list[tuple]:
    return sorted(r for path in lake.segments("t") for r in pq.read_table(path).to_pydict()["doc_id"])


def test_compaction_merges_small_committed_segments_and_retires_them_after_the_grace(tmp_path) -> None:
    lake = Lake(tmp_path)
    write_batches(lake, [f"b{i}" for i in range(COMPACT_MIN_FILES)] + ["running"])
    before = rows(lake)
    committed = {f"b{i}" for i in range(COMPACT_MIN_FILES)}
    assert lake.compact("t", SCHEMA, committed - {"b0"}) == []  # too few: b0 is not committed
    [merged] = lake.compact("t", SCHEMA, committed)
    assert [p.name for p in lake.segments("t")] == ["part-running.parquet", merged.name]  # a run in flight keeps its own
    assert rows(lake) == before
    assert len(list((tmp_path / "t").glob("part-b*.parquet"))) == COMPACT_MIN_FILES  # still there for open readers
    assert lake.drop_orphans(committed | {"running"}) == []
    dropped = lake.drop_orphans(committed | {"running"}, min_age=0)
    assert len(dropped) == COMPACT_MIN_FILES and rows(lake) == before


def test_a_compacted_file_compacted_again_keeps_its_retired_files_retired(tmp_path) -> None:
    lake = Lake(tmp_path)
    first = {f"a{i}" for i in range(COMPACT_MIN_FILES)}
    write_batches(lake, sorted(first))
    [merged] = lake.compact("t", SCHEMA, first)
    copies = {f"copy{i}" for i in range(COMPACT_MIN_FILES - 1)}  # files of the merged one's size
    for name in copies:
        shutil.copy(merged, tmp_path / "t" / f"part-{name}.parquet")
    [bigger] = lake.compact("t", SCHEMA, first | copies)
    assert lake.segments("t") == [bigger]
    merged.unlink()  # the order files are deleted in must not bring retired ones back
    assert lake.segments("t") == [bigger]
    lake.drop_orphans(first | copies, min_age=0)
    assert [p.name for p in (tmp_path / "t").iterdir()] == [bigger.name]
