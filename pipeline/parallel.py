"""Run a per-article function over chunks on every core, in order, with bounded memory.

Order is kept so the same inputs always give the same segment files; at most two chunks per
worker are in flight, so a million-article batch never sits in memory at once.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

Progress = Callable[[int, float], None]
"""Called after each chunk with (items done so far, seconds elapsed)."""


def map_chunks(
    fn: Callable[[list[T]], R],
    chunks: Iterable[list[T]],
    workers: int,
    progress: Progress | None = None,
) -> Iterator[R]:
    """`fn` over each chunk, results in input order; in-process when one worker suffices."""
    started, done = time.monotonic(), 0

    def report(chunk: list[T]) -> None:
        nonlocal done
        done += len(chunk)
        if progress:
            progress(done, time.monotonic() - started)

    if workers <= 1:
        for chunk in chunks:
            result = fn(chunk)
            report(chunk)
            yield result
        return
    # fork: workers inherit the loaded models instead of loading them again.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        pending: deque[tuple[list[T], Future[R]]] = deque()
        for chunk in chunks:
            pending.append((chunk, pool.submit(fn, chunk)))
            if len(pending) >= 2 * workers:
                first, future = pending.popleft()
                result = future.result()
                report(first)
                yield result
        while pending:
            first, future = pending.popleft()
            result = future.result()
            report(first)
            yield result
