"""Event mentions: a sentence that names an event type and dates it or says it happened, with the
event's date and name.
"""

from datetime import date

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.dates import DateMention
from extractors.records.events.details import attendance, locate, organizers
from extractors.records.events.shared import Mention
from extractors.text.sentences import Sentence
from models import EventType


def anaphoric_mention(ctx: DocumentContext, sentence: Sentence, before: list[Mention]) -> Mention | None:
    """ "The second was held in Ulaanbaatar on Sept. 6 and 7.": a dated sentence whose subject
    stands for an event of the kind told just before is an occurrence of that kind."""
    events = ctx.lexicon.matcher("events", "anaphoric_subjects")
    subject = events.search(ctx.text, sentence.start, sentence.end)
    if not before or subject is None or subject.start != sentence.start:
        return None
    if not ctx.lexicon.matcher("events", "taking_place").contains(sentence.text):
        return None
    dated = _event_date(ctx, sentence, PhraseMatch(subject.start, subject.end, subject.text, None))
    if dated is None:
        return None
    mention = Mention(sentence, before[-1].event_type, dated.first, dated.last)
    locate(ctx, sentence, PhraseMatch(subject.start, subject.end, subject.text, None), mention)
    mention.attendance, mention.members = attendance(ctx, sentence)
    return mention


def find_mention(ctx: DocumentContext, sentence: Sentence) -> Mention | None:
    types = [
        t
        for t in ctx.lexicon.matcher("events", "types").finditer(ctx.text, sentence.start, sentence.end)
        if not ctx.language.names_a_building(ctx, t)
        and not _is_announcement(ctx, t)
        and not _names_a_party(ctx, sentence, t)
    ]
    if not types:
        return None
    dated = _event_date(ctx, sentence, types[0]) or _definite_after_dated(ctx, sentence, types[0])
    happened = ctx.lexicon.matcher("events", "occurrence_verbs").contains(sentence.text)
    if dated is None and not happened:
        return None
    mention = Mention(sentence, _main_type(ctx, sentence, types))
    captions = ctx.lexicon.matcher("events", "caption_marks")
    mention.caption = any(
        c.start == sentence.start for c in captions.finditer(ctx.text, sentence.start, sentence.start + 20)
    )
    mention.future = dated is None and ctx.lexicon.matcher("events", "future_markers").contains(sentence.text)
    if dated is not None:
        mention.first, mention.last = dated.first, dated.last or _days_later(ctx, sentence, dated.first)
    mention.name = ctx.language.event_name(ctx, sentence)
    locate(ctx, sentence, types[0], mention)
    mention.organizers = organizers(ctx, sentence)
    mention.attendance, mention.members = attendance(ctx, sentence)
    return mention


def _definite_after_dated(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> DateMention | None:
    """ "The signing ceremony took place at the ministry in Tashkent." right after "On 15
    November, the ministry and Asan Medical Center signed a contract": an event named with
    "the" at the head of its sentence happened on the date of the sentence before."""
    if not ctx.language.patterns.events.definite_head.fullmatch(ctx.text, sentence.start, noun.start):
        return None
    body = ctx.body_sentences
    position = body.index(sentence)
    if position == 0:
        return None
    dates = _happening_dates(ctx, body[position - 1])
    return dates[0] if dates else None


def _main_type(ctx: DocumentContext, sentence: Sentence, types: list[PhraseMatch]) -> EventType:
    """The type that names the mention; a ceremony where an agreement is signed is a signing."""
    priority = ctx.lexicon.section("events")["type_priority"]
    main = EventType(min((t.label for t in types), key=priority.index))
    signed = ctx.lexicon.matcher("events", "signing_verbs").contains(sentence.text)
    if (
        main == EventType.OTHER
        and signed
        and ctx.lexicon.matcher("partnerships", "kinds").contains(sentence.text)
    ):
        return EventType.SIGNING
    return main


def _names_a_party(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "Korea University Anam Hospital and Tashkent Medical Academy signed an MOU": in a sentence
    about an agreement, an event word that ends an organisation's name names the organisation."""
    if not ctx.lexicon.matcher("partnerships", "kinds").contains(sentence.text):
        return False
    return any(org.start < noun.start and org.end == noun.end for org in ctx.organizations(sentence))


def _is_announcement(ctx: DocumentContext, noun: PhraseMatch) -> bool:
    """ "at a press briefing", "told a news conference": where news is announced, not an event."""
    return any(
        a.start <= noun.start and noun.end <= a.end
        for a in ctx.lexicon.matcher("events", "announcements").finditer(
            ctx.text, max(0, noun.start - 20), noun.end + 20
        )
    )


def _event_date(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> DateMention | None:
    """The date of the event: the first one after its noun, else the last one before it."""
    dates = _happening_dates(ctx, sentence)
    after = [d for d in dates if d.start >= noun.start]
    if after:
        return after[0]
    return dates[-1] if dates else None


def _happening_dates(ctx: DocumentContext, sentence: Sentence) -> list[DateMention]:
    """The dates of a sentence that say when something happened: a date right after a verb of
    reporting ("announced on April 17", "the hospital said Tuesday") or right before one ("16일 밝혔다")
    dates the news."""
    reporting = ctx.lexicon.matcher("events", "reporting_verbs")
    patterns = ctx.language.patterns.events
    return [
        d
        for d in ctx.dates(sentence)
        if not any(
            patterns.reported_date.fullmatch(ctx.text, r.end, d.start)
            for r in reporting.finditer(ctx.text, max(sentence.start, d.start - 30), d.start)
        )
        and not any(
            patterns.date_reported.fullmatch(ctx.text, d.end, r.start)
            for r in reporting.finditer(ctx.text, d.end, min(sentence.end, d.end + 30))
        )
    ]


def _days_later(ctx: DocumentContext, sentence: Sentence, first: date) -> date | None:
    """ "for five days from June 2", "a two-day visit" on 11 September -> the range's last day."""
    match = ctx.language.patterns.events.duration.search(sentence.text)
    if match is None:
        return None
    group = "n" if match["n"] else "m"
    quantities = [q for q in ctx.quantities(sentence) if q.start - sentence.start == match.start(group)]
    days = int(quantities[0].value) if quantities else (int(match[group]) if match[group].isdigit() else 0)
    return date.fromordinal(first.toordinal() + days - 1) if days > 1 else None
