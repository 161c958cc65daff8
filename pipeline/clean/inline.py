"""Inline tags: publisher/dateline prefixes and credit-code suffixes inside body lines.

Indonesian outlets open the first body paragraph with a dateline and/or publisher tag and
close the last one with the initials of the writer and editor. The prefix shapes below are
the ones outlets use (the shape, not the outlet, is matched):

- place, publisher: `JAKARTA, KOMPAS.com - `, `Jakarta, CNN Indonesia -- `, `Jakarta (ANTARA) - `,
  a group's regional of up to five words (`MADIUN, Jawa Pos Radar Madiun – `), or one title-case
  word closed by a full stop (`Sidoarjo, Bhirawa. `)
- publisher, place: `REPUBLIKA.CO.ID, YOGYAKARTA -- `, `Liputan6.com, Jakarta` (often glued to the
  next word: `Liputan6.com, JakartaPresiden`)
- publisher, dash, place, full stop: `KONTAN.CO.ID - JAKARTA. `
- publisher only: `WahanaNews.co | `, `Suara.com - `, `BLORA.SUARAMERDEKA.COM - `
- publisher domain and name: `RM.id  Rakyat Merdeka - `
- agency acronym, place, colon: `KBRN, Ambon: ` (RRI)
- title-case place, colon: `Jakarta: ` (Medcom, Metro TV), before a capitalised word, never a digit
  (`Nomor: 1147A / C3 / SK / 2004 …` opens a corpus sentence)
- upper-case words then a dash: `WASHINGTON – ` (a dateline) or `JAKARTA INSIDER - ` (a publisher,
  told apart by a media word such as INSIDER, NEWS, TIMES, POS)
- title-case place then a spaced dash: `Jakarta - ` (Detik)
- place, region, agency in brackets: `Chengdu, China (Xinhua) -- ` (the dateline is the city), or
  with a colon: `MEDAN (Waspada.id): `
- a wire's name in brackets, maybe with a short date: `(IQPlus), (13/3) - `
- place, date, dash: `Jakarta, 10 Februari 2025 – ` (government press releases), or a short date
  with a weekday or an agency: `Jakarta, 12/3 (ANTARA) - `, `Jakarta, Rabu (12/3/2025) - `
- upper-case brand and its rubric, then an en or em dash: `VIVA Bola – `, `VIVA Otomotif – ` (a
  hyphen would let "KPK Menang - …" in)
- an upper-case place with no separator but a space or a glued hyphen: `MEDAN Ribuan …`,
  `ISTANBUL Turki …`, `MATARAM-Pemprov …`; only a place the NER gazetteer knows (`PRESIDEN
  Rusia …`, `HAMPIR enam …` and acronyms such as `TNI-Polri` are no place)

A tag may be split over two lines by the scraper (`JAKARTA, KOMPAS.com` then `- Body…`), or
printed alone on the line above the paragraph with no separator at all (`Jakarta, NU Online`: a
publisher's name with a media word, so a broken sentence "Presiden Joko Widodo, Wakil Presiden"
is not taken for one).
An upper-case first word without a separator (`PRESIDEN Rusia…`, `FRANCESCOBagnaia`) is not a tag,
nor is a title-case word closed by a full stop (Jakarta Globe's `Jakarta. ` looks like the
sentences "Sulit. Karena …" and "Dhanabalan. Menurut …" of the NER corpora).

`source` is normalised to a stable form: casefolded, whitespace folded, a leading `www.` and
trailing dots dropped (`BLORA.SUARAMERDEKA.COM` → `blora.suaramerdeka.com`, `WahanaNews.co` →
`wahananews.co`, `ANTARA` → `antara`). `dateline` is the place upper-cased (`Jakarta` → `JAKARTA`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DOMAIN = (
    r"(?i:(?:www\.)?[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*"
    r"\.(?:com|co\.id|co|id|net|org|tv|news|info|asia|my\.id|or\.id))(?![\w.])"
)
# A separator, then the paragraph's first word: capitalised, a digit or an opening quote (an
# appositive dash inside a sentence, "Pemerintah Jerman - termasuk polisi…", is no prefix).
# Prefixes are matched on the display form, where dashes are as the outlet typed them: an en
# or em dash separates even when glued ("JOGJA—Pemerintah"), a hyphen only beside a space
# (a glued hyphen is a word's: "Prabowo-Hatta").
_OPENS = r"(?=[\"'“‘(\[]?[A-Z0-9])"
_DASH_CORE = r"(?:\s*[–—]{1,2}\s*|\s+-{1,3}\s*|-{1,3}\s+|\s*\|\s*)"
_SEP = r"(?:" + _DASH_CORE + r"|\s*[:~]\s*)" + _OPENS
_DASH = _DASH_CORE + _OPENS
_SITE_SEP = re.compile(_SEP)
_PLACE = r"[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3}"

# (name, pattern) in order of preference; groups `place` and/or `pub`.
PREFIXES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("place_publisher", rf"^(?P<place>{_PLACE})\s*,\s*(?P<pub>{DOMAIN}){_SEP}"),
        ("publisher_place", rf"^(?P<pub>{DOMAIN})\s*,\s*(?P<place>{_PLACE}){_SEP}"),
        # An upper-case place glued to the paragraph by a hyphen ("TRIBUNJABAR.ID, GARUT-Bencana"):
        # after a publisher and a comma, the hyphen can only be the separator.
        (
            "publisher_place_hyphen",
            rf"^(?P<pub>{DOMAIN})\s*,\s*(?P<place>[A-Z][A-Za-z]{{2,}}(?:\s[A-Z][A-Za-z]{{2,}}){{0,2}})-{{1,2}}(?=[\"'“‘(\[]?[A-Z])",
        ),
        ("publisher_place_glued", rf"^(?P<pub>{DOMAIN})\s*,\s*(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)??)(?=[A-Z\"'(])"),
        ("publisher_place_word", rf"^(?P<pub>{DOMAIN})\s*,\s*(?P<place>[A-Z][A-Za-z]+)\s+"),
        ("publisher_dash_place", rf"^(?P<pub>{DOMAIN}){_DASH_CORE}(?P<place>[A-Z][A-Z ]+)\.\s+" + _OPENS),
        (
            "place_paren_publisher",
            rf"^(?P<place>{_PLACE})(?:\s*,\s*{_PLACE})?\s*\((?P<pub>[A-Za-z][\w .]{{1,30}})\)(?:{_DASH}|\s*:\s*{_OPENS})",
        ),
        (
            "paren_publisher_date",
            rf"^\((?P<pub>[A-Za-z][\w .]{{1,30}})\)\s*,?\s*(?:\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))?{_DASH}",
        ),
        # A wire release: place, country, date, the wire between slashes ("JAKARTA, Indonesia, 20 Maret 2025
        # /PRNewswire/ -- ").
        (
            "place_date_wire",
            rf"^(?P<place>{_PLACE})(?:\s*,\s*{_PLACE})?\s*,\s*(?:\d{{1,2}}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{{1,2}},?)\s+\d{{4}}"
            rf"\s*/(?P<pub>[A-Za-z][\w .-]{{1,30}})/{_DASH}",
        ),
        ("place_date", rf"^(?P<place>{_PLACE})\s*,\s*\d{{1,2}}\s+[A-Z][a-z]+\.?\s+\d{{4}}{_DASH}"),
        (
            "place_short_date",
            rf"^(?P<place>{_PLACE})\s*,\s*(?:[A-Z][a-z]+\s*)?\(?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)?"
            rf"(?:\s*\((?P<pub>[A-Za-z][\w .]{{1,30}})\))?{_DASH}",
        ),
        # An upper-case publisher's name (with a media word) glued to the paragraph by a hyphen
        # ("SIANTAR, METRO-Ratusan"; "JAKARTA, KPK-Polri …" is no tag).
        (
            "place_publisher_hyphen",
            r"^(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)\s*,\s*(?P<pub>[A-Z][A-Z.]{2,}(?:\s[A-Z.]{2,}){0,2})-{1,2}(?=[A-Z])",
        ),
        ("place_publisher_name", rf"^(?P<place>{_PLACE})\s*,\s*(?P<pub>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,4}}){_DASH}"),
        ("place_publisher_stop", r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*,\s*(?P<pub>[A-Z][a-z]{3,})\.\s+(?=[A-Z][a-z])"),
        ("publisher_name", rf"^(?P<pub>{DOMAIN})\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}{_DASH}"),
        ("publisher", rf"^(?P<pub>{DOMAIN}){_SEP}"),
        # A domain glued to the paragraph by hyphens ("PADEK.JAWAPOS.COM--Banjir"): a domain ends there.
        ("publisher_hyphen", rf"^(?P<pub>{DOMAIN})-{{1,3}}(?=[\"'“‘(\[]?[A-Z])"),
        ("agency_place_colon", rf"^(?P<pub>[A-Z]{{3,6}})\s*,\s*(?P<place>{_PLACE})\s*:\s*{_OPENS}"),
        ("brand_rubric", r"^(?P<pub>[A-Z]{3,})\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[–—]{1,2}\s*" + _OPENS),
        ("upper_words", r"^(?P<caps>[A-Z][A-Z.'&]+(?:[ ,]+[A-Z][A-Z.'&]*){0,3})" + _DASH),
        ("title_place", r"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+[-–—]{1,2}\s+" + _OPENS),
        ("title_place_colon", r"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}):\s+(?=[\"'“‘(\[]?[A-Z][a-z])"),
        ("bare_place", r"^(?P<bare>[A-Z]{3,}(?:\s[A-Z]{3,}){0,2})(?:\s+|-)(?=[A-Z][a-z])"),
    )
)

PLACES_FILE = Path(__file__).parents[1] / "ner" / "gazetteer.tsv"
"""The NER tagger's gazetteer (surface, label per line): its LOC surfaces are the known places."""


