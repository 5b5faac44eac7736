"""The real-page corpora tool: hidden pages are refused, splits are fixed by URL, staging joins gold."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpora(tmp_path, monkeypatch):
    """The tool, pointed at an empty corpora folder and a hidden list of one URL."""
    spec = importlib.util.spec_from_file_location("restore", ROOT / "corpora" / "restore.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    hidden = tmp_path / "hidden-urls.sha256"
    hidden.write_text(hashlib.sha256(b"https://kept.out/page").hexdigest() + "\n")
    monkeypatch.setattr(module, "HERE", tmp_path / "corpora")
    monkeypatch.setattr(module, "HIDDEN", hidden)
    return module


def answer(tmp_path: Path, results: dict[str, str]) -> str:
    path = tmp_path / "answer.json"
    path.write_text(
        json.dumps(
            {
                "query": "foreign patients",
                "results": [{"url": url, "excerpt": text} for url, text in results.items()],
            }
        )
    )
    return str(path)


def test_add_refuses_hidden_pages_and_records_the_rest(corpora, tmp_path):
    results = {"https://kept.out/page": "secret", "https://news.example/a?id=1": "Line one\nline two "}
    corpora.add("en", answer(tmp_path, results), list(results))
    entries = corpora.read_manifest("en")
    assert [e["url"] for e in entries] == ["https://news.example/a?id=1"]
    entry = entries[0]
    assert entry["sha256"] == hashlib.sha256(b"Line one\nline two ").hexdigest()
    assert entry["length"] == 18 and entry["query"] == "foreign patients"
    assert entry["split"] == corpora.split_of(entry["url"]) in {"dev", "test"}
    page = tmp_path / "corpora" / "en" / "pages" / f"{entry['id']}.txt"
    assert page.read_text() == "Line one\nline two "


def test_split_is_a_function_of_the_url_alone(corpora):
    urls = [f"https://news.example/{i}" for i in range(400)]
    splits = [corpora.split_of(u) for u in urls]
    assert splits == [corpora.split_of(u) for u in urls]
    assert 0.2 < splits.count("test") / len(urls) < 0.4


def test_import_restores_only_unchanged_pages_and_check_counts_them(corpora, tmp_path, capsys):
    results = {"https://news.example/a": "text a", "https://news.example/b": "text b"}
    corpora.add("en", answer(tmp_path, results), list(results))
    for page in (tmp_path / "corpora" / "en" / "pages").iterdir():
        page.unlink()
    assert corpora.check(["en"]) == 1
    corpora.import_answers(
        "en", [answer(tmp_path, {"https://news.example/a": "text a", "https://news.example/b": "edited"})]
    )
    assert [e["url"] for e in corpora.missing("en")] == ["https://news.example/b"]
    assert "changed since it was annotated" in capsys.readouterr().out


def test_stage_joins_the_gold_of_one_split(corpora, tmp_path):
    results = {f"https://news.example/{i}": f"text {i}" for i in range(12)}
    corpora.add("en", answer(tmp_path, results), list(results))
    gold_dir = tmp_path / "corpora" / "en" / "gold"
    gold_dir.mkdir()
    entries = corpora.read_manifest("en")
    for e in entries:
        (gold_dir / f"{e['id']}.jsonl").write_text(json.dumps({"doc": e["id"], "type": "document"}) + "\n")
    corpora.stage("en", "dev", str(tmp_path / "dev"))
    dev = sorted(e["id"] for e in entries if e["split"] == "dev")
    staged = sorted(p.stem for p in (tmp_path / "dev" / "pages").iterdir())
    gold = [json.loads(line)["doc"] for line in (tmp_path / "dev" / "gold.jsonl").read_text().splitlines()]
    assert staged == dev == sorted(gold)


def test_stage_can_take_one_collection_batch_or_a_range_of_them(corpora, tmp_path, monkeypatch):
    monkeypatch.setattr(corpora, "BATCH", 1)
    corpora.add("en", answer(tmp_path, {"https://news.example/old": "old"}), ["https://news.example/old"])
    monkeypatch.setattr(corpora, "BATCH", 2)
    corpora.add("en", answer(tmp_path, {"https://news.example/new": "new"}), ["https://news.example/new"])
    assert [e["batch"] for e in corpora.read_manifest("en")] == [1, 2]
    corpora.stage("en", "all", str(tmp_path / "newest"), batches=corpora.batch_range("2"))
    staged = [p.stem for p in (tmp_path / "newest" / "pages").iterdir()]
    assert staged == [corpora.page_id("https://news.example/new")]
    # the batches before the one being collected: its pages stay out
    corpora.stage("en", "all", str(tmp_path / "before"), batches=corpora.batch_range("1-1"))
    staged = [p.stem for p in (tmp_path / "before" / "pages").iterdir()]
    assert staged == [corpora.page_id("https://news.example/old")]
    assert list(corpora.batch_range("1-8")) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_a_hand_copy_that_lost_non_breaking_spaces_still_restores(corpora, tmp_path):
    original = "Seoul,\u00a0March 5 \u2014 figures\u200b rose"
    corpora.add(
        "en",
        answer(tmp_path, {"https://news.example/a": original.replace("\u00a0", " ").replace("\u200b", "")}),
        ["https://news.example/a"],
    )
    (tmp_path / "corpora" / "en" / "pages").joinpath(corpora.read_manifest("en")[0]["id"] + ".txt").unlink()
    corpora.import_answers("en", [answer(tmp_path, {"https://news.example/a": original})])
    assert corpora.missing("en") == []


@pytest.fixture
def agreement(tmp_path, monkeypatch):
    """The agreement tool, pointed at a corpora folder of one page with its gold."""
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "corpora" / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", tmp_path / "corpora")
    return module


def write_annotation(folder: Path, lines: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "p1.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))


PAGE = {"doc": "p1", "type": "document", "title": "Busan draws patients", "published_date": "2024-03-05"}
COUNT = {
    "doc": "p1",
    "type": "patient_stat",
    "match": {"count": 1200, "year": 2023},
    "attrs": {"population": "patients"},
}
GOAL = {"doc": "p1", "type": "target", "match": {"kind": "goal", "value": 5000, "target_year": None}}
EVENT = {
    "doc": "p1",
    "type": "event",
    "match": {"event_type": ["roadshow", "presentation"], "name": "roadshow"},
}


def agreement_output(agreement, monkeypatch, capsys) -> list[str]:
    monkeypatch.setattr("sys.argv", ["agreement.py", "en"])
    agreement.main()
    return capsys.readouterr().out.splitlines()


def test_an_annotation_agrees_with_itself(agreement, tmp_path, monkeypatch, capsys):
    for folder in ("gold", "second"):
        write_annotation(tmp_path / "corpora" / "en" / folder, [PAGE, COUNT, GOAL, EVENT])
    out = agreement_output(agreement, monkeypatch, capsys)
    assert out[0] == "en: 1 pages"
    assert all("micro F1 1.000 (P 1.00 R 1.00)" in line for line in out[1:])


def test_a_record_only_one_side_has_lowers_agreement_both_ways(agreement, tmp_path, monkeypatch, capsys):
    write_annotation(tmp_path / "corpora" / "en" / "gold", [PAGE, COUNT, GOAL, EVENT])
    write_annotation(tmp_path / "corpora" / "en" / "second", [PAGE, COUNT, EVENT])
    out = agreement_output(agreement, monkeypatch, capsys)
    assert "micro F1 0.800 (P 1.00 R 0.67)" in out[1] and "target 0.00 (1/0)" in out[1]
    assert "micro F1 0.800 (P 0.67 R 1.00)" in out[2] and "target 0.00 (0/1)" in out[2]


def test_the_second_annotation_covers_pages_of_the_corpus_only():
    for lang in ("en", "ko"):
        manifest = [json.loads(line) for line in (ROOT / "corpora" / lang / "manifest.jsonl").open()]
        split = {entry["id"]: entry["split"] for entry in manifest}
        second = [path.stem for path in (ROOT / "corpora" / lang / "second").glob("*.jsonl")]
        assert second, lang
        assert {split.get(page) for page in second} <= {"dev", "test"}
        for page in second:
            lines = [
                json.loads(line) for line in (ROOT / "corpora" / lang / "second" / f"{page}.jsonl").open()
            ]
            assert lines[0]["type"] == "document" and {line["doc"] for line in lines} == {page}


def test_a_page_stored_twice_restores_from_the_crawl_that_was_annotated(corpora, tmp_path, capsys):
    corpora.add(
        "en", answer(tmp_path, {"https://news.example/a": "the annotated text"}), ["https://news.example/a"]
    )
    (tmp_path / "corpora" / "en" / "pages").joinpath(corpora.read_manifest("en")[0]["id"] + ".txt").unlink()
    both = tmp_path / "both.json"
    both.write_text(
        json.dumps(
            {
                "query": "foreign patients",
                "results": [
                    {"url": "https://news.example/a", "excerpt": "a later crawl of it"},
                    {"url": "https://news.example/a", "excerpt": "the annotated text"},
                ],
            }
        )
    )
    capsys.readouterr()
    corpora.import_answers("en", [str(both)])
    assert corpora.missing("en") == []
    assert capsys.readouterr().out.splitlines() == ["0 page(s) still missing"]


def test_measuring_agreement_leaves_duckdb_as_it_was(agreement, tmp_path, monkeypatch, capsys):
    import duckdb

    connect = duckdb.connect
    for folder in ("gold", "second"):
        write_annotation(tmp_path / "corpora" / "en" / folder, [PAGE, COUNT])
    agreement_output(agreement, monkeypatch, capsys)
    assert duckdb.connect is connect
    duckdb.connect(str(tmp_path / "after.duckdb")).execute("SELECT 1").fetchall()
