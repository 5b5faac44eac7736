"""Defaults shared by the command line and the flow (importing this never imports Prefect)."""

import os
from pathlib import Path

DEFAULT_WAREHOUSE = "medtour.duckdb"


def resolve_warehouse(warehouse: str | os.PathLike[str] | None) -> Path:
    """The warehouse file: the argument, else ``$MEDTOUR_WAREHOUSE``, else ./medtour.duckdb."""
    return Path(warehouse or os.environ.get("MEDTOUR_WAREHOUSE") or DEFAULT_WAREHOUSE)


def resolve_prefect_home() -> Path:
    """Where ``medtour serve`` keeps the Prefect server it starts: ``$MEDTOUR_PREFECT_HOME`` or ~/.medtour/prefect.

    Apart from the user's own ~/.prefect, so that medtour's server, its SQLite database and its
    log never mix with a Prefect the user runs for other work.
    """
    return Path(os.environ.get("MEDTOUR_PREFECT_HOME") or Path.home() / ".medtour" / "prefect")