@cache
def known_places() -> frozenset[str]:
    """Casefolded place names (LOC) of the NER gazetteer: a bare upper-case word opening the
    first paragraph is a dateline only when it names a place."""
    rows = (row.split("\t") for row in PLACES_FILE.read_text(encoding="utf-8").splitlines())
    return frozenset(row[0].casefold() for row in rows if row[1:2] == ["LOC"])

# A whole line that is only a tag, its separator starting the next line (`JAKARTA, KOMPAS.com`).
SPLIT_PREFIX = re.compile(
    rf"^(?:(?P<place>{_PLACE})\s*,\s*(?P<pub>{DOMAIN})|(?P<pub2>{DOMAIN})(?:\s*,\s*(?P<place2>{_PLACE}))?)\s*$"
)
SPLIT_SEPARATOR = re.compile(r"^\s*(?:[-–—]{1,3}|\|)\s*")
LONE_PREFIX = re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<pub>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})\s*$")
"""A place and a publisher's name alone on their line (`Jakarta, NU Online`)."""

# Words that make an upper-case prefix a publisher rather than a place (`JAKARTA INSIDER`).
MEDIA_WORDS = frozenset(
    "NEWS INSIDER TIMES TIME POST POS ONLINE TV MEDIA DAILY EXPRESS EKSPRES TRIBUN RAKYAT KORAN "
    "HARIAN WARTA SUARA RADIO MAGAZINE MAJALAH JOURNAL JURNAL PRESS PERS CHANNEL NETWORK DIGITAL "
    "INFO BERITA KABAR HERALD TODAY REVIEW METRO".split()
)

