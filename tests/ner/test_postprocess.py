"""Article-level corrections, on hand-made spans."""

import pytest

from pipeline.ner.lexicon import Lexicon
from pipeline.ner.postprocess import postprocess

LEXICON = Lexicon(
    {"Rusia": "LOC", "Amerika Serikat": "LOC", "Arab Saudi": "LOC", "Lima": "LOC", "Yunani": "LOC", "Bali": "LOC", "Beijing": "LOC"},
    {},
    frozenset({"kata", "bin"}),
    {w: (5, "r") for w in ("puji", "mental", "pemain", "periksa", "lima", "saksi", "badan", "meteorologi", "kembali", "dibuka",
                           "kawasan", "permukiman", "klimatologi", "geofisika", "sumber", "daya")},
)


def _run(text: str, spans: list[tuple[int, int, str]], headlines: frozenset[int] = frozenset()) -> list[tuple[str, str]]:
    words = text.split()
    return [(" ".join(words[s:e]), label) for s, e, label in postprocess(words, spans, LEXICON, headlines)]


def test_country_is_cut_from_a_title_person() -> None:
    assert _run("Presiden Rusia Vladimir Putin tiba", [(1, 4, "PER")]) == [("Rusia", "LOC"), ("Vladimir Putin", "PER")]


def test_bracketed_acronym_takes_the_name_label() -> None:
    assert _run("Amerika Serikat ( AS ) menolak", [(0, 2, "LOC")]) == [("Amerika Serikat", "LOC"), ("AS", "LOC")]


def test_surfaces_and_person_parts_spread_over_the_article() -> None:
    text = "Vladimir Putin ke China . Putin bertemu Xi di China , kata Putin"
    assert _run(text, [(0, 2, "PER"), (3, 4, "LOC")]) == [
        ("Vladimir Putin", "PER"), ("China", "LOC"), ("Putin", "PER"), ("China", "LOC"), ("Putin", "PER")
    ]


def test_labels_follow_the_article_majority() -> None:
    text = "Rusia menyerang . Rusia menolak . Rusia diam"
    assert {label for _, label in _run(text, [(0, 1, "LOC"), (3, 4, "LOC"), (6, 7, "ORG")])} == {"LOC"}


def test_lowercase_spans_are_dropped() -> None:
    assert _run("kata presiden itu", [(1, 2, "PER")]) == []


def test_coordinated_known_names_are_cut_apart() -> None:
    assert _run("Rusia dan Amerika Serikat menolak", [(0, 4, "ORG")]) == [("Rusia", "LOC"), ("Amerika Serikat", "LOC")]


def test_headed_organisation_takes_its_place() -> None:
    text = "sekretaris Dewan Keamanan Rusia , Nikolai Patrushev"
    assert _run(text, [(3, 4, "LOC"), (5, 7, "PER")]) == [("Dewan Keamanan Rusia", "ORG"), ("Nikolai Patrushev", "PER")]


def test_titles_are_cut_and_person_parts_win() -> None:
    text = "Irjen Alexander Marwata tiba . kata Alexander"
    assert _run(text, [(0, 3, "PER"), (6, 7, "ORG")]) == [("Alexander Marwata", "PER"), ("Alexander", "PER")]


def test_directions_join_the_place_they_precede() -> None:
    assert _run("dengan Timur Jauh Rusia ,", [(1, 3, "LOC"), (3, 4, "LOC")]) == [("Timur Jauh Rusia", "LOC")]
    assert _run("wilayah Barat Xinjiang ,", [(2, 3, "LOC")]) == [("Xinjiang", "LOC")]


def test_lowercase_edges_are_trimmed() -> None:
    assert _run("kemajuan pasukan Ukraina di", [(1, 3, "ORG")]) == [("Ukraina", "ORG")]


