"""Readers for the gold NER corpora in shared/ner (training and evaluation only).

Both corpora are mapped to one tag scheme, BIO over PER, ORG and LOC.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

# shared/ sits beside the repository (as in CI); training and evaluation only.
DEFAULT_SHARED = Path(__file__).resolve().parents[3] / "shared"
NERGRIT_LABELS = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}
NEWS_CORPUS = "idner-news-2k"
ENCYCLOPEDIA_CORPUS = "nergrit"
# Split file names per corpus: (train, dev).
SPLITS = {
    NEWS_CORPUS: ("train.txt", "dev.txt"),
    ENCYCLOPEDIA_CORPUS: ("train_preprocess.txt", "valid_preprocess.txt"),
}


class Sentence(NamedTuple):
    """One gold sentence: its tokens and their BIO tags."""

    words: list[str]
    tags: list[str]


def read_conll(path: Path) -> list[Sentence]:
    """Read a column file (first column token, last column tag, blank line between
    sentences; idner uses spaces and CRLF, NERGrit tabs) into sentences with unified tags."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if words:
                out.append(Sentence(words, tags))
                words, tags = [], []
            continue
        words.append(cols[0])
        tags.append(_unify(cols[-1]))
    if words:
        out.append(Sentence(words, tags))
    return out


def _unify(tag: str) -> str:
    """Map NERGrit type names onto the PER/ORG/LOC scheme."""
    if tag == "O":
        return tag
    prefix, _, kind = tag.partition("-")
    return f"{prefix}-{NERGRIT_LABELS.get(kind, kind)}"


def load_split(shared: Path, corpus: str, split: str) -> list[Sentence]:
    """Sentences of one corpus split ("train" or "dev") under shared/ner."""
    train_name, dev_name = SPLITS[corpus]
    return read_conll(shared / "ner" / corpus / (train_name if split == "train" else dev_name))
