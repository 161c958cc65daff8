"""The article-level gold of the cleaning fixtures (tests/ner/fixtures_entities.json)."""

import json

from pipeline.ner.evaluate import FIXTURES, fixture_articles

ARTICLES = fixture_articles()


def test_enough_fixture_articles_from_enough_outlets() -> None:
    outlets = {}
    for labels_file in FIXTURES.glob("labels*.json"):
        outlets |= {stem: gold["outlet"] for stem, gold in json.loads(labels_file.read_text(encoding="utf-8")).items()}
    assert len(ARTICLES) >= 25
    assert len({outlets[stem] for stem in ARTICLES}) >= 25


def test_every_gold_surface_occurs_in_the_kept_text() -> None:
    """A surface only in a boilerplate line (or misspelt in the gold) could never be found."""
    for stem, (text, gold) in ARTICLES.items():
        surfaces = [a for es in gold["entities"].values() for e in es for a in e["aliases"]] + gold["uncertain"]
        assert [s for s in surfaces if s.casefold() not in text.casefold()] == [], stem
