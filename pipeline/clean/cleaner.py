"""`clean_article`: raw scraped article text in, clean text and a removal trace out.

Decisions are layered, each with a named reason:
1. phrase rules per category (`rules.py`);
2. lines the pipeline has seen recur across the source (`frequent_lines`);
3. structural cues (`structure.py`): shape-rule hits inside a broken sentence restored, split
   promos and their unfinished tails, teaser headlines after bare markers, related, tag, contact
   and poll lists to the end, the comment section, captions above photo credits or closed by a credit code, the
   masthead above the headline, bylines and author blocks, a press release's sign-off block and
   signer, footer runs after the last paragraph, section labels, the title and its repeat, page
   furniture after the sign-off code;
4. inline tags (`inline.py`): the publisher/dateline prefix of the first paragraph (past one
   lead caption when the tag names its publisher) and the credit code closing the last one, cut
   and kept as `source` / `dateline`;
5. the learned last layer (`learned.py`): a line classifier scores the lines no rule removed
   and takes only those it is confident about (`<category>.learned`).
Finally broken sentences are re-joined (`rejoin.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.clean import structure
from pipeline.clean.inline import (
    DOMAIN,
    Prefix,
    dateline_from_timestamp,
    find_prefix,
    find_site_prefix,
    find_split_prefix,
    find_suffix,
    known_places,
    normalise_source,
)
from pipeline.clean.learned import mark_learned
from pipeline.clean.model import CleanedArticle, InlineTag, Line, RemovedLine
from pipeline.clean.rejoin import rejoin
from pipeline.clean.rules import phrase_reason
from pipeline.clean.unicode import hygiene, match_form, split_lines

PREFIX_SEARCH_LINES = 6
"""The dateline opens the first paragraph; a title, a byline, a section label or a leftover caption
may come before it. The search stops at the first paragraph-shaped line."""

PREFIX_MIN_REST_WORDS = 3
"""A prefix opens a paragraph: a byline or date line ("Aulia Damayanti - detikFinance") is not one."""

_LABEL_OPENING = re.compile(r"[A-Z][a-z]+:\s")
"""A line opening with a capitalised word and a colon ("Tanya: …", "Jawab: …")."""

_DOMAIN_IN_TEXT = re.compile(DOMAIN)
_SOURCE_CATEGORIES = ("site", "promo", "credit")


def _read_lines(raw: str) -> list[Line]:
    lines = []
    displays = split_lines(hygiene(raw))
    for line_no, raw_line in enumerate(split_lines(raw), start=1):
        display = displays[line_no - 1].strip()
        match = match_form(display)
        line = Line(line_no, raw_line, display, match, len(match.split()), text=display)
        if display:
            line.reason = phrase_reason(match, line.n_words)
        lines.append(line)
    return lines


def _cut_prefix(lines: list[Line], tags: list[InlineTag]) -> tuple[str | None, str | None]:
    """Cut the first prefix among the first kept lines; returns (source, dateline).

    The search stops after the first paragraph, but looks past one caption-shaped sentence for
    a prefix naming its publisher ("Pembalap Ducati … 5 Februari 2025." above "BOLASPORT.COM -
    FRANCESCO …") or an upper-case known place ("GROBOGAN – "): the tag opens the article, so that
    sentence above it is the lead photo's caption, whose credit the page did not print or the
    scraper lost."""
    kept = [line for line in lines if line.kept][: PREFIX_SEARCH_LINES + 1]
    masthead, site = _masthead(lines), _source_from_removed(lines)  # once, not per candidate line
    caption: Line | None = None
    for i, line in enumerate(kept[:PREFIX_SEARCH_LINES]):
        # A headline closed by "!" or "?" is sentence-shaped too, but neither paragraph nor caption.
        if i > 0 and structure.is_body_like(kept[i - 1]) and not structure.is_headline_like(kept[i - 1]):
            if caption is not None or not structure.is_caption_like(kept[i - 1]):
                break
            caption = kept[i - 1]
        if i + 1 < len(kept):
            split = find_split_prefix(line.display, kept[i + 1].display)
            if split is not None:
                prefix, sep_end = split
                nxt = kept[i + 1]
                if caption is not None:
                    caption.reason = "caption.above_dateline"
                tags.append(InlineTag(line.line_no, "prefix", line.display))
                if sep_end:
                    tags.append(InlineTag(nxt.line_no, "prefix", nxt.display[:sep_end]))
                line.text, nxt.text = "", nxt.display[sep_end:]
                return prefix.source, prefix.dateline
        after_site = _split_after_site_line(line, lines)
        if after_site is not None:  # the tag's first line is a tag, not a removed line
            site_line, prefix, sep_end = after_site
            site_line.reason, site_line.text = None, ""
            if caption is not None:
                caption.reason = "caption.above_dateline"
            tags.append(InlineTag(site_line.line_no, "prefix", site_line.display))
            tags.append(InlineTag(line.line_no, "prefix", line.display[:sep_end]))
            line.text = line.display[sep_end:]
            return prefix.source, prefix.dateline
        prefix = _site_named(find_prefix(line.display), line.display, masthead, site)
        if prefix is not None and line.display[: prefix.end].rstrip().endswith(":") and not _colon_dateline(line, lines):
            prefix = None
        if caption is not None and (prefix is None or not (prefix.source or _is_upper_place(line, prefix, caption))):
            continue
        if prefix is not None and len(line.display[prefix.end :].split()) >= PREFIX_MIN_REST_WORDS:
            if caption is not None:
                caption.reason = "caption.above_dateline"
            tags.append(InlineTag(line.line_no, "prefix", line.display[: prefix.end]))
            line.text = line.display[prefix.end :]
            return prefix.source, prefix.dateline
    return None, None


def _split_after_site_line(line: Line, lines: list[Line]) -> tuple[Line, Prefix, int] | None:
    """A paragraph opening with the separator of a tag split over two lines whose first line the
    phrase rules already removed as a lone site name ("TRIBUNSOLO.COM" / "-- Ribuan warga …")."""
    previous = next((other for other in reversed(lines[: line.line_no - 1]) if not other.is_blank), None)
    if previous is None or previous.reason != "site.lone_site_name":
        return None
    split = find_split_prefix(previous.display, line.display)
    return (previous, *split) if split is not None and split[1] else None


def _is_upper_place(line: Line, prefix: Prefix, caption: Line) -> bool:
    """An upper-case dateline naming a known place ("GROBOGAN – "), not an acronym ("TNI – Polri"),
    under a sentence dated like a photo's caption ("…, Selasa (13/5/2025)."; a deck is not)."""
    tag = line.display[: prefix.end]
    return (
        prefix.dateline is not None and tag.isupper() and prefix.dateline.casefold() in known_places()
        and _PHOTO_DATE.search(caption.match) is not None
    )


def _site_named(prefix: Prefix | None, display: str, masthead: str | None, site: str | None) -> Prefix | None:
    """The site's name printed atop the page (`masthead`) and opening the paragraph, alone or
    after a dateline, is the publisher's tag ("IDXChannel - ", "BANDA ACEH – RAKYAT ACEH | "); a
    dateline that is the name of the site the page names (`site`: "Dream - " under "Dream.co.id")
    is its publisher, not a place."""
    end = find_site_prefix(display, masthead, prefix.end if prefix else 0) if masthead else None
    if end is not None:
        return Prefix(end, normalise_source(masthead), prefix.dateline if prefix else None)
    if prefix is None or prefix.source is not None or prefix.dateline is None:
        return prefix
    if site is not None and prefix.dateline.casefold() == site.split(".")[0]:
        return Prefix(prefix.end, site, None)
    return prefix


MASTHEAD_MAX_WORDS = 4
_PHOTO_DATE = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
"""The short date a photo caption closes with ("Selasa (13/5/2025)")."""


def _masthead(lines: list[Line]) -> str | None:
    """The site's name when the page opens with it (removed as a site line: "IDXChannel")."""
    first = next((line for line in lines if not line.is_blank), None)
    if first is None or not (first.reason or "").startswith("site.") or first.n_words > MASTHEAD_MAX_WORDS:
        return None
    return first.display


def _colon_dateline(line: Line, lines: list[Line]) -> bool:
    """A colon closes a dateline ("Jakarta: …", "KBRN, Ambon: …") only before a paragraph, and
    once on the page: a headline ("Wawancara: Peneliti …", "Hasil Liga Inggris: Arsenal …") is no
    paragraph, and an interview repeats its labels ("Tanya: …" / "Jawab: …")."""
    labelled = sum(1 for other in lines if other.kept and _LABEL_OPENING.match(other.display))
    return structure.is_body_like(line) and labelled <= 1


def _cut_suffix(lines: list[Line], tags: list[InlineTag]) -> None:
    """Cut the credit code closing the article: on the last kept line, or on the last paragraph
    when only headline-shaped lines follow it (they are then the page's furniture after the
    sign-off, removed as other.after_signoff: the code marks where the article ends); a counter
    without letters ("0" reactions) may stand among them."""
    kept = [line for line in lines if line.kept and line.text]
    for i in range(len(kept) - 1, -1, -1):
        line = kept[i]
        span = find_suffix(line.text)
        if span is not None:
            tags.append(InlineTag(line.line_no, "suffix", line.text[span[0] : span[1]]))
            line.text = line.text[: span[0]].rstrip()
            for after in kept[i + 1 :]:
                after.reason = "other.after_signoff"
            return
        if structure.is_body_like(line) or not (structure.is_headline_like(line) or _is_counter(line)):
            return


def _is_counter(line: Line) -> bool:
    """A line without letters ("0", "12 | 3"): a widget's counter, no sentence."""
    return not any(c.isalpha() for c in line.text)


def _source_from_removed(lines: list[Line]) -> str | None:
    """A publisher named by a removed site, promo or credit line (first one wins)."""
    for line in lines:
        if line.reason and line.reason.startswith(_SOURCE_CATEGORIES):
            m = _DOMAIN_IN_TEXT.search(line.match)
            if m is not None:
                return normalise_source(m.group())
    return None


def _dateline_from_removed(lines: list[Line]) -> str | None:
    """The place opening a removed date line ("Jakarta ● Tue, February 11, 2025"), first one wins."""
    for line in lines:
        if line.reason == "other.timestamp" and (place := dateline_from_timestamp(line.display)):
            return place
    return None


@dataclass(slots=True)
class RuleDecisions:
    """The lines once every rule has run, with the title, the cut tags and what they named."""

    lines: list[Line]
    title: Line | None
    tags: list[InlineTag]
    source: str | None
    dateline: str | None


def apply_rules(raw: str, frequent_lines: frozenset[str] = frozenset()) -> RuleDecisions:
    """Layers 1-4: phrase rules, frequent lines, structural cues, inline tags, the title."""
    lines = _read_lines(raw)
    structure.restore_sentence_pieces(lines)
    structure.mark_split_breadcrumbs(lines)
    structure.mark_teaser_headlines(lines)
    structure.mark_split_promos(lines)
    structure.mark_lists(lines)
    structure.mark_boxes(lines)
    structure.mark_comment_section(lines)
    structure.mark_captions_above_credits(lines)
    structure.mark_split_credits(lines)
    structure.mark_head_captions(lines)
    structure.mark_masthead(lines)
    structure.mark_head_names(lines)
    structure.mark_author_blocks(lines)
    structure.mark_names_after_bare_bylines(lines)
    structure.mark_frequent_lines(lines, frequent_lines)
    structure.mark_about_blocks(lines)
    structure.mark_author_bios(lines)
    structure.mark_signoff_block(lines)
    structure.mark_signature_roles(lines)
    structure.mark_footer_runs(lines)
    structure.mark_tag_rows(lines)
    tags: list[InlineTag] = []
    source, dateline = _cut_prefix(lines, tags)
    structure.mark_outlet_blurb(lines, source or _source_from_removed(lines))
    structure.mark_edge_labels(lines)
    title_line = structure.find_title(lines)
    _cut_suffix(lines, tags)
    return RuleDecisions(lines, title_line, tags, source, dateline)


def assemble(decided: RuleDecisions) -> CleanedArticle:
    """The clean text (title, then paragraphs with broken sentences re-joined) and the trace."""
    lines, title_line = decided.lines, decided.title
    title = title_line.display if title_line is not None else None
    paragraphs = [line.text for line in lines if line.kept and line.text and line is not title_line]
    clean_text = "\n".join(([title] if title else []) + rejoin(paragraphs))
    removed = tuple(RemovedLine(line.line_no, line.raw, line.reason) for line in lines if line.reason)
    return CleanedArticle(
        clean_text=clean_text,
        title=title,
        source=decided.source or _source_from_removed(lines),
        dateline=decided.dateline or _dateline_from_removed(lines),
        removed=removed,
        tags=tuple(sorted(decided.tags, key=lambda tag: (tag.line_no, tag.where != "prefix"))),
    )


def clean_article(raw: str, frequent_lines: frozenset[str] = frozenset()) -> CleanedArticle:
    """Clean one raw article; every removed line and cut tag is recorded with its reason."""
    decided = apply_rules(raw, frequent_lines)
    mark_learned(decided.lines, decided.title)
    return assemble(decided)
