"""Pydantic record models: the single source of truth for fields and validation."""

from models.document import Document, FileState, IngestError, MediaType, SourceDocument
from models.extraction import Extraction, ExtractionRows, RejectedRecord, validate_record
from models.labels import (
    EventType,
    Metric,
    PartnershipKind,
    PeriodKind,
    Population,
    Qualifier,
    RecordKind,
    ScopeLevel,
    TargetKind,
)
from models.records import NATIONAL_INSTITUTION, RECORD_TYPES, Event, Partnership, PatientStat, Record, Target

__all__ = [
    "NATIONAL_INSTITUTION",
    "RECORD_TYPES",
    "Document",
    "Event",
    "EventType",
    "Extraction",
    "ExtractionRows",
    "FileState",
    "IngestError",
    "MediaType",
    "Metric",
    "Partnership",
    "PartnershipKind",
    "PatientStat",
    "PeriodKind",
    "Population",
    "Qualifier",
    "Record",
    "RecordKind",
    "RejectedRecord",
    "ScopeLevel",
    "SourceDocument",
    "Target",
    "TargetKind",
    "validate_record",
]
