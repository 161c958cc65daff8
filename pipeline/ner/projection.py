"""Labelled articles as tagged training sentences (training only).

Our labelled articles (the seeds, the cleaning fixtures, the blind batches) name each entity
with the surfaces it takes in the text, not with offsets. Every occurrence of a surface is
taken as a mention, longest surfaces first (an uncertain or event surface hides the names
inside it), and the mentions are laid on the tokens the extractor itself reads. They teach the CRF our convention (every country a place, an office
apart from its holder, a company with its "PT"), which neither corpus follows.
"""

from __future__ import annotations

import re

from pipeline.ner import LABELS, read_sentences
from pipeline.ner.corpora import Sentence
from pipeline.ner.lexicon import Lexicon


def surface_spans(text: str, gold: dict) -> list[tuple[int, int, str]]:
    """Character spans (start, end, label) of every occurrence of a gold entity's name or
    alias, as a whole word unless the entity is marked glued; a longer surface wins where two
    overlap ("Badan Pusat Statistik Provinsi Bali" over "Bali"). A surface the gold leaves
    uncertain or labels as an event takes its words without a label, so that a name inside it
    is not taught ("Beijing" of "Olimpiade Beijing", "KPK" of "Rutan KPK")."""
    surfaces = {(surface, label, entity.get("glued", False))
                for label, entities in gold["entities"].items() for entity in entities
                for surface in {entity["name"], *entity["aliases"]}}
    surfaces |= {(surface, "", False) for surface in gold.get("uncertain", [])}
    taken = [False] * len(text)
    out = []
    # longest first; on the same surface a scored label before an event or an uncertain one
    for surface, label, glued in sorted(surfaces, key=lambda s: (-len(s[0]), s[0], s[1] not in LABELS, s[1])):
        if not surface.strip():
            continue
        pattern = re.escape(surface) if glued else rf"(?<!\w){re.escape(surface)}(?!\w)"
        for m in re.finditer(pattern, text):
            if not any(taken[m.start() : m.end()]):
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
                if label in LABELS:
                    out.append((m.start(), m.end(), label))
    return sorted(out)


def tagged_sentences(text: str, gold: dict, lexicon: Lexicon) -> list[Sentence]:
    """The article's sentences with BIO tags from its gold surfaces; a sentence where a surface
    does not start and end on token boundaries (a glued name the tokenizer keeps whole) is
    left out rather than taught wrong."""
    mentions = surface_spans(text, gold)
    out = []
    for tokens in read_sentences(text, lexicon):
        tags = ["O"] * len(tokens)
        aligned = True
        for start, end, label in mentions:
            inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
            if not inside:
                continue
            if tokens[inside[0]].start != start or tokens[inside[-1]].end != end:
                aligned = False
                break
            tags[inside[0]] = f"B-{label}"
            for i in inside[1:]:
                tags[i] = f"I-{label}"
        if aligned:
            out.append(Sentence([t.text for t in tokens], tags))
    return out
