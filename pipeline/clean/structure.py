"""Structural rules: decisions that need a line's neighbours, not just its words.

They run after the phrase rules (`rules.py`) and only ever look at lines still kept, so a
more specific phrase reason is never overwritten. Each function names what it removes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import takewhile
from typing import NamedTuple

from pipeline.clean.inline import find_suffix
from pipeline.clean.model import Line
from pipeline.clean.rules import TEASER_MARKER, phrase_reason
from pipeline.clean.unicode import fold_space, line_key

# Closing quotes and brackets that may follow a line's final punctuation, straight or curly
# (rules see the match form, re-joining the display form). Tested with str methods, not
# regexes: these run on every line several times.
_QUOTES = "\"'\u201d\u2019\u00bb"
_CLOSERS = _QUOTES + ")]"
_WORD = re.compile(r"\w{4,}")
_NEW_SENTENCE = re.compile(r"\w[.!?] +[A-Z]")
_CAMEL = re.compile(r"[a-z]+[A-Z]\w*$")
_BULLETS = re.compile(r"\s[·•]\s")
_LIST_NUMBER = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?")
_BULLET = re.compile(r"[•·●▪◦*–-]\s+")
_BLURB = re.compile(
    r"(?P<name>[\w-]+)(?:\.[\w.]+)?\s+(?:adalah|merupakan|ialah|is)\s+(?:\w+\s+){0,2}?"
    r"(?:media|portal|situs|platform|laman|website|kanal|majalah|koran|surat\s+kabar|news|an?\s+(?:online\s+)?(?:media|news))\b",
    re.I,
)
_CONTINUATION = re.compile(r"[a-z,.;:!?%)\]\u2019\u201d]")

BODY_MIN_WORDS = 8
"""A line of at least this many words ending a sentence is taken as body paragraph text."""

HEADLINE_MAX_WORDS = 30
"""Longest headline (title, teaser, list item); Indonesian headlines run 6-20 words."""

TEASER_MAX_FOLLOWERS = 3
"""Most headlines read as teasers after one bare marker (Detik stacks up to three)."""

TEASER_MIN_WORDS = 4
"""A second or third line after a bare marker is a teaser only from this many words on: a
shorter one is rather a promo's first piece ("Jangan lupa follow" / "Instagram" / …)."""

TEASER_OVERLAP = 0.5
"""A second or third line after a bare marker is a teaser only if under this share of its
words occurs in the article: teasers point at *other* stories (the seeds' teasers share
almost nothing with the article beyond a name or two)."""

TEASER_SENTENCE_MAX_WORDS = 15
TEASER_SENTENCE_OVERLAP = 0.34
"""A first line after a bare marker that ends with a full stop is a teaser only when short and
sharing less than this with the article; a body sentence repeats the article's words."""


ABBREVIATIONS = frozenset(
    "mr. mrs. ms. dr. drs. dra. prof. ir. h. hj. kh. st. no. jl. jln. tn. ny. sdr. bpk. ibu. sen. gen. "
    "kol. letjen. mayjen. brigjen. kompol. ipda. aiptu. bripka. dkk. dll. dsb. vs.".split()
)
"""Titles and abbreviations whose full stop does not end a sentence ("… didirikan oleh Mr." then
"Georges" on the next line is one sentence broken at a link)."""


def ends_sentence(text: str) -> bool:
    """Ends with . ! ? (possibly inside closing quotes or brackets), or with a closing quote;
    a full stop after an abbreviation or a lone initial ("Mr.", "Dr.", "J.") does not count."""
    if text[-1:] != "" and text[-1:] in _QUOTES:
        return True
    core = text.rstrip(_CLOSERS)
    last = core[-1:]
    if last == ".":
        word = core.rsplit(" ", 1)[-1]
        return word.casefold() not in ABBREVIATIONS and not (len(word) == 2 and word[0].isupper())
    return last != "" and last in "!?"


def _ends_clause(text: str) -> bool:
    """Ends with a full stop, comma, semicolon or colon, but not with a truncating "..."."""
    core = text.rstrip(_CLOSERS)
    return core[-1:] != "" and core[-1:] in ".,;:" and not core.endswith("...")


def continues_sentence(text: str) -> bool:
    """Opens in lower case or with closing punctuation: the rest of the line before's sentence."""
    return _CONTINUATION.match(text) is not None


def without_code(text: str) -> str:
    """The text without the credit code closing it ("… pusat. (mdk/end)" → "… pusat.")."""
    code = find_suffix(text)
    return text[: code[0]].rstrip() if code else text


def is_body_like(line: Line) -> bool:
    """A paragraph: long enough and closed by sentence punctuation, once a credit code closing
    it is set aside (the last paragraph "… pusat. (mdk/end)" is still a paragraph)."""
    return line.n_words >= BODY_MIN_WORDS and ends_sentence(without_code(line.match))


def is_headline_like(line: Line) -> bool:
    """Title-shaped: 2-30 words, one sentence, opens with a capital, digit, quote or a bracketed
    tag ("[HOAKS] Video …", "[VIDEO] …"), no closing
    full stop or comma once a credit code is set aside (a truncated "…" or a closing "?"/"!" is
    fine: headlines end that way)."""
    return _is_headline_shaped(line.match, line.n_words)


def _is_bulleted_headline(line: Line) -> bool:
    """A headline after a list bullet ("- Trump Ancam Mundur dari Perundingan Damai")."""
    bullet = _BULLET.match(line.match)
    return bullet is not None and _is_headline_shaped(line.match[bullet.end() :], line.n_words - 1)


