"""Runs after the first: new documents are ingested, changed ones replaced, deleted ones removed,
and an extractor upgrade re-extracts exactly the documents an older version extracted."""

from pathlib import Path

import duckdb
import pytest

import extractors.pipeline
import flows.ingest
from flows.ingest import ingest
from tests.conftest import IngestedDemo
from warehouse.store import Warehouse

RECORD_TABLES = ("patient_stats", "targets", "partnerships", "events")
NEW_ARTICLE = (
    "Clinic news\nBusan clinic welcomes Kazakh patients\nPosted on 3 March 2021\n"
    "The Busan clinic said it treated 2,468 foreign patients from Kazakhstan in 2020.\n"
)


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    return tmp_path / "w.duckdb"


def records_of(warehouse: Path, file: Path) -> dict[str, set[str]]:
    """The record ids of each record table for one document."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {
            table: {
                row[0]
                for row in con.execute(
                    f"SELECT record_id FROM {table} JOIN documents USING (doc_id) WHERE source_uri = ?",
                    [str(file.resolve())],
                ).fetchall()
            }
            for table in RECORD_TABLES
        }
    finally:
        con.close()


def one_value(warehouse: Path, sql: str, *params: object) -> object:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        row = con.execute(sql, list(params)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def test_a_new_file_is_ingested_by_the_next_run(ingested_demo: IngestedDemo) -> None:
    demo_corpus, warehouse = ingested_demo.corpus, ingested_demo.warehouse
    new = demo_corpus / "new-article.txt"
    new.write_text(NEW_ARTICLE, encoding="utf-8")
    summary = ingest(str(demo_corpus), str(warehouse))
    assert (summary.docs_new, summary.docs_changed) == (1, 0)
    assert summary.docs_unchanged == summary.docs_seen - 1
    assert records_of(warehouse, new)["patient_stats"]


def test_a_changed_file_has_its_records_replaced_and_the_others_keep_theirs(
    ingested_demo: IngestedDemo,
) -> None:
    demo_corpus, warehouse = ingested_demo.corpus, ingested_demo.warehouse
    changed, untouched = sorted(demo_corpus.glob("*.txt"))[:2]
    before_changed, before_untouched = records_of(warehouse, changed), records_of(warehouse, untouched)
    changed.write_text(NEW_ARTICLE, encoding="utf-8")
    summary = ingest(str(demo_corpus), str(warehouse))
    assert summary.docs_changed == 1
    after = records_of(warehouse, changed)
    assert after["patient_stats"]
    assert not any(after[t] & before_changed[t] for t in RECORD_TABLES), "an old record survived"
    assert records_of(warehouse, untouched) == before_untouched


def test_a_failed_load_leaves_the_previous_version_whole(
    ingested_demo: IngestedDemo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records are replaced in one transaction; a failure that is not transient is not retried."""
    demo_corpus, warehouse = ingested_demo.corpus, ingested_demo.warehouse
    changed = sorted(demo_corpus.glob("*.txt"))[0]
    before = records_of(warehouse, changed)
    changed.write_text(NEW_ARTICLE, encoding="utf-8")
    real_insert, calls = Warehouse._insert, []

    def failing_insert(self: Warehouse, table: object, rows: list, **kwargs: object) -> None:
        if getattr(table, "name", "") == "patient_stats" and rows:
            calls.append(table)
            raise RuntimeError("disk on fire")
        real_insert(self, table, rows, **kwargs)

    monkeypatch.setattr(Warehouse, "_insert", failing_insert)
    with pytest.raises(RuntimeError, match="disk on fire"):
        ingest(str(demo_corpus), str(warehouse))
    monkeypatch.undo()
    assert len(calls) == 1, "a failure that is not a busy warehouse must not be retried"
    assert records_of(warehouse, changed) == before
    assert one_value(warehouse, "SELECT status FROM ingest_runs ORDER BY started_at DESC LIMIT 1") == "failed"


def test_a_deleted_file_is_marked_and_comes_back_when_restored(ingested_demo: IngestedDemo) -> None:
    demo_corpus, warehouse = ingested_demo.corpus, ingested_demo.warehouse
    victim = sorted(demo_corpus.glob("*.txt"))[0]
    content, before = victim.read_bytes(), records_of(warehouse, victim)
    victim.unlink()
    assert ingest(str(demo_corpus), str(warehouse)).docs_deleted == 1
    assert (
        one_value(warehouse, "SELECT deleted_at FROM documents WHERE source_uri = ?", str(victim)) is not None
    )
    assert records_of(warehouse, victim) == {t: set() for t in RECORD_TABLES}
    victim.write_bytes(content)
    summary = ingest(str(demo_corpus), str(warehouse))
    assert (summary.docs_new, summary.docs_deleted) == (1, 0)
    assert one_value(warehouse, "SELECT deleted_at FROM documents WHERE source_uri = ?", str(victim)) is None
    assert records_of(warehouse, victim) == before


def test_an_extractor_upgrade_re_extracts_exactly_the_documents_of_older_versions(
    demo_corpus: Path, warehouse: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = extractors.pipeline.EXTRACTOR_VERSION
    older = demo_corpus / "older"
    older.mkdir()
    for file in sorted(demo_corpus.glob("*.txt"))[:4]:
        file.rename(older / file.name)
    with monkeypatch.context() as patch:  # the four documents are extracted by a previous release
        patch.setattr(extractors.pipeline, "EXTRACTOR_VERSION", "0.0.1-previous")
        patch.setattr(flows.ingest, "EXTRACTOR_VERSION", "0.0.1-previous")
        ingest(str(older), str(warehouse))
    old_records = {f.name: records_of(warehouse, f) for f in older.iterdir()}

    summary = ingest(str(demo_corpus), str(warehouse))  # the upgrade's first run

    assert (summary.docs_changed, summary.docs_new) == (4, summary.docs_seen - 4)
    versions = one_value(warehouse, "SELECT list(DISTINCT extractor_version) FROM documents")
    assert versions == [current]
    for file in older.iterdir():
        assert not any(records_of(warehouse, file)[t] & old_records[file.name][t] for t in RECORD_TABLES)
    again = ingest(str(demo_corpus), str(warehouse))
    assert again.docs_unchanged == again.docs_seen
