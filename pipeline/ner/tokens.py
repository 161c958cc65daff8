"""Tokenisation with character offsets, sentence splitting and glued-name splitting.

Offsets always point into the original text, so a mention found on split or glued tokens
can be cut from the text the caller passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

# Titles and ranks written with a period ("Dr. Budi", "Jl. Sudirman"): the period belongs
# to the word and does not end the sentence.
ABBREVIATIONS = (
    "Dr|Drs|Dra|Prof|Ir|Jl|Jln|No|St|Sdr|Sdri|Ny|Tn|Hj|KH|dr|drg|Kol|Letkol|Kapt|Brigjen|Mayjen|Letjen|"
    "Irjen|Komjen|Kombes|Kompol|AKBP|Mr|Mrs|Ms|Jr|Sr|Gen|Lt|Col|Sen|Rep|Gov|Inc|Ltd|Corp"
)
# Order matters: dotted abbreviations ("A.S.", "S.H.") and titles before words; an initial
# before a capitalised word ("J. Kirby"); words may hold inner hyphens, apostrophes, slashes
# and dots ("Bangsa-Bangsa", "Rusia-Tiongkok", "4/2/2021", "mediaindonesia.com", "Kodim
# 0504/Jakarta"), but a slash between a letter and a capital parts two names ("Fajar
# Alfian/Muhammad Rian Ardianto", a doubles pair);
# anything else is a one-character token (quotes, brackets, dashes).
TOKEN_RE = re.compile(
    rf"(?:[^\W\d_]\.){{2,}}|(?:{ABBREVIATIONS})\.(?!\w)|[A-Z]\.(?= [A-Z][a-z])|\w+(?:[-'’.,]\w+|/(?!(?<=[^\W\d_]/)[A-Z])\w+)*|\S"
)
SENTENCE_END = frozenset({".", "!", "?"})
# A lower→upper case change inside a token: where a stripped link glued two words.
CASE_BOUNDARY_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
CAPITALISED_WORD_RE = re.compile(r"[A-Z][a-z]*")
MIN_DICTIONARY_LEFT = 5
"""A dictionary word glued before an unknown capitalised word is cut off when it has this many
letters ("Keuangan|Purbaya"; "Buka|Lapak" is a brand)."""
MIN_GLUED_PART = 3
MIN_PEELED_PART = 4
"""A name peeled off a glued lowercase word has at least this many letters."""
MIN_PEELED_WORD = 5
"""A lowercase word peeled off a name has at least this many letters ("Suka|maju" is a village)."""
# Words of the language that also close many Indonesian personal and place names ("Soekarnoputra",
# "Hendraningrat", "Adiputra", "Wirautama", "Jatinegara", "Iskandardinata", "Suryaatmaja"): never
# peeled off a name as a glued word.
NAME_ENDING_WORDS = frozenset("putra putri ningrat utama permana wijaya kusuma lestari rahayu negara nagara dinata atmaja".split())
LONG_GLUED_WORD = 7
"""A lowercase word this long glued after a capitalised piece is peeled off even when the name
is unknown ("Andriyanto|mengatakan"): names seldom end in a long word of the language."""


class Token(NamedTuple):
    """A token and its span in the original text."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split text into word, number and punctuation tokens with character offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def sentences(text: str, tokens: list[Token]) -> Iterator[list[Token]]:
    """Group tokens into sentences: the tagger was trained on sentences, and a sentence
    start is where capitalisation stops being evidence for a name."""
    current: list[Token] = []
    for token in tokens:
        if current and "\n" in text[current[-1].end : token.start]:
            yield current
            current = []
        current.append(token)
        if token.text in SENTENCE_END:
            yield current
            current = []
    if current:
        yield current


def split_glued(
    tokens: list[Token],
    is_name: Callable[[str], bool],
    is_word: Callable[[str], bool],
    is_whole_word: Callable[[str], bool] = lambda word: False,
) -> list[Token]:
    """Split tokens in which a scraper glued a name to its neighbours ("PresidenPrabowo",
    "rudalIranmelesat", "Subiantomasih").

    A split is made only on strong evidence, so brand names such as "YouTube" stay whole:
    a known name must start at a lower→upper case boundary, or a known name must be
    followed by a known lowercase word. A word of the language, capitalised or not, is never
    split ("Darurat" is not "Dar" + "urat"), nor is a word `is_whole_word` knows ("Pariwisata",
    a dictionary word, is not "Pari" + "wisata").
    """
    out: list[Token] = []
    for token in tokens:
        lower = token.text.lower()
        # a word of the language has no capital inside ("Darurat"; "diJakarta" and "KeuanganPurbaya" do)
        plain_word = (is_word(lower) or is_whole_word(lower)) and not CASE_BOUNDARY_RE.search(token.text)
        if len(token.text) < 2 * MIN_GLUED_PART or not token.text.isalpha() or plain_word:
            out.append(token)
            continue
        out.extend(_split_token(token, is_name, is_word, is_whole_word))
    return out