def test_a_lowercase_word_inside_a_span_cuts_it() -> None:
    """Fixtures blind5_tvri_ekspor and 121_bbc_iklim; the lone "Badan" left over is dropped. The
    parts keep the tagger's label (a place gets its own from the tagger, test_init.py)."""
    text = "Kementerian Perdagangan mencatat Arab Saudi dan Mesir"
    assert _run(text, [(0, 5, "ORG")]) == [("Kementerian Perdagangan", "ORG"), ("Arab Saudi", "ORG")]
    assert _run("Badan meteorologi Yunani memperingatkan", [(0, 3, "ORG")]) == [("Yunani", "ORG")]


def test_linking_words_stay_inside_a_name() -> None:
    assert _run("Badan PBB untuk Pengungsi ( UNHCR )", [(0, 4, "ORG")])[0] == ("Badan PBB untuk Pengungsi", "ORG")


def test_headline_verbs_are_cut_from_names() -> None:
    text = "Kluivert Puji Mental Pemain . KPK Periksa Lima Saksi"
    spans = [(0, 3, "PER"), (5, 8, "ORG")]
    assert _run(text, spans, frozenset(range(10))) == [("Kluivert", "PER"), ("KPK", "ORG"), ("Lima", "ORG")]
    assert _run(text, spans) == [("Kluivert Puji Mental", "PER"), ("KPK Periksa Lima", "ORG")]  # not a headline


def test_a_tagged_headed_organisation_takes_the_capitalised_rest() -> None:
    text = "di Kementerian Energi dan Sumber Daya Mineral menemukan"
    assert _run(text, [(1, 5, "ORG")]) == [("Kementerian Energi dan Sumber Daya Mineral", "ORG")]


def test_abbreviated_titles_and_rank_qualifiers_are_cut_from_persons() -> None:
    assert _run("kata Rektor Unhas Prof. Dr. Ir. Jamaluddin Jompa", [(1, 8, "PER")]) == [("Jamaluddin Jompa", "PER")]
    assert _run("kata Kombes Pol Mustofa kemarin", [(1, 4, "PER")]) == [("Mustofa", "PER")]
    assert _run("Ketua tim , Dr. Lailatul Muniroh", [(3, 6, "PER")]) == [("Lailatul Muniroh", "PER")]


def test_an_initial_stays_in_a_person_name() -> None:
    assert _run("kata Singgih B. Prasetyo kemarin", [(1, 4, "PER")]) == [("Singgih B. Prasetyo", "PER")]


def test_a_headed_organisation_takes_dan_between_capitalised_words_and_its_scope() -> None:
    text = "Kepala Dinas Perumahan dan Kawasan Permukiman Kota Palu mengatakan"
    assert _run(text, [(1, 3, "ORG")]) == [("Dinas Perumahan dan Kawasan Permukiman Kota Palu", "ORG")]


def test_dan_before_another_headed_name_ends_the_organisation() -> None:
    text = "kata Badan Pangan dan Badan Gizi kemarin"
    assert _run(text, []) == [("Badan Pangan", "ORG"), ("Badan Gizi", "ORG")]


def test_a_headed_organisation_stops_at_a_rank() -> None:
    text = "Kasat Lantas Polrestabes Makassar AKBP Zulkarnain mengatakan"
    assert ("Polrestabes Makassar", "ORG") in _run(text, [(5, 6, "PER")])


def test_a_local_government_is_an_organisation_but_a_foreign_one_is_its_place() -> None:
    assert _run("Pemerintah Kota Padang menyiapkan posko", []) == [("Pemerintah Kota Padang", "ORG")]
    assert _run("Pemerintah Beijing menolak", [(1, 2, "LOC")]) == [("Beijing", "LOC")]


def test_a_place_head_opens_a_place_whatever_the_tagger_said() -> None:
    assert _run("meresmikan Bendungan Jragung kemarin", [(1, 3, "PER")]) == [("Bendungan Jragung", "LOC")]
    assert _run("berbeda dengan Pasar Tanah Abang yang", []) == [("Pasar Tanah Abang", "LOC")]


