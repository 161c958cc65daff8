"""Unit tests of individual rules: each kind of boilerplate, inline tags, re-joining, Unicode."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_article, line_key
from pipeline.clean.inline import find_suffix
from pipeline.clean.rules import phrase_reason
from pipeline.clean.unicode import match_form

BODY = (
    "Pemerintah menaikkan anggaran pendidikan menjadi 20 persen dari total belanja negara tahun ini.\n"
    "Menurut Menteri Keuangan, kenaikan itu diperlukan untuk memperbaiki mutu sekolah di daerah terpencil.\n"
)


def reasons(raw: str) -> dict[int, str]:
    return {line.line_no: line.reason for line in clean_article(raw).removed}


@pytest.mark.parametrize(
    "marker",
    ["Baca juga", "Baca Juga :", "BACA JUGA:", "Lihat juga", "Simak juga:", "Yuk baca juga:", "[Baca Juga]",
     "Baca juga >>", "baca JUGA ;"],
)
def test_bare_marker_variants_take_the_next_headline(marker: str) -> None:
    raw = BODY + f"{marker}\nHarga Cabai Rawit Melonjak Jelang Lebaran, Warga Mengeluh\n" + BODY
    assert reasons(raw) == {3: "related.teaser_marker", 4: "related.teaser_headline"}


@pytest.mark.parametrize(
    "line",
    ["Baca Juga: Harga Cabai Melonjak", "Baca juga:Harga Cabai Melonjak", "BACA JUGA : Harga Cabai Melonjak",
     "Baca selengkapnya: Harga cabai melonjak jelang Lebaran", "Baca: Harga Cabai Melonjak",
     "Berita terkait: Harga Cabai Melonjak", "Baca JugaHarga Cabai Melonjak"],
)
def test_marker_with_headline_on_the_line(line: str) -> None:
    assert reasons(BODY + line + "\n" + BODY) == {3: "related.teaser_marker"}


def test_marker_followed_by_a_paragraph_removes_only_the_marker() -> None:
    raw = BODY + "Baca juga:\n" + BODY
    assert reasons(raw) == {3: "related.teaser_marker"}


@pytest.mark.parametrize(
    "line",
    ["Baca jugalah buku itu sebelum ujian, kata guru tersebut kepada para siswa.",
     "Lihat bagaimana warga antre sejak subuh untuk mendapatkan beras murah."],
)
def test_body_lines_that_start_like_markers_stay(line: str) -> None:
    assert reasons(BODY + line + "\n" + BODY) == {}


def test_related_list_runs_to_the_end() -> None:
    raw = BODY + "Berita Terkait\nHarga Emas Antam Naik Lagi\nTimnas U-23 Lolos ke Final\n"
    assert reasons(raw) == {3: "related.list_heading", 4: "related.list_item", 5: "related.list_item"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ADVERTISEMENT", "ad.placeholder"),
        ("SCROLL TO CONTINUE WITH CONTENT", "ad.placeholder"),
        ("Scroll untuk melanjutkan membaca", "ad.placeholder"),
        ("[Gambas:Video 20detik]", "embed.gambas"),
        ('Simak Video: "Detik-detik Banjir Bandang di Sumbar"', "embed.video"),
        ("Halaman 1 2 Selanjutnya", "pagination.page_nav"),
        ("Simak berita selengkapnya di halaman berikutnya.", "pagination.page_nav"),
        ("Baca berita lainnya di Google News", "promo.google_news"),
        ("Follow Berita Okezone di WhatsApp Channel", "promo.social_follow"),
        ("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com", "promo.breaking_news"),
        ("Download aplikasi Kumparan sekarang", "promo.app"),
        ("Editor : Thalatie Yani", "credit.editor"),
        ("Penulis: Dian Sari", "credit.author"),
        ("(Reporter: Andi | Editor: Budi)", "credit.author"),
        ("Laporan wartawan Tribunnews.com, Reza Deni", "credit.author"),
        ("sumber : Antara", "credit.source"),
        ('Artikel ini telah tayang di Kompas.com dengan judul "Harga Cabai Naik"', "credit.republished"),
        ("Kantor Berita Xinhua | Kantor Berita Xinhua | Gambar Getty", "credit.photo"),
        ("sumber gambar, Getty Images", "credit.photo"),
        ("Warga antre membeli beras murah di Pasar Senen(ANTARA FOTO/Galih)", "caption.photo_credit"),
        ("Foto: Presiden Joko Widodo meninjau pasar", "caption.photo_credit"),
        ("visitaaponce.com", "site.lone_site_name"),
        ("KOMPAS.com", "site.lone_site_name"),
        ("Copyright © 2024 Tempo.co", "site.copyright"),
        ("https://www.whatsapp.com/channel/0029VaFPbed", "other.url"),
        ("Tags: politik, pemilu", "other.tags"),
        ("* * *", "other.separator"),
    ],
)
def test_phrase_rules(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Pengguna kini bisa membaca berita di Google News melalui ponsel mereka masing-masing sepanjang hari ini, "
        "kata juru bicara perusahaan itu kepada wartawan di Jakarta pada Senin pekan lalu sore, menurut laporan resmi.",
        "Zuckerberg mengikuti perkembangan kasus itu dengan saksama.",
        "Badan Pusat Statistik (BPS) mencatat inflasi 2,8 persen.",
        "Presiden menghadiri peresmian bendungan di Kabupaten Kupang (NTT).",
    ],
)
def test_body_lines_that_mention_phrases_stay(line: str) -> None:
    assert phrase_reason(line, len(line.split())) is None


def test_split_promo_with_url_line() -> None:
    raw = BODY + (
        "Simak\nbreaking news\ndan\nberita pilihan\nkami langsung di ponselmu. Pilih saluran favoritmu akses "
        "berita Kompas.com WhatsApp Channel :\nhttps://www.whatsapp.com/channel/0029VaFPbed\n"
    )
    assert set(reasons(raw)) == {3, 4, 5, 6, 7, 8}
    assert all(reason.startswith("promo.") for reason in reasons(raw).values())


@pytest.mark.parametrize(
    ("first", "tag", "source", "dateline"),
    [
        ("WahanaNews.co | Harga", "WahanaNews.co | ", "wahananews.co", None),
        ("REPUBLIKA.CO.ID, YOGYAKARTA -- Harga", "REPUBLIKA.CO.ID, YOGYAKARTA -- ", "republika.co.id", "YOGYAKARTA"),
        ("Liputan6.com, JakartaHarga", "Liputan6.com, Jakarta", "liputan6.com", "JAKARTA"),
        ("WASHINGTON – Harga", "WASHINGTON – ", None, "WASHINGTON"),
        ("Jakarta (ANTARA) - Harga", "Jakarta (ANTARA) - ", "antara", "JAKARTA"),
        ("Jakarta, CNN Indonesia -- Harga", "Jakarta, CNN Indonesia -- ", "cnn indonesia", "JAKARTA"),
        ("JAKARTA INSIDER - Harga", "JAKARTA INSIDER - ", "jakarta insider", None),
        ("Jakarta - Harga", "Jakarta - ", None, "JAKARTA"),
        ("Harianjogja.com, JOGJA—Harga", "Harianjogja.com, JOGJA—", "harianjogja.com", "JOGJA"),
        ("KOMPAS.com – Harga", "KOMPAS.com – ", "kompas.com", None),
    ],
)
def test_prefix_tags(first: str, tag: str, source: str | None, dateline: str | None) -> None:
    article = clean_article(first + " beras naik 10 persen pada pekan ini di seluruh pasar tradisional.\n" + BODY)
    assert [(t.line_no, t.where, t.text) for t in article.tags] == [(1, "prefix", tag)]
    assert (article.source, article.dateline) == (source, dateline)
    assert article.clean_text.startswith("Harga beras naik")


def test_split_prefix_over_two_lines() -> None:
    article = clean_article("JAKARTA, KOMPAS.com\n- Harga beras naik 10 persen pekan ini di pasar tradisional.\n" + BODY)
    assert [(t.line_no, t.text) for t in article.tags] == [(1, "JAKARTA, KOMPAS.com"), (2, "- ")]
    assert (article.source, article.dateline) == ("kompas.com", "JAKARTA")
    assert article.clean_text.startswith("Harga beras naik")


@pytest.mark.parametrize("first", ["PRESIDEN Rusia Vladimir Putin", "HAMPIR enam bulan lalu", "FRANCESCOBagnaia"])
def test_upper_case_first_words_are_body(first: str) -> None:
    article = clean_article(first + " tiba di Beijing pada Jumat pagi bersama rombongan menteri.\n" + BODY)
    assert article.tags == () and article.dateline is None
    assert article.clean_text.startswith(first)


@pytest.mark.parametrize("code", ["(CNN/Z-3)", "[dhn]", "(nds/krs)", "(kha)", "(*)", "(ant)"])
def test_credit_code_cut_from_last_line(code: str) -> None:
    article = clean_article(BODY + f"Rapat itu ditutup pukul 17.00 WIB. {code}\n")
    assert [(t.line_no, t.where, t.text) for t in article.tags] == [(3, "suffix", code)]
    assert article.clean_text.endswith("pukul 17.00 WIB.")


def test_acronym_closing_a_line_is_not_a_credit_code() -> None:
    article = clean_article(BODY + "Data itu dirilis Badan Pusat Statistik (BPS)\n")
    assert article.tags == ()


def test_broken_sentence_is_kept_and_rejoined() -> None:
    raw = (
        "Pemerintah Bali mencatat tingkat\nokupansi hotel\nnaik menjadi 80 persen selama libur panjang akhir pekan.\n"
        "Acara itu juga akan membahas\nMeeting, Incentive, Convention, and Exhibition\n(MICE) di Nusa Dua\n.\n"
    )
    article = clean_article(raw)
    assert article.removed == ()
    assert article.clean_text == (
        "Pemerintah Bali mencatat tingkat okupansi hotel naik menjadi 80 persen selama libur panjang akhir pekan.\n"
        "Acara itu juga akan membahas Meeting, Incentive, Convention, and Exhibition (MICE) di Nusa Dua."
    )


def test_unicode_hygiene() -> None:
    raw = "Harga\u00a0beras naik\u200b 10 persen, \u201ckata dia\u201d di Jakarta pada pekan ini.\n" + BODY
    first = clean_article(raw).clean_text.split("\n")[0]
    assert first == "Harga beras naik 10 persen, \u201ckata dia\u201d di Jakarta pada pekan ini."
    decomposed = "Cafe\u0301 itu ramai dikunjungi wisatawan asing setiap akhir pekan di Bandung.\n"
    assert clean_article(decomposed + BODY).clean_text.startswith("Caf\u00e9 itu")


def test_curly_quotes_are_matched_like_straight_ones() -> None:
    assert phrase_reason("Simak Video: \u201cBanjir di Sumbar\u201d", 4) == phrase_reason('Simak Video: "Banjir"', 3)


def test_line_numbers_count_blank_lines_and_every_line_break() -> None:
    first, second = BODY.splitlines()
    raw = f"Nasional\r\n\r\n{first}\r{second}\r\rADVERTISEMENT\n" + BODY
    removed = {line.line_no: line.reason for line in clean_article(raw).removed}
    assert removed == {1: "site.section_label", 6: "ad.placeholder"}


def test_line_key_folds_case_digits_and_punctuation() -> None:
    assert line_key("Baca juga: 10 Cara Hemat!") == line_key("BACA  JUGA 25 cara hemat")
    assert line_key("Baca juga: 10 Cara Hemat!") != line_key("Baca juga: Cara Boros")
    assert len(line_key("x")) == 16


def test_frequent_lines_are_removed_unless_a_rule_names_them() -> None:
    raw = BODY + "Redaksi menerima tulisan pembaca setiap hari kerja.\nADVERTISEMENT\n"
    frequent = frozenset({line_key("Redaksi menerima tulisan pembaca setiap hari kerja."), line_key("ADVERTISEMENT")})
    assert reasons(raw) == {4: "ad.placeholder"}
    removed = {line.line_no: line.reason for line in clean_article(raw, frequent).removed}
    assert removed == {3: "other.repeated_line", 4: "ad.placeholder"}


def test_title_and_its_duplicate() -> None:
    raw = "Harga Beras Naik Jelang Lebaran\n\nHarga Beras Naik Jelang Lebaran\n" + BODY
    article = clean_article(raw)
    assert article.title == "Harga Beras Naik Jelang Lebaran"
    assert [(line.line_no, line.reason) for line in article.removed] == [(3, "title.duplicate")]
    assert article.clean_text.split("\n")[0] == article.title


def test_caption_above_photo_credit() -> None:
    raw = "Presiden Joko Widodo meninjau Pasar Senen, 2 Mei 2024.\nREUTERS | Foto Reuters\n" + BODY
    assert reasons(raw) == {1: "caption.above_photo_credit", 2: "credit.photo"}


def test_full_stop_teaser_after_bare_marker_needs_foreign_vocabulary() -> None:
    teaser = BODY + "Baca juga:\nTimnas U-23 lolos ke final Piala Asia.\n" + BODY
    assert reasons(teaser) == {3: "related.teaser_marker", 4: "related.teaser_headline"}
    own = BODY + "Baca juga:\nKenaikan anggaran pendidikan disetujui menteri.\n" + BODY
    assert reasons(own) == {3: "related.teaser_marker"}


def test_two_word_title_above_the_first_paragraph_is_kept() -> None:
    article = clean_article("Nasional\nGempa Cianjur\n" + BODY)
    assert [(line.line_no, line.reason) for line in article.removed] == [(1, "site.section_label")]
    assert article.title == "Gempa Cianjur"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Pilihan Editor: Jejak Kasus Suap Proyek Jalan", "related.teaser_marker"),
        ("Read also: Budget cuts spark protests", "related.teaser_marker"),
        ("Aulia Damayanti - detikFinance", "credit.byline"),
        ("Dio Suhenda (The Jakarta Post)", "credit.byline"),
        ("Tim Okezone, Jurnalis", "credit.byline"),
        ("By Sarah Wijaya", "credit.byline"),
        ("(aid/rrd)", "credit.code"),
        ("Rabu, 05 Feb 2025 14:30 WIB", "other.timestamp"),
        ("Jakarta ● Tue, February 11, 2025", "other.timestamp"),
        ("Keterangan gambar, Petugas memadamkan api di dekat Athena.", "caption.photo_credit"),
        ("Warga melintasi banjir, Selasa (14/1/2025). KOMPAS.com/ANNISA RAMADANI", "caption.photo_credit"),
        ("Berita Solopos lainnya dapat dibaca di Google News Solopos", "promo.google_news"),
        ("Jangan lupa ikuti akun Instagram @kapanlagicom untuk update gosip!", "promo.social_follow"),
        ("Artikel-artikel yang direkomendasikan", "related.list_heading"),
    ],
)
def test_more_phrase_kinds(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


def test_dateline_from_a_date_line_and_kontan_prefix() -> None:
    assert clean_article("Jakarta ● Tue, February 11, 2025\n" + BODY).dateline == "JAKARTA"
    article = clean_article("KONTAN.CO.ID - JAKARTA. Harga emas Antam naik Rp 12.000 per gram hari ini.\n" + BODY)
    assert (article.source, article.dateline) == ("kontan.co.id", "JAKARTA")
    assert article.tags[0].text == "KONTAN.CO.ID - JAKARTA. "


def test_appositive_dash_in_a_first_sentence_is_no_prefix() -> None:
    article = clean_article("Pemerintah Jerman - termasuk polisi federal - menyelidiki serangan itu pekan lalu.\n" + BODY)
    assert article.tags == () and article.dateline is None


def test_paragraph_closed_inside_curly_quotes_is_not_rejoined() -> None:
    text = clean_article("\u201cKami siap menghadapi musim hujan tahun ini di seluruh wilayah kota.\u201d\n" + BODY).clean_text
    assert text.split("\n")[0] == "\u201cKami siap menghadapi musim hujan tahun ini di seluruh wilayah kota.\u201d"


def test_sign_off_code_ends_the_article() -> None:
    raw = BODY + "Dinas berjanji menindak pangkalan nakal. (Banjarmasinpost.co.id/Muhammad Rahmadi)\n" + (
        "Jadwal Imsakiyah Banjarmasin Hari Ini\n"
    )
    article = clean_article(raw)
    assert [(t.line_no, t.text) for t in article.tags] == [(3, "(Banjarmasinpost.co.id/Muhammad Rahmadi)")]
    assert [(line.line_no, line.reason) for line in article.removed] == [(4, "other.after_signoff")]
    assert article.clean_text.endswith("pangkalan nakal.")


def test_head_caption_closed_by_a_photographer_credit() -> None:
    raw = "Pemain merayakan gol di Stadion Emirates, Minggu (16/3/2025). (AFP/Glyn Kirk)\n" + BODY
    assert reasons(raw) == {1: "caption.credit_code"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Konten di bawah ini disajikan oleh Advertnative", "ad.sponsored"),
        ("Simak berita lainnya seputar topik artikel ini, di sini :", "promo.more_news"),
        ("Baca Selanjutnya", "related.list_heading"),
    ],
)
def test_sponsored_and_more_news_kinds(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line", ["pada 5 Maret 2025", "Pertemuan Jokowi - Prabowo", "Rapat digelar pada 5 Maret 2025."]
)
def test_date_pieces_and_dashed_headings_are_not_boilerplate(line: str) -> None:
    assert phrase_reason(line, len(line.split())) is None


def test_shape_rule_hit_inside_a_broken_sentence_is_restored() -> None:
    raw = BODY + "Kabar itu pertama kali dikutip dari\nTribunnews.com\npada Senin pagi oleh banyak media daring.\n"
    assert reasons(raw) == {}
    assert reasons(BODY + "Tribunnews.com\n") == {3: "site.lone_site_name"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Berita Terkait:", "related.list_heading"),
        ("Follow Us On:", "promo.social_follow"),
        ("Baca berita dengan sedikit iklan, klik di sini", "promo.subscribe"),
        ("Galeri Foto", "embed.video"),
        ("Baca selengkapnya", "pagination.page_nav"),
        ("Sebelumnya Selanjutnya", "pagination.page_nav"),
        ("SCROLL TO RESUME CONTENT", "ad.placeholder"),
        ("Advertisement - Scroll to continue", "ad.placeholder"),
        ("PROMOTED CONTENT", "ad.placeholder"),
        ("Tags", "other.tags_heading"),
    ],
)
def test_furniture_variants(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


def test_bare_list_heading_takes_every_headline_below() -> None:
    raw = BODY + "Berita Terkait:\nHarga Emas Naik\nTimnas Menang\nBanjir di Bekasi\nGempa di Cianjur\n"
    assert reasons(raw) == {3: "related.list_heading"} | {n: "related.list_item" for n in range(4, 8)}


def test_tags_heading_takes_the_tags_below() -> None:
    raw = BODY + "Tags\nIHSG\nsaham bank\n"
    assert reasons(raw) == {3: "other.tags_heading", 4: "other.tag_item", 5: "other.tag_item"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Read More:", "related.teaser_marker"),
        ("Paling banyak dibaca", "related.list_heading"),
        ("Tema Terkait", "related.list_heading"),
        ("Artikel Selanjutnya", "related.list_heading"),
        ("Artikel Lainnya di Edisi Ini", "related.list_heading"),
        ("Lihat Ekonomi Selengkapnya", "pagination.page_nav"),
        ("Konten Premium Nikmati Konten Premium Untuk Informasi Yang Lebih Dalam", "promo.paywall"),
        ("Ingin membaca lebih lengkap? Berlangganan Tempo Digital mulai Rp 39 ribu per bulan.", "promo.paywall"),
        ("Masuk untuk melanjutkan", "promo.paywall"),
        ("Silakan hubungi kami untuk pilihan berlangganan.", "promo.paywall"),
        ("Laporan Yarmen Dinamika | Banda Aceh", "credit.author"),
        ("Wartawan di Aceh untuk BBC News Indonesia", "credit.author"),
        ("Kantor Berita Xinhua | Kantor Berita Xinhua", "credit.source"),
        ("By : Dina Manafe", "credit.byline"),
        ("Oleh Redaksi Sehat Negeriku | 10 Februari 2025", "credit.byline"),
        ("Tim PR Depok", "credit.byline"),
        ("Redaksi Kaltim Post", "credit.byline"),
        ("Berita ini disiarkan oleh Biro Komunikasi dan Pelayanan Publik, Kementerian Kesehatan RI.",
         "credit.republished"),
        ("Ilustrasi upah. - Freepik", "caption.photo_credit"),
        ("Ilustrasi air keran. /Pixabay/Bluebudgie", "caption.photo_credit"),
        ("Ilustrasi warung kopi. (Sumber gambar: Pixabay)", "caption.photo_credit"),
        ("A nickel smelter in Morowali, Central Sulawesi. (B1 Photo/Joanito De Saojoao)", "caption.photo_credit"),
        ("Petugas memadamkan api di lahan gambut, Senin (10/2/2025). ANTARA FOTO/Jessica Wuysang/nz",
         "caption.photo_credit"),
        ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini "
         "tanpa izin tertulis dari Kantor Berita ANTARA.", "site.copyright"),
        ("Konten dari Pengguna", "other.editor_note"),
        ("Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan "
         "redaksi Kompas.", "other.editor_note"),
        ("Beri Komentar", "other.share_button"),
        ("Tulis Tanggapan Anda", "other.share_button"),
        ("Edisi : 9 Maret 2025", "other.timestamp"),
        ("February 12, 2025 | 3:42 pm", "other.timestamp"),
        ("11.02.2025 - Pembaruan : 11.02.2025", "other.timestamp"),
    ],
)
def test_phrase_rules_for_more_outlets(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Warga dilarang mengambil pasir tanpa izin dari pemerintah desa.",
        "Pelanggan dapat berlangganan layanan televisi digital mulai bulan depan.",
        "Ilustrasi tersebut dibuat oleh seniman lokal asal Bandung.",
        "Wartawan senior itu bekerja untuk Kompas selama 30 tahun.",
        "Tim SAR gabungan masih mencari dua nelayan yang hilang sejak Senin.",
        "Khusus pelanggan PLN, diskon berlaku hingga akhir bulan.",
        "Keamanan data pribadi menjadi tanggung jawab pengguna.",
        "wartawan di Jakarta untuk Tempo",
    ],
)
def test_body_lines_near_the_new_rules_stay(line: str) -> None:
    assert phrase_reason(line, len(line.split())) is None


HEADLINE = "Banjir Rendam Tiga Kecamatan di Makassar\n"


@pytest.mark.parametrize("name", ["Eben Haezer", "Muhammet Emin Avundukluoğlu", "Hidayatullah", "VOA Indonesia"])
def test_bare_name_beside_the_date_line_is_the_byline(name: str) -> None:
    raw = HEADLINE + f"{name}\nRabu, 5 Februari 2025 07:30 WIB\n" + BODY
    assert reasons(raw) == {2: "credit.head_name", 3: "other.timestamp"}


def test_linked_name_opening_a_broken_first_sentence_stays() -> None:
    raw = HEADLINE + "Gubernur Sulawesi Selatan\nAndi Sudirman meninjau lokasi banjir pada Rabu pagi.\n" + BODY
    assert reasons(raw) == {}
    raw = HEADLINE + "Rabu, 5 Februari 2025 07:30 WIB\nMenurut\nAndi Sudirman\n, banjir surut sore ini.\n" + BODY
    assert reasons(raw) == {2: "other.timestamp"}


def test_a_run_of_one_word_labels_after_the_headline_goes() -> None:
    raw = HEADLINE + "A\nA\nA\n" + BODY
    assert reasons(raw) == {2: "site.section_label", 3: "site.section_label", 4: "site.section_label"}


def test_prefix_after_a_long_head_is_cut() -> None:
    raw = "Bisnis.com\nSurabaya\n" + HEADLINE + "Peni Widarti\n- Senin, 17 Februari 2025 | 13:42\nADVERTISEMENT\n"
    raw += "Bisnis.com, SURABAYA - Nilai ekspor Jawa Timur naik 12 persen pada Januari.\n"
    article = clean_article(raw + BODY)
    assert [(t.where, t.text) for t in article.tags] == [("prefix", "Bisnis.com, SURABAYA - ")]
    assert article.dateline == "SURABAYA"


@pytest.mark.parametrize(
    ("first", "tag", "dateline"),
    [
        ("Chengdu, China (Xinhua) -- Harga", "Chengdu, China (Xinhua) -- ", "CHENGDU"),
        ("Jakarta, 10 Februari 2025 – Harga", "Jakarta, 10 Februari 2025 – ", "JAKARTA"),
    ],
)
def test_more_prefix_shapes(first: str, tag: str, dateline: str) -> None:
    article = clean_article(first + " beras naik 10 persen pada pekan ini di seluruh pasar tradisional.\n" + BODY)
    assert [t.text for t in article.tags] == [tag]
    assert article.dateline == dateline


def test_jakarta_globe_full_stop_dateline_is_not_a_tag() -> None:
    article = clean_article("Sulit. Karena pemerintah sudah menegaskan tidak ada kenaikan harga BBM.\n" + BODY)
    assert article.tags == ()


def test_name_and_lower_case_outlet_credit_code_is_cut() -> None:
    article = clean_article(BODY + "Insentif itu belum sebanding dengan tawaran investor. (Citta Maya/balipost)\n")
    assert [t.text for t in article.tags] == ["(Citta Maya/balipost)"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Topics :", "other.tags_heading"),
        ("Topik berita Terkait:", "other.tags_heading"),
        ("Baca Lainnya", "related.list_heading"),
        ("Red: Fernan Rahadi", "credit.editor"),
        ("Oleh :", "credit.byline"),
        ("Ilustrasi sekolah rusak. ©2025 Merdeka.com", "caption.photo_credit"),
        ("VIVA.co.id/M Ali Wafa)", "caption.credit_line"),
        ("Calon jamaah haji mengikuti manasik di Asrama Haji Bekasi. (ilustrasi)", "caption.photo_credit"),
        ("Join the discussions", "other.share_button"),
        ("Change Size", "other.share_button"),
        ("13:05 11.03.2025", "other.timestamp"),
    ],
)
def test_phrase_rules_from_the_second_blind_batch(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


def test_a_last_paragraph_closed_by_a_credit_code_ends_a_related_list() -> None:
    raw = BODY + "Artikel menarik lainnya:\nKisah Guru Honorer di Pelosok Jember\n"
    raw += "Pemkab juga meminta bantuan dana alokasi khusus dari pemerintah pusat. (mdk/end)\n"
    article = clean_article(raw)
    assert {line.line_no for line in article.removed} == {3, 4}
    assert article.clean_text.endswith("dari pemerintah pusat.")


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Pasar murah digelar hingga akhir Maret. (cr12/tribun-medan.com)", "(cr12/tribun-medan.com)"),
        ("Pedagang menata dagangan, Jumat (28/2/2025). (TRIBUN-MEDAN.COM/ANISA RAHMADANI)",
         "(TRIBUN-MEDAN.COM/ANISA RAHMADANI)"),
    ],
)
def test_tribun_regional_credit_codes(line: str, code: str) -> None:
    span = find_suffix(line)
    assert span is not None and line[span[0] : span[1]] == code


# Fourth blind batch: rules for the kind of line, each with body lines it must leave alone.


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Related news: Govt to stop rice imports this year, says minister", "related.teaser_marker"),
        ("Read: Finance Ministry Reports Rp 306 Trillion Budget Savings", "related.teaser_marker"),
        ("Editor's Choice: Indonesia's Sovereign Fund Danantara Launched", "related.teaser_marker"),
        ("Rekomendasi Berita", "related.list_heading"),
        ("Rep: Fuji E Permana/ Red: Muhammad Hafil", "credit.author"),
        ("Translator: Ninda Dwi Ramadhani", "credit.author"),
        ("Arga sumantri • 28 Februari 2025 16:22", "credit.byline"),
        ("Aldiansyah Noor, Jurnalis · Kamis 06 Maret 2025 15:20 WIB", "credit.byline"),
        ("Grid.ID/Novia Tri Astuti", "caption.credit_line"),
        ("/Kabar Priangan/Aep Hendy", "caption.credit_line"),
        ("DOK. DUCATI CORSE", "caption.credit_line"),
        ("Foto: Istimewa", "caption.credit_line"),
        ("Pedagang menata cabai, Rabu (5/3/2025). TRIBUN-TIMUR.COM/SANOVRA JR", "caption.photo_credit"),
        ("klik disini", "promo.subscribe"),
        ("Info beasiswa lebih lengkap klik : osc.medcom.id", "promo.subscribe"),
        ("Dukung dakwah kami dengan berdonasi melalui rekening BSI 7012345678", "promo.donation"),
        ("Nomor: 045/SP/Kominfo/III/2025", "other.letter_number"),
        ("Kontak Media:", "other.contact_heading"),
        ("Informasi lebih lanjut hubungi:", "other.contact_heading"),
    ],
)
def test_phrase_rules_from_the_fourth_blind_batch(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "IX / I01.",
        "Jawa Barat/Jawa Tengah.",
        "Read the room, kata dia sambil tertawa.",
        "Pemerintah mengajak warga berdonasi melalui rekening resmi Baznas.",
        "Dukung program pemerintah, warga bergotong royong membersihkan sungai.",
        "Rapat digelar pada 5 Maret 2025 di Balai Kota.",
        "Nomor urut 2 unggul di 12 kecamatan.",
        "Informasi lebih lanjut akan diumumkan pekan depan.",
    ],
)
def test_body_lines_near_the_fourth_batch_rules_stay(line: str) -> None:
    assert phrase_reason(line, len(line.split())) is None


LONG_HEADLINE = "Pemprov Jatim Gelar Pasar Murah di 38 Kabupaten Jelang Idul Fitri\n"


@pytest.mark.parametrize("masthead", ["VOA Indonesia", "NU Online\nRilis Berita", "IDN Times Jatim\nKeuangan | Investasi"])
def test_short_names_above_the_headline_are_the_masthead(masthead: str) -> None:
    raw = masthead + "\n" + LONG_HEADLINE + BODY
    n = masthead.count("\n") + 1
    assert reasons(raw) == {i: "site.masthead" for i in range(1, n + 1)}
    assert clean_article(raw).title == LONG_HEADLINE.strip()


def test_a_short_headline_or_a_broken_first_sentence_is_no_masthead() -> None:
    assert reasons("Harga Emas Naik\n" + BODY) == {}
    raw = "Gubernur Jawa Timur\nKhofifah Indar Parawansa Meninjau Pasar Murah di Sidoarjo\nbersama wali kota.\n"
    assert reasons(raw + BODY) == {}


def test_caption_above_a_bare_credit_line_at_the_head() -> None:
    raw = LONG_HEADLINE + "Warga antre membeli beras di pasar murah, Senin (10/3/2025).\nGrid.ID/Novia Tri Astuti\n"
    article = clean_article(raw + "Grid.ID - " + BODY)
    assert reasons(raw + BODY) == {2: "caption.above_photo_credit", 3: "caption.credit_line"}
    assert [t.text for t in article.tags] == ["Grid.ID - "]


def test_a_paragraph_above_a_credit_line_further_down_stays() -> None:
    raw = LONG_HEADLINE + BODY + "Warga antre membeli beras di pasar murah, Senin (10/3/2025).\nFoto: Istimewa\n" + BODY
    assert reasons(raw) == {5: "caption.credit_line"}


def test_split_promo_with_a_site_name_and_an_unfinished_promo_tail() -> None:
    raw = BODY + "Dapatkan\nupdate berita\nterkini setiap hari dari\nTribun-Timur.com\n"
    raw += '. Mari bergabung di Grup Telegram "Tribun News", caranya klik link https://t.me/tribun, kemudian join.\n'
    assert set(reasons(raw)) == {3, 4, 5, 6, 7}
    raw = BODY + "Dapatkan berita terkini dari Okezone hanya dengan satu akun di\nORION, daftar sekarang dengan\n"
    raw += "klik disini\ndan nantikan kejutan menarik lainnya\n"
    assert set(reasons(raw)) == {3, 4, 5, 6}


def test_press_release_sign_off_and_contact_block() -> None:
    raw = BODY + "***\nKepala Dinas Komunikasi dan Informatika,\nSherlita Ratna Dewi Agustin\n"
    raw += "Informasi lebih lanjut hubungi:\nBidang Informasi Publik\nTelepon: (031) 8294608\n"
    assert reasons(raw) == {
        3: "other.separator", 4: "other.signoff_block", 5: "other.signoff_block",
        6: "other.contact_heading", 7: "other.contact_item", 8: "other.contact_item",
    }


def test_a_section_break_before_more_paragraphs_keeps_them() -> None:
    raw = BODY + "***\nTiga hari kemudian\n" + BODY
    assert reasons(raw) == {3: "other.separator"}


@pytest.mark.parametrize(
    ("first", "tag", "dateline"),
    [
        ("RM.id  Rakyat Merdeka - Harga", "RM.id  Rakyat Merdeka - ", None),
        ("KBRN, Ambon: Harga", "KBRN, Ambon: ", "AMBON"),
        ("Jakarta: Harga", "Jakarta: ", "JAKARTA"),
    ],
)
def test_fourth_batch_prefix_shapes(first: str, tag: str, dateline: str | None) -> None:
    article = clean_article(first + " beras naik 10 persen pada pekan ini di seluruh pasar tradisional.\n" + BODY)
    assert [t.text for t in article.tags] == [tag]
    assert article.dateline == dateline


def test_a_colon_headline_or_interview_label_is_no_dateline() -> None:
    article = clean_article("Wawancara: Peneliti Indonesia di NASA Bicara Soal Misi ke Bulan\n" + BODY)
    assert article.tags == () and article.title is not None
    raw = "Tanya: Apa peran Anda dalam misi Artemis untuk pendaratan di bulan?\n"
    raw += "Jawab: Saya merancang instrumen pengukur kandungan air di permukaan bulan.\n"
    assert clean_article(raw).tags == ()


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Petugas memadamkan api di gudang. (IDN Times/Fadli Syahputra)", "(IDN Times/Fadli Syahputra)"),
        ("Warga mengevakuasi barang, Selasa (4/3/2025). (Sumber: Kompas.tv/Ant)", "(Sumber: Kompas.tv/Ant)"),
        ("BPBD berjanji mengirim bantuan pekan ini.***", "***"),
    ],
)
def test_fourth_batch_credit_codes(line: str, code: str) -> None:
    span = find_suffix(line)
    assert span is not None and line[span[0] : span[1]] == code


def test_stars_inside_a_line_are_no_code() -> None:
    assert find_suffix("Rating film itu ***") is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Lihat Foto", "embed.video"),
        ("Tonton: Detik-detik Gempa Guncang Cianjur", "embed.video"),
        ("*) Penulis adalah dosen Fakultas Hukum Universitas Airlangga", "credit.author_bio"),
        ("(Penulis adalah peneliti senior di lembaga riset kebijakan publik)", "credit.author_bio"),
        ("The writer is a researcher at the Centre for Strategic and International Studies.", "credit.author_bio"),
        ("Aji Muhawarman, ST, MKM", "credit.signature"),
        ("Budi Santoso, S.H., M.H.", "credit.signature"),
        ("(Z-2)", "credit.code"),
        ("Kunjungi juga situs kami www.contoh.com", "promo.more_news"),
        ("Klik untuk berlangganan", "promo.subscribe"),
        ("Komentar (0)", "other.share_button"),
        ("Kirim Tanggapan", "other.share_button"),
        ("Read Next", "related.list_heading"),
        ("Dilarang mengutip sebagian atau seluruh isi artikel tanpa izin", "site.copyright"),
        ("Kontributor Garut, Budi Santoso", "credit.author"),
        ("5 menit membaca", "other.reading_time"),
        ("waktu baca 2 menit", "other.reading_time"),
        ("·", "other.separator"),
    ],
)
def test_more_furniture_kinds(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Penulis adalah seorang mantan diplomat yang lama bertugas di Kairo.",
        "Edy Haryanto, SH, MH.",
        "Bali, NTB, NTT",
        "Ia menonton: tiga film sekaligus di bioskop.",
        ".",
        "Dia membaca 5 menit sebelum tidur.",
    ],
)
def test_body_lines_near_the_furniture_kinds_stay(line: str) -> None:
    assert phrase_reason(line, len(line.split())) is None


def test_signer_role_above_a_signature_goes_with_it() -> None:
    raw = BODY + "Kepala Biro Komunikasi dan Pelayanan Publik\nAji Muhawarman, ST, MKM\n"
    assert reasons(raw) == {3: "credit.signature", 4: "credit.signature"}


def test_a_head_bullet_does_not_end_the_article() -> None:
    raw = LONG_HEADLINE + "10 Maret 2025 9:41 WIB\n·\nwaktu baca 2 menit\nDaftar stasiun\nPasar Senen\nGambir\n"
    assert reasons(raw) == {2: "other.timestamp", 3: "other.separator", 4: "other.reading_time"}


@pytest.mark.parametrize(
    ("first", "tag", "dateline"),
    [
        ("VIVA Bola – Harga", "VIVA Bola – ", None),
        ("Jakarta, 12/3 (ANTARA) - Harga", "Jakarta, 12/3 (ANTARA) - ", "JAKARTA"),
        ("Jakarta, Rabu (12/3/2025) - Harga", "Jakarta, Rabu (12/3/2025) - ", "JAKARTA"),
    ],
)
def test_brand_rubric_and_short_date_prefixes(first: str, tag: str, dateline: str | None) -> None:
    article = clean_article(first + " beras naik 10 persen pada pekan ini di seluruh pasar tradisional.\n" + BODY)
    assert [t.text for t in article.tags] == [tag]
    assert article.dateline == dateline


def test_acronym_and_word_before_a_hyphen_is_no_prefix() -> None:
    assert clean_article("KPK Menang - Pemerintah menaikkan anggaran pendidikan tahun ini secara bertahap.\n").tags == ()


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Harga beras turun pekan ini. **", "**"),
        ("Harga beras turun pekan ini. (Sumber: Antara)", "(Sumber: Antara)"),
        ("Harga beras turun pekan ini. (ed: Rina)", "(ed: Rina)"),
        ("Harga beras turun pekan ini. (Kompas.com)", "(Kompas.com)"),
        ("Harga beras turun pekan ini. (m45)", "(m45)"),
        ("Harga beras turun pekan ini (tribunnews/fik)", "(tribunnews/fik)"),
    ],
)
def test_source_editor_and_reporter_number_codes(line: str, code: str) -> None:
    span = find_suffix(line)
    assert span is not None and line[span[0] : span[1]] == code


@pytest.mark.parametrize("line", ["Nilai tukar rupiah melemah (Sumber: BI)", "Harganya Rp5.000 per kilo (m45)"])
def test_bracketed_words_not_after_a_full_stop_are_no_code(line: str) -> None:
    assert find_suffix(line) is None


def test_a_sentence_above_the_publisher_tag_is_the_lead_caption() -> None:
    raw = LONG_HEADLINE + "Pembalap Ducati Francesco Bagnaia saat tes pramusim di Sepang, 5 Februari 2025.\n"
    raw += "BOLASPORT.COM - FRANCESCO Bagnaia tidak menutupi kekhawatirannya terhadap rekan setimnya.\n" + BODY
    article = clean_article(raw)
    assert reasons(raw) == {2: "caption.above_dateline"}
    assert [t.text for t in article.tags] == ["BOLASPORT.COM - "]


def test_a_place_only_tag_after_a_sentence_is_not_searched() -> None:
    raw = LONG_HEADLINE + "Pembalap Ducati Francesco Bagnaia saat tes pramusim di Sepang, 5 Februari 2025.\n"
    raw += "SEPANG - Francesco Bagnaia tidak menutupi kekhawatirannya terhadap rekan setimnya.\n" + BODY
    assert clean_article(raw).tags == () and reasons(raw) == {}


# Fifth blind batch (measured untouched first): the kinds it showed.


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Akses tanpa batas ke seluruh artikel dan analisis eksklusif Bisnis Indonesia.", "promo.paywall"),
        ("Simak berita terbaru lainnya di kanal Inilah.com", "promo.more_news"),
        ("Artikel ini diterbitkan ulang dari The Conversation dengan lisensi Creative Commons.", "credit.republished"),
        ("Kondisi bus usai menabrak truk di Tol Ngawi. [Dok. Satlantas Polres Ngawi]", "caption.photo_credit"),
        ("PERTARUNGAN sengit di Stadion Gelora Bung Tomo, Minggu, 9 Maret 2025.-Boy Slamet-HARIAN DISWAY",
         "caption.photo_credit"),
        ("Bagikan ke:", "other.share_button"),
        ("Terkait", "related.list_heading"),
        ("Pernyataan Keterbukaan", "other.disclosure"),
        ("Dwi tidak bekerja, menjadi konsultan, memiliki saham, atau menerima dana dari perusahaan atau "
         "organisasi mana pun yang akan mengambil untung dari artikel ini.", "other.disclosure"),
        ("Penulis", "credit.byline"),
    ],
)
def test_phrase_rules_from_the_fifth_blind_batch(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Warga bisa menerima dana bantuan itu mulai pekan depan.",
        "Pemain asal Brasil itu mencetak gol.-",
        "Artikel ini dimuat dalam jurnal Nature pada 2023.",
        "Akses jalan desa tertutup longsor sejak Senin.",
    ],
)
def test_body_lines_near_the_fifth_batch_rules_stay(line: str) -> None:
    assert phrase_reason(line, len(line.split())) is None


def test_author_name_and_affiliation_under_the_headline() -> None:
    raw = LONG_HEADLINE + "Rizky Maulana\nMahasiswa Magister Perencanaan Wilayah, Universitas Indonesia\n" + BODY
    assert reasons(raw) == {2: "credit.head_name", 3: "credit.affiliation"}


def test_publisher_named_before_the_place_is_the_source() -> None:
    article = clean_article("Warta Ekonomi, Jakarta - Harga beras naik 10 persen pada pekan ini di pasar.\n" + BODY)
    assert (article.source, article.dateline) == ("warta ekonomi", "JAKARTA")


def test_one_word_heading_under_the_date_line_stays() -> None:
    raw = LONG_HEADLINE + "11 Maret 2025\nKlaim\nSebuah unggahan di Facebook mengklaim vaksin campak menyebabkan autisme.\n"
    assert reasons(raw + BODY) == {2: "other.timestamp"}


# Sixth blind batch (an extra untouched check of the final rules): the kinds it showed.


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Ni Made Lastri Karsiani Putri - detikBali", "credit.byline"),
        ("Oleh", "credit.byline"),
        ("Jurnalis : Jumai", "credit.author"),
        ("Publisher : Rizal Dani", "credit.author"),
        ("Next Article", "related.list_heading"),
        ("Artikel ini khusus untuk pelanggan Kompas.id", "promo.paywall"),
        ("Dapatkan akses tanpa batas ke seluruh konten Kompas.id", "promo.paywall"),
        ("research@cnbcindonesia.com", "other.email"),
        ("Tirto mengundang pembaca untuk mengirimkan informasi-informasi yang berpotensi hoaks ke alamat email "
         "factcheck@tirto.id.", "promo.tipline"),
        ("Jika kamu menemukan informasi yang meragukan, kirimkan ke WhatsApp Narasi di 0812-1234-5678.", "promo.tipline"),
    ],
)
def test_phrase_rules_from_the_sixth_blind_batch(line: str, reason: str) -> None:
    assert phrase_reason(line, len(line.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Anda dapat mengirimkan berkas permohonan ke email layanan@pajak.go.id paling lambat Jumat.",
        "Polisi mengimbau pembaca berhati-hati terhadap pesan berantai di WhatsApp.",
        "Oleh karena itu, pemerintah menunda kenaikan tarif.",
    ],
)
def test_body_lines_near_the_sixth_batch_rules_stay(line: str) -> None:
    assert phrase_reason(line, len(line.split())) is None


def test_name_under_a_bare_byline_label() -> None:
    raw = LONG_HEADLINE + "Oleh\nFABBY TUMIWA\n" + BODY
    assert reasons(raw) == {2: "credit.byline", 3: "credit.head_name"}


def test_desk_signature_of_three_upper_case_words_after_the_last_paragraph() -> None:
    raw = LONG_HEADLINE + BODY + "CNBC INDONESIA RESEARCH\nresearch@cnbcindonesia.com\n"
    assert reasons(raw) == {4: "site.section_label", 5: "other.email"}


def test_glued_media_word_tells_the_publisher_from_the_place() -> None:
    article = clean_article("TIMESINDONESIA, MALANG – Pemerintah Kota Malang melarang ASN memakai mobil dinas.\n" + BODY)
    assert (article.source, article.dateline) == ("timesindonesia", "MALANG")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Home  >  Kalbar  >  Pontianak", "other.breadcrumb"),
        ("Beranda » Nasional » Hukum", "other.breadcrumb"),
        ("Berita / Pendidikan", "other.breadcrumb"),
        ("Posted on 3 April 2025 by redaksi", "other.timestamp"),
        ("Dipublikasikan 2 April 2025 oleh Humas Polda NTT", "other.timestamp"),
        ("Kamis, 3 April 2025 - 10:15 WIT | Dibaca: 312 kali", "other.timestamp"),
        ("Reading Time: 4 minutes", "other.reading_time"),
        ("by Yohana Wenda", "credit.byline"),
        ("Oleh: Tim Redaksi — 3 April 2025 in Berita", "credit.byline"),
        ("Posted By : Admin Humas", "credit.author"),
        ("Bagikan: Facebook X WhatsApp Telegram", "other.share_button"),
        ("Refresh halaman ini untuk update terbaru", "other.share_button"),
        ("Tinggalkan Komentar", "other.comments_heading"),
        ("12 Komentar", "other.comments_heading"),
        ("Leave a Reply", "other.comments_heading"),
        ("Jajak Pendapat", "other.poll_heading"),
        ("Situs ini menggunakan cookie agar Anda mendapat pengalaman terbaik.", "other.cookie_notice"),
        ("Accept All Cookies", "other.cookie_notice"),
        ("Nama *", "other.form_field"),
        ("3 / 12", "pagination.page_nav"),
        ("Buka di Aplikasi", "promo.app"),
        ("Nikmati berita lebih cepat lewat aplikasi kami", "promo.app"),
        ("Sign up to get our top stories sent to your inbox.", "promo.subscribe"),
        ("Dukung Kabarpapua.co dengan berlangganan edisi digital.", "promo.donation"),
        ("Nelayan menarik perahu di Pantai Lasiana. Image: Antara", "caption.photo_credit"),
        ("Foto Lainnya", "related.list_heading"),
        ("Informasi lebih lanjut:", "other.contact_heading"),
    ],
)
def test_phrase_rules_from_the_eighth_blind_batch(line: str, reason: str) -> None:
    matched = match_form(line)  # as the cleaner hands it over: "»" becomes a straight quote
    assert phrase_reason(matched, len(matched.split())) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Lagu \" Ukiyo Crossing \"",
        "Pagerwatu / Ciekek.",
        "400",
        "Google berhenti menggunakan cookie pihak ketiga di peramban Chrome.",
        "Warga dapat melapor melalui aplikasi PLN Mobile yang tersedia gratis.",
        "Pada 12 Maret 2025, ia meninggal dunia.",
    ],
)
def test_body_lines_near_the_eighth_batch_rules_stay(line: str) -> None:
    assert phrase_reason(line, len(line.split())) is None


def test_comment_section_after_the_article_goes_to_the_end() -> None:
    raw = (
        "Judul Berita tentang Jalan yang Longsor di Sumatera Barat\n"
        "Jalan nasional di Lembah Anai kembali dibuka satu jalur setelah longsor kemarin.\n"
        "Polisi mengatur arus kendaraan dengan sistem buka tutup di lokasi longsor.\n"
        "2 Komentar\n"
        "Andi · 1 jam yang lalu\n"
        "Semoga cepat diperbaiki karena jalan ini sangat penting bagi warga kami.\n"
    )
    cleaned = clean_article(raw)
    assert cleaned.clean_text.splitlines()[-1].startswith("Polisi mengatur")


def test_comment_counter_in_the_head_keeps_the_article() -> None:
    raw = (
        "Judul Berita tentang Jalan yang Longsor di Sumatera Barat\n"
        "0 Comments\n"
        "Jalan nasional di Lembah Anai kembali dibuka satu jalur setelah longsor kemarin.\n"
        "Polisi mengatur arus kendaraan dengan sistem buka tutup di lokasi longsor.\n"
    )
    assert "Polisi mengatur" in clean_article(raw).clean_text


def test_footer_menu_after_the_article_goes_but_a_list_under_the_paragraph_stays() -> None:
    footer = (
        "Harga Cabai Turun di Pasar Tradisional Kota Padang Pekan Ini\n"
        "Harga cabai merah di pasar tradisional Kota Padang turun menjadi Rp40.000 per kilogram.\n"
        "Redaksi\n"
        "Pedoman Media Siber\n"
        "Tentang Kami\n"
        "Copyright © 2025 Harian Contoh\n"
    )
    assert "Pedoman Media Siber" not in clean_article(footer).clean_text
    listed = (
        "Jadwal Pertandingan Persib Bandung Bulan April di Liga 1\n"
        "Persib Bandung akan menjalani tiga laga kandang pada bulan April mendatang.\n"
        "Persib vs Persija\n"
        "Persib vs Arema FC\n"
    )
    assert "Persib vs Arema FC" in clean_article(listed).clean_text


def test_a_tagline_heading_above_the_headline_does_not_take_it() -> None:
    raw = (
        "Aceh Journal National Network\n"
        "DPRA Minta Pemerintah Aceh Percepat Pencairan Dana Otsus 2025\n"
        "Banda Aceh - Dewan Perwakilan Rakyat Aceh meminta pemerintah mempercepat pencairan dana otsus.\n"
    )
    assert clean_article(raw).title == "DPRA Minta Pemerintah Aceh Percepat Pencairan Dana Otsus 2025"