# Writer/editor initials closing the last paragraph: `(CNN/Z-3)`, `[dhn]`, `(nds/krs)`, `(kha)`,
# `(*)`, `(ant)`. After a sentence end, or anywhere when the code has a slash (`(nds/krs)`).
# Some sign with outlet or agency and a full name instead: `(Banjarmasinpost.co.id/Muhammad
# Rahmadi)` (Tribun network), `(AFP/Glyn Kirk)`, `(ANTARA FOTO/Galih Pradipta)`, or name then
# outlet in lower case: `(Citta Maya/balipost)` (Bali Post); Tribun's upper-case domains
# (`(TRIBUN-MEDAN.COM/ANISA RAHMADANI)`) and reporter codes with digits (`(cr12/tribun-medan.com)`);
# outlets of several words and labelled credits (`(IDN Times/Fadli Syahputra)`, `(Sumber:
# Kompas.tv/Ant)`); a source or editor named in the brackets (`(Sumber: Antara)`, `(ed: Rina)`,
# `(Kompas.com)`); reporter codes of letters and digits (`(m45)`); desks longer than initials
# (`(tribunnews/fik)`); an agency and a desk code without brackets (`AFP/I-1`, Koran Jakarta).
# Pikiran Rakyat's regionals close the article with a bare `***` or `**`,
# NusaBali with a star and the initials (`*mis`).
_CODE = (
    r"(?:\*{1,3}|[A-Za-z]{1,8})(?:\s?[/-]\s?[A-Za-z0-9*]{1,8}){0,3}"
    r"|(?:(?:Sumber|Foto|Dok)\s*:\s*)?(?:(?:[\w-]+\.)+(?i:com|co\.id|id|co|tv)|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})"
    r"/[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}"
    r"|[A-Z][a-z]+(?:\s[A-Z][A-Za-z]+){0,3}/[a-z][\w.]*"
    r"|(?i:sumber|source|ed|editor|red)\s*:\s*[A-Za-z][\w .-]{1,30}"
    r"|(?:[\w-]+\.)+(?i:com|co\.id|id|co|net|tv)"
    r"|(?-i:[a-z]{1,4}\d{1,3})"
)
SUFFIX = re.compile(
    rf"(?:(?<=[.!?\"'”’)\]])\s*(?P<code>[(\[](?:{_CODE})[)\]])"
    r"|\s+(?P<slashed>[(\[][A-Za-z*][A-Za-z0-9*]{0,11}/(?:[A-Za-z0-9*/-]{1,16}|[\w-]+\.(?:com|co\.id|id))[)\]])"
    r"|(?<=[.!?\"'”’])\s*(?P<stars>\*{2,3}|\*[a-z]{2,4})"
    r"|(?<=[.!?\"'”’])\s+(?P<desk>[A-Z][A-Za-z]{1,7}(?:,\s?[A-Z][A-Za-z]{1,7})?/[A-Z]{1,3}-\d{1,3}))\s*$"
)


