"""Pure functions from a document to records: no I/O, no Prefect, no database."""

from extractors.context import ExtractionTimeout
from extractors.pipeline import EXTRACTOR_VERSION, extract
from extractors.text.decoding import UnreadableDocument

__all__ = ["EXTRACTOR_VERSION", "ExtractionTimeout", "UnreadableDocument", "extract"]
