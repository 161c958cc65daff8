"""Article-level corrections of the tagger's spans.

A CRF sees one sentence at a time; an article names the same entity many times, often in
shorter forms ("Vladimir Putin" … "Putin") or with its acronym in brackets. These rules
use the whole article, each a small named step.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import NamedTuple

from pipeline.ner.features import CUE_CLASS
from pipeline.ner.lexicon import Lexicon
from pipeline.ner.tags import spans as bio_spans

LABELS = ("PER", "ORG", "LOC")  # the scored types, in this order everywhere

Span = tuple[int, int, str]  # token start, exclusive token end, label
COORDINATORS = frozenset({"dan", "serta", ",", "&"})
# Lowercase words that may stand inside one name: Indonesian linking words and the particles
# of foreign names ("Badan PBB untuk Pengungsi", "Ludwig van Beethoven", "Bank of America").
NAME_LINKING_WORDS = frozenset(
    "dan untuk dari di ke bagi atas serta bin binti van von der den de da del della dos du des la le al el "
    "of the for and on in y e".split()
)
DIRECTION_WORDS = frozenset({"Timur", "Barat", "Utara", "Selatan", "Tengah", "Tenggara", "Jauh", "Laut", "Daya"})
# Words a title-case headline leaves lowercase ("Banjir Rendam 42 RT di Jakarta Timur").
HEADLINE_LOWERCASE = NAME_LINKING_WORDS | frozenset("yang pada dengan dalam atau oleh usai jelang saat jadi vs".split())
# Head words that open an organisation's name (titles such as "Menteri" open a person's).
ORGANISATION_HEADS = frozenset(
    "partai organisasi dewan badan komisi kementerian universitas institut bank lembaga majelis mahkamah "
    "federasi asosiasi persatuan perserikatan serikat yayasan komite perhimpunan ikatan himpunan korps "
    "direktorat otoritas agensi kejaksaan kepolisian departemen pemprov pemkot pemkab pemko dinas "
    "balai polda polres polresta polrestabes polsek keuskupan kedutaan otorita perum sekretariat setda kanwil "
    "institute center centre foundation association council rsud rsup rsu puskesmas pengadilan rutan lapas".split()
) | {"pemerintah provinsi", "pemerintah kabupaten", "pemerintah kota", "pemerintah daerah", "rumah sakit",
     "stasiun meteorologi", "stasiun klimatologi", "stasiun geofisika"}  # not "Pemerintah Beijing"; BMKG's stations are offices
# Head words that open the name of a building, a work or a natural place ("Pasar Senen",
# "Bendungan Jragung", "Danau Linow"): the name they open is a LOC, whatever the tagger said.
PLACE_HEADS = frozenset(
    "pasar jembatan bendungan waduk danau bukit gunung sungai stadion masjid gereja pura klenteng kampus "
    "bandara pelabuhan terminal stasiun jalan jl. taman pantai teluk lembah laut samudra samudera selat "
    "pulau tanjung krueng kali curug goa gua candi benteng alun-alun lapangan telaga muara bendung".split()
) | {"air terjun", "pintu air"}
# English words of a venue's name: whatever company word it holds, the name is a place ("Kuala
# Lumpur Convention Centre", "Jakarta International Stadium").
VENUE_WORDS = frozenset("Convention Stadium Arena Gymnasium Airport Circuit Museum Hotel Mall Plaza".split())
# English words of a building's, a venue's or a place's name ("Tokyo Metropolitan Gymnasium"): no person's.
PLACE_KEYWORDS = VENUE_WORDS | frozenset(
    "International Metropolitan National Hall Park Square Tower Street Road Avenue Bridge Port Station Palace "
    "Garden Gardens Building City Island Bay Beach Resort Village".split()
)
# A road named by road words and a place goes there or through it ("Jalan Trans Sulawesi", "Jalan
# Raya Cileunyi"): the place is the road's name, not the town it lies in ("Jalan Soekarno-Hatta |
# Bandar Lampung").
STREET_HEADS = frozenset({"jalan", "jl.", "jl"})
ROAD_WORDS = frozenset({"raya", "trans", "lintas", "poros", "tol", "lingkar", "baru", "nasional", "provinsi"})
# Legal forms that close a company's name ("PT Bank Rakyat Indonesia (Persero) Tbk"): never a
# person's or a place's first word.
COMPANY_TAILS = frozenset({"Tbk", "Persero", ")", "Tbk."})
# Words that open an office's name besides the titles ("Deputi Bidang Meteorologi BMKG …",
# "Chief Operating Officer …"), and how many capitalised words an office's name may hold
# before the body or area it belongs to.
OFFICE_WORDS = frozenset(
    "deputi koordinator pengasuh pembalap asisten staf plt pj penjabat kasat kabid kadis kasi kabag kasubag "
    "danrem dandim kajari kajati kapolsek kapolresta kapolrestabes director officer manager chief head "
    "pengamat analis peneliti ekonom akademisi".split()
)
MAX_OFFICE_WORDS = 4
INITIAL_RE = re.compile(r"[A-Z]\.?")
# Acronyms of government agencies whose offices are named by their area ("BPBD Aceh Utara").
AGENCY_ACRONYMS = frozenset(
    "BPBD BNPB Basarnas BMKG DPRD KPU KPUD Bawaslu BPJS Dinkes Dinsos Disdik Dishub Satpol Bappeda Bapenda "
    "PUPR BPN BPS Kemenag Kejari Kejati Kanwil Lapas Rutan Imigrasi Brimob Damkar PMI PDAM OJK BKKBN BPOM "
    "Bulog".split()
)
# English words of a job title opening a span ("Chief Executive Officer Danantara …", "Manager
# Bandara Dhoho"): no part of a name.
ENGLISH_TITLE_WORDS = frozenset(
    "chief executive operating investment financial officer manager director general head senior vice".split()
)
# Words that close a title of several words ("Menteri Luar Negeri", "Ketua Umum", "Duta Besar"):
# after a title they open no name.
TITLE_PHRASE_ENDS = frozenset("negeri umum utama besar muda madya khusus ahli".split())
# Head words of administrative areas ("Desa Jada Bahrin", "Kecamatan Puncu"): the name after them is
# a LOC, the head word not part of it (our gold convention, as idner-news-2k's).
ADMINISTRATIVE_HEADS = frozenset("desa kelurahan kecamatan dusun kalurahan kapanewon nagari gampong".split())
# Verb forms (di-, me(m/n/ng/ny)-, ber-, ter- words of seven letters or more, or -kan:
# "Dibekuk", "Gagalkan"; "Meutya" is a name): never a name's word in a headline, whatever the
# dictionary facts know.
VERB_FORM_RE = re.compile(r"(?=[a-z]{7})(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{4,}|[a-z]{4,}kan")
AMOUNT_RE = re.compile(r"(?:Rp|US\$|\$|USD|IDR)[\d.,]+")
# Qualifiers written after a police or military rank ("Kombes Pol Mustofa"): part of the title.
RANK_QUALIFIERS = frozenset({"pol", "pol.", "purn", "purn.", "inf", "kav", "arh", "czi", "cpl", "psk", "mar", "pnb"})
# English words that end or fill an organisation's name (media, companies, bodies).
ORGANISATION_KEYWORDS = frozenset(
    "News Times Post Journal Press Daily Herald Tribune Gazette Radio TV Television Broadcasting Agency Group "
    "Corporation Corp Inc Ltd Company Holdings Airlines Airways Bank Party University Institute Foundation "
    "Association Council Committee Commission Organization Organisation Ministry Department FC Center Centre "
    "Research Ventures Capital Partners Farm Labs Technologies Studios Club United Motors Pharma Fund Union "
    "Partnership Initiative Alliance Coalition Representative Racing Team Sekuritas Securities Finance Resources "
    "Electronics Business Co Steel Energy Mining Power Logistics Insurance Foods Reserve League Motor".split()
)


# Academic degrees written after a name ("Budi Santoso, S.E., M.Si.", "dr. Ani, Sp.OG"), without their
# dots and lowercased; written with dots they are no acronym of a body ("MA" undotted is the Mahkamah Agung).
DEGREES = frozenset(
    "se sh mh mt st msi spd spdi mpd ssos msos mm skom mkom sag mag shi mhi sked spog spa sppd spb spjp sps "
    "phd mba sip mip sikom mikom mkes skm skep sfarm apt ssi mhum shum spsi mpsi shut sp mp stp lc ma ba bsc "
    "msc mph mpa llm".split()
)
# Days and months, Gregorian and Hijri ("Ahad", "Ramadhan"): dates, no names.
CALENDAR_WORDS = frozenset(
    "senin selasa rabu kamis jumat sabtu minggu ahad januari februari maret april mei juni juli agustus "
    "september oktober november desember muharram safar rajab syakban syaban ramadan ramadhan syawal "
    "zulkaidah dzulqaidah zulhijah dzulhijjah".split()
)


def postprocess(
    words: list[str],
    spans: list[Span],
    lexicon: Lexicon,
    headlines: frozenset[int] = frozenset(),
    starts: frozenset[int] = frozenset(),
) -> list[Span]:
    """Apply the article-level steps in order; the result is sorted and non-overlapping, and
    holds no lone title or head word ("Wali" of "Wali Kota", "Kecamatan": names among the
    gazetteer's train surfaces) and no lone day or month.
    `headlines` holds the token indices of title-case headline sentences, `starts` those opening a
    sentence or line."""
    spans = trim_lowercase(words, cut_at_brackets(words, drop_degrees(words, spans)))
    spans = drop_capitalised_common_words(words, spans, headlines | starts, lexicon)
    spans = split_at_lowercase_words(words, spans, lexicon)
    spans = cut_headline_words(words, spans, lexicon, headlines)
    spans = strip_titles(words, spans, lexicon)
    spans = extend_balinese_names(words, spans)
    spans = extend_given_name_words(words, spans, starts)
    spans = join_patronymics(words, spans)
    spans = split_leading_places(words, spans, lexicon)
    spans = split_coordinated_names(words, spans, lexicon)
    spans = tag_headed_names(words, spans, lexicon, ORGANISATIONS, headlines, starts)
    spans = tag_headed_names(words, spans, lexicon, PLACES, headlines, starts)
    spans = tag_headed_names(words, spans, lexicon, ADMINISTRATIVE_AREAS, headlines, starts)
    spans = relabel_organisation_keywords(words, spans)
    spans = extend_name_particles(words, spans)
    spans = add_known_names(words, spans, lexicon, headlines | starts)
    spans = attach_directions(words, spans)
    spans = tag_office_holders(words, spans, lexicon, headlines)
    spans = join_agency_areas(words, spans)
    spans = relabel_speakers(words, spans, lexicon)
    spans = vote_labels(words, spans)
    spans = tag_bracketed_acronyms(words, spans)
    spans = propagate_surfaces(words, spans, _surface_labels(words, spans))
    spans = relabel_person_parts(words, spans, lexicon)
    spans = propagate_surfaces(words, spans, _person_parts(words, spans, lexicon.is_word), standalone=True)
    return sorted(span for span in spans if not (span[1] - span[0] == 1 and
                                                 (_is_title_or_head(words[span[0]]) or words[span[0]].lower() in CALENDAR_WORDS)))


def drop_degrees(words: list[str], spans: list[Span]) -> list[Span]:
    """"Siregar, M.T.", "Budi Santoso S.E.": academic degrees after a name are no part of it, and
    no organisation's acronym alone; they are cut from the end of spans."""
    out: list[Span] = []
    for start, end, label in spans:
        while end > start and "." in words[end - 1] and words[end - 1].replace(".", "").lower() in DEGREES:
            end -= 1
        if end > start:
            out.append((start, end, label))
    return out


def cut_at_brackets(words: list[str], spans: list[Span]) -> list[Span]:
    """"Kementerian Perindustrian (Kemenperin", "Persero) Tbk": a span across one bracket of a
    pair is two names, or a name and a company's legal form; it is cut at the bracket, and a
    part that is only a legal form is dropped. A pair inside stays ("PT PLN (Persero)")."""
    out: list[Span] = []
    for start, end, label in spans:
        inside = [k for k in range(start, end) if words[k] in "()"]
        balanced = [words[k] for k in inside] == ["(", ")"]
        cuts = [] if balanced else inside
        for a, b in zip([start, *(k + 1 for k in cuts)], [*cuts, end]):
            if a < b and not all(w in COMPANY_TAILS for w in words[a:b]):
                out.append((a, b, label))
    return out


def trim_lowercase(words: list[str], spans: list[Span]) -> list[Span]:
    """Cut lowercase words from the edges of spans and drop spans left without a capital:
    in edited news a name is capitalised, and lowercase hits ("pasukan Ukraina", "dusun")
    are the tagger's noise or a corpus convention we do not follow. An amount ("Rp60") is
    no name's word either, though it starts with a capital ("Kupang Tembus Rp60 Ribu")."""
    out: list[Span] = []
    for start, end, label in spans:
        while start < end and not _is_name_word(words[start]):
            start += 1
        while end > start and not _is_name_word(words[end - 1]) and not (words[end - 1] == ")" and "(" in words[start:end]):
            end -= 1  # a bracket closing one inside stays: "PT PLN (Persero)"
        if start < end:
            out.append((start, end, label))
    return out


def drop_capitalised_common_words(
    words: list[str], spans: list[Span], uninformative: frozenset[int], lexicon: Lexicon
) -> list[Span]:
    """"Cahaya matahari …", "Maggot mampu …": a one-word span where a capital says nothing (a
    sentence's first word, a title-case headline) is an ordinary word when the article also
    writes it in lower case. There, an affixed word of the dictionary opening a person's span
    is no name's word either ("Sundulan Sayed Baqer", "Kedatangan Jokowi"): names are rarely
    affixed forms, while "Budi", a root word, opens many."""
    lowercase = {w for w in words if w.islower()}
    out = []
    for s, e, label in spans:
        if e - s == 1 and s in uninformative and words[s].lower() in lowercase and not words[s].islower():
            continue
        if label == "PER" and e - s > 1 and s in uninformative and lexicon.facts.get(words[s].lower(), (0, ""))[1] == "d":
            s += 1
        out.append((s, e, label))
    return out


def split_at_lowercase_words(words: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"Kementerian Perdagangan mencatat Arab Saudi", "Badan meteorologi Yunani": a lowercase
    word inside a name is a linking word ("Badan PBB untuk Pengungsi", "Sumber Daya dan
    Mineral", "Ludwig van Beethoven"); any other one means the tagger ran two names, or a name
    and a phrase, together. The span is cut there; a piece left as one dictionary word that is
    no known name ("Badan") is dropped."""
    out: list[Span] = []
    for start, end, label in spans:
        cuts = [k for k in range(start + 1, end - 1) if words[k].isalpha() and words[k].islower() and words[k] not in NAME_LINKING_WORDS]
        if not cuts:
            out.append((start, end, label))
            continue
        pieces = trim_lowercase(words, [(s, e, label) for s, e in zip([start, *(k + 1 for k in cuts)], [*cuts, end])])
        out += [(s, e, lab) for s, e, lab in pieces if not _is_lone_common_word(words[s:e], lexicon)]
    return out


def cut_headline_words(words: list[str], spans: list[Span], lexicon: Lexicon, headlines: frozenset[int]) -> list[Span]:
    """"Kluivert Puji Mental Pemain", "KPK Periksa Lima Saksi": in a title-case headline every
    word is capitalised, so the tagger runs names into the verbs and nouns around them. A
    headline span is cut at each dictionary word (Sastrawi root or affixed form) that is no
    token of a known name, and a piece left as one dictionary word that is no known name
    ("Pembangunan") is dropped. Names made of known dictionary words ("Gedung Putih") stay. A
    word mostly written in lower case closing the span ("Pelabuhan Belawan Naik") is cut too."""
    out: list[Span] = []
    for start, end, label in spans:
        # a headline's verb closing the name is cut even when some train surface holds it ("Naik")
        while (
            end - start > 1 and end - 1 in headlines and words[end - 1].lower() in lexicon.common_words
            and not _known_label(words[start:end], lexicon)  # "Gedung Putih", "Pasar Baru"
        ):
            end -= 1
        cuts = [k for k in range(start, end) if k in headlines and _is_plain_dictionary_word(words[k], lexicon)]
        if not cuts or end - start == 1:
            out.append((start, end, label))
            continue
        pieces = [(s, e) for s, e in zip([start, *(k + 1 for k in cuts)], [*cuts, end]) if s < e]
        out += [(s, e, label) for s, e in pieces if not _is_lone_common_word(words[s:e], lexicon)]
    return out


def strip_titles(words: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"Irjen Karyoto", "Presiden Joko Widodo", "Kombes Pol Mustofa": titles and ranks are not
    part of a person's name (the idner-news-2k convention), so they are cut from the front of
    a PER span; so is everything up to the last abbreviated title or honorific inside it
    ("Rektor Unhas Prof. Dr. Ir. Jamaluddin Jompa", "Hadratussyaikh KH Hasyim Asy'ari"), and a
    rank or honorific closing any span ("Pondok Pesantren Tebuireng KH", "Polda Metro Jaya
    Kombes"). "Putri" and "Putra" open many given names ("Putri Kusuma Wardani") and stay; a
    royal title stays before a word of the language ("Ratu Dewa", a mayor; "Raja Salman" is
    King Salman)."""
    out: list[Span] = []
    for start, end, label in spans:
        if label != "ORG":
            while end - start > 1 and (words[start].lower() in ENGLISH_TITLE_WORDS or words[start] in COMPANY_TAILS):
                start += 1  # "Chief Executive Officer | Danantara …", "(Persero) Tbk | Sunarso"
        if label == "PER":
            start = max([start, *(k + 1 for k in range(start, end - 1)
                                  if _is_abbreviated_title(words[k]) or words[k].lower().rstrip(".") in INNER_TITLES)])
            while end - start > 1 and (_is_leading_title(words, start, lexicon) or (
                    words[start].lower() in TITLE_PHRASE_ENDS and any(_is_title(words[j]) for j in (start - 1, start - 2) if j >= 0))):
                start += 1
        while end - start > 1 and words[end - 1].lower().rstrip(".") in CLOSING_RANKS:
            end -= 1  # "Polda Bali | Kombes Pol"
        out.append((start, end, label))
    return out


def _is_leading_title(words: list[str], k: int, lexicon: Lexicon) -> bool:
    """Whether the word opening a person span is a title to cut (see `strip_titles`)."""
    lower = words[k].lower()
    if lower in GIVEN_NAME_TITLES:
        return False
    if lower in ROYAL_TITLES:
        return not lexicon.is_dictionary_word(words[k + 1].lower())
    return _is_title(words[k]) or lower in RANK_QUALIFIERS


# Title words that are also given names, royal titles, ranks and honorifics that never close a
# name, and those cut with what precedes them inside a person's span ("Sumut Irjen Pol Whisnu").
GIVEN_NAME_TITLES = frozenset({"putri", "putra"})
ROYAL_TITLES = frozenset({"ratu", "raja", "pangeran"})
CLOSING_TITLES = frozenset(
    "kh k.h hj kombes akbp akp kompol iptu ipda irjen komjen brigjen mayjen letjen kolonel letkol prof dr ir drs pdt".split()
)
CLOSING_RANKS = CLOSING_TITLES | RANK_QUALIFIERS  # "Polda Bali | Kombes Pol"
INNER_TITLES = (CLOSING_TITLES - {"prof", "dr", "ir", "drs"}) | {
    "habib", "syekh", "ustaz", "ustadz", "kiai", "jro", "mangku", "pemangku", "pedanda"}  # Balinese priests too


def join_agency_areas(words: list[str], spans: list[Span]) -> list[Span]:
    """"BPS Jawa Tengah", "BPBD Kabupaten Garut", "Basarnas Palu": a government agency's acronym
    and the area right after it name one office, an ORG (not a building: "BMKG | Stasiun …")."""
    out: list[Span] = []
    for span in sorted(spans):
        prev = out[-1] if out else None
        if (prev and prev[2] == "ORG" and prev[1] - prev[0] == 1 and span[0] == prev[1] and span[2] == "LOC"
                and words[prev[0]] in AGENCY_ACRONYMS and words[span[0]].lower() not in PLACE_HEADS):
            out[-1] = (prev[0], span[1], "ORG")
        else:
            out.append(span)
    return out


def tag_office_holders(words: list[str], spans: list[Span], lexicon: Lexicon, headlines: frozenset[int]) -> list[Span]:
    """"Pemimpin Korea Utara Kim Jong-un", "Ketua DPR Puan Maharani": after an office's words
    and the body or area they name, capitalised words the tagger left out are the office's
    holder when they read as a person's name (one to three words). Not in a
    title-case headline, where every word is capitalised."""
    taken = _covered(spans)
    out = list(spans)
    for start, end, label in spans:
        if label == "PER" or start in headlines or not _after_title(words, start, taken, lexicon):
            continue
        while end < len(words) and end not in taken and words[end].lower().rstrip(".") in CLOSING_RANKS:
            end += 1  # "Kapolda Lampung | Irjen Pol | Helmy Santika"
        k = end
        while k < len(words) and k - end < 3 and k not in taken and _is_capitalised_name_word(words[k]):
            k += 1
        holder = [w.replace("-", "") for w in words[end:k] if not INITIAL_RE.fullmatch(w)]
        if not holder or (k < len(words) and k not in taken and _is_capitalised_name_word(words[k])):
            continue  # no run, or a run too long to be one person
        if (len(holder) >= 2 and _is_person_name(holder, lexicon)) or (len(holder) == 1 and _is_lone_name(holder[0], lexicon)):
            out.append((end, k, "PER"))
            taken.update(range(end, k))
    return join_patronymics(words, out)  # the holder's words the tagger took ("Zulkarnain Awat" "Amir")


def _is_capitalised_name_word(word: str) -> bool:
    """A capitalised word that may stand in a name, hyphens allowed ("Jong-un")."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def extend_name_particles(words: list[str], spans: list[Span]) -> list[Span]:
    """"Ursula von der Leyen", "Virgil van Dijk", "David da Silva": a person span followed by the
    particles of a European name and a capitalised word takes them in (and the name they open,
    if tagged)."""
    starts_at = {s: (e, label) for s, e, label in spans}
    out: list[Span] = []
    skip: set[int] = set()
    for start, end, label in sorted(spans):
        if start in skip:
            continue
        k = end
        while label == "PER" and k < len(words) and words[k] in NAME_PARTICLES:
            k += 1
        if k > end and k < len(words) and _is_capitalised_name_word(words[k]):
            following = starts_at.get(k)
            end = following[0] if following and following[1] == "PER" else k + 1
            skip.add(k)
        out.append((start, end, label))
    return [span for span in out if not any(s < span[0] < e for s, e, _ in out)]


NAME_PARTICLES = frozenset("van von der den de da dos das del della le la".split())


def join_patronymics(words: list[str], spans: list[Span]) -> list[Span]:
    """"Mohammed bin Abdulrahman Al Thani", "Rosmawati br Ginting": two person spans joined by
    "bin" or "binti" (son or daughter of) or a Batak "br" (boru, of the clan) are one name; so
    are two person spans that touch ("Zulkarnain Awat" "Amir"): no text writes two people's
    names side by side without a mark between."""
    out: list[Span] = []
    for span in sorted(spans):
        touching = out and span[0] == out[-1][1] and not any(e - s == 1 and _is_title_word(words, s) for s, e, _ in (out[-1], span))
        joined = out and span[0] == out[-1][1] + 1 and words[out[-1][1]] in PATRONYMIC_WORDS
        if out and out[-1][2] == span[2] == "PER" and (touching or joined):
            out[-1] = (out[-1][0], span[1], "PER")
        else:
            out.append(span)
    return out


PATRONYMIC_WORDS = frozenset({"bin", "binti", "br", "br.", "boru"})  # Arabic, and Batak women's clan marks


def _is_title_word(words: list[str], k: int) -> bool:
    """A title, or the word that closes a title phrase after one ("Jaksa Agung", "Luar Negeri")."""
    lower = words[k].lower()
    return _is_title(words[k]) or (k > 0 and lower in JOINING_TITLE_ENDS and _is_title(words[k - 1]))


JOINING_TITLE_ENDS = TITLE_PHRASE_ENDS | {"agung"}  # "Jaksa Agung" too, where "Agung" alone may be a name


def extend_given_name_words(words: list[str], spans: list[Span], starts: frozenset[int]) -> list[Span]:
    """"Putri Kusuma Wardani", "Lalu Muhammad Zohri": a capitalised "Putri" or "Putra" (given
    names) or a Sasak "Lalu" or "Baiq" (noble names) right before a person span belongs to it,
    unless it opens the sentence ("Lalu …" is "then")."""
    taken = _covered(spans)
    return [
        (s - 1, e, label) if label == "PER" and s > 0 and s - 1 not in taken and s - 1 not in starts
        and words[s - 1] in GIVEN_NAME_WORDS else (s, e, label)
        for s, e, label in spans
    ]


GIVEN_NAME_WORDS = frozenset({"Putri", "Putra", "Lalu", "Baiq"})


def extend_balinese_names(words: list[str], spans: list[Span]) -> list[Span]:
    """"I Gusti Ayu Raka Rasmi", "Ni Luh Putu Ary": a Balinese name opens with a particle ("I",
    "Ni", "Ida", "Anak", "Cokorda") and birth-order or caste words that the tagger tends to
    leave out; a person span is extended back over them when they run up to such a particle."""
    taken = _covered(spans)
    out = []
    for start, end, label in spans:
        k = start
        while label == "PER" and k > 0 and k - 1 not in taken and words[k - 1] in BALINESE_NAME_WORDS:
            k -= 1
        while k < start and words[k] not in BALINESE_PARTICLES:
            k += 1
        out.append((k, end, label))
    return out


BALINESE_PARTICLES = frozenset({"I", "Ni", "Ida", "Anak", "Cokorda"})
BALINESE_NAME_WORDS = BALINESE_PARTICLES | frozenset(
    "Gusti Ayu Made Wayan Nyoman Ketut Putu Kadek Komang Gede Luh Nengah Bagus Agung Dewa Ngurah Gst".split()
)


def _after_title(words: list[str], start: int, taken: set[int], lexicon: Lexicon) -> bool:
    """Whether the span closes an office's words: a title ("Kepala", "Deputi", "Director") stands
    before it, with only capitalised words of no name between ("Sekretaris Jenderal | Partai
    Golkar", "Deputi Bidang Meteorologi | BMKG"; not "Presiden Rusia | Vladimir Putin")."""
    for k in range(start - 1, max(start - 1 - MAX_OFFICE_WORDS, -1), -1):
        if _is_office_title(words[k]):
            return True
        if k in taken or words[k] in lexicon.gazetteer or not (words[k][:1].isupper() or words[k] in ("dan", "&")):
            return False
    return False


def _is_office_title(word: str) -> bool:
    """A title or an office word that opens an office's name ("Deputi", "Koordinator", "Chief")."""
    return _is_title(word) or word.lower() in OFFICE_WORDS


def _is_lone_name(word: str, lexicon: Lexicon) -> bool:
    """A one-word person name: capitalised, no acronym, no dictionary word, unknown as anything else."""
    return (
        word[:1].isupper() and word.isalpha() and not word.isupper() and len(word) > 3
        and not lexicon.is_dictionary_word(word.lower()) and word not in lexicon.gazetteer
        and word.lower() not in ORGANISATION_HEADS and word not in ORGANISATION_KEYWORDS
    )


def _is_person_name(tail: list[str], lexicon: Lexicon, min_words: int = 2) -> bool:
    """Two (`min_words`) or more capitalised words, none an organisation word, not all dictionary
    words ("Wahyu Ario Pratomo", "Angga Dwimas Sasongko")."""
    return (
        len(tail) >= min_words
        and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in tail)
        and not any(w.lower() in ORGANISATION_HEADS or w in ORGANISATION_KEYWORDS for w in tail)
        and not all(lexicon.is_dictionary_word(w.lower()) for w in tail)
    )


def split_leading_places(words: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"Presiden Rusia Vladimir Putin": the tagger tends to glue the country of a title to
    the person; a person span after a title word that starts with a known place is cut into
    place and person. So is any span of a known place and a person's name of two words or more
    ("pebulu tangkis China | Shi Yu Qi")."""
    out: list[Span] = []
    for start, end, label in spans:
        tags = lexicon.match(words[start:end])
        place_end = start + 1 + next((k for k, t in enumerate(tags[1:]) if t != "I-LOC"), len(tags) - 1)
        after_title = start > 0 and CUE_CLASS.get(words[start - 1].lower()) == "title"
        person_after = (all(t == "O" for t in tags[place_end - start :]) and _is_person_name(words[place_end:end], lexicon)
                        and not any(w in PLACE_KEYWORDS for w in words[place_end:end]))
        if tags[0] == "B-LOC" and place_end < end and ((label == "PER" and after_title) or person_after):
            out += [(start, place_end, "LOC"), (place_end, end, "PER")]
        else:
            out.append((start, end, label))
    return out


def split_coordinated_names(words: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"China dan Rusia" tagged as one name: a span whose parts around "dan", "serta" or a
    comma are all known names is cut into those names, each with its gazetteer label. An
    organisation span is also cut at "dan" after its scope, a place or a unit's number ("Polda
    Jambi | dan Bea Cukai", "Kodim 1207/Pontianak | dan Satpol PP"), or before another body's head
    ("Kementerian Pertanian | dan Kementerian Perdagangan"): a body's own name goes on past "dan"
    only inside its title ("Energi dan Sumber Daya Mineral")."""
    out: list[Span] = []
    for start, end, label in spans:
        cuts = [k for k in range(start + 1, end - 1) if words[k] in COORDINATORS]
        parts = list(zip([start, *(k + 1 for k in cuts)], [*cuts, end]))
        known = [_known_label(words[s:e], lexicon) for s, e in parts]
        if cuts and all(known):
            out += [(s, e, lab) for (s, e), lab in zip(parts, known)]
            continue
        scope_cut = None if label != "ORG" else next((k for k in range(start + 2, end - 1) if words[k] == "dan"
                                                      and (_ends_scope(words, k, lexicon) or words[k + 1].lower() in BODY_OPENERS)
                                                      and words[k + 1][:1].isupper()), None)
        if scope_cut is None:
            out.append((start, end, label))
        else:
            out += [(start, scope_cut, label), (scope_cut + 1, end, label)]
    return out


# Heads that open a body of their own after "dan" ("Dinas Sosial dan Dinas Kesehatan"; "Kantor
# Kesyahbandaran dan Otoritas Pelabuhan" is one office).
BODY_OPENERS = frozenset("kementerian dinas badan komisi polda polres kejaksaan pengadilan pemerintah".split())


def _ends_scope(words: list[str], k: int, lexicon: Lexicon) -> bool:
    """Whether the word before position k ends a body's scope: a known place or a unit's number."""
    return lexicon.gazetteer.get(words[k - 1]) == "LOC" or any(c.isdigit() for c in words[k - 1])


class HeadedNames(NamedTuple):
    """Head words that open names of one label, the labels of tagged names they take in, and
    whether a known place that ends the name (after two words at least) is a name of its own (the town after a building:
    "Bandara I Gusti Ngurah Rai Bali", "Masjid Raya Al Mashun Medan") or part of it (the
    scope of a body: "Dinas Perdagangan Kota Banjarmasin"); whether "dan" and commas may join the
    name's parts (a body's: "Energi dan Sumber Daya Mineral"; places are listed that way instead:
    "Kecamatan Puncu dan Kepung"), and whether the head word is part of the name."""

    heads: frozenset[str]
    label: str
    absorbs: frozenset[str]
    leaves_last_place: bool
    joins_parts: bool = False
    keeps_head: bool = True
    max_words: int = 10


ORGANISATIONS = HeadedNames(ORGANISATION_HEADS, "ORG", frozenset({"LOC", "ORG"}), False, joins_parts=True)
PLACES = HeadedNames(PLACE_HEADS, "LOC", frozenset(LABELS), True)
# A village or district name runs one or two words; a person may follow ("Kepala Desa Sukamaju Asep …").
ADMINISTRATIVE_AREAS = HeadedNames(ADMINISTRATIVE_HEADS, "LOC", frozenset(LABELS), False, keeps_head=False, max_words=2)


def tag_headed_names(
    words: list[str],
    spans: list[Span],
    lexicon: Lexicon,
    kind: HeadedNames,
    headlines: frozenset[int] = frozenset(),
    starts: frozenset[int] = frozenset(),
) -> list[Span]:
    """"Dewan Keamanan Nasional", "Dinas Perumahan dan Kawasan Permukiman Kota Palu", "Pasar
    Tanah Abang": a capitalised head word (`ORGANISATION_HEADS` for ORG, `PLACE_HEADS` for
    LOC) followed by capitalised words the tagger missed is a name of that label; tagged names
    at its end belong to it (places in an ORG, "Dewan Keamanan Rusia"; any in a LOC, "Stadion
    Gelora Bung Karno"), a title or rank never does ("Polrestabes Makassar AKBP …"), nor "dan"
    unless it stands between capitalised words that open no other headed name ("Energi dan
    Sumber Daya Mineral", not "Kementerian Keuangan dan Bank Indonesia"), nor commas unless they list
    the name's parts up to a "dan" ("Badan Meteorologi, Klimatologi, dan Geofisika"). A span the tagger found from
    the head on takes in the capitalised words it left out after it, and the label. In a
    title-case headline the name stops at a plain dictionary word or a word mostly written in
    lower case ("Jalan Lembah Anai Kembali Dibuka", "Danau Toba Naik")."""
    starts_at = {s: (e, lab) for s, e, lab in spans}
    taken = _covered(spans)
    out = list(spans)
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2]).lower()
        head_words = 1 if words[i].lower() in kind.heads and pair not in ORGANISATION_HEADS else 2 if pair in kind.heads else 0
        headed = words[i][:1].isupper() and head_words > 0  # "Stasiun Meteorologi …" is no railway station
        if not headed or (i in taken and i not in starts_at):
            i += 1
            continue
        j, absorbed = (starts_at[i][0], [(i, *starts_at[i])]) if i in starts_at else (i + 1, [])
        # after an office's words a person closing the name is its holder ("Ketua Paguyuban Pedagang
        # Pasar Jongke | Sri Wahyuni"), not part of it ("Stadion Gelora Bung Karno")
        office = kind is not ADMINISTRATIVE_AREAS and _after_title(words, i, taken, lexicon)  # "Kepala Desa | Jada Bahrin"
        while j < len(words):
            if office and j in starts_at and starts_at[j][1] == "PER" and words[j - 1] not in ENGLISH_NAME_LINKS:
                break
            # any tagged name after an English link is part of the body ("Institute for | Criminal Justice Reform")
            if j in starts_at and (starts_at[j][1] in kind.absorbs or kind.joins_parts and words[j - 1] in ENGLISH_NAME_LINKS):
                absorbed.append((j, *starts_at[j]))
                j = starts_at[j][0]
            elif j in taken or j in starts or _is_title(words[j]) or (j in headlines and _is_headline_word(words[j], lexicon)):
                break
            elif words[j][:1].isupper() and words[j].replace("-", "").isalpha() and j - i <= kind.max_words:
                j += 1
            elif (
                kind.joins_parts and words[j] == "dan" and _capitalised(words, j + 1) and not _ends_scope(words, j, lexicon)
                and words[j + 1].lower() not in kind.heads and lexicon.is_dictionary_word(words[j + 1].lower())
            ):
                j += 1  # "Kebudayaan dan Pariwisata"; "Bank Syariah Indonesia dan Baznas" are two names
            elif kind.joins_parts and words[j] in ENGLISH_NAME_LINKS and _capitalised(words, j + 1):
                j += 1  # "Institute for Criminal Justice Reform"
            elif kind.joins_parts and words[j] == "," and _enumeration_goes_on(words, j) and not _opens_name(words, j + 1, kind, starts_at):
                j += 1
            else:
                break
        while words[j - 1] in ("dan", ",") or words[j - 1] in ENGLISH_NAME_LINKS:
            j -= 1
        # the town after a building's name, not the name itself ("Pelabuhan Tanjung Perak"); a known
        # name stays whole, and a direction is no town ("Laut China Selatan")
        place = next((k for k in range(i + head_words + 1, j) if _known_label(words[k:j], lexicon) == "LOC"
                      and not all(w in DIRECTION_WORDS for w in words[k:j])
                      and any(w.lower() not in kind.heads for w in words[i + head_words : k])
                      and not (words[i].lower() in STREET_HEADS and all(w.lower() in ROAD_WORDS for w in words[i + 1 : k]))),
                     j) if kind.leaves_last_place and not _known_label(words[i:j], lexicon) else j
        if j - i > 1:
            first = i if kind.keeps_head or i in starts_at else i + 1
            out = [s for s in out if s not in absorbed] + [(first, place, kind.label)] + ([(place, j, "LOC")] if place < j else [])
        i = max(j, i + 1)
    return out


ENGLISH_NAME_LINKS = frozenset({"of", "for", "and", "on"})

ENUMERATION_MAX_TOKENS = 8


def _opens_name(words: list[str], k: int, kind: HeadedNames, starts_at: dict[int, tuple[int, str]]) -> bool:
    """Whether the word after a comma opens a name of its own: a head word, a tagged name or an
    acronym ("Kementerian Keuangan, Bank Indonesia, dan OJK" lists three bodies)."""
    return k in starts_at or words[k].lower() in kind.heads or (words[k].isupper() and len(words[k]) > 1)


def _enumeration_goes_on(words: list[str], comma: int) -> bool:
    """Whether a comma inside a headed name lists its parts ("Badan Meteorologi, Klimatologi, dan
    Geofisika"): capitalised words and commas up to a "dan" before a capitalised word."""
    for k in range(comma + 1, min(comma + ENUMERATION_MAX_TOKENS, len(words))):
        if words[k] in ("dan", "serta"):
            return k > comma + 1 or words[k - 1] == "," and _capitalised(words, k + 1)
        if not (words[k] == "," or words[k][:1].isupper()):
            return False
    return False


def attach_directions(words: list[str], spans: list[Span]) -> list[Span]:
    """"Timur Jauh Rusia": a place named only by direction words ("Timur Jauh", "Timur
    Tengah") right before another place is a region of it, and one name with it. A lone
    untagged direction ("wilayah Barat Xinjiang") stays out: it is an adjective."""
    by_end = {e: (s, label) for s, e, label in spans}
    absorbed: set[Span] = set()
    extended: list[tuple[Span, Span]] = []
    for span in spans:
        start, end, label = span
        prev = by_end.get(start)
        if label == "LOC" and prev and prev[1] == "LOC" and all(w in DIRECTION_WORDS for w in words[prev[0] : start]):
            absorbed.add((prev[0], start, "LOC"))
            start = prev[0]
        extended.append((span, (start, end, label)))
    return [new for old, new in extended if old not in absorbed]


def relabel_organisation_keywords(words: list[str], spans: list[Span]) -> list[Span]:
    """A name that opens with an organisation head ("Bank …") or an agency's acronym ("BPBD Aceh
    Utara", "Basarnas Cilacap") or holds an organisation
    keyword after its first word ("Chanel News Asia", "South China Morning Post") is an
    ORG, whatever place or person names it contains; so is an acronym tagged as a person
    ("ACLU", "RSCM"): news prints no one's name in capitals. A venue's name is a place, whatever
    company word it holds ("Kuala Lumpur Convention Centre", "Jakarta International Stadium")."""
    return [
        (s, e, "LOC") if e - s > 1 and any(w in VENUE_WORDS for w in words[s + 1 : e])
        else (s, e, "ORG")
        if e - s > 1 and (words[s].lower() in ORGANISATION_HEADS or words[s] in AGENCY_ACRONYMS
                          or any(w in ORGANISATION_KEYWORDS for w in words[s + 1 : e]))
        or (e - s == 1 and label == "PER" and len(words[s]) > 2 and words[s].isupper() and words[s].isalpha())
        else (s, e, label)
        for s, e, label in spans
    ]



def add_known_names(words: list[str], spans: list[Span], lexicon: Lexicon, uninformative: frozenset[int] = frozenset()) -> list[Span]:
    """A capitalised known name the tagger left untagged is added with its gazetteer label,
    unless it closes a longer name the tagger left out; single ordinary words ("Para" is also a
    city) are not taken as names. The tagger's own labels stay: since it learns from our articles,
    relabelling its spans by the gazetteer cost 0.000 to 0.012 on each article set; without the
    additions it misses names in short texts (idner-news-2k's dev sentences through
    extract_mentions: 0.736 instead of 0.752)."""
    known = {
        (s, e): label for s, e, label in bio_spans(lexicon.match(words))
        if e - s > 1 or words[s].lower() not in lexicon.common_words
    }
    out = list(spans)
    taken = _covered(out)
    out += [
        (s, e, label) for (s, e), label in known.items()
        if not any(k in taken for k in range(s, e)) and all(w[:1].isupper() for w in words[s:e])
        and not _closes_untagged_name(words, s, taken, lexicon, uninformative)
    ]
    return out


def _closes_untagged_name(
    words: list[str], s: int, taken: set[int], lexicon: Lexicon, uninformative: frozenset[int]
) -> bool:
    """Whether a known name ends a longer name the tagger left out ("Kiwoom Sekuritas Indonesia",
    "Asosiasi Modal Ventura untuk Startup Indonesia"): the word before it is capitalised for no
    reason of its own (no sentence start, no headline, no title, no known name)."""
    k = s - 1
    return (
        k >= 0 and k not in taken and k not in uninformative and words[k][:1].isupper() and words[k].isalpha()
        and not _is_office_title(words[k]) and words[k] not in lexicon.gazetteer
    )


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


SPEECH_VERBS_AFTER = frozenset(
    "mengatakan menjelaskan menuturkan mengungkapkan menyebutkan menyatakan menegaskan menambahkan".split()
)
"""Verbs whose subject, set off by commas or not, is a speaker ("Yarman, mengatakan …")."""


def relabel_speakers(words: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"… kata Yarman", "Kepala BTNGR, Yarman, mengatakan …": a one-word name right after a
    speech verb, or before one, is the speaker, a person, unless the gazetteer knows it or it is
    an acronym ("menurut BMKG", "BMKG mengatakan")."""
    def speaker(s: int) -> bool:
        before = s > 0 and CUE_CLASS.get(words[s - 1].lower()) == "speech" and words[s - 1].lower() != "menurut"
        k = s + 1 + (s + 1 < len(words) and words[s + 1] == ",")
        after = k < len(words) and words[k].lower() in SPEECH_VERBS_AFTER
        return (before or after) and words[s] not in lexicon.gazetteer and not words[s].isupper()
    return [(s, e, "PER") if e - s == 1 and label != "PER" and speaker(s) else (s, e, label) for s, e, label in spans]


def relabel_person_parts(words: list[str], spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """"Alexander Marwata" … "ujar Alexander": a lone word tagged otherwise that is part of
    a person named in the article refers to that person, unless it is a known name of
    its own (a place such as "Georgia")."""
    parts = _person_parts(words, spans, lexicon.is_word)
    return [
        (s, e, "PER") if e - s == 1 and (words[s],) in parts and words[s] not in lexicon.gazetteer else (s, e, label)
        for s, e, label in spans
    ]


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


def _known_label(words: list[str], lexicon: Lexicon) -> str:
    """The gazetteer label of exactly these words, or "" when they are not one known name."""
    tags = lexicon.match(words)
    return tags[0][2:] if tags and tags[0].startswith("B-") and all(t.startswith("I-") for t in tags[1:]) else ""


def _is_title_or_head(word: str) -> bool:
    """A title, or a head word of a body, place or area ("Kecamatan", "Pasar"): no name alone."""
    return _is_title(word) or word.lower() in ADMINISTRATIVE_HEADS | PLACE_HEADS | ORGANISATION_HEADS


HONORIFICS = frozenset("capt kapten sheikh syekh syeikh k.h kh daeng raden ning".split())
"""Honorifics our gold leaves out of a person's name, besides the tagger's title cue words."""


def _is_title(word: str) -> bool:
    """A title, rank or honorific ("Presiden", "Kombes", "dr.", "Prof.", "Sheikh", "K.H."), or a
    head of office's short form ("Kadinsos", "Kadishub": Kepala Dinas …)."""
    lower = word.lower().rstrip(".")
    return (CUE_CLASS.get(lower) == "title" or lower in HONORIFICS or _is_abbreviated_title(word)
            or OFFICE_HEAD_SHORT_FORM_RE.fullmatch(word) is not None)


OFFICE_HEAD_SHORT_FORM_RE = re.compile(r"Kadi[ns][a-z]{2,}")


def _is_abbreviated_title(word: str) -> bool:
    """A word of two letters or more kept with its period: the tokenizer keeps one only on
    titles and ranks ("Drs.", "Prof.", "Ir."); an initial ("B.") has one letter."""
    return len(word) > 2 and word.endswith(".") and word[:-1].isalpha()


def _is_plain_dictionary_word(word: str, lexicon: Lexicon) -> bool:
    """A capitalised word of the dictionary (root or affixed form) that no known name uses,
    or one built like a verb ("Dibekuk", "Menyasar") that no known name uses: the dictionary
    facts cover only the words of the training text."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and (lexicon.is_dictionary_word(lower) or VERB_FORM_RE.fullmatch(lower) is not None)
        and not lexicon.is_name(word)
    )


def _is_headline_word(word: str, lexicon: Lexicon) -> bool:
    """A headline's own word: a plain dictionary word, or one mostly written in lower case."""
    return _is_plain_dictionary_word(word, lexicon) or word.lower() in lexicon.common_words


def _is_lone_common_word(piece: list[str], lexicon: Lexicon) -> bool:
    """A one-word piece that is a dictionary word and no gazetteer name ("Badan", "Bantuan"):
    what is left of a cut span around a phrase, not a name ("Yunani", "Bali" are kept)."""
    return len(piece) == 1 and lexicon.is_dictionary_word(piece[0].lower()) and piece[0] not in lexicon.gazetteer


def is_title_case(words: list[str]) -> bool:
    """Whether a sentence is a title-case headline in the strict sense the word cuts need:
    at least four words, and no lowercase word but the function words headlines keep small.
    (The tagger's truecasing uses a looser share of capitals; a body sentence full of names
    passes that one.)"""
    letters = [w for w in words if w[:1].isalpha()]
    return len(letters) >= 4 and all(w[:1].isupper() or w in HEADLINE_LOWERCASE for w in letters)


def _is_name_word(word: str) -> bool:
    """Whether a word may be part of a name: it holds a capital and is no amount of money."""
    return _has_capital(word) and AMOUNT_RE.fullmatch(word) is None


def _has_capital(word: str) -> bool:
    """Whether a word holds a capital letter."""
    return any(c.isupper() for c in word)


def _covered(spans: list[Span]) -> set[int]:
    """Token indices inside any span."""
    return {k for s, e, _ in spans for k in range(s, e)}


def _capitalised(words: list[str], i: int) -> bool:
    """Whether position i holds a capitalised word (out of range counts as not)."""
    return 0 <= i < len(words) and words[i][:1].isupper()
