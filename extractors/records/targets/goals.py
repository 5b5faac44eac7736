"""Goals: "800-thousand foreign patients by 2021", with the baseline they are compared with.

A goal is a figure in a sentence that states an aim and gives it a due year.
"""

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind
from extractors.records.aims import (
    ITEM_BREAK,
    announced_before,
    attributive_year,
    can_be_aimed_at,
    dates_before,
    due_year,
    facts_before_aim,
    is_goal_sentence,
    metric_after,
    metric_noun_before,
    named_a_goal_after,
    year_of,
)
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.targets.actors import (
    first_korean_actor,
    first_of_subjects,
    foreign_subject,
    in_full,
    korea_before,
    not_what_is_set_up,
    owner_of_unit,
    place_in_full,
    pronoun_subject,
    reporting_body,
    subject_before,
)
from extractors.text.sentences import Sentence
from models import Metric, RecordKind, TargetKind

BASELINE_SENTENCES_BEFORE = 2  # how far back a goal's baseline may have been told
INFINITIVE_CHARS = 12  # "to be ": the characters before an event word read for a passive infinitive


def find_goals(ctx: DocumentContext) -> list[RecordDraft]:
    found = []
    last_year: int | None = None
    last_actor: str | None = None
    told: dict[tuple[Metric, float], RecordDraft] = {}
    body = ctx.body_sentences
    for position, sentence in enumerate(body):
        if not is_goal_sentence(ctx, sentence):
            continue
        following = body[position + 1] if position + 1 < len(body) else None
        previous = body[position - 1] if position else None
        year = (
            due_year(ctx, sentence, last_year)
            or _due_year_told_after(ctx, following)
            or _due_year_announced_before(ctx, sentence, previous)
            or _due_year_of_plans_before(ctx, sentence, previous)
            or _due_year_referred_back(ctx, sentence, previous)
            or _due_year_framed_before(ctx, previous)
        )
        cue = ctx.lexicon.matcher("goals", "cues").search(ctx.text, sentence.start, sentence.end)
        subject = (
            first_of_subjects(ctx, sentence, subject_before(ctx, sentence, cue.start), cue.start)
            if cue
            else None
        )
        if cue is not None and subject is None and foreign_subject(ctx, sentence, cue.start):
            continue  # "Thailand aims to attract 3 million medical tourists": another country's aim
        if _foreign_body_as_topic(ctx, sentence):
            continue  # "카타르군은 연 300명의 자국 환자를 한국에 보낼 계획이다": another country's plan
        actor = in_full(
            ctx,
            subject
            or (pronoun_subject(ctx, sentence, previous, cue.start) if cue else None)
            or (korea_before(ctx, sentence, cue.start) if cue else None)
            or first_korean_actor(ctx, sentence)
            # "2027년 외국인 환자 70만명. 정부가 내건 목표다.": who set it is told after
            or (ctx.actor(following, following.end) if named_a_goal_after(ctx, sentence, following) else None)
            or (reporting_body(ctx, sentence) if cue else None)
            # an aim carried from the sentence before ("... plans to increase the number of X.
            # The number will rise to 50."): its subject acts
            or (ctx.actor(previous, previous.end) if cue is None and previous is not None else None)
            or last_actor
            or ctx.main_actor,
        )
        actor = place_in_full(ctx, owner_of_unit(ctx, sentence, not_what_is_set_up(ctx, sentence, actor)))
        figures = [q for q in ctx.quantities(sentence) if not q.is_year]
        facts = facts_before_aim(ctx, sentence)
        asides = _bracketed_facts(ctx, sentence, facts)
        baselines = [q for q in figures if ctx.language.is_baseline(ctx, sentence, q) and q not in asides]
        for quantity in figures:
            if quantity in baselines or not can_be_aimed_at(ctx, sentence, quantity):
                continue
            if quantity in facts or _venue_count(ctx, sentence, quantity) or _served(ctx, sentence, quantity):
                continue
            if cue is not None and _sum_told_before_aim(ctx, sentence, cue, quantity, figures):
                continue
            if _drawn_to_an_event(ctx, sentence, quantity):
                continue
            metric = (
                metric_after(ctx, sentence, quantity)
                or _metric_before(ctx, sentence, quantity)
                or metric_noun_before(ctx, sentence, quantity)
                or _travellers_before(ctx, sentence, quantity)
                or _metric_told_before(ctx, sentence, previous, quantity)
            )
            if metric is None or (metric == Metric.FOREIGN_PATIENTS and _counts_bodies(ctx, quantity)):
                continue
            item = _item_year(ctx, sentence, quantity, figures)
            if item is not None:
                due = item.year
            else:
                due = _own_due_year(ctx, sentence, quantity, figures)
                if due is None and not _relative_year_unresolved(ctx, sentence, quantity, figures):
                    due = year
            aim = Aim(metric, quantity.value, due)
            baseline = (
                _baseline_in(ctx, sentence, quantity, baselines, due)
                or _dated_figure(
                    ctx, sentence, [f for f in reversed(facts) if f not in asides], aim, bare_ok=True
                )
                or _baseline(
                    ctx, [s for s in body[position + 1 : position + 3] if not is_goal_sentence(ctx, s)]
                )
                or _baseline_told_before(
                    ctx, body[max(0, position - BASELINE_SENTENCES_BEFORE) : position], aim
                )
                or _baseline_told_after(ctx, following, aim)
            )
            earlier = told.get((metric, quantity.value))
            if earlier is not None:
                # the same goal told again ("… 70만 명 유치를 목표로"): one record, due in the
                # latest year it is told as due ("made this year the first of its drive for 1
                # million …; it aims at 1 million by 2020": 2020)
                if due is not None and (earlier.fields["target_year"] or due) < due:
                    earlier.fields["target_year"] = due
                continue
            fields = {
                "kind": TargetKind.GOAL,
                "actor": actor,
                "scope_level": ctx.language.scope_level(actor),
                "metric": metric,
                "value": quantity.value,
                "qualifier": quantity.qualifier,
                "target_year": due,
                "baseline_value": baseline[0] if baseline else None,
                "baseline_year": baseline[1] if baseline else None,
            }
            told[(metric, quantity.value)] = RecordDraft(
                RecordKind.TARGET, "targets.goal", ctx.evidence(sentence), ConfidenceLevel.DATED, fields
            )
            found.append(told[(metric, quantity.value)])
        last_year, last_actor = year, actor
    return found


