"""A deterministic synthetic news corpus of any size, recombined from the project's real articles.

The cleaner itself sorts the lines of `seeds/*.txt` and `tests/clean/fixtures/*.txt` into body
sentences, headlines and boilerplate by category (its removal reasons), and langdetect splits
the bodies by language, so the pools follow the pipeline's own notion of body and boilerplate.
Paragraphs are new combinations of two or three real sentences and titles of two real headline
halves: like real ones, they almost never repeat within an outlet, while its boilerplate does
(which is what the cleaner's repeated-line statistics rely on).
Each synthetic article is shaped like a scraped page of one of a few hundred invented outlets
(`RadarMaluku.com`, `WartaBali.id`, …), each with its own publisher prefix, site line,
timestamp line, credit code, editor line, promo footer and related-articles list, and its own
rate of "Baca juga" teasers and ads between paragraphs. Outlets have Zipf-like popularity; a dated attribution
sentence in the lead names one of ~1,600 people (Zipf-like too) and a city, so the entity and
date tables get a realistic long tail; days spread over one year (2024-07-01 to 2025-06-30).

Article `i` depends only on (seed, i), so a corpus can be extended (`start=N`) and any file
rebuilt exactly.
"""

from __future__ import annotations

import math
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable

from pipeline.clean import clean_article
from pipeline.language import detect_language

REAL_ARTICLE_DIRS = ("seeds", "tests/clean/fixtures")
FIRST_DAY, DAYS = date(2024, 7, 1), 365
SOURCES = 300
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])")
INSERTED = ("ad", "embed", "caption")
"""Boilerplate categories whose real lines are dropped between paragraphs as they are."""

_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember")
_OUTLET_WORDS = ("Warta Suara Kabar Berita Info Radar Harian Media Portal Tribun Pos Sinar Lensa Jurnal "
                 "Detak Gema Fokus Metro Nusa Koran").split()
_REGIONS = ("Borneo Maluku Jatim Jabar Jateng Bali Sumut Sulsel Riau Papua Aceh Lampung Banten Ntt Kaltim "
            "Sumbar Jambi Bengkulu Gorontalo Bekasi Bogor Depok Medan Makassar Surabaya Semarang Bandung "
            "Malang Solo Jogja").split()
_TLDS = ("com", "co.id", "id", "net")
_CITIES = ("Jakarta Surabaya Bandung Medan Semarang Makassar Palembang Denpasar Yogyakarta Malang Padang "
           "Pekanbaru Pontianak Banjarmasin Balikpapan Samarinda Manado Ambon Jayapura Kupang Mataram "
           "Bengkulu Jambi Serang Bogor Depok Bekasi Tangerang Cirebon Tasikmalaya Solo Kediri Jember "
           "Banyuwangi Batam Tarakan Palu Kendari Ternate Sorong").split()
_FIRST_NAMES = ("Agus Budi Citra Dewi Eko Fitri Gilang Hendra Indah Joko Kartika Lukman Maya Nur Oki Putri "
                "Rizky Sri Taufik Utami Wahyu Yudi Zainal Andi Bambang Dian Fajar Hadi Irfan Lestari Mega "
                "Novi Rahmat Siti Teguh Wulan Yanti Arief Bayu").split()
_SURNAMES = ("Santoso Wijaya Saputra Hidayat Kusuma Nugroho Pratama Siregar Nasution Lubis Harahap Simanjuntak "
             "Sitompul Tanjung Hakim Gunawan Setiawan Purnomo Suryadi Wibowo Halim Rahman Syahputra Firmansyah "
             "Hutapea Manurung Pangaribuan Sinaga Daulay Pohan Ginting Tarigan Sembiring Rangkuti Batubara "
             "Damanik Silalahi Panjaitan Situmorang Marpaung").split()


@dataclass(frozen=True)
class Pools:
    """Real lines to recombine, sorted by the cleaner."""

    sentences: dict[str, tuple[str, ...]]
    """Language code -> sentences of body paragraphs (inline tags already cut)."""
    headlines: tuple[str, ...]
    teaser_markers: tuple[str, ...]
    """Labels that open a related-article teaser ("Baca juga:")."""
    list_headings: tuple[str, ...]
    """Headings of a list of related articles ("Berita Populer")."""
    boilerplate: dict[str, tuple[str, ...]]
    """Category -> whole boilerplate lines (ads, embeds, captions)."""
    boilerplate_share: float
    """Removed / non-empty lines over the real articles: what the synthetic ones aim at."""


