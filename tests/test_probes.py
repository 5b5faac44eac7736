"""Behavioural probes: short texts of our own, each with the whole set of records it must yield.

The probes live in ``tests/probes/<language>/<capability>.toml`` (see ``tests/probes/README.md``).
Each one is put in a minimal article (the language's headline and dateline from its
``_frame.toml``), run through the extractors' public entry point, and its records compared
with the expected set as the project's scorer compares them: numbers within 0.5 %, dates and
years exactly, labels by value, country codes as sets, names by case-insensitive containment
(parties and organizers as whole lists).
A record missing or a record too many both fail. A probe marked ``gap`` fails today on purpose:
it runs as a strict xfail, so the change that makes it pass must also remove the mark.
"""

import hashlib
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from extractors import extract
from models import RECORD_TYPES, RecordKind, SourceDocument
from warehouse.evaluation import (  # the scorer's field rules, so a probe agrees with `medtour evaluate`
    CODE_FIELDS,
    EXACT_FIELDS,
    LABEL_FIELDS,
    NUMBER_FIELDS,
    RELATIVE_TOLERANCE,
)

PROBES = Path(__file__).resolve().parent / "probes"
FRAME_FILE = "_frame.toml"

NULL = "NULL"  # TOML has no null: this value says the field must be empty
# Lists of names are whole sets: a place taken for a party is as wrong as a party missed.
NAME_LISTS = frozenset({"parties", "organizers"})
# Provenance is checked by the evidence tests; a probe says what was read, not where.
NOT_COMPARED = frozenset({"record_id", "doc_id", "evidence", "span_start", "span_end", "confidence"})

PROBE_KEYS = frozenset({"id", "text", "published", "stamped", "headline", "expect", "gap", "note"})
REQUIRED_KEYS = frozenset({"id", "text", "expect"})
MIN_PROBES_PER_CAPABILITY = 5


class ProbeFileError(ValueError):
    """A probe file that does not follow the format: reported at collection, never skipped."""


@dataclass(frozen=True)
class Frame:
    """How a language's probe text becomes an article: a headline and a dateline format."""

    headline: str
    dateline: str  # str.format template over ``date``, e.g. "Posted on {date:%d %B %Y}"

    def article(self, text: str, published: date | None, headline: str | None = None) -> str:
        lines = [headline or self.headline]
        if published is not None:
            lines.append(self.dateline.format(date=published))
        lines.append(text.strip())
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Probe:
    language: str
    capability: str
    id: str
    text: str
    published: date | None
    expect: tuple[dict[str, Any], ...]
    gap: str | None
    stamped: date | None = None  # the date the text itself shows, framed with no dateline
    headline: str | None = None  # the probe's own headline, in place of the frame's

    @property
    def read_as(self) -> date | None:
        """The date the article must be read as: the dateline's, else the text's own stamp."""
        return self.published or self.stamped

    @property
    def name(self) -> str:
        return f"{self.language}/{self.capability}/{self.id}"


def load_frame(folder: Path) -> Frame:
    path = folder / FRAME_FILE
    if not path.is_file():
        raise ProbeFileError(f"{folder}: no {FRAME_FILE} (headline and dateline of the language)")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if set(data) != {"headline", "dateline"} or "{date" not in data["dateline"]:
        raise ProbeFileError(f"{path}: needs exactly `headline` and a `dateline` template using {{date...}}")
    return Frame(headline=data["headline"], dateline=data["dateline"])


