"""Headless Chromium for the browser tests: the rendered DOM and a screenshot of a local page, the
rendered DOM of a served one (the Prefect UI).

CI installs Debian's ``chromium`` (.ci/run) and sets ``MEDTOUR_REQUIRE_CHROMIUM=1``, so that there
the browser tests fail rather than skip when it is missing; elsewhere they skip with the reason.
"""

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

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


# Run in the page after its own script: where text is cut or overlaps, and how big each chart is.
# SVG text is measured in the chart's own units (getBBox) against its viewBox and against the other
# texts of the chart; HTML text overflows where an element's content is wider than its box.
MEASURE = """
<script>
(function () {
  "use strict";
  const cut = [], overlapping = [], sizes = {};
  const inside = (a, b) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 &&
    a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
  const meet = (a, b) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;
  document.querySelectorAll("svg").forEach(function (svg) {
    const view = svg.viewBox.baseVal;
    const texts = Array.from(svg.querySelectorAll("text")).map((t) => [t.textContent, t.getBBox()]);
    texts.forEach(function ([text, box], i) {
      if (!inside(box, view)) { cut.push(text); }
      texts.slice(i + 1).forEach(function ([other, otherBox]) {
        if (meet(box, otherBox)) { overlapping.push([text, other]); }
      });
    });
  });
  document.querySelectorAll("figcaption, th, td, summary span, .tiles li, aside li, p.source")
    .forEach(function (node) {
      if (node.scrollWidth > node.clientWidth + 1) { cut.push(node.textContent.trim()); }
    });
  document.querySelectorAll("figure[id]").forEach(function (figure) {
    const chart = figure.querySelector("svg") || figure;
    const box = chart.getBoundingClientRect();
    sizes[figure.id] = [Math.round(box.width), Math.round(box.height)];
  });
  document.body.dataset.measured = JSON.stringify({cut: cut, overlapping: overlapping, sizes: sizes});
})();
</script>
"""


def measure(chromium: str, page: Path, profile: Path, width: int) -> dict[str, Any]:
    """Cut and overlapping text, and each chart's size in CSS pixels, as the page renders at ``width``."""
    measured = page.with_name(f"{page.stem}.measured.html")
    measured.write_text(page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), "utf-8")
    dom = _run(chromium, profile, f"--window-size={width},2000", "--dump-dom", measured.resolve().as_uri())
    found = re.search(r'data-measured="([^"]*)"', dom)
    if found is None:
        raise RuntimeError("the measuring script did not run")
    return json.loads(html.unescape(found.group(1)))


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
