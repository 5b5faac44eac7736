"""The goals table's verdict: whether a goal was met, and where that cannot be told, why not.

``goals_progress`` compares a goal only with a yearly patient count of the same label and scope
in the goal's due year; every other case has a reason a reader should see instead of a blank.
"""

from models.labels import Population
from warehouse.report.data import Row
from warehouse.report.labels import readable

# The metrics the warehouse holds actual figures of: patient counts (goals_progress matches labels).
COUNTED_METRICS = frozenset(Population)


def verdict(goal: Row, *, this_year: int) -> str:
    """ "yes", "no", or what keeps the answer unknown (no due year, not yet due, no count...)."""
    if goal["met"] is not None:
        return "yes" if goal["met"] else "no"
    due, latest = goal["target_year"], goal["latest_actual"]
    if goal["metric"] not in COUNTED_METRICS:
        return f"unknown: no actual figures of {readable(goal['metric']).lower()} are extracted"
    if due is None:
        return "unknown: the goal has no due year"
    if due >= this_year:
        reached = (
            f"; already reached in {goal['latest_actual_year']}" if latest and latest >= goal["goal"] else ""
        )
        return f"not yet due ({due}){reached}"
    if latest is None:
        return f"unknown: no yearly count for {_scope(goal)} was reported"
    return f"unknown: no count for {due} was reported (latest: {goal['latest_actual_year']})"


def _scope(goal: Row) -> str:
    return "Korea" if goal["actor_level"] == "national" else " / ".join(goal["actors"]) or "its scope"
