from pathlib import Path

from pipeline.language import detect_language

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_seeds_are_indonesian() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        language, prob = detect_language(path.read_text())
        assert language == "id", path.name
        assert prob > 0.9


def test_english_is_flagged_and_empty_is_undetermined() -> None:
    assert detect_language("The president met his counterpart in Beijing on Friday to discuss trade.")[0] == "en"
    assert detect_language("") == ("und", 0.0)
    assert detect_language("12345 !!!") == ("und", 0.0)


def test_detection_is_deterministic() -> None:
    text = "Ini berita singkat. This is short."
    assert len({detect_language(text) for _ in range(5)}) == 1
