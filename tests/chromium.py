"""Headless Chromium for the browser tests: the rendered DOM and a screenshot of a local page, the
rendered DOM of a served one (the Prefect UI).

CI installs Debian's ``chromium`` (.ci/run) and sets ``MEDTOUR_REQUIRE_CHROMIUM=1``, so that there
the browser tests fail rather than skip when it is missing; elsewhere they skip with the reason.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
TIMEOUT_SECONDS = 60
# Virtual time: it stands still while requests are pending, so a single-page app's data has arrived
# and been rendered when it runs out; it passes faster than real time (about 1.5 s here).
SCRIPT_BUDGET_MS = 10_000


def find_chromium() -> str:
    """The browser's path, or a skip (a failure where CI requires it)."""
    path = shutil.which("chromium")
    if path is None:
        message = "headless Chromium is not installed (apt-get install chromium)"
        if os.environ.get("MEDTOUR_REQUIRE_CHROMIUM"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def dump_dom(chromium: str, page: Path, profile: Path) -> str:
    """The page's DOM after its scripts ran, serialised as HTML."""
    return _run(chromium, profile, "--dump-dom", page.resolve().as_uri())


def dump_served_dom(chromium: str, url: str, profile: Path) -> str:
    """A served page's DOM once its scripts have fetched their data and rendered it."""
    return _run(chromium, profile, f"--virtual-time-budget={SCRIPT_BUDGET_MS}", "--dump-dom", url)


def screenshot(chromium: str, page: Path, profile: Path, png: Path, size: tuple[int, int]) -> None:
    _run(
        chromium,
        profile,
        f"--screenshot={png}",
        f"--window-size={size[0]},{size[1]}",
        page.resolve().as_uri(),
    )


def _run(chromium: str, profile: Path, *args: str) -> str:
    result = subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"chromium exited {result.returncode}: {result.stderr[-2000:]}")
    return result.stdout
