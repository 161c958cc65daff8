# Fresh machine: `make run` (set up, then build the warehouse from seeds/) and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 3000
SHARED ?= ../shared
export DAGSTER_HOME ?= $(CURDIR)/.dagster

.PHONY: setup run test test-ui ui sql chaos bench train-ner eval-ner eval-clean dagster-home

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

dagster-home:
	@mkdir -p "$(DAGSTER_HOME)"
	@[ -f "$(DAGSTER_HOME)/dagster.yaml" ] || cp dagster.yaml "$(DAGSTER_HOME)/dagster.yaml"

run: setup dagster-home  ## build or update the warehouse from the seeds folder, then print a summary
	$(PY) -m pipeline.cli run

test: setup  ## the whole test suite
	$(PY) -m pytest

test-ui: setup  ## the browser test of the Dagster UI alone (tests/ui/install.sh installs Chromium)
	$(PY) -m pytest -m ui tests/ui

chaos: setup  ## kill -9 runs at 24 random points; the final tables must equal a clean build
	CHAOS_POINTS=24 $(PY) -m pytest -q tests/reliability/test_crash.py

ui: setup dagster-home  ## Dagster UI + daemon (sensor and schedule running) on 127.0.0.1:$(PORT)
	$(VENV)/bin/dagster dev -m pipeline.definitions --host 127.0.0.1 --port $(PORT)

sql: setup  ## interactive SQL shell on the warehouse, read-only (works during a run)
	@[ -f "$${NEWS_WAREHOUSE_DIR:-warehouse}/news.duckdb" ] || { echo "no warehouse yet: run 'make run' first" >&2; exit 1; }
	$(VENV)/bin/duckdb -readonly "$${NEWS_WAREHOUSE_DIR:-warehouse}/news.duckdb"

N ?= 2000
bench: setup  ## synthetic corpus of N articles: full build, incremental, no-op and query timings
	$(PY) -m bench.run --n $(N)

train-ner: setup  ## retrain the committed NER model from $(SHARED)/ner
	$(PY) -m pipeline.ner.train --shared $(SHARED)

eval-ner: setup  ## span P/R/F1 on the NER dev splits, article-level scores on the seeds, tokens/s
	$(PY) -m pipeline.ner.evaluate --shared $(SHARED)

eval-clean: setup  ## boilerplate P/R/F1 on the seeds gold and the fixtures, beside jusText
	$(PY) -m pipeline.clean.evaluate --shared $(SHARED)
