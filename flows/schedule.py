"""Reading ``medtour serve --every``: an interval a person types, such as ``30s``, ``10m`` or ``2h``."""

import re
from datetime import timedelta

UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_EVERY = re.compile(r"\s*(\d+)\s*([smhd])\s*", re.IGNORECASE)


def parse_every(text: str) -> timedelta:
    """``10m`` → 10 minutes; a unit is required, so that ``10`` is never silently ten seconds."""
    match = _EVERY.fullmatch(text)
    if not match or int(match[1]) == 0:
        raise ValueError(f"--every {text!r}: give a positive number and a unit, e.g. 30s, 10m, 2h or 1d")
    return timedelta(**{UNITS[match[2].lower()]: int(match[1])})


def format_every(interval: timedelta) -> str:
    """The inverse of ``parse_every``: 600 seconds → ``10m``."""
    seconds = int(interval.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
