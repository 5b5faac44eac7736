"""The extraction step of a run: read, hash and extract a batch of files, off the flow's process.

It runs in worker processes (a local pool or a Dask cluster), so it imports nothing of the
warehouse: a worker never loads DuckDB or Arrow (about 35 MB a process).
"""

import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors import EXTRACTOR_VERSION, UnreadableDocument, extract
from flows.discovery import SourceFile, read_settled
from models import ExtractionRows, FileState, IngestError


@dataclass(frozen=True)
class ExtractedDocument:
    file: SourceFile
    state: FileState
    extraction: ExtractionRows | None  # None: the content is unchanged since the last run
    is_new: bool


@dataclass(frozen=True)
class BatchResult:
    documents: list[ExtractedDocument]
    errors: list[IngestError]


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@task(name="extract-batch", cache_policy=NO_CACHE)  # hashing 200 documents' inputs costs, and buys nothing
def extract_batch(files: list[SourceFile], known: dict[str, FileState]) -> BatchResult:
    """Read, hash and extract a batch of files; a bad file becomes an error, never an exception."""
    documents, errors = [], []
    for discovered in files:
        try:
            file, source = read_settled(discovered)
        except OSError as error:
            errors.append(IngestError(discovered.source_uri, "read", f"cannot read file: {error}", now()))
            continue
        state = FileState(
            source_uri=file.source_uri,
            doc_id=file.doc_id,
            size_bytes=file.size_bytes,
            mtime_ns=file.mtime_ns,
            content_sha256=source.content_sha256,
            extractor_version=EXTRACTOR_VERSION,
        )
        previous = known.get(file.source_uri)
        if (
            previous
            and previous.content_sha256 == source.content_sha256
            and previous.extractor_version == EXTRACTOR_VERSION
        ):
            documents.append(ExtractedDocument(file, state, None, is_new=False))
            continue
        try:
            extraction = extract(source).rows()
        except UnreadableDocument as error:
            errors.append(IngestError(file.source_uri, "decode", str(error), now()))
            continue
        except Exception as error:  # an extractor bug must not stop the run: record it
            where = traceback.extract_tb(error.__traceback__)[-1]
            message = f"{type(error).__name__}: {error} (at {Path(where.filename).name}:{where.lineno})"
            errors.append(IngestError(file.source_uri, "extract", message, now()))
            continue
        documents.append(ExtractedDocument(file, state, extraction, is_new=previous is None))
    return BatchResult(documents, errors)