def test_a_known_place_ending_a_building_is_a_place_of_its_own() -> None:
    text = "di Bandara I Gusti Ngurah Rai Bali akan"
    assert _run(text, [(1, 7, "LOC")]) == [("Bandara I Gusti Ngurah Rai", "LOC"), ("Bali", "LOC")]


def test_a_place_name_stops_at_a_headline_verb() -> None:
    text = "Jalan Lembah Anai Kembali Dibuka Satu Jalur"
    assert _run(text, [], headlines=frozenset(range(7)))[:1] == [("Jalan Lembah Anai", "LOC")]


def test_a_verb_form_the_dictionary_does_not_know_is_cut_from_a_headline_name() -> None:
    text = "Pencuri Kabel di Medan Johor Dibekuk Polisi"
    assert _run(text, [(3, 6, "PER")], headlines=frozenset(range(7))) == [("Medan Johor", "PER")]


def test_an_amount_is_no_part_of_a_name() -> None:
    assert _run("harga di Kupang Tembus Rp60 ribu", [(3, 5, "PER")]) == [("Tembus", "PER")]


def test_a_company_word_makes_a_name_an_organisation() -> None:
    assert _run("startup Eden Farm mendapat dana", [(1, 3, "PER")]) == [("Eden Farm", "ORG")]


def test_a_lone_title_word_is_no_name() -> None:
    assert _run("Wali Kota Cirebon meninjau pasar", [(0, 1, "ORG"), (2, 3, "LOC")]) == [("Cirebon", "LOC")]


def test_an_acronym_is_no_person() -> None:
    assert _run("menurut ACLU putusan itu", [(1, 2, "PER")]) == [("ACLU", "ORG")]


def test_a_common_word_closing_a_headline_name_is_cut() -> None:
    lexicon = Lexicon({"Naik": "PER"}, {}, frozenset({"naik"}), {})
    words = "Wisatawan ke Danau Toba Naik".split()
    assert postprocess(words, [(2, 5, "LOC")], lexicon, frozenset(range(5))) == [(2, 4, "LOC")]


def test_commas_listing_a_bodys_parts_stay_in_its_name() -> None:
    words = "Badan Meteorologi , Klimatologi , dan Geofisika mengimbau warga".split()
    assert postprocess(words, [(0, 2, "ORG")], LEXICON) == [(0, 7, "ORG")]


def test_places_listed_after_an_area_head_are_names_of_their_own() -> None:
    words = "banjir di Kecamatan Puncu dan Kepung".split()
    assert postprocess(words, [], LEXICON) == [(3, 4, "LOC")]


def test_a_headed_name_stops_at_the_next_sentence() -> None:
    words = "Turbin Angin di Laut Utara Pemerintah Jerman menyetujui".split()
    assert postprocess(words, [], LEXICON, starts=frozenset({0, 5})) == [(3, 5, "LOC")]


def test_an_office_alone_after_its_acronym_is_an_organisation() -> None:
    assert _run("kata BPBD Samarinda kemarin", [(1, 3, "PER")]) == [("BPBD Samarinda", "ORG")]


def test_a_sentence_opening_word_the_article_writes_in_lower_case_is_no_name() -> None:
    words = "Cahaya matahari terdiri dari banyak warna . Warna cahaya biru mudah dihamburkan".split()
    assert postprocess(words, [(0, 1, "PER")], LEXICON, starts=frozenset({0, 7})) == []
    assert postprocess(words, [(0, 1, "PER")], LEXICON) == [(0, 1, "PER")]  # mid-sentence: a name


def test_a_body_takes_in_the_body_it_belongs_to() -> None:
    words = "anggota Komisi VIII DPR menolak".split()
    assert postprocess(words, [(3, 4, "ORG")], LEXICON) == [(1, 4, "ORG")]


def test_a_one_word_name_next_to_a_speech_verb_is_a_person() -> None:
    assert _run("Kepala BTNGR , Yarman , mengatakan", [(3, 4, "LOC")]) == [("Yarman", "PER")]
    assert _run("hal itu , kata Yarman", [(4, 5, "LOC")]) == [("Yarman", "PER")]


