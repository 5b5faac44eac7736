"""Languages: one folder each (lang/<code>/), the interface they share (base) and the registry."""
