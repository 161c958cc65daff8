"""Shared fixtures: the real seed articles copied into a temporary seeds folder."""

import json
import shutil
from pathlib import Path

import pytest

from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((SHARED / "gold" / "seeds.json").read_text())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A copy of the seeds and an empty warehouse, both under tmp_path; one worker keeps
    small tests in-process."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    return Settings(seeds_dir=seeds, warehouse_dir=tmp_path / "warehouse", workers=1)
