"""Entity linking within one article: one label per surface, one canonical name per entity.

`link_mentions` runs these steps, each a small function below, over the article's distinct
surfaces (whitespace-folded):

1. label vote: a surface takes the label most of its occurrences carry;
2. known names: a non-PER surface resolves through the alias table (curated
   `data/aliases.tsv`, Babel's Indonesian CLDR territory names, pycountry's English names
   and alpha-3 codes), also after a state's form ("Republik Ceko" is Ceko); the table's type then
   overrides the tagger's label;
3. typo merge: names of one label, >= 2 tokens and equal token count, with
   `rapidfuzz.fuzz.ratio` >= 90 and every word one typo at most from its counterpart ("Valdimir Putin" ~
   "Vladimir Putin");
4. short forms: a PER name that is a token prefix or suffix of exactly one longer PER entity
   ("Putin", "Xi"), else one inner word of it ("Amran" of "Andi Amran Sulaiman"); shared by two
   entities ("Kim" in "Kim Jong Un", "Kim Yo Jong") it stays apart; likewise an ORG name that
   is a token prefix of one longer ORG ("Persija" of "Persija Jakarta"), its initials ("UGM") or
   a university's "Un" form ("Unhas"), with the same seat after them ("BPBD Tanah Datar"), a
   body's name spelt out alike (a local government's short form, "Pemprov Kaltim" of "Pemerintah
   Provinsi Kalimantan Timur"; a company's legal forms, "Bank Mandiri" of "PT Bank Mandiri
   (Persero) Tbk"), and a place named without its administrative word or head ("Medan" of "Kota
   Medan", "Gaza" of "Jalur Gaza");
5. acronyms: in "Name (ACR)", or "Name (ACR) Seat", the bracketed acronym and the name are one
   entity (needs `text`); the entity is named without the bracketed acronym.

An entity is then named by its known canonical, else by its most frequent full form (see
`_best_surface`); its label is the known type, else the vote of all its mentions. The result
depends only on the set of mentions (and text), never on their order.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Protocol

import pycountry
from babel import Locale
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

# ratio >= 90 on names of >= 2 tokens: one transposition or a missing letter in a typical
# two-word name, while "Korea Utara"/"Korea Selatan" (67) or "Jawa Barat"/"Jawa Timur" stay apart.
FUZZY_CUTOFF = 90.0
FUZZY_MIN_TOKENS = 2
# A typo is one slip: a letter added, dropped, changed or two swapped ("Valdimir"/"Vladimir",
# "Serkat"/"Serikat"). Two real words differ by more ("Pertanian"/"Pertahanan" 3,
# "Kehutanan"/"Keuangan" 3, "Talaud"/"Aland" 2, "Negeri"/"Tinggi" 4).
TYPO_EDITS = 1
# A state's form before its name ("Republik Ceko", "Republik Demokratik Timor Leste", "Kerajaan Arab
# Saudi"), longest first; a form with a name of its own stays ("Republik Demokratik Kongo" is not Kongo).
STATE_FORMS = ("republik demokratik ", "republik rakyat ", "republik islam ", "republik federal ", "republik ",
               "kerajaan ", "federasi ")
# CLDR pseudo-locales and unknown region ("Aksen Asing", "Wilayah Tidak Dikenal"), and "001"
# "Dunia" (world), a common noun inside names such as "Organisasi Kesehatan Dunia".
SKIPPED_TERRITORIES = frozenset({"XA", "XB", "ZZ", "001"})
ALIASES_FILE = "data/aliases.tsv"
# Words that open the official name of an Indonesian place ("Kota Medan", "Kabupaten Garut"), and
# the heads of a place that the same place goes without ("Pulau Jawa" and "Jawa", "Jalur Gaza" and
# "Gaza", "Gunung Lawu" and "Lawu", "Stadion Segiri" and "Segiri", "Negeri Mamala" and "Mamala";
# "Selat Madura", "Teluk Balikpapan", "Pelabuhan Tawau", "Jalan Tunjungan", "Sungai Masamba" and "Danau
# Toba" are other places than Madura, Balikpapan, Tawau, Tunjungan, Masamba and Toba, and "Kepulauan
# Riau" another province than Riau).
ADMINISTRATIVE_WORDS = frozenset({"kota", "kabupaten", "provinsi", "kecamatan", "kelurahan", "desa", "distrik"})
PLACE_HEAD_WORDS = frozenset({"pulau", "jalur", "gunung", "stadion", "sirkuit", "terminal", "negeri"})
PLACE_SHORT_FORM_HEADS = ADMINISTRATIVE_WORDS | PLACE_HEAD_WORDS
# A company's legal forms: part of its name ("PT PLN (Persero)"), but a name compares equal without
# them ("Bank Mandiri" and "PT Bank Mandiri (Persero) Tbk", "Bulog" and "Perum Bulog").
LEGAL_FORMS = ("persero", "perseroda", "perum", "tbk")
COMPANY_OPENERS = frozenset({"pt", "pt."})  # our gold names a company with its "PT"
COMPANY_FORMS = COMPANY_OPENERS | {"tbk.", *LEGAL_FORMS, *(f"({form})" for form in LEGAL_FORMS)}
# Short forms of local government: "Pemprov Maluku" is "Pemerintah Provinsi Maluku".
GOVERNMENT_SHORT_FORMS = {"pemprov": "pemerintah provinsi", "pemkot": "pemerintah kota",
                          "pemko": "pemerintah kota", "pemkab": "pemerintah kabupaten"}

# A short form in brackets inside a name ("Badan Narkotika Nasional Provinsi (BNNP) Bali"): the
# entity is named without it. A legal form in brackets stays ("PT PLN (Persero)").
_BRACKETED_SHORT_FORM = re.compile(rf"\s*\((?!(?:{'|'.join(LEGAL_FORMS)})\))([^()]+)\)", re.IGNORECASE)
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


class MentionLike(Protocol):
    """What the tagger hands over (`pipeline.ner.Mention` or any look-alike)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class LinkedMention:
    start: int
    end: int
    surface: str
    label: str
    name: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class _Known:
    name: str
    label: str


