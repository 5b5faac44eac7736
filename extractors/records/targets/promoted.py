"""Markets that a promotion abroad makes: "held a roadshow in Almaty" aims at Kazakhstan.

A body that holds a promotion or a business presentation abroad does so to draw patients from
that country (annotation.md, Markets), so the event's country is a market of its organiser, even
where no word of aiming is written. The rule reads the events already built, so it works the
same in every language: the event readers have found the occasion, its type and its country.
"""

from extractors.context import DocumentContext
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.targets.markets import of_other_goods
from extractors.spans import Span
from models import EventType, RecordKind, TargetKind

PROMOTING = frozenset({EventType.PROMOTION, EventType.BUSINESS_PRESENTATION})
HOME = "KR"


def markets_of_promotions(ctx: DocumentContext, drafts: list[RecordDraft]) -> list[RecordDraft]:
    """A market record for the foreign countries the promotions of one sentence are held in
    ("설명회 in Frankfurt on the 26th and in London on the 28th" is one statement, so one record
    with both), unless a market of the document already names the country (the same country
    aimed at again is the same record)."""
    aimed = {
        country
        for draft in drafts
        if draft.kind == RecordKind.TARGET and draft.fields.get("kind") == TargetKind.MARKET
        for country in draft.fields.get("market_countries") or ()
    }
    statements: dict[Span, tuple[str | None, list[str]]] = {}
    for draft in drafts:
        if draft.kind != RecordKind.EVENT or draft.fields.get("event_type") not in PROMOTING:
            continue
        country = draft.fields.get("country")
        if country is None or country == HOME or country in aimed:
            continue
        if of_other_goods(ctx, draft.evidence.text):
            continue  # "입학 설명회": a promotion of other goods draws no patients
        aimed.add(country)
        organizers = draft.fields.get("organizers") or []
        statements.setdefault(draft.evidence, (organizers[0] if organizers else None, []))[1].append(country)
    return [
        RecordDraft(
            kind=RecordKind.TARGET,
            rule="targets.market_of_promotion",
            evidence=evidence,
            confidence=ConfidenceLevel.CUED,
            fields={
                "kind": TargetKind.MARKET,
                "actor": actor,
                "scope_level": ctx.language.scope_level(actor),
                "market_countries": countries,
                "market_region": None,
            },
        )
        for evidence, (actor, countries) in statements.items()
    ]
