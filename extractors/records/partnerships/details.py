"""What an agreement covers and when it was signed, read from its sentence."""

from datetime import date
from typing import Any

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.dates import DateMention, safe_date
from extractors.text.sentences import Sentence


def agreement_details(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> dict[str, Any]:
    return {
        "kind": noun.label,
        "scope": _scope(ctx, sentence, noun),
        "signed_date": signing_date(ctx, sentence, noun)[0],
    }


def signing_date(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> tuple[date | None, bool]:
    """The date nearest the agreement in its sentence ("told on the 5th that ... from 30 March
    to 1 April ... the MOU signing": the trip, not the announcement; "지난 12일 … 협약을
    맺었다고 14일 밝혔다": the 12th, the day the news was told only where no other is), else the
    day of the occasion it was signed at, told before; and whether it is one day."""
    dates = ctx.happening_dates(sentence) or ctx.dates(sentence)
    if not dates:
        day = ctx.event_day(sentence)
        if day is None and (occasion := ctx.occasion_date(sentence)) is not None:
            # "On this occasion, the two hospitals signed an MOU": the day of the meeting told before
            return occasion.first, occasion.last is None
        return day, day is not None
    nearest = min(
        _own_clause(ctx, noun, dates), key=lambda d: min(abs(d.start - noun.end), abs(noun.start - d.end))
    )
    return _signed_by_publication(ctx, nearest), nearest.last is None


# How far past the article a day told without its year may fall and still be read as it is: a
# day later in the article's month may be one whose month the text leaves out ("30일"), read so
# by the language; a day months ahead was read ahead of its signing.
SIGNED_AFTER_PUBLICATION_DAYS = 31


def _signed_by_publication(ctx: DocumentContext, day: DateMention) -> date:
    """The day an agreement told as concluded was signed: not months after the article appeared.
    A day told without its year is read ahead where its sentence looks ahead ("signed on 4 May,
    under which nurses will be trained" in a September article is not next May): then the year
    before."""
    published = ctx.published
    if day.has_year or published is None or (day.first - published).days <= SIGNED_AFTER_PUBLICATION_DAYS:
        return day.first
    return safe_date(day.first.year - 1, day.first.month, day.first.day) or day.first


def _own_clause(ctx: DocumentContext, noun: PhraseMatch, dates: list[DateMention]) -> list[DateMention]:
    """The dates but those past the end of the agreement's clause ("지난 4일 A와 협약을 맺었고,
    5일에는 B와 …": the 5th is the next agreement's day); all of them where none is left."""
    ends = ctx.lexicon.matcher("partnerships", "clause_ends")
    own = [d for d in dates if d.start < noun.end or ends.search(ctx.text, noun.end, d.start) is None]
    return own or dates


def _scope(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> str | None:
    """What the agreement covers: the "to ..." or "on ..." clause after it, or the words the
    language tells it with before it ("의료관광 활성화를 위한 협약"), up to a date told in it
    ("on medical tourism cooperation on March 5")."""
    span = ctx.language.agreement_scope(ctx, sentence, noun)
    if span is None:
        return None
    start, end = span
    end = min([end, *(d.start for d in ctx.dates(sentence) if start < d.start < end)])
    words = ctx.text[start:end].split()
    day_prepositions = ctx.lexicon.section("dates")["ordinal_day_prepositions"]
    while words and words[-1].lower() in day_prepositions:  # "cooperation on" before "March 5"
        words.pop()
    return " ".join(words) or None