def _is_headline_shaped(text: str, n_words: int) -> bool:
    if not 2 <= n_words <= HEADLINE_MAX_WORDS:
        return False
    opening = text[1:2] if text[0] == "[" else text[0]
    if not (opening.isupper() or opening.isdigit() or text[0] in "\"'") or _NEW_SENTENCE.search(text):
        return False
    return not _ends_clause(without_code(text))


SHAPE_REASONS = frozenset(
    {
        "ad.placeholder",
        "pagination.page_nav",
        "credit.byline",
        "credit.code",
        "credit.source",
        "caption.credit_line",
        "credit.signature",
        "site.lone_site_name",
        "other.timestamp",
        "other.share_button",
        "other.breadcrumb",
        "other.form_field",
    }
)
"""Phrase rules that judge a line by its shape (a short name, a date, a lone word) rather than
by a boilerplate phrase; such a line may be a piece of a body sentence broken at a link."""


def restore_sentence_pieces(lines: list[Line]) -> None:
    """Undo a shape rule on a line that sits inside an unfinished sentence: the line before is
    body and ends mid-sentence, and this line starts in lower case or the next one continues
    it ("… dikutip dari" / "Tribunnews.com" / "pada Senin …"). Never lose body text. A line
    holding a bullet ("oleh Dimas Pratama · 4 Maret 2025 · 12 menit baca") is page furniture
    whatever its case: a sentence never sets its words apart with bullets."""
    content = [line for line in lines if not line.is_blank]
    for i, line in enumerate(content):
        if line.reason not in SHAPE_REASONS or i == 0 or _BULLETS.search(line.match):
            continue
        before = content[i - 1]
        if not before.kept or ends_sentence(before.match):
            continue
        after = content[i + 1] if i + 1 < len(content) else None
        if line.match[:1].islower() or (after is not None and after.kept and continues_sentence(after.match)):
            line.reason = None


def _vocabulary(lines: list[Line], exclude: Line) -> frozenset[str]:
    """Words of four letters or more in the article's paragraphs (other than `exclude`)."""
    return frozenset(
        word
        for line in lines
        if line.kept and line is not exclude and is_body_like(line)
        for word in _WORD.findall(line.match.casefold())
    )


def _overlap(line: Line, vocabulary: frozenset[str]) -> float:
    words = set(_WORD.findall(line.match.casefold()))
    return len(words & vocabulary) / len(words) if words else 1.0


def _non_blank_after(lines: list[Line], index: int) -> list[Line]:
    return [line for line in lines[index + 1 :] if not line.is_blank]


OPEN_ENDINGS = frozenset(
    "di ke dari pada yang dan untuk dengan oleh atas bawah dalam para sang serta atau bagi kepada sebagai "
    "seperti antara tentang terhadap menuju".split()
)
"""Words a headline does not end on: a line ending on one runs on into the next ("… pos pengamanan
di bawah" / "Jembatan Tambak", a sentence broken at a link)."""


def _ends_open(line: Line) -> bool:
    return line.match.rsplit(" ", 1)[-1] in OPEN_ENDINGS


TITLE_CASE_SHARE = 0.6


