"""Goals ("800-thousand foreign patients by 2021") and target markets ("targeting Sakhalin")."""

from extractors.context import DocumentContext
from extractors.records.drafts import RecordDraft
from extractors.records.targets.goals import find_goals
from extractors.records.targets.markets import find_markets


def extract_targets(ctx: DocumentContext) -> list[RecordDraft]:
    return find_goals(ctx) + find_markets(ctx)
