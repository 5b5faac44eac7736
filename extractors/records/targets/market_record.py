"""One market record, and the name each of its places is written under.

Every rule of the market reader builds its record the same way but for its rule, so the record
and its region's written name are made in one place: the region as the sentence writes it (with
its bracketed gloss), a city or province abroad with the unit the document writes after it, so
that one name stands for a place wherever it is told (annotation.md, Markets).
"""

import re

from extractors.context import DocumentContext
from extractors.mentions.places import Place, PlaceKind
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.text.sentences import Sentence
from models import RecordKind, TargetKind

GLOSS_OPEN = re.compile(r"\s?[(（]\s*")  # a bracket right after a region opens its gloss
GLOSS_CLOSE = re.compile(r"\s*[)）]")


def market(
    ctx: DocumentContext,
    rule: str,
    sentence: Sentence,
    actor: str | None,
    region: str | None,
    countries: list[str],
) -> RecordDraft:
    """One market record: every rule of this module builds it the same way but for its rule."""
    fields = {
        "kind": TargetKind.MARKET,
        "actor": actor,
        "scope_level": ctx.language.scope_level(actor),
        "market_countries": countries,
        "market_region": region and _as_written(ctx, sentence, region),
    }
    return RecordDraft(RecordKind.TARGET, rule, ctx.evidence(sentence), ConfidenceLevel.CUED, fields)


def _as_written(ctx: DocumentContext, sentence: Sentence, name: str) -> str:
    """A market place under the name the document writes it with, as the gold names it
    (annotation.md, Markets): a region as the sentence writes it (see ``_region_as_written``), a
    city or province abroad with its unit where the document writes one after it ("알마티주",
    "광둥성"), so that one name stands for it wherever it is told."""
    read = next(
        (p for p in ctx.places(sentence) if p.place.kind is PlaceKind.REGION and p.place.name == name), None
    )
    if read is not None:
        return _region_as_written(ctx, sentence, read)
    written = ctx.per_document("places_as_written", lambda: _places_as_written(ctx))
    return written.get(name, name)


def _region_as_written(ctx: DocumentContext, sentence: Sentence, read: Place) -> str:
    """A region under the words it was read from, not the key the gazetteer files it under:
    that key is often other words ("미주" is no "북미", "서남아시아" no "남아시아", "South East
    Asia" no "Southeast Asia"). With the gloss of the same region bracketed right after it
    ("독립국가연합(CIS)", "the Gulf Cooperation Council (GCC)"), the whole span, so that either
    name holds. A short form the key spells out in full ("동남아" of "동남아시아") and the key
    with an ending ("Central Asian", "중동지역") keep the key, which holds what is written; a
    word before the key ("서남아시아") makes another region."""
    end = _gloss_end(ctx, sentence, read)
    if end is not None:
        return ctx.text[read.start : end]
    key = read.place.name
    return key if read.text in key or read.text.startswith(key) else read.text


def _gloss_end(ctx: DocumentContext, sentence: Sentence, read: Place) -> int | None:
    """Where the bracketed gloss right after a region ends, when it names the same region."""
    opened = GLOSS_OPEN.match(ctx.text, read.end, sentence.end)
    if opened is None:
        return None
    gloss = next((p for p in ctx.places(sentence) if p.start == opened.end()), None)
    if gloss is None or gloss.place.name != read.place.name:
        return None
    closed = GLOSS_CLOSE.match(ctx.text, gloss.end, sentence.end)
    return closed.end() if closed else None


def _places_as_written(ctx: DocumentContext) -> dict[str, str]:
    """Each city abroad of the document -> its longest written form with a unit after it."""
    unit = ctx.language.patterns.targets.written_unit
    written: dict[str, str] = {}
    for sentence in ctx.body_sentences:
        for place in ctx.places(sentence):
            if place.place.kind != PlaceKind.CITY or (found := unit.match(ctx.text, place.end)) is None:
                continue
            form = ctx.text[place.start : found.end()]
            if len(form) > len(written.get(place.place.name, "")):
                written[place.place.name] = form
    return written