def test_a_known_place_before_a_name_is_cut_off() -> None:
    """Not a first name that is also a known place ("Vladimir")."""
    lexicon = Lexicon({"Mojokerto": "LOC", "Vladimir": "LOC"}, {}, frozenset(), {})
    words = "Kapolres Mojokerto Ika Puspitasari , Vladimir Putin".split()
    assert postprocess(words, [(1, 4, "PER"), (5, 7, "PER")], lexicon) == [(1, 2, "LOC"), (2, 4, "PER"), (5, 7, "PER")]


def test_an_organisation_span_is_not_cut_by_shape() -> None:
    """The tagger cuts a holder off a body itself ("Komisi III DPR | Habiburokhman", test_init.py);
    a rule cutting by the words' shape took company names apart."""
    lexicon = Lexicon({"PT Konawe": "ORG"}, {}, frozenset(), {})
    words = "smelter PT Konawe Mega Nickel di Morosi".split()
    assert postprocess(words, [(1, 5, "ORG")], lexicon) == [(1, 5, "ORG")]


def test_honorifics_are_no_part_of_a_name() -> None:
    assert _run("menurut Sheikh Mohammed kemarin", [(1, 3, "PER")]) == [("Mohammed", "PER")]


def test_dan_before_a_proper_name_ends_a_body_and_english_links_stay_in_it() -> None:
    lexicon = Lexicon({}, {}, frozenset(), {"kebudayaan": (5, "d"), "pariwisata": (5, "r")})
    words = "Bank Syariah Indonesia dan Baznas menyalurkan".split()
    assert postprocess(words, [], lexicon) == [(0, 3, "ORG")]
    words = "Dinas Kebudayaan dan Pariwisata Banyuwangi menggelar".split()
    assert postprocess(words, [], lexicon) == [(0, 5, "ORG")]
    words = "peneliti Institute for Criminal Justice Reform menilai".split()
    assert postprocess(words, [(3, 6, "PER")], lexicon) == [(1, 6, "ORG")]


def test_a_hospital_is_an_organisation() -> None:
    assert _run("dirawat di RSUD Tebet sejak Senin", [(2, 4, "LOC")]) == [("RSUD Tebet", "ORG")]


def test_commas_between_bodies_of_their_own_keep_them_apart() -> None:
    words = "Kementerian Keuangan , Bank Indonesia , dan OJK sepakat".split()
    assert postprocess(words, [(0, 2, "ORG"), (3, 5, "ORG"), (7, 8, "ORG")], LEXICON) == [(0, 2, "ORG"), (3, 5, "ORG"), (7, 8, "ORG")]


def test_a_known_headline_name_keeps_its_common_last_word() -> None:
    lexicon = Lexicon({"Gedung Putih": "ORG"}, {}, frozenset({"putih"}), {})
    words = "Trump Kembali ke Gedung Putih".split()
    assert postprocess(words, [(3, 5, "ORG")], lexicon, frozenset(range(5))) == [(3, 5, "ORG")]


