"""`python -m bench.run --n N`: generate an N-article corpus, build a fresh warehouse from it,
then add 100 files, change one and delete one, run once with nothing new, time the analyst
queries, write results.json and print the table of figures against the issue-6 targets.

Everything generated goes under `--root` (default `bench/corpus/`, git-ignored): the articles
in `articles/`, the warehouse in `warehouse/`. Both are wiped first, so every run is a full
build from nothing. Last come 24 hourly runs of 10 new files each, to measure what the lake
keeps after many small runs (compaction).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

import duckdb

from bench.corpus import Corpus, harvest, real_articles, write_corpus
from bench.measure import CORES, BatchTiming, peak_rss_mib, timed_batch
from bench.queries import time_queries
from bench.report import evaluate, markdown
from pipeline.language import detect_language
from pipeline import schema
from pipeline.lake import Lake, merge_groups
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
NEW_FILES = 100
HOURLY_RUNS = 24
HOURLY_FILES = 10
LANGUAGE_SAMPLE = 500
HOURS_A_YEAR = 24 * 365


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def language_figures(lake: Lake, batch_id: str, clean_wall_s: float, n: int, workers: int) -> dict:
    """langdetect alone, in this process, over the first cleaned texts of the build; its
    estimated share of the clean stage (which runs it per article on `workers` cores)."""
    texts = next(iter(lake.iter_segment("articles", batch_id, ["clean_text"], LANGUAGE_SAMPLE)), None)
    texts = texts.column("clean_text").to_pylist() if texts is not None else []
    started = time.perf_counter()
    for text in texts:
        detect_language(text)
    ms = (time.perf_counter() - started) * 1000 / max(len(texts), 1)
    return {
        "sample": len(texts),
        "ms_per_article": round(ms, 3),
        "articles_per_s_per_core": round(1000 / ms, 1) if ms else 0.0,
        "share_of_clean": round(ms * n / 1000 / workers / clean_wall_s, 3) if clean_wall_s else 0.0,
    }


def warehouse_figures(catalog: Path) -> dict:
    """What the pipeline made of the synthetic corpus, to compare with the real articles."""
    with duckdb.connect(str(catalog), read_only=True) as con:
        row = con.execute("""
            SELECT count(*), round(sum(removed_line_count) / sum(line_count), 4),
                   round(avg((published_date IS NOT NULL)::INT), 4), round(avg((language <> 'id')::INT), 4),
                   count(DISTINCT source), (SELECT count(*) FROM entities), (SELECT count(*) FROM entity_mentions),
                   (SELECT count(*) FROM entity_cooccurrence)
            FROM articles""").fetchone()
    keys = ("articles", "boilerplate_share", "published_date_share", "non_indonesian_share", "sources",
            "entities", "entity_mentions", "cooccurrence_pairs")
    return dict(zip(keys, row))


def tree_peak_bound(full: BatchTiming, peak: dict[str, float], workers: int) -> float:
    """An upper bound of the process tree's peak RSS: while the workers live (the clean and
    entities stages) the parent's peak so far plus every worker at the largest worker's peak;
    after them the parent alone (the commit, aggregates and catalog run in it)."""
    per_article = full.stages["entities"].parent_peak_rss_mib + workers * peak["children"]
    return round(max(per_article, peak["parent"]), 1)


def files_after(runs: int, run_bytes: int, sizes: list[int]) -> int:
    """Files one table has after `runs` more runs that each add a segment of `run_bytes`, under
    the lake's compaction policy (a merged file's size taken as the sum of its parts)."""
    sizes = list(sizes)
    for _ in range(runs):
        sizes.append(run_bytes)
        groups = merge_groups(sizes)
        merged = {i for group in groups for i in group}
        sizes = [size for i, size in enumerate(sizes) if i not in merged] + [sum(sizes[i] for i in g) for g in groups]
    return len(sizes)


def lake_figures(settings: Settings, hourly_runs: list[str]) -> dict:
    """Parquet files and size of the lake: live (what the catalog reads) and on disk (retired
    files wait an hour for open readers); and the live files a year of hourly runs like the
    measured ones would leave, projected from each table's live files and per-run segment size."""
    lake = Lake(settings.lake_dir)
    on_disk = list(settings.lake_dir.rglob("*.parquet"))
    live = {table: lake.segments(table) for table in schema.SEGMENTED}
    fixed = len(list(lake.aggregate_dir().glob("*.parquet"))) + 2  # the generation, files + ingest_log
    year = fixed
    for table, files in live.items():
        per_run = [f.stat().st_size for run in hourly_runs for f in lake.root.joinpath(table).glob(f"part-{run}*.parquet")]
        if per_run:
            year += files_after(HOURS_A_YEAR, sum(per_run) // len(hourly_runs), [f.stat().st_size for f in files])
        else:
            year += len(files)
    return {
        "live_parquet_files": sum(map(len, live.values())) + fixed,
        "live_segments_per_table": {table: len(files) for table, files in live.items()},
        "parquet_files_on_disk": len(on_disk),
        "mib": round(sum(f.stat().st_size for f in on_disk) / 2**20, 1),
        "catalog_mib": round(settings.catalog_path.stat().st_size / 2**20, 1),
        "files_after_a_year": year,
    }


def hourly(corpus: Corpus, folder: Path, settings: Settings, start: int) -> tuple[list[str], list[float]]:
    """HOURLY_RUNS runs of HOURLY_FILES new files each, as a scheduled re-ingestion makes:
    their ids and wall times (compaction happens along the way)."""
    runs, walls = [], []
    for hour in range(HOURLY_RUNS):
        write_corpus(corpus, folder, HOURLY_FILES, start=start + hour * HOURLY_FILES)
        runs.append(f"bench-hour-{hour:02d}")
        walls.append(timed_batch(settings, runs[-1], log).wall_s)
    return runs, walls


def change_and_delete(corpus: Corpus, folder: Path) -> None:
    """Article 0 gains a paragraph; article 1 disappears."""
    changed, _ = corpus.article(0)
    path = folder / changed
    path.write_text(path.read_text(encoding="utf-8") + corpus.pools.sentences["id"][0] + "\n", encoding="utf-8")
    deleted, _ = corpus.article(1)
    (folder / deleted).unlink()


def run(n: int, seed: int, root: Path, workers: int, repeats: int) -> dict:
    """The whole benchmark; returns the results dictionary."""
    load_start = os.getloadavg()
    articles, warehouse = root / "articles", root / "warehouse"
    for folder in (articles, warehouse):
        shutil.rmtree(folder, ignore_errors=True)
    settings = Settings(seeds_dir=articles, warehouse_dir=warehouse, workers=workers)

    started = time.perf_counter()
    pools = harvest(real_articles(ROOT))
    corpus = Corpus(pools, seed)
    written = write_corpus(corpus, articles, n)
    generated_s = time.perf_counter() - started
    log(f"corpus: {n} files, {written['bytes'] / 2**20:.1f} MiB in {generated_s:.1f} s under {articles}")

    full = timed_batch(settings, "bench-full", log)
    peak = peak_rss_mib()
    log(f"full build: {full.wall_s:.1f} s")
    language = language_figures(Lake(settings.lake_dir), "bench-full", full.stages["clean"].wall_s, n, workers)

    write_corpus(corpus, articles, NEW_FILES, start=n)
    new = timed_batch(settings, "bench-new-100", log)
    change_and_delete(corpus, articles)
    changed = timed_batch(settings, "bench-change-delete", log)
    noop = timed_batch(settings, "bench-noop", log)
    log("incremental runs done; timing queries")
    entity, queries = time_queries(settings.catalog_path, repeats)
    made = warehouse_figures(settings.catalog_path)
    log(f"{HOURLY_RUNS} hourly runs of {HOURLY_FILES} new files")
    hours, hour_walls = hourly(corpus, articles, settings, n + NEW_FILES)

    return {
        "command": f"python -m bench.run --n {n} --seed {seed} --workers {workers} --repeats {repeats}",
        "n": n,
        "seed": seed,
        "workers": workers,
        "cores": CORES,
        "load_average": {"start": [round(x, 2) for x in load_start], "end": [round(x, 2) for x in os.getloadavg()]},
        "corpus": {
            "files": n, "mib": round(written["bytes"] / 2**20, 1), "mean_bytes": written["bytes"] // n,
            "sources": len(corpus.sources), "generate_s": round(generated_s, 2),
            "real_boilerplate_share": pools.boilerplate_share,
            "warehouse": made,
        },
        "full_build": {**full.figures(), "peak_rss_mib": {**peak, "tree_upper_bound": tree_peak_bound(full, peak, workers)}},
        "language": language,
        "incremental": {
            "new_100": {**new.figures(), "ratio_to_full": round(new.wall_s / full.wall_s, 4)},
            "changed_1_deleted_1": {**changed.figures(), "ratio_to_full": round(changed.wall_s / full.wall_s, 4)},
            "noop": noop.figures(),
        },
        "queries_entity": entity,
        "queries": queries,
        "hourly": {"runs": HOURLY_RUNS, "files_each": HOURLY_FILES, "median_wall_s": round(statistics.median(hour_walls), 3),
                   "max_wall_s": round(max(hour_walls), 3)},
        "lake": lake_figures(settings, hours),
        "peak_rss_mib_all_runs": peak_rss_mib(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles in the corpus (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--root", type=Path, default=ROOT / "bench" / "corpus", help="folder for articles and warehouse")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--workers", type=int, default=CORES, help="processes for the per-article stages (default: cores)")
    parser.add_argument("--repeats", type=int, default=7, help="runs of each query; the median is reported")
    args = parser.parse_args(argv)
    results = run(args.n, args.seed, args.root.resolve(), args.workers, args.repeats)
    results["targets"] = evaluate(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(markdown(results))
    log(f"results: {args.out}")


if __name__ == "__main__":
    main()