def _is_title_cased(line: Line) -> bool:
    """Most words capitalised, as headlines are written ("Arne Slot Samai Catatan Legenda Liverpool
    di Musim Debut"); a sentence broken at a link is not ("Polres … kini menempatkan pos … di bawah")."""
    words = [w for w in line.match.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _bare_marker_reason(line: Line) -> str | None:
    """The reason for the headlines a bare marker announces: a teaser marker alone ("Baca
    Juga:"), or a video call closed by a colon ("Simak video berikut ini:")."""
    if line.reason == "related.teaser_marker" and not TEASER_MARKER.sub("", line.match).strip():
        return "related.teaser_headline"
    if line.reason == "embed.video" and line.match.rstrip().endswith(":"):
        return "embed.video"
    return None


def mark_teaser_headlines(lines: list[Line]) -> None:
    """related.teaser_headline (embed.video after a video call): the headline(s) following a
    bare marker ("Baca Juga:" alone), maybe after a list bullet ("- Trump Ancam …").

    The first non-blank line after the marker is the teaser when it is headline-like, or when
    it is a short single sentence sharing little vocabulary with the article (a headline some
    outlet closes with a full stop); up to two more follow when they are headline-like and
    share little vocabulary, or are as long as a title and written in title case (an article's
    sub-heading is shorter, a broken sentence is in lower case). A line the next one continues
    (in lower case or with punctuation), or ending on a word such as "di" or "yang", is a broken
    body sentence, not a headline, and ends the search. A marker followed by a real
    paragraph (the scraper lost the headline) removes nothing.
    """
    vocabulary: frozenset[str] | None = None
    for index, line in enumerate(lines):
        reason = _bare_marker_reason(line)
        if reason is None:
            continue
        after = _non_blank_after(lines, index)
        for rank, follower in enumerate(after[:TEASER_MAX_FOLLOWERS]):
            continued = rank + 1 < len(after) and continues_sentence(after[rank + 1].match)
            if not follower.kept or continued or _ends_open(follower):
                break
            headline = is_headline_like(follower) or _is_bulleted_headline(follower)
            if rank > 0 and follower.n_words < TEASER_MIN_WORDS:
                break
            if rank == 0 and headline or rank > 0 and headline and follower.n_words >= TITLE_MIN_WORDS and _is_title_cased(follower):
                follower.reason = reason
                continue
            if rank == 0 and (follower.n_words > TEASER_SENTENCE_MAX_WORDS or _NEW_SENTENCE.search(follower.match)):
                break
            if rank > 0 and not headline:
                break
            vocabulary = vocabulary if vocabulary is not None else _vocabulary(lines, exclude=follower)
            if _overlap(follower, vocabulary) >= (TEASER_OVERLAP if headline else TEASER_SENTENCE_OVERLAP):
                break
            follower.reason = reason


LIST_ITEMS = {
    "embed.infographic": "embed.infographic_item",
    "related.list_heading": "related.list_item",
    "other.tags_heading": "other.tag_item",
    "other.contact_heading": "other.contact_item",
    "other.poll_heading": "other.poll_item",
    "credit.guests_heading": "credit.guest_item",
    "other.toc_heading": "other.toc_item",
}
"""List headings and the reason given to the lines under them."""


def mark_lists(lines: list[Line]) -> None:
    """related.list_item / other.tag_item / other.contact_item / other.poll_item /
    credit.guest_item: lines after a list heading ("Artikel Terkait", "Terkini Lainnya", "Tautan
    Sahabat", "Populer"; "Tags", "Topik"; a press release's "Kontak Media:"; a reader poll's
    question and options; a talk show's "Narasumber:" and its guests; a "Daftar Isi") to the end
    of the page, as news sites print them below the article. An end marker ("Akhir dari
    artikel-artikel yang direkomendasikan", BBC), a real paragraph (long, closed by a full stop)
    or the article's headline ends the list: a heading-shaped tagline above the headline ("Aceh
    Journal National Network") heads no list; in a table of contents, so does a line repeating an
    entry ("1. Apa itu fase kritis DBD?" is then the section's heading; a related list may repeat a
    headline). A bulleted
    headline ("- Mengapa Laut Masalembu …?") is an item even when closed by a question mark.
    When in doubt, keep."""
    headline: Line | None = None
    item: str | None = None
    items: set[str] = set()
    for line in lines:
        if line.reason in LIST_ITEMS or line.reason == "related.list_end":
            item, items = LIST_ITEMS.get(line.reason), set()
            headline = headline or _head_headline(lines)
        elif item is not None and line.kept:
            entry = _LIST_NUMBER.sub("", line.match).casefold()
            headline_shaped = is_headline_like(line) or _is_bulleted_headline(line)
            repeats_entry = item == "other.toc_item" and entry in items  # the section's own heading
            if line is headline or repeats_entry or (is_body_like(line) and not headline_shaped):
                item = None
            else:
                line.reason = item
                items.add(entry)


_CITATION = re.compile(r"\b(?:diakses|accessed|retrieved|et\s+al)\b|https?://|\bdoi\b|\((?:1[89]|20)\d\d\)|\.\s+(?:1[89]|20)\d\d\.", re.I)
"""A citation's marks: an access date, a link, a DOI, "et al", a year in brackets or between full stops."""
_NOTE = re.compile(
    r"\b(?:artikel|tulisan|konten|informasi)\s+ini\b|\bkeputusan\b|\btanggung\s*jawab\b|\btidak\s+menjamin\b"
    r"|\bbukan\s+(?:merupakan\s+)?(?:ajakan|rekomendasi|saran)\b",
    re.I,
)
"""What the note under a bare "Disclaimer" says: of the page itself, of decisions and responsibility."""


class Box(NamedTuple):
    """What a box's heading holds: the reason for its lines, which lines belong, how many at most."""

    item: str
    belongs: Callable[[Line], bool]
    max_items: int


BOXES = {
    "other.summary_heading": Box("other.summary_item", lambda line: _BULLET.match(line.match) is not None, 10),
    "credit.references_heading": Box("credit.reference", lambda line: _CITATION.search(line.match) is not None, 20),
    "other.editor_note_heading": Box("other.editor_note", lambda line: _NOTE.search(line.match) is not None, 1),
}
"""Headings whose lines are the page's, not the article's, though they are sentences."""


def mark_boxes(lines: list[Line]) -> None:
    """other.summary_item / credit.reference / other.editor_note: the lines a box's heading
    holds, up to the first that does not belong: the bulleted points under a summary ("Ringkasan",
    "Poin Penting") above the first paragraph, the citations under "Referensi:", the note under a
    bare "Disclaimer" when it speaks of the page, decisions or responsibility."""
    box: Box | None = None
    taken = 0
    paragraphs = 0
    for line in lines:
        if line.is_blank:
            continue
        if line.reason in BOXES:
            box, taken = BOXES[line.reason], 0
            if line.reason == "other.summary_heading" and paragraphs:
                # a summary box stands above the article; below a paragraph "Rangkuman" is a sub-heading
                box, line.reason = None, None
        elif box is not None and line.kept and taken < box.max_items and box.belongs(line):
            line.reason = box.item
            taken += 1
        else:
            box = None
            paragraphs += line.kept and is_body_like(line)


CRUMB_SEPARATORS = frozenset("›>»/")
CRUMB_MAX_WORDS = 2


def mark_split_breadcrumbs(lines: list[Line]) -> None:
    """other.breadcrumb: a breadcrumb the scraper split at its separators ("Radar Bali" / "›" /
    "Gianyar"): a lone separator line and the short capitalised segments around it."""
    content = [line for line in lines if not line.is_blank]
    for i in range(1, len(content) - 1):
        before, sep, after = content[i - 1], content[i], content[i + 1]
        if sep.kept and sep.match.strip() in CRUMB_SEPARATORS and all(map(_is_crumb, (before, after))):
            for line in (before, sep, after):
                if line.kept:  # a site name removed as such keeps its reason (it names the source)
                    line.reason = "other.breadcrumb"


def _is_crumb(line: Line) -> bool:
    """A segment of one or two capitalised words ("Radar Bali", "Gianyar"; a headline is longer)."""
    words = [w for w in line.match.split() if w != "&"]
    return len(words) <= CRUMB_MAX_WORDS and line.match[:1].isupper() and not ends_sentence(line.match)


def _head_headline(lines: list[Line]) -> Line | None:
    """The last long headline-shaped kept line before the first paragraph: the article's headline
    (a page may print a list or a tagline above it, never between it and the paragraph)."""
    headline = None
    for line in lines:
        if not line.kept:
            continue
        if is_body_like(line):
            return headline
        if line.n_words >= TITLE_MIN_WORDS and is_headline_like(line):
            headline = line
    return None


COMMENTS_AFTER_PARAGRAPHS = 2
"""A comment-section heading closes the article only after this many paragraphs: in the head,
"0 Comments" is a counter beside the byline."""


def mark_comment_section(lines: list[Line]) -> None:
    """other.comment: everything after the heading of the comment section ("Tinggalkan Balasan",
    "3 Komentar", "Leave a Reply", "Discussion about this post") to the end of the page: the
    readers' names, their comments (prose, but not the article's), reply and like buttons and
    the comment form. Comments come last on a news page."""
    headings = [i for i, line in enumerate(lines) if line.reason == "other.comments_heading"]
    for i in headings:
        if sum(1 for line in lines[:i] if line.kept and is_body_like(line)) >= COMMENTS_AFTER_PARAGRAPHS:
            for later in lines[i + 1 :]:
                if later.kept:
                    later.reason = "other.comment"
            return


def _starts_fresh(line: Line | None) -> bool:
    """Nothing unfinished before: the page start, a removed line or a finished sentence (maybe
    closed by a credit code: "… penjara. (ys/sp)")."""
    return line is None or not line.kept or ends_sentence(without_code(line.match))


FRAGMENT_MAX_WORDS = 4
"""A promo split by the scraper comes in pieces of at most this many words ("Simak",
"breaking news", "dan", "berita pilihan") before the line that completes it."""


def mark_split_promos(lines: list[Line]) -> None:
    """promo.*: a promo the scraper split over several short lines (Kompas: "Simak" /
    "breaking news" / "dan" / "berita pilihan" / "kami langsung di ponselmu. …"). Runs of short
    unpunctuated fragments starting after a finished sentence (pieces of a broken *body*
    sentence follow an unfinished one) are joined with the line that ends them, and the joined
    text is put through the promo phrase rules; a lone URL line right after a promo goes with it,
    or ends it ("Dapatkan" / "Informasi lain dari BangkaPos.com" / "lewat" / … / "https://…").
    A site name inside the promo ("… setiap hari dari" / "Tribun-Timur.com" / ". Mari bergabung …")
    is one of its pieces."""
    run: list[Line] = []
    before_run: Line | None = None  # the non-blank line before the run
    previous: Line | None = None
    for line in lines:
        if line.is_blank:
            continue
        site_piece = bool(run) and line.reason in ("site.lone_site_name", "other.share_button")
        if site_piece or (line.kept and line.n_words <= FRAGMENT_MAX_WORDS and not ends_sentence(line.match)):
            if not run:
                before_run = previous
            run.append(line)
        else:
            ends_run = line.kept or (line.reason or "").startswith("promo.") or line.reason == "other.url"
            if run and _starts_fresh(before_run) and ends_run:
                parts = (*run, line)
                reason = phrase_reason(" ".join(part.match for part in parts), sum(p.n_words for p in parts))
                if reason and reason.startswith("promo."):
                    for part in parts:
                        part.reason = reason
            run = []
        previous = line
    previous = None
    for line in lines:
        if line.is_blank:
            continue
        if line.reason == "other.url" and previous is not None and (previous.reason or "").startswith("promo."):
            line.reason = "promo.url"
        previous = line
    _mark_promo_tails(lines)


PROMO_TAIL_MAX_WORDS = 8
"""Longest piece of a promo's unfinished tail ("ORION, daftar sekarang dengan")."""


def _mark_promo_tails(lines: list[Line]) -> None:
    """A promo line left unfinished ("… hanya dengan satu akun di") runs on over the short lines
    after it ("ORION, daftar sekarang dengan" / "klik disini" / "dan nantikan kejutan menarik
    lainnya"), up to the piece that ends a sentence or the next removed line that is no promo.
    Okezone prints its account promo that way."""
    reason: str | None = None
    for line in lines:
        if line.is_blank:
            continue
        if (line.reason or "").startswith("promo."):
            reason = None if ends_sentence(line.match) else line.reason
        elif reason is not None and line.kept and line.n_words <= PROMO_TAIL_MAX_WORDS and not is_body_like(line):
            line.reason = reason
            if ends_sentence(line.match):
                reason = None
        else:
            reason = None


CAPTION_MAX_WORDS = 40
"""Longest photo caption; captions are one sentence, rarely over 30 words."""


def is_caption_like(line: Line) -> bool:
    """One finished sentence of at most CAPTION_MAX_WORDS words: the shape of a photo caption."""
    return line.n_words <= CAPTION_MAX_WORDS and ends_sentence(line.match) and not _NEW_SENTENCE.search(line.match)


def mark_captions_above_credits(lines: list[Line]) -> None:
    """caption.above_photo_credit: the sentence right above a photo credit ("Kantor Berita
    Xinhua | Gambar Getty") is that photo's caption, as news pages print caption then credit.
    Not when the credit is followed by its own labelled caption (BBC prints credit first:
    "Sumber gambar, Reuters" / "Keterangan gambar, …"), nor above a headline-shaped line.
    A bare credit line ("Grid.ID/Novia Tri Astuti", "DOK. DUCATI CORSE") is weaker evidence (a
    name with a slash), so its caption must also be the page's first sentence: the lead photo
    sits between the headline and the first paragraph. A copyright line above the first paragraph
    ("Copyright: © PBSI") is the lead photo's credit."""
    content = [line for line in lines if not line.is_blank]
    first_sentence = next((line for line in content if line.kept and is_body_like(line)), None)
    head = content.index(first_sentence) if first_sentence is not None else 0
    for i, line in enumerate(content):
        photo_copyright = line.reason == "site.copyright" and i < head
        if i == 0 or not (photo_copyright or line.reason in ("credit.photo", "caption.credit_line")):
            continue
        above = content[i - 1]
        if line.reason == "caption.credit_line" and above is not first_sentence:
            continue
        below = content[i + 1] if i + 1 < len(content) else None
        if below is not None and (below.reason or "").startswith("caption."):
            continue
        if above.kept and is_caption_like(above):
            above.reason = "caption.above_photo_credit"


def mark_split_credits(lines: list[Line]) -> None:
    """caption.credit_line: the photo credit the scraper put under its caption when the caption
    ends with the credit's label ("… di Mapolres Metro Bekasi. Sumber :" / "tim tvOnenews/Rizki
    Amana"): the short line below, closing no sentence."""
    content = [line for line in lines if not line.is_blank]
    for line, below in zip(content, content[1:]):
        if (
            (line.reason or "").startswith("caption.")
            and line.match.endswith(":")
            and below.kept
            and below.n_words <= NAME_MAX_WORDS + 2
            and not ends_sentence(below.match)
        ):
            below.reason = "caption.credit_line"


def mark_head_captions(lines: list[Line]) -> None:
    """caption.credit_code: before the first paragraph, a line closed by a credit code in
    brackets ("Ilustrasi jemaah haji.(MI/Seno)", or with a full stop after it: "… tahun 1930-an.
    (KITLV).") is a photo caption: the code on a *body* line closes the last paragraph, and a
    caption is never the last line."""
    kept = [line for line in lines if line.kept]
    for line in kept[:-1]:
        has_code = find_suffix(line.match.removesuffix(".")) is not None
        if has_code and line.n_words <= CAPTION_MAX_WORDS:
            line.reason = "caption.credit_code"
        elif is_body_like(line):
            return


NAME_MAX_WORDS = 4
"""Longest bare byline name ("Muhammad Ilham Baktora"; Indonesian names run one to four words)."""

HEAD_FURNITURE = ("credit.", "caption.", "other.timestamp", "site.")
"""Removals that make up an article's head (byline, date, photo): a bare name beside one is its byline."""


def _is_name_word(word: str) -> bool:
    """A capitalised word of letters ("Haezer", "Avundukluoğlu", "O'Neil", "M.") or a short
    acronym ("VOA", "PR")."""
    letters = word.replace("'", "").replace("-", "").rstrip(".")
    if not letters.isalpha():
        return False
    return (word[0].isupper() and (len(letters) == 1 or letters[1:].islower())) or (
        letters.isupper() and len(letters) <= 5
    )


def mark_head_names(lines: list[Line]) -> None:
    """credit.head_name: a bare name (one to four capitalised words, no digits, no punctuation
    after it) before the first paragraph, next to another piece of the article's head (a removed
    credit, date line, caption or site line): the byline many outlets print without "Penulis:"
    (Sindonews "Eben Haezer", Harian Jogja, iNews, Anadolu, Kompasiana, BBC "Hidayatullah").
    The furniture must follow the name, or precede it with a finished line after it; and the
    line before must not be an unfinished sentence other than the headline. A linked name
    opening a broken first sentence ("Gubernur Jawa Barat" / "Dedi Mulyadi meminta …", or
    "Menurut" / "Andi Sudirman" / ", banjir …" under a date line) fails these tests and stays, and
    so does one word under the head with the paragraph below it: a fact check's "Klaim" heading.
    A headline closed by a quote ("Kepala BMKG: "Kemarau … Lengah"") is no paragraph."""
    content = [line for line in lines if not line.is_blank]
    headline = next((line for line in content if line.kept and is_headline_like(line)), None)
    for i, line in enumerate(content):
        if line.kept and line is not headline and is_body_like(line):
            return
        if not line.kept or line is headline or not 1 <= line.n_words <= NAME_MAX_WORDS:
            continue
        if not all(_is_name_word(word) for word in line.match.split()):
            continue
        before = content[i - 1] if i > 0 else None
        after = content[i + 1] if i + 1 < len(content) else None
        if before is not None and before.kept and before is not headline and not ends_sentence(before.match):
            continue
        furniture_after = after is not None and (after.reason or "").startswith(HEAD_FURNITURE)
        furniture_before = before is not None and (before.reason or "").startswith(HEAD_FURNITURE)
        finished_after = after is None or not after.kept or ends_sentence(after.match)
        # One word followed by the paragraph is rather a sub-heading ("Klaim", fact checks).
        if furniture_after or (furniture_before and finished_after and line.n_words > 1):
            line.reason = "credit.head_name"


MASTHEAD_MAX_WORDS = 7
"""Longest site, rubric or issuer name printed above the headline ("IDN Times Jatim", "Keuangan /
Investasi", "Dinas Komunikasi dan Informatika Provinsi Jawa Timur"); it is shorter than the headline."""

TITLE_MIN_WORDS = 6
"""A headline below masthead lines is at least this long: the masthead must be the shorter line."""

_LABEL_JOINERS = frozenset("/ | & - dan and of di ke the".split())


def _is_masthead_label(line: Line, title: Line, first: bool) -> bool:
    """A name shorter than the headline: capitalised words (or numbers, glyphs, or joiners like
    "/", "dan", "di"), no punctuation closing it but a search box's "...": a site or rubric
    ("Radar Madiun"), a tagline ("Harian Pagi Terbesar di Maluku"), a frequency ("92.6 FM | Radio
    Berita dan Informasi"), a menu button ("☰ Menu", "Cari Berita..."). The page's first line may
    be a logo's lower-case text ("jambi independent"). Lower-case words other than joiners open
    a broken sentence ("Hal ini ditegaskan" / …): no masthead."""
    words = line.match.split()
    if first and line.match.replace(" ", "").isalpha() and line.match.islower():
        return len(words) <= min(MASTHEAD_MAX_WORDS, title.n_words - 1)
    return (
        1 <= len(words) <= min(MASTHEAD_MAX_WORDS, title.n_words - 1)
        and not line.match[:1].islower()
        and line.match.removesuffix("...").removesuffix("…")[-1:].isalnum()
        and all(not word[0].islower() or word in _LABEL_JOINERS for word in words)
    )


def _is_title_candidate(line: Line) -> bool:
    """Long and headline-shaped, not segments between spaced bars ("92.6 FM | Radio Berita dan
    Informasi" is a tagline)."""
    return line.n_words >= TITLE_MIN_WORDS and is_headline_like(line) and " | " not in line.match


def mark_masthead(lines: list[Line]) -> None:
    """site.masthead: short names above the headline: the site ("VOA Indonesia", "NU Online"),
    its rubric ("Rilis Berita", "Cek Fakta", "SIARAN PERS"), a university or agency issuing a
    release. Page text starts with the masthead, then the headline; so when every kept line
    before the first long headline-shaped line is a short name, those lines are the masthead.
    A linked name opening a broken first sentence ("Gubernur Jawa Barat" / "Dedi Mulyadi meminta
    … .") is no masthead: the line after it closes a sentence (not headline-shaped), or the line
    after that continues it in lower case."""
    kept = [line for line in lines if line.kept]
    lines_first = next((line for line in lines if not line.is_blank), None)
    i = next((i for i, line in enumerate(kept) if _is_title_candidate(line)), None)
    if i is None or (i + 1 < len(kept) and continues_sentence(kept[i + 1].match)):
        return
    if all(_is_masthead_label(line, kept[i], line is lines_first) for line in kept[:i]):
        for line in kept[:i]:
            line.reason = "site.masthead"


SIGNOFF_MAX_WORDS = 12
"""Longest line of a press release's sign-off block (an official's title, a name, a phone)."""


def mark_signoff_block(lines: list[Line]) -> None:
    """other.signoff_block: after the end marker of a press release ("***", "###", the PR
    convention for "end of text"), the signer's title, name and contact lines. Only when
    paragraphs precede the marker and none follows it: a "***" between sections of a feature is
    followed by more text, and a bullet between head widgets ("·") by the whole article.
    A release without the marker signs between its last paragraph and its contact heading
    ("Ramdan Denny Prakoso" / "Kepala Departemen Komunikasi" / "Informasi lebih lanjut:")."""
    content = [line for line in lines if not line.is_blank]
    _mark_signer_before_contact(content)
    marks = [i for i, line in enumerate(content) if line.reason == "other.separator"]
    if not marks or not any(line.kept and is_body_like(line) for line in content[: marks[-1]]):
        return
    tail = [line for line in content[marks[-1] + 1 :] if line.kept]
    if all(line.n_words <= SIGNOFF_MAX_WORDS and not is_body_like(line) for line in tail):
        for line in tail:
            line.reason = "other.signoff_block"


def _mark_signer_before_contact(content: list[Line]) -> None:
    """The short kept lines between the last paragraph and a contact heading after it, when none
    closes a sentence or a clause (a list the article introduced with a colon stays)."""
    heading = next((i for i, line in enumerate(content) if line.reason == "other.contact_heading"), None)
    if heading is None:
        return
    body = [i for i, line in enumerate(content[:heading]) if line.kept and is_body_like(line)]
    if not body:
        return
    signer = [line for line in content[body[-1] + 1 : heading] if line.kept]
    if all(line.n_words <= SIGNOFF_MAX_WORDS and not _ends_clause(line.match) for line in signer):
        for line in signer:
            line.reason = "other.signoff_block"


ABOUT_HEADING = re.compile(r"(?:Tentang|TENTANG|Sekilas(?: [Tt]entang)?|About)\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5})$")
"""The heading of a press release's paragraph on its issuer ("Tentang Pertamina Patra Niaga", "About XYZ")."""

_DESCRIBES = re.compile(r"\b(?:merupakan|adalah|ialah|didirikan|berdiri|is an?|is the|was founded|founded)\b")
ABOUT_NAME_WORDS = 4
"""The issuer's name opens its description: within its first words ("PT Pertamina Patra Niaga merupakan …")."""


def _kept_run(lines: list[Line]) -> list[Line]:
    """The kept lines at the start of `lines`, up to the first removed one."""
    return list(takewhile(lambda line: line.kept, lines))


def mark_about_blocks(lines: list[Line]) -> None:
    """other.about: a press release's standing paragraph on its issuer (the PR trade's own
    "boilerplate"), under "Tentang <name>": the heading and the kept lines after it up to the
    next removed line, when the first of them opens with the name and describes it ("PT X
    merupakan …"). A sub-heading "Tentang Pasar Baru" above a news paragraph fails that test."""
    content = [line for line in lines if not line.is_blank]
    for i, line in enumerate(content):
        m = ABOUT_HEADING.match(line.match) if line.kept and line.n_words <= MASTHEAD_MAX_WORDS else None
        if m is None:
            continue
        block = _kept_run(content[i + 1 :])
        opening = block[0].match.split()[: ABOUT_NAME_WORDS + 3] if block else []
        if m["name"].split()[0] in opening[:ABOUT_NAME_WORDS] and _DESCRIBES.search(" ".join(opening)):
            for about in (line, *block):
                about.reason = "other.about"


AUTHOR_HEADING = re.compile(
    r"(?:(?:Tentang|TENTANG|Profil|PROFIL|Biodata|About)\s+(?:[Pp]enulis|PENULIS|[Pp]engarang|[Kk]olumnis|the [Aa]uthor)"
    r"|Ditulis [Oo]leh|DITULIS OLEH|Written [Bb]y)\s*:?$"
)
"""The heading of an author's note closing the article ("Tentang Penulis", "Ditulis oleh", "About the author")."""

AUTHOR_BLOCK_MAX_LINES = 3
"""An author's note is the name and a sentence or two on who they are."""


def mark_author_bios(lines: list[Line]) -> None:
    """credit.author_bio: the kept lines under an author heading ("Tentang Penulis" / "Nadia
    Puspitasari adalah mahasiswa …"; "Ditulis oleh" / "Maria Ulfa" / "Penulis gaya hidup …"),
    up to the next removed line or the page's end, when they are few and no paragraph follows
    them: the note closes the article. A byline label above the lead ("Ditulis oleh" / a name /
    the first paragraphs) runs into the article and stays."""
    content = [line for line in lines if not line.is_blank]
    for i, line in enumerate(content):
        if line.n_words > MASTHEAD_MAX_WORDS or not AUTHOR_HEADING.match(line.match):
            continue
        block = _kept_run(content[i + 1 :])
        rest = content[i + 1 + len(block) :]
        if 1 <= len(block) <= AUTHOR_BLOCK_MAX_LINES and not any(later.kept and is_body_like(later) for later in rest):
            for note in (line, *block):
                note.reason = "credit.author_bio"


ROLE_MAX_WORDS = 10
"""Longest signer's role above a signature ("Kepala Biro Komunikasi dan Pelayanan Publik")."""


def mark_signature_roles(lines: list[Line]) -> None:
    """credit.signature: the signer's role printed right above or below a signed name with
    degrees ("Kepala Biro Komunikasi dan Pelayanan Publik" / "Aji Muhawarman, ST, MKM", or "Abdul
    Muhari, Ph.D." / "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB"): a short
    capitalised line that closes no sentence; a paragraph beside the name stays."""
    content = [line for line in lines if not line.is_blank]
    signed = [i for i, line in enumerate(content) if line.reason == "credit.signature"]
    for i in signed:
        for role in (content[j] for j in (i - 1, i + 1) if 0 <= j < len(content)):
            if (
                role.kept
                and role.n_words <= ROLE_MAX_WORDS
                and role.match[:1].isupper()
                and not ends_sentence(role.match)
            ):
                role.reason = "credit.signature"


_BARE_BYLINE = re.compile(r"(?:Oleh|OLEH|By|BY|Penulis|PENULIS|Authors?|Writers?)\s*:?\s*$")
"""A byline label whose name the page printed on the next line."""


def mark_names_after_bare_bylines(lines: list[Line]) -> None:
    """credit.head_name: the line right after a bare byline label ("Oleh" / "FABBY TUMIWA",
    Kompas.id; "Penulis" / "Dwi Rahmawati", The Conversation) when it is a name: at most five
    capitalised or upper-case words, no digits, nothing closing it."""
    content = [line for line in lines if not line.is_blank]
    for line, name in zip(content, content[1:]):
        if line.reason != "credit.byline" or not _BARE_BYLINE.match(line.match) or not name.kept:
            continue
        words = name.match.split()
        if 1 <= len(words) <= NAME_MAX_WORDS + 1 and all(_is_name_word(word) or word.isupper() for word in words):
            name.reason = "credit.head_name"


AFFILIATION_MAX_WORDS = 14
"""Longest author affiliation under a byline ("Mahasiswa Magister Perencanaan Wilayah, Universitas Indonesia")."""


def mark_author_blocks(lines: list[Line]) -> None:
    """credit.head_name + credit.affiliation: an opinion piece's author block under the headline,
    a bare name and then the author's position ("Rizky Maulana" / "Mahasiswa Magister
    Perencanaan Wilayah, Universitas Indonesia"; The Conversation prints "Penulis" above them).
    Before the first paragraph only; the affiliation closes no sentence, is not continued by the
    next line, and the next kept line is a paragraph: a linked name opening a broken first sentence
    ("Gubernur Jawa Barat" / "Dedi Mulyadi meminta …") leaves its sentence's words on the lines."""
    content = [line for line in lines if not line.is_blank]
    headline = next((line for line in content if line.kept and is_headline_like(line)), None)
    for i, line in enumerate(content[:-2]):
        if line.kept and is_body_like(line):
            return
        name, affiliation = line, content[i + 1]
        if not (name.kept and affiliation.kept) or name is headline or not 2 <= name.n_words <= NAME_MAX_WORDS:
            continue
        if not all(_is_name_word(word) for word in name.match.split()):
            continue
        before = content[i - 1] if i > 0 else None
        if before is not None and before.kept and before is not headline:
            continue
        after = next((later for later in content[i + 2 :] if later.kept), None)
        if (
            affiliation.n_words <= AFFILIATION_MAX_WORDS
            and affiliation.match[:1].isupper()
            and not ends_sentence(affiliation.match)
            and after is not None
            and is_body_like(after)
            and not continues_sentence(after.match)
        ):
            name.reason, affiliation.reason = "credit.head_name", "credit.affiliation"
            return


FOOTER_MAX_WORDS = 7
"""Longest entry of a footer menu or a widget label after the article ("Pedoman Media Siber")."""


def mark_footer_runs(lines: list[Line]) -> None:
    """other.after_body: after the last paragraph, a run of short headline- or label-shaped kept
    lines with removed page furniture right before it (an ad slot does not count: an article's
    closing list may run on under it) and removed furniture or the page's end right after it.
    Such a run is the page's own: a footer menu ("Redaksi" / "Pedoman Media Siber" / "Tentang
    Kami" / "Kontak" / "Copyright …"), a widget's labels; the article's text ends with its last
    paragraph or runs straight on from it."""
    for before, run in _runs_after_last_paragraph(lines, lambda line: True):
        if not before.kept and not (before.reason or "").startswith("ad.") and all(map(_is_footer_entry, run)):
            for entry in run:
                entry.reason = "other.after_body"


def _runs_after_last_paragraph(lines: list[Line], belongs: Callable[[Line], bool]) -> Iterator[tuple[Line, list[Line]]]:
    """After the last paragraph, each maximal run of kept lines that `belongs` accepts, with the
    non-blank line before it (the paragraph, removed furniture or a kept line the run excludes)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].kept and is_body_like(lines[i])), None)
    if last is None:
        return
    run: list[Line] = []
    before = lines[last]
    for line in (*lines[last + 1 :], None):
        if line is not None and line.is_blank:
            continue
        if line is not None and line.kept and belongs(line):
            run.append(line)
            continue
        if run:
            yield before, run
        if line is not None:
            run, before = [], line


TAG_ROW_MAX_WORDS = 4
"""Longest topic tag printed as a lower-case row of its own ("kecelakaan lalu lintas")."""


def mark_tag_rows(lines: list[Line]) -> None:
    """other.tags: after the last paragraph and removed furniture (a video embed, a promo), two or
    more lower-case rows of a few words without punctuation ("bus masuk jurang" / "toraja utara"):
    the article's topic tags, as Detik's network prints them. Right under the last paragraph such
    rows are rather its list ("daging sapi" / "santan kental")."""
    for before, run in _runs_after_last_paragraph(lines, _is_tag_row):
        if len(run) >= 2 and not before.kept:
            for row in run:
                row.reason = "other.tags"


def _is_tag_row(line: Line) -> bool:
    """A few lower-case words opening with a letter ("kuota haji 2026"; "2 butir telur" closing a
    recipe is the article's list)."""
    text = line.match
    return (
        line.n_words <= TAG_ROW_MAX_WORDS and text[:1].isalpha() and text.islower()
        and all(c.isalnum() or c in " -'" for c in text)
    )


def mark_outlet_blurb(lines: list[Line], source: str | None) -> None:
    """other.about: a line in which the outlet the page names describes itself ("Herstory adalah
    media perempuan yang …"), as some sites print under every article."""
    if not source:
        return
    name = source.split(".")[0]
    for line in lines:
        if line.kept and line.match[:1].isupper() and (m := _BLURB.match(line.match)) and m["name"].casefold() == name:
            line.reason = "other.about"


def _is_footer_entry(line: Line) -> bool:
    """Short, headline- or label-shaped, closing no sentence."""
    return (
        line.n_words <= FOOTER_MAX_WORDS
        and (is_headline_like(line) or _is_label(line))
        and not ends_sentence(without_code(line.match))
    )


def mark_frequent_lines(lines: list[Line], frequent: frozenset[str]) -> None:
    """other.repeated_line: lines the warehouse has seen recur across many articles of the same
    source (CCNet's paragraph dedup idea, applied per source). Only lines no rule named yet."""
    if not frequent:
        return
    for line in lines:
        if line.kept and line_key(line.raw) in frequent:
            line.reason = "other.repeated_line"


def mark_edge_labels(lines: list[Line]) -> None:
    """site.section_label: a one-word line without punctuation, capitalised or a camel-case brand
    ("Nasional", "Megapolitan", "detikNews", "KOMPAS"), or two or three upper-case words ("SEPAK BOLA"),
    before the first or after the last paragraph: a section or site label. A line continuing an
    unfinished sentence, or continued by the next line, is a broken sentence's piece and stays.
    A run of labels ("A" / "A" / "A", Sindonews' font-size buttons) goes even after the
    headline: a broken sentence does not leave two such lines in a row. Two-word Title Case
    labels ("Gaya Hidup") are left to `frequent_lines`: on their own they cannot be told from a
    sentence's opening words ("Pasangan Joko" / "Widodo …") broken at a linked name."""
    kept = [line for line in lines if line.kept]
    body = [i for i, line in enumerate(kept) if is_body_like(line)]
    if not body:
        return
    edges = (*range(body[0]), *range(body[-1] + 1, len(kept)))
    labels = {i for i in edges if _is_label(kept[i])}
    headline = 0 if is_headline_like(kept[0]) else None
    for i in labels:
        run = i - 1 in labels or (i - 1 == headline and i + 1 in labels)
        unfinished_before = i > 0 and not run and not ends_sentence(without_code(kept[i - 1].match))
        if not unfinished_before and not (i + 1 < len(kept) and continues_sentence(kept[i + 1].match)):
            kept[i].reason = "site.section_label"


def _is_label(line: Line) -> bool:
    """One capitalised or camel-case word, or two or three upper-case words ("CNBC INDONESIA
    RESEARCH", a desk signing under the last paragraph), without punctuation."""
    one_word = line.n_words == 1 and (line.match[:1].isupper() or _CAMEL.match(line.match) is not None)
    return (one_word or (2 <= line.n_words <= 3 and line.match.isupper())) and line.match[-1:].isalnum()


def find_title(lines: list[Line]) -> Line | None:
    """The headline: the first kept line when it is headline-like and a new sentence follows it
    (seed 003); a line the next one continues in lower case is a broken sentence instead. Its
    repeats (pages print the headline twice) are marked title.duplicate."""
    kept = [line for line in lines if line.kept]
    if len(kept) < 2 or not is_headline_like(kept[0]) or kept[0].text != kept[0].display:
        return None
    if continues_sentence(kept[1].text):
        return None
    title = kept[0]
    folded = fold_space(title.match).casefold()
    for line in kept[1:]:
        if line.n_words == title.n_words and fold_space(line.match).casefold() == folded:
            line.reason = "title.duplicate"
    return title