def test_a_place_head_does_not_take_in_the_holder() -> None:
    lexicon = Lexicon({"Partai Golkar": "ORG", "Banyumas": "LOC", "Ternate": "LOC"}, {}, frozenset(), {})

    def run(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
        words = text.split()
        return [(" ".join(words[s:e]), label) for s, e, label in postprocess(words, spans, lexicon)]

    # a place's head does not take in the holder after an office; a village head's area stays a place
    assert run("Ketua Paguyuban Pedagang Pasar Jongke Sri Wahyuni mengatakan", [(5, 7, "PER")]) == [
        ("Pasar Jongke", "LOC"), ("Sri Wahyuni", "PER")]
    assert run("kata Kepala Desa Jada Bahrin kemarin", [(3, 5, "PER")]) == [("Jada Bahrin", "LOC")]


def test_given_names_royal_titles_and_honorifics() -> None:
    lexicon = Lexicon({}, {}, frozenset(), {"dewa": (4, "r")})

    def run(text: str, span: tuple[int, int, str]) -> list[str]:
        words = text.split()
        return [" ".join(words[s:e]) for s, e, _ in postprocess(words, [span], lexicon)]

    assert run("tunggal putri Putri Kusuma Wardani menang", (2, 5, "PER")) == ["Putri Kusuma Wardani"]
    assert run("kata Ratu Dewa kemarin", (1, 3, "PER")) == ["Ratu Dewa"]  # Palembang's mayor
    assert run("kata Raja Salman kemarin", (1, 3, "PER")) == ["Salman"]
    assert run("makam Hadratussyaikh KH Hasyim Asy'ari di", (1, 5, "PER")) == ["Hasyim Asy'ari"]
    # the honorific leaves the body; the holder after it is a person (see tag_office_holders)
    assert run("Pengasuh Pondok Pesantren Tebuireng KH Abdul Hakim", (1, 5, "ORG")) == ["Pondok Pesantren Tebuireng", "Abdul Hakim"]


def test_a_racing_team_is_an_organisation() -> None:
    words = "pembalap Gresini Racing finis".split()
    assert postprocess(words, [(1, 3, "PER")], LEXICON) == [(1, 3, "ORG")]


def test_job_titles_ranks_and_title_phrases_are_cut_from_names() -> None:
    lexicon = Lexicon({"Manggarai": "LOC"}, {}, frozenset(), {})

    def run(text: str, span: tuple[int, int, str]) -> list[tuple[str, str]]:
        words = text.split()
        return [(" ".join(words[s:e]), label) for s, e, label in postprocess(words, [span], lexicon)]

    assert run("Chief Executive Officer Danantara Rosan Roeslani berkata", (1, 6, "PER")) == [("Danantara Rosan Roeslani", "PER")]
    assert run("kata Kapolda Sumut Irjen Pol Whisnu Hermawan Februanto kemarin", (2, 8, "PER")) == [
        ("Whisnu Hermawan Februanto", "PER")]
    assert run("Menteri Luar Negeri Sugiono bertemu", (2, 4, "PER")) == [("Sugiono", "PER")]


def test_agency_offices_and_more_place_heads() -> None:
    lexicon = Lexicon({"Manggarai": "LOC"}, {}, frozenset(), {})

    def run(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
        words = text.split()
        return [(" ".join(words[s:e]), label) for s, e, label in postprocess(words, spans, lexicon)]

    assert run("kata BPBD Aceh Utara kemarin", [(1, 4, "LOC")]) == [("BPBD Aceh Utara", "ORG")]
    assert run("banjir dari Krueng Pase dan Kali Ciliwung", [(2, 4, "PER")]) == [("Krueng Pase", "LOC"), ("Kali Ciliwung", "LOC")]
    # a head of two words keeps the known place closing the name inside it
    assert run("tiba di Pintu Air Manggarai pagi", [(2, 5, "ORG")]) == [("Pintu Air Manggarai", "LOC")]


def test_balinese_name_words_and_affixed_openers() -> None:
    words = "Almarhumah I Gusti Ayu Raka Rasmi wafat".split()
    assert postprocess(words, [(4, 6, "PER")], LEXICON) == [(1, 6, "PER")]
    words = "kata Made Raka hadir".split()  # the run must reach a particle
    assert postprocess(words, [(2, 3, "PER")], LEXICON) == [(2, 3, "PER")]
    lexicon = Lexicon({}, {}, frozenset(), {"sundulan": (3, "d"), "budi": (5, "r")})
    words = "Sundulan Sayed Baqer membobol gawang . Budi Santoso mencetak gol".split()
    assert postprocess(words, [(0, 3, "PER"), (6, 8, "PER")], lexicon, starts=frozenset({0, 6})) == [(1, 3, "PER"), (6, 8, "PER")]


def test_an_office_holder_the_tagger_left_out_is_a_person() -> None:
    lexicon = Lexicon({"Korea Utara": "LOC", "Lampung": "LOC"}, {}, frozenset(), {"resmikan": (4, "d"), "jembatan": (5, "r")})
    words = "Pemimpin Korea Utara Kim Jong-un tiba".split()
    assert postprocess(words, [(1, 3, "LOC")], lexicon) == [(1, 3, "LOC"), (3, 5, "PER")]
    words = "Kapolda Lampung Irjen Pol Helmy Santika mengatakan".split()  # ranks are no name
    assert postprocess(words, [(1, 2, "LOC")], lexicon) == [(1, 2, "LOC"), (4, 6, "PER")]
    words = "Gubernur Lampung Resmikan Jembatan".split()  # words of the language are no holder
    assert postprocess(words, [(1, 2, "LOC")], lexicon) == [(1, 2, "LOC")]


def test_patronymics_and_title_words() -> None:
    lexicon = Lexicon({"Blora": "LOC"}, {}, frozenset(), {"korupsi": (5, "r")})
    words = "Perdana Menteri Mohammed bin Abdulrahman Al Thani menyatakan".split()
    assert postprocess(words, [(2, 3, "PER"), (4, 7, "PER")], lexicon) == [(2, 7, "PER")]
    words = "kata pedagang Rosmawati br Ginting kemarin".split()
    assert postprocess(words, [(2, 3, "PER"), (4, 5, "PER")], lexicon) == [(2, 5, "PER")]
    words = "umat di Besakih Jro Mangku Wayan Suarta memimpin".split()  # a Balinese priest's title
    assert postprocess(words, [(2, 7, "PER")], lexicon) == [(5, 7, "PER")]
    # "Kadinsos" (Kepala Dinas Sosial) is a title; a headline's capitalised words are no holder
    words = "Kejati Tahan Eks Kadinsos Blora Tersangka Korupsi Bansos".split()
    assert [(s, e) for s, e, _ in postprocess(words, [(3, 5, "PER")], lexicon, headlines=frozenset(range(8)))] == [(4, 5)]


def test_a_body_ends_at_dan_after_its_scope() -> None:
    lexicon = Lexicon({"Jambi": "LOC", "Indonesia": "LOC"}, {}, frozenset(), {w: (5, "r") for w in ("bea", "cukai", "energi", "sumber")})
    words = "tim Polda Jambi dan Bea Cukai menangkap".split()
    assert postprocess(words, [(1, 6, "ORG")], lexicon) == [(1, 3, "ORG"), (4, 6, "ORG")]
    words = "Kodim 1207/Pontianak dan Satpol PP berjaga".split()
    assert postprocess(words, [(0, 5, "ORG")], lexicon) == [(0, 2, "ORG"), (3, 5, "ORG")]
    words = "Kementerian Energi dan Sumber Daya Mineral menyatakan".split()  # its own name goes on
    assert postprocess(words, [(0, 6, "ORG")], lexicon) == [(0, 6, "ORG")]


def test_a_building_named_by_heads_keeps_its_last_word_and_clergy_titles_close_no_name() -> None:
    lexicon = Lexicon({"Perak": "LOC", "Surabaya": "LOC"}, {}, frozenset(), {})
    words = "kapal di Pelabuhan Tanjung Perak Surabaya".split()  # the town after it is a name of its own
    assert postprocess(words, [(2, 5, "LOC")], lexicon) == [(2, 5, "LOC"), (5, 6, "LOC")]
    words = "Ketua Umum PGI Pdt Jacky Manuputty".split()
    assert postprocess(words, [(2, 4, "ORG"), (4, 6, "PER")], lexicon) == [(2, 3, "ORG"), (4, 6, "PER")]


def test_academic_degrees_after_a_name_are_no_names() -> None:
    lexicon = Lexicon({}, {}, frozenset(), {})
    words = "kata Budi Santoso , S.E. , M.Si dan Rina Siregar M.T. serta MA".split()
    spans = [(1, 3, "PER"), (4, 5, "ORG"), (6, 7, "ORG"), (8, 11, "PER"), (12, 13, "ORG")]
    assert postprocess(words, spans, lexicon) == [(1, 3, "PER"), (8, 10, "PER"), (12, 13, "ORG")]


def test_a_direction_or_a_known_whole_name_is_no_town_after_a_place() -> None:
    """"Selatan" may be a known LOC alone (a corpus surface), but it closes "Laut China Selatan"."""
    lexicon = Lexicon({"Selatan": "LOC", "Krakatau": "LOC", "Gunung Anak Krakatau": "LOC"}, {}, frozenset(), {})
    words = "kapal di Laut China Selatan dekat Gunung Anak Krakatau".split()
    assert postprocess(words, [(2, 5, "LOC"), (6, 9, "LOC")], lexicon) == [(2, 5, "LOC"), (6, 9, "LOC")]


def test_an_agency_and_its_area_are_one_office() -> None:
    lexicon = Lexicon({"Jawa Tengah": "LOC", "Kabupaten Garut": "LOC"}, {}, frozenset(), {})
    words = "data BPS Jawa Tengah dan BPBD Kabupaten Garut serta BMKG Stasiun Juanda".split()
    spans = [(1, 2, "ORG"), (2, 4, "LOC"), (5, 6, "ORG"), (6, 8, "LOC"), (9, 10, "ORG"), (10, 12, "LOC")]
    assert postprocess(words, spans, lexicon) == [(1, 4, "ORG"), (5, 8, "ORG"), (9, 10, "ORG"), (10, 12, "LOC")]


def test_a_company_tail_opens_no_person() -> None:
    words = "Direktur PT Bank Rakyat Indonesia ( Persero ) Tbk Sunarso berkata".split()
    assert [span for span in postprocess(words, [(8, 10, "PER")], LEXICON) if span[2] == "PER"] == [(9, 10, "PER")]


def test_brackets_cut_spans_and_touching_person_spans_join() -> None:
    words = "kata Kementerian Perindustrian ( Kemenperin ) dan PT PLN ( Persero ) Tbk".split()
    assert postprocess(words, [(1, 5, "ORG"), (7, 12, "ORG"), (12, 13, "PER")], LEXICON) == [
        (1, 3, "ORG"), (4, 5, "ORG"), (7, 12, "ORG")]
    words = "Bupati Maluku Tengah Zulkarnain Awat Amir mengatakan , Jaksa Agung ST Burhanuddin".split()
    # "Agung" closes the title "Jaksa Agung": it joins no name (the tagger's lone span stays as it is)
    assert postprocess(words, [(3, 5, "PER"), (5, 6, "PER"), (9, 10, "PER"), (10, 12, "PER")], LEXICON) == [
        (3, 6, "PER"), (9, 10, "PER"), (10, 12, "PER")]


def test_a_road_named_by_road_words_keeps_its_place() -> None:
    lexicon = Lexicon({"Sulawesi": "LOC", "Bandar Lampung": "LOC"}, {}, frozenset(), {})
    words = "longsor di Jalan Trans Sulawesi dan Jalan Soekarno-Hatta Bandar Lampung".split()
    assert postprocess(words, [(2, 4, "LOC"), (4, 5, "LOC"), (6, 7, "LOC"), (8, 10, "LOC")], lexicon) == [
        (2, 5, "LOC"), (6, 8, "LOC"), (8, 10, "LOC")]


def test_european_particles_and_a_country_before_a_player() -> None:
    lexicon = Lexicon({"Denmark": "LOC", "Jakarta": "LOC"}, {}, frozenset(), {})
    words = "kata Ursula von der Leyen dan Virgil van Dijk".split()
    assert postprocess(words, [(1, 2, "PER"), (6, 7, "PER")], lexicon) == [(1, 5, "PER"), (6, 9, "PER")]
    words = "ganda Denmark Kim Astrup di Jakarta International Stadium".split()
    assert postprocess(words, [(1, 4, "LOC"), (5, 8, "LOC")], lexicon) == [(1, 2, "LOC"), (2, 4, "PER"), (5, 8, "LOC")]


def test_given_and_sasak_names_before_a_person_and_ranks_closing_a_body() -> None:
    words = "juara Putri Kusuma Wardani dan sprinter Lalu Muhammad Zohri . Lalu Budi pulang".split()
    spans = [(2, 4, "PER"), (7, 9, "PER"), (11, 12, "PER")]
    assert postprocess(words, spans, LEXICON, starts=frozenset({0, 10})) == [(1, 4, "PER"), (6, 9, "PER"), (11, 12, "PER")]
    words = "Direktur Polda Bali Kombes Pol Made Astawa Wiguna menjelaskan".split()
    assert postprocess(words, [(1, 5, "ORG"), (5, 8, "PER")], LEXICON) == [(1, 3, "ORG"), (5, 8, "PER")]


def test_a_weather_station_is_an_office_and_two_unknown_capitals_are_initials() -> None:
    lexicon = Lexicon({"Bitung": "LOC"}, {}, frozenset(), {})
    words = "menurut Stasiun Meteorologi Maritim Bitung hari ini".split()
    assert postprocess(words, [(1, 5, "LOC")], lexicon) == [(1, 5, "ORG")]
    words = "di Jalan Jenderal Besar AH Nasution Medan".split()
    assert [span for span in postprocess(words, [(4, 6, "PER")], lexicon) if span[2] == "PER"] == [(4, 6, "PER")]


ONE_SPAN_SET_CASES = {
    "a venue is a place whatever company word it holds": (
        "KTT di Kuala Lumpur Convention Centre dan Ngurah Rai Airport",
        [(2, 6, "ORG"), (7, 10, "PER")], [(2, 6, "LOC"), (7, 10, "LOC")]),
    "a body ends at dan before another body": (
        "koordinasi Kementerian Pertanian dan Kementerian Perdagangan serta Kantor Kesyahbandaran dan Otoritas Pelabuhan",
        [(1, 6, "ORG"), (7, 11, "ORG")], [(1, 3, "ORG"), (4, 6, "ORG"), (7, 11, "ORG")]),
    "courts and prisons are bodies": (
        "disidangkan di Pengadilan Negeri Jakarta Timur dan ditahan di Rutan Kelas I Semarang",
        [(2, 6, "LOC"), (9, 10, "LOC")], [(2, 6, "ORG"), (9, 13, "ORG")]),
    "a lone day or month is no name": (
        "laga digelar Ahad malam selama Ramadhan di Bali", [(2, 3, "PER"), (5, 6, "PER"), (7, 8, "LOC")], [(7, 8, "LOC")]),
}


@pytest.mark.parametrize(("text", "spans", "expected"), ONE_SPAN_SET_CASES.values(), ids=ONE_SPAN_SET_CASES)
def test_a_rule_on_one_sentence(text: str, spans: list, expected: list) -> None:
    assert postprocess(text.split(), spans, LEXICON) == expected


def test_known_names_the_tagger_left_out_are_added_but_its_labels_stay() -> None:
    """A known place closing a longer untagged name is not added ("Kiwoom Sekuritas Indonesia");
    a span that is a known name keeps the tagger's label ("Gedung Putih" as the office)."""
    lexicon = Lexicon({"Indonesia": "LOC", "Rusia": "LOC", "Gedung Putih": "LOC"}, {}, frozenset(), {})
    words = "analis Kiwoom Sekuritas Indonesia menilai . Rusia menyerang dan Presiden Rusia tiba".split()
    assert postprocess(words, [], lexicon, starts=frozenset({0, 6})) == [(6, 7, "LOC"), (10, 11, "LOC")]
    words = "kata Gedung Putih kemarin".split()
    assert postprocess(words, [(1, 3, "ORG")], lexicon) == [(1, 3, "ORG")]
