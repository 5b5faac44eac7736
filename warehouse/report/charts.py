"""Inline SVG charts for the report: no script, no library, no network, so they render anywhere.

Every label that comes from the data passes through ``escape``; every other attribute is a
number computed here. Each mark carries a ``<title>`` (the browser's tooltip) with the detail.
"""

import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import cycle

from markupsafe import Markup, escape

PALETTE = ("#2f6fb3", "#e07b39", "#3a9e6f", "#b8475d", "#8a63b8", "#c9a227", "#4aa3b5", "#7a7a7a", "#d86fb0")
# Hangul (and any other CJK script) comes from the CJK family the report's CSS names after the Latin ones.
FONT = """font-family='system-ui, "Noto Sans CJK KR", sans-serif' font-size='12'"""
EMPTY = Markup('<p class="empty">Nothing in the warehouse yet.</p>')
# Estimated glyph widths at 12px (see ``_text_width``), the room a year label takes, a legend row.
# A Hangul syllable (any East Asian wide glyph) is a full em, 12px.
CHAR, WIDE_CHAR, FULL_WIDTH_CHAR = 7.0, 8.5, 12.0
YEAR_LABEL_WIDTH = 36
LEGEND_ROW = 18
# The fill of a bar whose sources disagree (the only id a chart defines: one column chart a page).
HATCH = (
    "<defs><pattern id='hatch' width='6' height='6' patternUnits='userSpaceOnUse' "
    "patternTransform='rotate(45)'><rect width='6' height='6' fill='#f3c5cf'/>"
    "<line x1='0' y1='0' x2='0' y2='6' stroke='#b8475d' stroke-width='3'/></pattern></defs>"
)


@dataclass(frozen=True)
class YearBar:
    year: int
    value: float
    tooltip: str
    flagged: bool = False  # sources disagree on this figure: drawn hatched


@dataclass(frozen=True)
class StackedBar:
    label: str
    segments: tuple[tuple[str, float], ...]  # (category, value), drawn left to right
    tooltip: str


@dataclass(frozen=True)
class Period:
    label: str
    start: date
    end: date
    category: str
    tooltip: str


def palette(categories: Iterable[str]) -> dict[str, str]:
    """A colour for each category, stable for a given set of categories."""
    return dict(zip(sorted(set(categories)), cycle(PALETTE), strict=False))


def compact(value: float) -> str:
    """412000 → "412k", 1170000 → "1.17M": bar labels must stay short."""
    for threshold, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= threshold:
            return f"{value / threshold:.3g}{suffix}"
    return f"{value:.3g}"


def year_chart(bars: Sequence[YearBar], *, label: str) -> Markup:
    """Vertical bars on a time axis with a value axis from zero.

    Every calendar year from the first to the last has its slot, so a year without a figure is a
    visible gap (2013 and 2017 stand four slots apart) instead of two neighbouring bars.
    """
    if not bars:
        return EMPTY
    width, height, left, bottom, top = 560, 260, 56, 28, 22
    top_value = _nice_ceiling(max(b.value for b in bars))
    plot_h = height - top - bottom
    first, last = min(b.year for b in bars), max(b.year for b in bars)
    slot = (width - left - 10) / (last - first + 1)
    label_every = math.ceil(YEAR_LABEL_WIDTH / slot)
    parts = [_axis_grid(top_value, left, top, plot_h, width)]
    for year in range(first, last + 1):
        if (year - first) % label_every == 0 or year == last:
            parts.append(
                f"<text class='tick' x='{left + (year - first + 0.5) * slot:.1f}' y='{height - 10}' "
                f"text-anchor='middle'>{year}</text>"
            )
    for bar in bars:
        h = plot_h * bar.value / top_value
        x, y = left + (bar.year - first) * slot + slot * 0.15, top + plot_h - h
        style = "fill='url(#hatch)' stroke='#b8475d'" if bar.flagged else f"fill='{PALETTE[0]}'"
        value = f"{compact(bar.value)}{'≠' if bar.flagged else ''}"
        parts.append(
            f"<g class='bar' data-year='{bar.year}'><title>{escape(bar.tooltip)}</title>"
            f"<rect x='{x:.1f}' y='{y:.1f}' width='{slot * 0.7:.1f}' height='{h:.1f}' {style}/>"
            + (
                f"<text x='{x + slot * 0.35:.1f}' y='{y - 4:.1f}' text-anchor='middle'>{escape(value)}</text>"
                if _text_width(value) <= slot
                else ""  # too narrow a slot for the figure: the tooltip gives it
            )
            + "</g>"
        )
    return _svg(width, height, label, parts, defs=HATCH)


def bar_chart(rows: Sequence[StackedBar], *, label: str, colors: dict[str, str]) -> Markup:
    """Horizontal bars, one per row label, stacked by category, with a legend for the categories."""
    if not rows:
        return EMPTY
    row_h, label_w, width = 24, 150, 560
    legend, legend_h = _legend(
        [c for c in colors if any(c == s for row in rows for s, _ in row.segments)], colors, width
    )
    height = legend_h + row_h * len(rows) + 8
    top_value = max(sum(v for _, v in row.segments) for row in rows)
    scale = (width - label_w - 50) / top_value
    parts = [legend]
    for i, row in enumerate(rows):
        y = legend_h + i * row_h
        parts.append(
            f"<g class='bar'><title>{escape(row.tooltip)}</title>"
            f"{_label(row.label, label_w - 6, y + 16, label_w - 12)}"
        )
        x = float(label_w)
        for category, value in row.segments:
            parts.append(
                f"<rect x='{x:.1f}' y='{y + 4}' width='{value * scale:.1f}' height='{row_h - 8}' "
                f"fill='{colors[category]}'/>"
            )
            x += value * scale
        total = sum(v for _, v in row.segments)
        parts.append(f"<text x='{x + 5:.1f}' y='{y + 16}'>{escape(compact(total))}</text></g>")
    return _svg(width, height, label, parts)


