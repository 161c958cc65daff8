"""The committed word knowledge: words.tsv round trip, word facts, the features they give."""

from pathlib import Path

import pytest

from pipeline.ner import lexicon as lexicon_files
from pipeline.ner.features import make_featurizer
from pipeline.ner.lexicon import Lexicon

LEXICON = Lexicon({"Jakarta": "LOC"}, {"jakarta": (3, 17)}, frozenset({"kata"}),
                  {"kata": (6, "r"), "dikatakan": (5, "d"), "jakarta": (6, "")})


def test_words_file_round_trip(tmp_path: Path) -> None:
    gazetteer, words = tmp_path / "gazetteer.tsv", tmp_path / "words.tsv"
    lexicon_files.save(LEXICON, gazetteer, words)
    loaded = lexicon_files.load(gazetteer, words)
    assert (loaded.gazetteer, loaded.clusters, loaded.common_words, loaded.facts) == (
        LEXICON.gazetteer, LEXICON.clusters, LEXICON.common_words, LEXICON.facts)


def test_word_facts_become_features() -> None:
    kata, jakarta, unknown = make_featurizer(LEXICON)(["Kata", "Jakarta", "Xyzzy"])
    assert {"zf=6", "dict=r"} <= set(kata)  # a sentence's first word is truecased
    assert {"zf=6", "dict=", "up_zf=6", "up_dict="} <= set(jakarta)
    assert {"zf=0", "up_zf=0"} <= set(unknown)


def test_committed_lexicon_knows_frequent_and_dictionary_words() -> None:
    facts = lexicon_files.load().facts
    assert facts["dan"][0] >= 6 and facts["menteri"][1] == "r" and facts["dikatakan"][1] == "d"


def test_derived_words_are_recognised() -> None:
    vocabulary = pytest.importorskip("pipeline.ner.vocabulary")  # training-time libraries
    roots = frozenset({"kata", "tulis", "pukul", "temu"})
    assert all(vocabulary._is_derived(w, roots) for w in ("dikatakan", "menulis", "memukul", "pertemuan", "katanya"))
    assert not any(vocabulary._is_derived(w, roots) for w in ("kata", "prabowo", "di"))
