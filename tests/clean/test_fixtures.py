"""The committed fixtures (tests/clean/fixtures, every labels*.json set): quality floors over
all of them together, and per-article invariants of the removal trace."""

from __future__ import annotations

import pytest

import pipeline.clean
from pipeline.clean import clean_article
from pipeline.clean.evaluate import Counts, LabelledArticle, article_errors, load_fixture_sets
from pipeline.clean.model import RemovedLine
from pipeline.clean.unicode import split_lines

FIXTURE_SETS = load_fixture_sets()
FIXTURES = [article for articles in FIXTURE_SETS.values() for article in articles]
CATEGORIES = {"related", "ad", "embed", "pagination", "promo", "site", "credit", "caption", "title", "other"}


def test_there_are_enough_fixtures_from_enough_outlets() -> None:
    assert len(FIXTURES) >= 30
    assert len({article.name.split("_")[1] for article in FIXTURES}) >= 25


def test_fixture_sets_together_meet_the_quality_floor() -> None:
    total, errors = Counts(), []
    for article in FIXTURES:
        counts, misses = article_errors(article, clean_article(article.raw).clean_text)
        total.add(counts)
        errors += misses
    assert total.f1 >= 0.97, errors
    assert total.body_lost_share <= 0.01, errors
    assert total.tags_cut_share >= 0.95, errors


@pytest.fixture(params=FIXTURES, ids=lambda article: article.name)
def fixture(request: pytest.FixtureRequest) -> LabelledArticle:
    return request.param


def test_removed_lines_are_traced_to_raw_lines(fixture: LabelledArticle) -> None:
    raw_lines = split_lines(fixture.raw)
    removed: tuple[RemovedLine, ...] = clean_article(fixture.raw).removed
    for line in removed:
        assert raw_lines[line.line_no - 1] == line.text
        assert line.category in CATEGORIES, line.reason
        assert fixture.labels.get(line.line_no, ("blank", None))[0] != "blank", line


def test_no_body_line_is_removed_outright(fixture: LabelledArticle) -> None:
    removed = {line.line_no: line.reason for line in clean_article(fixture.raw).removed}
    wrongly = {n: removed[n] for n, (label, _) in fixture.labels.items() if label == "body" and n in removed}
    assert wrongly == {}


def test_every_reason_is_documented_in_the_package_docstring() -> None:
    doc = pipeline.clean.__doc__ or ""
    for article in FIXTURES:
        for line in clean_article(article.raw).removed:
            category, _, rule = line.reason.partition(".")
            assert f"{category}:" in doc and rule in doc, line.reason
