"""Pure functions from a document to records: no I/O, no Prefect, no database."""

from extractors.context import ExtractionTimeout
from extractors.decoding import UnreadableDocument
from extractors.pipeline import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "ExtractionTimeout", "UnreadableDocument", "extract"]
