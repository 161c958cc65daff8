"""Benchmark harness: a synthetic corpus of any size built from the project's real articles,
and the full, incremental and query timings of the pipeline on it (`python -m bench.run`)."""
