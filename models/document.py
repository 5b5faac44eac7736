"""Documents: the raw input handed to the extractors and the cleaned, described output."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field
from pydantic.dataclasses import dataclass as pydantic_dataclass

from models.fields import PlausibleDate


class MediaType(StrEnum):
    TEXT = "text/plain"
    MARKDOWN = "text/markdown"
    HTML = "text/html"


class SourceDocument(BaseModel):
    """One version of a document as read from its source, before any interpretation.

    ``doc_id`` names the document across versions; ``content_sha256`` names this version.
    """

    model_config = ConfigDict(frozen=True)

    doc_id: str = Field(min_length=1)
    source_uri: str = Field(min_length=1)
    content: bytes
    content_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    media_type: MediaType = MediaType.TEXT


class Document(BaseModel):
    """A document's cleaned text and metadata: one row of the ``documents`` table."""

    model_config = ConfigDict(frozen=True, use_enum_values=True, validate_default=True)

    doc_id: str = Field(
        min_length=1, description="stable id of the document (of its source path, not of one version)"
    )
    source_uri: str = Field(
        min_length=1,
        description="where it came from: a file path; its file stem names the document for scoring",
    )
    content_sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$",
        description="SHA-256 of this version's raw bytes: a changed document is extracted again, an unchanged one is not",
    )
    title: str | None = Field(
        default=None, description="the article's headline (not the site name or navigation)"
    )
    publisher: str | None = Field(
        default=None, description="the site or outlet, where the text or its metadata says"
    )
    published_date: PlausibleDate | None = Field(
        default=None, description="publication or registration date; NULL where the document gives none"
    )
    language: str | None = Field(
        default=None, pattern=r"^[a-z]{2}$", description="ISO 639-1 code of the main text's language"
    )
    text: str = Field(description="the cleaned text that every record's span_start and span_end refer to")
    extractor_version: str = Field(
        min_length=1,
        description="the extractor version that read this version; an upgrade re-extracts older documents",
    )
    notes: list[str] = Field(
        default_factory=list,
        description="what decoding or cleaning repaired (bad bytes, encoding, invisible characters)",
    )


@pydantic_dataclass(frozen=True, slots=True)  # a run holds one per known document: keep it small
class FileState:
    """What the warehouse remembers of a source file to decide whether to re-extract it."""

    source_uri: str
    doc_id: str
    size_bytes: Annotated[int, Field(ge=0)]
    mtime_ns: int
    content_sha256: str | None = None
    extractor_version: str | None = None


@dataclass(frozen=True, slots=True)
class IngestError:
    """A source file that yielded no document: why, and at which stage (read, decode, extract)."""

    source_uri: str
    stage: str
    error: str
    at: datetime
