"""Explicit calendar dates in Indonesian news text, normalised to `datetime.date`.

Recognised (day-month-year, the Indonesian order), optionally after a weekday:
"Jumat (4/2/2021)", "4/2/2021", "04-02-2021", "04.02.2021", "21 Maret 2023",
"Sabtu 5 Februari 2022", "Senin, 12 Desember 2022", "5 Feb 2022", "5 Feb. 2022", and ISO
"2022-02-05". Month names come from CLDR via Babel (Indonesian and English, wide and
abbreviated) plus newsroom spellings ("Pebruari", "Nopember", "Agt", "Sept").

Skipped on purpose: dates without a year ("Jumat (4/2)", "24 Februari"), month-year only
("Februari 2022"), relative dates ("tahun lalu", "pada Jumat"), two-digit years, years outside
1900-2099, impossible dates ("31/2/2021"). No year is ever inferred. A weekday is part of the
match but never checked against the date: sources misdate, and the written date is the claim.

One precompiled regex finds candidates and its groups already carry day, month and year, so
normalising is a table lookup plus `datetime.date`. dateparser (languages=["id"],
DATE_ORDER="DMY", STRICT_PARSING) gave the same dates but cost ~0.5 ms per uncached
candidate and ~60 ms on first use; these rules cost a few microseconds.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from itertools import takewhile
from dataclasses import dataclass

from babel.dates import get_day_names, get_month_names

# The "first part" of an article for `published_date`: the dateline and first paragraph or
# two of an Indonesian news story, where a site writes "Jakarta, Senin (12/12/2022) - ...".
LEAD_CHARS = 600

# A byline line holds the date and at most this much else (weekday, time, author, outlet).
BYLINE_MAX_EXTRA = 60
# A dateline date starts within this many characters of its line ("Jakarta, CNBC Indonesia - ").
DATELINE_REACH = 40
_DASH_AFTER = re.compile(r"\)?\s*[-–—]\s")
_CAPTION_END = re.compile(r"\)?\.\s*(?P<credit>\(.*\)|.*/.*)?\s*")

_NEWSROOM_MONTHS = {"pebruari": 2, "nopember": 11, "agt": 8, "ags": 8, "sept": 9, "okt": 10, "des": 12}
_NEWSROOM_WEEKDAYS = ("Jum'at", "Ahad")


def _month_numbers() -> dict[str, int]:
    """Casefolded month name or abbreviation -> month number."""
    out = dict(_NEWSROOM_MONTHS)
    for locale in ("id", "en"):
        for width in ("wide", "abbreviated"):
            out.update((name.casefold(), number) for number, name in get_month_names(width, locale=locale).items())
    return out


def _alternation(words: list[str]) -> str:
    """Regex alternation, longest first so "Februari" is not cut to "Feb"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTHS = _month_numbers()
