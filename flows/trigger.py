"""Asking the Prefect server for an ingest run now, unless one is already waiting to start.

A run that has not started yet will discover the files as they are when it starts, so a second
request would only queue a run with nothing left to do: while changes keep arriving during a
long run, they add at most one run after it.
"""

from datetime import UTC, datetime
from uuid import UUID

from prefect.client.orchestration import PrefectClient
from prefect.client.schemas.filters import (
    FlowRunFilter,
    FlowRunFilterDeploymentId,
    FlowRunFilterExpectedStartTime,
    FlowRunFilterState,
    FlowRunFilterStateType,
)
from prefect.client.schemas.objects import FlowRun, StateType
from prefect.client.schemas.sorting import FlowRunSort
from prefect.deployments import arun_deployment


async def request_run(client: PrefectClient, deployment_id: UUID, reason: str) -> FlowRun | None:
    """A new run of the deployment, tagged with ``reason``; None when one is already waiting."""
    if await waiting_run(client, deployment_id):
        return None
    return await arun_deployment(
        deployment_id, client=client, timeout=0, as_subflow=False, tags=[f"medtour:{reason}"]
    )


async def waiting_run(client: PrefectClient, deployment_id: UUID) -> FlowRun | None:
    """A run of the deployment that is due (or overdue) but has not started."""
    runs = await client.read_flow_runs(
        flow_run_filter=FlowRunFilter(
            deployment_id=FlowRunFilterDeploymentId(any_=[deployment_id]),
            state=FlowRunFilterState(
                type=FlowRunFilterStateType(any_=[StateType.SCHEDULED, StateType.PENDING])
            ),
            expected_start_time=FlowRunFilterExpectedStartTime(before_=datetime.now(UTC)),
        ),
        sort=FlowRunSort.EXPECTED_START_TIME_ASC,  # the server rejects no sort at all
        limit=1,
    )
    return runs[0] if runs else None
