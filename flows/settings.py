"""Defaults shared by the command line and the flow (importing this never imports Prefect)."""

import os
from pathlib import Path

DEFAULT_WAREHOUSE = "medtour.duckdb"


def resolve_warehouse(warehouse: str | os.PathLike[str] | None) -> Path:
    """The warehouse file: the argument, else ``$MEDTOUR_WAREHOUSE``, else ./medtour.duckdb."""
    return Path(warehouse or os.environ.get("MEDTOUR_WAREHOUSE") or DEFAULT_WAREHOUSE)