_WEEKDAYS = [*get_day_names("wide", locale="id").values(), *_NEWSROOM_WEEKDAYS]
_YEARS = range(1900, 2100)
# Every form starts with a digit run (`lead`: day, or year in ISO form), and the pattern
# starts with a bare digit class so `re` can skip ahead to digits: a text without numbers
# costs one fast scan. The lead's length and the "not part of a longer number" rule are
# checked in `_to_date`, which a leading look-behind would make slow.
_DATE = re.compile(
    rf"""(?P<lead>\d\d{{0,3}})
    (?:-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})
      |(?P<sep>[/.-])(?P<num_m>\d{{1,2}})(?P=sep)(?P<num_y>\d{{4}})
      |\s+(?P<txt_m>{_alternation(list(_MONTHS))})\.?\s+(?P<txt_y>\d{{4}})
    )(?!\d)""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMBER_BEFORE = re.compile(r"\d[/.]?\Z")
# A weekday right before a date: "Jumat (", "Senin, ", "Sabtu ". Searched only in the few
# characters before a found date, so text without dates pays for the main regex alone.
_WEEKDAY_BEFORE = re.compile(rf"(?<!\w)(?:{_alternation(_WEEKDAYS)}),?\s*(?P<paren>\()?\s*\Z", re.IGNORECASE)
_WEEKDAY_REACH = 16
_PAREN_CLOSE = re.compile(r"\s*\)")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: datetime.date


def _to_date(text: str, match: re.Match[str]) -> datetime.date | None:
    """The calendar date a candidate names, or None when it is the tail of a longer number
    ("1/4/2/2021"), has a wrong-length lead, a year outside 1900-2099, or does not exist
    ("31/2/2021")."""
    lead = match["lead"]
    if _NUMBER_BEFORE.search(text, max(0, match.start() - 2), match.start()):
        return None
    if match["iso_m"]:
        year, month, day = lead, match["iso_m"], match["iso_d"]
        if len(lead) != 4:
            return None
    elif len(lead) > 2:
        return None
    elif match["num_y"]:
        year, month, day = match["num_y"], match["num_m"], lead
    else:
        year, month, day = match["txt_y"], str(_MONTHS[match["txt_m"].casefold()]), lead
    if int(year) not in _YEARS:
        return None
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _span(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The date's span, widened to a weekday before it ("Jumat (4/2/2021)"); a bracket
    opened after the weekday must close after the date, else the weekday is left out."""
    start, end = match.span()
    weekday = _WEEKDAY_BEFORE.search(text, max(0, start - _WEEKDAY_REACH), start)
    if weekday is None:
        return start, end
    if weekday["paren"] is None:
        return weekday.start(), end
    close = _PAREN_CLOSE.match(text, end)
    return (weekday.start(), close.end()) if close else (start, end)


def _iter_dates(text: str) -> Iterator[DateMention]:
    """Explicit dates in text order, lazily (so `published_date` stops at the first)."""
    for match in _DATE.finditer(text):
        if (date := _to_date(text, match)) is not None:
            start, end = _span(text, match)
            yield DateMention(start, end, text[start:end], date)


def find_dates(text: str) -> list[DateMention]:
    """All explicit full dates (day, month and year written out), offsets into `text`."""
    return list(_iter_dates(text))


def published_date(text: str, page: str = "") -> datetime.date | None:
    """Best guess at the article's own date, from the explicit full dates starting within the
    first `LEAD_CHARS` characters (a later date is more likely an event's or a teaser's):

    1. a byline or dateline date: a date that fills a short line of its own ("Rabu, 05 Feb
       2025 14:30 WIB", "Oleh Redaksi | 10 Februari 2025") or is glued to the place or
       publisher prefix at a line start ("Jakarta, 10 Februari 2025 – Kementerian…"), looked
       for first in the raw `page` (the cleaner removes the timestamp line as boilerplate, yet
       it is the best evidence of the date), then in the clean `text`;
    2. else the first date of the clean text that does not close a photo caption ("…di
       Moskow, Rusia, 21 Maret 2023." in seed 004, a file photo older than the story);
    3. else None."""
    if (stated := _stated(page, _lead(page))) is not None:
        return stated.date
    lead = _lead(text)
    chosen = _stated(text, lead) or next((d for d in lead if not _ends_caption(text, d)), None)
    return None if chosen is None else chosen.date


def _lead(text: str) -> list[DateMention]:
    return list(takewhile(lambda d: d.start < LEAD_CHARS, _iter_dates(text)))


def _stated(text: str, lead: list[DateMention]) -> DateMention | None:
    """The first byline or dateline date among `lead`, the dates of `text`."""
    return next((d for d in lead if _is_byline(text, d) or _is_dateline(text, d)), None)


def _line_bounds(text: str, date: DateMention) -> tuple[int, int]:
    """Start and end offsets of the line holding a date."""
    end = text.find("\n", date.end)
    return text.rfind("\n", 0, date.start) + 1, len(text) if end < 0 else end


def _is_byline(text: str, date: DateMention) -> bool:
    """A date on a short line of its own (with time, weekday, author or outlet), not a sentence."""
    start, end = _line_bounds(text, date)
    line = text[start:end].strip()
    return len(line) - len(date.text) <= BYLINE_MAX_EXTRA and not line.endswith(".") and not _ends_caption(text, date)


def _is_dateline(text: str, date: DateMention) -> bool:
    """A date right after the dateline place or publisher at a line start, before the dash
    that opens the story ("JAKARTA, Senin (12/12/2022) - …")."""
    start, _ = _line_bounds(text, date)
    return date.start - start <= DATELINE_REACH and _DASH_AFTER.match(text, date.end) is not None


def _ends_caption(text: str, date: DateMention) -> bool:
    """A one-sentence line that ends with the date, then a photo credit or after a comma: the
    shape of a caption ("Warga melintasi banjir di Kampung Melayu, Selasa (14/1/2025).
    KOMPAS.com/…", "…di Chengdu, pada 5 Januari 2025. (Xinhua/Xu Bingjie)")."""
    start, end = _line_bounds(text, date)
    tail = _CAPTION_END.fullmatch(text, date.end, end)
    return (
        tail is not None
        and (tail["credit"] is not None or text[date.start - 2 : date.start] == ", ")
        and ". " not in text[start : date.start]
    )
