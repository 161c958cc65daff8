"""Test corpora the reliability tests build for themselves: bad inputs, and a synthetic
archive big enough for a run to take a few seconds (recombined seed lines)."""

import codecs
import os
import random
from pathlib import Path

ARTICLE = (
    "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jalan tol baru di Sumatera Utara pada Senin (10/6/2024).\n"
    "Menurut Menteri Pekerjaan Umum Basuki Hadimuljono, jalan tol itu memangkas waktu tempuh hingga dua jam.\n"
    "Baca juga: Harga Cabai Naik Jelang Lebaran\n"
    "Warga menyambut baik peresmian tersebut dan berharap ekonomi daerah tumbuh lebih cepat.\n"
)

# name -> bytes; each must end decoded in `articles` (expected language) or quarantined (reason).
DECODED = {
    "utf8 bom.txt": codecs.BOM_UTF8 + ARTICLE.encode(),
    "utf16le.txt": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    "utf16be.txt": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    "cp1252 “quotes”.txt": ARTICLE.replace("Presiden", "“Presiden”").encode("cp1252"),
    "crlf.txt": ARTICLE.replace("\n", "\r\n").encode(),
    "lone cr.txt": ARTICLE.replace("\n", "\r").encode(),
    "truncated.txt": (ARTICLE + "Kalimat terakhir artikel ini berakhir dengan tanda kutip ”").encode()[:-1],
    "it's; 100% weird\nname.txt": ARTICLE.encode(),
    "berita-ñandú-日本.txt": ARTICLE.encode(),
    "a/b/c/d/e/deep.txt": ARTICLE.encode(),
    "english.txt": b"The central bank kept interest rates unchanged on Thursday, citing stable inflation "
                   b"and a strong labour market, and signalled that cuts could come later this year.\n",
    "only boilerplate.txt": b"Baca juga: Harga Emas Hari Ini Turun\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n",
}
QUARANTINED = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\n", "only whitespace"),
    "nul.txt": (b"abc\x00def" * 10, "NUL bytes"),
    "document.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
}


def write_bad_inputs(seeds: Path, outside: Path) -> None:
    for name, data in DECODED.items():
        (seeds / name).parent.mkdir(parents=True, exist_ok=True)
        (seeds / name).write_bytes(data)
    for name, (data, _) in QUARANTINED.items():
        (seeds / name).write_bytes(data)
    outside.write_text(ARTICLE)
    os.symlink(outside, seeds / "link outside.txt")


def write_large(path: Path, megabytes: int, single_line: bool) -> None:
    """A big file written in chunks: the test itself must not hold it in memory."""
    line = ("kata " * 200).encode()
    chunk = line * 1000 if single_line else (line + b"\n") * 1000
    with open(path, "wb") as fh:
        for _ in range(megabytes * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)


def write_archive(seeds_src: Path, target: Path, n: int, seed: int = 7) -> None:
    """`n` articles made of seed body lines in new orders, each with a publisher prefix and a
    teaser, in a few sub-folders: enough work for a run to last a few seconds."""
    rng = random.Random(seed)
    lines = [
        line for path in sorted(seeds_src.glob("*.txt"))
        for line in path.read_text().splitlines() if len(line.split()) > 8 and not line.lower().startswith("baca")
    ]
    for i in range(n):
        body = rng.sample(lines, 8)
        text = f"Sumber{i % 7}.com | " + "\n".join(body[:4]) + "\nBaca Juga: Judul Lain Hari Ini\n" + "\n".join(body[4:])
        path = target / f"outlet{i % 5}" / f"art{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n")