def entity_id(name: str) -> str:
    """Readable slug of the canonical name ("Vladimir Putin" -> "vladimir-putin"): stable
    across runs and articles because it depends on nothing else. A name without letters or
    digits gets a hash so the id is never empty."""
    ascii_ish = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name
    slug = re.sub(r"[\W_]+", "-", ascii_ish.casefold()).strip("-")
    return slug or "entity-" + hashlib.blake2s(name.encode(), digest_size=6).hexdigest()


def _fold(surface: str) -> str:
    """Whitespace-folded surface less a short form in brackets inside it: the unit of voting
    and clustering ("Badan Nasional Pengelola Perbatasan (BNPP)" is "Badan Nasional Pengelola
    Perbatasan")."""
    folded = " ".join(surface.split())
    return " ".join(_BRACKETED_SHORT_FORM.sub(" ", folded).split()) or folded


def _key(name: str) -> str:
    """Case- and hyphen-insensitive key ("Bangsa-Bangsa" == "bangsa bangsa", "MOSKOW" == "Moskow")."""
    return " ".join(name.casefold().replace("-", " ").split())


def _is_acronym(surface: str) -> bool:
    """All-caps forms ("AS", "A.S.", "NATO") match only case-sensitively: "as" is a word."""
    return surface.upper() == surface and any(c.isalpha() for c in surface)


def _read_aliases() -> dict[str, _Known]:
    """The curated alias table, each canonical also linked to itself."""
    out: dict[str, _Known] = {}
    for line in files("pipeline").joinpath(ALIASES_FILE).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alias, canonical, label = line.split("\t")
        known = _Known(canonical, label)
        out.setdefault(alias, known)
        out.setdefault(canonical, known)
    return out


