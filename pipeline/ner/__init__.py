"""Named-entity extraction (PER, ORG, LOC) for Indonesian news text.

A CRF trained on idner-news-2k, NERGrit and our labelled articles (see train.py) tags
sentences, news in the labelled articles' convention; article-level
rules (postprocess.py) make the tags consistent across the text. A text that reads as
encyclopedia prose rather than news (register.py) is tagged by NERGrit's conventions, without
the article rules. The model and lexicon are files inside this package, loaded once per
process; nothing is read from elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

from pipeline.ner import lexicon as lexicon_files, register
from pipeline.ner.tags import spans as bio_spans
from pipeline.ner.features import ENCYCLOPEDIA_DOMAIN, make_featurizer
from pipeline.ner.lexicon import Lexicon
from pipeline.ner.postprocess import LABELS, Span, is_title_case, postprocess
from pipeline.ner.tokens import Token, sentences, split_glued, split_hyphenated_places, tokenize

MODEL_FILE = Path(__file__).parent / "model.crfsuite"

__all__ = ["LABELS", "Mention", "extract_mentions"]

Featurizer = Callable[[list[str]], list[list[str]]]


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a text: text[start:end] == self.text."""

    start: int
    end: int
    label: str
    text: str


@cache
def load_model(model_file: Path = MODEL_FILE) -> tuple[pycrfsuite.Tagger, Lexicon, Featurizer]:
    """The tagger, the committed lexicon and a featurizer over it, loaded once per process."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    lexicon = lexicon_files.load()
    return tagger, lexicon, make_featurizer(lexicon)


def tag_words(sentences_words: Iterable[list[str]], tagger: pycrfsuite.Tagger, featurize: Featurizer) -> list[Span]:
    """Token spans of a document given as sentences of words (spans never cross sentences),
    with token indices counted over the whole document."""
    spans: list[Span] = []
    offset = 0
    for words in sentences_words:
        tags = tagger.tag(featurize(words))
        spans.extend((offset + s, offset + e, label) for s, e, label in bio_spans(tags))
        offset += len(words)
    return spans


@cache
def load_encyclopedia_tagging() -> tuple[register.Weights, Featurizer]:
    """The register weights and a featurizer in NERGrit's domain, loaded once per process."""
    return register.load(), make_featurizer(load_model()[1], ENCYCLOPEDIA_DOMAIN)


def extract_mentions(text: str) -> list[Mention]:
    """PER, ORG and LOC mentions of a text, sorted by start and non-overlapping."""
    tagger, lexicon, featurize = load_model()
    token_sentences = read_sentences(text, lexicon)
    tokens = [t for s in token_sentences for t in s]
    words = [t.text for t in tokens]
    sentence_words = [[t.text for t in s] for s in token_sentences]
    weights, encyclopedia_featurize = load_encyclopedia_tagging()
    if register.is_encyclopedic(words, weights):
        spans = tag_words(sentence_words, tagger, encyclopedia_featurize)
    else:
        spans = postprocess(words, tag_words(sentence_words, tagger, featurize), lexicon,
                            headline_tokens(sentence_words), sentence_starts(sentence_words))
    return [Mention(tokens[s].start, tokens[e - 1].end, label, text[tokens[s].start : tokens[e - 1].end]) for s, e, label in spans]


def read_sentences(text: str, lexicon: Lexicon) -> list[list[Token]]:
    """The text's tokens, glued names split, grouped into sentences: what the tagger reads."""
    tokens = split_glued(tokenize(text), lexicon.is_name, lexicon.is_word, lexicon.is_dictionary_word)
    tokens = split_hyphenated_places(tokens, lambda word: lexicon.gazetteer.get(word) == "LOC")
    return list(sentences(text, tokens))


def sentence_starts(sentence_words: list[list[str]]) -> frozenset[int]:
    """Document token indices opening a sentence (or a line: a headline has no full stop)."""
    offsets = [0]
    for words in sentence_words:
        offsets.append(offsets[-1] + len(words))
    return frozenset(offsets[:-1])


def headline_tokens(sentence_words: list[list[str]]) -> frozenset[int]:
    """Document token indices of the title-case headline sentences (see `is_title_case`)."""
    out: set[int] = set()
    offset = 0
    for words in sentence_words:
        if is_title_case(words):
            out.update(range(offset, offset + len(words)))
        offset += len(words)
    return frozenset(out)
