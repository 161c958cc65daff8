from pathlib import Path

from pipeline.schema import markdown

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_readme_documents_the_warehouse_contract_as_built() -> None:
    assert markdown() in README


def test_readme_first_screen_gives_the_two_commands() -> None:
    first_screen = "\n".join(README.splitlines()[:25])
    assert "make run" in first_screen and "make test" in first_screen