def _sum_told_before_aim(
    ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch, quantity: Quantity, figures: list[Quantity]
) -> bool:
    """ "지난해 의료관광 수입 500억원을 기록했으며 올해는 외국인 환자 3만명 유치를 추진한다": a sum
    told in a clause before the aim begins, where the aim has a figure of its own, is what
    happened (the facts before an aim are read among head counts only)."""
    if not quantity.is_measure:
        return False
    start = ctx.language.aim_start(ctx, sentence, cue)
    return quantity.start < start and any(q.start >= start for q in figures)


VENUE_WORDS_AFTER = 4  # "at 25 chosen seaside (spa) resort towns": words between


EVENT_WORDS_AFTER = 6  # "3,000 visitors to future editions of the fair": words to the event noun


def _drawn_to_an_event(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "hope to draw 3,000 visitors to future editions of the fair": people drawn to an event
    (a noun of one a few words after "to", in the figure's clause) are its visitors, not
    patients aimed at; "5,000 foreign patients to Daegu hospitals" are."""
    events = ctx.lexicon.matcher("events", "types")
    if not events.contains(sentence.text):
        return False
    to = ctx.lexicon.lowered_words("markets", "spread_to_prepositions")
    event = next(
        (
            e
            for e in events.finditer(ctx.text, quantity.end, sentence.end)
            if not _done_by_the_drawn(ctx, e, to)
        ),
        None,
    )
    if event is None:
        return False
    words = ctx.text[quantity.end : event.start].split()
    clause = not any(mark in ctx.text[quantity.end : event.start] for mark in ",;")
    return clause and len(words) <= EVENT_WORDS_AFTER and bool(to & {word.lower() for word in words})


def _done_by_the_drawn(ctx: DocumentContext, event: PhraseMatch, to: set[str]) -> bool:
    """ "wants 50,000 medical tourists to visit its hospitals", "calls for 40,000 foreign patients
    to be treated in Daegu": a verb of visiting, or an event word in a passive infinitive, is what
    the people drawn do or undergo, no occasion they are drawn to."""
    if event.text.lower() in ctx.lexicon.lowered_words("events", "visit_verbs"):
        return True
    auxiliaries = ctx.lexicon.lowered_words("markets", "passive_auxiliaries")
    before = ctx.text[max(0, event.start - INFINITIVE_CHARS) : event.start].lower().split()
    return len(before) >= 2 and before[-2] in to and before[-1] in auxiliaries


def _venue_count(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "free operations at seven partner clinics", "At 40 selected sites, the ministry plans to
    ...": the number of places a planned activity is held at is where the aim is carried out,
    not a figure aimed at. The preposition of an aim or of a goal's value keeps its figure
    ("aims at 120 partner hospitals", "set its goal at 60 hospitals")."""
    if not ctx.follows("goals", "venue_prepositions", sentence, quantity.start) or ctx.follows(
        "goals", "value_links", sentence, quantity.start
    ):
        return False
    noun = ctx.lexicon.matcher("goals", "venue_nouns").search(ctx.text, quantity.end, sentence.end)
    return noun is not None and len(ctx.text[quantity.end : noun.start].split()) <= VENUE_WORDS_AFTER


def _served(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "plans to invite 40 children for free surgery", "will offer forest programmes for over
    9,000 visitors": the guests a plan invites or the people its provision is for are whom the
    plan serves (invited patients are care scheduled, a count: annotation.md), not a figure
    aimed at; the "for" of an aim or of a verb of care keeps its figure ("aims for 80,000",
    "hopes to care for 4,000 a year")."""
    return ctx.follows("goals", "served_leads", sentence, quantity.start) and not ctx.follows(
        "goals", "aim_for_leads", sentence, quantity.start
    )


def _bracketed_facts(ctx: DocumentContext, sentence: Sentence, facts: list[Quantity]) -> list[Quantity]:
    """ "treated 12,000 in 2015 (up 18% from 10,170 in 2014) and aims to treat 20,000": a
    figure in brackets among the facts told before an aim compares the fact before it, so it is
    no baseline of the aim."""
    asides = []
    for fact in facts:
        opened = ctx.text.rfind("(", sentence.start, fact.start)
        if opened != -1 and ctx.text.find(")", opened, fact.start) == -1:
            asides.append(fact)
    return asides


def _due_year_told_after(ctx: DocumentContext, following: Sentence | None) -> int | None:
    """ "It will attract 700,000 foreign patients. The target year is 2027.": the due year of
    an aim told in the sentence right after it."""
    if following is None or not ctx.lexicon.matcher("goals", "due_year_labels").contains(following.text):
        return None
    years = [y for y in ctx.years(following) if not y.relative]
    return years[0].year if years else None


def _counts_bodies(ctx: DocumentContext, quantity: Quantity) -> bool:
    """ "현지 에이전시 7개사와 환자 송출 계약을": a figure whose counter names firms or places
    counts those bodies, not the patients named after it."""
    return ctx.lexicon.matcher("goals", "body_counters").match(ctx.text, quantity.end) is not None


def _due_year_announced_before(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> int | None:
    """ "구미시가 올해 유치 목표를 발표했다. 외국인 환자 1천200명이다.": the due year of a goal
    announced in the sentence before, whose figure this sentence gives alone."""
    if previous is None or not announced_before(ctx, sentence, previous):
        return None
    return due_year(ctx, previous, None)


def _due_year_of_plans_before(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> int | None:
    """ "Chungnam announced its targets for 2028 on Wednesday. The province wants 25,000 foreign
    patients.": a lead that dates goals or a plan without giving a figure dates the figures of
    the sentence after it, when that one tells no year of its own. A year already past when the
    page was written dates no aim ("its plan for 2019" in 2024 is history)."""
    if previous is None or ctx.years(sentence):
        return None
    plans = ctx.lexicon.matcher("goals", "dated_plans")
    if not plans.contains(previous.text):
        return None
    found = list(plans.finditer(ctx.text, previous.start, previous.end))
    # "set two targets for 2026": a number of the plans, no figure of a goal
    starts = {m.start for m in found}
    if any(not q.is_year and not _counts_next(ctx, q, starts) for q in ctx.quantities(previous)):
        return None
    ends = {m.end for m in found}
    year = attributive_year(ctx, previous) or next(
        (y.year for y in ctx.years(previous) if any(not ctx.text[e : y.start].strip() for e in ends)), None
    )
    if year is None or (ctx.published is not None and year < ctx.published.year):
        return None
    return year


def _counts_next(ctx: DocumentContext, quantity: Quantity, starts: set[int]) -> bool:
    """Whether the figure stands right before one of the phrases starting at ``starts``."""
    return any(not ctx.text[quantity.end : start].strip() for start in starts if start >= quantity.end)


def _due_year_referred_back(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> int | None:
    """ "Analysts predict 1.5 million medical tourists by 2030. The ministry's own goal is 1
    million by then.": a goal due "by then", with no goal before it, is due in the last due year
    the sentence before tells, whatever that sentence told (a forecast, a plan)."""
    if previous is None or not ctx.lexicon.matcher("years", "same_as_goal").contains(sentence.text):
        return None
    due = [y.year for y in ctx.years(previous) if ctx.language.is_due_year(ctx.text, y, previous.start)]
    return due[-1] if due else None


def _due_year_framed_before(ctx: DocumentContext, previous: Sentence | None) -> int | None:
    """ "전남도가 2030년을 내다본 중장기 계획을 내놨다. 도는 외국인 환자 3만명을 유치할 방침이다.":
    a plan told with its year and no figure in the sentence before is the frame of the figures
    aimed at after it, which are due in that year. Only a year not yet past when the page was
    written is a plan's due year; a plan of a past year tells what was done then. A market
    chosen for a year frames the goal after it alike ("내년 전북도는 몽골을 핵심 시장으로 삼는다.
    몽골 환자 1천명 유치가 목표다")."""
    if previous is None or not (
        ctx.lexicon.matcher("goals", "plans_told_before").contains(previous.text)
        or ctx.lexicon.matcher("markets", "role_nouns").contains(previous.text)
    ):
        return None
    if any(not q.is_year for q in ctx.quantities(previous)):
        return None
    # a year in the plan's name counts too ("'의료관광 비전 2030'을 선포했다")
    years = {y.year for y in ctx.years(previous)}
    years |= {int(q.value) for q in ctx.quantities(previous) if q.is_year}
    if len(years) != 1 or ctx.published is None:
        return None
    year = years.pop()
    return year if year >= ctx.published.year else None


def _own_due_year(
    ctx: DocumentContext, sentence: Sentence, figure: Quantity, figures: list[Quantity]
) -> int | None:
    """ "700,000 foreign patients this year and 1 million a year by 2027": where a sentence
    sets several goals, each is due in the year told between it and the next figure, or in a
    relative year told between the figure before and it ("The target of this year is 200,000,
    and ... 1 million by 2020"), or a second due year told there, the first being the figure
    before's ("9,000 by 2024, and in 2026 it wants 12,000"). A past year told relative to the page
    after a figure that another follows ("2,000, double the tally of last year, and 4,000 by
    2028") is no due year of that list's item; one told before it may be ("4,100 last year, just
    under 4,500, the city's target": a goal of last year, met or missed)."""
    following = [q.start for q in figures if q.start > figure.end]
    end = min([sentence.end, *following])
    for year in ctx.years(sentence):
        if not (figure.end <= year.start < end):
            continue
        if following and _past_relative(ctx, year):
            continue  # "2,000, double the tally of last year, and 4,000 by 2028": a list's item
        if year.relative or ctx.language.is_due_year(ctx.text, year, sentence.start):
            return year.year
    earlier = [q.end for q in figures if q.end <= figure.start]
    start = max([sentence.start, *earlier])
    between = [y for y in ctx.years(sentence) if start <= y.start and y.end <= figure.start]
    told_before = [y for y in between if y.relative]
    if told_before:
        return told_before[-1].year
    due_before = [y for y in between if ctx.language.is_due_year(ctx.text, y, sentence.start)]
    return due_before[-1].year if earlier and len(due_before) > 1 else None


class ItemYear(NamedTuple):
    """The year the item of a list of aims tells: None where it is a year relative to a page
    without a date."""

    year: int | None


def _item_year(
    ctx: DocumentContext, sentence: Sentence, figure: Quantity, figures: list[Quantity]
) -> ItemYear | None:
    """ "2026년까지 외국인 환자 2만명, 2030년까지 4만명", "5,000 this year and 10,000 by 2030",
    "By 2026 it wants 20,000, and by 2030 40,000": where a sentence lists its aims as items (a
    comma, a semicolon or a joining word between two figures), each is due in the year told in
    its own item, whichever side of the figure the language writes it on (the nearest after it
    first), save a year a figure is compared with and a past one relative to the page ("last
    year", ``_past_relative``; on a page without a date, one the relative words place before it),
    which no item is due in; a year relative to a page without a date leaves the item's year
    unknown. None where the figure is no such item or its item tells no year: the sentence's other
    years are read as before."""
    span = _item_span(ctx, sentence, figure, figures)
    if span is None:
        return None
    start, end = span
    years = ctx.years(sentence)
    told = [
        (y.start, y.year)
        for y in years
        if start <= y.start < end
        and not (figure.start <= y.start < figure.end)
        and not ctx.language.is_compared_year(ctx.text, y)
        and not _past_relative(ctx, y)
    ]
    placed = {y.start for y in years}
    told += [
        (m.start, None)
        for m in ctx.lexicon.matcher("years", "relative").finditer(ctx.text, start, end)
        if m.start not in placed and m.label >= 0
    ]
    after = [t for t in told if t[0] >= figure.end]
    before = [t for t in told if t[0] < figure.start]
    if after:
        return ItemYear(min(after)[1])
    if before:
        return ItemYear(max(before, key=lambda t: t[0])[1])
    return None


def _past_relative(ctx: DocumentContext, year: YearMention) -> bool:
    """ "last year", "지난해": a year told relative to the page and before its year, which no
    item of a list of aims is due in."""
    return year.relative and ctx.published is not None and year.year < ctx.published.year


def _item_span(
    ctx: DocumentContext, sentence: Sentence, figure: Quantity, figures: list[Quantity]
) -> tuple[int, int] | None:
    """Where the figure's item of a list of aims runs: from the first break after the figure
    before it (else from that figure, or the sentence's start) to the first break after the
    figure (else to the figure after it, or the sentence's end): "900 patients; for 2028, 1,500"
    gives the second item its year. A break is a comma, a semicolon or a word that joins items
    (the language's ``item_joints``). None where no break stands on either side: a figure that is
    no list's item."""
    before = max((q.end for q in figures if q.end <= figure.start), default=None)
    after = min((q.start for q in figures if q.start >= figure.end), default=None)
    left = _breaks(ctx, before, figure.start) if before is not None else []
    right = _breaks(ctx, figure.end, after) if after is not None else []
    if not left and not right:
        return None
    start = left[0][1] if left else (before if before is not None else sentence.start)
    end = right[0][0] if right else (after if after is not None else sentence.end)
    return start, end


def _breaks(ctx: DocumentContext, start: int, end: int) -> list[tuple[int, int]]:
    """The breaks between two list items in ``start``..``end``, in order, as (start, end)."""
    found = [(m.start(), m.end()) for m in ITEM_BREAK.finditer(ctx.text, start, end)]
    joints = ctx.lexicon.matcher("goals", "item_joints")
    found += [(m.start, m.end) for m in joints.finditer(ctx.text, start, end)]
    return sorted(found)


def _relative_year_unresolved(
    ctx: DocumentContext, sentence: Sentence, figure: Quantity, figures: list[Quantity]
) -> bool:
    """ "30,000 this year and 200,000 by 2020" on a page with no date: the first figure is due in
    a year of its own that cannot be resolved, not in the year of the figure after it."""
    if ctx.published is not None:
        return False
    end = min([sentence.end, *(q.start for q in figures if q.start > figure.end)])
    return ctx.lexicon.matcher("years", "relative").search(ctx.text, figure.end, end) is not None


def _metric_before(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> Metric | None:
    """ "raise the number of Vietnamese patients from 5,600 last year to 10,000 a year": a bare
    figure measures the metric named before it in the sentence, not a word of a body's name
    ("Foreign patients at Inje University hospitals numbered 4,100; the aim is 6,000")."""
    if not ctx.language.is_bare(ctx.text, quantity, sentence.end):
        return None
    names = ctx.organizations(sentence)
    metrics = [
        m
        for m in ctx.lexicon.matcher("goals", "metrics").finditer(ctx.text, sentence.start, quantity.start)
        if not any(o.start <= m.start and m.end <= o.end for o in names)
    ]
    return Metric(metrics[-1].label) if metrics else None


def _foreign_body_as_topic(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "카타르군은 내년부터 연 300명의 자국 환자를 한국에 보낼 계획이다", "몽골 보건부는 자국 환자
    2천명을 한국에 보낼 계획이다": a body of a foreign country (a body named with the country,
    or the country's name joined to a noun of its body: its forces) opening the sentence as its
    topic or subject, before the figures and with no Korean body or Korea before them, is who plans:
    another country's aim, whatever a Korean body receives. A bare country as the topic
    ("몽골은 3천명, 베트남은 2천명") or a noun after it ("몽골 시장은") is the market a Korean plan
    is told of, no body. A language that marks no topic by a particle has none to read."""
    particles = tuple(ctx.lexicon.section("organizations")["topic_particles"])
    figures = [q for q in ctx.quantities(sentence) if not q.is_year]
    if not particles or not figures:
        return False
    first = figures[0].start
    places = [p for p in ctx.places(sentence) if p.end <= first]
    if not places or ctx.text[sentence.start : places[0].start].strip():
        return False
    country = places[0]
    if country.place.is_korean or country.place.kind != PlaceKind.COUNTRY:
        return False
    if first_korean_actor(ctx, sentence, first) or korea_before(ctx, sentence, first):
        return False
    body = next(
        (
            o
            for o in ctx.organizations(sentence)
            if o.start == country.start and not o.is_korean and o.country
        ),
        None,
    )
    if body is not None:
        return ctx.text.startswith(particles, body.end)  # "몽골 보건부는"
    suffixes = ctx.lexicon.section("organizations")["country_body_suffixes"]
    joined = tuple(f"{suffix}{particle} " for suffix in suffixes for particle in particles)
    return bool(joined) and ctx.text.startswith(joined, country.end)  # "카타르군은"


def _travellers_before(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> Metric | None:
    """ "치료 상품으로 해외 관광객 7천 명을 유치하겠다", "검진 상품으로 100명 모객": a noun of
    travellers or customers drawn, right before the figure or right after its counter, is the
    goal's metric in a sentence that names care: the medical tourists of the plan, not tourism
    at large ("관광객 1천만명 유치" names no care)."""
    if not ctx.lexicon.matcher("patients", "care_nouns").contains(sentence.text):
        return None
    noun = ctx.language.noun_before_figure(ctx, sentence, quantity, "goals", "traveller_metrics")
    if noun is None:
        travellers = ctx.lexicon.matcher("goals", "traveller_metrics")
        counters = ctx.lexicon.section("goals")["bare_counters"]
        after = ctx.next_word_start(quantity.end)
        counter = next((c for c in counters if ctx.text.startswith(c, after)), "")
        noun = travellers.match(ctx.text, ctx.next_word_start(after + len(counter)))
    return Metric(noun.label) if noun is not None else None


def _metric_told_before(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, quantity: Quantity
) -> Metric | None:
    """ "Jeju welcomed 4,800 medical tourists last year. The island now aims for 10,000 by
    2024.", "... it wants to lift the figure to 95,000 by 2015": a bare figure of a goal
    sentence that names no metric measures the first one (the subject's) of the sentence before."""
    if previous is None or not _bare_but_its_counter(ctx, sentence, quantity):
        return None
    if ctx.lexicon.matcher("goals", "metrics").search(ctx.text, sentence.start, sentence.end) is not None:
        return None  # the sentence names its own metrics: the figure is of another kind
    metric = ctx.lexicon.matcher("goals", "metrics").search(ctx.text, previous.start, previous.end)
    return Metric(metric.label) if metric is not None else None


def _bare_but_its_counter(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "이를 2027년까지 1만5천명으로 늘린다": a figure with no noun of its own but a counter of
    people ("명") with only a particle after it counts the people a sentence before named."""
    if ctx.language.is_bare(ctx.text, quantity, sentence.end):
        return True
    counter = ctx.lexicon.matcher("goals", "bare_counters").match(ctx.text, quantity.end)
    return counter is not None and ctx.language.is_bare(
        ctx.text, replace(quantity, end=counter.end), sentence.end
    )


def _baseline_in(
    ctx: DocumentContext, sentence: Sentence, goal: Quantity, baselines: list[Quantity], due: int | None
) -> tuple[float, int | None] | None:
    """ "up from 606,000 last year", "compared with 141 at the end of last year": the baseline
    the goal sentence gives itself, with the year named right after it; never the due year
    ("현재 3만명 수준인 외국인 환자를 2028년 6만명으로": 2028 is the goal's)."""
    if not baselines:
        return None
    baseline = min(baselines, key=lambda q: abs(q.start - goal.start))
    # "up from 606,000 last year", "compared with 141 at the end of last year", "last year's 2,500"
    years = [
        y
        for y in ctx.years(sentence)
        if (year_of(ctx, baseline, y) or dates_before(ctx, y, baseline)) and (due is None or y.year < due)
    ]
    return baseline.value, years[0].year if years else None


class Aim(NamedTuple):
    metric: Metric
    value: float
    due: int | None


def _dated_figure(
    ctx: DocumentContext, sentence: Sentence, figures: Iterable[Quantity], aim: Aim, bare_ok: bool = False
) -> tuple[float, int] | None:
    """The first of ``figures`` that can be the aim's starting point: a figure of the same
    metric, below the aim, with a year of its own before the due year ("received about 134,000
    foreign patients in 2013 and aims to attract 200,000", "treated 21,950 foreign patients
    last year and has set a target of 30,000"). With ``bare_ok`` (the goal's own sentence) a
    bare figure measures the metric named before it: "a target of 12,000 foreign patients ...,
    which treated 7,400 in 2018"; a language that writes the metric before its figure names it
    there ("지난해 외국인 환자 2만명을 유치했다며 올해는 3만명")."""
    for figure in figures:
        if (
            figure.is_year
            or figure.is_measure
            or figure.value >= aim.value
            or (
                metric_after(ctx, sentence, figure)
                or metric_noun_before(ctx, sentence, figure)
                or (bare_ok and _metric_before(ctx, sentence, figure))
            )
            != aim.metric
        ):
            continue
        years = [y.year for y in ctx.years(sentence) if year_of(ctx, figure, y)]
        years += [y.year for y in ctx.years(sentence) if _year_opening_clause(ctx, y, figure)]
        earlier = [year for year in years if aim.due is None or year < aim.due]
        if earlier:
            return figure.value, earlier[0]
    return None


YEAR_BEFORE_FIGURE_WORDS = 3  # "지난해 외국인 환자 2만명을": the metric's words between


def _year_opening_clause(ctx: DocumentContext, year: YearMention, figure: Quantity) -> bool:
    """ "작년에 9800명의 외국인환자를 맞았다며 올해는 1만3천명": a year written a few words
    before the figure, in its clause (no figure or comma between), dates it where the year after
    it is the aim's (a language that writes the year before what it dates)."""
    between = ctx.text[year.end : figure.start]
    return (
        year.end <= figure.start
        and len(between.split()) <= YEAR_BEFORE_FIGURE_WORDS
        and not re.search(r"[,;\d]", between)
    )


def _baseline_told_before(
    ctx: DocumentContext, sentences: list[Sentence], aim: Aim
) -> tuple[float, int] | None:
    """ "Jeju drew 8,400 foreign patients last year." just before "It now aims to attract 30,000
    foreign patients by 2026.": the nearest dated figure of the goal's metric told before it."""
    for sentence in reversed(sentences):
        if is_goal_sentence(ctx, sentence):
            return None  # an earlier goal's sentence: its figures belong to it
        found = _dated_figure(ctx, sentence, ctx.quantities(sentence), aim)
        if found is not None:
            return found
    return None


def _baseline_told_after(
    ctx: DocumentContext, following: Sentence | None, aim: Aim
) -> tuple[float, int] | None:
    """ "It aims at 20,000 foreign patients in 2026. Last year 12,000 foreign patients came.": a
    dated figure of the goal's metric in the sentence right after, below the aim and before its
    due year, is where the goal starts from; so is a lone dated figure there with no metric of its
    own ("It treated 900 in 2023"). A sentence of another aim keeps its figures."""
    if following is None or is_goal_sentence(ctx, following):
        return None
    return _dated_figure(ctx, following, ctx.quantities(following), aim) or _lone_figure_after(
        ctx, following, aim
    )


def _lone_figure_after(ctx: DocumentContext, following: Sentence, aim: Aim) -> tuple[float, int] | None:
    """ "X Hospital wants 2,000 foreign patients a year by 2026. It treated 900 in 2023.": the
    sentence right after a goal, when it tells one dated figure alone and no goal, gives the goal's
    starting point; a bare figure there measures the goal's metric. Its year is one already come
    when the page was written, and before the due year."""
    figures = [q for q in ctx.quantities(following) if not q.is_year]
    if len(figures) != 1 or figures[0].is_measure or figures[0].value >= aim.value:
        return None
    figure = figures[0]
    metric = metric_after(ctx, following, figure) or metric_noun_before(ctx, following, figure)
    if metric not in (None, aim.metric):
        return None
    # one figure and one year: the year dates it, wherever the sentence writes it ("Last year,
    # 1,240 came")
    told = ctx.years(following)
    years = [y.year for y in told if len(told) == 1 or year_of(ctx, figure, y)]
    past = [
        year
        for year in years
        if (aim.due is None or year < aim.due) and (ctx.published is None or year <= ctx.published.year)
    ]
    return (figure.value, past[0]) if past else None


def _baseline(ctx: DocumentContext, sentences: list[Sentence]) -> tuple[float, int | None] | None:
    """ "At the end of 2023 there were some 75 of them": the figure a goal is compared with."""
    for sentence in sentences:
        if not ctx.lexicon.matcher("goals", "baseline_cues").contains(sentence.text):
            continue
        counts = [q for q in ctx.quantities(sentence) if not q.is_year and not q.is_measure]
        if not counts:
            continue
        years = ctx.years(sentence)
        return counts[0].value, years[0].year if years else None
    return None
