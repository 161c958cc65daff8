"""Unicode hygiene and line normalisation.

Two forms of every line are used: the *display* form (NFC, odd spaces folded, zero-width
characters dropped; curly quotes kept as the outlet wrote them) goes into the clean text;
the *match* form (display form with quotes and dashes straightened, character for character) is what rules see, so
one pattern serves `“…”`, `"…"` and `''`.

`line_key` follows CCNet (Wenzek et al. 2019, `cc_net/text_normalizer.py`): casefold,
digits to 0, punctuation dropped, whitespace folded, then hashed, so that the same
boilerplate line with a different date or count maps to one key.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]+")
_STRAIGHT = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
}
# Regex substitution, not str.translate: translate with a dict is slow on non-ASCII text.
_CURLY = re.compile("[" + "".join(_STRAIGHT) + "]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_KEY_PUNCT = re.compile(r"[^\w\s]+|_")
_KEY_DIGIT = re.compile(r"\d")
_KEY_SPACE = re.compile(r"\s+")


def split_lines(raw: str) -> list[str]:
    """Split on \\r\\n, \\r or \\n, the line numbering the gold and `RemovedLine` use."""
    return _LINE_BREAK.split(raw)


def hygiene(text: str) -> str:
    """NFC, zero-width characters dropped, non-breaking and other odd spaces made plain.

    Line breaks are untouched, so a whole article can be cleaned at once and split after.
    """
    if text.isascii():
        return text.replace("\t", " ")
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text))
    return _ODD_SPACES.sub(" ", text)


def display_form(line: str) -> str:
    """A line as it may appear in the clean text: hygiene applied, surrounding space stripped."""
    return hygiene(line).strip()


def match_form(display: str) -> str:
    """The display form with curly quotes and dashes straightened, for the phrase rules."""
    return display if display.isascii() else _CURLY.sub(lambda m: _STRAIGHT[m.group()], display)


def fold_space(text: str) -> str:
    """Collapse any run of whitespace to one space (used for scoring and comparisons)."""
    return " ".join(text.split())


def _key_text(line: str) -> str:
    text = match_form(display_form(line)).casefold()
    text = _KEY_DIGIT.sub("0", _KEY_PUNCT.sub(" ", text))
    return _KEY_SPACE.sub(" ", text).strip()


def line_key(line: str) -> str:
    """CCNet-style key of a line: 16 hex digits of a hash of its normalised text."""
    return hashlib.blake2b(_key_text(line).encode(), digest_size=8).hexdigest()
