"""Goals ("800-thousand foreign patients by 2021") and target markets ("targeting Sakhalin")."""

from extractors.context import DocumentContext
from extractors.records.drafts import RecordDraft
from extractors.records.other_countries import about_other_countries
from extractors.records.targets.goals import find_goals
from extractors.records.targets.markets import find_markets


def extract_targets(ctx: DocumentContext) -> list[RecordDraft]:
    """The page's goals and markets; none on a page about other countries' bodies ("the Taiwanese
    county's hospitals offer packages aimed at Chinese tourists"), whose aims are not Korean."""
    found = find_goals(ctx) + find_markets(ctx)
    return [] if found and about_other_countries(ctx) else found
