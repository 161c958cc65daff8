"""Phrase rules: one named regex per kind of boilerplate line.

Each `LineRule` recognises a *kind* of line (a teaser marker, a Google News promo, an editor
credit), not one outlet's string: markers vary in case, spacing, colon and wording, so the
patterns allow those variations. The kinds come from `../shared/boilerplate-phrases.md`
and from how Indonesian outlets (Kompas, Detik, Tribun, Liputan6, Antara, …) lay out their
pages. Rules see the *match form* of a line (quotes and dashes straightened) and only fire on
lines of at most `max_words` words, so a body paragraph that happens to contain a phrase
keeps its place.

Speed (≥ 2,000 articles/s per core is the target): the rules' start patterns are joined
into one regex matched at the line start (the group that matched names the first rule whose
start fits), and the unanchored patterns are gated by plain substring hints: only the hints of
rules before that first one are looked for, and only the rules whose hints are found are tried,
in the order below (first wins). Runs of word characters that the next token cannot continue are matched
possessively (`[\\w'.]*+`), so a body line that fails a byline or timestamp pattern fails
without trying every way of splitting its words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

_FLAGS = re.IGNORECASE

# Page furniture (ad slots, page links, share buttons) is capitalised; a lower-case lone
# "iklan", "selanjutnya" or "line" is a piece of a sentence the scraper broke at a link.
_CAPITALISED = r"(?-i:(?![a-z]))"

_MONTH = (
    r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|agu(?:stus)?"
    r"|aug(?:ust)?|agt|sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|des(?:ember)?|dec(?:ember)?)"
)

_DATE_TIME = (
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\s+" + _MONTH + r"\.?\s+\d{4}"
    r"|" + _MONTH + r"\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\W+(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:wib|wita|wit|utc|gmt|[ap]\.?m\b\.?))?)?"
)
"""A date (numeric, Indonesian or English) with an optional time and zone."""


_READING_TIME = (
    r"(?:\d+\s*(?:menit|min(?:ute)?s?)\s+(?:membaca|baca|read)"
    r"|(?:waktu|lama)\s+(?:baca|membaca)\s*:?\s*\d+\s*(?:menit|min)|(?:di)?baca\s+\d+\s*menit"
    r"|reading\s+time\s*:?\s*\d+(?:\s*min(?:ute)?s?(?:\s+read)?)?)"
)
"""A reading-time badge ("5 menit membaca", "Waktu baca 3 menit", "Dibaca 2 menit", "4 min read",
"Reading Time: 2 mins read"), alone or after the date."""

_RELATIVE_TIME = r"\d+\s+(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)"
"""A comment's or feed item's age ("2 jam yang lalu", "3 days ago")."""

_VIEWS = r"(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+\s*(?:kali|x|times)?"
"""A view counter ("Dilihat: 1.207 kali", "Dibaca 845 Kali")."""

_PUBLISHED = (
    r"(?:posted|published|updated|diterbitkan|dipublikasikan|diposting|diunggah|dimuat|terbit|tayang)"
    r"(?:\s+(?:on|pada|tanggal))?\s+"
)
"""A publishing label before the date ("Posted on", "Diterbitkan", "Terbit pada")."""

_CREDIT_NAMES = r"(?-i:[A-Z@][A-Za-z.@'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3})"
"""One to four capitalised words (an outlet, a photographer, "Istimewa") in a photo credit."""

_CRUMB = r"(?-i:[A-Z][\w&.'-]*(?:\s+(?:[A-Z0-9&][\w&.'-]*|dan|and)){0,3})"
"""A breadcrumb segment: one to four capitalised words ("Hukum & Kriminal", "Media dan Informasi")."""


@dataclass(frozen=True, slots=True)
class LineRule:
    """A whole-line rule; `reason` is "<category>.<rule>"; fires on lines of ≤ `max_words`.

    `start` is matched at the start of the line only; `anywhere` is searched through it and is
    tried only when one of the casefolded `hints` occurs in the line, which keeps a body line's
    cost to one anchored match plus a few substring tests.
    """

    reason: str
    max_words: int
    start: re.Pattern[str] | None = None
    anywhere: re.Pattern[str] | None = None
    hints: tuple[str, ...] = ()


def _rule(
    reason: str, max_words: int, start: str | None = None, anywhere: str | None = None, hints: tuple[str, ...] = ()
) -> LineRule:
    if (anywhere is None) != (not hints):
        raise ValueError(f"{reason}: an `anywhere` pattern needs hints, and hints need one")
    return LineRule(
        reason,
        max_words,
        re.compile(start, _FLAGS) if start else None,
        re.compile(anywhere, _FLAGS) if anywhere else None,
        hints,
    )


# A marker announcing a teaser for another article: "Baca juga", "BACA JUGA :", "Lihat juga",
# "Simak juga", "Yuk baca juga:", "Baca selengkapnya:", "Baca:", "[Baca Juga: …]", "Berita
# terkait: …", "Pilihan Editor: …" (Tempo), "Read also: …" / "Also read: …" / "Read More:"
# (English-language outlets), "Read: …", "Related news: …" (Antara English), "Editor's Choice:
# …" (Tempo English). The lookahead is case-sensitive so "Baca Juga:Headline" and "Baca
# jugaHeadline" (headline glued on) match, while "Baca jugalah" does not.
TEASER_MARKER = re.compile(
    r"^[\W_]*(?:yuk,?\s+|jangan\s+lewatkan\W*)?"
    r"(?:(?:baca|lihat|simak|cek|klik|read)\s*(?:juga|pula|also)(?-i:(?=[^a-z]|$))"
    r"|(?:also|more)\s+read\s*:|read\s+more\s*:"
    r"|(?:baca|lihat|read)\s*(?:selengkapnya|berita\s+lainnya|artikel\s+lainnya|lainnya|berikut(?:nya)?)?\s*[:>»|]"
    r"|(?:artikel|berita|bacaan)\s+(?:terkait|menarik|lainnya|pilihan)\s*[:>»|]"
    r"|(?:pilihan\s+(?:editor|redaksi)|rekomendasi(?:\s+redaksi)?|baca\s+lagi|related(?:\s+(?:news|articles?|stories|posts?))?"
    r"|see\s+also|editor'?s\s+(?:choice|picks?))\s*:|editor'?s\s+(?:choice|picks?)(?=\W*$))"
    r"[\W_]*",
    _FLAGS,
)

# A heading that starts a list of other articles' headlines running to the end of the page.
# Headings are capitalised ("Berita Terkait", "TERKINI LAINNYA", a rubric between: "Berita Mobil
# Terkait", reviews' "Ulasan Terkait", a columnist's "Tulisan Lain dari Penulis"); a lower-case "berita pilihan"
# is a piece of a sentence or promo split by the scraper.
LIST_HEADING = re.compile(
    r"^[\W_]*(?=(?-i:[A-Z]))(?:(?:artikel|berita|bacaan|topik|tema|video|foto|galeri|konten|postingan|ulasan|tulisan)\s+"
    r"(?:(?-i:[A-Z])\w+\s+)?(?:terkait|lainnya|terpopuler|populer|pilihan|rekomendasi|terbaru|menarik|sebelumnya|selanjutnya|berikutnya)"
    r"|(?:[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id)\s+)?(?:terkini(?:\s+lainnya)?|terkait|terpopuler|populer)(?:\s+(?-i:[A-Z])\w+)?"
    r"|paling\s+(?:populer|banyak\s+dibaca)|terbanyak\s+dibaca"
    r"|rekomendasi(?:\s+(?:berita|artikel|untuk\s+anda))?"
    r"|tautan\s+sahabat|baca\s+(?:berikutnya|selanjutnya)|berita\s+terkini|pilihan\s+(?:editor|redaksi)"
    r"|most\s+(?:popular|read)|trending(?:\s+topics?)?|berita\s+(?:utama|lain|terbaru|hari\s+ini)|terbaru"
    r"|related(?:\s+(?:articles?|news|posts?))?|you\s+may\s+also\s+like|read\s+next|next\s+article|recommended(?:\s+for\s+you)?"
    r"|lihat\s+(?:semua|juga)\s+(?:berita|artikel)|baca\s+juga\s+berita\s+lainnya|(?:baca|lihat)\s+(?:(?:berita|artikel)\s+)?lainnya"
    r"|(?:artikel|berita)(?:-(?:artikel|berita))?\s+(?:yang\s+)?(?:direkomendasikan|disarankan)"
    r"|(?:lainnya|selengkapnya|more(?:\s+stories)?|(?:berita|artikel|tulisan)\s+lain(?:nya)?)\s+(?:dari|from)\s+"
    r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})"
    r"(?:\s+(?:lainnya|hari\s+ini|untuk\s+anda|minggu\s+ini|di\s+(?:edisi|rubrik|kanal|kategori)\s+ini))?[\W_]*$",
    _FLAGS,
)

# Order matters: the first rule that fires names the line.
RULES: tuple[LineRule, ...] = (
    # related: a teaser marker with or without its headline on the same line.
    # A bare "Berita Terkait:" heads a list; "Berita terkait: <headline>" is one teaser.
    LineRule("related.list_heading", 6, start=LIST_HEADING),
    # A media group's list of its other sites ("IDN Media Channels", "Kompas Gramedia Network").
    # Gated by hints: as a start pattern it would be tried on every capitalised line.
    _rule(
        "related.list_heading",
        5,
        anywhere=r"^(?-i:(?!(?:WhatsApp|Whatsapp|WA|Telegram|YouTube|Youtube)\s)(?:[A-Z][\w.]*\s+){1,3}(?:Channels?|Networks?|NETWORK))[\W_]*$",
        hints=("channel", "network"),
    ),
    LineRule("related.teaser_marker", 40, start=TEASER_MARKER),
    _rule(
        "other.tags_heading",
        4,
        r"[\W_]*(?:tags?|topik|topics?|label|kata\s+kunci|keywords?)(?:\s+(?:berita|artikel))?(?:\s+terkait)?[\W_]*$",
    ),
    # The contact block closing a press release ("Kontak Media:", "Narahubung:", "Informasi lebih
    # lanjut hubungi:"): its heading ends the text, the lines under it are names and numbers.
    _rule(
        "other.contact_heading",
        6,
        r"[\W_]*(?:(?:kontak|contact)\s+(?:media|pers|person|us)|narahubung|media\s+contacts?"
        r"|(?:untuk\s+)?(?:informasi|keterangan)\s+lebih\s+lanjut(?:\W+(?:\w+\W+){0,2}(?:hubungi|menghubungi))?"
        r"|(?:for\s+)?(?:further|more)\s+information\W+(?:\w+\W+){0,2}contact)\s*:?[\W_]*$",
    ),
    # The heading of the comment section closing the page ("Tinggalkan Balasan", "3 Komentar",
    # "Leave a Reply", "Masuk untuk berkomentar", "Discussion about this post"); a prompt ("Tulis
    # Komentar") or a bracketed counter ("Komentar (0)") is a share button.
    _rule(
        "other.comments_heading",
        8,
        _CAPITALISED + r"[\W_]*(?:tinggalkan\s+(?:balasan|komentar|tanggapan)(?:\s+anda)?"
        r"(?:\s+batalkan\s+balasan)?|leave\s+a\s+(?:reply|comment)|\d+\s+(?:komentar|comments?|tanggapan|balasan)"
        r"|komentar\s+pembaca"
        r"|(?:masuk|login|log\s+in|sign\s+in)\s+untuk\s+(?:berkomentar|mengomentari|memberi\s+komentar|komentar)"
        r"|discussion\s+about\s+this\s+post)[\W_]*$",
    ),
    # A long article's table of contents ("Daftar Isi"): its section names follow, up to the first paragraph.
    _rule("other.toc_heading", 4, _CAPITALISED + r"[\W_]*(?:daftar\s+isi|isi\s+artikel|table\s+of\s+contents|contents)[\W_]*$"),
    # A summary box above the article ("Ringkasan", "Poin Penting", "Key Points"): its bulleted
    # points follow (see `structure.mark_summary_boxes`).
    _rule(
        "other.summary_heading",
        4,
        _CAPITALISED + r"[\W_]*(?:ringkasan|rangkuman|intisari|inti\s+berita|poin(?:-poin)?\s+(?:penting|utama)|key\s+points"
        r"|highlights?|summary)(?:\s+(?:berita|artikel))?[\W_]*$",
    ),
    # An article's references ("Referensi:", "Daftar Pustaka"), as health and science pages list
    # them: the citations follow (`structure.mark_boxes`).
    _rule(
        "credit.references_heading",
        3,
        _CAPITALISED + r"[\W_]*(?:referensi|daftar\s+pustaka|rujukan|sumber\s+referensi|references?|bibliography)\s*:?[\W_]*$",
    ),
    # An infographic's heading, maybe with its title ("INFOGRAFIS", "Infografis: Kinerja Indeks …"):
    # its lines follow, up to the next paragraph.
    _rule(
        "embed.infographic",
        16,
        _CAPITALISED + r"[\W_]*(?:infografis|infografik|infographics?)\b"
        r"(?:\s*[:|–-]\s*\S.*|\s+(?-i:[A-Z0-9][\w&'-]*(?:\s+(?:[A-Z0-9][\w&'-]*|dan|di|ke|vs))*))?\s*$",
    ),
    # A talk show's or event's list of guests ("Narasumber:", "Pembicara:"): the names follow.
    _rule("credit.guests_heading", 3, _CAPITALISED + r"[\W_]*(?:narasumber|pembicara|bintang\s+tamu|guests?|speakers?)\s*:[\W_]*$"),
    # A reader poll's heading ("POLLING", "Jajak Pendapat"): its question and options follow.
    _rule("other.poll_heading", 3, _CAPITALISED + r"[\W_]*(?:polling|jajak\s+pendapat|poll|survei\s+pembaca)[\W_]*$"),
    # A cookie notice ("Kami menggunakan cookie untuk …", "We use cookies …") and its buttons
    # ("Terima Semua", "Atur Preferensi", "Accept All"): the site speaks of itself.
    _rule(
        "other.cookie_notice",
        60,
        _CAPITALISED + r"[\W_]*(?:(?:terima|accept|tolak|reject|izinkan|allow)\s+(?:semua|all)(?:\s+cookies?)?"
        r"|(?:atur|kelola|manage)\s+(?:preferensi|preferences|pengaturan|cookies?|settings)"
        r"|(?:pengaturan|setelan)\s+(?:cookie|kuki)|cookie\s+settings)[\W_]*$",
        r"\b(?:kami|we|situs\s+ini|this\s+(?:site|website))\s+(?:\w+\s+)?(?:menggunakan|gunakan|memakai|uses?)\s+"
        r"(?:\w+\s+)?(?:cookies?|kuki)\b",
        ("cookie", "kuki"),
    ),
    # The site's navigation left in the text by a mobile or AMP layout: a hamburger glyph, "Skip
    # to content", "Buka menu navigasi", a search box's placeholder ("Cari berita..."), "Kembali
    # ke atas", "Lihat versi lengkap", or a menu row opening with "Home"/"Beranda" followed by
    # capitalised section names only ("Home Denpasar Badung Gianyar …").
    _rule(
        "other.navigation",
        16,
        r"\s*[☰≡]"
        r"|" + _CAPITALISED + r"[\W_]*(?:skip\s+to\s+(?:main\s+)?content|lompat\s+ke\s+(?:konten|isi)"
        r"|(?:buka|tutup|open|close)\s+(?:menu|navigasi)(?:\s+navigasi)?|(?:cari|search)(?:\s+(?:berita|artikel|di\s+sini))?\s*(?:\.{3}|…)"
        r"|kembali\s+ke\s+atas|back\s+to\s+top|(?:lihat\s+)?versi\s+(?:lengkap|desktop|mobile|non-amp))[\W_]*$"
        r"|(?-i:(?:Home|HOME|Beranda|BERANDA)(?:\s+[A-Z][\w&-]*){2,15})$",
    ),
    # A transcript's label on a video or podcast page ("Transkrip:", "Naskah video:").
    _rule("other.transcript_label", 3, _CAPITALISED + r"[\W_]*(?:transkrip|transcript|naskah)(?:\s+(?:video|berita|lengkap))?\s*:?[\W_]*$"),
    _rule("related.list_end", 8, r"[\W_]*(?:akhir\s+dari|end\s+of)\s+(?:artikel|berita|daftar|recommended|related)"),
    # ad: placeholders the ad slots leave behind.
    _rule(
        "ad.placeholder",
        8,
        _CAPITALISED + r"[\W_]*+(?:advert[ia]?se?ments?|iklan)?[\W_]*(?:advert[ia]?se?ments?|iklan|ads?"
        r"|sponsored(?:\s+content)?|promoted(?:\s+content)?|konten\s+(?:sponsor|bersponsor|promosi)"
        r"|scroll\s+(?:to|untuk|ke|down)\b[^.!?]{0,40}"
        r"|(?:lanjutkan|lanjut)\s+membaca|continue\s+reading|loading|memuat)[\W_]*$",
    ),
    _rule(
        "ad.sponsored",
        14,
        r"[\W_]*(?:(?:konten|artikel|berita)\s+(?:di\s+bawah\s+ini\s+|ini\s+)?(?:disajikan|dipersembahkan|disponsori)"
        r"\s+oleh|sponsored\s+by|promoted\s+by|presented\s+by|powered\s+by|paid\s+content|advertorial)\b",
    ),
    # An ad's copy left in the text, closed by its exclaimed call to action ("… Hubungi Sekarang!").
    _rule(
        "ad.call_to_action",
        25,
        anywhere=r"\b(?:hubungi|pesan|beli|daftar|klaim|belanja)\s+sekarang\s*!\W*$",
        hints=("sekarang!",),
    ),
    # embed: embedded media left behind as text (Gambas, video calls to action, tweets, Instagram).
    _rule("embed.gambas", 20, r"[\W_]*gambas\s*:"),
    _rule(
        "embed.video",
        30,
        r"[\W_]*(?:(?:simak|lihat|tonton|saksikan|putar)\s+(?:juga\s+)?(?:video|live|siaran|berita\s+video)\b"
        r"|tonton\s+juga\b|(?:video|foto)\s+(?:pilihan|terkait|terpopuler|unggulan|lainnya)[\W_]*$"
        r"|galeri\s+(?:foto|video)[\W_]*$|video\s*:|(?:tonton|saksikan)\s*:|(?-i:Lihat Foto|LIHAT FOTO|Perbesar|PERBESAR)[\W_]*$"
        r"|jangan\s+lewatkan\s+(?:juga\s+)?(?:\w+\s+){0,2}?video\b[^.!?]*:\s*$)",
    ),
    _rule(
        "embed.social",
        60,
        r"[\W_]*(?:a\s+post\s+shared\s+by\b|sebuah\s+kiriman\s+dibagikan\s+oleh\b"
        r"|(?:lihat|view)\s+(?:postingan|kiriman|this\s+post)\s+(?:ini\s+)?(?:di|on)\s+instagram"
        r"|dengarkan\s+(?:berita|artikel|podcast|audio)\b|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}[\W_]*$"
        r"|(?-i:Putar|PUTAR|Play|PLAY)[\W_]*$)"
        r"|[^.!?]{1,80}\((?:official\s+(?:music\s+)?(?:audio|video|mv)|lyrics?\s+video|video\s+lirik|visuali[sz]er)\)[\W_]*$"
        r"|-\s*[^()]{1,60}\(@\w+\)\s+(?:\w+\s+\d{1,2},?|\d{1,2}\s+\w+)\s+\d{4}\W*$",
        r"pic\.twitter\.com/",
        ("pic.twitter",),
    ),
    # pagination: page navigation and a photo story's slide counter ("2 / 5", "Foto 1 dari 5",
    # "Halaman 2 dari 3"); a lone number is
    # rather a piece of a sentence broken at a link ("… sebanyak" / "400" / "Orang …").
    _rule(
        "pagination.page_nav",
        14,
        _CAPITALISED + r"[\W_]*(?:(?:halaman|hal\.?|page)\s*:?\s*(?:\d+\W*)*(?:selanjutnya|berikutnya|sebelumnya|next|prev)?"
        r"|(?:\d+\s+)+(?:selanjutnya|berikutnya|next)|(?:(?:baca|lihat)(?:\s+\w+){0,2}\s+)?selengkapnya"
        r"|klik\s+untuk\s+(?:membaca|baca)\w*"
        r"|(?:(?:selanjutnya|berikutnya|sebelumnya|next|prev(?:ious)?)\W*)+)[\W_]*$"
        r"|[\W_]*(?:simak|baca|lanjut(?:kan)?(?:\s+baca)?|cek)\s+(?:berita\s+|artikel\s+)?selengkapnya\s+"
        r"(?:di|pada|ke)\s+halaman\s+(?:berikut|selanjutnya)"
        r"|\s*\d{1,3}\s*/\s*\d{1,3}\s*$"
        r"|" + _CAPITALISED + r"[\W_]*(?:(?:halaman|hal\.?|page|foto|gambar|slide|galeri)\s+)?\d{1,3}\s+(?:dari|of)\s+\d{1,3}[\W_]*$"
        r"|" + _CAPITALISED + r"[\W_]*(?:baca|lanjut(?:kan)?|lihat|ke)\s+(?:ke\s+)?halaman\s+(?:selanjutnya|berikutnya|sebelumnya|\d+)[\W_]*$",
    ),
    # promo: subscribe / follow / app promos (see `structure.mark_split_promos` for split ones).
    # A short line naming Google News is a follow promo whatever its verb ("Berita X lainnya dapat
    # dibaca di Google News"); a longer one needs an imperative ("Cek …", "Ikuti …").
    _rule("promo.google_news", 25, anywhere=r"google\s*news", hints=("google",)),
    _rule(
        "promo.google_news",
        45,
        anywhere=r"\b(?:cek|baca|ikuti|follow|simak|update|pantau|dapatkan|klik|gabung|kunjungi|lihat)\b.{0,160}"
        r"google\s*news|google\s*news\s+(?:kami|kita)",
        hints=("google",),
    ),
    _rule(
        "promo.social_follow",
        45,
        start=r"[\W_]*(?:follow|ikuti)\s+(?:us|kami)\b",
        anywhere=r"(?:whats\s*app|wa)\s+channel|(?:saluran|channel|grup)\s+(?:whats\s*app|telegram)"
        r"|\b(?:ikuti|follow|gabung|join|bergabung|subscribe)\b.{0,60}"
        r"(?:\b(?:kami|akun|channel|saluran|official)\b|@\w+)"
        r"|\b(?:ikuti|follow|gabung|join|bergabung)\b.{0,60}\b(?:di|on|via|ke)\s+(?:telegram|whats\s*app|instagram|tiktok|youtube)\b"
        r"|^[\W_]*(?:jangan\s+lupa\s+|yuk,?\s+)?(?:ikuti|follow)\s+(?:akun\s+)?(?:instagram|tiktok|youtube|twitter|facebook|threads)\b"
        r".{0,80}\b(?:untuk|agar|biar)\s+(?:update|info|informasi|berita|kabar)\b",
        hints=("whats", "telegram", "ikuti", "follow", "gabung", "join", "subscribe"),
    ),
    _rule(
        "promo.breaking_news",
        45,
        anywhere=r"dapatkan\s+(?:update|informasi|info|berita|notifikasi).{0,100}(?:setiap\s+hari|terkini|breaking|terbaru)"
        r"|breaking\s+news\s+dan\s+berita\s+pilihan|langsung\s+di\s+ponsel(?:mu|\s+anda)|pilih\s+saluran\s+favorit",
        hints=("dapatkan", "breaking", "ponsel", "saluran"),
    ),
    # A broadcaster's tune-in promo: watch or listen at a frequency, a channel or a stream
    # ("Saksikan JTV di channel 45 UHF atau streaming di …", "Dengarkan Radio X 100 FM").
    _rule(
        "promo.broadcast",
        35,
        anywhere=r"^[\W_]*(?:jangan\s+lupa\s+)?(?:saksikan|tonton|dengarkan|dengerin|simak|nantikan)\b.{0,140}"
        r"(?:\b\d{2,3}(?:[.,]\d)?\s*(?:fm|am|mhz|uhf|vhf)\b|\bstreaming\b)",
        hints=(" fm", "streaming"),
    ),
    _rule(
        "promo.more_news",
        16,
        r"[\W_]*(?:simak|baca|lihat|cek|temukan)\s+(?:juga\s+)?(?:berita|artikel|informasi|update)\s+(?:(?-i:[A-Z])\w*\s+)?"
        r"(?:lainnya|menarik|terkait|terbaru|terkini)\b.*(?:di\s+sini|klik|di\s+link\s+ini|di\s+(?:\w+\s+){0,2}\S+\.(?:com|id))"
        r"|[\W_]*(?:kunjungi|akses)\s+(?:juga\s+)?(?:situs|laman|website|portal|kanal)\s+(?:resmi\s+)?kami\b",
        # a shop-window call closing on the site's domain ("… Cek harga, promo, dan simulasi kredit di Oto.com")
        r"\bcek\s[^.!?]{0,100}\b(?:di|ke)\s+(?:[\w-]+\.)+(?:com|co\.id|id|net)\W*$"
        r"|^[\W_]*cek\s+harga\b[^.!?]{0,80}\b(?:di|ke)\s+(?:tokopedia|shopee|lazada|blibli|bukalapak|tiktok\s+shop|amazon)\W*$",
        ("cek ",),
    ),
    _rule(
        "promo.app",
        30,
        r"[\W_]*(?:(?:download|unduh|install|instal|pasang)\s+(?:sekarang\s+)?(?:juga\s+)?(?:aplikasi|app)\b"
        r"|(?:buka|open)\s+(?:di\s+|in\s+(?:the\s+)?)?(?:aplikasi|app)\b|get\s+the\s+app\b"
        r"|(?:baca|nikmati)\s+(?:\w+\s+){0,4}(?:di|lewat|melalui|via)\s+aplikasi\b)",
        r"(?:download|unduh)\s+aplikasi\b.{0,60}(?:play\s*store|app\s*store|gratis|sekarang)"
        r"|\b(?:install|instal|unduh|download|pasang)\s+aplikasi\s+(?:telegram|whats\s*app)\b"
        r"|\baplikasi\b.{0,80}\b(?:download|unduh)\s+sekarang\s*!\W*$",
        ("download", "unduh", "telegram", "whats"),
    ),
    _rule(
        "promo.subscribe",
        30,
        r"[\W_]*(?:berlangganan|langganan|subscribe|daftar(?:kan)?\s+(?:diri|email)|sign\s+up"
        r"|klik\s+(?:di\s*)?(?:sini|link|tautan)|klik\s+untuk\s+(?:berlangganan|subscribe|mendaftar|daftar))\b",
        r"\bnewsletter\b|\bklik\s+(?:di\s*)?sini\b|\bklik\s*:?\s*(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id)\b)"
        r"|\b(?:in|into|to)\s+your\s+inbox\b|\blangsung\s+(?:ke|di)\s+(?:kotak\s+masuk|inbox)\b|\b(?:dukung|support)\s+(?:\w+\s+){0,2}(?:jurnalisme|journalism)\b"
        r"|(?-i:\bBerlangganan)\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*){0,2}\s+(?:sekarang|segera)\b"
        r"|\b(?:pesan|beli)\s+sekarang\b[^.!?]{0,60}\b(?:toko|lapak)\s+(?:\w+\s+)?kami\b"
        r"|\blangganan\s+(?:majalah|koran|tabloid|harian)\s+\S+\s+(?:di|lewat|melalui)\s+[\w-]+(?:\.[\w-]+)*\.(?:id|com|co\.id)\b"
        r"|\b(?:dikirim(?:kan)?|langsung)\s+ke\s+(?:e-?mail|surel|inbox|kotak\s+masuk)\s+(?:anda|kamu)\s+(?:setiap|tiap)\s+(?:hari|pekan|minggu|bulan)\b",
        # Narrow hints: "sekarang" alone is in many body lines, and each hit costs the rule-by-rule pass.
        ("newsletter", "klik", "inbox", "kotak masuk", "jurnalism", "langganan", "pesan sekarang", "beli sekarang",
         "email", "surel"),
    ),
    # A paywall: premium-content banners, log-in prompts and subscription offers ("Konten Premium
    # Nikmati …", "Masuk untuk melanjutkan", "Berlangganan Tempo Digital mulai …", "Silakan
    # hubungi kami untuk pilihan berlangganan."). A lower-case "berlangganan" in a sentence is a
    # customer's verb ("warga bisa berlangganan internet"), so the offer needs a capitalised
    # brand before Digital/Premium/Plus, or the words of a subscription menu; an offer of
    # "Akses tanpa batas …" (unlimited access) opens the line.
    _rule(
        "promo.paywall",
        25,
        r"[\W_]*(?:konten\s+premium|masuk\s+untuk\s+(?:melanjutkan|membaca)|ingin\s+membaca\s+(?:lebih\s+)?"
        r"(?:lengkap|selengkapnya)|sudah\s+berlangganan\s*\?"
        r"|(?:konten|artikel|berita)\s+(?:ini\s+)?khusus\s+(?:untuk\s+|bagi\s+)?(?:pelanggan|member|premium|anggota)\b"
        r"|(?:(?:dapatkan|nikmati)\s+)?akses\s+tanpa\s+batas\b|unlimited\s+access\b)",
        r"(?-i:Berlangganan)(?:\s+(?-i:[A-Z])\w*){1,3}\s+(?-i:Digital|Premium|Plus)\b"
        r"|\b(?:pilihan|paket|opsi)\s+berlangganan\b",
        ("berlangganan",),
    ),
    # A fact-check desk's call for tips: the reader ("pembaca", "kamu", "Anda") is asked to send
    # doubtful information or hoaxes to its e-mail or WhatsApp ("Tirto mengundang pembaca untuk
    # mengirimkan informasi-informasi yang berpotensi hoaks ke alamat email factcheck@tirto.id.").
    _rule(
        "promo.tipline",
        50,
        anywhere=r"^(?=.*\b(?:informasi|hoaks|hoax|kabar))"
        r".*?\b(?:pembaca|kamu|anda)\b.{0,80}\b(?:kirim(?:kan)?|mengirim(?:kan)?|laporkan|melaporkan|adukan)\b"
        r".{0,120}\b(?:e-?mail|whats\s*app|wa)\b",
        hints=("pembaca", "kamu", "anda"),
    ),
    # A call for readers' writing ("Kirim tulisan opini Anda ke redaksi@…, maksimal 800 kata").
    _rule(
        "promo.tipline",
        50,
        anywhere=r"^(?=.*\b(?:anda|kamu)\b).*\bkirim(?:kan)?\s+(?:tulisan|artikel|opini|naskah|karya|cerita)\b.{0,80}(?:@|\be-?mail\b|\bredaksi\b)"
        r"|^[\W_]*fakta\s+atau\s+hoaks\s*\?",
        hints=("kirim", "hoaks"),
    ),
    # A donation or support appeal ("Dukung dakwah kami dengan berdonasi melalui rekening …",
    # Hidayatullah; "Bantu redaksi …"; "Dukung HIDUPKATOLIK.com dengan berlangganan …"): the
    # outlet asks for itself ("kami", "redaksi", its domain), in the imperative; a news line
    # about a fundraiser names someone else.
    _rule(
        "promo.donation",
        40,
        r"[\W_]*(?:dukung|bantu|support)\s+(?:\w+\s+){0,8}(?:kami|redaksi|us|[\w-]+\.(?:com|co\.id|co|id|net|org))\b.{0,120}"
        r"\b(?:donasi|berdonasi|donate|donation|rekening|sedekah|infak|infaq|transfer|berlangganan|subscribe|subscription)\b",
        # the appeal after a sentence on the outlet ("… organisasi jurnalisme nirlaba. Bantu kami tetap independen …")
        r"^(?!.*[\"“”]).*[.!?]\s+(?:dukung|bantu|support)\s+(?:kami|redaksi|us)\b.{0,120}\b(?:donasi|berdonasi|donate|independen|independent)\b",
        ("bantu kami", "dukung kami", "support us"),
    ),
    # A job advertisement ("Loker: … membuka lowongan Content Writer. Kirim CV ke …").
    _rule("ad.job", 40, r"[\W_]*(?:loker|lowongan\s+kerja|we'?re\s+hiring|kami\s+membuka\s+lowongan)\s*:"),
    # credit: author, editor, reporter and source credits; photo credits; republication notices.
    _rule(
        "credit.photo",
        15,
        r"[\W_]*(?:sumber|kredit|credit)\s+(?:gambar|foto|photo)\b"
        r"|[^.!?]{0,80}\|[^.!?]{0,80}\b(?:gambar|foto|image|reuters|afp|ap\s+photo|shutterstock|istock)\b[^.!?]*$",
        r"getty\s+images?|(?:gambar|foto)\s+getty",
        ("getty",),
    ),
    _rule(
        "credit.editor",
        14,
        r"[\W_]*(?:editor|redaktur|red|penyunting|editing|penyelaras(?:\s+bahasa)?|copy\s*editor)"
        r"\s*(?:pelaksana\s*)?[:|]"
        r"|(?-i:[\W_]*(?:Tim|TIM) (?:Redaksi|REDAKSI)|Editorial (?:Team|Board)|Redaksi|REDAKSI)[\W_]*$",
    ),
    _rule(
        "credit.author",
        16,
        r"[\W_]*(?:penulis|reporter|pewarta|wartawan|kontributor|koresponden|writer|author|teks|text"
        r"|fotografer|videografer|grafis|infografis|laporan|liputan|penerjemah|alih\s+bahasa|rep|translator"
        r"|jurnalis|publisher)\s*[:|]"
        r"|[\W_]*laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\b"
        r"|[\W_]*(?:ditulis|dilaporkan|diterjemahkan|disunting|disadur)\s+(?:oleh|dari)\b"
        r"|[\W_]*(?:cerita|story|posted|written|published|laporan|liputan)\s+(?:oleh|by)\s*:?\s*(?-i:[A-Z])"
        r"|(?-i:Laporan|LAPORAN)\s+(?-i:[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,3})\s*[|,]\s*"
        r"(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})[\W_]*$"
        r"|(?=(?-i:[A-Z]))(?:wartawan|koresponden|kontributor|jurnalis|reporter)\s+(?:\w+\s+){0,4}untuk\s+"
        r"(?-i:[A-Z])[^.!?]*$"
        r"|(?-i:(?:Kontributor|Koresponden|Wartawan|Reporter|Pewarta)(?:\s+[A-Z]\w*){1,3},\s*[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,3})$",
    ),
    # A source credit: "Sumber: …", or a news agency named alone on its line ("Kantor Berita
    # Xinhua | Kantor Berita Xinhua"), as wires sign their copy.
    _rule(
        "credit.source",
        12,
        r"[\W_]*(?:sumber|source)\s*(?:[:|]|\s-\s)"
        r"|(?:(?:kantor\s+berita|news\s+agency)\s+(?-i:[A-Z])\w*(?:\s*\|\s*)?)+$",
    ),
    # A credit code alone on its line: initials with a slash, lower-case initials, a desk code
    # ("(Z-2)", Media Indonesia) or "(*)"; a lone
    # upper-case "(IYFCC)" is rather the piece of a sentence broken before an acronym.
    _rule(
        "credit.code",
        2,
        r"[(\[](?:\*{1,3}|[A-Za-z*]{1,8}(?:\s?/\s?[A-Za-z0-9*-]{1,8}){1,3}|(?-i:[a-z]{2,6}|[A-Z]{1,3}-\d{1,3}))[)\]]$",
    ),
    # A byline: a capitalised name with its outlet or role and nothing else ("Aulia Damayanti -
    # detikFinance", "Dio Suhenda (The Jakarta Post)", "Tim Okezone, Jurnalis"), or after a
    # capitalised "Oleh"/"By", maybe with a date ("Oleh Defri Saefullah pada 25 Mar 2025, 22:10
    # WIB", "By : Dina Manafe", "Oleh Redaksi Sehat Negeriku | 10 Februari 2025"; a lower-case
    # "oleh Josh Hutcherson." ends a broken sentence), or a desk signing as a team ("Tim PR
    # Depok", "Redaksi Kaltim Post"), or a bare "Oleh", "Oleh :" or "Penulis" whose name is on the
    # next line (names run to five words: "Ni Made Lastri Karsiani Putri - detikBali"), or a
    # name (maybe typed in lower case, maybe with its role) set off from the date by a bullet or
    # bar ("Arga sumantri • 28 Februari 2025 16:22", Medcom; "Aldiansyah Noor, Jurnalis · Kamis
    # 06 Maret 2025 15:20 WIB", Okezone): a sentence never puts a bullet before its date. The
    # outlet in brackets is a name of two words or more, or a domain: "… Nahdlatul Ulama (PBNU)"
    # and "Panitia Seleksi (Pansel)" are sentence pieces.
    _rule(
        "credit.byline",
        12,
        r"(?-i:(?:(?:Oleh|OLEH|By|BY)\s+)?[A-Z][a-z][\w'.]*+(?:\s+[A-Z][\w'.]*+){1,4})\s*"
        r"(?:[-|]\s*(?-i:[a-z]+[A-Z]\w*|[\w-]+\.(?:com|co\.id|id|co))"
        r"|\((?-i:(?:[A-Z][\w.]*\s){1,3}[A-Z][\w.]*|[\w-]+\.[\w.]+)\)"
        r"|,\s*(?:jurnalis|wartawan|reporter|kontributor|koresponden|penulis|editor|(?-i:[A-Z]{2,6}\s+(?:Indonesia|Times|TV|News))))$"
        r"|(?-i:(?:Oleh|OLEH|By|BY)\s*:?\s+[A-Z][a-z][\w'.]*(?:\s+(?:[A-Z][\w'.]*|dan|and|&)){0,5})"
        r"(?:(?:\s+(?:pada|on)\s+|\s*[|,;—–•·-]\s*)[^.]*\d{4}[^.]*)?$"
        r"|(?-i:by\s+[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,3})$"
        r"|(?-i:(?:Tim|TIM|Redaksi|REDAKSI)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})$"
        r"|(?-i:Oleh|OLEH|By|BY|Penulis|PENULIS|Authors?|Writers?)\s*:?\s*$"
        r"|(?:(?-i:oleh|by)\s+)?(?-i:[A-Z][\w'.]*+(?:\s+[\w'.]++){0,3})(?:\s*,\s*[a-z]+)?\s*[•·|]\s*(?:[a-z']+,?\s+)?"
        + _DATE_TIME
        + r"(?:\W+" + _READING_TIME + r")?[\W_]*$",
    ),
    # The author's note closing an opinion piece, set off by a star or a bracket ("*) Penulis
    # adalah dosen …", "(Penulis adalah peneliti …)"), or the English op-ed's "The writer is …".
    # An unmarked "Penulis adalah …" opens a sentence of a book review, so the mark is required.
    _rule(
        "credit.author_bio",
        50,
        r"\s*(?:\*+\s*\)?|\()\s*(?:penulis|penulisnya|pengirim)\s+(?:adalah|merupakan|ialah)\b"
        r"|(?-i:The (?:writer|author)s? (?:is|are)) (?:an?|the|currently|formerly)\b",
    ),
    # A press release signed by an official with academic degrees ("Aji Muhawarman, ST, MKM",
    # "Dr. Siti Nadia Tarmizi, M.Epid"): a name, then only degrees after commas. Indonesian
    # degrees start with S (sarjana), M (magister), Sp (specialist) or Ph/D; an enumeration of
    # places ("Bali, NTB, NTT") has no such tail. A full stop may only close a dotted degree
    # ("S.H., M.H."): "Edy Haryanto, SH, MH." ends a sentence of the NER corpus.
    _rule(
        "credit.signature",
        10,
        r"(?-i:(?:(?:Dr|Prof|Ir|H|Hj|dr|drg)\.?\s+)*[A-Z][a-z]+(?:\s+[A-Z][\w.']*){0,4}"
        r"(?:,\s*(?:S|M|Sp|Ph|D)\.?\s?[A-Z][A-Za-z]{0,3}\.?(?:\s?[A-Z][A-Za-z]{0,3}\.?)?)+)(?:(?<!\.)|(?<=\.[A-Za-z]\.))$",
    ),
    # A republication notice ("Artikel ini telah tayang di …", "Artikel ini diterbitkan ulang dari The
    # Conversation …"), or a press release's sign-off
    # ("Berita ini disiarkan oleh Biro Komunikasi …").
    _rule(
        "credit.republished",
        80,
        r"[\W_]*(?:artikel|berita|tulisan|konten)\s+ini\s+(?:telah|sudah|pernah|juga|sebelumnya)\s+"
        r"(?:\w+\s+)?(?:tayang|terbit|dimuat|diterbitkan|dipublikasikan)"
        r"|[\W_]*(?:artikel|tulisan)\s+ini\s+(?:\w+\s+)?(?:diterbitkan|dimuat|ditayangkan)\s+ulang\b"
        r"|[\W_]*this\s+article\s+(?:is|was)\s+republished\b"
        r"|[\W_]*baca\s+artikel\s+\S+.{0,300}selengkapnya"
        r"|[\W_]*(?:berita|siaran\s+pers|rilis(?:\s+berita)?)\s+ini\s+(?:disiarkan|dirilis|disebarluaskan)\s+oleh\b"
        r"|[\W_]*(?:konten|artikel|berita)\s+(?:ini\s+|terkait\s+)?(?:disediakan|dipasok)\s+oleh\b"
        r"|[\W_]*content\s+provided\s+by\b",
    ),
    # caption: a photo caption, recognised by its photo label ("Foto:", "Keterangan gambar,", a
    # capitalised "Ilustrasi …" with no sentence after it but its credit: "Ilustrasi upah. -
    # Freepik", "Ilustrasi sekolah rusak. ©2025 Merdeka.com"; "… (ilustrasi)" closing it), a photo
    # credit's line of its own ("VIVA.co.id/M Ali Wafa)", split from its caption), or the photo
    # credit closing it without a full stop before it ("… Xi Jinping(AFP)"; a body line ends "…
    # katanya. (AFP)"), a bracketed photo-desk credit ("(B1 Photo/Joanito De Saojoao)"), or after
    # the caption sentence ("… (14/1/2025). KOMPAS.com/NAMA", "…. ANTARA FOTO/Jessica Wuysang/nz"
    # with the desk editor's initials), or the photographer and outlet between dashes ("… 9 Maret
    # 2025.-Boy Slamet-HARIAN DISWAY", or a dash before the credit: "… malam. –NUSABALI/MAR"). A
    # gallery headline under an upper-case label ("FOTO: Warga …", no full stop, no credit) is no caption.
    # A photo credit alone on its line, under its caption: outlet and photographer joined by
    # slashes ("Grid.ID/Novia Tri Astuti", "/Kabar Priangan/Aep Hendy", "TEMPO/Subekti"), or
    # capitalised names after a photo label ("DOK. DUCATI CORSE", "Foto: Istimewa"). Only
    # capitalised words: a sentence piece "Jawa Barat/Jawa Tengah" inside a broken sentence is
    # restored by `structure.restore_sentence_pieces` (a shape rule). Nearly every line opens
    # with a capital, so the pattern is gated by hints rather than joined to the start patterns.
    # A breadcrumb ("Beranda » Berita » Polres Jajaran", "Home  >  Papua  >  Jayapura", "Media &
    # Informasi / Siaran Pers"): short capitalised segments joined by ›, >, a spaced slash or a
    # spaced » (a straight quote in the match form, so three segments at least: 'Lagu " Ukiyo
    # Crossing "' is a tokenised quote), closing no sentence or clause; a menu row of three
    # sections or more between spaced bars ("BERANDA | AMBON | MALUKU | HUKUM") is one too.
    _rule(
        "other.breadcrumb",
        14,
        anywhere=r"^(?!.*[.,;!?]\W*$)(?:[\W_]*" + _CRUMB + r"(?:\s*[›>]\s*" + _CRUMB + r"){1,5}[\W_]*$"
        r"|" + _CRUMB + r"(?:\s+\"\s+" + _CRUMB + r"){2,5}$|" + _CRUMB + r"(?:\s+/\s+" + _CRUMB + r"){1,5}$"
        r"|" + _CRUMB + r"(?:\s+\|\s+" + _CRUMB + r"){2,7}$)",
        hints=("›", ">", "/", ' " ', " | "),
    ),
    # A comment form's required field ("Nama *", "Email *").
    _rule("other.form_field", 3, anywhere=r"^(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,2}\s*\*$", hints=("*",)),
    _rule(
        "caption.credit_line",
        8,
        anywhere=r"^(?:[(\[]\s*)?(?:(?:foto|photo|dok\.?|dokumentasi|kredit|credit)\s*[:.]\s*)?/?" + _CREDIT_NAMES
        + r"(?:\s*/\s*" + _CREDIT_NAMES + r"){1,3}(?<!\.)\s*[)\]]?$"
        r"|^(?:foto|photo|dok\.?|dokumentasi)\s*[:.]\s*" + _CREDIT_NAMES + r"(?<!\.)[)\]]?$",
        hints=("/", "foto", "photo", "dok"),
    ),
    _rule(
        "caption.photo_credit",
        45,
        r"(?!(?-i:FOTO|VIDEO)\s*:\s*[^.!?()]*$)[\W_]*(?:foto|photo|keterangan(?:\s+(?:foto|gambar))?|caption|ilustrasi|dok\.?|dokumentasi)\s*[:.|,]"
        r"|(?-i:Ilustrasi|ILUSTRASI)\b[^.!?]{0,80}"
        r"(?:[.!?]\s*(?:[-/|(©]|foto\b|photo\b|sumber\b|dok\b)(?:[^.!?]|\.(?=\w))*)?$"
        r"|(?:[\w-]+\.)+(?:com|co\.id|id|co)\s*/\s*(?-i:[A-Z])[^()]{0,40}\)?$",
        r"(?<![.!?\"'\s])\s*\((?=[^()]{1,80}\)[\W_]*$)[^()]*?\b(?:afp|reuters|ap|antara|getty|xinhua|foto|photo"
        r"|dok|istimewa|shutterstock|istock|epa|anadolu|bernama|humas|ist|doc|dokumentasi|tangkapan\s+layar"
        r"|screenshot|unsplash|freepik|pexels)\b|[(\[](?:foto|photo|dok|sumber\s+foto)\s*[:.]"
        r"|\([^()]{0,30}\b(?:foto|photo)\s*/[^()]{1,40}\)[\W_]*$|\((?:foto\s+)?(?:ilustrasi|illustration)\)[\W_]*$"
        r"|(?-i:[.!?] -?\s?(?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*/[A-Z][\w.]*(?:-[A-Za-z][\w.]*)*(?:\s[A-Z][\w.]*){0,3}(?:/[a-z]{1,4})?)(?<!\.)$"
        r"|(?-i:[.!?]\s+/[A-Z][\w.-]*(?:\s[A-Z][\w.]*){0,3}(?:/[A-Z][\w.-]*(?:\s[A-Z][\w.]*){0,3})?)$"
        r"|[.!?|]\s+[-(]?\s*(?:foto|photo|image|dok|sumber\s+foto)\s*[:.]|[.!?]\s+sumber\s*:\s*$"
        r"|[.!?)]\s+(?:\(c\)|©)\s*(?-i:[A-Z])[^.!?]{1,60}$"
        r"|\b(?:photo|foto)\s+(?:by|oleh)\s+[^.!?]{1,60}\b(?:from|on|di|dari|via)\s+"
        r"(?:pexels|unsplash|freepik|pixabay|shutterstock|istock)\b"
        r"|(?-i:[.!?]\s*-\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*-\s*[A-Z][A-Z .]+)$",
        ("(", "/", "foto", "photo", "image", "dok", "ilustrasi", "illustration", ".-", "sumber :", "sumber:", "©"),
    ),
    # site: a lone site name or copyright line (or a reproduction ban: "Dilarang keras mengambil
    # konten … tanpa izin tertulis dari Kantor Berita ANTARA."; a ban on anything but content,
    # "Warga dilarang mengambil pasir tanpa izin", is news).
    _rule(
        "site.lone_site_name",
        3,
        r"[\W_]*(?:www\.)?[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*"
        r"\.(?:com|co\.id|co|id|net|org|tv|news|info|my\.id|or\.id|go\.id|asia)[\W_]*$"
        r"|(?:berita\s+|kanal\s+)?(?-i:[a-z]{4,}[A-Z][A-Za-z]{2,})$",  # detikNews, "Berita detikHealth"; not a glued "diWC"
    ),
    _rule(
        "site.copyright",
        25,
        r"[\W_]*(?:copyright|hak\s+cipta|©|\(c\)\s*\d{4})",
        r"all\s+rights\s+reserved"
        r"|\bdilarang\s+(?:keras\s+)?(?:\w+\s+){0,4}(?:konten|artikel|berita|tulisan|materi|isi)\b"
        r".{0,200}\btanpa\s+izin\b",
        ("rights", "dilarang"),
    ),
    # other: page furniture that is none of the above. An editor's note includes the disclaimer
    # of user-written platforms ("Konten dari Pengguna", "… tidak mewakili pandangan redaksi",
    # "… tidak bertanggung jawab atas isi tulisan ini"), a bare "Disclaimer" or "Catatan Redaksi"
    # heading, and a network's blurb ("Artikel ini merupakan bagian dari …").
    # A review site's note on the unit it tested ("Kami menggunakan unit review yang dipinjamkan
    # oleh …") is such a disclosure too.
    # A conflict-of-interest disclosure of academic-news sites (The Conversation: "Pernyataan
    # Keterbukaan" / "… tidak bekerja, menjadi konsultan, memiliki saham, atau menerima dana dari
    # perusahaan … yang akan mengambil untung dari artikel ini.").
    _rule(
        "other.disclosure",
        60,
        r"[\W_]*(?:pernyataan\s+keterbukaan|disclosure(?:\s+statement)?)[\W_]*$",
        r"\b(?:menerima\s+dana|receive\s+funding)\b.{0,160}\b(?:artikel\s+ini|this\s+article)\b"
        r"|\b(?:unit|sampel|produk|perangkat)\s+(?:\w+\s+){0,2}(?:yang\s+)?dipinjamkan\s+oleh\b",
        ("dana", "funding", "dipinjamkan"),
    ),
    # A bare "Disclaimer" or "Catatan Redaksi" heading: its note is the paragraph under it
    # (`structure.mark_boxes`).
    _rule("other.editor_note_heading", 3, _CAPITALISED + r"[\W_]*(?:catatan\s+(?:redaksi|editor)|disclaimer|ralat)[\W_]*$"),
    _rule(
        "other.editor_note",
        60,
        r"[\W_]*(?:catatan\s+(?:redaksi|editor)|disclaimer|ralat|koreksi)\s*:"
        r"|[\W_]*(?:artikel|konten|tulisan|liputan)\s+ini\s+(?:merupakan|adalah)\s+(?:kerja\s*sama|konten|advertorial|kiriman|bagian\s+dari)"
        r"|[\W_]*republikasi\s+(?:artikel|tulisan|konten)\s+ini\s*\?"
        r"|[\W_]*(?:konten|tulisan|artikel)\s+(?:dari|kiriman)\s+(?:pengguna|pembaca|user|netizen)[\W_]*$",
        r"\btidak\s+(?:mewakili|mencerminkan)\s+(?:pandangan|sikap|pendapat)\s+(?:dari\s+)?(?:redaksi|editorial)"
        r"|\b(?:isi|konten|tulisan|artikel)\s+(?:\w+\s+){0,3}tanggung\s*jawab\s+(?:\w+\s+){0,3}"
        r"(?:bloger|blogger|pengguna|penulis|kompasianer)\b"
        r"|\btidak\s+bertanggung\s*jawab\s+atas\s+(?:isi|konten)\s+(?:tulisan|artikel|konten|komentar)\b|\buser\s+generated\s+content\b"
        r"|\bkomentar\s+(?:anda|kamu)\s+dengan\s+sopan\b"
        # a note on the page itself: its versions made by a machine, or what it does not replace
        r"|^(?=.*(?:\b(?:artikel|berita|konten|teks|tulisan|terjemahan)\s+ini\b|\bversions?\b|\bthis\s+(?:article|story|page)\b))"
        r"(?:.*\b(?:automatically|otomatis)\s+(?:generated|translated|diterjemahkan|dibuat)\b"
        r"|.*\b(?:generated|translated|diterjemahkan|dibuat|dihasilkan)\s+(?:secara\s+otomatis\s+)?(?:by|with|using|oleh|dengan|menggunakan)"
        r"\s+(?:bantuan\s+)?(?:the\s+)?(?:ai|artificial\s+intelligence|kecerdasan\s+buatan)\b)"
        r"|^(?:artikel|informasi|konten|tulisan)\s+ini\b.{0,80}\btidak\s+(?:dapat\s+|untuk\s+)?menggantikan\s+(?:\w+,?\s+){0,4}"
        r"(?:diagnosis|konsultasi|saran|nasihat)\b",
        ("mewakili", "mencerminkan", "tanggung", "generated", "automatically", "otomatis", "translated", "diterjemahkan",
         " ai", "kecerdasan buatan", "artificial", "menggantikan", "komentar"),
    ),
    # The reference number of a press release or letter ("Nomor: 045/SP/Kominfo/III/2025"): a
    # code of three or more parts joined by slashes, alone after its label.
    _rule("other.letter_number", 4, r"[\W_]*(?:nomor|no)\s*[.:]\s*[\w.-]*\d[\w.-]*(?:\s*/\s*[\w.-]+){2,}[\W_]*$"),
    # A run of separator marks, or a lone bullet between page widgets ("10 Maret 2025" / "·" /
    # "waktu baca 2 menit"); a lone "." is a sentence's full stop the scraper broke off, not this.
    _rule("other.separator", 40, r"\s*(?:[*#=~_•·+-]\s*){3,}$|\s*[*#]{2}\s*$|\s*[•·●|—]{1,2}\s*$"),
    # A review's score badge ("Skor Akhir: 8,5/10", "Rating: 4/5").
    _rule("other.review_score", 5, r"[\W_]*(?:skor|nilai|rating|score)(?:\s+(?:akhir|kami|total))?\s*:?\s*\d+(?:[.,]\d+)?\s*/\s*(?:5|10|100)[\W_]*$"),
    _rule("other.email", 3, r"[\W_]*(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\W_]*$"),
    _rule("other.url", 3, r"[\W_]*(?:https?://|www\.)\S+$"),
    # A row of hashtags, maybe of several words each ("#Danau Toba #Lebaran 2025"), or of topics between
    # middle dots ("Kapolda Lampung · Narkoba · Bakauheni", three at least: "Name · Role" is a byline).
    _rule(
        "other.tags",
        30,
        r"[\W_]*(?:tags?|topik|label|kata\s+kunci|keywords?)\s*:|\s*#\w+(?:[ \t]+\w+){0,3}(?:[\s,]+#\w+(?:[ \t]+\w+){0,3})+[\W_]*$"
        r"|\s*#\w+(?:[ \t]+\w+)?[^\w.!?]*$"
        r"|(?-i:[A-Z][\w&.'-]*+(?:\s+[A-Z0-9][\w&.'-]*+){0,3}+)(?:\s+[·•]\s+(?-i:[A-Z][\w&.'-]*+(?:\s+[A-Z0-9][\w&.'-]*+){0,3}+)){2,}$",
    ),
    # The rubric a page files the article under ("Kategori: Berita", "Rubrik: Tanah Papua | Sosial").
    _rule("site.rubric", 6, r"[\W_]*(?:kategori|category|categories|rubrik|rubric|kanal|section)\s*:\s*\S"),
    # Share buttons and the page's other widgets, alone or in a row ("Bagikan: Facebook Twitter
    # WhatsApp Line", "Facebook  X  WhatsApp  Telegram  Salin Tautan", WordPress' "Like this:"):
    # comment prompts, "Join the discussions", font-size switches ("Change Size"), a live blog's
    # refresh prompt ("Muat ulang halaman untuk pembaruan terbaru"), a reaction widget's question
    # ("Apa Reaksi Kamu?").
    _rule(
        "other.share_button",
        10,
        _CAPITALISED + r"(?:[\W_]*(?:bagikan|share|komentar|comments?|salin\s+(?:link|tautan)|copy\s+link|facebook|twitter"
        r"|whatsapp|telegram|line|email|e-mail|instagram|youtube|tiktok|linkedin|threads|pinterest|x|print|cetak"
        r"|(?:beri(?:kan)?|tulis|lihat|kirim)\s+(?:komentar|tanggapan)(?:\s+anda)?|suka|reaksi(?:\s+(?:anda|kamu))?|like(?:\s+this)?|loading"
        r"|komentar\s*\(\d+\)|laporkan\s+(?:iklan|komentar|konten|tulisan|artikel)|kirim\s+(?:tulisan|artikel)(?:\s+anda)?"
        r"|(?:join|ikuti|gabung)\s+(?:the\s+)?(?:discussions?|diskusi)|(?:change|ubah)\s+(?:font\s+|text\s+)?size"
        r"|ukuran\s+(?:huruf|teks|font))"
        r"(?:\s*(?:(?:artikel|berita|galeri|foto|video)(?:\s+ini)?|this\s+(?:article|story)(?:\s+on\s+social\s+media)?))?"
        r"(?:\s+(?:ke|via|on|to|melalui|lewat))?)+[\W_]*$"
        r"|[\W_]*(?=\d)[\d.,]+\s*(?:komentar|comments?|shares?|likes?|views?|kali\s+dibaca|dibaca)[\W_]*$"
        r"|[\W_]*" + _VIEWS + r"[\W_]*$"
        r"|[\W_]*(?:muat\s+ulang|refresh|reload)\s+(?:halaman|laman|(?:this\s+)?page)\b[^.!?]{0,60}$"
        r"|[\W_]*(?:apa|bagaimana)\s+reaksi\s*(?:mu|kamu|anda)(?:\s+(?:setelah|usai)\s+membaca\s+(?:artikel|berita)\s+ini)?\s*\?[\W_]*$"
        r"|[\W_]*bagaimana\s+perasaan\s*(?:mu|kamu|anda)\s+(?:setelah|usai)\s+membaca\s+(?:artikel|berita)\s+ini\s*\?[\W_]*$",
    ),
    # A dateline/timestamp line: a short line holding a date, in Indonesian or English, with an
    # optional weekday, time, zone and outlet ("Rabu, 05 Feb 2025 14:30 WIB", "Kompas.com -
    # 14/01/2025, 07:45 WIB", "Jakarta ● Tue, February 11, 2025"); the words before the date are
    # capitalised (weekday, place, outlet). Never a sentence ending "." nor a piece of a broken
    # sentence ("pada 5 Maret 2025", "Ia meninggal pada tahun 8 Juni 1970"). A label before the date
    # ("Edisi : 9 Maret 2025"), a time before it ("13:05 11.03.2025"), a 12-hour clock ("February
    # 12, 2025 | 3:42 pm") and an update stamp after it ("11.02.2025 - Pembaruan : 11.02.2025")
    # belong to the line, and so do a publishing label ("Posted on …", "Diterbitkan …"), a view
    # counter ("… | Dilihat: 1.207 kali") and the poster ("… by admin", "… oleh Humas UI").
    # A reading-time badge ("5 menit membaca", "Waktu baca 3 menit", "4 min read").
    # A live blog's update stamp without a date ("Update, 11.20 WIB").
    _rule("other.timestamp", 5, r"[\W_]*(?:update|pembaruan|diperbarui)\s*,?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}\s*(?:wib|wita|wit)?[\W_]*$"),
    _rule(
        "other.reading_time",
        5,
        r"[\W_]*" + _READING_TIME + r"[\W_]*$",
    ),
    _rule(
        "other.timestamp",
        14,
        r"(?-i:(?![a-z]))(?:\d{1,2}[:.]\d{2}\s+)?(?:" + _PUBLISHED + r")?"
        r"(?:(?-i:[A-Z●•|,:/-])[^\s\d]*+\s+){0,4}?"
        + _DATE_TIME
        + r"(?:\W+(?:diperbarui|pembaruan|updated?)\W*"
        + _DATE_TIME
        + r")?(?:\W+(?:" + _READING_TIME + "|" + _VIEWS + r"))?(?:\s+(?:by|oleh)\s+[^\d.!?]{1,40}?)?"
        r"(?:(?:\s+(?-i:[A-Z][\w.]*)){0,3}\s+\d+\s+(?:komentar|comments?|tanggapan))?[\W_]*(?<![.,])$",
    ),
)

def _starts(min_words: int) -> re.Pattern[str]:
    """The start patterns of the rules that fire on lines of `min_words` or more, in rule order:
    an alternation tries them in order, so the group that matched names the first such rule
    whose start matches (each rule's own pattern is not tried again)."""
    alternatives = [f"(?P<r{i}>{rule.start.pattern})" for i, rule in enumerate(RULES)
                    if rule.start and rule.max_words >= min_words]
    return re.compile("|".join(alternatives) or "(?!)", _FLAGS)


def _hints(min_words: int, before: int) -> tuple[str, ...]:
    """The hints of the `anywhere` patterns of the rules before `before` that fire on lines of
    `min_words` or more."""
    return tuple(sorted({hint for rule in RULES[:before] if rule.max_words >= min_words for hint in rule.hints}))


_WORD_LIMITS = sorted({rule.max_words for rule in RULES})
_STARTS = [_starts(limit) for limit in _WORD_LIMITS]
"""Per word limit, the start patterns that may fire on a line that long: a body paragraph
tries a handful, not every rule written for short furniture lines."""
_RULES_BY_HINT = {
    hint: tuple(i for i, rule in enumerate(RULES) if hint in rule.hints) for hint in {h for rule in RULES for h in rule.hints}
}
"""Hint → the indices of the rules whose `anywhere` pattern it gates."""


@cache
def _hints_before(limit: int, first: int) -> tuple[str, ...]:
    """The hints worth looking for in a line of word limit `limit` whose first matching start
    pattern is rule `first`'s: only `anywhere` patterns of earlier rules can still name it."""
    return _hints(_WORD_LIMITS[limit], first)


def phrase_reason(match_text: str, n_words: int) -> str | None:
    """The reason of the first phrase rule naming this line, or None for a candidate body line."""
    limit = bisect_left(_WORD_LIMITS, n_words)
    if limit == len(_WORD_LIMITS):
        return None
    start = _STARTS[limit].match(match_text)
    first = int(start.lastgroup[1:]) if start else len(RULES)
    hints = _hints_before(limit, first)
    if hints:
        folded = match_text.casefold()
        # Before `first` no start pattern matches: only an `anywhere` pattern can fire, given a hint.
        for i in sorted({i for hint in hints if hint in folded for i in _RULES_BY_HINT[hint]}):
            if i >= first:
                break
            rule = RULES[i]
            if n_words <= rule.max_words and rule.anywhere.search(match_text) is not None:
                return rule.reason
    return RULES[first].reason if start else None
