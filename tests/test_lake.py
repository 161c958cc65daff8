import pyarrow as pa
import pytest

from pipeline.lake import Lake, write_table

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


def test_drop_segments_keeps_committed_batches(tmp_path) -> None:
    lake = Lake(tmp_path)
    for batch in ("kept", "orphan"):
        with lake.writer("t", batch, SCHEMA) as w:
            w.write([{"doc_id": batch, "n": 1}])
    dropped = lake.drop_segments({"kept"})
    assert [p.name for p in dropped] == ["part-orphan.parquet"]
    assert [p.name for p in lake.segments("t")] == ["part-kept.parquet"]


def test_read_missing_table_is_empty_with_schema(tmp_path) -> None:
    table = Lake(tmp_path).read(tmp_path / "absent.parquet", SCHEMA)
    assert table.num_rows == 0 and table.schema == SCHEMA
    write_table(pa.table({"doc_id": ["x"], "n": [1]}, schema=SCHEMA), tmp_path / "absent.parquet")
    assert Lake(tmp_path).read(tmp_path / "absent.parquet", SCHEMA).num_rows == 1
