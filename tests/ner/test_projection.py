"""Labelled articles laid on the extractor's tokens as training sentences."""

from pipeline.ner import LABELS, load_model
from pipeline.ner.corpora import DEFAULT_SHARED
from pipeline.ner.evaluate import seed_articles
from pipeline.ner.projection import surface_spans, tagged_sentences
from pipeline.ner.tags import spans
from pipeline.ner.tokens import tokenize

LEXICON = load_model()[1]


def _gold(**entities: list[tuple[str, list[str], bool]]) -> dict:
    return {"entities": {label: [{"name": name, "aliases": aliases, "glued": glued} for name, aliases, glued in es]
                         for label, es in entities.items()}, "uncertain": []}


def test_every_occurrence_is_a_mention_and_the_longer_surface_wins() -> None:
    text = "Kepala BPS Provinsi Bali mengatakan wisatawan ke Bali naik. BPS mencatat."
    gold = _gold(ORG=[("Badan Pusat Statistik Provinsi Bali", ["BPS Provinsi Bali", "BPS"], False)],
                 LOC=[("Bali", ["Bali"], False)])
    assert [(text[s:e], label) for s, e, label in surface_spans(text, gold)] == [
        ("BPS Provinsi Bali", "ORG"), ("Bali", "LOC"), ("BPS", "ORG")]


def test_a_surface_inside_a_word_counts_only_for_a_glued_entity() -> None:
    text = "Gubernur Hendrik Lewerissayang meresmikan ruang di Ambonia."
    gold = _gold(PER=[("Hendrik Lewerissa", ["Hendrik Lewerissa"], True)], LOC=[("Ambon", ["Ambon"], False)])
    assert [(text[s:e], label) for s, e, label in surface_spans(text, gold)] == [("Hendrik Lewerissa", "PER")]


def test_a_sentence_whose_mention_splits_a_token_is_left_out() -> None:
    """"Lewerissayang" stays one token, so its sentence would teach a wrong boundary."""
    text = "Gubernur Hendrik Lewerissayang meresmikan ruang baru.\nKata Hendrik di Ambon."
    gold = _gold(PER=[("Hendrik Lewerissa", ["Hendrik Lewerissa", "Hendrik"], True)], LOC=[("Ambon", ["Ambon"], False)])
    (sentence,) = tagged_sentences(text, gold, LEXICON)
    assert sentence.words == ["Kata", "Hendrik", "di", "Ambon", "."]
    assert sentence.tags == ["O", "B-PER", "O", "B-LOC", "O"]


def test_the_seeds_project_every_gold_entity() -> None:
    """Every PER, ORG and LOC of the seeds' gold is a mention somewhere (events are not taught)."""
    for text, gold in seed_articles(DEFAULT_SHARED).values():
        found = {(" ".join(s.words[a:b]), label) for s in tagged_sentences(text, gold, LEXICON) for a, b, label in spans(s.tags)}
        for label in LABELS:
            for entity in gold["entities"].get(label, []):
                surfaces = {" ".join(t.text for t in tokenize(a)) for a in {entity["name"], *entity["aliases"]}}
                assert any((surface, label) in found for surface in surfaces), entity["name"]


def test_an_uncertain_or_event_surface_hides_the_names_inside_it() -> None:
    text = "Tahanan Rutan KPK dan atlet Olimpiade Beijing; KPK dan Beijing."
    gold = _gold(ORG=[("Komisi Pemberantasan Korupsi", ["KPK"], False)], LOC=[("Beijing", ["Beijing"], False)],
                 EVENT=[("Olimpiade Beijing", ["Olimpiade Beijing"], False)])
    gold["uncertain"] = ["Rutan KPK"]
    assert [(text[s:e], label) for s, e, label in surface_spans(text, gold)] == [("KPK", "ORG"), ("Beijing", "LOC")]
    assert all(s > text.index(";") for s, _, _ in surface_spans(text, gold))
