"""Render the report: one self-contained HTML file that opens anywhere, offline.

CSS, script and charts (SVG) are inlined and nothing is fetched, so the file can be mailed or
archived as it is. Jinja's autoescaping escapes every value taken from the warehouse, document
text included; only the SVG built (and escaped) by ``charts`` is inserted as markup.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from warehouse.report.charts import Period, StackedBar, YearBar, bar_chart, palette, timeline, year_chart
from warehouse.report.data import KIND_TABLES, DocumentRow, RecordRow, ReportData, Row, read_report_data
from warehouse.report.evidence import Run, Span, display_fields, relative_source, runs
from warehouse.report.goals import verdict
from warehouse.report.labels import country_name, phrase, qualified, readable, readable_in_text
from warehouse.store import Warehouse

TEMPLATES = Path(__file__).parent / "templates"
TIMELINE_WIDTH = 860  # the events chart shares its row with the list of undated events

KIND_COLORS = {"patient_stat": "#2f6fb3", "target": "#3a9e6f", "partnership": "#e07b39", "event": "#8a63b8"}
KIND_LABELS = {
    "patient_stat": "patient statistic",
    "target": "goal or market",
    "partnership": "partnership",
    "event": "event",
}


@dataclass(frozen=True)
class OriginYear:
    """The one year the country-of-origin chart compares, and what it leaves out."""

    year: int | None
    rows: list[Row]
    countries: int
    countries_elsewhere: int  # countries with a count in other years only


@dataclass(frozen=True)
class RecordView:
    record: RecordRow
    fields: list[tuple[str, str]]
    tooltip: str


@dataclass(frozen=True)
class DocumentView:
    doc: DocumentRow
    source: str  # the path inside the ingested folder
    marks: list[tuple[Run, str]]  # each run of the text with the tooltip of its records
    records: list[RecordView]
    kind_counts: dict[str, int]


def write_report(store: Warehouse, path: Path, *, warehouse_name: str) -> int:
    """Write the report on ``store`` to ``path``; returns its size in bytes."""
    html = render_report(read_report_data(store), warehouse_name=warehouse_name, generated_at=datetime.now())
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.write_bytes(html.encode("utf-8"))


def render_report(data: ReportData, *, warehouse_name: str, generated_at: datetime) -> str:
    """The report's HTML for ``data``."""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["num"] = _number
    environment.filters["readable"] = readable
    environment.filters["phrase"] = readable_in_text
    origin = origin_year(data.by_origin)
    documents = [_document_view(doc, data.ingested_folders) for doc in data.documents]
    return environment.get_template("report.html.j2").render(
        warehouse_name=warehouse_name,
        generated_at=generated_at,
        data=data,
        origin=origin,
        charts=_charts(data, origin),
        documents=documents,
        doc_titles={view.doc.doc_id: view.doc.title or PurePath(view.source).name for view in documents},
        folders=sorted({PurePath(folder).name or folder for folder in data.ingested_folders}),
        goals=[
            (
                goal,
                qualified(_number(goal["goal"]), goal["qualifiers"]),
                verdict(goal, this_year=generated_at.year),
            )
            for goal in data.goals
        ],
        undated_events=[
            (_event_label(row), _event_tooltip(row), row["doc_ids"]) for row in data.undated_events
        ],
        kinds=list(KIND_TABLES),
        kind_colors=KIND_COLORS,
        kind_labels=KIND_LABELS,
    )


def origin_year(by_origin: list[Row]) -> OriginYear:
    """The latest year with the most countries: bars side by side must be counts of the same year."""
    countries: dict[int, set[str]] = {}
    for row in by_origin:
        countries.setdefault(row["year"], set()).add(row["origin_country"])
    if not countries:
        return OriginYear(None, [], 0, 0)
    year = max(countries, key=lambda y: (len(countries[y]), y))
    elsewhere = set().union(*countries.values()) - countries[year]
    rows = sorted(
        (r for r in by_origin if r["year"] == year), key=lambda r: (-r["count"], r["origin_country"])
    )
    return OriginYear(year, rows, len(countries[year]), len(elsewhere))


def _charts(data: ReportData, origin: OriginYear) -> dict[str, Markup]:
    return {
        "patients_by_year": _patients_by_year(data.national_totals),
        "patients_by_origin": _patients_by_origin(origin),
        "partnerships_by_country": _partnerships_by_country(data.partnerships_by_country),
        "events_timeline": _events_timeline(data.events),
    }


