"""The five seeds must come out exactly as the gold says (../shared/gold/seeds.json)."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_article
from pipeline.clean.evaluate import LabelledArticle, article_errors, load_seeds
from pipeline.clean.unicode import split_lines

SEEDS = load_seeds()


@pytest.fixture(params=SEEDS, ids=lambda article: article.name)
def seed(request: pytest.FixtureRequest) -> LabelledArticle:
    return request.param


def test_every_seed_line_right(seed: LabelledArticle) -> None:
    counts, errors = article_errors(seed, clean_article(seed.raw).clean_text)
    assert errors == []
    assert counts.boiler_missed == counts.body_lost == counts.tags_missed == 0


def test_removed_lines_carry_the_gold_category(seed: LabelledArticle) -> None:
    removed = {line.line_no: line for line in clean_article(seed.raw).removed}
    for line_no, (label, category) in seed.labels.items():
        if label == "boilerplate":
            assert line_no in removed, f"line {line_no} not removed"
            assert removed[line_no].category == category, (line_no, removed[line_no].reason)
        elif label == "body":
            assert line_no not in removed, (line_no, removed[line_no].reason)


def test_removed_line_numbers_point_at_the_raw_lines(seed: LabelledArticle) -> None:
    raw_lines = split_lines(seed.raw)
    for line in clean_article(seed.raw).removed:
        assert raw_lines[line.line_no - 1] == line.text


def test_inline_tags_and_dateline_match_gold(seed: LabelledArticle) -> None:
    article = clean_article(seed.raw)
    assert {(t.line_no, t.where, t.text) for t in article.tags} == set(seed.inline)
    assert article.dateline == seed.dateline


def test_seed_metadata() -> None:
    by_name = {seed.name[:3]: clean_article(seed.raw) for seed in SEEDS}
    assert by_name["000"].source == "wahananews.co"
    assert by_name["001"].source == "blora.suaramerdeka.com"
    assert by_name["002"].source == "jakarta insider"
    assert by_name["003"].source == "visitaaponce.com"
    assert by_name["003"].title == "Presiden Rusia Vladimir Putin Tiba di Beijing"
    assert by_name["003"].clean_text.startswith("Presiden Rusia Vladimir Putin Tiba di Beijing\nPRESIDEN Rusia")
    assert by_name["004"].dateline == "WASHINGTON"
    assert all(by_name[k].title is None for k in ("000", "001", "002", "004"))
