"""The learned last layer: a line classifier for the lines no rule decided.

Each new outlet brings boilerplate no rule names (rubric names, taglines, chart titles, odd
captions, contact lines). After every rule has run, a logistic regression over cheap line
features (shape, position, what the rules removed around the line, vocabulary shared with the
article, cue words, first and last word) scores the kept lines next to a removed one, and a
line goes as `<category>.learned` only when the score clears a threshold chosen by
leave-one-batch-out cross-validation to keep body loss under 0.5% (`python -m
pipeline.clean.train`; the table with `python -m pipeline.clean.evaluate --cross-validate`, and
after the rules each batch first met with `python -m pipeline.clean.untouched`). The category
is the one the rules gave the removed neighbour, else "other". Like jusText's context-sensitive
pass, a line is judged with its neighbours, but by weights learned from the labelled fixtures
instead of hand-set ones. Boilerplate comes in blocks, so a line the layer removes opens its
neighbours to judging in the next round (up to `ROUNDS`).

Never lose body text: the layer leaves alone the title and the first long headline-like line
above the first paragraph, lines with a cut inline tag, paragraphs (`structure.is_body_like`,
also before a bracketed credit), lines over `MAX_WORDS` words, lines between two kept lines,
sub-headings above a paragraph, and pieces of a broken sentence the re-joining glues back.

The model (`learned_model.json`: bias, threshold and one weight per binary feature) is read
once per process; scoring is a sum of dictionary look-ups, no numpy at run time.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from pipeline.clean.inline import DOMAIN
from pipeline.clean.model import Line
from pipeline.clean.rejoin import glues
from pipeline.clean.structure import (
    BODY_MIN_WORDS,
    TITLE_MIN_WORDS,
    continues_sentence,
    ends_sentence,
    is_body_like,
    is_headline_like,
)

MODEL_FILE = "learned_model.json"
MAX_WORDS = 20
"""Longer lines are left to the rules: almost all are paragraphs, and skipping them keeps the
layer cheap."""

ROUNDS = 3
"""Rounds of judging; each round judges the lines next to the previous round's removals."""

_WORD = re.compile(r"\w{4,}")
_DOMAIN = re.compile(DOMAIN)
_OPEN_QUOTES = "\"'\u201c\u2018\u00ab"
SPEECH = frozenset(
    "kata katanya ujar ujarnya ucap ucapnya tutur tuturnya jelas jelasnya ungkap ungkapnya sebut "
    "sebutnya terang imbuh imbuhnya tambah tambahnya papar paparnya tegas tegasnya said says".split()
)
"""Speech verbs: a line reporting what someone said is body."""
HONORIFICS = frozenset("bapak ibu pak bu dr. prof. h. hj. ir. kh. drs. mr. mrs.".split())
CUES = frozenset(
    "foto editor penulis sumber redaksi baca simak lihat klik ikuti berita terkait iklan video "
    "copyright hak cipta hubungi telp telepon whatsapp instagram twitter facebook youtube tiktok "
    "download unduh aplikasi rilis siaran pers databoks research riset grafis infografis ilustrasi "
    "dok reporter kontributor artikel halaman selanjutnya sebelumnya tags tag topik forum komentar "
    "bagikan share newsletter langganan berlangganan layanan informasi email kanal website situs "
    "jalan jl. kantor alamat universitas dinas kementerian humas".split()
)
"""The rules' marker vocabulary and furniture words (addresses, institutions, desks)."""


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    for i, edge in enumerate(edges):
        if value <= edge:
            return i
    return len(edges)


def _ending(text: str) -> str:
    last = text[-1:]
    if ends_sentence(text):
        return "stop"
    if last.isalnum():
        return "word"
    return {":": "colon", ",": "comma", ")": "paren", "-": "dash"}.get(last, "other")


def _opening(text: str) -> str:
    first = text[:1]
    if first in _OPEN_QUOTES:
        return "quote"
    if first.isupper():
        return "upper"
    if first.islower():
        return "lower"
    return "digit" if first.isdigit() else "punct"