def load_probes(path: Path) -> list[Probe]:
    """Read and check one capability file; any mistake in it is a ProbeFileError naming the probe."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if set(data) != {"probe"}:
        raise ProbeFileError(f"{path}: only [[probe]] tables are allowed, found {sorted(data)}")
    probes: list[Probe] = []
    for raw in data["probe"]:
        where = f"{path}: probe {raw.get('id', '?')!r}"
        if missing := REQUIRED_KEYS - set(raw):
            raise ProbeFileError(f"{where}: missing {sorted(missing)}")
        if unknown := set(raw) - PROBE_KEYS:
            raise ProbeFileError(f"{where}: unknown keys {sorted(unknown)}")
        published = raw.get("published")
        stamped = raw.get("stamped")
        if any(d is not None and type(d) is not date for d in (published, stamped)):
            raise ProbeFileError(f"{where}: `published` and `stamped` must be TOML dates (2019-03-10)")
        headline = raw.get("headline")
        if headline is not None and not (isinstance(headline, str) and headline.strip()):
            raise ProbeFileError(f"{where}: `headline` must be a one-line text")
        gap = raw.get("gap")
        if gap is not None and not (isinstance(gap, str) and gap.strip()):
            raise ProbeFileError(f"{where}: `gap` must be a one-line description")
        probes.append(
            Probe(
                language=path.parent.name,
                capability=path.stem,
                id=raw["id"],
                text=raw["text"],
                published=published,
                expect=tuple(_checked_expectation(where, record) for record in raw["expect"]),
                gap=gap,
                stamped=stamped,
                headline=headline,
            )
        )
    ids = [probe.id for probe in probes]
    if duplicates := sorted({i for i in ids if ids.count(i) > 1}):
        raise ProbeFileError(f"{path}: duplicate ids {duplicates}")
    return probes


def _checked_expectation(where: str, record: dict[str, Any]) -> dict[str, Any]:
    kind = record.get("record")
    if kind not in {k.value for k in RecordKind}:
        raise ProbeFileError(
            f"{where}: each expected record needs `record` = one of {[k.value for k in RecordKind]}"
        )
    fields = set(RECORD_TYPES[RecordKind(kind)].model_fields) - NOT_COMPARED
    if unknown := set(record) - fields - {"record"}:
        raise ProbeFileError(f"{where}: {kind} has no comparable fields {sorted(unknown)}")
    return record


def language_folders() -> list[Path]:
    return sorted(p for p in PROBES.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def capability_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.toml") if not p.name.startswith("_"))


def all_probes() -> Iterator[tuple[Frame, Probe]]:
    for folder in language_folders():
        frame = load_frame(folder)
        for path in capability_files(folder):
            for probe in load_probes(path):
                yield frame, probe


def _params() -> list[Any]:
    params = []
    for frame, probe in all_probes():
        marks = [pytest.mark.xfail(strict=True, reason=probe.gap)] if probe.gap else []
        params.append(pytest.param(frame, probe, id=probe.name, marks=marks))
    return params


# ---- comparison, as the scorer compares a gold record with a predicted one -----------------


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [v for v in value if v is not None]
    return [value]


def agrees(field: str, expected: Any, actual: Any) -> bool:
    """Whether an extracted field value agrees with the expected one."""
    if expected == NULL:
        return not _as_list(actual)
    if actual is None:
        return False
    if field in NUMBER_FIELDS:
        return abs(float(actual) - float(expected)) <= RELATIVE_TOLERANCE * abs(float(expected)) + 1e-9
    if field in EXACT_FIELDS:
        return str(actual)[:10] == str(expected)
    if field in CODE_FIELDS:
        return {str(c).upper() for c in _as_list(actual)} == {str(c).upper() for c in _as_list(expected)}
    if field in LABEL_FIELDS:
        return str(actual).lower() in {str(e).lower() for e in _as_list(expected)}
    keys = [str(e).lower() for e in _as_list(expected)]
    found = [str(a).lower() for a in _as_list(actual)]
    if field in NAME_LISTS:
        # one extracted name for each expected one, and none left over
        return len(found) == len(keys) and _pairs_fully(keys, found)
    return all(any(k in f for f in found) for k in keys)


def _pairs_fully(keys: list[str], found: list[str]) -> bool:
    """Whether each key can stand in its own extracted name (a perfect bipartite matching)."""
    fits = [[j for j, f in enumerate(found) if k in f] for k in keys]
    return len(_max_matching(fits)) == len(keys)


def matches(expected: dict[str, Any], actual: dict[str, Any]) -> bool:
    return expected["record"] == actual["record"] and all(
        agrees(field, value, actual.get(field)) for field, value in expected.items() if field != "record"
    )


def pair_up(expected: Sequence[dict[str, Any]], actual: Sequence[dict[str, Any]]) -> dict[int, int]:
    """The largest pairing of expected with extracted records (expected index -> extracted index).

    A maximum bipartite matching, so that a loose expectation never takes the one record a
    stricter expectation needed.
    """
    return _max_matching([[j for j, a in enumerate(actual) if matches(e, a)] for e in expected])


def _max_matching(fits: list[list[int]]) -> dict[int, int]:
    """Left index -> right index for the largest matching, ``fits[i]`` listing what ``i`` may take."""
    owner: dict[int, int] = {}

    def claim(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or claim(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(fits)):
        claim(i, set())
    return {i: j for j, i in owner.items()}


def extracted(frame: Frame, probe: Probe) -> tuple[date | None, list[dict[str, Any]]]:
    """The probe's article through the extractors: its publication date and its records.

    Without a time budget: a probe checks what is read, not how fast (the benchmarks do), and
    a budget would make probes fail at random on a loaded machine.
    """
    content = frame.article(probe.text, probe.published, probe.headline).encode()
    source = SourceDocument(
        doc_id=f"probe-{probe.id}",
        source_uri=f"{probe.id}.txt",
        content=content,
        content_sha256=hashlib.sha256(content).hexdigest(),
    )
    extraction = extract(source, time_budget=None)
    records = [
        {"record": record.record_kind.value, **record.model_dump(exclude=set(NOT_COMPARED))}
        for record in extraction.records
    ]
    return extraction.document.published_date, records


def _shown(record: dict[str, Any]) -> str:
    fields = {k: v for k, v in record.items() if k != "record" and v not in (None, [])}
    return f"{record['record']} {fields}"


@pytest.mark.parametrize(("frame", "probe"), _params())
def test_probe(frame: Frame, probe: Probe) -> None:
    published, records = extracted(frame, probe)
    assert published == probe.read_as, f"the article's date was read as {published}, not {probe.read_as}"
    pairs = pair_up(probe.expect, records)
    missed = [_shown(e) for i, e in enumerate(probe.expect) if i not in pairs]
    extra = [_shown(a) for j, a in enumerate(records) if j not in pairs.values()]
    report = "\n".join(
        [f"text: {probe.text.strip()}"]
        + [f"missed: {m}" for m in missed]
        + [f"extra:  {x}" for x in extra]
        + ([f"(extracted: {[_shown(r) for r in records]})"] if missed else [])
    )
    assert not missed and not extra, report


def test_every_capability_has_enough_probes_and_a_near_miss() -> None:
    """Five phrasings at least, and one text that must give nothing, so that a capability is
    tested for what it must not find as well as for what it must."""
    thin = []
    for folder in language_folders():
        for path in capability_files(folder):
            probes = load_probes(path)
            if len(probes) < MIN_PROBES_PER_CAPABILITY or not any(not p.expect for p in probes):
                thin.append(f"{folder.name}/{path.stem}: {len(probes)} probes")
    assert not thin, (
        f"capabilities with fewer than {MIN_PROBES_PER_CAPABILITY} probes or no near-miss: {thin}"
    )


# ---- the comparison itself must be right, or every probe above is meaningless --------------


def test_a_missing_and_an_extra_record_are_both_seen() -> None:
    expected = [{"record": "patient_stat", "count": 1200}]
    assert pair_up(expected, [{"record": "patient_stat", "count": 1203}]) == {0: 0}
    assert pair_up(expected, [{"record": "patient_stat", "count": 1300}]) == {}
    assert pair_up(expected, [{"record": "target", "count": 1200}]) == {}


def test_a_loose_expectation_does_not_take_the_record_a_strict_one_needs() -> None:
    expected = [{"record": "event"}, {"record": "event", "city": "Almaty"}]
    actual = [{"record": "event", "city": "Almaty"}, {"record": "event", "city": "Bishkek"}]
    assert pair_up(expected, actual) == {0: 1, 1: 0}


@pytest.mark.parametrize(
    ("field", "expected", "actual", "agreed"),
    [
        ("count", 80000, 80300, True),
        ("count", 80000, 80500, False),
        ("year", 2019, 2018, False),
        ("start_date", date(2019, 3, 5), date(2019, 3, 5), True),
        ("market_countries", ["UZ", "KG"], ["KG"], False),
        ("market_countries", ["UZ", "KG"], ["kg", "UZ"], True),
        ("event_type", ["conference", "award"], "award", True),
        ("parties", ["Severance", "Almaty"], ["Severance Hospital", "City of Almaty"], True),
        ("parties", ["Severance", "Almaty"], ["Severance Hospital"], False),
        ("parties", ["Severance", "Almaty"], ["Severance Hospital", "Almaty", "Tashkent"], False),
        ("parties", ["Severance", "Almaty"], ["Severance Hospital and Almaty City Hospital"], False),
        ("institution", "Wonju", "Wonju Severance Christian Hospital", True),
        ("start_date", NULL, None, True),
        ("start_date", NULL, date(2019, 3, 5), False),
        ("year", 2019, None, False),
    ],
)
def test_fields_agree_as_the_scorer_says(field: str, expected: Any, actual: Any, agreed: bool) -> None:
    assert agrees(field, expected, actual) is agreed


GOOD_HEAD = 'id = "a"\ntext = "Some text."\npublished = 2019-03-10\n'


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(GOOD_HEAD + 'expect = []\nexpected = "x"\n', id="unknown-key"),
        pytest.param(GOOD_HEAD, id="no-expect"),
        pytest.param(GOOD_HEAD + 'expect = [{ record = "stat", count = 1 }]\n', id="unknown-record-kind"),
        pytest.param(GOOD_HEAD + 'expect = [{ record = "event", attendees = 1 }]\n', id="unknown-field"),
        pytest.param('id = "a"\ntext = "T."\npublished = "2019-03-10"\nexpect = []\n', id="date-as-text"),
        pytest.param(GOOD_HEAD + 'expect = []\ngap = ""\n', id="empty-gap"),
    ],
)
def test_a_probe_file_that_breaks_the_format_is_refused(tmp_path: Path, body: str) -> None:
    path = tmp_path / "capability.toml"
    path.write_text(f"[[probe]]\n{body}", encoding="utf-8")
    with pytest.raises(ProbeFileError):
        load_probes(path)


def test_a_well_formed_probe_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "capability.toml"
    path.write_text(f"[[probe]]\n{GOOD_HEAD}expect = []\n", encoding="utf-8")
    (probe,) = load_probes(path)
    assert probe.published == date(2019, 3, 10) and probe.expect == () and probe.gap is None
