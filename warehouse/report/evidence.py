"""The evidence browser's view of a document: its text cut into runs, and each record's fields as text.

Several records are often read from one sentence, so their spans overlap or coincide and cannot
be nested tags. The text is cut at every span boundary instead; each run knows every record that
covers it, and renders as one flat ``<mark>`` (or as plain text when no record covers it).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import PurePath
from typing import Any

from warehouse.report.data import KIND_TABLES
from warehouse.report.labels import LABELS, field_name, phrase

KIND_ORDER = tuple(KIND_TABLES)


@dataclass(frozen=True)
class Span:
    record_id: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Run:
    text: str
    record_ids: tuple[str, ...]
    kinds: tuple[str, ...]


def runs(text: str, spans: Sequence[Span]) -> list[Run]:
    """``text`` as consecutive runs; a run's records are those whose span covers all of it.

    Spans are clamped to the text, so a record whose offsets overshoot (a bug upstream) still
    shows what it can instead of breaking the page.
    """
    size = len(text)
    kept = [
        Span(s.record_id, s.kind, max(0, s.start), min(size, s.end))
        for s in spans
        if max(0, s.start) < min(size, s.end)
    ]
    cuts = sorted({0, size, *(s.start for s in kept), *(s.end for s in kept)})
    result = []
    for start, end in pairwise(cuts):
        covering = [s for s in kept if s.start <= start and end <= s.end]
        kinds = tuple(kind for kind in KIND_ORDER if any(s.kind == kind for s in covering))
        result.append(Run(text[start:end], tuple(s.record_id for s in covering), kinds))
    return result


def display_fields(fields: dict[str, Any]) -> list[tuple[str, str]]:
    """A record's non-empty fields as (name, text), in column order: numbers grouped, years not,
    the contract's labels as words ("business presentation")."""
    return [
        (field_name(name), _display(name, value))
        for name, value in fields.items()
        if value not in (None, [], "")
    ]


def _display(name: str, value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_display(name, v) for v in value)
    if isinstance(value, str) and value in LABELS:
        return phrase(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and not name.endswith("year"):
        return f"{value:,}"
    return str(value)


def relative_source(source_uri: str, folders: Sequence[str]) -> str:
    """The document's path inside the folder it was ingested from ("news/2019/a.txt").

    The report is meant to be mailed and archived: local paths (a home directory, a mount) say
    nothing to its reader. Of several ingested folders, the innermost one holding the file wins;
    a file ingested on its own shows its name; anything else (a URI) shows as it is.
    """
    path = PurePath(source_uri)
    holders = [PurePath(f) for f in folders if path == PurePath(f) or PurePath(f) in path.parents]
    if not holders:
        return source_uri
    root = max(holders, key=lambda folder: len(folder.parts))
    return path.name if path == root else path.relative_to(root).as_posix()
