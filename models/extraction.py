"""The result of extracting one document, and the gate every candidate record passes."""

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from models.document import Document
from models.labels import RecordKind
from models.records import RECORD_TYPES, Record


class RejectedRecord(BaseModel):
    """A candidate record that failed validation: kept with the reason, never loaded."""

    model_config = ConfigDict(frozen=True, use_enum_values=True, validate_default=True)

    doc_id: str
    record_kind: RecordKind
    payload: str
    reason: str


class Extraction(BaseModel):
    """Everything one document yields: its description, valid records and rejected ones."""

    model_config = ConfigDict(frozen=True)

    document: Document
    records: list[Record]
    rejected: list[RejectedRecord]


def validate_record(kind: RecordKind, fields: dict[str, Any]) -> Record | RejectedRecord:
    """Build the record of ``kind`` from ``fields``, or say in one line why it is invalid."""
    try:
        return RECORD_TYPES[kind].model_validate(fields)
    except ValidationError as error:
        reason = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}" for e in error.errors())
        return RejectedRecord(
            doc_id=str(fields.get("doc_id", "")),
            record_kind=kind,
            payload=json.dumps(fields, default=str, ensure_ascii=False),
            reason=reason,
        )