def _build_tables() -> tuple[dict[str, _Known], dict[str, _Known]]:
    """(acronyms by exact surface, names by `_key`). Sources in priority order, the first
    to claim a surface keeps it: curated, CLDR Indonesian territory names, pycountry. CLDR
    and pycountry names pass through the curated table, so "Tiongkok" and "China" (via CN)
    both end at the curated "China"."""
    curated = _read_aliases()
    acronyms: dict[str, _Known] = {}
    names: dict[str, _Known] = {}

    def add(surfaces: Iterable[str | None], known: _Known) -> None:
        for surface in filter(None, surfaces):
            if _is_acronym(surface):
                acronyms.setdefault(_fold(surface), known)
            else:
                names.setdefault(_key(surface), known)

    for alias, known in curated.items():
        add([alias], known)
    territory: dict[str, _Known] = {}
    for code, name in Locale("id").territories.items():
        if code not in SKIPPED_TERRITORIES:
            territory[code] = curated.get(name, _Known(name, "LOC"))
            add([name], territory[code])
    for country in pycountry.countries:
        if (known := territory.get(country.alpha_2)) is not None:
            fields = ("name", "common_name", "official_name", "alpha_3")
            add((getattr(country, field, None) for field in fields), known)
    return acronyms, names


def _by_token_count(keys: Iterable[str]) -> dict[int, list[str]]:
    """Fuzzy candidates grouped by token count: only names of equal length are compared."""
    out: dict[int, list[str]] = {}
    for key in keys:
        if (n_tokens := len(key.split())) >= FUZZY_MIN_TOKENS:
            out.setdefault(n_tokens, []).append(key)
    return out


_ACRONYMS, _NAMES = _build_tables()
_NAMES_BY_TOKENS = _by_token_count(_NAMES)


@lru_cache(maxsize=65_536)
def _lookup(surface: str) -> _Known | None:
    """Alias table entry for a folded surface: exact acronym, exact name, then a fuzzy match
    for multi-token names only (a one-word typo too often lands on another real place:
    "Austria"/"Australia"). Cached: the same places recur in every article."""
    if (known := _ACRONYMS.get(surface)) is not None:
        return known
    key = _key(surface)
    if (known := _NAMES.get(key)) is not None:
        return known
    for form in STATE_FORMS:  # "Republik Ceko" is Ceko, unless the whole is a country of its own
        if key.startswith(form) and (known := _NAMES.get(key[len(form):])) is not None and known.label == "LOC":
            return known
    choices = _NAMES_BY_TOKENS.get(len(key.split()))
    if not choices:
        return None
    match = process.extractOne(key, choices, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_CUTOFF)
    return None if match is None or not _is_typo_of(key, match[0]) else _NAMES[match[0]]


def _is_typo_of(key: str, other: str) -> bool:
    """Whether two names of as many words differ only by typos, each word at most TYPO_EDITS
    slips from its counterpart: "Kementerian Pertanian" is no typo of "Kementerian Pertahanan"
    although the whole names are 93 % alike."""
    return all(OSA.distance(a, b) <= TYPO_EDITS for a, b in zip(key.split(), other.split()))


def canonical_place(surface: str) -> str | None:
    """Canonical name of a country, place or well-known organisation ("Tiongkok" -> "China",
    "AS" -> "Amerika Serikat", "Moscow" -> "Moskow", "PBB" -> "Perserikatan Bangsa-Bangsa"),
    or None when the alias table does not know it."""
    known = _lookup(_fold(surface))
    return None if known is None else known.name


def _vote(labels: Iterable[str]) -> str:
    """Majority label; a tie goes to the label seen first (mentions arrive in text order)."""
    counts = Counter(labels)
    return max(counts, key=counts.__getitem__)


class _Clusters:
    """Union-find over an article's surfaces. A cluster holds at most one known entity:
    merging two different known entities ("AS" into "Rusia") is refused."""

    def __init__(self, known: dict[str, _Known | None]) -> None:
        self.parent = {surface: surface for surface in known}
        self.known = {surface: k for surface, k in known.items() if k is not None}

    def find(self, surface: str) -> str:
        while (parent := self.parent[surface]) != surface:
            self.parent[surface] = self.parent[parent]
            surface = parent
        return surface

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        known_a, known_b = self.known.get(root_a), self.known.get(root_b)
        if root_a == root_b or (known_a and known_b and known_a != known_b):
            return
        self.parent[root_b] = root_a
        if known_b is not None:
            self.known[root_a] = known_b


