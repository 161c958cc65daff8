"""Run a per-article function over chunks on every core, or on a Dask cluster, in order,
with bounded memory.

Order is kept so the same inputs always give the same segment files; at most two chunks per
worker are in flight, so a million-article batch never sits in memory at once.

When `NEWS_DASK_SCHEDULER` names a Dask distributed scheduler (`tcp://host:8786`), the chunks
run on that cluster instead of the local process pool: the same function, the same order and
the same bound (two chunks per worker thread). The cluster's workers need the `pipeline`
package installed; each loads the models once, on its first chunk.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

DASK_SCHEDULER_ENV = "NEWS_DASK_SCHEDULER"

Progress = Callable[[int, float], None]
"""Called after each chunk with (items done so far, seconds elapsed)."""

Submit = Callable[[Callable[[list[T]], R], list[T]], Any]
"""Starts `fn(chunk)` somewhere and returns a future with `.result()`."""


def map_chunks(
    fn: Callable[[list[T]], R],
    chunks: Iterable[list[T]],
    workers: int,
    progress: Progress | None = None,
    *,
    size: Callable[[list[T]], int] = len,
) -> Iterator[R]:
    """`fn` over each chunk, results in input order: on the Dask cluster named by
    `NEWS_DASK_SCHEDULER` if set, else in-process when one worker suffices, else on a local
    process pool of `workers`. `size` counts a chunk's items for `progress`, for chunks that
    carry more than a list of items (e.g. `(rows, context)` pairs)."""
    started, done = time.monotonic(), 0

    def report(chunk: list[T]) -> None:
        nonlocal done
        done += size(chunk)
        if progress:
            progress(done, time.monotonic() - started)

    scheduler = os.environ.get(DASK_SCHEDULER_ENV)
    if scheduler:
        yield from _on_dask(scheduler, fn, chunks, report)
    elif workers <= 1:
        for chunk in chunks:
            result = fn(chunk)
            report(chunk)
            yield result
    else:
        # fork: workers inherit the loaded models instead of loading them again.
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from _ordered(pool.submit, fn, chunks, 2 * workers, report)


def _on_dask(scheduler: str, fn: Callable[[list[T]], R], chunks: Iterable[list[T]],
             report: Callable[[list[T]], None]) -> Iterator[R]:
    # Imported here: `distributed` costs about a second to import, which only Dask runs pay.
    from distributed import Client

    with Client(scheduler) as client:
        threads = sum(client.nthreads().values()) or 1

        def submit(f: Callable[[list[T]], R], chunk: list[T]) -> Any:
            # pure=False: a random task key, instead of hashing a chunk of whole articles.
            return client.submit(f, chunk, pure=False)

        yield from _ordered(submit, fn, chunks, 2 * threads, report)


def _ordered(submit: Submit, fn: Callable[[list[T]], R], chunks: Iterable[list[T]], window: int,
             report: Callable[[list[T]], None]) -> Iterator[R]:
    """Submit chunks with at most `window` in flight; yield results in input order."""
    pending: deque[tuple[list[T], Any]] = deque()

    def oldest() -> R:
        chunk, future = pending.popleft()
        result = future.result()
        report(chunk)
        return result

    for chunk in chunks:
        pending.append((chunk, submit(fn, chunk)))
        if len(pending) >= window:
            yield oldest()
    while pending:
        yield oldest()
