"""Build small warehouses from hand-written documents and records, without extractors or Prefect.

The analysis tests need exact control over what several documents report (the same figure, a
conflicting one, a deleted document), which the extractors cannot promise; loading through
``Warehouse.load`` keeps the path the pipeline itself uses.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from extractors.lang.registry import language_for
from models import Document, Event, Extraction, FileState, Partnership, PatientStat, Record, Target
from warehouse import PendingLoad, Warehouse

# the field whose name the scope level of a record restates, classified as extraction does
SCOPED_BY = {"patient_stat": "institution", "target": "actor"}

MODELS: dict[str, type[Record]] = {
    "patient_stat": PatientStat,
    "target": Target,
    "partnership": Partnership,
    "event": Event,
}


@dataclass
class Doc:
    """A document and the records read from it; each record names the sentence it comes from."""

    doc_id: str
    text: str
    published: date | None = None
    title: str | None = None
    language: str = "en"
    records: list[Record] = field(default_factory=list)

    def add(self, record_kind: str, evidence: str, /, **fields: Any) -> "Doc":
        start = self.text.index(evidence)
        record_id = hashlib.sha256(f"{self.doc_id}|{len(self.records)}".encode()).hexdigest()[:20]
        if record_kind in SCOPED_BY:
            fields.setdefault(
                "scope_level", language_for(self.language).scope_level(fields.get(SCOPED_BY[record_kind]))
            )
        self.records.append(
            MODELS[record_kind].model_validate(
                {
                    "record_id": record_id,
                    "doc_id": self.doc_id,
                    "evidence": evidence,
                    "span_start": start,
                    "span_end": start + len(evidence),
                    "confidence": fields.pop("confidence", 0.8),
                    "rule": fields.pop("rule", "tests.fixture"),
                    **fields,
                }
            )
        )
        return self


def build(path: Path, docs: list[Doc]) -> Path:
    """Load ``docs`` into a new warehouse at ``path``."""
    batch = []
    for doc in docs:
        document = Document(
            doc_id=doc.doc_id,
            source_uri=f"/corpus/{doc.doc_id}.txt",
            content_sha256=hashlib.sha256(doc.text.encode()).hexdigest(),
            title=doc.title or doc.doc_id,
            published_date=doc.published,
            language=doc.language,
            text=doc.text,
            extractor_version="test",
        )
        state = FileState(
            source_uri=document.source_uri, doc_id=doc.doc_id, size_bytes=len(doc.text), mtime_ns=0
        )
        batch.append((Extraction(document=document, records=doc.records, rejected=[]).rows(), state))
    pending = PendingLoad("test-run")
    pending.add(batch, [], at=datetime(2024, 1, 1))
    with Warehouse.open(path) as store:
        store.load(pending)
    return path


def rows(path: Path, sql: str) -> list[dict[str, Any]]:
    """The result of ``sql`` on a read-only connection, as dicts."""
    with Warehouse.open(path, read_only=True) as store:
        result = store.query(sql)
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


MINISTRY = "ministry"
REVIEW = "review"
WITHDRAWN = "withdrawn"
HOSPITAL = "hospital"


def sample_docs() -> list[Doc]:
    """Four documents: two report some of the same facts (and disagree on a few figures), one will
    be marked deleted, one is a hospital's own news."""
    ministry = Doc(
        MINISTRY,
        "A record 412,000 foreign patients visited Korea last year. "
        "In 2018, 364,000 foreign patients came. "
        "Some 17,918 Mongolian patients came in 2019. "
        "Busan treated 11,236 Russian patients in 2018. "
        "The government aims to attract 1 million foreign patients by 2027. "
        "Daegu Metropolitan City signed an MOU with the Almaty City Health Department on June 7, 2018. "
        "Medical Korea 2024 runs from March 21 to 23 at COEX in Seoul.",
        published=date(2020, 4, 22),
    )
    ministry.add(
        "patient_stat",
        "A record 412,000 foreign patients visited Korea last year.",
        count=412000,
        year=2019,
        period_kind="year",
        population="foreign_patients",
        institution="Korea",
    )
    ministry.add(
        "patient_stat",
        "In 2018, 364,000 foreign patients came.",
        count=364000,
        year=2018,
        period_kind="year",
        population="foreign_patients",
        institution="Ministry of Health and Welfare",
    )
    ministry.add(
        "patient_stat",
        "Some 17,918 Mongolian patients came in 2019.",
        count=17918,
        year=2019,
        period_kind="year",
        population="foreign_patients",
        origin_countries=["MN"],
    )
    ministry.add(
        "patient_stat",
        "Busan treated 11,236 Russian patients in 2018.",
        count=11236,
        year=2018,
        period_kind="year",
        population="foreign_patients",
        origin_countries=["RU"],
        institution="Busan",
    )
    ministry.add(
        "target",
        "The government aims to attract 1 million foreign patients by 2027.",
        kind="goal",
        actor="government",
        metric="foreign_patients",
        value=1_000_000,
        target_year=2027,
    )
    ministry.add(
        "partnership",
        "Daegu Metropolitan City signed an MOU with the Almaty City Health Department",
        kind="mou",
        parties=["Daegu Metropolitan City", "Almaty City Health Department"],
        countries=["KR", "KZ"],
        signed_date=date(2018, 6, 7),
    )
    ministry.add(
        "event",
        "Medical Korea 2024 runs from March 21 to 23 at COEX in Seoul.",
        event_type="conference",
        name="Medical Korea 2024",
        start_date=date(2024, 3, 21),
        end_date=date(2024, 3, 23),
        venue="COEX",
        city="Seoul",
        country="KR",
    )

    review = Doc(
        REVIEW,
        "In 2019, 412,000 foreign patients came to Korea. "
        "Korea had 378,000 foreign patients in 2018. "
        "17,918 patients from Mongolia came in 2019. "
        "The Ministry of Health and Welfare wants 1,000,000 foreign patients by 2027. "
        "The Almaty City Health Department and Daegu Metropolitan City signed an agreement on June 8, 2018. "
        "Medical Korea 2024 opened on March 21 in Seoul and ends on March 24.",
        published=date(2020, 5, 12),
    )
    review.add(
        "patient_stat",
        "In 2019, 412,000 foreign patients came to Korea.",
        count=412000,
        year=2019,
        period_kind="year",
        population="foreign_patients",
        institution="Korea",
        qualifier="approx",
    )
    review.add(
        "patient_stat",
        "Korea had 378,000 foreign patients in 2018.",
        count=378000,
        year=2018,
        period_kind="year",
        population="foreign_patients",
        institution="Korea",
    )
    review.add(
        "patient_stat",
        "17,918 patients from Mongolia came in 2019.",
        count=17918,
        year=2019,
        period_kind="year",
        population="foreign_patients",
        origin_countries=["MN"],
    )
    review.add(
        "target",
        "The Ministry of Health and Welfare wants 1,000,000 foreign patients by 2027.",
        kind="goal",
        actor="Ministry of Health and Welfare",
        metric="foreign_patients",
        value=1_000_000,
        target_year=2027,
    )
    review.add(
        "partnership",
        "The Almaty City Health Department and Daegu Metropolitan City signed an agreement",
        kind="agreement",
        parties=["the Almaty City Health Department", "Daegu Metropolitan City"],
        countries=["KZ", "KR"],
        signed_date=date(2018, 6, 8),
    )
    review.add(
        "event",
        "Medical Korea 2024 opened on March 21 in Seoul and ends on March 24.",
        event_type="conference",
        start_date=date(2024, 3, 21),
        end_date=date(2024, 3, 24),
        city="Seoul",
        country="KR",
    )

    withdrawn = Doc(
        WITHDRAWN,
        "412,000 foreign patients visited Korea in 2019. Jeju welcomed 9,999 foreign patients in 2019.",
        published=date(2020, 6, 1),
    )
    withdrawn.add(
        "patient_stat",
        "412,000 foreign patients visited Korea in 2019.",
        count=412000,
        year=2019,
        period_kind="year",
        population="foreign_patients",
        institution="Korea",
    )
    withdrawn.add(
        "patient_stat",
        "Jeju welcomed 9,999 foreign patients in 2019.",
        count=9999,
        year=2019,
        period_kind="year",
        population="foreign_patients",
        institution="Jeju",
    )

    hospital = Doc(
        HOSPITAL,
        "Songdo Bay Medical Center treated 1,180 patients from the UAE in 2016. "
        "The ministry's target for 2019 is 400,000 foreign patients.",
        published=date(2017, 3, 2),
    )
    hospital.add(
        "patient_stat",
        "Songdo Bay Medical Center treated 1,180 patients from the UAE in 2016.",
        count=1180,
        year=2016,
        period_kind="year",
        population="foreign_patients",
        origin_countries=["AE"],
        institution="Songdo Bay Medical Center",
    )
    hospital.add(
        "target",
        "The ministry's target for 2019 is 400,000 foreign patients.",
        kind="goal",
        actor="Ministry of Health and Welfare",
        metric="foreign_patients",
        value=400_000,
        target_year=2019,
    )
    return [ministry, review, withdrawn, hospital]


def build_sample(path: Path) -> Path:
    """The sample warehouse, with the ``withdrawn`` document marked deleted but its records kept,
    so that the views' own filter on ``deleted_at`` is what keeps it out."""
    build(path, sample_docs())
    with Warehouse.open(path) as store:
        store.query(f"UPDATE documents SET deleted_at = TIMESTAMP '2024-01-02' WHERE doc_id = '{WITHDRAWN}'")
    return path
