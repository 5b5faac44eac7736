"""Finding documents on disk and reading them into ``SourceDocument``s (the flow's I/O)."""

import hashlib
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from models import MediaType, SourceDocument

MEDIA_TYPES = {
    ".txt": MediaType.TEXT,
    ".md": MediaType.MARKDOWN,
    ".html": MediaType.HTML,
    ".htm": MediaType.HTML,
}

# Pauses between attempts to read a file that changes while it is read: about 4 s in all.
DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024  # news articles are kilobytes; bigger files are not articles
SETTLE_DELAYS = (0.25, 0.5, 1.0, 2.0)


@dataclass(frozen=True)
class SourceFile:
    """A document file found by discovery, with what ``stat`` says of it."""

    path: Path
    size_bytes: int
    mtime_ns: int

    @property
    def source_uri(self) -> str:
        return str(self.path)

    @property
    def doc_id(self) -> str:
        return document_id(self.source_uri)


def document_id(source_uri: str) -> str:
    """A document's id names its location, so that a new version replaces the old one."""
    return hashlib.sha256(source_uri.encode()).hexdigest()[:20]


def discover(root: Path) -> Iterator[SourceFile]:
    """Document files under ``root`` (or ``root`` itself), in a stable order.

    Symbolic links to directories are not followed, so a link loop cannot trap the walk.
    """
    root = root.resolve()
    if root.is_file():
        yield _source_file(root)
        return
    if not root.is_dir():
        raise FileNotFoundError(f"no such file or directory: {root}")
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        for name in sorted(files):
            path = Path(directory) / name
            if path.suffix.lower() in MEDIA_TYPES:
                try:
                    yield _source_file(path)
                except OSError:
                    continue  # vanished between listing and stat: it will be seen as deleted


def _source_file(path: Path) -> SourceFile:
    stat = path.stat()
    return SourceFile(path=path, size_bytes=stat.st_size, mtime_ns=stat.st_mtime_ns)


def max_document_bytes() -> int:
    """The size limit: ``$MEDTOUR_MAX_DOCUMENT_BYTES``, else 5 MiB."""
    return int(os.environ.get("MEDTOUR_MAX_DOCUMENT_BYTES") or DEFAULT_MAX_DOCUMENT_BYTES)


class DocumentTooLarge(OSError):
    """A file over the size limit: reported, and never read into memory."""


class StillBeingWritten(OSError):
    """The file changed while it was read: another program is still writing it."""


def read_settled(
    file: SourceFile, delays: Sequence[float] | None = None
) -> tuple[SourceFile, SourceDocument]:
    """Read a file once it holds still, with its ``stat`` as of that read.

    A file still being copied or synced changes between discovery and reading, or during the
    read; reading again after a growing pause gives the writer time to finish. A file that never
    holds still raises ``StillBeingWritten``: it is not recorded as known, so a later run reads it.
    """
    if file.size_bytes > max_document_bytes():
        raise DocumentTooLarge(
            f"{file.size_bytes:,} bytes is over the {max_document_bytes():,}-byte limit "
            "(set MEDTOUR_MAX_DOCUMENT_BYTES to raise it)"
        )
    for delay in (*(SETTLE_DELAYS if delays is None else delays), None):
        content = file.path.read_bytes()
        current = _source_file(file.path)
        if current == file and len(content) == current.size_bytes:
            return current, _source_document(current, content)
        if delay is None:
            break
        time.sleep(delay)
        file = current
    raise StillBeingWritten("it kept changing while it was read (still being written?); a later run reads it")


def _source_document(file: SourceFile, content: bytes) -> SourceDocument:
    return SourceDocument(
        doc_id=file.doc_id,
        source_uri=file.source_uri,
        content=content,
        content_sha256=hashlib.sha256(content).hexdigest(),
        media_type=MEDIA_TYPES[file.path.suffix.lower()],
    )
