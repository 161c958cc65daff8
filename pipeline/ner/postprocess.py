"""Article-level corrections of the tagger's spans.

A CRF sees one sentence at a time; an article names the same entity many times, often in
shorter forms ("Vladimir Putin" … "Putin") or with its acronym in brackets. These rules
use the whole article, each a small named step.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from pipeline.ner.corpora import spans as bio_spans
from pipeline.ner.features import CUE_CLASS
from pipeline.ner.lexicon import Lexicon

Span = tuple[int, int, str]  # token start, exclusive token end, label


def postprocess(words: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Apply the article-level steps in order; the result is sorted and non-overlapping."""
    spans = drop_lowercase(words, spans)
    spans = split_leading_places(words, spans, lexicon)
    spans = apply_gazetteer(words, spans, lexicon)
    spans = vote_labels(words, spans)
    spans = tag_bracketed_acronyms(words, spans)
    spans = propagate_surfaces(words, spans, _surface_labels(words, spans))
    spans = propagate_surfaces(words, spans, _person_parts(words, spans, lexicon.is_word), standalone=True)
    return sorted(spans)


def drop_lowercase(words: list[str], spans: list[Span]) -> list[Span]:
    """Drop spans without any capital letter: in edited news a name is capitalised, and
    lowercase hits are the tagger's noise ("dusun", "presiden")."""
    return [s for s in spans if any(c.isupper() for w in words[s[0] : s[1]] for c in w)]


def split_leading_places(words: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"Presiden Rusia Vladimir Putin": the tagger tends to glue the country of a title to
    the person; a person span after a title word that starts with a known place is cut into
    place and person."""
    out: list[Span] = []
    for start, end, label in spans:
        tags = lexicon.match(words[start:end])
        place_end = start + 1 + next((k for k, t in enumerate(tags[1:]) if t != "I-LOC"), len(tags) - 1)
        after_title = start > 0 and CUE_CLASS.get(words[start - 1].lower()) == "title"
        if label == "PER" and after_title and tags[0] == "B-LOC" and place_end < end:
            out += [(start, place_end, "LOC"), (place_end, end, label)]
        else:
            out.append((start, end, label))
    return out


def apply_gazetteer(words: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Known names take their gazetteer label: a span that is exactly a known name is
    relabelled ("Gedung Putih" acting as ORG), and a capitalised known name the tagger left
    untagged is added (idner-news-2k leaves a country acting as an agent untagged, while our
    gold tags every country as LOC). Single ordinary words ("Para" is also a city) are not
    taken as names."""
    known = {
        (s, e): label for s, e, label in bio_spans(lexicon.match(words))
        if e - s > 1 or words[s].lower() not in lexicon.common_words
    }
    out = [(s, e, known.get((s, e), label)) for s, e, label in spans]
    taken = _covered(out)
    out += [
        (s, e, label) for (s, e), label in known.items()
        if not any(k in taken for k in range(s, e)) and all(w[:1].isupper() for w in words[s:e])
    ]
    return out


def vote_labels(words: list[str], spans: list[Span]) -> list[Span]:
    """Give every occurrence of a surface the label it gets most often in the article."""
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for start, end, label in spans:
        votes[tuple(words[start:end])][label] += 1
    return [(s, e, votes[tuple(words[s:e])].most_common(1)[0][0]) for s, e, _ in spans]


def tag_bracketed_acronyms(words: list[str], spans: list[Span]) -> list[Span]:
    """"Amerika Serikat (AS)", "Organisasi Pakta Atlantik Utara (NATO)": an all-caps word in
    brackets right after a name is that name's acronym and takes its label."""
    taken = _covered(spans)
    added = [
        (end + 1, end + 2, label)
        for _, end, label in spans
        if end + 2 < len(words) and words[end] == "(" and words[end + 2] == ")"
        and words[end + 1].isupper() and words[end + 1].isalpha() and end + 1 not in taken
    ]
    return spans + added


def propagate_surfaces(
    words: list[str], spans: list[Span], surfaces: dict[tuple[str, ...], str], standalone: bool = False
) -> list[Span]:
    """Tag untagged occurrences of surfaces already labelled elsewhere in the article.
    With standalone, an occurrence must not touch another capitalised word, so that a
    name part ("Putin") is not taken out of a different, longer name."""
    taken = _covered(spans)
    added: list[Span] = []
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for surface, label in sorted(surfaces.items(), key=lambda kv: -len(kv[0])):
        by_first[surface[0]].append((surface, label))
    i = 0
    while i < len(words):
        for surface, label in by_first.get(words[i], ()):
            end = i + len(surface)
            if tuple(words[i:end]) != surface or any(k in taken for k in range(i, end)):
                continue
            if standalone and (_capitalised(words, i - 1) or _capitalised(words, end)):
                continue
            added.append((i, end, label))
            taken.update(range(i, end))
            i = end - 1
            break
        i += 1
    return spans + added


def _surface_labels(words: list[str], spans: list[Span]) -> dict[tuple[str, ...], str]:
    """Surface → label of the tagged spans (labels already agree after voting)."""
    return {tuple(words[s:e]): label for s, e, label in spans}


def _person_parts(words: list[str], spans: list[Span], is_word: Callable[[str], bool]) -> dict[tuple[str, ...], str]:
    """Single words of multi-word person names, as later short references to the person;
    ordinary words ("Bin", "Raja") are left out."""
    parts: dict[tuple[str, ...], str] = {}
    for start, end, label in spans:
        if label == "PER" and end - start > 1:
            for w in words[start:end]:
                if w[:1].isupper() and len(w) > 1 and not is_word(w.lower()):
                    parts[(w,)] = "PER"
    return parts


def _covered(spans: list[Span]) -> set[int]:
    """Token indices inside any span."""
    return {k for s, e, _ in spans for k in range(s, e)}


def _capitalised(words: list[str], i: int) -> bool:
    """Whether position i holds a capitalised word (out of range counts as not)."""
    return 0 <= i < len(words) and words[i][:1].isupper()
