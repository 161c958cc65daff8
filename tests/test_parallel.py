"""map_chunks keeps order, reports progress and bounds what is in flight, on the local pool
and on a Dask cluster; a batch run on a two-worker Dask cluster builds the same tables as a
local run."""

import dataclasses

import pytest
from conftest import snapshot
from distributed import LocalCluster

from pipeline.batch import run_batch
from pipeline.parallel import DASK_SCHEDULER_ENV, map_chunks


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster


def check_map_chunks(workers: int, window: int) -> None:
    """`sum` over 30 one-number chunks: results in order, progress per chunk, and no more
    than `window` chunks taken before the first result comes back."""
    pulled, seen = [], []

    def chunks():
        for i in range(30):
            pulled.append(i)
            yield [i]

    results = map_chunks(sum, chunks(), workers, lambda done, _: seen.append(done))
    assert next(results) == 0 and len(pulled) <= window
    assert list(results) == list(range(1, 30))
    assert seen == list(range(1, 31))


def test_progress_counts_items_with_size(monkeypatch) -> None:
    monkeypatch.delenv(DASK_SCHEDULER_ENV, raising=False)
    seen = []
    pairs = (([i, i], "context") for i in range(3))
    results = map_chunks(lambda pair: sum(pair[0]), pairs, 1, lambda done, _: seen.append(done),
                         size=lambda pair: len(pair[0]))
    assert list(results) == [0, 2, 4] and seen == [2, 4, 6]


def test_local_pool_order_progress_bound(monkeypatch) -> None:
    monkeypatch.delenv(DASK_SCHEDULER_ENV, raising=False)
    check_map_chunks(workers=2, window=4)


def test_dask_order_progress_bound(cluster, monkeypatch) -> None:
    monkeypatch.setenv(DASK_SCHEDULER_ENV, cluster.scheduler_address)
    check_map_chunks(workers=1, window=4)  # 2 workers x 1 thread, two chunks each


def test_dask_batch_tables_identical_to_local(settings, cluster, monkeypatch) -> None:
    monkeypatch.delenv(DASK_SCHEDULER_ENV, raising=False)
    run_batch(settings, "run-local")
    local = snapshot(settings.catalog_path)

    on_dask = dataclasses.replace(settings, warehouse_dir=settings.warehouse_dir.with_name("warehouse-dask"))
    monkeypatch.setenv(DASK_SCHEDULER_ENV, cluster.scheduler_address)
    entry = run_batch(on_dask, "run-dask")

    assert entry["articles_processed"] == 5
    assert {"clean_chunk", "extract_chunk"} <= set(cluster.scheduler.task_prefixes)  # ran on the cluster
    assert local["articles"] and local["entity_mentions"] and local["entity_stats"]
    assert snapshot(on_dask.catalog_path) == local