def real_articles(root: Path) -> list[Path]:
    return sorted(p for folder in REAL_ARTICLE_DIRS for p in (root / folder).glob("*.txt"))


def harvest(paths: Iterable[Path]) -> Pools:
    """Clean each real article and pool its lines by what the cleaner made of them."""
    body: dict[str, list[str]] = defaultdict(list)
    boilerplate: dict[str, list[str]] = defaultdict(list)
    headlines, markers, headings = [], set(), set()
    lines = removed = 0
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        cleaned = clean_article(raw)
        language, _ = detect_language(cleaned.clean_text)
        paragraphs = cleaned.clean_text.split("\n")[1 if cleaned.title else 0:]
        body[language].extend(s for p in paragraphs for s in _SENTENCE_END.split(p) if s.strip())
        headlines.extend([cleaned.title] if cleaned.title else [])
        lines += sum(1 for line in raw.split("\n") if line.strip())
        removed += len(cleaned.removed)
        for r in cleaned.removed:
            if r.reason in ("related.teaser_headline", "related.list_item"):
                headlines.append(r.text.strip())
            elif r.reason == "related.list_heading":
                headings.add(r.text.strip())
            elif r.reason == "related.teaser_marker" and ":" in r.text:
                label, _, headline = r.text.partition(":")
                markers.add(label.rstrip() + ":")
                headlines.extend([headline.strip()] if headline.strip() else [])
            elif r.category in INSERTED:
                boilerplate[r.category].append(r.text.strip())
    return Pools(
        sentences={k: tuple(v) for k, v in body.items()},
        headlines=tuple(headlines),
        teaser_markers=tuple(sorted(markers)),
        list_headings=tuple(sorted(headings)),
        boilerplate={k: tuple(v) for k, v in boilerplate.items()},
        boilerplate_share=round(removed / max(lines, 1), 4),
    )


@dataclass(frozen=True)
class Source:
    """An invented outlet and the page template its scraper output follows."""

    domain: str
    """Display form, e.g. RadarMaluku.com; its lower case is the folder."""
    prefix: str
    """Publisher/dateline prefix of the lead, with `{city}` / `{CITY}` placeholders."""
    language: str
    site_line: bool
    timestamp_line: bool
    teaser_rate: float
    ad_rate: float
    related_list: bool
    credit_code: str | None
    editor: str | None
    promo: str | None


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST_NAMES)} {rng.choice(_SURNAMES)}"


def make_sources(seed: int, count: int = SOURCES, english_share: float = 0.03) -> list[Source]:
    """`count` outlets with their own prefixes, footers and boilerplate habits."""
    rng = random.Random(f"{seed}:sources")
    names = rng.sample([(w, r) for w in _OUTLET_WORDS for r in _REGIONS], count)
    sources = []
    for word, region in names:
        domain = f"{word}{region}.{rng.choice(_TLDS)}"
        short = f"{word} {region}".upper()
        prefix = rng.choice(
            ("{CITY}, " + domain + " - ", domain + ", {city} - ", domain + " | ", "{city} (" + short + ") - ")
        )
        initials = "".join(rng.choice("abcdefghijklmnoprstuwy") for _ in range(3))
        sources.append(Source(
            domain=domain,
            prefix=prefix,
            language="en" if rng.random() < english_share else "id",
            site_line=rng.random() < 0.6,
            timestamp_line=rng.random() < 0.7,
            teaser_rate=rng.uniform(0.1, 0.45),
            ad_rate=rng.uniform(0.05, 0.3),
            related_list=rng.random() < 0.4,
            credit_code=f"({initials}/{initials[::-1]})" if rng.random() < 0.5 else None,
            editor=f"Editor: {_person(rng)}" if rng.random() < 0.7 else None,
            promo=f"Ikuti berita terkini {domain} di Google News" if rng.random() < 0.6 else None,
        ))
    return sources