def _patients_by_year(national_totals: list[Row]) -> Markup:
    bars = [
        YearBar(row["year"], row["count"], _total_tooltip(row), flagged=row["conflict"])
        for row in national_totals
        if row["population"] == "foreign_patients"
    ]
    return year_chart(bars, label="Foreign patients treated in Korea per year (national totals)")


def _patients_by_origin(origin: OriginYear) -> Markup:
    bars = [
        StackedBar(
            country_name(row["origin_country"]), (("Foreign patients", row["count"]),), _origin_tooltip(row)
        )
        for row in origin.rows
    ]
    return bar_chart(
        bars,
        label=f"Foreign patients by country of origin in {origin.year}",
        colors={"Foreign patients": KIND_COLORS["patient_stat"]},
    )


def _partnerships_by_country(partnerships: list[Row]) -> Markup:
    by_country: dict[str | None, list[Row]] = {}
    for row in partnerships:
        by_country.setdefault(row["country"], []).append(row)
    bars = [
        StackedBar(
            country_name(country),
            tuple((readable(row["kind"]), row["partnerships"]) for row in rows),
            f"{country_name(country)}: "
            + ", ".join(
                f"{row['partnerships']} {phrase(row['kind'])} ({_years(row['years'])})" for row in rows
            ),
        )
        for country, rows in by_country.items()
    ]
    return bar_chart(
        bars,
        label="Partnerships by counterpart country and kind",
        colors=palette(readable(row["kind"]) for row in partnerships),
    )


def _events_timeline(events: list[Row]) -> Markup:
    periods = [
        Period(
            _event_label(row),
            row["start_date"],
            row["end_date"] or row["start_date"],
            readable(row["event_type"]),
            _event_tooltip(row),
        )
        for row in events
    ]
    return timeline(
        periods,
        label="Events calendar",
        colors=palette(readable(row["event_type"]) for row in events),
        width=TIMELINE_WIDTH,
    )


def _event_label(row: Row) -> str:
    return row["name"] or f"{readable(row['event_type'])}, {row['city'] or row['country'] or 'place unknown'}"


def _document_view(doc: DocumentRow, folders: list[str]) -> DocumentView:
    records = [
        RecordView(r, fields := display_fields(r.fields), _record_tooltip(r.kind, fields))
        for r in doc.records
    ]
    tooltips = {view.record.record_id: view.tooltip for view in records}
    spans = [Span(r.record_id, r.kind, r.span_start, r.span_end) for r in doc.records]
    return DocumentView(
        doc=doc,
        source=relative_source(doc.source_uri, folders),
        marks=[(run, "\n".join(tooltips[i] for i in run.record_ids)) for run in runs(doc.text, spans)],
        records=records,
        kind_counts=dict(Counter(r.kind for r in doc.records)),
    )


def _record_tooltip(kind: str, fields: list[tuple[str, str]]) -> str:
    return f"{KIND_LABELS[kind]}: " + " · ".join(f"{name} {value}" for name, value in fields)


def _total_tooltip(row: Row) -> str:
    return (
        f"{row['year']}: {row['count']:,} foreign patients, {_sources(row['n_sources'])}{_also_reported(row)}"
    )


def _origin_tooltip(row: Row) -> str:
    return (
        f"{country_name(row['origin_country'])}, {row['year']}: {row['count']:,} foreign patients, "
        f"{_sources(row['n_sources'])}{_also_reported(row)}"
    )


def _also_reported(row: Row) -> str:
    """The other figures documents give for the same scope, so that a chart never hides a conflict."""
    if not row["conflict"]:
        return ""
    return "; other figures reported: " + ", ".join(f"{c:,}" for c in row["other_counts"])


def _event_tooltip(row: Row) -> str:
    when = (
        "date unknown"
        if row["start_date"] is None
        else str(row["start_date"]) + (f" to {row['end_date']}" if row["end_date"] else "")
    )
    where = ", ".join(str(v) for v in (row["venue"], row["city"], row["country"]) if v)
    what = " ".join(v for v in (readable(row["event_type"]), row["name"]) if v)
    return " · ".join(v for v in (what, when, where, _sources(row["n_sources"])) if v)


def _sources(n: int) -> str:
    return "1 document" if n == 1 else f"{n} documents"


def _years(years: list[int | None]) -> str:
    return ", ".join(str(y) for y in years if y is not None) or "year unknown"


def _number(value: Any) -> str:
    """Thousands grouped, whole floats without decimals; used by the template's tables.

    Figures arrive as numbers or (from ``fact_conflicts``, where counts and dates share a column)
    as text; text that is a number is grouped too.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) and not isinstance(value, bool) else str(value)
