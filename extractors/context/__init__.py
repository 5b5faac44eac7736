"""The shared view of one document: its cached mentions (cache) and the reasoning across its sentences (discourse)."""

from extractors.context.cache import DocumentCache, ExtractionTimeout
from extractors.context.discourse import DocumentContext

__all__ = ["DocumentCache", "DocumentContext", "ExtractionTimeout"]