def _zipf_weights(count: int, exponent: float) -> list[float]:
    """Cumulative weights 1/rank^exponent, for `random.choices(cum_weights=…)`."""
    total, out = 0.0, []
    for rank in range(1, count + 1):
        total += rank ** -exponent
        out.append(total)
    return out


class Corpus:
    """Article `i` of the synthetic corpus for a seed, from the pools and the outlets."""

    def __init__(self, pools: Pools, seed: int) -> None:
        self.pools, self.seed = pools, seed
        self.sources = make_sources(seed)
        rng = random.Random(f"{seed}:people")
        self.people = rng.sample([f"{f} {s}" for f in _FIRST_NAMES for s in _SURNAMES], len(_FIRST_NAMES) * len(_SURNAMES))
        self._source_weights = _zipf_weights(len(self.sources), 0.9)
        self._people_weights = _zipf_weights(len(self.people), 1.0)

    def _title(self, rng: random.Random) -> str:
        """The first half of a real headline and the second half (or the whole) of another
        ("Harga Beras Naik" + ", Bapanas Turun Tangan"), so that titles, like real ones, rarely
        repeat within an outlet."""
        first, second = rng.sample(self.pools.headlines, 2)
        head, _, _ = first.partition(", ")
        _, comma, tail = second.partition(", ")
        return f"{head}, {tail if comma else second}"

    def article(self, index: int) -> tuple[str, str]:
        """(relative path, text) of article `index`."""
        rng = random.Random(f"{self.seed}:{index}")
        source = rng.choices(self.sources, cum_weights=self._source_weights)[0]
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        sentences = self.pools.sentences.get(source.language) or self.pools.sentences["id"]
        city = rng.choice(_CITIES)
        person = rng.choices(self.people, cum_weights=self._people_weights)[0]
        paragraphs = [" ".join(rng.sample(sentences, rng.choice((2, 2, 3))))
                      for _ in range(max(3, min(30, round(rng.lognormvariate(math.log(7), 0.4)))))]
        when = f"{_WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"
        attribution = (f" {person} said in {city} on {when}." if source.language == "en"
                       else f" Hal itu disampaikan {person} di {city} pada {when}.")

        lines = [source.domain] if source.site_line else []
        lines.append(self._title(rng))
        if source.timestamp_line:
            lines.append(f"{_WEEKDAYS[day.weekday()]}, {day.day:02d} {_MONTHS[day.month - 1]} {day.year} "
                         f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d} WIB")
        if rng.random() < 0.3 and self.pools.boilerplate.get("caption"):
            lines.append(rng.choice(self.pools.boilerplate["caption"]))
        lines.append(source.prefix.format(city=city, CITY=city.upper()) + paragraphs[0] + attribution)
        for paragraph in paragraphs[1:]:
            if rng.random() < source.teaser_rate and self.pools.teaser_markers:
                lines.append(f"{rng.choice(self.pools.teaser_markers)} {rng.choice(self.pools.headlines)}")
            if rng.random() < source.ad_rate:
                category = rng.choice([c for c in INSERTED if self.pools.boilerplate.get(c)])
                lines.append(rng.choice(self.pools.boilerplate[category]))
            lines.append(paragraph)
        if source.credit_code:
            lines[-1] += f" {source.credit_code}"
        if source.related_list and self.pools.list_headings:
            lines.append(rng.choice(self.pools.list_headings))
            lines += rng.sample(self.pools.headlines, rng.randint(2, 4))
        lines += [footer for footer in (source.promo, source.editor) if footer]
        path = f"{source.domain.lower()}/{day:%Y-%m}/{index:07d}.txt"
        return path, "\n".join(lines) + "\n"


def write_corpus(corpus: Corpus, folder: Path, count: int, start: int = 0) -> dict[str, int]:
    """Write articles start … start+count-1 under `folder`; returns files and bytes written."""
    made: set[Path] = set()
    written = 0
    for index in range(start, start + count):
        rel, text = corpus.article(index)
        path = folder / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        written += path.write_bytes(text.encode("utf-8"))
    return {"files": count, "bytes": written}
