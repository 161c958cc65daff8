"""Explicit Indonesian dates: forms, offsets, what is skipped, and the article's own date."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from pipeline.dates import LEAD_CHARS, DateMention, find_dates, published_date

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.parametrize(
    ("text", "matched", "iso"),
    [
        ("pada Jumat (4/2/2021), jet", "Jumat (4/2/2021)", "2021-02-04"),
        ("kata dia, Selasa (10/6/2025).", "Selasa (10/6/2025)", "2025-06-10"),
        ("di Moskow, Rusia, 21 Maret 2023.", "21 Maret 2023", "2023-03-21"),
        ("Malam Nanti, Sabtu 5 Februari 2022", "Sabtu 5 Februari 2022", "2022-02-05"),
        ("terbit 5 Feb 2022 pagi", "5 Feb 2022", "2022-02-05"),
        ("terbit 5 Feb. 2022 pagi", "5 Feb. 2022", "2022-02-05"),
        ("diperbarui 2022-02-05 10:00", "2022-02-05", "2022-02-05"),
        ("Jakarta, Senin, 12 Desember 2022 -", "Senin, 12 Desember 2022", "2022-12-12"),
        ("tanggal 4/2/2021 itu", "4/2/2021", "2021-02-04"),
        ("tanggal 04-02-2021 itu", "04-02-2021", "2021-02-04"),
        ("tanggal 04.02.2021 itu", "04.02.2021", "2021-02-04"),
        ("JAKARTA, JUMAT, 4 FEBRUARI 2022", "JUMAT, 4 FEBRUARI 2022", "2022-02-04"),
        ("Jum'at (4/2/2021) sore", "Jum'at (4/2/2021)", "2021-02-04"),
        ("5 Nopember 2022", "5 Nopember 2022", "2022-11-05"),
        ("5 Agt 2022", "5 Agt 2022", "2022-08-05"),
        ("5 August 2022", "5 August 2022", "2022-08-05"),
        ("pada 1-5 Februari 2022", "5 Februari 2022", "2022-02-05"),
        ("Jumat (4/2/2021 pukul 10.00", "4/2/2021", "2021-02-04"),  # bracket never closed
    ],
)
def test_explicit_date_forms(text: str, matched: str, iso: str) -> None:
    (found,) = find_dates(text)
    assert found.text == matched
    assert text[found.start : found.end] == matched
    assert found.date == datetime.date.fromisoformat(iso)


@pytest.mark.parametrize(
    "text",
    [
        "pada hari Jumat (4/2).",  # no year
        "pada 24 Februari tahun lalu",  # no year, relative
        "sejak Februari 2022",  # month and year only
        "pada Jumat sore, pekan lalu",  # relative
        "pada 31/2/2021",  # no such day
        "pada 4/2/21",  # two-digit year
        "pada 4/2/1850",  # outside 1900-2099
        "kode 1/4/2/2021",  # tail of a longer number
        "sebanyak 123 Februari 2022",  # not a day
        "harga 12.500.2021",  # a number, not a date
        "versi 2022-2-5",  # unpadded ISO
        "",
    ],
)
def test_incomplete_relative_or_impossible_dates_are_skipped(text: str) -> None:
    assert find_dates(text) == []


def test_several_dates_in_text_order_with_valid_offsets() -> None:
    text = "Pada Jumat (4/2/2021) dan 21 Maret 2023, lalu 2022-02-05."
    found = find_dates(text)
    assert [d.date.isoformat() for d in found] == ["2021-02-04", "2023-03-21", "2022-02-05"]
    assert all(text[d.start : d.end] == d.text for d in found)
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert isinstance(found[0], DateMention)


def test_weekday_is_not_checked_against_the_date() -> None:
    # 4 Feb 2021 was a Thursday; the source says Friday. The written date is kept.
    assert find_dates("Jumat (4/2/2021)")[0].date == datetime.date(2021, 2, 4)


def test_published_date_is_first_date_in_the_lead() -> None:
    text = "JAKARTA, Senin (12/12/2022) - Presiden berkata pada 1 Januari 2023 akan datang."
    assert published_date(text) == datetime.date(2022, 12, 12)


def test_published_date_ignores_dates_after_the_lead() -> None:
    text = "Presiden berkata. " + "Kalimat biasa. " * (LEAD_CHARS // 15) + "Sabtu 5 Februari 2022"
    assert find_dates(text)
    assert published_date(text) is None


def test_published_date_prefers_the_byline_over_an_earlier_caption() -> None:
    """Shaped like fixture blind3_tribunmedan_pasar, with the caption moved first."""
    text = "Foto: Warga di Medan, Jumat (28/2/2025). (TRIBUN/ANI)\nSabtu, 1 Maret 2025 08:05 WIB\nMEDAN - Harga naik."
    assert published_date(text) == datetime.date(2025, 3, 1)


def test_published_date_takes_the_date_glued_to_the_publisher_prefix() -> None:
    text = "Sejak 1 Januari 2025 tarif naik.\nJakarta, 10 Februari 2025 – Kementerian Kesehatan memperluas program."
    assert published_date(text) == datetime.date(2025, 2, 10)


@pytest.mark.parametrize(
    "caption",
    [
        "Warga melintasi banjir di Kampung Melayu, Jakarta Timur, Selasa (14/1/2025). KOMPAS.com/ANNISA RAMADANI",
        "Seekor bayi panda di Chengdu, China barat daya, pada 5 Januari 2025. (Xinhua/Xu Bingjie)",
        "Presiden Rusia Vladimir Putin dan Presiden Tiongkok Xi Jinping di Kremlin di Moskow, Rusia, 21 Maret 2023.",
    ],
)
def test_published_date_skips_a_caption(caption: str) -> None:
    assert published_date(caption + "\nWASHINGTON – Presiden Rusia mengatakan pada Jumat bahwa ia akan datang.") is None
    assert published_date(caption + "\nIa tiba Senin (3/3/2025) di kota itu.") == datetime.date(2025, 3, 3)


def test_published_date_none_without_dates() -> None:
    assert published_date("Presiden Rusia Vladimir Putin tiba di Beijing pada Jumat.") is None


@pytest.mark.parametrize(
    ("seed", "iso"),
    [
        ("000_f7cd0ac244e1eab9", "2021-02-04"),  # "Jumat (4/2/2021)" in the second paragraph
        ("001_a50d407be7d7a308", None),  # only dates are "(4/2)" and a teaser's, far down
        ("004_e02278f3ee5d95e5", None),  # only a photo caption's date (a file photo, March 2023)
    ],
)
def test_published_date_on_seeds(seed: str, iso: str | None) -> None:
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    assert published_date(text) == (iso and datetime.date.fromisoformat(iso))


def test_published_date_reads_the_page_timestamp_the_cleaner_removed() -> None:
    from pipeline.clean import clean_article

    page = ("Kompas.com - Nasional\nPresiden Tinjau Banjir Demak\nRabu, 05 Feb 2025 14:30 WIB\n"
            "Presiden meninjau tanggul yang jebol dan berjanji memperbaikinya sebelum 20 Maret 2025.\n")
    text = clean_article(page).clean_text
    assert "Feb 2025" not in text and published_date(text) == datetime.date(2025, 3, 20)  # an event date
    assert published_date(text, page) == datetime.date(2025, 2, 5)
