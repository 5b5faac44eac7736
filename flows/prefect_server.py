"""Prefect servers that medtour starts, waits for and stops by itself.

Prefect schedules flows only through a real server: its temporary in-process one refuses
("Cannot schedule flows on an ephemeral server"). When the user names none (``PREFECT_API_URL``
unset), ``medtour serve`` runs ``prefect server start`` as a child process: SQLite under a
medtour-owned PREFECT_HOME, a free port on the loopback interface, its output in a log file.

``medtour ingest`` needs a server only for the length of one run. Prefect would start its
temporary one when the flow first calls the API, after importing its whole server package into
the command's process for the purpose (1.3 s here, and 0.65 s more to tear down at exit);
``temporary_server`` starts the same server before the flow is even imported, so that its
start-up (about 2.5 s, mostly imports) runs on another core while the command imports its own.
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flows import lifeline

if TYPE_CHECKING:  # the server's own process imports it; the command's never does
    from fastapi import FastAPI

READY_TIMEOUT_SECONDS = 120.0  # the first start also creates the database
STOP_TIMEOUT_SECONDS = 20.0
LOOPBACK = "127.0.0.1"  # medtour's servers answer this machine only
DRAIN_TIMEOUT_SECONDS = 5.0  # for the logs and events of a run to reach its temporary server
HEALTH_POLL_SECONDS = 0.05  # a ready server is noticed this soon: the command is waiting for it

_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy for 127.0.0.1


class ServerError(Exception):
    """A Prefect server that cannot be started or reached, said in one line."""


@dataclass(frozen=True)
class PrefectServer:
    host: str
    port: int

    @property
    def url(self) -> str:
        """Where the UI is; the API is under /api."""
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api"


@dataclass(frozen=True)
class StartingServer:
    """A server process that has been started and may not answer yet."""

    process: subprocess.Popen[bytes]
    answering: "Future[PrefectServer]"  # done once it answers (a ServerError if it never does)

    def ready(self) -> PrefectServer:
        """Wait until the server answers; a server that exits or never answers is a ServerError."""
        return self.answering.result()


@contextmanager
def managed_server(home: Path) -> Iterator[PrefectServer]:
    """Run ``prefect server start`` until the block ends, however it ends."""
    home = home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    server = PrefectServer(LOOPBACK, free_port())
    log_path = home / "server.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", __name__, "server", "start"],  # run_prefect_cli()
            env={**_server_environment(home, server), **lifeline.environment_for_child()},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            # its own process group: Ctrl-C in the terminal reaches medtour alone, which stops
            # the runner first (it pauses the schedule through this server) and the server last
            start_new_session=True,
        )
        try:
            yield _wait_until_answering(server, process, output=str(log_path))
        finally:
            _stop(process, group=True)


@contextmanager
def temporary_server() -> Iterator[StartingServer]:
    """Start the server Prefect would start by itself for one flow run, and stop it when the block ends.

    It is Prefect's temporary server, as Prefect starts it: the API alone (no UI, no scheduler),
    its database where Prefect keeps it (``PREFECT_HOME``, reused from run to run, so that only
    its first start creates it). Its errors reach the command's stderr; it stays in the
    command's process group, so a closed terminal stops it with the command (Ctrl-C it leaves to
    the command: see ``ephemeral_app``). The block
    gets it while it starts: call ``ready()`` before the first flow run.
    """
    server = PrefectServer(LOOPBACK, free_port())
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            f"{__name__}:{ephemeral_app.__name__}",
            "--host",
            server.host,
            "--port",
            str(server.port),
            "--log-level",
            "error",
            "--lifespan",
            "on",
        ],
        env={**os.environ, "PREFECT_UI_ENABLED": "false", **lifeline.environment_for_child()},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="prefect-server-start") as waiter:
        starting = StartingServer(process, waiter.submit(_prepared, server, process))
        try:
            yield starting
        finally:
            if starting.answering.done():
                _stop(process, group=False)
            else:  # Ctrl-C while it starts: no run has used it, and it would finish starting first
                _discard(process)


def _prepared(server: PrefectServer, process: subprocess.Popen[bytes]) -> PrefectServer:
    """Wait until the server answers, then ask what a flow run asks first, the API's version.

    FastAPI builds its routes at the first request that needs them (0.4 s here): asked now, it
    does that while the command is still busy starting, not while the flow run waits for it.
    """
    _wait_until_answering(server, process, output="its messages above")
    with contextlib.suppress(OSError):
        _LOCAL.open(f"{server.api_url}/admin/version", timeout=READY_TIMEOUT_SECONDS).close()
    return server


@dataclass(frozen=True)
class RunApi:
    """The Prefect API of one ``medtour ingest``: the user's server, or a temporary one starting."""

    starting: StartingServer | None  # None: PREFECT_API_URL names the server

    @contextmanager
    def ready(self) -> Iterator[None]:
        """Within this block, Prefect's clients talk to the run's API (waiting for it to answer first).

        A server named by a Prefect profile rather than the environment is seen only now that
        Prefect is imported: it is used, and the temporary server is discarded unused.
        """
        from prefect.context import refresh_global_settings_context
        from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        if self.starting is None:
            yield
            return
        if PREFECT_API_URL.value():
            _discard(self.starting.process)
            yield
            return
        # In the environment, and in the settings Prefect read at import, not in a settings context
        # of this thread only: threads that Prefect starts (the process pool's) see the process-wide
        # settings, and one that found no API URL there would start a temporary server of its own.
        os.environ["PREFECT_API_URL"] = self.starting.ready().api_url
        refresh_global_settings_context()
        try:
            # Heartbeats let a lasting server notice a crashed run, and this one ends with the run.
            # Without them the flow no longer sends their events, nor waits at its end for their
            # thread's one-second sleep: 0.7 to 1.1 s less a run, measured here.
            with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
                yield
        finally:
            _send_pending_logs_and_events()
            del os.environ["PREFECT_API_URL"]
            refresh_global_settings_context()


