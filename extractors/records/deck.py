"""The deck's records that the body restates: a deck sums the article up, so a record read from
it is kept only where the body tells no record of the same fact.

A deck ("Clinic X to treat 300 patients abroad") and the body's lead tell the same facts in other
words: the body's record names the year, the date, the parties in full, the deck's lacks them and
would stand beside it as a second, poorer record. A count or a goal is the body's where the body
tells its figure; an agreement or an event where the body tells one of its kind. A fact the body
tells in no record is the deck's own and stays.
"""

from collections.abc import Callable

from extractors.context import DocumentContext
from extractors.mentions.places import KOREA
from extractors.records.drafts import RecordDraft
from models import RecordKind

SAME_FIGURE = 0.05  # "2만1천명" in the deck is "21,345" in the body: the same figure, rounded


def without_restated_deck(ctx: DocumentContext, drafts: list[RecordDraft]) -> list[RecordDraft]:
    """The drafts, less those read from the deck whose fact a draft of the body tells too."""
    deck = ctx.deck
    if not deck:
        return drafts
    spans = [(line.start, line.end) for line in deck]
    from_deck = [any(start <= d.evidence.start < end for start, end in spans) for d in drafts]
    body = [draft for draft, decked in zip(drafts, from_deck, strict=True) if not decked]
    return [
        draft
        for draft, decked in zip(drafts, from_deck, strict=True)
        if not decked or not any(_same_fact(draft, told) for told in body)
    ]


def _same_fact(deck: RecordDraft, body: RecordDraft) -> bool:
    """Whether two drafts tell one fact: by the kind's own key, or by one figure read as two
    kinds (the deck's "2만1천명 유치" a count, the body's the goal it restates)."""
    if deck.kind == body.kind:
        return _SAME[deck.kind](deck.fields, body.fields)
    return _same_figure(_figure(deck), _figure(body))


def _figure(draft: RecordDraft) -> object:
    """The figure a count or a goal tells, None for the other kinds."""
    return draft.fields.get("count", draft.fields.get("value"))


def _same_figure(a: object, b: object) -> bool:
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return False
    return abs(a - b) <= SAME_FIGURE * max(abs(a), abs(b))


def _shared(a: object, b: object) -> bool:
    """Whether two lists (or single values) share an item other than Korea itself."""
    first = set(a if isinstance(a, list) else [a]) - {None, KOREA}
    second = set(b if isinstance(b, list) else [b]) - {None, KOREA}
    return bool(first & second)


def _same_count(a: dict[str, object], b: dict[str, object]) -> bool:
    return _same_figure(a.get("count"), b.get("count"))


def _same_target(a: dict[str, object], b: dict[str, object]) -> bool:
    if a.get("kind") != b.get("kind"):
        return False
    return (
        _same_figure(a.get("value"), b.get("value"))
        or _shared(a.get("market_countries"), b.get("market_countries"))
        or (a.get("market_region") is not None and a.get("market_region") == b.get("market_region"))
    )


def _told_alike(a: dict[str, object], b: dict[str, object]) -> bool:
    """An agreement or an event: the deck names the article's own, which the body tells with
    other words, another type ("협약식" for the forum it was signed at, "답사" for a fam tour) and
    its place abroad, so any of its kind in the body is it. One the body tells nothing of its
    kind about is the deck's own."""
    return True


_SAME: dict[RecordKind, Callable[[dict[str, object], dict[str, object]], bool]] = {
    RecordKind.PATIENT_STAT: _same_count,
    RecordKind.TARGET: _same_target,
    RecordKind.PARTNERSHIP: _told_alike,
    RecordKind.EVENT: _told_alike,
}
