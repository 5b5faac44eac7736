"""Text preparation: bytes to clean text, its metadata, sentences and tables."""
