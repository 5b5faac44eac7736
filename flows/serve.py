"""``medtour serve``: the ingest flow as a Prefect deployment, run on a schedule, by hand and,
with ``--watch``, as files arrive.

Scheduling needs a real Prefect server: the user's (``PREFECT_API_URL``) or one that medtour
starts for itself (``flows.prefect_server``). A Prefect runner in this process picks up the
deployment's runs one at a time, each in a subprocess. This process never opens the warehouse,
and a run opens it only while it writes (``flows.ingest``): analysts can query it between runs.
"""

import signal
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path
from uuid import UUID

import anyio
import httpx
from prefect.client.orchestration import PrefectClient, get_client
from prefect.deployments.runner import EntrypointType
from prefect.runner import Runner
from prefect.schedules import Cron, Interval, Schedule
from prefect.settings import PREFECT_API_URL, PREFECT_UI_URL, temporary_settings

from flows.ingest import ingest
from flows.prefect_server import ServerError, managed_server
from flows.schedule import format_every
from flows.settings import resolve_prefect_home
from flows.trigger import request_run
from flows.watch import ChangeFilter, Debouncer, watch

POLL_SECONDS = 1.0  # how often the runner asks the server for due runs: a requested run starts this soon
QUIET_SECONDS = 0.5  # a burst of file changes has ended after this long without one…
MAX_DELAY_SECONDS = 2.0  # …or this long after its first change

Say = Callable[[str], None]


@dataclass(frozen=True)
class ServeRequest:
    """What to serve; ``path`` and ``warehouse`` are absolute, and at most one of every/cron is set."""

    path: Path
    warehouse: Path
    batch_size: int
    every: timedelta | None
    cron: str | None
    watch: bool
    name: str


def serve(request: ServeRequest, say: Say) -> None:
    """Serve until Ctrl-C or SIGTERM; a Prefect server that medtour started is stopped last."""
    schedule = _schedule(request)  # a bad cron expression fails before any server starts
    with ExitStack() as stack:
        api_url = PREFECT_API_URL.value()
        if api_url:
            anyio.run(_check_server, api_url)
            say(f"Prefect server (PREFECT_API_URL): {PREFECT_UI_URL.value() or api_url}")
        else:
            home = resolve_prefect_home()
            say(f"Starting a Prefect server (its database and log are in {home})…")
            server = stack.enter_context(managed_server(home))
            api_url = server.api_url
            stack.enter_context(temporary_settings({PREFECT_API_URL: api_url}))
            say(f"Prefect UI: {server.url}")
        try:
            anyio.run(_serve, request, schedule, api_url, say)
        except KeyboardInterrupt:
            say("Stopping.")


def _schedule(request: ServeRequest) -> Schedule | None:
    if request.every:
        return Interval(request.every)
    if request.cron:
        try:
            return Cron(request.cron)  # Prefect reads cron expressions in UTC
        except ValueError as error:
            raise ValueError(f"--cron {request.cron!r}: {error}") from None
    return None


async def _check_server(api_url: str) -> None:
    async with get_client() as client:
        if (error := await client.api_healthcheck()) is not None:
            raise ServerError(f"no Prefect server answers at {api_url} (PREFECT_API_URL): {error}")


async def _serve(request: ServeRequest, schedule: Schedule | None, api_url: str, say: Say) -> None:
    """Run the deployment until a signal, then stop it in order. The deployment is paused here,
    once the runner has stopped, not by the runner on its way out: a request made while the
    runner's own cancel scope unwinds could be cancelled in turn and end the process with an error
    instead of a clean stop."""
    runner = Runner(name=request.name, query_seconds=POLL_SECONDS, limit=1, pause_on_shutdown=False)
    deployment_id = await runner.aadd_flow(
        ingest,
        name=request.name,
        schedule=schedule,
        parameters={
            "path": str(request.path),
            "warehouse": str(request.warehouse),
            "batch_size": request.batch_size,
        },
        description=f"Keep {request.warehouse} up to date with the documents under {request.path}.",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    say(f"Serving 'ingest/{request.name}': {request.path} → {request.warehouse}, {_when(request)}.")
    say(f"Run it by hand: PREFECT_API_URL={api_url} prefect deployment run 'ingest/{request.name}'")
    say("Stop with Ctrl-C.")
    async with get_client() as client:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(runner.start)
            # a run at once: the warehouse is current from the start, whatever the schedule
            await request_run(client, deployment_id, "startup")
            if request.watch:
                on_burst = partial(_on_burst, client, deployment_id, say)
                relevant = ChangeFilter(request.path, request.warehouse)
                debouncer = Debouncer(QUIET_SECONDS, MAX_DELAY_SECONDS)
                tasks.start_soon(
                    partial(watch, request.path, on_burst, relevant=relevant, debouncer=debouncer)
                )
            await _first_signal()
            say("Stopping…")
            await runner.cancel_all()  # a run in progress is cancelled on the server and its process ended
            tasks.cancel_scope.cancel()  # the runner and the watcher stop where they wait
        await _pause(client, deployment_id, request.name, say)


async def _pause(client: PrefectClient, deployment_id: UUID, name: str, say: Say) -> None:
    """Pause the deployment, so that no run falls due on the server while nothing serves it."""
    try:
        await client.pause_deployment(deployment_id)
    except httpx.HTTPError as error:
        say(f"'ingest/{name}' could not be paused on the server: {error}")
        return
    say(f"'ingest/{name}' paused: the server starts no run of it until it is served again.")


async def _first_signal() -> None:
    """Wait for Ctrl-C or SIGTERM, so that shutting down is an orderly step rather than a cancellation.

    The runner installs its own SIGTERM handler when it starts (it exits the process); this
    receiver, opened after that, takes its place.
    """
    with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async for _ in signals:
            return


async def _on_burst(client: PrefectClient, deployment_id: UUID, say: Say, changes: int) -> None:
    """Ask for a run after a burst of changes; a failed request leaves the next burst and the schedule."""
    try:
        run = await request_run(client, deployment_id, "watch")
    except httpx.HTTPError as error:
        say(f"{changes} file change(s), but no run could be requested: {error}")
        return
    what = f"run {run.name} requested" if run else "a run is already waiting"
    say(f"{changes} file change{'' if changes == 1 else 's'}: {what}")


def _when(request: ServeRequest) -> str:
    whens = []
    if request.every:
        whens.append(f"every {format_every(request.every)}")
    if request.cron:
        whens.append(f"on cron '{request.cron}' (UTC)")
    if request.watch:
        whens.append("on file changes")
    return ", ".join(whens) if whens else "by hand only (no schedule, no --watch)"
