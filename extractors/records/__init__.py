"""Record builders: patient counts, targets, partnerships and events read from a document."""
