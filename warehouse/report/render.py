"""Render the report: one self-contained HTML file that opens anywhere, offline.

CSS, script and charts (SVG) are inlined and nothing is fetched, so the file can be mailed or
archived as it is. Jinja's autoescaping escapes every value taken from the warehouse, document
text included; only the SVG built (and escaped) by ``charts`` is inserted as markup.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pycountry
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from warehouse.report.charts import Bar, Period, StackedBar, bar_chart, column_chart, palette, timeline
from warehouse.report.data import KIND_TABLES, DocumentRow, RecordRow, ReportData, Row, read_report_data
from warehouse.report.evidence import Run, Span, display_fields, runs
from warehouse.store import Warehouse

TEMPLATES = Path(__file__).parent / "templates"

KIND_COLORS = {"patient_stat": "#2f6fb3", "target": "#3a9e6f", "partnership": "#e07b39", "event": "#8a63b8"}
KIND_LABELS = {
    "patient_stat": "patient statistic",
    "target": "goal or market",
    "partnership": "partnership",
    "event": "event",
}


@dataclass(frozen=True)
class RecordView:
    record: RecordRow
    fields: list[tuple[str, str]]
    tooltip: str


@dataclass(frozen=True)
class DocumentView:
    doc: DocumentRow
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
    return environment.get_template("report.html.j2").render(
        warehouse_name=warehouse_name,
        generated_at=generated_at,
        data=data,
        charts=_charts(data),
        documents=[_document_view(doc) for doc in data.documents],
        doc_titles={doc.doc_id: doc.title or Path(doc.source_uri).name for doc in data.documents},
        kinds=list(KIND_TABLES),
        kind_colors=KIND_COLORS,
        kind_labels=KIND_LABELS,
    )


def _country_name(code: str | None) -> str:
    """ "KR" → "South Korea"; no code → the label the charts use for an unnamed counterpart."""
    if code is None:
        return "country not named"
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or getattr(country, "name", code)


def _charts(data: ReportData) -> dict[str, Markup]:
    return {
        "patients_by_year": _patients_by_year(data.national_totals),
        "patients_by_origin": _patients_by_origin(data.latest_by_origin),
        "partnerships_by_country": _partnerships_by_country(data.partnerships_by_country),
        "events_timeline": _events_timeline(data.events),
    }


def _patients_by_year(national_totals: list[Row]) -> Markup:
    bars = [
        Bar(str(row["year"]), row["count"], _total_tooltip(row), flagged=row["conflict"])
        for row in national_totals
        if row["population"] == "foreign_patients"
    ]
    return column_chart(bars, label="Foreign patients treated in Korea per year (national totals)")


def _patients_by_origin(latest_by_origin: list[Row]) -> Markup:
    bars = [
        StackedBar(
            f"{_country_name(row['origin_country'])} ({row['year']})",
            (("foreign patients", row["count"]),),
            _origin_tooltip(row),
        )
        for row in latest_by_origin
    ]
    return bar_chart(
        bars,
        label="Foreign patients by country of origin, latest year",
        colors={"foreign patients": KIND_COLORS["patient_stat"]},
    )


def _partnerships_by_country(partnerships: list[Row]) -> Markup:
    by_country: dict[str | None, list[Row]] = {}
    for row in partnerships:
        by_country.setdefault(row["country"], []).append(row)
    bars = [
        StackedBar(
            _country_name(country),
            tuple((row["kind"], row["partnerships"]) for row in rows),
            f"{_country_name(country)}: "
            + ", ".join(f"{row['partnerships']} {row['kind']} ({_years(row['years'])})" for row in rows),
        )
        for country, rows in by_country.items()
    ]
    return bar_chart(
        bars,
        label="Partnerships by counterpart country and kind",
        colors=palette(row["kind"] for row in partnerships),
    )


def _events_timeline(events: list[Row]) -> Markup:
    periods = [
        Period(
            row["name"] or f"{row['event_type'].replace('_', ' ')}, {row['city'] or row['country'] or '?'}",
            row["start_date"],
            row["end_date"] or row["start_date"],
            row["event_type"],
            _event_tooltip(row),
        )
        for row in events
    ]
    return timeline(periods, label="Events calendar", colors=palette(row["event_type"] for row in events))


def _document_view(doc: DocumentRow) -> DocumentView:
    records = [
        RecordView(r, fields := display_fields(r.fields), _record_tooltip(r.kind, fields))
        for r in doc.records
    ]
    tooltips = {view.record.record_id: view.tooltip for view in records}
    spans = [Span(r.record_id, r.kind, r.span_start, r.span_end) for r in doc.records]
    return DocumentView(
        doc=doc,
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
        f"{_country_name(row['origin_country'])}, {row['year']}: {row['count']:,} foreign patients, "
        f"{_sources(row['n_sources'])}{_also_reported(row)}"
    )


def _also_reported(row: Row) -> str:
    """The other figures documents give for the same scope, so that a chart never hides a conflict."""
    if not row["conflict"]:
        return ""
    return "; other figures reported: " + ", ".join(f"{c:,}" for c in row["other_counts"])


def _event_tooltip(row: Row) -> str:
    when = str(row["start_date"]) + (f" to {row['end_date']}" if row["end_date"] else "")
    where = ", ".join(str(v) for v in (row["venue"], row["city"], row["country"]) if v)
    return f"{row['event_type']} {row['name'] or ''} · {when} · {where} · {_sources(row['n_sources'])}"


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
