"""The real graph materialized over the real seeds into temporary folders, checked against
the gold labels, plus the sensor reacting to a new file and `make run`'s CLI."""

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.clean.evaluate import article_errors, load_seeds
from pipeline.definitions import build_defs
from pipeline.defs.automation import seeds_folder_sensor
from pipeline.defs.resources import Warehouse

ROOT = Path(__file__).resolve().parents[2]
SCORED = ("PER", "ORG", "LOC")


def warehouse_for(settings) -> Warehouse:
    return Warehouse(seeds_dir=str(settings.seeds_dir), warehouse_dir=str(settings.warehouse_dir), workers=2)


@pytest.fixture
def materialized(settings):
    defs = build_defs(warehouse_for(settings))
    with dg.DagsterInstance.ephemeral() as instance:
        result = defs.resolve_job_def("ingest_job").execute_in_process(instance=instance)
    assert result.success
    return settings, result


def test_every_check_passes(materialized) -> None:
    _, result = materialized
    evaluations = result.get_asset_check_evaluations()
    assert len(evaluations) == 4
    assert all(e.passed for e in evaluations), [(e.check_name, e.metadata) for e in evaluations if not e.passed]


def test_warehouse_matches_the_gold_lines(materialized) -> None:
    settings, _ = materialized
    con = duckdb.connect(str(settings.catalog_path), read_only=True)
    clean = dict(con.execute("SELECT doc_id, clean_text FROM articles").fetchall())
    errors = [e for article in load_seeds() for e in article_errors(article, clean[article.name])[1]]
    assert errors == []


def test_warehouse_finds_the_gold_entities(materialized, gold) -> None:
    settings, _ = materialized
    con = duckdb.connect(str(settings.catalog_path), read_only=True)
    found: dict[str, set[tuple[str, str]]] = {}
    for doc_id, name, surface, label in con.execute(
        "SELECT doc_id, name, surface, entity_type FROM entity_mentions"
    ).fetchall():
        found.setdefault(doc_id, set()).update({(name.casefold(), label), (surface.casefold(), label)})
    missing = [
        (doc_id, entity["name"], label)
        for doc_id, labels in gold.items()
        for label in SCORED
        for entity in labels["entities"].get(label, [])
        if not {(a.casefold(), label) for a in [entity["name"], *entity["aliases"]]} & found[doc_id]
    ]
    assert missing == []


def test_one_canonical_entity_per_person(materialized) -> None:
    settings, _ = materialized
    con = duckdb.connect(str(settings.catalog_path), read_only=True)
    putin = con.execute("SELECT DISTINCT entity_id, name FROM entity_mentions WHERE surface ILIKE '%putin%'").fetchall()
    assert putin == [("vladimir-putin", "Vladimir Putin")]
    china = con.execute(
        "SELECT DISTINCT name FROM entity_mentions WHERE surface IN ('Tiongkok', 'Cina', 'China')").fetchall()
    assert china == [("China",)]
    aliases = con.execute("SELECT aliases FROM entities WHERE entity_id = 'vladimir-putin'").fetchone()[0]
    assert {"Putin", "Vladimir Putin", "Valdimir Putin"} <= set(aliases)


def test_metadata_reaches_the_ui(materialized) -> None:
    _, result = materialized
    by_key = {m.asset_key.to_user_string(): m.metadata for m in result.get_asset_materialization_events()
              and [e.event_specific_data.materialization for e in result.get_asset_materialization_events()]}
    assert by_key["raw_files"]["files_new"].value == 5
    assert by_key["articles"]["dagster/row_count"].value == 5
    assert "preview" in by_key["entity_stats"]
    assert "Vladimir Putin" in by_key["entity_stats"]["preview"].value


def test_sensor_requests_a_run_only_when_the_folder_changes(settings) -> None:
    warehouse = warehouse_for(settings)
    first = seeds_folder_sensor(dg.build_sensor_context(cursor=None, resources={"warehouse": warehouse}))
    assert isinstance(first, dg.RunRequest)
    cursor = first.run_key
    same = seeds_folder_sensor(dg.build_sensor_context(cursor=cursor, resources={"warehouse": warehouse}))
    assert isinstance(same, dg.SkipReason)
    (settings.seeds_dir / "baru.txt").write_text("Berita baru dari Surabaya.")
    changed = seeds_folder_sensor(dg.build_sensor_context(cursor=cursor, resources={"warehouse": warehouse}))
    assert isinstance(changed, dg.RunRequest) and changed.run_key != cursor


def test_cli_run_honours_the_environment_and_second_run_processes_nothing(settings, tmp_path) -> None:
    env = {**os.environ, "NEWS_SEEDS_DIR": str(settings.seeds_dir),
           "NEWS_WAREHOUSE_DIR": str(settings.warehouse_dir), "DAGSTER_HOME": str(tmp_path / "dagster_home")}
    (tmp_path / "dagster_home").mkdir()
    cmd = [sys.executable, "-m", "pipeline.cli", "run"]
    first = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "5 new, 0 changed, 0 deleted, 0 unchanged" in first.stdout
    assert "Vladimir Putin" in first.stdout
    second = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 changed, 0 deleted, 5 unchanged" in second.stdout
    assert "articles: 0 processed this run, 5 in the warehouse" in second.stdout
    assert list((tmp_path / "dagster_home").iterdir()), "the run is recorded in DAGSTER_HOME"
