"""A new outlet's footer is learned from its own articles, and the warehouse stays what a
single run over the whole corpus would build."""

import shutil
from pathlib import Path

import duckdb

from conftest import snapshot
from pipeline.batch import run_batch
from pipeline.line_stats import MIN_ARTICLES, article_keys
from pipeline.settings import Settings

FOOTER = "Redaksi Warta Pesisir menerima tulisan pembaca setiap hari kerja"
BODIES = [
    "Nelayan di pesisir utara Jawa mengeluhkan harga solar yang terus naik sejak awal bulan.",
    "Pemerintah kabupaten berjanji memperbaiki dermaga yang rusak diterjang ombak pekan lalu.",
    "Harga ikan tongkol di pasar pelelangan turun karena hasil tangkapan melimpah.",
    "Warga desa membangun tanggul darurat untuk menahan banjir rob yang datang setiap sore.",
    "Sekolah di kecamatan itu meliburkan siswa setelah jalan utama tergenang air laut.",
]


def article(i: int) -> str:
    return (f"WartaPesisir.id | {BODIES[i]}\n"
            f"Kepala desa mengatakan warga sudah {i + 2} kali mengadu kepada dinas terkait.\n{FOOTER}\n")


def write(folder: Path, indices) -> None:
    for i in indices:
        (folder / f"warta{i}.txt").write_text(article(i))


def clean_texts(settings) -> dict[str, str]:
    with duckdb.connect(str(settings.catalog_path), read_only=True) as con:
        return dict(con.execute("SELECT doc_id, clean_text FROM articles WHERE doc_id LIKE 'warta%'").fetchall())


def test_article_keys_skip_long_lines_and_find_the_source() -> None:
    source, keys, signature = article_keys(article(0) + " ".join(["kata"] * 50) + "\n")
    assert source == "wartapesisir.id"
    assert len(keys) == 3  # the long line is never a candidate
    assert article_keys(article(0))[2] == article_keys(article(0).replace("\n", "\r\n"))[2] != article_keys(article(1))[2]


def test_copies_of_one_article_do_not_make_its_lines_boilerplate(settings) -> None:
    for i in range(MIN_ARTICLES + 2):
        (settings.seeds_dir / f"copy{i}.txt").write_text(article(0))
    run_batch(settings, "run-1")
    with duckdb.connect(str(settings.catalog_path), read_only=True) as con:
        copies = con.execute("SELECT clean_text FROM articles WHERE doc_id LIKE 'copy%'").fetchall()
    assert len(copies) == MIN_ARTICLES + 2 and all(FOOTER in text and BODIES[0] in text for (text,) in copies)


def test_footer_learned_when_the_fourth_article_arrives_and_unlearned_on_delete(settings, tmp_path) -> None:
    assert MIN_ARTICLES == 4
    write(settings.seeds_dir, range(3))
    run_batch(settings, "run-1")
    assert all(FOOTER in text for text in clean_texts(settings).values())

    write(settings.seeds_dir, [3])
    entry = run_batch(settings, "run-2")
    assert (entry["files_new"], entry["articles_recleaned"], entry["articles_processed"]) == (1, 3, 4)
    texts = clean_texts(settings)
    assert len(texts) == 4 and not any(FOOTER in text for text in texts.values())
    with duckdb.connect(str(settings.catalog_path), read_only=True) as con:
        reasons = con.execute("SELECT DISTINCT reason FROM removed_lines WHERE text = ?", [FOOTER]).fetchall()
        stats = con.execute("SELECT articles FROM line_stats WHERE source = 'wartapesisir.id' "
                            "ORDER BY articles DESC LIMIT 1").fetchone()
    assert reasons == [("other.repeated_line",)]
    assert stats == (4,)

    one_run = Settings(tmp_path / "one", tmp_path / "one-warehouse", workers=1)
    shutil.copytree(settings.seeds_dir, one_run.seeds_dir)
    run_batch(one_run, "only")
    assert snapshot(settings.catalog_path) == snapshot(one_run.catalog_path)

    (settings.seeds_dir / "warta0.txt").unlink()
    entry = run_batch(settings, "run-3")
    assert (entry["files_deleted"], entry["articles_recleaned"]) == (1, 3)
    assert all(FOOTER in text for text in clean_texts(settings).values())
