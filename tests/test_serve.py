"""``medtour serve`` end to end: a real Prefect server, real schedules, real file notifications."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import anyio
import duckdb
import psutil
import pytest
from prefect.client.orchestration import get_client
from prefect.deployments.runner import EntrypointType
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.states import Cancelled
from selectolax.lexbor import LexborHTMLParser

from flows.ingest import ingest
from flows.trigger import request_run
from tests.chromium import dump_served_dom, find_chromium

MEDTOUR = [sys.executable, "-c", "from flows.cli import main; main()"]
NEW_ARTICLE = (
    "Clinic news\nDaegu clinic treats Uzbek patients\nPosted on 5 May 2022\n"
    "The Daegu clinic said it treated 1,357 foreign patients from Uzbekistan in 2021.\n"
)


@contextmanager
def serving(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """``medtour serve ARGS`` in the background, stopped with Ctrl-C (SIGINT) at the end."""
    with log.open("wb") as out:
        server = subprocess.Popen([*MEDTOUR, "serve", *args], env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield server
        finally:
            if server.poll() is None:
                server.send_signal(signal.SIGINT)
                try:
                    server.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()


def wait_for(condition: Callable[[], bool], seconds: float, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(
                f"not within {seconds:g} s; the serve log:\n{log.read_text(errors='replace')[-4000:]}"
            )
        time.sleep(0.3)


def ingested(warehouse: Path, file: Path) -> bool:
    """Whether the document is in the warehouse; a run that is loading right now means not yet."""
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error:
        return False  # not created yet, or a run is writing
    try:
        sql = "SELECT count(*) FROM documents WHERE source_uri = ? AND deleted_at IS NULL"
        return con.execute(sql, [str(file.resolve())]).fetchone()[0] == 1
    except duckdb.Error:
        return False
    finally:
        con.close()


def deployment_paused(api_url: str, name: str) -> bool:
    async def read() -> bool:
        with temporary_settings({PREFECT_API_URL: api_url}):
            async with get_client() as client:
                return (await client.read_deployment_by_name(name)).paused

    return anyio.run(read)


def serve_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return {**env, "PREFECT_LOGGING_LEVEL": "INFO", **extra}


@pytest.mark.slow
def test_serve_every_starts_its_own_server_ingests_new_files_and_stops_cleanly(
    demo_corpus: Path, tmp_path: Path
) -> None:
    warehouse, log = tmp_path / "w.duckdb", tmp_path / "serve.log"
    first = sorted(demo_corpus.iterdir())[0]
    env = serve_env(MEDTOUR_PREFECT_HOME=str(tmp_path / "prefect-home"))
    with serving([str(demo_corpus), "-w", str(warehouse), "--every", "3s"], env, log) as server:
        wait_for(lambda: ingested(warehouse, first), 120, log)  # the server is up, the first run done
        new = demo_corpus / "new-article.txt"
        new.write_text(NEW_ARTICLE, encoding="utf-8")
        wait_for(lambda: ingested(warehouse, new), 60, log)  # by a scheduled run: there is no --watch
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=60) == 0, log.read_text()
    output = log.read_text()
    assert "'ingest/medtour' paused" in output
    (port,) = re.findall(r"Prefect UI: http://127\.0\.0\.1:(\d+)", output)
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", int(port)), timeout=2):
        pass  # the server medtour started is gone with it
    assert (tmp_path / "prefect-home" / "prefect.db").exists()


@pytest.mark.slow
def test_serve_watch_ingests_a_new_file_on_the_users_server(
    demo_corpus: Path, tmp_path: Path, prefect_api: str
) -> None:
    warehouse, log = tmp_path / "w.duckdb", tmp_path / "serve.log"
    env = serve_env(PREFECT_API_URL=prefect_api)
    name = f"watch-{uuid.uuid4().hex[:8]}"

    def runs_done() -> int:
        """Finished runs, from their log lines: the test must not open the warehouse and so delay a run."""
        return log.read_text(errors="replace").count("documents seen")

    with serving([str(demo_corpus), "-w", str(warehouse), "--watch", "--name", name], env, log) as server:
        wait_for(lambda: runs_done() == 1, 60, log)  # the startup run
        time.sleep(1)
        new = demo_corpus / "new-article.txt"
        new.write_text(NEW_ARTICLE, encoding="utf-8")
        wait_for(lambda: runs_done() == 2, 30, log)
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=60) == 0, log.read_text()
    assert ingested(warehouse, new)
    output = log.read_text()
    assert re.search(r"\d+ file changes?: run \S+ requested", output), output
    assert prefect_api in output  # the user's server, not one of medtour's
    assert deployment_paused(
        prefect_api, f"ingest/{name}"
    )  # the server schedules nothing for a stopped serve


@pytest.mark.slow
def test_a_burst_during_a_waiting_run_adds_no_run(prefect_api: str, tmp_path: Path) -> None:
    async def main() -> None:
        with temporary_settings({PREFECT_API_URL: prefect_api}):
            deployment = await ingest.ato_deployment(
                name=f"coalesce-{uuid.uuid4().hex[:8]}",
                parameters={"path": str(tmp_path)},
                entrypoint_type=EntrypointType.MODULE_PATH,
            )
            deployment_id = await deployment.aapply()
            async with get_client() as client:  # no runner serves it: runs wait
                first = await request_run(client, deployment_id, "watch")
                assert first is not None
                assert await request_run(client, deployment_id, "watch") is None
                await client.set_flow_run_state(first.id, Cancelled(), force=True)
                third = await request_run(client, deployment_id, "watch")
                assert third is not None
                await client.set_flow_run_state(third.id, Cancelled(), force=True)

    anyio.run(main)


def browser_home(ui: str) -> str:
    """Where an address leads a browser: the server redirects a page request to its default UI."""
    no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with no_proxy.open(urllib.request.Request(ui, headers={"Accept": "text/html"}), timeout=10) as page:
        return page.url if page.url.endswith("/") else f"{page.url}/"


def rendered(chromium: str, url: str, profile: Path) -> LexborHTMLParser:
    dom = LexborHTMLParser(dump_served_dom(chromium, url, profile))
    for node in dom.css("script, style"):
        node.decompose()
    return dom


@pytest.mark.slow
def test_the_printed_prefect_ui_shows_the_deployment_its_schedule_and_its_runs(
    demo_corpus: Path, tmp_path: Path
) -> None:
    chromium = find_chromium()
    warehouse, log = tmp_path / "w.duckdb", tmp_path / "serve.log"
    env = serve_env(MEDTOUR_PREFECT_HOME=str(tmp_path / "prefect-home"))
    finished = re.compile(r"Flow run '[\w-]+' - Finished in state Completed")
    with serving([str(demo_corpus), "-w", str(warehouse), "--every", "1h"], env, log):
        wait_for(lambda: finished.search(log.read_text(errors="replace")) is not None, 120, log)
        output = log.read_text()
        (ui,) = re.findall(r"Prefect UI: (http://\S+)", output)
        ((run_name, run_id),) = re.findall(
            r"Flow run '([\w-]+)' - View at \S+/runs/flow-run/([0-9a-f-]+)", output
        )
        home = browser_home(ui)
        pages = {
            page: rendered(chromium, home + page, tmp_path / "profile")
            for page in ("", "deployments", "runs")
        }

    for page, dom in pages.items():
        text = dom.body.text(separator=" ", strip=True)
        assert "connect" not in text.lower(), (page, text)  # "Unable to connect to Prefect server"
    (row,) = [tr for tr in pages["deployments"].css("tbody tr") if tr.css_first("a[href*='/deployment/']")]
    cells = row.text(separator=" ", strip=True)
    assert row.css_first("a[href*='/deployment/']").text(strip=True) == "medtour"
    assert "ingest" in cells and "Every 1 hour" in cells, cells
    runs = pages["runs"]
    links = {a.text(strip=True): a.attributes["href"] for a in runs.css("a[href*='/runs/flow-run/']")}
    assert links == {run_name: f"{urllib.parse.urlsplit(home).path}runs/flow-run/{run_id}"}
    assert "Completed" in runs.body.text(separator=" ")


@pytest.mark.slow
def test_sigkill_of_serve_leaves_no_prefect_server_running(demo_corpus: Path, tmp_path: Path) -> None:
    """The Prefect server that serve started notices within seconds that serve is gone."""
    warehouse, log = tmp_path / "w.duckdb", tmp_path / "serve.log"
    env = serve_env(MEDTOUR_PREFECT_HOME=str(tmp_path / "prefect-home"))
    finished = re.compile(r"Flow run '[\w-]+' - Finished in state Completed")
    with serving([str(demo_corpus), "-w", str(warehouse)], env, log) as serve:
        wait_for(lambda: finished.search(log.read_text(errors="replace")) is not None, 120, log)
        started = psutil.Process(serve.pid).children(recursive=True)
        assert any("server start" in " ".join(child.cmdline()) for child in started), started
        serve.kill()
        serve.wait()
    time.sleep(5)
    alive = [child for child in started if child.is_running() and child.status() != psutil.STATUS_ZOMBIE]
    commands = [" ".join(child.cmdline()) for child in alive]
    for child in alive:  # so that a failure leaves nothing behind either
        child.kill()
    assert commands == []
    (port,) = re.findall(r"Prefect UI: http://127\.0\.0\.1:(\d+)", log.read_text())
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", int(port)), timeout=2):
        pass
