"""The learned last layer (pipeline/clean/learned.py): a committed, deterministic model that
takes only lines no rule removed, next to ones a rule did, and leaves body text alone."""

from __future__ import annotations

from pipeline.clean import clean_article
from pipeline.clean.cleaner import apply_rules
from pipeline.clean.evaluate import labelled_sets
from pipeline.clean.learned import MODEL_FILE, load_model, mark_learned
from pipeline.clean.train import fit

BODY = (
    "Jakarta, CNBC Indonesia - Nilai tukar rupiah kembali melemah terhadap dolar Amerika Serikat pada "
    "perdagangan Rabu.\n"
    "Mengacu data Refinitiv, rupiah dibuka di posisi Rp16.450 per dolar atau melemah 0,15 persen.\n"
    "Pelemahan ini menjadi yang ketiga secara beruntun sejak awal pekan ini.\n"
)
HEAD = "CNBC Indonesia\nResearch\nRupiah Melemah Tiga Hari Beruntun, Ini Penyebabnya\n"


def reasons(raw: str) -> dict[int, str]:
    return {line.line_no: line.reason for line in clean_article(raw).removed}


def test_model_loads_from_the_package() -> None:
    model = load_model()
    assert load_model() is model  # read once per process
    assert set(model) == {"bias", "threshold", "weights"}
    assert len(model["weights"]) > 100
    assert MODEL_FILE.endswith(".json")


def test_a_credit_line_no_rule_names_is_removed() -> None:
    raw = HEAD + "Research, CNBC Indonesia\n12 March 2025 09:05\n" + BODY
    assert reasons(raw) == {1: "site.masthead", 2: "site.masthead", 4: "other.learned", 5: "other.timestamp"}


def test_an_upper_case_credit_under_the_byline_is_removed() -> None:
    raw = "Kompas.id\nOpini\nMenata Ulang Subsidi Energi\nOleh\nFABBY TUMIWA\nHERYUNANTO\n" + BODY
    assert reasons(raw)[6] == "credit.learned"


def test_sub_headings_next_to_removed_lines_stay() -> None:
    paragraph = "Analis menilai pelemahan rupiah dipicu data inflasi Amerika yang lebih tinggi dari perkiraan.\n"
    assert reasons(BODY + "Baca juga: Rupiah Menguat di Awal Pekan\nDampak Ekonomi\n" + paragraph) == {
        4: "related.teaser_marker"
    }
    assert 6 not in reasons(BODY + "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nPasar Saham\n" + paragraph)


def test_lines_between_kept_lines_are_never_judged() -> None:
    raw = BODY + "Dampak Ekonomi\nPasar Saham\n" + BODY
    assert reasons(raw) == {}


def test_predictions_are_deterministic() -> None:
    raw = HEAD + "Research, CNBC Indonesia\n12 March 2025 09:05\n" + BODY
    assert clean_article(raw) == clean_article(raw)


def test_a_model_scores_only_kept_lines() -> None:
    decided = apply_rules(HEAD + "Research, CNBC Indonesia\n12 March 2025 09:05\n" + BODY)
    before = {line.line_no: line.reason for line in decided.lines if line.reason}
    mark_learned(decided.lines, decided.title, load_model())
    after = {line.line_no: line.reason for line in decided.lines if line.reason}
    assert {n: r for n, r in after.items() if n in before} == before


def test_training_reproduces_the_committed_weights() -> None:
    """`python -m pipeline.clean.train` is reproducible, and the committed model is up to date
    with the rules and the labelled sets (retrain after changing either)."""
    articles = [article for articles in labelled_sets().values() for article in articles]
    assert fit(articles)["weights"] == load_model()["weights"]


def test_a_sub_heading_above_an_ad_and_its_paragraph_stays() -> None:
    raw = BODY + "Dampak Ekonomi\nADVERTISEMENT\n" + BODY
    assert reasons(raw) == {5: "ad.placeholder"}


def test_a_removal_opens_its_neighbours_to_the_next_round() -> None:
    always = {"bias": 5.0, "threshold": 0.0, "weights": {}}  # every candidate is boilerplate
    decided = apply_rules(BODY + "ADVERTISEMENT\nTentang Kami\nPedoman Media Siber\nKontak\n")
    mark_learned(decided.lines, decided.title, always)
    removed = {line.line_no: line.reason for line in decided.lines if line.reason}
    assert removed == {4: "ad.placeholder", 5: "ad.learned", 6: "other.learned", 7: "other.learned"}
