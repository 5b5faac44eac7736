"""The Prefect flow ``ingest``: discover → skip unchanged → extract in batches → load → record the run."""

import os
import traceback
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

from prefect import flow, task

from extractors import EXTRACTOR_VERSION, UnreadableDocument, extract
from flows.discovery import SourceFile, discover, read_source
from flows.settings import resolve_warehouse
from models import Extraction, FileState
from warehouse import IngestError, Warehouse

DEFAULT_BATCH_SIZE = 200


@dataclass(frozen=True)
class ExtractedDocument:
    file: SourceFile
    state: FileState
    extraction: Extraction | None  # None: the content is unchanged since the last run
    is_new: bool


@dataclass
class IngestSummary:
    """What one run did; the same counters are stored in ``ingest_runs``."""

    run_id: str
    warehouse: str
    docs_seen: int = 0
    docs_new: int = 0
    docs_changed: int = 0
    docs_unchanged: int = 0
    docs_failed: int = 0
    docs_deleted: int = 0
    records_loaded: int = 0
    records_rejected: int = 0
    errors: list[IngestError] = field(default_factory=list)

    def counters(self) -> dict[str, int]:
        names = (
            "docs_seen",
            "docs_new",
            "docs_changed",
            "docs_unchanged",
            "docs_failed",
            "docs_deleted",
            "records_loaded",
            "records_rejected",
        )
        return {name: getattr(self, name) for name in names}


@dataclass(frozen=True)
class BatchResult:
    documents: list[ExtractedDocument]
    errors: list[IngestError]


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@task(name="extract-batch")
def extract_batch(files: list[SourceFile], known: dict[str, FileState]) -> BatchResult:
    """Read, hash and extract a batch of files; a bad file becomes an error, never an exception."""
    documents, errors = [], []
    for file in files:
        try:
            source = read_source(file)
        except OSError as error:
            errors.append(IngestError(file.source_uri, "read", f"cannot read file: {error}", now()))
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
            extraction = extract(source)
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


def _needs_reading(file: SourceFile, known: FileState | None) -> bool:
    """Size, mtime and extractor version unchanged: the file is skipped without being read."""
    return not (
        known is not None
        and known.size_bytes == file.size_bytes
        and known.mtime_ns == file.mtime_ns
        and known.extractor_version == EXTRACTOR_VERSION
    )


@flow(name="ingest", log_prints=False)
def ingest(path: str, warehouse: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> IngestSummary:
    """Bring the warehouse up to date with the documents under ``path``."""
    warehouse_path = resolve_warehouse(warehouse)
    summary = IngestSummary(run_id=uuid.uuid4().hex, warehouse=str(warehouse_path))
    with Warehouse.open(warehouse_path) as store:
        store.start_run(
            summary.run_id,
            source_path=str(Path(path).resolve()),
            extractor_version=EXTRACTOR_VERSION,
            at=now(),
        )
        try:
            _run(Path(path), store, summary, batch_size)
        except BaseException as error:
            store.finish_run(
                summary.run_id,
                at=now(),
                status="failed",
                counts=summary.counters(),
                error=f"{type(error).__name__}: {error}",
            )
            raise
        status = "completed_with_errors" if summary.docs_failed else "completed"
        store.finish_run(summary.run_id, at=now(), status=status, counts=summary.counters())
    return summary


def _run(root: Path, store: Warehouse, summary: IngestSummary, batch_size: int) -> None:
    known = store.known_files()
    seen: set[str] = set()
    futures = []
    for batch in batched(_changed_files(root, known, seen, summary), batch_size):
        batch_known = {f.source_uri: known[f.source_uri] for f in batch if f.source_uri in known}
        futures.append(extract_batch.submit(batch, batch_known))
    for future in futures:
        result: BatchResult = future.result()
        _load(store, result, summary)
    vanished = [state.doc_id for uri, state in known.items() if uri not in seen and _under(uri, root)]
    store.mark_deleted(vanished, at=now())
    summary.docs_deleted = len(vanished)


def _changed_files(
    root: Path, known: dict[str, FileState], seen: set[str], summary: IngestSummary
) -> Iterator[SourceFile]:
    for file in discover(root):
        seen.add(file.source_uri)
        summary.docs_seen += 1
        if _needs_reading(file, known.get(file.source_uri)):
            yield file
        else:
            summary.docs_unchanged += 1


def _load(store: Warehouse, result: BatchResult, summary: IngestSummary) -> None:
    extracted = [d for d in result.documents if d.extraction is not None]
    summary.docs_unchanged += len(result.documents) - len(extracted)
    loaded = store.load([(d.extraction, d.state) for d in extracted], run_id=summary.run_id, at=now())
    summary.docs_new += sum(d.is_new for d in extracted)
    summary.docs_changed += sum(not d.is_new for d in extracted)
    summary.records_loaded += loaded.records
    summary.records_rejected += loaded.rejected
    summary.docs_failed += len(result.errors)
    summary.errors.extend(result.errors)
    store.record_errors(summary.run_id, result.errors)


def batched(items: Iterator[SourceFile], size: int) -> Iterator[list[SourceFile]]:
    """Consecutive lists of ``size`` items (itertools.batched arrived only in Python 3.12)."""
    while batch := list(islice(items, size)):
        yield batch


def _under(uri: str, root: Path) -> bool:
    root = root.resolve()
    return uri == str(root) or uri.startswith(str(root) + os.sep)