def _merge_known(clusters: _Clusters, known: dict[str, _Known | None]) -> None:
    """Surfaces resolving to the same table entry ("AS", "Amerika Serikat") are one entity."""
    first: dict[_Known, str] = {}
    for surface, entry in known.items():
        if entry is not None:
            clusters.union(first.setdefault(entry, surface), surface)


def _merge_typos(clusters: _Clusters, label: dict[str, str], count: dict[str, int]) -> None:
    """Near-identical multi-token names of one label merge into the more frequent form, each
    word near its counterpart ("Valdimir Putin"; not "Pengadilan Negeri Tanjungkarang" and
    "Pengadilan Tinggi Tanjungkarang", one word apart in a long name)."""
    seen: dict[tuple[str, int], dict[str, str]] = {}
    for surface in sorted(label, key=lambda s: -count[s]):  # stable: ties keep text order
        key = _key(surface)
        n_tokens = len(key.split())
        if n_tokens < FUZZY_MIN_TOKENS:
            continue
        group = seen.setdefault((label[surface], n_tokens), {})
        match = process.extractOne(key, group, scorer=fuzz.ratio, processor=None, score_cutoff=FUZZY_CUTOFF)
        if match is not None and _is_typo_of(key, match[0]):
            clusters.union(match[2], surface)
        group[surface] = key


def _is_short_form(short: list[str], full: list[str]) -> bool:
    """Token prefix ("Xi" of "Xi Jinping") or suffix ("Putin" of "Vladimir Putin")."""
    n = len(short)
    return 0 < n < len(full) and (full[:n] == short or full[-n:] == short)


def _is_inner_word(short: list[str], full: list[str]) -> bool:
    """One inner word: an Indonesian is often called by the word after a common first name
    ("Amran" of "Andi Amran Sulaiman", "Akbar" of "Muhammad Akbar Djohan"). Tried only where no
    name starts or ends with the short form ("Ali" is Ali Sadikin beside Muhammad Ali Akbar)."""
    return len(short) == 1 and short[0] in full[1:-1]


def _is_org_short_form(short: list[str], full: list[str]) -> bool:
    """Token prefix ("Persija" of "Persija Jakarta", "Timnas" of "Timnas Indonesia": an
    organisation's tail is its seat or scope, its head is the name); the initials of its
    capitalised words ("UGM" of "Universitas Gadjah Mada", "BNPB"), which `_initials` gives;
    a university's "Un" short form ("Unhas" of "Universitas Hasanuddin"); either with the same
    seat or scope after it ("BPBD Tanah Datar" of "Badan Penanggulangan Bencana Daerah Tanah Datar")."""
    if not short:
        return False
    if len(short) < len(full) and full[: len(short)] == short:
        return True
    word, tail = short[0], short[1:]
    body = full[: len(full) - len(tail)]
    if len(body) < 2 or full[len(body) :] != tail:
        return False
    university = body[0] == "universitas" and word.startswith("un") and len(word) >= 5 and body[1].startswith(word[2:5])
    return university or word == _initials(body)


def _initials(tokens: list[str]) -> str:
    """First letters of a name's words, its linking words left out ("dan", "untuk")."""
    return "".join(t[0] for t in tokens if t not in INITIALS_SKIPPED_WORDS)


# Words an acronym skips ("Kementerian Energi dan Sumber Daya Mineral" is "KESDM"); fewer than
# the linking words the article rules keep inside a name (postprocess.NAME_LINKING_WORDS), some of
# which an acronym takes ("al", "van").
INITIALS_SKIPPED_WORDS = frozenset({"dan", "untuk", "dari", "di", "ke", "of", "for", "and", "the"})