def _neighbour(line: Line | None, title: Line | None) -> str:
    if line is None:
        return "none"
    if line.reason:
        return line.reason.partition(".")[0]
    if line is title:
        return "title"
    return "body" if line.n_words >= 8 and ends_sentence(line.match) else "short"


def line_features(content: list[Line], i: int, title: Line | None, vocabulary: dict[str, int]) -> list[str]:
    """Binary features of `content[i]` (the article's non-blank lines, rule decisions made).

    `vocabulary` counts, per word of four letters or more, the non-blank lines holding it."""
    line = content[i]
    text = line.match
    words = text.split()
    n = line.n_words
    prev = content[i - 1] if i else None
    nxt = content[i + 1] if i + 1 < len(content) else None
    wb = _bucket(n, (1, 2, 3, 4, 6, 9, 14))
    end = _ending(text)
    capitalised = sum(1 for word in words if word[:1].isupper())
    caps = _bucket(capitalised / n if n else 0, (0, 0.34, 0.67, 0.99))
    from_start = min(i, 3)
    from_end = min(len(content) - 1 - i, 3)
    relative = _bucket(i / len(content), (0.2, 0.4, 0.6, 0.8))
    own = set(_WORD.findall(text.casefold()))
    shared = sum(1 for word in own if vocabulary.get(word, 0) > 1)
    overlap = _bucket(shared / len(own), (0, 0.34, 0.67)) if own else "na"
    lowered = {word.casefold().strip(",.:;!?()\"'") for word in words}
    short_run = sum(1 for other in (prev, nxt) if other is not None and other.n_words <= 5)
    features = [
        f"w={wb}",
        f"end={end}",
        f"open={_opening(text)}",
        f"caps={caps}",
        f"start={from_start}",
        f"end_pos={from_end}",
        f"rel={relative}",
        f"overlap={overlap}",
        f"prev={_neighbour(prev, title)}",
        f"next={_neighbour(nxt, title)}",
        f"short_run={short_run}",
        f"w={wb}|end={end}",
        f"w={wb}|caps={caps}",
        f"w={wb}|start={from_start}",
        f"w={wb}|end_pos={from_end}",
        f"w={wb}|overlap={overlap}",
        f"first={words[0].casefold() if words else ''}",
        f"last={words[-1].casefold() if words else ''}",
    ]
    if line.line_no > 1 and content[i - 1].line_no != line.line_no - 1:
        features.append("blank_before")
    if nxt is not None and nxt.line_no != line.line_no + 1:
        features.append("blank_after")
    if prev is not None and prev.match.endswith(":"):
        features.append("prev_colon")
    if text.isupper():
        features.append("upper")
    if any(ch.isdigit() for ch in text):
        features.append("digit")
    if "@" in text:
        features.append("at")
    if "http" in text or "www." in text:
        features.append("url")
    if _DOMAIN.search(text):
        features.append("domain")
    if lowered & SPEECH:
        features.append("speech")
    if lowered & HONORIFICS:
        features.append("honorific")
    features += [f"cue={word}" for word in sorted(lowered & CUES)]
    return features


def article_vocabulary(content: list[Line]) -> dict[str, int]:
    """Per word of four letters or more, how many of the article's non-blank lines hold it."""
    counts: dict[str, int] = {}
    for line in content:
        for word in set(_WORD.findall(line.match.casefold())):
            counts[word] = counts.get(word, 0) + 1
    return counts


def headline(content: list[Line]) -> Line | None:
    """The first kept headline-like line of at least `structure.TITLE_MIN_WORDS` words above the
    first paragraph. It is kept whatever the title rule said: on an outlet the rules do not know,
    the headline sits among unremoved head furniture and looks like it, and the rule may have
    taken a short label ("VOA Indonesia") for the title."""
    for line in content:
        if line.kept and is_body_like(line):
            return None
        if line.kept and line.n_words >= TITLE_MIN_WORDS and is_headline_like(line):
            return line
    return None


