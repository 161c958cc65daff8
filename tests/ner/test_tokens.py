"""Tokeniser offsets and glued-name splitting."""

from pipeline.ner.tokens import sentences, split_glued, split_hyphenated_places, tokenize

NAMES = {"Prabowo", "Subianto", "Iran"}
WORDS = {"masih", "melesat", "rudal", "presiden", "di"}


def _split(text: str) -> list[str]:
    return [t.text for t in split_glued(tokenize(text), NAMES.__contains__, WORDS.__contains__)]


def test_offsets_point_into_the_text() -> None:
    text = "Sekjen “Perserikatan Bangsa-Bangsa” (PBB) menolak pakta Rusia-Tiongkok, kata A.S. Dr. Budi."
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens][:8] == ["Sekjen", "“", "Perserikatan", "Bangsa-Bangsa", "”", "(", "PBB", ")"]
    assert "Rusia-Tiongkok" in [t.text for t in tokens]


def test_sentences_break_at_final_punctuation_and_newlines() -> None:
    text = "Putin tiba. Xi menyambut\nBeijing cerah"
    assert [[t.text for t in s] for s in sentences(text, tokenize(text))] == [
        ["Putin", "tiba", "."], ["Xi", "menyambut"], ["Beijing", "cerah"]
    ]


def test_glued_names_are_split_with_original_offsets() -> None:
    text = "PresidenPrabowo Subiantomasih menonton rudalIranmelesat."
    tokens = split_glued(tokenize(text), NAMES.__contains__, WORDS.__contains__)
    assert [t.text for t in tokens] == ["Presiden", "Prabowo", "Subianto", "masih", "menonton", "rudal", "Iran", "melesat", "."]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_unknown_camel_case_stays_whole() -> None:
    assert _split("YouTube dan McDonald") == ["YouTube", "dan", "McDonald"]
    assert _split("Iranian") == ["Iranian"]


def test_a_capitalised_word_of_the_language_is_not_split() -> None:
    """"Bencana dan Darurat Turki" (fixture blind2_anadolu_gaza) once became "Dar" + "urat"."""
    tokens = split_glued(tokenize("Darurat Turki"), {"Dar", "Turki"}.__contains__, {"urat", "darurat"}.__contains__)
    assert [t.text for t in tokens] == ["Darurat", "Turki"]


def test_glued_preposition_is_split() -> None:
    assert _split("diIran") == ["di", "Iran"]


def test_titles_and_initials_keep_their_period_and_the_sentence() -> None:
    text = "Kata Dr. Budi dan J. Kirby di Jl. Sudirman. Putin tiba."
    assert [[t.text for t in s] for s in sentences(text, tokenize(text))] == [
        ["Kata", "Dr.", "Budi", "dan", "J.", "Kirby", "di", "Jl.", "Sudirman", "."], ["Putin", "tiba", "."]
    ]


def test_a_dictionary_word_is_never_split() -> None:
    tokens = split_glued(tokenize("Dinas Pariwisata"), {"Pari"}.__contains__, {"wisata"}.__contains__,
                         {"pariwisata"}.__contains__)
    assert [t.text for t in tokens] == ["Dinas", "Pariwisata"]


def test_a_short_name_is_not_peeled_off() -> None:
    tokens = split_glued(tokenize("Sulsel"), {"Sul"}.__contains__, {"sel"}.__contains__)
    assert [t.text for t in tokens] == ["Sulsel"]


def test_a_long_word_glued_to_an_unknown_name_and_a_name_glued_to_a_known_place_are_split() -> None:
    words = {"mengatakan", "diputra"}.__contains__  # the affix pattern takes "diputra" for a word
    tokens = split_glued(tokenize("Yuli Andriyantomengatakan"), set().__contains__, words, {"mengatakan"}.__contains__)
    assert [t.text for t in tokens] == ["Yuli", "Andriyanto", "mengatakan"]
    # after an unknown name the long word must be the dictionary's: "Kokodiputra" is a name
    tokens = split_glued(tokenize("Juan Laurent Kokodiputra"), set().__contains__, words, {"mengatakan"}.__contains__)
    assert [t.text for t in tokens] == ["Juan", "Laurent", "Kokodiputra"]
    tokens = split_glued(tokenize("ShizuokaYasutomo"), {"Shizuoka"}.__contains__, set().__contains__)
    assert [t.text for t in tokens] == ["Shizuoka", "Yasutomo"]


