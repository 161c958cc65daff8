"""News or encyclopedia prose: the register weights, the committed file, and what the choice
changes in extract_mentions."""

from pathlib import Path

from pipeline.ner import extract_mentions, register
from pipeline.ner.corpora import DEFAULT_SHARED
from pipeline.ner.evaluate import fixture_texts, seed_articles
from pipeline.ner.tokens import tokenize
from pipeline.ner.train import register_weights, train_sentences

WEIGHTS = register.load()
# NERGrit-style sentences (Wikipedia prose) and a news sentence, written for this test.
ENCYCLOPEDIA = "Desa Kedungbulus adalah desa kecil di Kecamatan Gembong , Kabupaten Pati , yang letaknya di lereng Gunung Muria ."
NEWS = "Kapolres Sleman AKBP Edy Setyanto mengatakan pelaku ditangkap di Desa Sukamaju , Senin (3/2/2025) ."


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_weights_are_smoothed_log_odds_of_frequent_words() -> None:
    weights = register.learn_weights([["kata", "Presiden", "kata"], ["ujar", "kata"]], [["adalah", "desa", "adalah"], ["adalah"]])
    assert weights["kata"] > 0 > weights["adalah"]
    assert "ujar" not in weights and "presiden" not in weights  # seen fewer than MIN_COUNT times
    assert register.is_encyclopedic(["adalah"] * 20, weights) and not register.is_encyclopedic(["kata"] * 20, weights)


def test_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "register.tsv"
    register.save({"kata": 1.25, "adalah": -2.5}, path)
    assert register.load(path) == {"adalah": -2.5, "kata": 1.25}


def test_committed_weights_are_what_training_learns() -> None:
    assert register_weights(train_sentences(DEFAULT_SHARED), DEFAULT_SHARED) == WEIGHTS


def test_seed_and_fixture_articles_read_as_news() -> None:
    """The seeds all, the fixtures nearly all: a page of three players' careers reads like an
    encyclopedia (left out of training, about 2 % of a batch does; see the model card)."""
    assert not any(register.is_encyclopedic(_words(text), WEIGHTS) for text, _ in seed_articles(DEFAULT_SHARED).values())
    encyclopedic = [stem for stem, text in fixture_texts().items() if register.is_encyclopedic(_words(text), WEIGHTS)]
    assert encyclopedic == ["blind5_okezone_bola"]


def test_encyclopedia_prose_is_tagged_by_its_own_convention() -> None:
    """NERGrit keeps an area's head word and its lowercase words inside the name; news text
    goes through the article rules."""
    assert register.is_encyclopedic(_words(ENCYCLOPEDIA), WEIGHTS)
    assert not register.is_encyclopedic(_words(NEWS), WEIGHTS)
    found = {(m.text, m.label) for m in extract_mentions(ENCYCLOPEDIA)}
    assert {("Kecamatan Gembong", "LOC"), ("Gunung Muria", "LOC")} <= found
    assert ("Edy Setyanto", "PER") in {(m.text, m.label) for m in extract_mentions(NEWS)}