def in_scope(line: Line) -> bool:
    """Short and not paragraph-shaped: the lines the layer is trained on and may judge."""
    if line.n_words > MAX_WORDS or is_body_like(line):
        return False
    # A paragraph closed by a bracketed credit the suffix rules do not know ("… 2025. (Rio E.)").
    head, bracket, _ = line.match.rpartition(" (")
    return not (bracket and line.n_words >= BODY_MIN_WORDS and ends_sentence(head))


def is_candidate(content: list[Line], i: int, title: Line | None) -> bool:
    """A kept line the layer may judge: in scope, not the title, no cut tag, and next to a line
    the rules removed (boilerplate comes in blocks; a short line between two kept lines, such as
    a sub-heading or a sentence broken at a link, is left alone whatever its shape). Never lose
    body text: no piece of a broken sentence (a line after an unfinished one, or one the
    re-joining would glue the next line to) and no sub-heading."""
    line = content[i]
    if not line.kept or line is title or line.text != line.display or not in_scope(line):
        return False
    prev = content[i - 1] if i else None
    nxt = content[i + 1] if i + 1 < len(content) else None
    if not ((prev is not None and prev.reason) or (nxt is not None and nxt.reason)):
        return False
    if continues_sentence(line.match):
        return False
    if nxt is not None and nxt.kept and is_body_like(nxt) and line.n_words == 1 and not line.match.isupper():
        # One capitalised word right above the first paragraph is a sub-heading (fact checks'
        # "Klaim" under the date line, as the rules judge it); one upper-case word there is a
        # credit ("HERYUNANTO" under the headline).
        return False
    next_kept = next((other for other in content[i + 1 :] if other.kept), None)
    if next_kept is not None and is_body_like(next_kept) and any(o.kept and is_body_like(o) for o in content[:i]):
        # Inside the running text, a line above a paragraph may be a sub-heading ("Dampak
        # Ekonomi" after a removed teaser, or with an ad between it and its paragraph).
        return False
    if prev is not None and prev.kept and prev is not title and not ends_sentence(prev.match):
        return False
    after_next = content[i + 2] if i + 2 < len(content) else None
    if nxt is not None and nxt.kept and after_next is not None and continues_sentence(after_next.match):
        # The sentence runs on through the next line ("Menurut" / "Andi Sudirman" / ", banjir …").
        return False
    return not (nxt is not None and nxt.kept and glues(line.match, nxt.match))


@cache
def load_model() -> dict:
    """The committed model (read once per process)."""
    return json.loads(resources.files("pipeline.clean").joinpath(MODEL_FILE).read_text(encoding="utf-8"))


def score(features: list[str], model: dict) -> float:
    """Logit of boilerplate: the bias plus the weights of the features present."""
    weights = model["weights"]
    return model["bias"] + sum(weights.get(feature, 0.0) for feature in features)


def _category(content: list[Line], i: int) -> str:
    for j in (i - 1, i + 1):
        if 0 <= j < len(content) and content[j].reason and not content[j].reason.endswith(".learned"):
            return content[j].reason.partition(".")[0]
    return "other"


def mark_learned(lines: list[Line], title: Line | None, model: dict | None = None) -> None:
    """`<category>.learned`: kept lines the model scores as boilerplate above its threshold.

    In each of up to `ROUNDS` rounds all candidates are scored against the decisions so far
    before any is removed, so one removal does not tip its neighbours within a round; the next
    round judges the lines next to this round's removals (a block of unknown furniture)."""
    model = model if model is not None else load_model()
    content = [line for line in lines if not line.is_blank]
    guessed = headline(content)
    vocabulary: dict[str, int] | None = None
    threshold = model["threshold"]
    for _ in range(ROUNDS):
        candidates = [i for i in range(len(content)) if content[i] is not guessed and is_candidate(content, i, title)]
        if not candidates:
            return
        if vocabulary is None:
            vocabulary = article_vocabulary(content)
        chosen = [i for i in candidates if score(line_features(content, i, title, vocabulary), model) > threshold]
        if not chosen:
            return
        for i in chosen:
            content[i].reason = _category(content, i) + ".learned"