def test_a_village_name_is_not_peeled() -> None:
    tokens = split_glued(tokenize("Desa Sukamaju"), {"Suka"}.__contains__, {"maju"}.__contains__)
    assert [t.text for t in tokens] == ["Desa", "Sukamaju"]


def test_a_word_that_closes_names_is_not_peeled() -> None:
    """"putra", "ningrat" and "negara" are words, but "Soekarnoputra", "Hendraningrat" and "Jatinegara" are names."""
    is_name, is_word = {"Soekarno", "Hendra", "Subianto"}.__contains__, {"putra", "ningrat", "masih"}.__contains__
    assert [t.text for t in split_glued(tokenize("Guruh Soekarnoputra"), is_name, is_word)] == ["Guruh", "Soekarnoputra"]
    assert [t.text for t in split_glued(tokenize("Hendraningrat Subiantomasih"), is_name, is_word)] == [
        "Hendraningrat", "Subianto", "masih"]
    is_name, is_word = {"Jati", "Iskandar"}.__contains__, {"negara", "dinata"}.__contains__
    assert [t.text for t in split_glued(tokenize("Jatinegara dan Jalan Otto Iskandardinata"), is_name, is_word)] == [
        "Jatinegara", "dan", "Jalan", "Otto", "Iskandardinata"]


def test_a_slash_between_a_letter_and_a_capital_parts_two_names() -> None:
    """A doubles pair is two people; a date, a unit, a military district keep their slash."""
    assert _split("Fajar Alfian/Muhammad Rian dan 4/2/2021 km/jam Kodim 0504/Jakarta") == [
        "Fajar", "Alfian", "/", "Muhammad", "Rian", "dan", "4/2/2021", "km/jam", "Kodim", "0504/Jakarta"]


def test_a_hyphenated_pair_of_known_places_is_split() -> None:
    places = {"Pasuruan", "Probolinggo", "Rusia"}.__contains__
    tokens = split_hyphenated_places(tokenize("jalur Pasuruan-Probolinggo, Rusia-Tiongkok, Bangsa-Bangsa"), places)
    assert [t.text for t in tokens] == ["jalur", "Pasuruan", "-", "Probolinggo", ",", "Rusia-Tiongkok", ",", "Bangsa-Bangsa"]
    assert [(t.start, t.end) for t in tokens[1:4]] == [(6, 14), (14, 15), (15, 26)]


def test_a_capital_inside_a_token_is_never_a_word_of_the_language() -> None:
    """The lexicon's affix pattern takes "dijakarta" and "keuanganpurbaya" for words; a token
    with a lower→upper boundary inside is glue all the same."""
    def is_word(w: str) -> bool:
        return w[:2] in ("di", "ke", "me") and len(w) >= 6 or w in ("di", "nyatakan")

    def split(text: str) -> list[str]:
        return [t.text for t in split_glued(tokenize(text), {"Jakarta"}.__contains__, is_word,
                                            {"keuangan", "buka", "menyatakan"}.__contains__)]

    assert split("tinggal diJakarta") == ["tinggal", "di", "Jakarta"]
    assert split("Menteri KeuanganPurbaya Yudhi") == ["Menteri", "Keuangan", "Purbaya", "Yudhi"]  # a dictionary word before an unknown one
    assert split("aplikasi BukaLapak") == ["aplikasi", "BukaLapak"]  # too short to be cut off: a brand
    assert split("Yudhi Sadewamenyatakan") == ["Yudhi", "Sadewa", "menyatakan"]  # the longest word, not "nyatakan"