def split_hyphenated_places(tokens: list[Token], is_place: Callable[[str], bool]) -> list[Token]:
    """Split a hyphenated pair of known places ("Pasuruan-Probolinggo", "Rusia-Ukraina"): a route
    or a relation between two places, each a name of its own."""
    out: list[Token] = []
    for token in tokens:
        left, dash, right = token.text.partition("-")
        if dash and "-" not in right and left[:1].isupper() and right[:1].isupper() and is_place(left) and is_place(right):
            middle = token.start + len(left)
            out += [Token(left, token.start, middle), Token("-", middle, middle + 1), Token(right, middle + 1, token.end)]
        else:
            out.append(token)
    return out


def _split_token(
    token: Token, is_name: Callable[[str], bool], is_word: Callable[[str], bool], is_whole_word: Callable[[str], bool]
) -> list[Token]:
    """Cut a token at accepted case boundaries (a short left part only when it is a word,
    as in "diJakarta"; a known name on either side; a title or other word of the dictionary
    before a word it does not know, "KeuanganPurbaya", while "BukaLapak" stays whole), then peel a
    known lowercase word off each name-initial part."""
    cuts = [0]
    for m in CASE_BOUNDARY_RE.finditer(token.text):
        left, right = token.text[cuts[-1] : m.start()], token.text[m.start() :]
        known_left = len(left) >= MIN_PEELED_PART and is_name(left)  # "ShizuokaYasutomo"
        next_word = CAPITALISED_WORD_RE.match(right).group()
        after_word = (len(left) >= MIN_DICTIONARY_LEFT and is_whole_word(left.lower())
                      and len(next_word) >= MIN_PEELED_PART and not is_whole_word(next_word.lower()))
        if (len(left) >= MIN_GLUED_PART or is_word(left)) and (known_left or after_word or _starts_with_name(right, is_name, is_word, is_whole_word)):
            cuts.append(m.start())
    cuts.append(len(token.text))
    parts: list[Token] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = token.text[a:b]
        name_end = _name_prefix_end(piece, is_name, is_word, is_whole_word)
        if 0 < name_end < len(piece):
            parts.append(Token(piece[:name_end], token.start + a, token.start + a + name_end))
            parts.append(Token(piece[name_end:], token.start + a + name_end, token.start + b))
        else:
            parts.append(Token(piece, token.start + a, token.start + b))
    return parts


def _starts_with_name(
    piece: str, is_name: Callable[[str], bool], is_word: Callable[[str], bool], is_whole_word: Callable[[str], bool]
) -> bool:
    """Whether a capitalised piece is a known name or begins with one."""
    return is_name(piece) or _name_prefix_end(piece, is_name, is_word, is_whole_word) > 0


def _name_prefix_end(
    piece: str, is_name: Callable[[str], bool], is_word: Callable[[str], bool], is_whole_word: Callable[[str], bool]
) -> int:
    """End of the known name that starts the piece and is followed by the longest known
    lowercase word, of MIN_PEELED_PART and MIN_PEELED_WORD letters at least and not a name's
    usual ending ("Jokowi|berharap"; "Sulsel" is no "Sul" + "sel", "Sukamaju" no "Suka" + "maju",
    "Soekarnoputra" no "Soekarno" + "putra"); after a name nobody knows, the long word must be one
    the dictionary knows, not one the affix pattern guesses ("Kokodiputra", "Miradiarsyah" are
    names); 0 when there is none."""
    if not piece[:1].isupper() or is_name(piece):
        return 0
    # the longest word first: "Sadewa|menyatakan", not "Sadewame|nyatakan"
    for end in range(MIN_PEELED_PART, len(piece) - MIN_PEELED_WORD + 1):
        rest = piece[end:]
        if not rest.islower() or rest in NAME_ENDING_WORDS or not is_word(rest):
            continue
        if is_name(piece[:end]) or (len(rest) >= LONG_GLUED_WORD and is_whole_word(rest)):
            return end
    return 0
