"""The targets of issue 6 and the Markdown table that sets each measured figure beside its
target. Pure functions of the results dictionary that `bench.run` writes to results.json."""

from __future__ import annotations

import operator
from typing import Callable

MIB_LIMIT = 1.5 * 1024

Target = tuple[str, Callable[[dict], float], Callable[[float, float], bool], float, str]
"""(figure, value from results, comparison, limit, unit)."""

TARGETS: tuple[Target, ...] = (
    ("full build, end to end", lambda r: r["full_build"]["articles_per_s"], operator.ge, 400, "articles/s"),
    ("incremental: 100 new files", lambda r: r["incremental"]["new_100"]["wall_s"], operator.le, 10, "s"),
    ("incremental: 100 new, share of full build", lambda r: 100 * r["incremental"]["new_100"]["ratio_to_full"],
     operator.le, 3, "%"),
    ("no-op run", lambda r: r["incremental"]["noop"]["wall_s"], operator.le, 3, "s"),
    ("lake: live Parquet files after a year of hourly runs (projected from the measured runs)",
     lambda r: r["lake"]["files_after_a_year"], operator.lt, 1000, "files"),
    ("peak RSS of the process tree (upper bound)", lambda r: r["full_build"]["peak_rss_mib"]["tree_upper_bound"],
     operator.le, MIB_LIMIT, "MiB"),
)
QUERY_LIMIT_MS = 200


def evaluate(results: dict) -> list[dict]:
    """Every target with its measured value and whether it is met."""
    rows = [
        {"figure": figure, "value": round(value(results), 3), "target": limit, "unit": unit,
         "comparison": {operator.ge: "≥", operator.le: "≤", operator.lt: "<"}[compare],
         "met": compare(value(results), limit)}
        for figure, value, compare, limit, unit in TARGETS
    ]
    rows += [
        {"figure": f"query: {name}", "value": q["median_ms"], "target": QUERY_LIMIT_MS, "unit": "ms",
         "comparison": "≤", "met": q["median_ms"] <= QUERY_LIMIT_MS}
        for name, q in results["queries"].items()
    ]
    return rows


def _stage_rows(build: dict) -> list[str]:
    return [
        f"| full build stage: {name} | {s['wall_s']:.2f} s, {s['articles_per_s']:,.0f} articles/s, "
        f"CPU {100 * s['cpu_util']:.0f}% | | |"
        for name, s in build["stages"].items()
    ]


def markdown(results: dict) -> str:
    """The table printed at the end of a benchmark and pasted into docs/benchmarks.md."""
    full, inc, lang = results["full_build"], results["incremental"], results["language"]
    rss = full["peak_rss_mib"]
    lines = [
        f"N = {results['n']:,} articles ({results['corpus']['mean_bytes']:,} bytes on average, "
        f"{results['corpus']['sources']} sources), {results['workers']} workers on {results['cores']} cores; "
        f"load average {results['load_average']['start']} at start, {results['load_average']['end']} at end.",
        "",
        "| figure | measured | target | |",
        "|---|---|---|---|",
        f"| full build, wall time | {full['wall_s']:.1f} s | | |",
        f"| full build, CPU utilisation | {100 * full['cpu_util']:.0f}% of {results['cores']} cores | | |",
        f"| full build, CPU time | {full['cpu_s']:.1f} s: {full['articles_per_s_if_all_cores']:,.0f} articles/s "
        f"if every core were ours | | |",
        *_stage_rows(full),
        f"| language (langdetect, sampled {lang['sample']} articles, 1 core) | {lang['ms_per_article']:.2f} ms/article, "
        f"{lang['articles_per_s_per_core']:,.0f} articles/s per core; {100 * lang['share_of_clean']:.0f}% of the clean stage | | |",
        f"| peak RSS: parent / largest worker | {rss['parent']:,.0f} MiB / {rss['children']:,.0f} MiB | | |",
        f"| incremental: 1 changed + 1 deleted | {inc['changed_1_deleted_1']['wall_s']:.2f} s | | |",
        f"| {results['hourly']['runs']} hourly runs of {results['hourly']['files_each']} new files | "
        f"median {results['hourly']['median_wall_s']:.2f} s, max {results['hourly']['max_wall_s']:.2f} s | | |",
        f"| lake after all runs | {results['lake']['live_parquet_files']} live Parquet files "
        f"({results['lake']['parquet_files_on_disk']} on disk until retired ones pass their hour), "
        f"{results['lake']['mib']:,.1f} MiB; catalog {results['lake']['catalog_mib']:,.1f} MiB | | |",
    ]
    for row in evaluate(results):
        status = "met" if row["met"] else "**not met**"
        lines.append(f"| {row['figure']} | {row['value']:,} {row['unit']} | {row['comparison']} {row['target']:,} "
                     f"{row['unit']} | {status} |")
    return "\n".join(lines)
