"""Markets that a promotion abroad makes: "held a roadshow in Almaty" aims at Kazakhstan.

A body that holds a promotion or a business presentation abroad does so to draw patients from
that country (annotation.md, Markets), so the event's country is a market of its organiser, even
where no word of aiming is written. The rule reads the events already built, so it works the
same in every language: the event readers have found the occasion, its type and its country.
The promotions the market reader finds told in a sentence (an undated one too, which the event
readers build no occasion of) stand for the events of their sentence, and follow the others' for
the countries those leave unnamed.
"""

from extractors.context import DocumentContext
from extractors.mentions.places import KOREA
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.other_countries import about_other_countries
from extractors.records.targets.markets import promotions_told
from extractors.records.targets.other_trades import of_other_goods
from extractors.spans import Span, overlaps
from models import EventType, RecordKind, TargetKind

PROMOTING = frozenset({EventType.PROMOTION, EventType.BUSINESS_PRESENTATION})


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
    # a promotion the market reader read in its sentence is told there, with its organiser as the
    # sentence names it first ("Ulsan, along with two hospitals, ran ..."): its record stands
    told = [draft.evidence for draft in promotions_told(ctx)]
    for draft in drafts:
        if draft.kind != RecordKind.EVENT or draft.fields.get("event_type") not in PROMOTING:
            continue
        if overlaps(draft.evidence.start, draft.evidence.end, told):
            continue
        country = draft.fields.get("country")
        if country is None or country == KOREA:
            continue
        if of_other_goods(ctx, draft.evidence.text):
            continue  # "입학 설명회": a promotion of other goods draws no patients
        # "roadshows in Almaty and Bishkek": the places listed after the event's own are held in too;
        # a city told with its country ("in Doha, Qatar") gives that country once, as a set of codes
        listed = dict.fromkeys([country, *_listed_after(ctx, draft.evidence, country)])
        fresh = [c for c in listed if c not in aimed]
        if not fresh:
            continue
        aimed.update(fresh)
        # "Briefings for agencies open in Almaty next week": a promotion told with no organiser is
        # the one of the body the article is about
        organizers = draft.fields.get("organizers") or [ctx.main_actor]
        statements.setdefault(draft.evidence, (organizers[0], []))[1].extend(fresh)
    dated = [
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
    return dated + _told_beside(ctx, drafts, dated)


def _told_beside(
    ctx: DocumentContext, drafts: list[RecordDraft], dated: list[RecordDraft]
) -> list[RecordDraft]:
    """The markets of the promotions the market reader found told in a sentence, dated or not,
    whose countries no market of countries of the document names yet (the dated ones' among
    them); none on a page about other countries' bodies, as for every market."""
    named = {
        country
        for draft in [*drafts, *dated]
        if draft.kind == RecordKind.TARGET
        and draft.fields.get("kind") == TargetKind.MARKET
        and draft.fields.get("market_region") is None  # a region's record is one of its own
        for country in draft.fields.get("market_countries") or ()
    }
    told = [
        draft
        for draft in promotions_told(ctx)
        if not set(draft.fields["market_countries"]) <= named or draft.fields["market_region"] is not None
    ]
    return [] if told and about_other_countries(ctx) else told


def _listed_after(ctx: DocumentContext, evidence: Span, country: str) -> list[str]:
    """The countries of the foreign places listed right after the first place of ``country`` in
    the event's sentence ("in Almaty and Bishkek", "in Hanoi, Jakarta and Manila"): the event
    reader gives an occasion one place, and the promotion is held in each."""
    sentence = next((s for s in ctx.body_sentences if s.start <= evidence.start < s.end), None)
    if sentence is None:
        return []
    filler = ctx.language.patterns.events.list_filler
    places = [p for p in ctx.places(sentence) if evidence.start <= p.start < evidence.end]
    first = next((i for i, p in enumerate(places) if p.place.country == country), None)
    if first is None:
        return []
    listed: list[str] = []
    for before, place in zip(places[first:], places[first + 1 :], strict=False):
        if place.place.is_korean or not filler.fullmatch(ctx.text[before.end : place.start]):
            break
        listed += [c for c in place.place.countries if c != KOREA]
    return listed
