"""The article-level gold of the cleaning fixtures (tests/ner/fixtures_entities.json) and of the
blind batches (tests/ner/fixtures_entities_blind*.json), each scored apart."""

import json
from pathlib import Path

import pytest

from pipeline.ner.evaluate import (BLIND_SETS, FIXTURE_ENTITIES, FIXTURES, UNSEEN_SETS, fixture_articles,
                                   labelled_sets)
from pipeline.ner import load_model, train
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


def test_no_article_is_in_two_sets() -> None:
    """Each set is scored apart, and a left-out set (train --leave-out) must leave out all its articles."""
    stems = [stem for articles in labelled_sets(DEFAULT_SHARED, unseen=True).values() for stem in articles]
    assert len(stems) == len(set(stems))


def test_the_unseen_sets_are_not_trained_on(monkeypatch) -> None:
    """train.py lays every labelled article on tokens but the unseen ones, and --leave-out's."""
    taught: list[str] = []
    monkeypatch.setattr(train, "tagged_sentences", lambda text, gold, lexicon: taught.append(text) or [])
    train.article_sentences(DEFAULT_SHARED, load_model()[1])
    unseen = {text for path in UNSEEN_SETS.values() for text, _ in fixture_articles(entities_file=path).values()}
    assert len(unseen) >= 60 and unseen.isdisjoint(taught)
    assert len(taught) == sum(len(articles) for articles in labelled_sets(DEFAULT_SHARED).values())
    taught.clear()
    train.article_sentences(DEFAULT_SHARED, load_model()[1], frozenset({"blind20"}))
    blind20 = {text for text, _ in fixture_articles(entities_file=BLIND_SETS["blind20"]).values()}
    assert taught and blind20.isdisjoint(taught)
