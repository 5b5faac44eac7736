"""Goals ("800-thousand foreign patients by 2021") and target markets ("targeting Sakhalin")."""

from typing import Any

from extractors.context import DocumentContext
from extractors.records.targets.goals import find_goals
from extractors.records.targets.markets import find_markets
from models import RecordKind


def extract_targets(ctx: DocumentContext) -> list[tuple[RecordKind, dict[str, Any]]]:
    return find_goals(ctx) + find_markets(ctx)
