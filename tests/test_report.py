"""`medtour report`: one self-contained HTML page, checked as headless Chromium renders it."""

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from flows.ingest import ingest
from tests.chromium import dump_dom, find_chromium, measure, screenshot
from tests.conftest import DEMO_CORPUS, ROOT
from tests.warehouse_factory import Doc, build, rows
from warehouse import Warehouse
from warehouse.report import write_report

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]
HOSTILE = 'Evil <script>alert("pwned")</script> & <img src=x onerror="alert(1)"> here.'
HOSTILE_EVIDENCE = "Busan treated 1,234 patients in 2020 </mark><b>bold</b>."
HOSTILE_NAME = '<i>Busan</i> & "Co"'
SIZE = (1280, 2000)
IDENTIFIER = re.compile(r"\b[a-z]+_[a-z_]+\b")  # business_presentation, foreign_patients


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
    assert dom.css("#chart-events svg g.period")
    countries = rows(warehouse, "SELECT DISTINCT country FROM partnerships_by_country")
    assert len(dom.css("#chart-partnerships svg g.bar")) == len(countries)
    events = rows(warehouse, "SELECT * FROM events_calendar WHERE start_date IS NOT NULL")
    assert len(dom.css("#chart-events svg g.period")) == len(events)
    conflicts = dom.css_first("#conflicts").text()
    for conflict in rows(warehouse, "SELECT figures FROM fact_conflicts"):
        assert all(f"{int(figure):,}" in conflicts for figure in conflict["figures"] if figure.isdigit())


def test_years_stand_on_a_time_axis(warehouse: Path, dom: HTMLParser) -> None:
    """A bar's position is linear in its year: years without a figure leave their gap."""
    years = sorted(
        r["year"]
        for r in rows(
            warehouse,
            "SELECT year FROM national_patient_totals WHERE preferred AND population = 'foreign_patients'",
        )
    )
    assert years[-1] - years[0] >= len(years), "the demo's national totals have gaps (2013, then 2017)"
    bars = {
        int(g.attributes["data-year"]): float(g.css_first("rect").attributes["x"])
        for g in dom.css("#chart-patients-by-year svg g.bar")
    }
    assert sorted(bars) == years
    step = (bars[years[-1]] - bars[years[0]]) / (years[-1] - years[0])
    assert step > 0
    for year, x in bars.items():
        assert x == pytest.approx(bars[years[0]] + (year - years[0]) * step, abs=0.2)


def test_undated_events_are_listed_beside_the_calendar(warehouse: Path, dom: HTMLParser) -> None:
    undated = rows(
        warehouse, "SELECT name, event_type, doc_ids FROM events_calendar WHERE start_date IS NULL"
    )
    assert undated, "the demo corpus has events without a date"
    items = dom.css("#chart-events #undated-events li")
    assert len(items) == len(undated)
    listed = " ".join(item.text() for item in items)
    for event in undated:
        assert (event["name"] or event["event_type"].replace("_", " ").capitalize()) in listed
        assert all(dom.css_first(f"#d-{doc_id}") is not None for doc_id in event["doc_ids"])
    assert f"({len(undated)})" in dom.css_first("#undated-events h3").text()


def test_the_origin_chart_compares_one_year_and_says_which(warehouse: Path, dom: HTMLParser) -> None:
    counts = rows(
        warehouse,
        "SELECT year, count(DISTINCT origin_country) AS countries FROM patient_volume_by_origin "
        "WHERE breakdown = 'by_origin' AND population = 'foreign_patients' GROUP BY year",
    )
    assert len(counts) > 1, "the demo has counts by origin for several years"
    best = max(counts, key=lambda r: (r["countries"], r["year"]))
    figure = dom.css_first("#chart-patients-by-origin")
    assert f"in {best['year']}" in figure.css_first("figcaption").text()
    bars = figure.css("svg g.bar")
    assert len(bars) == best["countries"]
    assert all(f", {best['year']}:" in bar.css_first("title").text() for bar in bars)


def test_labels_are_readable_and_whole_on_hover(dom: HTMLParser) -> None:
    shown = " ".join(
        node.text(deep=True)
        for node in dom.css("svg text, #undated-events, #goals, #conflicts, li.record dl, .toggle")
    )
    assert not IDENTIFIER.findall(shown), "raw identifiers of the record contract are shown"
    assert "Business presentation" in shown and "MOU" in shown
    cut = [t for t in dom.css("svg text") if t.text(deep=False).endswith("…")]
    assert cut, "the demo's long event names are cut to fit"
    for text in cut:
        whole = text.css_first("title")
        assert whole is not None, f"{text.text(deep=False)!r} has no tooltip with its whole label"
        assert whole.text().startswith(text.text(deep=False).removesuffix("…"))


def test_every_goal_says_whether_it_was_met_or_why_that_is_unknown(warehouse: Path, dom: HTMLParser) -> None:
    goals = rows(warehouse, "SELECT met, target_year FROM goals_progress")
    cells = [td.text().strip() for td in dom.css("#goals td.met")]
    assert len(cells) == len(goals) > 0
    for goal, cell in zip(goals, cells, strict=True):
        if goal["met"] is not None:
            assert cell == ("yes" if goal["met"] else "no")
        else:
            assert cell.startswith(("unknown: ", "not yet due")), cell


def test_evidence_shows_paths_inside_the_ingested_folder(warehouse: Path, dom: HTMLParser) -> None:
    corpus = warehouse.parent / "corpus"
    shown = {
        node.attributes["id"]: node.css_first("p.source").text().strip() for node in dom.css("details.doc")
    }
    ingested = rows(warehouse, "SELECT doc_id, source_uri FROM documents WHERE source_uri LIKE '%/corpus/%'")
    assert len(ingested) > 20
    for document in ingested:
        if document["source_uri"].startswith(str(corpus)):
            assert shown[f"d-{document['doc_id']}"] == Path(document["source_uri"]).name
        else:  # loaded by hand (the hostile document), from no ingested folder: shown as it is
            assert shown[f"d-{document['doc_id']}"] == document["source_uri"]
    sources = set(shown.values())
    assert not [s for s in sources if str(warehouse.parent) in s]
    assert f"{corpus.name}/" in dom.css_first("header .meta").text()


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


@pytest.mark.parametrize("width", [1280, 800])
def test_no_text_is_cut_or_overlapping_and_charts_have_room(page: Path, tmp_path: Path, width: int) -> None:
    measured = measure(find_chromium(), page, tmp_path / "profile", width)
    assert measured["cut"] == []
    assert measured["overlapping"] == []
    sizes = measured["sizes"]
    assert set(sizes) == {
        "chart-patients-by-year",
        "chart-patients-by-origin",
        "chart-partnerships",
        "chart-events",
    }
    for chart, (chart_width, chart_height) in sizes.items():
        assert 400 <= chart_width <= width and 120 <= chart_height <= 1000, (chart, chart_width, chart_height)


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