def _is_place_short_form(short: list[str], full: list[str]) -> bool:
    """The place without its administrative word or its head ("Medan" of "Kota Medan", "Gaza"
    of "Jalur Gaza"); a prefix alone is never enough for places ("Jakarta" is not "Jakarta
    Timur")."""
    return len(full) > 1 and full[0] in PLACE_SHORT_FORM_HEADS and full[1:] == short


SHORT_FORM_RULES = {"PER": (_is_short_form, _is_inner_word), "ORG": (_is_org_short_form,), "LOC": (_is_place_short_form,)}
"""Per label, the short-form tests in order: the first that finds a longer name decides."""


def _merge_short_forms(clusters: _Clusters, label: dict[str, str]) -> None:
    """A name joins the one longer entity of its label it abbreviates (the rule per label in
    `SHORT_FORM_RULES`); longest names go first so a chain ("Jong Un" -> "Kim Jong Un")
    resolves against settled entities. Shared by two entities, a short form stays apart. Names
    spelt out alike ("Pemprov Maluku", "Pemerintah Provinsi Maluku") or alike but for a
    company's legal forms ("Bank Mandiri", "PT Bank Mandiri (Persero) Tbk") are one entity first.
    Legal forms are left out of the comparison, but a name that carries one is a company's whole
    name, no short form: "PT Pertamina (Persero)" stays apart from "PT Pertamina Patra Niaga"."""
    for kind, rules in SHORT_FORM_RULES.items():
        names = sorted((s for s in label if label[s] == kind), key=lambda s: -len(_key(s).split()))
        tokens = {s: _key(s).split() if kind == "PER" else _without_legal_forms(_expanded_tokens(s)) for s in names}
        alike: dict[tuple[str, ...], str] = {}
        for name in names:
            clusters.union(alike.setdefault(tuple(tokens[name]), name), name)
        for short in names:
            if _has_legal_form(short):
                continue  # a company's whole name ("PT Pertamina (Persero)" is no short form of "PT Pertamina Patra Niaga")
            for is_short in rules:
                roots = {clusters.find(full) for full in names if is_short(tokens[short], tokens[full])}
                if roots:
                    if len(roots) == 1:
                        clusters.union(roots.pop(), short)
                    break


def _has_legal_form(surface: str) -> bool:
    return any(token in COMPANY_FORMS for token in _key(surface).split())


def _without_legal_forms(tokens: list[str]) -> list[str]:
    """A name's tokens less "PT", "Tbk", "(Persero)" …, unless nothing else is left."""
    return [t for t in tokens if t not in COMPANY_FORMS] or tokens


def _expanded_tokens(surface: str) -> list[str]:
    """Key tokens of a body's or a place's name with a local government's short form spelt out
    ("Pemprov Kaltim" -> "pemerintah provinsi kaltim") and a known place closing the name named
    canonically ("kalimantan timur"), so that the forms of one body compare equal ("PWNU Jatim",
    "PWNU Jawa Timur"). Not for persons: "Michael Jordan" holds no country."""
    tokens = _key(surface).split()
    if tokens and tokens[0] in GOVERNMENT_SHORT_FORMS:
        tokens = GOVERNMENT_SHORT_FORMS[tokens[0]].split() + tokens[1:]
    for k in range(1, len(tokens)):
        place = canonical_place(" ".join(tokens[k:]))
        if place:
            return tokens[:k] + _key(place).split()
    return tokens


def _merge_acronyms(
    clusters: _Clusters, ordered: Sequence[MentionLike], folded: Sequence[str], label: dict[str, str], text: str
) -> None:
    """ "Organisasi Pakta Atlantik Utara (NATO)": a one-word non-PER mention in brackets right
    after a non-PER name of several words is that name's acronym; so is a mention of the same
    label written in brackets inside a name, when it gives the initials of the words before it
    ("Badan Narkotika Nasional Provinsi (BNNP) Bali" and "BNNP"; not "NTT", a place, after "Unit
    Induk Wilayah (UIW) Nusa Tenggara Timur")."""
    for mention, name in zip(ordered, folded):
        for bracket in _BRACKETED_SHORT_FORM.finditer(mention.text):
            acronym = bracket.group(1).strip()
            before = _key(mention.text[: bracket.start()]).split()
            if (acronym in label and label[acronym] == label[name] != "PER" and len(before) >= 2
                    and _initials(before) == acronym.casefold()):
                clusters.union(name, acronym)
    for (prev, name), (cur, acronym) in zip(zip(ordered, folded), zip(ordered[1:], folded[1:])):
        if (
            label[name] != "PER"
            and label[acronym] != "PER"
            and len(name.split()) >= 2
            and len(acronym.split()) == 1
            and _BRACKET_OPEN.fullmatch(text, prev.end, cur.start)
            and _BRACKET_CLOSE.match(text, cur.end)
        ):
            clusters.union(name, acronym)


