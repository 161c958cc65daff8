"""One incremental batch through the stages, as library functions the Dagster assets call.

  stage()   scan the seeds folder, diff it against the manifest, read and decode only the new
            and changed files into the batch's `raw_files` segment, and stage the scan plan
  clean()   raw text -> `articles` + `removed_lines` segments (boilerplate, metadata, language)
  extract() clean text -> `entity_mentions` + `dates` segments (NER, linking, dates)
  commit()  the new `files` manifest and an `ingest_log` row: the batch becomes current

Nothing a batch writes is visible before `commit()` renames the new manifest into place, so a
run killed at any point leaves the previous warehouse intact, and the next run redoes the
same work (the crashed run's segments are dropped as orphans).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import PIPELINE_VERSION, schema
from pipeline.aggregate import build_aggregates
from pipeline.clean import clean_article
from pipeline.dates import find_dates, published_date
from pipeline.ingest import classify, read_article, scan
from pipeline.language import detect_language
from pipeline.catalog import build_catalog, lake_connection
from pipeline.lake import Lake, write_json, write_table
from pipeline.line_stats import UNKNOWN_SOURCE, article_keys, frequent_and_affected
from pipeline.linking import link_mentions
from pipeline.ner import extract_mentions
from pipeline.parallel import map_chunks
from pipeline.settings import Settings

Log = Callable[[str], None]
CHUNK = 200
"""Articles per task sent to a worker: large enough to amortise pickling, small enough to
keep both cores busy to the end."""


def _chunk_size(total: int, workers: int) -> int:
    """CHUNK, or fewer so that a small batch (an hourly run's hundred articles) still gives
    every worker a share."""
    return max(1, min(CHUNK, -(-total // max(workers, 1))))

STAGED_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("path", pa.string()),
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("sha256", pa.string()),
        ("change", pa.string()),
        ("reason", pa.string()),
    ]
)
WARM_UP = "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta."
FAILED_SCHEMA = pa.schema([("doc_id", pa.string()), ("reason", pa.string())])
CHANGES = ("new", "changed", "deleted", "unchanged", "quarantined", "unstable", "recleaned")


@dataclass(frozen=True)
class Batch:
    batch_id: str
    started_at: datetime
    version: str
    counts: dict[str, int]

    @property
    def is_noop(self) -> bool:
        return not any(self.counts[k] for k in ("new", "changed", "deleted", "quarantined", "touched", "recleaned"))


def _quiet(_: str) -> None:
    pass


def _batch_path(lake: Lake, batch_id: str) -> Path:
    return lake.staging(batch_id) / "batch.json"


def _save(lake: Lake, batch: Batch) -> None:
    """Stage the batch for the next assets, which run as separate steps (and may be retried)."""
    write_json({**asdict(batch), "started_at": batch.started_at.isoformat()}, _batch_path(lake, batch.batch_id))


def staged_batch(lake: Lake, batch_id: str) -> Batch | None:
    """The batch `stage()` staged under this id and not yet committed, if any."""
    path = _batch_path(lake, batch_id)
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    return Batch(data["batch_id"], datetime.fromisoformat(data["started_at"]), data["version"], data["counts"])


def stage(lake: Lake, seeds_dir: Path, batch_id: str, *, reprocess_all: bool = False, log: Log = _quiet) -> Batch:
    """Scan and diff; read only new or changed files into the batch's `raw_files` segment."""
    started_at = datetime.now(timezone.utc)
    lake.clear_staging(batch_id)
    scanned = scan(seeds_dir)
    plan = classify(scanned, lake.read(lake.files_path, schema.FILES), PIPELINE_VERSION, reprocess_all)
    log(f"scan: {scanned.num_rows} files in {seeds_dir}")
    # Unchanged and deleted files are settled by the diff, in Arrow; only the rest is read.
    to_read = pc.is_in(plan["change"], pa.array(["new", "maybe_changed"]))
    settled = plan.filter(pc.invert(to_read))
    counts = dict.fromkeys((*CHANGES, "touched"), 0)
    settled_counts = pc.value_counts(settled["change"])
    counts.update(zip(settled_counts.field("values").to_pylist(), settled_counts.field("counts").to_pylist()))
    staged = [pa.table({
        "doc_id": settled["doc_id"], "path": settled["path"], "size": settled["size"], "mtime_ns": settled["mtime_ns"],
        "sha256": settled["old_sha256"], "change": settled["change"], "reason": pa.nulls(settled.num_rows, pa.string()),
    }, schema=STAGED_SCHEMA)]
    read: list[dict] = []
    buffer: list[dict] = []
    with lake.writer("raw_files", batch_id, schema.RAW_FILES) as raw:
        for row in plan.filter(to_read).to_pylist():
            change, reason = row["change"], None
            result = read_article(seeds_dir / row["path"], row["size"], row["mtime_ns"], row["problem"])
            if result.unstable:
                change = "unstable"
            elif change == "maybe_changed":
                same = result.sha256 == row["old_sha256"] and row["old_version"] == PIPELINE_VERSION and not reprocess_all
                change = "unchanged" if same else "changed"
                counts["touched"] += same
            if change in ("new", "changed") and result.refused:
                change, reason = "quarantined", result.refused
            elif change in ("new", "changed"):
                buffer.append(
                    {"doc_id": row["doc_id"], "path": row["path"], "sha256": result.sha256, "size": result.size,
                     "encoding": result.decoded.encoding, "text": result.decoded.text, "batch_id": batch_id}
                )
                if len(buffer) >= CHUNK:
                    raw.write(buffer)
                    buffer = []
            counts[change] += 1
            read.append({"doc_id": row["doc_id"], "path": row["path"], "size": result.size,
                         "mtime_ns": result.mtime_ns, "sha256": result.sha256, "change": change, "reason": reason})
        raw.write(buffer)
    staged.append(pa.Table.from_pylist(read, schema=STAGED_SCHEMA))
    write_table(pa.concat_tables(staged).sort_by("path"), lake.staging(batch_id) / "plan.parquet")
    batch = Batch(batch_id, started_at, PIPELINE_VERSION, counts)
    _save(lake, batch)
    log("files: " + ", ".join(f"{counts[k]} {k}" for k in CHANGES))
    return batch


def _progress(log: Log, stage_name: str, total: int, every: float = 5.0) -> Callable[[int, float], None]:
    """Log done/total, rate and ETA at most every `every` seconds, and at the end."""
    last = [0.0]

    def report(done: int, elapsed: float) -> None:
        if done < total and elapsed - last[0] < every:
            return
        last[0] = elapsed
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (total - done) / rate if rate else 0.0
        log(f"{stage_name}: {done}/{total} articles, {rate:,.0f}/s, ETA {eta:,.0f} s")

    return report


def _fail(failed: list[dict], doc_id: str, stage_name: str, err: Exception) -> None:
    failed.append({"doc_id": doc_id, "reason": f"{stage_name} failed: {type(err).__name__}: {err}"})


def keys_chunk(rows: list[dict]) -> list[dict]:
    """Line keys of a chunk of raw articles, under the source the cleaner finds (in a worker)."""
    out = []
    for row in rows:
        try:
            source, keys, signature = article_keys(row["text"])
        except Exception:  # the cleaning pass meets the same error and quarantines the article
            continue
        out.extend({"doc_id": row["doc_id"], "source": source, "key": key, "signature": signature} for key in keys)
    return out


def clean_chunk(item: tuple[list[dict], dict[str, frozenset[str]]]) -> tuple[list[dict], list[dict], list[dict]]:
    """Clean, date and language-tag a chunk of raw articles (runs in a worker process). The
    chunk comes with the frequent lines of the sources its articles belong to."""
    rows, frequent = item
    articles, removed, failed = [], [], []
    for row in rows:
        try:
            cleaned = clean_article(row["text"], frequent.get(row["source"], frozenset()))
            language, language_prob = detect_language(cleaned.clean_text)
            articles.append(
                {
                    "doc_id": row["doc_id"], "path": row["path"], "sha256": row["sha256"],
                    "source": cleaned.source, "title": cleaned.title, "dateline": cleaned.dateline,
                    "published_date": published_date(cleaned.clean_text, row["text"]),
                    "language": language, "language_prob": language_prob,
                    "clean_text": cleaned.clean_text,
                    "word_count": len(cleaned.clean_text.split()),
                    "line_count": sum(1 for line in row["text"].split("\n") if line.strip()),
                    "removed_line_count": len(cleaned.removed),
                }
            )
            removed.extend(
                {"doc_id": row["doc_id"], "line_no": r.line_no, "text": r.text,
                 "reason": r.reason, "category": r.reason.split(".", 1)[0]}
                for r in cleaned.removed
            )
        except Exception as err:  # one bad article must not sink the batch: it is quarantined
            _fail(failed, row["doc_id"], "cleaning", err)
    return articles, removed, failed


def clean(lake: Lake, batch: Batch, workers: int, log: Log = _quiet) -> dict[str, int]:
    """raw_files -> line_keys, then articles + removed_lines. Two passes: the first counts
    repeated lines (`pipeline.line_stats`), the second cleans with the lines found frequent,
    including unchanged articles whose source's frequent lines just changed."""
    if batch.is_noop:
        return {"articles": 0, "removed_lines": 0, "recleaned": 0, "failed": 0}
    detect_language(clean_article(WARM_UP).clean_text)  # as in extract(): fail loudly, load once
    columns = ["doc_id", "path", "sha256", "text"]

    def raw_chunks() -> Iterator[list[dict]]:
        size = _chunk_size(lake.batch_rows("raw_files", batch.batch_id), workers)
        return (rb.to_pylist() for rb in lake.iter_segment("raw_files", batch.batch_id, columns, size))

    total = lake.batch_rows("raw_files", batch.batch_id)
    with lake.writer("line_keys", batch.batch_id, schema.LINE_KEYS) as keys:
        for rows in map_chunks(keys_chunk, raw_chunks(), workers, _progress(log, "line keys", total)):
            keys.write([{**r, "batch_id": batch.batch_id} for r in rows])
    frequent, recleaned = _frequent_lines(lake, batch)
    if recleaned:
        log(f"line statistics: {len(recleaned)} unchanged article(s) to clean again")
        total = lake.batch_rows("raw_files", batch.batch_id)
    sources = _batch_sources(lake, batch)

    def chunks() -> Iterator[tuple[list[dict], dict[str, frozenset[str]]]]:
        for rows in raw_chunks():
            for row in rows:
                row["source"] = sources.get(row["doc_id"], UNKNOWN_SOURCE)
            wanted = {row["source"] for row in rows}
            yield rows, {s: keys for s, keys in frequent.items() if s in wanted}

    failed: list[dict] = []
    extra = {"batch_id": batch.batch_id, "ingested_at": batch.started_at}
    with lake.writer("articles", batch.batch_id, schema.ARTICLES) as articles, \
            lake.writer("removed_lines", batch.batch_id, schema.REMOVED_LINES) as removed:
        for arts, rems, fails in map_chunks(clean_chunk, chunks(), workers, _progress(log, "clean", total),
                                           size=lambda item: len(item[0])):
            articles.write([{**a, **extra} for a in arts])
            removed.write([{**r, "batch_id": batch.batch_id} for r in rems])
            failed.extend(fails)
    write_json(failed, lake.staging(batch.batch_id) / "failed-clean.json")
    return {"articles": articles.rows, "removed_lines": removed.rows, "recleaned": len(recleaned),
            "failed": len(failed)}


def _frequent_lines(lake: Lake, batch: Batch) -> tuple[dict[str, frozenset[str]], list[str]]:
    """Frequent lines per source after this batch; unchanged articles they affect join the
    batch: their raw text and line keys are carried into it, the plan marks them recleaned."""
    plan_path = lake.staging(batch.batch_id) / "plan.parquet"
    con = lake_connection(lake)
    con.register("plan", pq.read_table(plan_path))
    keys_files = [str(p) for p in lake.batch_files("line_keys", batch.batch_id)]
    if keys_files:
        con.read_parquet(keys_files).create_view("batch_keys")
    else:
        con.execute("CREATE TEMP TABLE batch_keys AS SELECT * FROM line_keys LIMIT 0")
    frequent, affected = frequent_and_affected(con)
    if affected:
        con.register("affected", pa.table({"doc_id": affected}))
        for table in ("raw_files", "line_keys"):
            rows = con.execute(
                f"SELECT * REPLACE ($b AS batch_id) FROM {table} SEMI JOIN affected USING (doc_id)",
                {"b": batch.batch_id},
            ).to_arrow_table()
            write_table(rows.cast(schema.SEGMENTED[table]), lake.root / table / f"part-{batch.batch_id}+recleaned.parquet")
        plan = con.execute(
            "SELECT * REPLACE (CASE WHEN doc_id IN (SELECT doc_id FROM affected) THEN 'recleaned' "
            "ELSE change END AS change) FROM plan"
        ).to_arrow_table()
        write_table(plan.cast(STAGED_SCHEMA), plan_path)
        _update_counts(lake, batch, recleaned=len(affected))
    return frequent, affected


def _batch_sources(lake: Lake, batch: Batch) -> dict[str, str]:
    """doc_id -> the source its line keys were counted under, for this batch's articles."""
    files = [str(p) for p in lake.batch_files("line_keys", batch.batch_id)]
    if not files:
        return {}
    rows = duckdb.sql("SELECT DISTINCT doc_id, source FROM read_parquet($f)", params={"f": files}).fetchall()
    return dict(rows)


def _update_counts(lake: Lake, batch: Batch, **changes: int) -> None:
    batch.counts.update(changes)
    _save(lake, batch)


def extract_chunk(rows: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """Entity mentions (NER + linking) and dates of a chunk of clean texts (in a worker)."""
    mentions, dates, failed = [], [], []
    for row in rows:
        doc_id, text = row["doc_id"], row["clean_text"]
        try:
            mentions.extend(
                {"doc_id": doc_id, "entity_id": m.entity_id, "entity_type": m.label, "surface": m.surface,
                 "start_char": m.start, "end_char": m.end, "name": m.name}
                for m in link_mentions(extract_mentions(text), text)
            )
            dates.extend(
                {"doc_id": doc_id, "surface": d.text, "start_char": d.start, "end_char": d.end, "date": d.date}
                for d in find_dates(text)
            )
        except Exception as err:  # quarantined, not fatal
            _fail(failed, doc_id, "extraction", err)
    return mentions, dates, failed


def extract(lake: Lake, batch: Batch, workers: int, log: Log = _quiet) -> dict[str, int]:
    """articles segment -> entity_mentions + dates segments."""
    total = lake.batch_rows("articles", batch.batch_id)
    if not total:
        return {"entity_mentions": 0, "dates": 0, "failed": 0}
    # Load the model here, outside the per-article guard: a missing or broken model must fail
    # the run loudly, not quarantine every article; forked workers then inherit it loaded.
    link_mentions(extract_mentions(WARM_UP), WARM_UP)
    size = _chunk_size(total, workers)
    chunks = (rb.to_pylist() for rb in lake.iter_segment("articles", batch.batch_id, ["doc_id", "clean_text"], size))
    failed: list[dict] = []
    with lake.writer("entity_mentions", batch.batch_id, schema.ENTITY_MENTIONS) as mentions, \
            lake.writer("dates", batch.batch_id, schema.DATES) as dates:
        for ments, dats, fails in map_chunks(extract_chunk, chunks, workers, _progress(log, "extract", total)):
            mentions.write([{**m, "batch_id": batch.batch_id} for m in ments])
            dates.write([{**d, "batch_id": batch.batch_id} for d in dats])
            failed.extend(fails)
    write_json(failed, lake.staging(batch.batch_id) / "failed-extract.json")
    return {"entity_mentions": mentions.rows, "dates": dates.rows, "failed": len(failed)}


MANIFEST_SQL = """
WITH s AS (
    SELECT p.* REPLACE (
        CASE WHEN f.reason IS NOT NULL THEN 'quarantined' ELSE p.change END AS change,
        coalesce(f.reason, p.reason) AS reason)
    FROM plan p LEFT JOIN failed f USING (doc_id)
), j AS (
    -- `seen`: this batch read the file, or saw it unchanged from the manifest as it is now
    -- (a run that committed meanwhile wins over this batch's stale view of the file).
    SELECT s.change, s.reason AS s_reason, m.*,
           s.doc_id AS s_doc_id, s.path AS s_path, s.sha256 AS s_sha256, s.size AS s_size, s.mtime_ns AS s_mtime_ns,
           -- a re-cleaned copy applies only to the version it was copied from
           s.change IN ('new', 'changed', 'quarantined')
             OR (s.change = 'recleaned' AND s.sha256 IS NOT DISTINCT FROM m.sha256) AS processed,
           s.change IN ('new', 'changed', 'quarantined')
             OR (s.change IN ('recleaned', 'unchanged') AND s.sha256 IS NOT DISTINCT FROM m.sha256) AS seen
    FROM s FULL JOIN manifest m ON s.doc_id = m.doc_id
)
SELECT
    coalesce(s_doc_id, doc_id) AS doc_id,
    CASE WHEN seen THEN s_path ELSE path END AS path,
    CASE WHEN seen THEN s_sha256 ELSE sha256 END AS sha256,
    CASE WHEN seen THEN s_size ELSE size END AS size,
    CASE WHEN seen THEN s_mtime_ns ELSE mtime_ns END AS mtime_ns,
    CASE WHEN change IN ('new', 'changed') THEN 'active' WHEN change = 'quarantined' THEN 'quarantined'
         WHEN change = 'deleted' THEN 'deleted' ELSE status END AS status,
    CASE WHEN processed THEN s_reason ELSE reason END AS reason,
    coalesce(first_seen, $started_at) AS first_seen,
    CASE WHEN seen THEN $started_at ELSE last_seen END AS last_seen,
    CASE WHEN processed THEN $version ELSE pipeline_version END AS pipeline_version,
    CASE WHEN processed THEN $batch_id ELSE batch_id END AS batch_id
FROM j
WHERE doc_id IS NOT NULL OR change <> 'unstable'
ORDER BY 1
"""


def commit(lake: Lake, batch: Batch, log: Log = _quiet) -> dict:
    """Make the batch current: merge its plan into the manifest as it is *now* (another run may
    have committed since this one scanned), append to the ingest log, drop leftovers of crashed
    runs. Under the lake lock; a no-op batch leaves the manifest untouched."""
    staging = lake.staging(batch.batch_id)
    failed_extract = _read_json(staging / "failed-extract.json")
    failed = _read_json(staging / "failed-clean.json") + failed_extract
    counts = dict(batch.counts)
    counts["quarantined"] += len(failed)
    with lake.lock():
        manifest = lake.read(lake.files_path, schema.FILES)
        if not batch.is_noop or failed:
            con = duckdb.connect()
            con.register("plan", pq.read_table(staging / "plan.parquet"))
            con.register("manifest", manifest)
            con.register("failed", pa.Table.from_pylist(failed, schema=FAILED_SCHEMA))
            params = {"started_at": batch.started_at, "version": batch.version, "batch_id": batch.batch_id}
            manifest = con.sql(MANIFEST_SQL, params=params).to_arrow_table().cast(schema.FILES)
            write_table(lake.with_committed(manifest, batch.batch_id), lake.files_path)
        entry = {
            "run_id": batch.batch_id, "started_at": batch.started_at, "committed_at": datetime.now(timezone.utc),
            "files_new": counts["new"], "files_changed": counts["changed"], "files_deleted": counts["deleted"],
            "files_unchanged": counts["unchanged"], "files_quarantined": counts["quarantined"],
            "articles_processed": lake.batch_rows("articles", batch.batch_id) - len(failed_extract),
            "articles_recleaned": counts["recleaned"],
        }
        log_table = lake.read(lake.ingest_log_path, schema.INGEST_LOG)
        new_log = pa.concat_tables([log_table, pa.Table.from_pylist([entry], schema=schema.INGEST_LOG)])
        write_table(new_log, lake.ingest_log_path)
        lake.clear_staging(batch.batch_id)
        keep = lake.committed()
        compacted = [path for table, table_schema in schema.SEGMENTED.items()
                     for path in lake.compact(table, table_schema, keep)]
        dropped = lake.drop_orphans(keep)
    if compacted:
        log(f"compacted small segments into {len(compacted)} file(s)")
    if dropped:
        log(f"dropped {len(dropped)} leftover(s) of crashed runs or compaction")
    return entry


def _read_json(path: Path) -> list:
    return json.loads(path.read_text()) if path.exists() else []


def run_batch(settings: Settings, batch_id: str, *, reprocess_all: bool = False, log: Log = _quiet) -> dict:
    """Every stage in order, without Dagster: the library entry point (tests, benchmarks)."""
    lake = Lake(settings.lake_dir)
    batch = stage(lake, settings.seeds_dir, batch_id, reprocess_all=reprocess_all, log=log)
    clean(lake, batch, settings.workers, log)
    extract(lake, batch, settings.workers, log)
    entry = commit(lake, batch, log)
    build_aggregates(lake)
    build_catalog(lake, settings.catalog_path)
    return entry
