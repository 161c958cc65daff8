"""The article-level gold of the cleaning fixtures (tests/ner/fixtures_entities.json) and of the
blind batches (tests/ner/fixtures_entities_blind*.json), each scored apart."""

import json
from pathlib import Path

import pytest

from pipeline.ner.evaluate import (BLIND_SETS, FIXTURE_ENTITIES, FIXTURES, HELD_OUT_ENTITIES, UNSEEN_SETS, fixture_articles,
                                   labelled_sets)
from pipeline.ner.corpora import DEFAULT_SHARED

ARTICLES = fixture_articles()


def test_enough_fixture_articles_from_enough_outlets() -> None:
    outlets = {}
    for labels_file in FIXTURES.glob("labels*.json"):
        outlets |= {stem: gold["outlet"] for stem, gold in json.loads(labels_file.read_text(encoding="utf-8")).items()}
    assert len(ARTICLES) >= 25
    assert len({outlets[stem] for stem in ARTICLES}) >= 25


@pytest.mark.parametrize("entities_file", [FIXTURE_ENTITIES, *BLIND_SETS.values(), *UNSEEN_SETS.values()], ids=lambda p: p.stem)
def test_every_gold_surface_occurs_in_the_kept_text(entities_file: Path) -> None:
    """A surface only in a boilerplate line (or misspelt in the gold) could never be found."""
    for stem, (text, gold) in fixture_articles(entities_file=entities_file).items():
        surfaces = [a for es in gold["entities"].values() for e in es for a in e["aliases"]] + gold["uncertain"]
        assert [s for s in surfaces if s.casefold() not in text.casefold()] == [], stem


def test_the_held_out_set_shares_no_article_with_the_first() -> None:
    """Its rows are an estimate on articles the rules were not fixed on."""
    assert set(fixture_articles(entities_file=HELD_OUT_ENTITIES)).isdisjoint(ARTICLES)


def test_the_unseen_sets_are_not_trained_on() -> None:
    """train.py learns from `labelled_sets`; the unseen batches are scored only."""
    trained = {stem for articles in labelled_sets(DEFAULT_SHARED).values() for stem in articles}
    unseen = {stem for path in UNSEEN_SETS.values() for stem in fixture_articles(entities_file=path)}
    assert len(unseen) >= 60 and trained.isdisjoint(unseen)
    assert set(labelled_sets(DEFAULT_SHARED, unseen=True)) == set(labelled_sets(DEFAULT_SHARED)) | set(UNSEEN_SETS)