# A place opening a date line ("Jakarta ● Tue, February 11, 2025"), for outlets that print the
# dateline there instead of in the first paragraph. Weekdays open date lines too; they are no place.
TIMESTAMP_PLACE = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[●•|,–—-]")
WEEKDAYS = frozenset(
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad mon tue wed thu fri sat sun monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)


@dataclass(frozen=True, slots=True)
class Prefix:
    """A prefix found at the start of a line: `end` is where the body text resumes."""

    end: int
    source: str | None
    dateline: str | None


def normalise_source(name: str) -> str:
    """Stable publisher key: casefolded, whitespace folded, `www.` and trailing dots dropped."""
    key = " ".join(name.split()).casefold().strip(" .")
    return key.removeprefix("www.")


def _dateline(place: str) -> str:
    return " ".join(place.replace(",", " ").split()).upper().strip(" .")


def _is_media_name(name: str) -> bool:
    """A name holding a media word, alone or glued to the brand before or after it (`NU Online`,
    `TIMESINDONESIA`, `PKSNews`)."""
    words = name.upper().replace(",", " ").replace(".", " ").split()
    return any(
        word in MEDIA_WORDS
        or any(len(media) >= 4 and (word.startswith(media) or word.endswith(media)) for media in MEDIA_WORDS)
        for word in words
    )


