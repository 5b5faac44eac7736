"""A Prefect server that ``medtour serve`` starts, waits for and stops by itself.

Prefect schedules flows only through a real server: its temporary in-process one refuses
("Cannot schedule flows on an ephemeral server"). When the user names none (``PREFECT_API_URL``
unset), ``medtour serve`` runs ``prefect server start`` as a child process: SQLite under a
medtour-owned PREFECT_HOME, a free port on the loopback interface, its output in a log file.
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
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

READY_TIMEOUT_SECONDS = 120.0  # the first start also creates the database
STOP_TIMEOUT_SECONDS = 20.0


class ServerError(Exception):
    """A Prefect server that cannot be started or reached, said in one line."""


@dataclass(frozen=True)
class PrefectServer:
    url: str  # where the UI is; the API is under /api

    @property
    def api_url(self) -> str:
        return f"{self.url}/api"


@contextmanager
def managed_server(home: Path) -> Iterator[PrefectServer]:
    """Run ``prefect server start`` until the block ends, however it ends."""
    home = home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = PrefectServer(f"http://127.0.0.1:{port}")
    log_path = home / "server.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=_server_environment(home),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            # its own process group: Ctrl-C in the terminal reaches medtour alone, which stops
            # the runner first (it pauses the schedule through this server) and the server last
            start_new_session=True,
        )
        try:
            _wait_until_healthy(server, process, log_path)
            yield server
        finally:
            _stop(process)


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_API_DATABASE_CONNECTION_URL=f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
    )
    return env


def _wait_until_healthy(server: PrefectServer, process: subprocess.Popen[bytes], log_path: Path) -> None:
    local = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy for 127.0.0.1
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(
                f"the Prefect server stopped while starting (exit status {process.returncode}); see {log_path}"
            )
        with contextlib.suppress(OSError), local.open(f"{server.api_url}/health", timeout=2):
            return
        time.sleep(0.25)
    raise ServerError(f"the Prefect server did not answer within {READY_TIMEOUT_SECONDS:g} s; see {log_path}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's process group, and SIGKILL if it has not stopped in time."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
