"""The benchmark harness end to end at a tiny N: results.json has every figure, with sane
values (no timing thresholds: those are the benchmark's job, not the test's)."""

import json

import pytest

from bench.corpus import Corpus, harvest, real_articles
from bench.queries import QUERIES
from bench.report import TARGETS, markdown
from bench.run import HOURS_A_YEAR, ROOT, files_after, main
from pipeline.lake import COMPACT_MIN_FILES

N = 60
STAGES = {"raw", "clean", "entities", "commit", "aggregates", "catalog"}


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("bench")
    main(["--n", str(N), "--root", str(root), "--out", str(root / "results.json"), "--workers", "1", "--repeats", "5"])
    return json.loads((root / "results.json").read_text())


def test_corpus_is_deterministic_and_shaped_like_news() -> None:
    pools = harvest(real_articles(ROOT))
    first, again, other = Corpus(pools, 0), Corpus(pools, 0), Corpus(pools, 1)
    assert [first.article(i) for i in range(20)] == [again.article(i) for i in range(20)]
    assert first.article(0) != other.article(0)
    assert len(first.sources) == 300 and len({s.domain for s in first.sources}) == 300
    path, text = first.article(7)
    assert path.count("/") == 2 and path.endswith("0000007.txt")
    assert 10 <= len(text.splitlines()) <= 80


def test_full_build_figures(results) -> None:
    full = results["full_build"]
    assert full["articles_processed"] == N and full["files"]["new"] == N
    assert set(full["stages"]) == STAGES
    assert all(s["wall_s"] > 0 and s["articles_per_s"] > 0 for s in full["stages"].values())
    assert full["wall_s"] > 0 and 0 < full["cpu_util"] <= 1.05
    assert full["peak_rss_mib"]["parent"] > 50
    rounding = 0.2  # each figure is rounded to 0.1 MiB
    assert full["peak_rss_mib"]["tree_upper_bound"] + rounding >= max(
        full["peak_rss_mib"]["parent"], full["stages"]["entities"]["parent_peak_rss_mib"] + full["peak_rss_mib"]["children"])
    assert results["language"]["sample"] == N and results["language"]["ms_per_article"] > 0


def test_incremental_figures(results) -> None:
    inc = results["incremental"]
    assert inc["new_100"]["files"]["new"] == 100 and inc["new_100"]["articles_processed"] >= 100
    changed = inc["changed_1_deleted_1"]["files"]
    assert (changed["changed"], changed["deleted"], changed["new"]) == (1, 1, 0)
    assert inc["noop"]["articles_processed"] == 0 and inc["noop"]["files"]["unchanged"] == N + 99
    assert all(run["wall_s"] > 0 for run in inc.values())
    assert 0 < inc["new_100"]["ratio_to_full"]


def test_warehouse_and_queries(results) -> None:
    made = results["corpus"]["warehouse"]
    assert made["articles"] == N + 99 and made["entity_mentions"] > 0 and made["sources"] > 1
    assert 0 < made["boilerplate_share"] < 1 and made["published_date_share"] > 0.5
    assert set(results["queries"]) == set(QUERIES) and len(QUERIES) >= 5
    assert all(q["median_ms"] > 0 and q["repeats"] >= 5 for q in results["queries"].values())
    assert results["queries"]["daily_mentions_of_entity"]["rows"] > 0
    assert results["lake"]["live_parquet_files"] <= results["lake"]["parquet_files_on_disk"]
    assert 0 < results["lake"]["files_after_a_year"] and set(results["lake"]["live_segments_per_table"]) >= {"articles"}
    assert results["hourly"]["runs"] > 0 and 0 < results["hourly"]["median_wall_s"] <= results["hourly"]["max_wall_s"]


def test_every_target_reported(results) -> None:
    assert len(results["targets"]) == len(TARGETS) + len(QUERIES)
    assert all(isinstance(t["met"], bool) and t["value"] >= 0 for t in results["targets"])
    table = markdown(results)
    assert all(t["figure"] in table for t in results["targets"])


def test_compaction_keeps_a_year_of_hourly_runs_to_a_few_files() -> None:
    assert files_after(COMPACT_MIN_FILES - 1, 10_000, []) == COMPACT_MIN_FILES - 1
    assert files_after(COMPACT_MIN_FILES, 10_000, []) == 1
    assert files_after(HOURS_A_YEAR, 10_000, [50 * 2**20]) < 40
