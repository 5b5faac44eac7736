"""The ingest flow end to end: files → records → DuckDB, incremental and idempotent."""

from pathlib import Path

import duckdb
import pytest

import flows.ingest
from flows.ingest import ingest
from flows.reporting import reporting
from tests.conftest import DEMO_CORPUS, ROOT, DemoWarehouse, IngestedDemo

RECORD_TABLES = ("patient_stats", "targets", "partnerships", "events")


def table_contents(warehouse: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = ("documents", *RECORD_TABLES, "rejected_records")
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}
    finally:
        con.close()


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "w.duckdb"


def test_demo_corpus_yields_records_of_every_kind(demo_warehouse: DemoWarehouse) -> None:
    summary = demo_warehouse.summary
    n_files = len(list(DEMO_CORPUS.iterdir()))
    assert summary.docs_seen == summary.docs_new == n_files
    assert summary.docs_failed == 0
    contents = table_contents(demo_warehouse.path)
    assert len(contents["documents"]) == n_files
    for table in RECORD_TABLES:
        assert contents[table], f"no {table} extracted from the demo corpus"
    assert summary.records_loaded == sum(len(contents[t]) for t in RECORD_TABLES)


def test_ingesting_twice_changes_nothing(ingested_demo: IngestedDemo) -> None:
    demo_corpus, warehouse = ingested_demo.corpus, ingested_demo.warehouse
    before = table_contents(warehouse)
    again = ingest(str(demo_corpus), str(warehouse))
    assert again.docs_unchanged == again.docs_seen
    assert again.docs_new == again.docs_changed == again.records_loaded == 0
    assert table_contents(warehouse) == before


def test_a_changed_file_is_re_extracted_and_the_others_are_not(ingested_demo: IngestedDemo) -> None:
    demo_corpus, warehouse = ingested_demo.corpus, ingested_demo.warehouse
    changed = sorted(demo_corpus.glob("*.txt"))[0]
    changed.write_text(
        "Clinic news\nSuwon clinic treats record numbers\nPosted on 4 February 2019\n"
        "The Suwon clinic said it treated 4,321 foreign patients from Mongolia in 2018.\n",
        encoding="utf-8",
    )
    summary = ingest(str(demo_corpus), str(warehouse))
    assert (summary.docs_changed, summary.docs_unchanged) == (1, summary.docs_seen - 1)
    con = duckdb.connect(str(warehouse), read_only=True)
    rows = con.execute(
        "SELECT count, year, origin_countries FROM patient_stats s JOIN documents d USING (doc_id) "
        "WHERE d.source_uri = ?",
        [str(changed.resolve())],
    ).fetchall()
    con.close()
    assert rows == [(4321, 2018, ["MN"])]


def test_a_bad_document_is_recorded_and_the_rest_are_loaded(demo_corpus: Path, warehouse: Path) -> None:
    (demo_corpus / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (demo_corpus / "empty.md").write_bytes(b"   \n")
    summary = ingest(str(demo_corpus), str(warehouse))
    assert summary.docs_failed == 2
    assert summary.docs_new == summary.docs_seen - 2
    con = duckdb.connect(str(warehouse), read_only=True)
    errors = dict(
        con.execute("SELECT regexp_extract(source_uri, '[^/]+$'), error FROM ingest_errors").fetchall()
    )
    status = con.execute("SELECT status, docs_failed FROM ingest_runs").fetchall()
    con.close()
    assert "binary" in errors["broken.txt"]
    assert "empty" in errors["empty.md"]
    assert status == [("completed_with_errors", 2)]


def test_a_deleted_file_leaves_the_record_tables(ingested_demo: IngestedDemo) -> None:
    demo_corpus, warehouse = ingested_demo.corpus, ingested_demo.warehouse
    victim = sorted(demo_corpus.iterdir())[0]
    victim.unlink()
    summary = ingest(str(demo_corpus), str(warehouse))
    assert summary.docs_deleted == 1
    con = duckdb.connect(str(warehouse), read_only=True)
    (deleted_at,) = con.execute(
        "SELECT deleted_at FROM documents WHERE source_uri = ?", [str(victim.resolve())]
    ).fetchone()
    orphans = sum(
        con.execute(
            f"SELECT count(*) FROM {t} JOIN documents USING (doc_id) WHERE deleted_at IS NOT NULL"
        ).fetchone()[0]
        for t in RECORD_TABLES
    )
    con.close()
    assert deleted_at is not None
    assert orphans == 0


def test_batches_are_gathered_into_loads_of_load_documents(
    demo_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (demo_corpus / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    n_files = len(list(demo_corpus.iterdir()))
    whole = tmp_path / "whole.duckdb"
    ingest(str(demo_corpus), str(whole))

    monkeypatch.setattr(flows.ingest, "LOAD_DOCUMENTS", 10)
    done: list[int] = []
    with reporting(lambda summary: done.append(summary.documents_done)):
        summary = ingest(str(demo_corpus), str(tmp_path / "gathered.duckdb"), batch_size=4)

    # Three batches of four make a load: the counters move by twelve documents, then the rest.
    assert n_files > 24
    assert {12, 24, n_files} <= set(done) <= {0, 12, 24, n_files}
    assert summary.documents_done == summary.docs_seen == n_files
    assert summary.docs_failed == 1
    gathered = table_contents(tmp_path / "gathered.duckdb")
    expected = table_contents(whole)
    for table in (*RECORD_TABLES, "rejected_records"):
        assert gathered[table] == expected[table], table
    assert len(gathered["documents"]) == n_files - 1


def test_a_warm_up_that_fails_does_not_break_the_worker_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool's initializer: had it raised (a loaded machine ran it past the time budget), every
    batch of the run would have failed with BrokenProcessPool."""
    import flows.runners
    from extractors.context import ExtractionTimeout

    def too_slow(document: object) -> None:
        raise ExtractionTimeout("extraction exceeded the document's time budget")

    monkeypatch.setattr(flows.runners, "extract", too_slow)
    flows.runners.warm_up()  # returns: extraction will meet (and record) the problem per document


def test_english_and_korean_documents_ingest_in_one_run(tmp_path: Path, warehouse: Path) -> None:
    """A mixed corpus is one run: each document is read in its own language."""
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    korean = ROOT / "demo" / "korean" / "k01_busan_almaty_briefing.txt"
    (corpus / korean.name).write_bytes(korean.read_bytes())
    english = sorted(DEMO_CORPUS.glob("*.txt"))[0]
    (corpus / english.name).write_bytes(english.read_bytes())
    summary = ingest(str(corpus), str(warehouse))
    assert (summary.docs_new, summary.docs_failed) == (2, 0)
    con = duckdb.connect(str(warehouse), read_only=True)
    languages = dict(
        con.execute("SELECT regexp_extract(source_uri, '[^/]+$'), language FROM documents").fetchall()
    )
    korean_counts = con.execute(
        "SELECT count, year, institution FROM patient_stats JOIN documents USING (doc_id) "
        "WHERE language = 'ko' ORDER BY count"
    ).fetchall()
    con.close()
    assert languages == {korean.name: "ko", english.name: "en"}
    assert korean_counts == [(3200, 2023, "부산"), (42000, 2023, "부산")]
