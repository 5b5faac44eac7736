"""`medtour report`: one self-contained HTML page, checked as headless Chromium renders it."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from flows.ingest import ingest
from tests.chromium import dump_dom, find_chromium, screenshot
from tests.conftest import DEMO_CORPUS, ROOT
from tests.warehouse_factory import Doc, build, rows
from warehouse import Warehouse
from warehouse.report import write_report

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]
HOSTILE = 'Evil <script>alert("pwned")</script> & <img src=x onerror="alert(1)"> here.'
HOSTILE_EVIDENCE = "Busan treated 1,234 patients in 2020 </mark><b>bold</b>."
HOSTILE_NAME = '<i>Busan</i> & "Co"'
SIZE = (1280, 2000)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus and its follow-up articles, plus a document full of markup."""
    root = tmp_path_factory.mktemp("report")
    corpus = root / "corpus"
    corpus.mkdir()
    for source in (*DEMO_CORPUS.iterdir(), *(ROOT / "demo" / "followup").iterdir()):
        (corpus / source.name).write_bytes(source.read_bytes())
    path = root / "w.duckdb"
    ingest(str(corpus), str(path))
    hostile = Doc(
        "hostile", f"{HOSTILE}\n{HOSTILE_EVIDENCE}", published=date(2030, 1, 1), title="<b>Hostile</b>"
    )
    hostile.add("patient_stat", HOSTILE_EVIDENCE, count=1234, year=2020, institution=HOSTILE_NAME)
    return build(path, [hostile])


@pytest.fixture(scope="module")
def page(warehouse: Path) -> Path:
    out = warehouse.parent / "report.html"
    result = subprocess.run(
        [*MEDTOUR, "report", "--warehouse", str(warehouse), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def dom(page: Path, tmp_path_factory: pytest.TempPathFactory) -> HTMLParser:
    return HTMLParser(dump_dom(find_chromium(), page, tmp_path_factory.mktemp("profile")))


def test_the_page_needs_nothing_from_the_network(page: Path) -> None:
    tree = HTMLParser(page.read_text(encoding="utf-8"))
    assert not tree.css("link, iframe, object, embed, img, script[src]")
    assert not [n for n in tree.css("[href]") if not n.attributes["href"].startswith("#")]
    assert "@import" not in page.read_text(encoding="utf-8")
    assert (
        "default-src 'none'"
        in tree.css_first("meta[http-equiv=Content-Security-Policy]").attributes["content"]
    )


def test_the_rendered_page_has_the_charts_of_the_main_views(warehouse: Path, dom: HTMLParser) -> None:
    assert dom.body.attributes.get("data-ready") == "true", "the page's script did not run to its end"
    totals = rows(
        warehouse, "SELECT * FROM national_patient_totals WHERE preferred AND population = 'foreign_patients'"
    )
    assert len(dom.css("#chart-patients-by-year svg g.bar")) == len(totals) > 0
    assert len(dom.css("#chart-patients-by-year svg rect[fill='url(#hatch)']")) == sum(
        t["conflict"] for t in totals
    )
    assert dom.css("#chart-patients-by-origin svg g.bar")
    countries = rows(warehouse, "SELECT DISTINCT country FROM partnerships_by_country")
    assert len(dom.css("#chart-partnerships svg g.bar")) == len(countries)
    events = rows(warehouse, "SELECT * FROM events_calendar WHERE start_date IS NOT NULL")
    assert len(dom.css("#chart-events svg g.period")) == len(events)
    conflicts = dom.css_first("#conflicts").text()
    for conflict in rows(warehouse, "SELECT figures FROM fact_conflicts"):
        assert all(f"{int(figure):,}" in conflicts for figure in conflict["figures"] if figure.isdigit())


def test_every_document_and_record_is_in_the_evidence_browser(warehouse: Path, dom: HTMLParser) -> None:
    documents = rows(warehouse, "SELECT doc_id FROM documents WHERE deleted_at IS NULL")
    assert len(dom.css("details.doc")) == len(documents)
    records = {
        r["record_id"]
        for table in ("patient_stats", "targets", "partnerships", "events")
        for r in rows(warehouse, f"SELECT record_id FROM {table}")
    }
    cards = {node.attributes["id"].removeprefix("r-") for node in dom.css("li.record")}
    assert cards == records
    highlighted = {
        i for mark in dom.css("mark[data-records]") for i in mark.attributes["data-records"].split()
    }
    assert highlighted == records, "every record is highlighted, and every highlight has its record"
    card = dom.css_first("li.record.k-patient_stat dl").text()
    assert "count" in card and "population" in card


def test_document_text_and_fields_are_escaped(dom: HTMLParser) -> None:
    (document,) = [d for d in dom.css("details.doc") if d.attributes["id"] == "d-hostile"]
    text = document.css_first("div.text")
    assert HOSTILE in text.text(deep=True)
    assert not document.css("img, script, b, i"), "markup in the document became elements"
    (mark,) = text.css("mark")
    assert mark.text() == HOSTILE_EVIDENCE
    assert HOSTILE_NAME in mark.attributes["title"]
    assert HOSTILE_NAME in document.css_first("li.record dl").text()
    assert document.css_first("summary .title").text() == "<b>Hostile</b>"
    assert len(dom.css("script")) == 1


def test_the_screenshot_shows_the_charts(page: Path, tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    screenshot(find_chromium(), page, tmp_path / "profile", png, SIZE)
    image = Image.open(png).convert("RGB")
    assert image.size == SIZE
    colors = image.getcolors(maxcolors=1 << 20) or []
    assert len(colors) > 200, "the page rendered (nearly) blank"
    bar_blue = dict((color, n) for n, color in colors).get((0x2F, 0x6F, 0xB3), 0)
    assert bar_blue > 2000, "the patient bars are not in the screenshot"


def test_an_empty_warehouse_gives_a_page_that_says_so(tmp_path: Path) -> None:
    with Warehouse.open(tmp_path / "empty.duckdb") as store:
        write_report(store, tmp_path / "empty.html", warehouse_name="empty.duckdb")
    tree = HTMLParser((tmp_path / "empty.html").read_text(encoding="utf-8"))
    assert len(tree.css("figure .empty")) == 4
    assert "No documents in the warehouse yet" in tree.css_first("#evidence").text()
