"""Prefect orchestration and the ``medtour`` command line: wiring only, no extraction logic."""
