"""No false alarms on real news sentences: the phrase and inline-tag rules must not fire on
the Indonesian NER corpora's sentences (../shared/ner), which are body text from many outlets
the fixtures never saw. Tokenised text is detokenised the simple way: no space before closing
punctuation or after opening brackets, and " - " between words back to the in-word hyphen the
page had ("Prabowo - Hatta" → "Prabowo-Hatta", "Wi - Fi" → "Wi-Fi")."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pipeline.clean import clean_article
from pipeline.clean.evaluate import DEFAULT_SHARED
from pipeline.clean.inline import find_prefix, find_suffix
from pipeline.clean.rules import phrase_reason

CORPORA = {
    DEFAULT_SHARED / "ner" / "idner-news-2k" / "train.txt": " ",
    DEFAULT_SHARED / "ner" / "nergrit" / "train_preprocess.txt": "\t",
}
_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]])")
_SPACE_AFTER = re.compile(r"([(\[]) ")
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


def _sentences(path: Path, sep: str) -> list[str]:
    sentences, tokens = [], []
    for row in path.read_text(encoding="utf-8").splitlines() + [""]:
        if row.strip():
            tokens.append(row.split(sep)[0])
        elif tokens:
            text = _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", " ".join(tokens)))
            sentences.append(_SPACED_HYPHEN.sub("-", text))
            tokens = []
    return sentences


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    found = [s for path, sep in CORPORA.items() if path.exists() for s in _sentences(path, sep)]
    if not found:
        pytest.skip("../shared/ner not present")
    return found


def test_phrase_rules_never_fire_on_corpus_sentences(sentences: list[str]) -> None:
    assert len(sentences) > 1000
    assert [s for s in sentences if phrase_reason(s, len(s.split()))] == []


def test_no_credit_code_in_corpus_sentences(sentences: list[str]) -> None:
    assert [s for s in sentences if find_suffix(s)] == []


def test_prefix_rules_never_fire_on_corpus_sentences(sentences: list[str]) -> None:
    assert [s for s in sentences if find_prefix(s)] == []


def _broken_articles(sentences: list[str], count: int, seed: int) -> list[list[str]]:
    """Articles of eight corpus sentences, a third of them broken into three pieces at random
    word positions, as a scraper does at inline links and italics."""
    rnd = random.Random(seed)
    long_enough = [s for s in sentences if len(s.split()) >= 5]
    articles = []
    for _ in range(count):
        lines = []
        for sentence in rnd.sample(long_enough, 8):
            words = sentence.split()
            if len(words) > 8 and rnd.random() < 0.33:
                a = rnd.randrange(2, len(words) - 3)
                b = rnd.randrange(a + 1, len(words) - 1)
                lines += [" ".join(words[:a]), " ".join(words[a:b]), " ".join(words[b:])]
            else:
                lines.append(sentence)
        articles.append(lines)
    return articles


LOSS_CEILING = 0.0005
"""Lines lost per line in the synthetic articles. Measured at 2 in 57,648 (0.003%) over eleven
seeds: a lone upper-case first name opening the article ("NATHAN" / "Soegiharto …") and a
sentence piece "Oleh Presiden" cannot be told from a site label and a byline by shape."""


def test_articles_of_corpus_sentences_lose_almost_nothing(sentences: list[str]) -> None:
    """The structural rules too (labels, titles, teasers, captions) must leave pure body alone,
    broken sentences included: every line stays in the clean text, no tag is cut."""
    losses, total = [], 0
    for seed in range(1, 6):
        for lines in _broken_articles(sentences, count=300, seed=seed):
            article = clean_article("\n".join(lines))
            folded = " ".join(article.clean_text.split())
            total += len(lines)
            losses += [line for line in lines if " ".join(line.split()) not in folded]
            assert article.tags == ()
    assert len(losses) <= LOSS_CEILING * total, losses
