"""Re-join sentences the scraper broke where the page had an inline link or italic word.

A page's `<a>` or `<em>` inside a sentence often comes out as its own line ("okupansi hotel",
"Meeting, Incentive, Convention, and Exhibition", a lone "."). Such a line is body text: it is
glued back onto the line before when that line did not end a sentence and either this line
continues it (starts in lower case, a digit or punctuation), or the line before is a long
unfinished sentence, a piece of one, or stops on a lower-case word ("…akan membahas"). A short
Title Case line after a finished sentence ("Dampak Ekonomi") is a sub-heading and stays apart.
"""

from __future__ import annotations

import re

from pipeline.clean.structure import BODY_MIN_WORDS, continues_sentence, ends_sentence

_GLUE_NO_SPACE = re.compile(r"^[,.;:!?)\]%\u2019\u201d]")


def glues(before: str, text: str, open_piece: bool = False) -> bool:
    """Whether `text` is glued onto the paragraph `before` (`open_piece`: `before` already ends
    with a re-joined piece)."""
    if ends_sentence(before):
        return False
    last_word = before.rsplit(" ", 1)[-1]
    unfinished = len(before.split()) >= BODY_MIN_WORDS or last_word[:1].islower()
    return continues_sentence(text) or text[:1].isdigit() or unfinished or open_piece


def rejoin(paragraphs: list[str]) -> list[str]:
    """Merge broken pieces into their sentence; returns the paragraphs to print."""
    out: list[str] = []
    open_piece = False  # the last paragraph in `out` ends with a re-joined piece
    for text in paragraphs:
        if out and glues(out[-1], text, open_piece):
            glue = "" if _GLUE_NO_SPACE.match(text) else " "
            out[-1] = out[-1] + glue + text
            open_piece = True
            continue
        out.append(text)
        open_piece = False
    return out