AREA_HEADS = frozenset(
    {"kecamatan", "kelurahan", "desa", "dusun", "kalurahan", "kapanewon", "distrik", "nagari", "gampong", "kota", "provinsi"}
)
"""Heads of areas named without them: "Kecamatan Bangil" is the place Bangil, "Kota Bandung" the city
Bandung (corpora tag the head with the name, article gold names the place without it; the entity is
named without, the mention keeps what the text says). "Kabupaten" stays: a regency is another place
than the city of its name ("Kabupaten Bandung", "Bandung")."""


def _unknown_entity(surface: str, label: str) -> _Known:
    """The entity of a surface no table knows, named by it, less a sub-district head for places."""
    head, _, rest = surface.partition(" ")
    if label == "LOC" and head.casefold() in AREA_HEADS and rest:
        surface = rest
    return _Known(surface, label)


def _best_surface(surfaces: list[str], count: dict[str, int], label: str) -> str:
    """A full form (>= 2 tokens) over a short one, for an organisation a name with its "PT" over
    one without (our gold names a company with it), then the most frequent, then the longest;
    `surfaces` is in text order, so remaining ties go to the first. Frequency before length: a
    tagger's over-long span ("Vladimir Putin Tiba" from a title) is rarer than the name."""
    def rank(surface: str) -> tuple[bool, bool, int, int]:
        words = surface.split()
        without_pt = label != "ORG" or words[0].casefold() not in COMPANY_OPENERS
        return len(words) < 2, without_pt, -count[surface], -len(words)
    return min(surfaces, key=rank)


def link_mentions(mentions: Sequence[MentionLike], text: str | None = None) -> list[LinkedMention]:
    """Link all mentions of ONE article to canonical entities (see the module docstring).
    Pass the article `text` to enable the bracketed-acronym step (both its forms, beside a name
    and inside it); offsets are kept as given and the result is in text order."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end, m.label))
    folded = [_fold(m.text) for m in ordered]
    labels_of: dict[str, list[str]] = {}
    for mention, surface in zip(ordered, folded):
        labels_of.setdefault(surface, []).append(mention.label)
    label = {surface: _vote(labels) for surface, labels in labels_of.items()}
    count = {surface: len(labels) for surface, labels in labels_of.items()}
    known = {surface: None if label[surface] == "PER" else _lookup(surface) for surface in label}

    clusters = _Clusters(known)
    _merge_known(clusters, known)
    _merge_typos(clusters, label, count)
    _merge_short_forms(clusters, label)
    if text is not None:
        _merge_acronyms(clusters, ordered, folded, label, text)

    members: dict[str, list[str]] = {}
    for surface in label:
        members.setdefault(clusters.find(surface), []).append(surface)
    cluster_labels: dict[str, list[str]] = {}
    for mention, surface in zip(ordered, folded):
        cluster_labels.setdefault(clusters.find(surface), []).append(mention.label)
    entity: dict[str, tuple[_Known, str]] = {}
    for root, surfaces in members.items():
        voted = _vote(cluster_labels[root])
        entry = clusters.known.get(root) or _unknown_entity(_best_surface(surfaces, count, voted), voted)
        entity.update(dict.fromkeys(surfaces, (entry, entity_id(entry.name))))
    return [
        LinkedMention(m.start, m.end, m.text, entity[s][0].label, entity[s][0].name, entity[s][1])
        for m, s in zip(ordered, folded)
    ]