def _caps_prefix(caps: str) -> tuple[str | None, str | None]:
    if _is_media_name(caps):
        return normalise_source(caps), None
    return None, _dateline(caps)


def find_prefix(display: str) -> Prefix | None:
    """The first prefix shape that opens this (display-form) line, with its source and place."""
    for name, pattern in PREFIXES:
        m = pattern.match(display)
        if m is None or (name == "place_publisher_hyphen" and not _is_media_name(m["pub"])):
            continue
        groups = m.groupdict()
        if groups.get("bare"):
            if groups["bare"].casefold() not in known_places():
                continue
            source, dateline = None, _dateline(groups["bare"])
        elif groups.get("caps"):
            source, dateline = _caps_prefix(groups["caps"])
        else:
            pub, place = groups.get("pub"), groups.get("place")
            if place and place.casefold() in WEEKDAYS:
                continue  # "Rabu, 19 Maret 2025 - 08:15 WITA": a date line, not a dateline
            if pub and place and _publisher_first(pub, place):
                pub, place = place, pub  # "Warta Ekonomi, Jakarta - ": the publisher came first
            source = normalise_source(pub) if pub else None
            dateline = _dateline(place) if place else None
        return Prefix(m.end(), source, dateline)
    return None


def _publisher_first(pub: str, place: str) -> bool:
    """Whether "place, pub" was written publisher first: the place holds a media word and the
    publisher none ("Warta Ekonomi, Jakarta"), or only the second is a known place ("Lampung
    Geh, Bandar Lampung")."""
    if _is_media_name(place) and not _is_media_name(pub):
        return True
    places = known_places()
    return pub.casefold() in places and place.casefold() not in places and not _is_media_name(pub)


def find_site_prefix(display: str, site: str, start: int = 0) -> int | None:
    """Where the paragraph resumes after the page's own site name and a separator at `start`
    ("IDXChannel - ", or after a dateline: "BANDA ACEH – RAKYAT ACEH | "), or None."""
    if not site or display[start : start + len(site)].casefold() != site.casefold():
        return None
    m = _SITE_SEP.match(display, start + len(site))
    return m.end() if m else None


def find_split_prefix(display: str, next_display: str) -> tuple[Prefix, int] | None:
    """A tag alone on its line whose separator opens the next line, or a place and a media name
    alone above a paragraph opening with a capital; returns it and the length of the separator to
    cut from the next line (0 when there is none)."""
    m = SPLIT_PREFIX.match(display)
    sep = SPLIT_SEPARATOR.match(next_display)
    if m is None and sep is None and next_display[:1].isupper():
        lone = LONE_PREFIX.match(display)
        # a known place: "Ilham Ramadhan, Pos Kota" is a byline
        if lone is not None and _is_media_name(lone["pub"]) and lone["place"].casefold() in known_places():
            return Prefix(len(display), normalise_source(lone["pub"]), _dateline(lone["place"])), 0
    if m is None or sep is None:
        return None
    pub = m["pub"] or m["pub2"]
    place = m["place"] or m["place2"]
    prefix = Prefix(len(display), normalise_source(pub), _dateline(place) if place else None)
    return prefix, sep.end()


def dateline_from_timestamp(display: str) -> str | None:
    """The place opening a date line, if any."""
    m = TIMESTAMP_PLACE.match(display)
    if m is None or m["place"].casefold() in WEEKDAYS:
        return None
    return _dateline(m["place"])


def find_suffix(text: str) -> tuple[int, int] | None:
    """Span (start, end) of a credit code closing the line (display or match form), or None."""
    last = text.rstrip()[-1:]
    if last not in (")", "]", "*") and "*" not in text[-6:] and not last.isdigit():
        return None
    m = SUFFIX.search(text)
    if m is None:
        return None
    group = next(name for name in ("code", "slashed", "stars", "desk") if m[name])
    return m.start(group), m.end(group)
