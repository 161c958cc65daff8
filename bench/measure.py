"""Timing one batch stage by stage: wall time, CPU time of this process and its workers, and
peak memory, all from `resource.getrusage` (no sampling thread to perturb the run).

The batch is run through the same library functions as `pipeline.batch.run_batch`, one stage
at a time, so every figure is the pipeline's own code path.
"""

from __future__ import annotations

import os
import resource
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterator

from pipeline.aggregate import build_aggregates
from pipeline.batch import clean, commit, extract, stage
from pipeline.catalog import build_catalog
from pipeline.lake import Lake
from pipeline.settings import Settings

CORES = os.cpu_count() or 1


def cpu_seconds() -> float:
    """User + system time of this process and of its finished, waited-for workers (a
    process pool's workers are waited for when the pool closes at the end of each stage)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def peak_rss_mib() -> dict[str, float]:
    """Peak resident set of this process and of its largest finished worker (ru_maxrss, KiB)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"parent": round(own.ru_maxrss / 1024, 1), "children": round(kids.ru_maxrss / 1024, 1)}


@dataclass
class Span:
    wall_s: float = 0.0
    cpu_s: float = 0.0
    parent_peak_rss_mib: float = 0.0
    """This process's peak RSS so far, read when the span ends: the first stage whose value
    jumps is the one that raised the peak."""

    @property
    def cpu_util(self) -> float:
        """CPU time over wall time and cores: 1.0 is every core busy throughout."""
        return round(self.cpu_s / self.wall_s / CORES, 3) if self.wall_s else 0.0


@contextmanager
def span() -> Iterator[Span]:
    out = Span()
    wall, cpu = time.perf_counter(), cpu_seconds()
    yield out
    out.wall_s, out.cpu_s = time.perf_counter() - wall, cpu_seconds() - cpu
    out.parent_peak_rss_mib = peak_rss_mib()["parent"]


@dataclass
class BatchTiming:
    entry: dict
    stages: dict[str, Span] = field(default_factory=dict)

    @property
    def wall_s(self) -> float:
        return sum(s.wall_s for s in self.stages.values())

    @property
    def cpu_util(self) -> float:
        return Span(self.wall_s, sum(s.cpu_s for s in self.stages.values())).cpu_util

    def figures(self) -> dict:
        """JSON-ready: totals, the ingest_log counts and each stage's wall, rate and CPU use."""
        processed = self.entry["articles_processed"]
        cpu_s = sum(s.cpu_s for s in self.stages.values())
        return {
            "wall_s": round(self.wall_s, 3),
            "articles_processed": processed,
            "articles_per_s": round(processed / self.wall_s, 1) if self.wall_s else 0.0,
            "cpu_s": round(cpu_s, 3),
            # What the same work would take with every core to itself: the machine is shared.
            "articles_per_s_if_all_cores": round(processed / cpu_s * CORES, 1) if cpu_s else 0.0,
            "cpu_util": self.cpu_util,
            "files": {k.removeprefix("files_"): v for k, v in self.entry.items() if k.startswith("files_")},
            "stages": {
                name: {"wall_s": round(s.wall_s, 3), "cpu_s": round(s.cpu_s, 3), "cpu_util": s.cpu_util,
                       "parent_peak_rss_mib": s.parent_peak_rss_mib,
                       "articles_per_s": round(processed / s.wall_s, 1) if s.wall_s else 0.0}
                for name, s in self.stages.items()
            },
        }


def timed_batch(settings: Settings, batch_id: str, log: Callable[[str], None] = lambda _: None) -> BatchTiming:
    """`run_batch`, stage by stage under a timer. `clean` includes language detection, which
    runs per article inside it; `entities` is the extract stage (NER, linking, dates)."""
    lake = Lake(settings.lake_dir)
    timing = BatchTiming(entry={})
    with span() as timing.stages["raw"]:
        batch = stage(lake, settings.seeds_dir, batch_id, log=log)
    with span() as timing.stages["clean"]:
        clean(lake, batch, settings.workers, log)
    with span() as timing.stages["entities"]:
        extract(lake, batch, settings.workers, log)
    with span() as timing.stages["commit"]:
        timing.entry = commit(lake, batch, log)
    with span() as timing.stages["aggregates"]:
        build_aggregates(lake)
    with span() as timing.stages["catalog"]:
        build_catalog(lake, settings.catalog_path)
    return timing
