"""Every kind of bad file in one folder: each gets a clear reason, and the good ones are loaded."""

import os
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest

GOOD = "Clinic news\nPosted on 4 February 2019\nBusan clinics treated 4,500 Russian patients in 2018.\n"
KOREAN = "부산 병원 소식\n2019.02.04\nBusan clinics treated 1,200 Kazakh patients in 2018. 부산의 병원들이 환자를 치료했다.\n"


@pytest.fixture
def messy_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MEDTOUR_MAX_DOCUMENT_BYTES", str(3 * 2**20))
    corpus = tmp_path / "messy"
    corpus.mkdir()
    files = {
        "empty.txt": b"",
        "blank.txt": b"   \n\t\n",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "paper.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n",
        "huge.txt": b"Busan clinics treated patients. " * 130_000,  # 4 MB
        "bad bytes.txt": GOOD.encode() + b"Other words follow here. " * 20 + b"\xff\xfe the end.",
        "korean-cp949.txt": KOREAN.encode("cp949"),
        "korean-utf16.txt": KOREAN.encode("utf-16"),
        "long line.md": ("word " * 400_000).encode(),  # 2 MB, no punctuation
        "scripted.html": (
            b"<html><body><script>var x = '9,999 patients in 2017';</script><h1>Busan clinics report growth</h1>"
            b"<p>Busan clinics treated 3,300 Mongolian patients in 2018.</p><div>" * 1 + b"</body></html>"
        ),
        "café résumé ü.txt": GOOD.replace("4,500 Russian", "2,100 Uzbek").encode(),
    }
    for name, content in files.items():
        (corpus / name).write_bytes(content)
    loop = corpus / "loop"
    loop.mkdir()
    os.symlink(corpus, loop / "back-to-top")  # a directory link cycle: must not trap the walk
    return corpus


def test_bad_files_are_reported_and_good_ones_loaded(messy_corpus: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    summary = ingest(str(messy_corpus), str(warehouse))
    con = duckdb.connect(str(warehouse), read_only=True)
    errors = dict(
        con.execute("SELECT regexp_extract(source_uri, '[^/]+$'), error FROM ingest_errors").fetchall()
    )
    loaded = dict(
        con.execute(
            "SELECT regexp_extract(d.source_uri, '[^/]+$'), list(s.count ORDER BY s.count) "
            "FROM documents d LEFT JOIN patient_stats s USING (doc_id) GROUP BY 1"
        ).fetchall()
    )
    notes = dict(con.execute("SELECT regexp_extract(source_uri, '[^/]+$'), notes FROM documents").fetchall())
    con.close()

    assert "empty" in errors["empty.txt"] and "empty" in errors["blank.txt"]
    assert "image/png" in errors["image.txt"] and "application/pdf" in errors["paper.txt"]
    assert "limit" in errors["huge.txt"]
    assert set(errors) == {"empty.txt", "blank.txt", "image.txt", "paper.txt", "huge.txt"}
    assert summary.docs_failed == 5
    assert loaded["bad bytes.txt"] == [4500] and "replaced" in notes["bad bytes.txt"][0]
    assert loaded["korean-cp949.txt"] == [1200] and loaded["korean-utf16.txt"] == [1200]
    assert loaded["scripted.html"] == [3300]  # the script's figure is never read
    assert loaded["café résumé ü.txt"] == [2100]
    assert "long line.md" in loaded