def timeline(periods: Sequence[Period], *, label: str, colors: dict[str, str], width: int = 1120) -> Markup:
    """One lane per period on a shared time axis with year ticks; one-day periods show as dots."""
    if not periods:
        return EMPTY
    lane_h, label_w, axis_h = 20, 230, 24
    legend, legend_h = _legend(sorted({p.category for p in periods}), colors, width)
    first = min(p.start for p in periods)
    last = max(p.end for p in periods)
    origin, span_days = first - timedelta(days=30), max((last - first).days + 60, 1)
    scale = (width - label_w - 20) / span_days
    height = legend_h + lane_h * len(periods) + axis_h

    def x_of(day: date) -> float:
        return label_w + (day - origin).days * scale

    axis_y = legend_h + lane_h * len(periods)
    parts = [legend]
    for year in range(first.year, last.year + 2):
        tick = x_of(date(year, 1, 1))
        if label_w <= tick <= width - _text_width(str(year)) / 2:
            parts.append(
                f"<line x1='{tick:.1f}' y1='{legend_h}' x2='{tick:.1f}' y2='{axis_y}' stroke='#ddd'/>"
                f"<text x='{tick:.1f}' y='{axis_y + 16}' text-anchor='middle'>{year}</text>"
            )
    for i, period in enumerate(periods):
        y = legend_h + i * lane_h
        x1, x2 = x_of(period.start), x_of(period.end + timedelta(days=1))
        color = colors[period.category]
        parts.append(
            f"<g class='period'><title>{escape(period.tooltip)}</title>"
            f"{_label(period.label, label_w - 6, y + 14, label_w - 12)}"
            f"<rect x='{x1:.1f}' y='{y + 4}' width='{max(x2 - x1, 3):.1f}' height='{lane_h - 8}' rx='2' "
            f"fill='{color}'/><circle cx='{x1:.1f}' cy='{y + lane_h / 2}' r='4' fill='{color}'/></g>"
        )
    return _svg(width, height, label, parts)


def _svg(width: int, height: int, label: str, parts: list[str], defs: str = "") -> Markup:
    return Markup(
        f"<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-label='{escape(label)}' "
        f"viewBox='0 0 {width} {height}' width='100%' {FONT}>{defs}{''.join(parts)}</svg>"
    )


def _axis_grid(top_value: float, left: int, top: int, plot_h: int, width: int) -> str:
    lines = []
    for i in range(5):
        value = top_value * i / 4
        y = top + plot_h - plot_h * i / 4
        lines.append(
            f"<line x1='{left}' y1='{y:.1f}' x2='{width - 10}' y2='{y:.1f}' stroke='#e4e4e4'/>"
            f"<text x='{left - 6}' y='{y + 4:.1f}' text-anchor='end' fill='#666'>{escape(compact(value))}</text>"
        )
    return "".join(lines)


def _legend(categories: Sequence[str], colors: dict[str, str], width: int) -> tuple[str, int]:
    """The legend's markup and height: items left to right, wrapped onto a new row at ``width``."""
    items, x, y = [], 0.0, 6
    for category in categories:
        item_w = 16 + _text_width(category) + 14
        if x > 0 and x + item_w > width:
            x, y = 0.0, y + LEGEND_ROW
        items.append(
            f"<rect x='{x:.0f}' y='{y}' width='12' height='12' fill='{colors[category]}'/>"
            f"<text x='{x + 16:.0f}' y='{y + 10}'>{escape(category)}</text>"
        )
        x += item_w
    return f"<g class='legend'>{''.join(items)}</g>", y + LEGEND_ROW + 2


def _label(text: str, x: float, y: float, room: float) -> str:
    """A right-aligned label cut to ``room`` pixels; a cut label carries its whole text as a tooltip."""
    shown = text
    while _text_width(shown) > room and len(shown) > 2:
        shown = shown[:-2] + "…"
    tooltip = f"<title>{escape(text)}</title>" if shown != text else ""
    return f"<text x='{x}' y='{y}' text-anchor='end'>{tooltip}{escape(shown)}</text>"


def _text_width(text: str) -> float:
    """A generous estimate of ``text``'s width in pixels at the charts' 12px sans-serif font.

    No font metrics exist at render time; wide glyphs (capitals, W, M) count more, and the
    report's tests measure the rendered labels in Chromium to hold this estimate to account.
    """
    return sum(_char_width(c) for c in text)


def _char_width(char: str) -> float:
    """Hangul syllables take a full em where Latin letters take about half: Korean labels need room."""
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return FULL_WIDTH_CHAR
    return WIDE_CHAR if char.isupper() or char in "mwMW" else CHAR


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)