def _send_pending_logs_and_events() -> None:
    """Let Prefect send the logs and events it holds while the temporary server still answers.

    A failed run leaves some queued; sent only at the interpreter's exit, after the server has
    stopped, each fails: "--- Error logging to API ---", and 7 s and a screenful per event.
    """
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=DRAIN_TIMEOUT_SECONDS)
    EventsWorker.drain_all(timeout=DRAIN_TIMEOUT_SECONDS)


@contextmanager
def prefect_api() -> Iterator[RunApi]:
    """The Prefect API for one ingest: ``PREFECT_API_URL``, else a temporary server started at once.

    Enter this before importing Prefect, and the temporary server's start-up overlaps the
    command's imports; call ``ready()`` before the flow runs.
    """
    if os.environ.get("PREFECT_API_URL"):
        try:
            yield RunApi(starting=None)
        finally:
            # sent at the interpreter's exit instead, on a busy machine they print Prefect's
            # "Still processing items" after the command's own last line
            if "prefect.events.worker" in sys.modules:
                _send_pending_logs_and_events()
        return
    with temporary_server() as starting:
        yield RunApi(starting)


def ephemeral_app() -> "FastAPI":
    """The application of Prefect's temporary server (uvicorn calls this in the server's process).

    ``ephemeral`` runs only the services a flow run needs (recording task runs and events), as
    Prefect's own temporary server does; ``final`` lets Prefect skip copying its routes. The
    server ends with the command that started it, even a killed one (``flows.lifeline``).

    Ctrl-C in the terminal reaches this server too (it shares the command's process group); it
    ignores it, so that the interrupted run can still report its end here before the command
    stops the server (SIGTERM). uvicorn installed its handlers before calling this factory.
    """
    from prefect.server.api.server import create_app

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lifeline.watch_parent_from_environment()
    return create_app(ephemeral=True, final=True)


def run_prefect_cli() -> None:
    """Prefect's command line (``prefect server start``), in a process that ends with the medtour
    that started it, even a killed one (``flows.lifeline``)."""
    lifeline.watch_parent_from_environment()
    from prefect.cli import app

    app()


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def _wait_until_answering(
    server: PrefectServer, process: subprocess.Popen[bytes], output: str
) -> PrefectServer:
    """Poll the server's health; a server that exits or never answers is a ServerError that points to ``output``."""
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(
                f"the Prefect server stopped while starting (exit status {process.returncode}); see {output}"
            )
        with contextlib.suppress(OSError), _LOCAL.open(f"{server.api_url}/health", timeout=2):
            return server
        time.sleep(HEALTH_POLL_SECONDS)
    raise ServerError(f"the Prefect server did not answer within {READY_TIMEOUT_SECONDS:g} s; see {output}")


def _server_environment(home: Path, server: PrefectServer) -> dict[str, str]:
    """The server's settings: its address, and the API address its UI's pages call.

    The UI's pages ask the server for that address (``/ui-settings``) and call it from the
    browser. Unset, Prefect derives it from ``PREFECT_SERVER_API_HOST`` and ``…_PORT`` (not from
    ``--host``/``--port``), so a server on any port but 4200 served pages that all failed with
    "Can't connect to Server API at http://127.0.0.1:4200/api".
    """
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_API_DATABASE_CONNECTION_URL=f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_API_HOST=server.host,
        PREFECT_SERVER_API_PORT=str(server.port),
        PREFECT_SERVER_UI_API_URL=server.api_url,
        PREFECT_UI_URL=server.url,  # the links in the server's own messages
    )
    return env


def _discard(process: subprocess.Popen[bytes]) -> None:
    """Kill a server that no run has used: uvicorn honours SIGTERM only once its start-up (seconds) is over."""
    process.kill()
    process.wait()


def _stop(process: subprocess.Popen[bytes], *, group: bool) -> None:
    """SIGTERM to the server (and to its process group, if it leads one); SIGKILL if it has not stopped in time."""

    def send(sig: signal.Signals) -> None:
        if group:
            os.killpg(process.pid, sig)
        else:
            process.send_signal(sig)

    with contextlib.suppress(ProcessLookupError):
        send(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            send(signal.SIGKILL)
            process.wait()


if __name__ == "__main__":
    run_prefect_cli()
