"""Which numbers of a sentence count patients, and the patient noun each counts.

A count is tied to its noun directly ("17,918 Mongolian patients"), through a linking verb ("the
number of foreign patients ... reached 300-thousand"), or leans on a noun named just before (a
series, a list, a part, an ellipsis).
"""

import re
from dataclasses import dataclass, replace

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.dates import YearMention
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import PlaceKind
from extractors.records.aims import facts_before_aim, per_unit
from extractors.records.patient_stats.clauses import (
    BRACKET_OPENS,
    after_previous_count,
    bracket_after_year,
    count_clause,
    first_clause_joint,
    has_count,
    is_change,
    is_consultation,
    is_forecast,
    is_generic_head,
    is_sample,
    scheduled_by_plan,
    schedules_trip_for_care,
)
from extractors.spans import Span, overlaps
from extractors.text.sentences import Sentence
from models import Population

SUBJECT_AFTER_CHARS = 40  # "the total number of Mongolian children": how far its noun may stand
MAX_SUBJECT_NOUN_WORDS = 3  # "the number of excellent medical institutions"
SERVED_NOUN_WORDS = 4  # "institutions serving foreign medical": a serving noun, its link, the adjectives
_WORD = re.compile(r"[\w'-]+")  # a word, hyphens inside it
# what sets another clause or an aside apart (the comma of "3,900" does not)
_CLAUSE_MARK = re.compile(r"[;:()\u2013\u2014]|,(?!\d)")
CARE_AFTER_HEAD_CHARS = 100  # "1,236 residents, most of them elderly ..., were examined"
TRIP_MODAL_CHARS = 40  # "90 tourists from Uzbekistan will arrive": noun to modal
# What may stand between a year and the figure it leads in a series ("(’19) 7,263", "2019: 7,263",
# "2019 - 7,263"); a colon or a dash marks the figure as the year's where no label ends in a colon.
YEAR_FIGURE_JOINTS = " )]:-–—"
YEAR_FIGURE_MARKS = ":-–—"
APPOSITION_JOINTS = ("", ",")  # what may stand between a bare count and its verb: "2,600, came from"
_BRACKETED_ITEM = re.compile(r"[^\W\d] ?\($")  # "plastic surgery (": a number bracketed right after its item
ITEM_NAME_CHARS = 20  # "internal medicine (": how far back a bracketed item's name is read
YEAR_BESIDE_CHARS = 12  # "In 2012, some 40,000", "40,000 in 2012": a year stamping the figure
PATIENTS_BACK_SENTENCES = 3  # how far back a share or a yearly change may find the patients it tells of
CLAUSE_CLOSE = re.compile(r"\s*(?:[,.;]|$)")  # what may follow a number that closes its clause
ATTENDANCE_AFTER_HEAD_CHARS = 30  # "200 visitors attended", "150 residents joined"
ARRIVAL_AFTER_HEAD_CHARS = (
    15  # "150 Mongolians (who) arrived": how far after its noun a group's arrival is told
)
TAKEN_UP_CHARS = (
    40  # "During their five-day stay, they": how far into the next sentence the group is taken up
)
POSSESSIVE_MARKS = ("'", "’")  # "the hospitals' booths": a place owning the thing named after it
VISITED_PLACE_CHARS = 40  # "went to two private clinics in": the words before the place visited
OTHER_NOUN_CHARS = (
    30  # "fewer medical institutions, 64": how far back the noun a bare number stands for is read
)
APPOSITION_MARKS = " ,:–—-"  # what may stand between a noun and the bare number set after it
CARE_TOPIC_CHARS = 12  # "이번 의료봉사에는": the topic opening a sentence
ITEM_OPENER_WORDS = 2  # "특히", "국가별로는": the words that may open a sentence before its nationals
COUNTED_BEFORE_SENTENCES = 4  # how far back the figures a ranked part of them belongs to may be told


@dataclass(frozen=True)
class Link:
    """A count and the patient noun it counts; ``relative`` when that noun was named for another count."""

    quantity: Quantity
    head: PhraseMatch
    relative: bool
    own_origin: tuple[str, ...] = ()  # "Americans (51,200)", "1,420 from Kazakhstan"
    own_year: int | None = None  # the year leading a figure of a series ("2019: 7,263")


def count_links(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, goal: bool
) -> list[Link]:
    """Counts tied to their noun: directly first, then those that lean on a noun named before.
    In a goal sentence only the baseline and the facts told before the aim are counts: the
    other figures are aims."""
    # a count of people is whole: "men made up the remaining 41.5" is a share told without its sign
    numbers = [
        q
        for q in ctx.quantities(sentence)
        if not q.is_measure and not q.is_year and q.value >= 1 and q.value == int(q.value)
    ]
    milestones = [] if goal else _milestones(ctx, sentence)
    if not numbers:
        return milestones
    dates = ctx.dates(sentence)
    countries = [
        Span(m.start(1), m.end(1), m.group(1))
        for m in ctx.language.patterns.counts.n_countries.finditer(ctx.text, sentence.start, sentence.end)
    ]
    candidates = [
        q
        for q in numbers
        if not overlaps(q.start, q.start + 1, dates)  # "April 14 to 16"
        and not overlaps(q.start, q.end, countries)  # "patients from a total of 198 countries"
    ]
    links: list[Link] = []
    facts = facts_before_aim(ctx, sentence) if goal else []
    candidates = [
        q
        for q in candidates
        if not is_forecast(ctx, sentence, q)
        and not is_change(ctx, sentence, q)
        and not is_sample(ctx, sentence, q)
        and not per_unit(ctx, q)  # "환자 1명당 진료비": the unit of a rate, no one counted
    ]
    for quantity in candidates:
        if (
            not goal
            or quantity in facts
            or ctx.language.is_baseline(ctx, sentence, quantity)
            or scheduled_by_plan(ctx, sentence, quantity)
        ):
            head = ctx.language.counted_noun(
                ctx,
                sentence,
                quantity,
                lambda start, end: _find_heads(ctx, sentence, start, end),
                lambda noun: is_generic_head(ctx, noun),
            )
            if head is not None and (
                _subject_counts_others(ctx, sentence, head)
                or _clause_of_serving_noun(ctx, sentence, head, quantity)
            ):
                continue
            if head is not None and (
                _counts_patients(ctx, sentence, quantity, head)
                or _nationals_among_patients(ctx, sentence, previous, head)
                # "치료 목적으로 찾는 카자흐스탄인은 2016년 900명 … 2020년 3,400명": the later figures of a
                # noun already read as a count of care after it count the same people
                or any(link.head == head and head.end <= link.quantity.start for link in links)
            ):
                links.append(Link(quantity, head, relative=False))
            elif item := _list_item(ctx, sentence, quantity, links):
                links.append(item)
    linked = {link.quantity for link in links}
    of_others: list[Quantity] = []  # bare numbers standing for another noun told right before them
    for quantity in candidates:
        if (
            quantity in linked
            or not _is_bare(ctx, sentence, quantity)
            or _counts_others(ctx, sentence, quantity)
        ):
            continue
        if _follows_other_noun(ctx, sentence, quantity) or (
            of_others and not _find_heads(ctx, sentence, of_others[-1].end, quantity.start)
        ):
            # "came from more nations, 64 in 2019 against 51 in 2018": the nations, and the
            # figure the first is compared with
            of_others.append(quantity)
            continue
        reading = _read_across_share(ctx, sentence, quantity)
        gapped = _gapped_head(ctx, sentence, quantity)
        if gapped is not None:
            links.append(Link(quantity, gapped, relative=False))  # "..., and Russian patients 9,800"
            continue
        listed = _listed_origin(ctx, sentence, reading)
        own_origin = listed or tuple(
            ctx.language.origins_after(
                ctx, sentence, reading.end, ctx.next_count_start(sentence, reading), adjacent=True
            )
        )
        stamped = not goal and (
            _year_stamped(ctx, sentence, quantity) or _dated_object(ctx, sentence, quantity)
        )
        cued = (
            _after_cue(ctx, sentence, reading, goal)
            or quantity in facts
            or stamped
            or (not goal and _ranked_item(ctx, sentence, reading, links))
            or (not goal and _gapped_receiver(ctx, sentence, reading, links))
        )
        if goal and not cued:
            continue
        restated = not goal and ctx.language.restates_figure(ctx, sentence, quantity)
        labelled = None if goal else _labelled(ctx, sentence, quantity)
        if labelled is not None:
            links.append(Link(quantity, labelled, relative=False))
            continue
        shared = _shares_noun(ctx, quantity, links, candidates)
        if shared is not None:
            links.append(Link(quantity, shared.head, relative=False))
            continue
        partitive = ctx.lexicon.matcher("patients", "partitives").search(ctx.text, reading.end, sentence.end)
        part_of = partitive is not None and not ctx.text[reading.end : partitive.start].strip()
        if part_of:
            cued = True  # "41,200 Chinese patients ... -- 9,870 of them having dental care"
        if not (own_origin or cued or restated or _elliptical(ctx, sentence, reading)):
            continue
        # an ellipsis ("About 2,900 were treated."), "the figure" of a count told before or a
        # list by nationality that goes on in a sentence of its own ("Russians (24,026) and
        # Thais (9,100) followed.") leans on the sentence before
        leans_back = bool(listed) or restated or not (cued or own_origin) or _breaks_down(ctx, sentence)
        anchor = _anchor(ctx, sentence, previous if leans_back else None, quantity)
        if anchor is None and own_origin:
            anchor = _anchor(ctx, sentence, previous, quantity)  # "Among them, some 7,500 came from Laos"
        if anchor is None:
            anchor = _subject_after(ctx, sentence, quantity)  # "brought to 40 the total number of …"
        if anchor is None and links and links[-1].relative:
            anchor = links[-1].head  # "It rose from 1,150 in 2016 to 1,720 in 2018."
        if part_of and anchor is not None and is_generic_head(ctx, anchor):
            # "Women made up 18,200 out of a total of 30,400 foreign patients": the part is
            # of the total's patients, the people before it only say which part
            anchor = _total_after(ctx, sentence, partitive.end, links) or anchor
        if anchor is None and part_of:
            # "24,100 out of a total of 211,200 patients", else the patients of the sentence
            # before ("Daegu is popular with Russian patients. It treated 2,100 of them in 2018.")
            backward = ctx.lexicon.matcher("patients", "back_partitives").match(ctx.text, partitive.start)
            anchor = _total_after(ctx, sentence, partitive.end, links) or (
                _anchor(ctx, sentence, previous, quantity) if previous is not None and backward else None
            )
        elif anchor is None and stamped:
            # "Amounting to 60,100 in 2009, patients rose to ...", else the noun of the count
            # told in the sentence before ("This is up 32 percent from the 159,000 in 2012.") or
            # of the topic it names ("Foreign patient numbers kept climbing. The figure went
            # from 9,000 in 2017 to 12,000 in 2018.")
            anchor = _counted_after(quantity, links) or (
                _anchor(ctx, sentence, previous, quantity) if previous is not None else None
            )
        elif (
            anchor is not None
            and stamped
            and _other_count_before(ctx, sentence, anchor, quantity, candidates, links)
        ):
            continue  # "to draw patients, it held 12 fairs in 2017 and 15 in 2018"
        if anchor is not None and anchor.end <= sentence.start and not _cared_for(ctx, previous, anchor):
            continue  # "The festival drew tourists. Some 48,000 arrived in 2018."
        if (
            anchor is not None
            and anchor.start >= sentence.start
            and ctx.lexicon.matcher("patients", "generic_heads").contains(anchor.text)
            and not _cared_for(ctx, sentence, anchor)
            and not any(link.head == anchor for link in links)  # a count of care by it already
            and not _yearly_change_of_patients(ctx, sentence, quantity, anchor)
        ):
            continue  # "welcomed 1.2 million visitors; shopping accounted for 800,000 of them"
        if anchor is not None and _names_other_count(ctx, anchor.end, quantity.start):
            continue  # "patients to 500,000 and the number of registered facilitators to 80"
        if anchor is not None and _clause_of_serving_noun(ctx, sentence, anchor, quantity):
            continue
        if anchor is not None and not _subject_counts_others(ctx, sentence, anchor):
            links.append(Link(quantity, anchor, relative=True, own_origin=own_origin))
    series = _year_series(
        ctx, sentence, [q for q in candidates if q not in linked or _generic_link(ctx, q, links)], previous
    )
    in_series = {link.quantity for link in series}
    links = [link for link in links if link.quantity not in in_series] + series + milestones
    return sorted(links, key=lambda link: link.quantity.start)


def _milestones(ctx: DocumentContext, sentence: Sentence) -> list[Link]:
    """ "The unit marked its 50,000th patient": an ordinal that ranks a patient or an act of
    care in its owner's series counts that many cared for to date (see ``milestone_noun``)."""
    return [
        Link(q, head, relative=False)
        for q in ctx.quantities(sentence)
        if q.is_ordinal and (head := ctx.language.milestone_noun(ctx, sentence, q)) is not None
    ]


def _shares_noun(
    ctx: DocumentContext, quantity: Quantity, links: list[Link], candidates: list[Quantity]
) -> Link | None:
    """ "Some 31,400 and 12,900 international patients had ..., respectively", "sent 5,300,
    2,900 and 1,600 patients": a bare number joined by list words to the count right after it
    shares that count's noun, through a chain of bare numbers joined by commas."""
    following = [link for link in links if not link.relative and link.quantity.start > quantity.end]
    if not following:
        return None
    nearest = min(following, key=lambda link: link.quantity.start)
    chain = [q for q in candidates if quantity.end <= q.start and q.end <= nearest.quantity.start]
    joints = [
        ctx.text[left.end : right.start]
        for left, right in zip([quantity, *chain], [*chain, nearest.quantity], strict=True)
    ]
    pattern = ctx.language.patterns.counts.list_joint
    # words join them ("239,060 and 114,074"), not bare commas alone ("on May 20, 210,000 patients")
    if any(pattern.sub(" ", between).strip() for between in joints) or not any(
        re.search(r"\w", between) for between in joints
    ):
        return None
    return None if nearest.head.start < nearest.quantity.end else nearest


def _year_stamped(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, own_noun: bool = False
) -> bool:
    """ "from just 790 in 2009 to 16,300 in 2013", "a peak of 451,000 in 2019": a bare number
    with its own calendar year right after it is one figure of a series of yearly counts;
    with ``own_noun``, a number and its noun ("12 fairs in 2017")."""
    years = ctx.years(sentence)
    if any(
        y.relative and y.start >= quantity.end and not ctx.text[quantity.end : y.start].strip() for y in years
    ):
        return not own_noun  # "to 42,500 in 2018 from 27,300 the previous year"
    if not own_noun and any(
        y.end <= quantity.start
        and ctx.text[y.end : quantity.start].strip() == ":"
        and ctx.text[max(sentence.start, y.start - 1) : y.start] in BRACKET_OPENS
        for y in years
    ):
        # "12,000 foreign patients in 2018 (2017: 9,000)", "(previous year: 9,000)"; a row of
        # years and figures ("by year: 2016: 1,540, 2017: 1,600") is the series reader's
        return True
    if not own_noun and any(bracket_after_year(ctx, y, quantity) for y in years):
        return True  # "a 70 percent surge from 2021 (146,000)"
    stamp = ctx.lexicon.matcher("patients", "year_stamps").search(ctx.text, quantity.end, sentence.end)
    if stamp is None:
        return False
    between = ctx.text[quantity.end : stamp.start].split()
    if len(between) > (MAX_SUBJECT_NOUN_WORDS if own_noun else 0):
        return False
    return any(
        not year.relative and year.start >= stamp.end and not ctx.text[stamp.end : year.start].strip()
        for year in years
    )


def _other_count_before(
    ctx: DocumentContext,
    sentence: Sentence,
    anchor: PhraseMatch,
    quantity: Quantity,
    numbers: list[Quantity],
    links: list[Link],
) -> bool:
    """Whether a year-stamped figure with a noun of its own other than patients ("12 fairs in
    2017") stands between the patient noun and a year-stamped bare figure: the series goes on
    counting that noun ("... and 15 in 2018")."""
    linked = {link.quantity for link in links}
    return any(
        anchor.end <= q.start
        and q.end <= quantity.start
        and q not in linked
        and not _is_bare(ctx, sentence, q)
        and _year_stamped(ctx, sentence, q, own_noun=True)
        for q in numbers
    )


def _total_after(
    ctx: DocumentContext, sentence: Sentence, position: int, links: list[Link]
) -> PhraseMatch | None:
    """The noun of the total a part is told of: the count right after "out of" ("out of a total
    of 211,200 medical tourists"); none where another number stands first ("out of the 2091
    registered institutions")."""
    following = [q for q in ctx.quantities(sentence) if q.start >= position]
    if not following:
        return None
    first = min(following, key=lambda q: q.start)
    return next((link.head for link in links if link.quantity == first and not link.relative), None)


def _breaks_down(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence breaks a count told before down by kind ("By hospital, Hanbit led
    with 1,900, followed by Mirae with 1,500"): its bare items count the patients of the
    sentence before, though cued in their own."""
    return ctx.lexicon.matcher("patients", "breakdown_cues").contains(sentence.text)


def _counted_after(quantity: Quantity, links: list[Link]) -> PhraseMatch | None:
    """The noun of the first count tied to its noun after a bare number, where that noun also
    stands after the number: the series is told before the noun it counts."""
    later = [link for link in links if not link.relative and link.head.start > quantity.end]
    return min(later, key=lambda link: link.quantity.start).head if later else None


def _cared_for(ctx: DocumentContext, previous: Sentence | None, anchor: PhraseMatch) -> bool:
    """Whether a noun of the sentence before counts patients: a patient noun does, a generic
    one ("tourists", "people") only where that sentence speaks of care."""
    if not is_generic_head(ctx, anchor):
        return True
    return previous is not None and ctx.lexicon.matcher("patients", "care_words").contains(previous.text)


def _year_series(
    ctx: DocumentContext, sentence: Sentence, numbers: list[Quantity], previous: Sentence | None
) -> list[Link]:
    """ "Total number of foreign patients: (’17) 321,500 (’18) 378,900 (’19) 497,400 people",
    "Medical tourists by year: 2016: 364,100 people, 2017: 321,500 people": figures each led by
    its year count the patients a label names: the words before the first year, else a heading
    line right before a sentence that opens with the series."""
    years = [y for y in ctx.years(sentence) if not y.relative]
    series = [
        q
        for q in numbers
        if any(y.end <= q.start and not ctx.text[y.end : q.start].strip(YEAR_FIGURE_JOINTS) for y in years)
    ]
    if len(series) < 2:
        return []
    first_year = max(y.start for y in years if y.end <= series[0].start)
    label_end = ctx.text.rfind(":", sentence.start, first_year)
    if label_end >= 0 and not ctx.text[label_end + 1 : first_year].strip(" (["):
        heads = _find_heads(ctx, sentence, sentence.start, label_end)
        label = (sentence, label_end)
    else:
        # no label closed by a colon: one before the first year whose figures a colon or a dash
        # joins to their years, or a heading line before a sentence that starts with the series
        joined = all(
            set(ctx.text[y.end : q.start]) & set(YEAR_FIGURE_MARKS)
            for q in series
            for y in years
            if y.end <= q.start and not ctx.text[y.end : q.start].strip(YEAR_FIGURE_JOINTS)
        )
        heads = _find_heads(ctx, sentence, sentence.start, first_year) if joined else []
        label = (sentence, first_year)
        if (
            joined
            and not heads
            and previous is not None
            and not ctx.text[sentence.start : first_year].strip()
        ):
            heads = _find_heads(ctx, previous, previous.start, previous.end)
            label = (previous, previous.end)
            if has_count(ctx, previous):
                heads = []
    if not heads or _subject_counts_others(ctx, label[0], heads[-1]):
        return []
    if ctx.lexicon.matcher("patients", "other_nouns").contains(ctx.text[label[0].start : heads[-1].start]):
        return []  # "Hospitals registered to treat foreign patients: 2019: 1,650, ...": hospitals counted
    # the label's places, a region standing for its members ("from GCC countries")
    origin = tuple(
        country
        for p in ctx.places(label[0])
        if heads[-1].end <= p.start and p.end <= label[1] and not p.place.is_korean
        for country in p.place.countries
    )
    return [
        Link(q, heads[-1], relative=True, own_origin=origin, own_year=_leading_year(ctx, years, q).year)
        for q in series
    ]


def _leading_year(ctx: DocumentContext, years: list[YearMention], quantity: Quantity) -> YearMention:
    """The year right before a figure of a series, only joints between."""
    return next(
        y
        for y in reversed(years)
        if y.end <= quantity.start and not ctx.text[y.end : quantity.start].strip(YEAR_FIGURE_JOINTS)
    )


def _generic_link(ctx: DocumentContext, quantity: Quantity, links: list[Link]) -> bool:
    """Whether a count was tied only to a generic noun of its own ("364,100 people"), which the
    label of a series it stands in names better."""
    return any(link.quantity == quantity and is_generic_head(ctx, link.head) for link in links)


def _list_item(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, links: list[Link]
) -> Link | None:
    """ "41,230 Chinese patients were treated in 2011, followed by 27,415 Americans, 19,802
    Russians, 13,377 Japanese and 9,861 Mongolians": a nationality counted in a list that goes
    on from a patient count is a count of the same patients, from its own country."""
    if not links:
        return None
    places = ctx.places(sentence)
    origin = tuple(
        p.place.country
        for p in places
        if p.place.kind == PlaceKind.DEMONYM
        and p.place.country
        and not p.place.is_korean
        and p.start > quantity.end
        and not ctx.text[quantity.end : p.start].strip()
    )
    earlier = [q for q in ctx.quantities(sentence) if q.end <= quantity.start and not q.is_year]
    last = links[-1]
    if not origin or not earlier or last.quantity != earlier[-1]:
        return None
    if not ctx.follows("patients", "series_cues", sentence, quantity.start):
        # only the last item's nationality and a joint of the list stand between
        item_end = last.head.end if last.head.start >= last.quantity.end else last.quantity.end
        between = ctx.text[item_end : quantity.start]
        for place in places:
            if item_end <= place.start and place.end <= quantity.start:
                between = between.replace(place.text, " ")
        joints = ctx.language.patterns.counts.list_joint.sub(" ", between)
        qualifier = ctx.language.qualifier_before(ctx.text, item_end, quantity.start)
        if joints.strip() != qualifier.strip():
            return None
    rest = ctx.text[quantity.end : ctx.next_count_start(sentence, quantity)]
    if ctx.lexicon.matcher("patients", "attendance_words").contains(rest):
        return None  # "..., and 200 Americans attended the seminar"
    return Link(quantity, last.head, relative=True, own_origin=origin)


def _is_bare(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """A number with no noun of its own ("364,000 in 2018", "(51,200)"): "12 hospitals" is not bare;
    nor is one a relative clause takes up, unless with a verb of care or arrival ("the 2,400
    who were treated")."""
    return ctx.language.is_bare(ctx.text, quantity, sentence.end) or _relative_ellipsis(
        ctx, sentence, quantity
    )


def _counts_others(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "1,102 of those institutions": a bare number whose next words name what it counts."""
    following = re.match(r"[^,;:.()]*", ctx.text[quantity.end : sentence.end]).group(0)
    words = " ".join(following.split()[:3])
    return ctx.lexicon.matcher("patients", "other_nouns").contains(words)


def _follows_other_noun(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "from more nations, 64 in 2019": a bare number set right after a noun that is no patient
    noun (other_nouns) nor an act of care, with only a comma, a colon or a dash between, counts
    that noun."""
    window = ctx.text[max(sentence.start, quantity.start - OTHER_NOUN_CHARS) : quantity.start].rstrip(
        APPOSITION_MARKS
    )
    nouns = ctx.lexicon.matcher("patients", "other_nouns")
    acts = ctx.lexicon.matcher("patients", "care_acts")  # "more operations, 1,200": acts of care
    return any(m.end == len(window) and not acts.contains(m.text) for m in nouns.finditer(window))


def _dated_object(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "Last year it treated 18,500.", "In 2018 there were 1,240.": a bare number right after a
    verb of receiving (or "there were") that closes its clause, in a sentence dated before it,
    counts the patients named before, as a bare number with its year right after it does."""
    if not (
        ctx.follows("patients", "receiving_verbs", sentence, quantity.start)
        or ctx.follows("patients", "existentials", sentence, quantity.start)
    ):
        return False
    if not CLAUSE_CLOSE.match(ctx.text, quantity.end, sentence.end):
        return False
    return any(y.end <= quantity.start for y in ctx.years(sentence))


def _read_across_share(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> Quantity:
    """ "Uzbekistan made up 38% (2,470)", "of them 1,320 (27%) were Kazakh": a figure set in
    brackets right after its share, or with its share in brackets right after it, is read as if
    the share were not written: the words before the share cue the figure, and the words after
    the closing bracket follow it. The figure spanning its share, or the figure itself."""
    start, end = quantity.start, quantity.end
    for share in ctx.quantities(sentence):
        if not share.is_measure:
            continue
        if share.end <= quantity.start and _share_unit_ends(ctx, share.end, quantity.start, "("):
            start = share.start  # "38% (2,470)", and its closing bracket
            closing = re.match(r"\s*\)", ctx.text[quantity.end : sentence.end])
            end = quantity.end + (closing.end() if closing else 0)
        elif share.start >= quantity.end and ctx.text[quantity.end : share.start].strip() == "(":
            close = ctx.text.find(")", share.end, sentence.end)
            if _share_unit_ends(ctx, share.end, close, ""):
                end = close + 1  # "1,320 (27%)"
    if (start, end) == (quantity.start, quantity.end):
        return quantity
    return replace(quantity, start=start, end=end)


def _share_unit_ends(ctx: DocumentContext, start: int, end: int, bracket: str) -> bool:
    """Whether the text from ``start`` to ``end`` is a unit of share ("%", " percent") and then
    ``bracket`` alone: the unit of the share a bracketed figure stands beside."""
    told = ctx.text[start:end].strip() if end > start else ""
    if not told.endswith(bracket):
        return False
    unit = told[: len(told) - len(bracket)].strip()
    return unit.lower() in ctx.lexicon.lowered_words("patients", "share_units")


def _after_cue(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, goal: bool) -> bool:
    """ "up from 364,000", "including 1,420", "at 98,400", "accounted for 3,100, dermatology
    for 2,200"; in a goal sentence only a baseline."""
    baseline = ctx.language.is_baseline(ctx, sentence, quantity)
    return baseline or (
        not goal
        and (
            ctx.follows("patients", "series_cues", sentence, quantity.start)
            or ctx.follows("patients", "breakdown_verbs", sentence, quantity.start)
            or (
                ctx.follows("patients", "gapped_cues", sentence, quantity.start)
                and ctx.lexicon.matcher("patients", "breakdown_verbs").search(
                    ctx.text, sentence.start, quantity.start
                )
                is not None
            )
        )
    )


def _ranked_item(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, links: list[Link]) -> bool:
    """ "Jung-gu led with 2,450 foreign patients, followed by Seo-gu with 1,130": a bare number
    after a gapped cue ("with"), with a word placing an item after the one before ("followed",
    "second") between it and a count of patients read before it in the sentence: the next item of a ranking,
    whatever the items are (districts, departments, hospitals); or a number in brackets right
    after its item ("ahead of dermatology (52,300) and dentistry (17,900)")."""
    bracketed = _BRACKETED_ITEM.search(ctx.text, max(sentence.start, quantity.start - 3), quantity.start)
    if bracketed is not None:
        item = ctx.text[max(sentence.start, quantity.start - ITEM_NAME_CHARS) : quantity.start]
        if ctx.lexicon.matcher("patients", "other_nouns").contains(item):
            return False  # "staff (300)": the item counts another noun
    elif not ctx.follows("patients", "gapped_cues", sentence, quantity.start):
        return False
    before = [link.quantity.end for link in links if link.quantity.end <= quantity.start]
    if not before:
        return False
    if bracketed is not None and ":" in ctx.text[min(before) : quantity.start]:
        return True  # "numbered 4,800 last year: Jung-gu (1,900), Seo-gu (1,500)": a list after a colon
    return (
        ctx.lexicon.matcher("patients", "place_words").search(ctx.text, min(before), quantity.start)
        is not None
    )


def _subject_after(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "The group brings to 40 the total number of Mongolian children treated here": a figure
    set before the subject it totals ("the number of", "the total number of") counts the
    patient noun of that subject."""
    start = ctx.next_word_start(quantity.end)
    subject = ctx.lexicon.matcher("patients", "count_subjects").match(ctx.text, start)
    if subject is None or subject.start != start:
        return None
    end = min(sentence.end, subject.end + SUBJECT_AFTER_CHARS)
    heads = _find_heads(ctx, sentence, subject.end, end)
    return heads[0] if heads and not ctx.text[subject.end : heads[0].start].count(",") else None


def _names_other_count(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether "the number of" another noun (institutions, agencies) stands between a patient
    noun and a bare number: the number counts that noun."""
    subjects = list(ctx.lexicon.matcher("patients", "count_subjects").finditer(ctx.text, start, end))
    if not subjects:
        return False
    counted = " ".join(ctx.text[subjects[-1].end : end].split()[:MAX_SUBJECT_NOUN_WORDS])
    return ctx.lexicon.matcher("patients", "other_nouns").contains(counted)


def _subject_counts_others(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """ "The number of medical institutions allowed to apply for e-visas for patients will rise
    from 27 to 50": the subject counts the noun right after "the number of", and the patients
    named later in it are not what the figures count."""
    subjects = list(
        ctx.lexicon.matcher("patients", "count_subjects").finditer(ctx.text, sentence.start, head.start)
    )
    if not subjects:
        return False
    counted = " ".join(ctx.text[subjects[-1].end : head.start].split()[:MAX_SUBJECT_NOUN_WORDS])
    return ctx.lexicon.matcher("patients", "other_nouns").contains(counted)


def _clause_of_serving_noun(
    ctx: DocumentContext, sentence: Sentence, head: PhraseMatch, quantity: Quantity
) -> bool:
    """ "the medical institutions serving foreign patients, which grew from 920 to 1,994": the
    patient noun only tells whom another noun (other_nouns) serves, and the clause that a
    relative word of things opens right after it is about that noun, so its figures count it."""
    if quantity.start < head.end:
        return False
    opening = re.match(r"\s*,\s*", ctx.text[head.end : quantity.start])
    if opening is None:
        return False
    relative_start = head.end + opening.end()
    relative = ctx.lexicon.matcher("patients", "thing_relatives").match(ctx.text, relative_start)
    if relative is None or relative.start != relative_start or "," in ctx.text[relative.end : quantity.start]:
        return False
    words = ctx.text[sentence.start : head.start].split()[-SERVED_NOUN_WORDS:]
    links = ctx.lexicon.lowered_words("patients", "serving_links")
    other = ctx.lexicon.matcher("patients", "other_nouns")
    return any(
        word.lower() in links and other.contains(words[index - 1])
        for index, word in enumerate(words)
        if index > 0
    )


def _elliptical(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "about 2,900 were treated": the verb of care stands right after the number, or after the
    comma closing it as an apposition ("Most foreign patients, 2,600, came from China")."""
    verb = ctx.lexicon.matcher("patients", "elliptical_verbs").search(ctx.text, quantity.end, sentence.end)
    if verb is None:
        return False
    return ctx.text[quantity.end : verb.start].strip() in APPOSITION_JOINTS or _relative_ellipsis(
        ctx, sentence, quantity
    )


def _relative_ellipsis(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "a rise on the 21,000 who came the year before": a verb of care or arrival (the
    elliptical verbs) opening a relative clause right after the number."""
    relative_start = ctx.next_word_start(quantity.end)
    relative = ctx.lexicon.matcher("patients", "people_relatives").match(ctx.text, relative_start)
    if relative is None or relative.start != relative_start:
        return False
    verb_start = ctx.next_word_start(relative.end)
    verb = ctx.lexicon.matcher("patients", "elliptical_verbs").match(ctx.text, verb_start)
    return verb is not None and verb.start == verb_start and verb.end <= sentence.end


def _listed_origin(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> tuple[str, ...]:
    """ "Americans (51,200)", "Kazakhstan with 4,500": a country or demonym right before the
    count, joined to it by a bracket or a linking word of a list."""
    joint = ctx.language.patterns.counts.listed_origin_joint
    qualifier_start = quantity.start - len(
        ctx.language.qualifier_before(ctx.text, sentence.start, quantity.start)
    )
    places = [
        p
        for p in ctx.places(sentence)
        if p.end <= qualifier_start
        and (
            joint.fullmatch(ctx.text, p.end, qualifier_start)
            or (not ctx.text[p.end : qualifier_start].strip() and _gapped_item(ctx, sentence, p.start))
        )
    ]
    return tuple(c for p in places if (c := p.place.country) and not p.place.is_korean)


def _labelled(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "Foreign patients treated in Daegu last year: 4,300", "treated foreign patients, about
    4,300 in all,": a number that a label ending in a colon introduces, or that a total word
    closes in apposition to the patient noun before it, counts that noun."""
    qualifier = ctx.language.qualifier_before(ctx.text, sentence.start, quantity.start)
    before = ctx.text[sentence.start : quantity.start - len(qualifier)].rstrip()
    rest = ctx.text[quantity.end : sentence.end]
    closed = ctx.lexicon.matcher("periods", "totals").match(rest, len(rest) - len(rest.lstrip()))
    label = before.endswith(":")
    if not label and not (before.endswith(",") and closed is not None):
        return None
    end = sentence.start + len(before) - 1
    heads = _find_heads(ctx, sentence, sentence.start, end)
    if not heads or is_generic_head(ctx, heads[-1]) or re.match(r"\s*[-–]\s*\d", rest):
        return None  # "the desk for foreign patients: 1588-1234" is a phone number
    head = heads[-1]
    if any(head.end <= q.start and q.end <= end and not q.is_year for q in ctx.quantities(sentence)):
        return None  # another figure stands between: "2019: 7,263, 2020: 1,379" is the series reader's
    other = ctx.lexicon.matcher("patients", "other_nouns")
    leading = ctx.text[sentence.start : head.start].split()
    if label:
        # a label names its noun first, and names what it counts: "Hospitals registered to
        # treat foreign patients: 1,650" counts hospitals, "Call the desk for ...:" nothing
        if len(leading) > MAX_SUBJECT_NOUN_WORDS or other.contains(ctx.text[sentence.start : end]):
            return None
        return head
    # an apposition restates the noun phrase before it: "Interpreters for foreign patients, 40
    # in all" counts interpreters, "Daejeon hospitals treated overseas patients, 5,900 in all" patients
    owner = leading[-2:]
    if len(owner) == 2 and other.contains(owner[0]) and owner[1].lower() in _noun_prepositions(ctx):
        return None
    return head


def _noun_prepositions(ctx: DocumentContext) -> frozenset[str]:
    return frozenset(w.lower() for w in ctx.lexicon.section("patients")["noun_prepositions"])


def _gapped_head(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> PhraseMatch | None:
    """ "Mongolian patients numbered 12,300, and Russian patients 9,800": a patient noun right
    before a number, its verb left out, in a list that goes on from the count before it."""
    heads = _find_heads(ctx, sentence, sentence.start, quantity.start)
    if not heads or ctx.text[heads[-1].end : quantity.start].strip():
        return None
    head = heads[-1]
    start = head.start
    # the noun's adjectives ("Russian patients") belong to the item
    for place in ctx.places(sentence):
        if place.end <= head.start and not ctx.text[place.end : head.start].strip():
            start = place.start
    return head if _gapped_item(ctx, sentence, start) and not is_generic_head(ctx, head) else None


def _gapped_receiver(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, links: list[Link]) -> bool:
    """ "Pohang took 2,900 of them and Gyeongju 1,700": a Korean place or body right before a
    bare number, its verb left out, in a list that goes on from a count of patients read before
    it, is the next item, received there."""
    if not links:
        return False
    start = quantity.start - len(ctx.language.qualifier_before(ctx.text, sentence.start, quantity.start))
    named = [
        (p.start, p.end)
        for p in ctx.places(sentence)
        if p.place.is_korean and p.place.kind != PlaceKind.DEMONYM
    ] + [(o.start, o.end) for o in ctx.organizations(sentence) if o.country is None or o.is_korean]
    return any(
        links[0].quantity.end <= begin
        and not ctx.text[end:start].strip()
        and _gapped_item(ctx, sentence, begin)
        for begin, end in named
    )


def _gapped_item(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """ "Chinese patients numbered 4,000, Russians 3,000 and Mongolians 2,000", "Kazakhstan
    sent 1,320 patients, Uzbekistan 870": a place right before a number, its verb left out,
    is an item of a list that goes on from the count before it, only list joints between."""
    earlier = [
        q for q in ctx.quantities(sentence) if q.end <= position and not q.is_year and not q.is_measure
    ]
    if not earlier:
        # "By country: USA 13,976, Japan 12,997", "in 2009: the US 13,976": the first item, right
        # after the colon opening the list (an article between)
        colon = ctx.text.rfind(":", sentence.start, position)
        return (
            colon >= 0
            and ctx.language.patterns.counts.after_article.fullmatch(ctx.text, colon + 1, position)
            is not None
        )
    # the count's own noun and period may close the item before ("1,320 patients to the
    # province last year, Uzbekistan 870"): the words after the last joint are what matter
    between = ctx.text[earlier[-1].end : position]
    joints = list(ctx.language.patterns.counts.list_joint.finditer(between))
    if between.rstrip().endswith(":"):
        return True  # "came to Jeju last year: Chinese about 4,000, Japanese 2,100"
    # an article may open the item ("China 6,300, the US 2,900")
    after_article = ctx.language.patterns.counts.after_article
    return bool(joints) and after_article.fullmatch(between, joints[-1].end()) is not None


def _anchor(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, quantity: Quantity
) -> PhraseMatch | None:
    """The patient noun a bare count leans on: the last one before it in the sentence, else in
    the sentence before."""
    before = _find_heads(ctx, sentence, sentence.start, quantity.start)
    if not before and previous is not None:
        before = _find_heads(ctx, previous, previous.start, previous.end)
    return before[-1] if before else None


def _find_heads(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> list[PhraseMatch]:
    """Patient nouns between two positions, in order: those of the lexicon and nationalities
    used as plural nouns ("12,302 Mongolians", "some 90 Muscovites"), which count people as
    "people" does, only where the clause speaks of care."""
    heads = [
        h
        for h in ctx.lexicon.matcher("patients", "heads").finditer(ctx.text, start, end)
        if not _names_part(ctx, sentence, h)
    ]
    endings = tuple(ctx.lexicon.section("patients")["demonym_noun_endings"])
    invariant = tuple(ctx.lexicon.section("patients")["invariant_demonym_endings"])
    for place in ctx.places(sentence):
        if (
            start <= place.start
            and place.end <= end
            and place.place.kind == PlaceKind.DEMONYM
            and (
                place.text.endswith(endings)
                # "8,000 Vietnamese went under the knife", never the adjective of "Vietnamese nurses"
                or (place.text.endswith(invariant) and _stands_as_noun(ctx, place.end, sentence.end))
            )
            and not overlaps(place.start, place.end, heads)
        ):
            heads.append(PhraseMatch(place.start, place.end, place.text, Population.PATIENTS.value))
    return sorted(heads, key=lambda h: h.start)


def _names_part(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """Whether a people noun is a word of a body's name ("Mirae Women's Clinic", "Nuri
    Children's Hospital"): it names whom the body serves, not people counted, so a figure
    leaning back ("... treated 900 of them") takes the patients told before it instead."""
    return is_generic_head(ctx, head) and any(
        org.start <= head.start and head.end <= org.end for org in ctx.organizations(sentence)
    )


def _stands_as_noun(ctx: DocumentContext, position: int, end: int) -> bool:
    """Whether a nationality ends its noun phrase: punctuation or a verb follows it ("9,600
    Vietnamese came", "Chinese (4,100)"), not a noun it describes ("Chinese travel agents")."""
    rest = ctx.text[position : max(position, end)]
    word = re.match(r"\s*([^\W\d_]+)", rest)
    if word is None:
        return not rest.lstrip()[:1].isdigit()  # "Japanese 12,000 of them": the number's own label
    follower = ctx.lexicon.matcher("patients", "invariant_demonym_followers").match(word[1])
    return follower is not None and follower.end == len(word[1])


def _counts_patients(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, head: PhraseMatch) -> bool:
    """Generic heads ("people") count only in a clause about care, never about attendance."""
    if not is_generic_head(ctx, head):
        return True
    if ctx.follows("patients", "member_cues", sentence, quantity.start):
        return False  # "a medical team of 25 persons treated ..."
    verb_start = ctx.next_word_start(head.end)
    carer = ctx.lexicon.matcher("patients", "carer_verbs").match(ctx.text, verb_start)
    if carer is not None and carer.start == verb_start:
        return False  # "40 people conducted health counseling for 200 residents": the carers
    if _journey_abroad(ctx, sentence, head):
        return False  # "the team made 14 trips to Mongolia to treat patients": the carers' journeys
    if _joined_to_another_noun(ctx, head):
        return False  # "awards to 15 individuals and institutions": people and bodies counted as one
    # the attendance of another count ("a briefing for 180 guests, and consultations for 520
    # residents") does not reach past that count
    clause_start = _past_attendance_before(
        ctx,
        sentence,
        quantity,
        max(sentence.start, quantity.start - 120, after_previous_count(ctx, sentence, quantity)),
    )
    # the care of another clause ("welcomed 1.2 million tourists, and its hospitals treated
    # 3,000 patients") is not this count's
    joint = first_clause_joint(ctx, head.end, sentence.end)
    clause_end = min(
        sentence.end,
        head.end + CARE_AFTER_HEAD_CHARS,
        joint.start() if joint else sentence.end,
    )
    clause = ctx.text[clause_start:clause_end]
    attendance = ctx.lexicon.matcher("patients", "attendance_words")
    attended = attendance.contains(ctx.text[clause_start : quantity.start]) or attendance.contains(
        ctx.text[head.end : clause_end]
    )  # "2,000 visitors attended the open day"
    if attended and not is_consultation(ctx, sentence, quantity):
        return False  # "consultations to 214 residents" by "doctors of the delegation" are care
    return (
        ctx.lexicon.matcher("patients", "care_words").contains(clause)
        or _care_modifier_in(ctx, head, clause_start, clause_end)
        or _journey_purpose(ctx, head.end, clause_end)
        or _share_of_patients(ctx, sentence, quantity, head)
        or _yearly_change_of_patients(ctx, sentence, quantity, head)
        or _care_told_next(ctx, sentence, head)
        or _care_as_topic(ctx, sentence)
        or visited_a_place_of_care(ctx, sentence, head)
        or _care_place_reached(ctx, sentence, clause_start, clause_end)
        or _trip_for_care(ctx, sentence, head)
        or _journeys_of_patients(ctx, sentence, head)
    )


def _joined_to_another_noun(ctx: DocumentContext, head: PhraseMatch) -> bool:
    """Whether a generic noun of people is joined right after it to a noun that names no patients
    ("15 individuals and institutions", "40 people and companies"): the figure counts the two
    together, so it is no count of patients whatever the clause says of care."""
    joint = ctx.lexicon.matcher("grammar", "conjunctions").match(ctx.text, ctx.next_word_start(head.end))
    if joint is None:
        return False
    return (
        ctx.lexicon.matcher("patients", "other_nouns").match(ctx.text, ctx.next_word_start(joint.end))
        is not None
    )


def _care_modifier_in(ctx: DocumentContext, head: PhraseMatch, start: int, end: int) -> bool:
    """Whether an adjective of care ("medical") stands in the clause of people counted by a
    generic noun, before a noun that is care or its purpose ("for medical tours", "medical
    volunteer services"), not before those who give it, what it needs or an occasion ("medical
    staff", "a medical fair"), nor set apart from the noun by a comma; a capitalised one is part
    of a name."""
    for modifier in ctx.lexicon.matcher("patients", "care_modifiers").finditer(ctx.text, start, end):
        if not modifier.text.islower():
            continue  # a word of a name ("Medical Korea", "Seoul Medical Center") tells no care
        between = (
            ctx.text[head.end : modifier.start]
            if head.end <= modifier.start
            else ctx.text[modifier.end : head.start]
        )
        if _CLAUSE_MARK.search(between):
            continue  # "home to 3 million visitors, a hub for medical tourism": another clause
        first = ctx.next_word_start(modifier.end)
        word = _WORD.match(ctx.text, first)
        second = ctx.next_word_start(word.end()) if word else first
        if not (_names_no_care(ctx, first) or _names_no_care(ctx, second)):
            return True
    return False


def _names_no_care(ctx: DocumentContext, word_start: int) -> bool:
    """Whether the word at a position names who gives care, what it needs or an occasion."""
    return any(
        found is not None and found.start == word_start
        for found in (
            ctx.lexicon.matcher("patients", "care_modifier_stops").match(ctx.text, word_start),
            ctx.lexicon.matcher("patients", "other_nouns").match(ctx.text, word_start),
        )
    )


def _journeys_of_patients(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """ "Foreign patient visits to Gwangju rose to 14,200": journeys a patient noun right before
    them names as the patients' own count those patients."""
    if not ctx.lexicon.matcher("patients", "journey_heads").contains(head.text):
        return False
    before = _find_heads(ctx, sentence, max(sentence.start, head.start - OTHER_NOUN_CHARS), head.start)
    return any(not ctx.text[b.end : head.start].strip() and not is_generic_head(ctx, b) for b in before)


def _journey_abroad(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """Whether journeys counted ("visits", "trips") go to a place outside Korea: "41,000 paying
    visits", "Mongolian visits to Korea" are the patients' own, "14 trips to Mongolia" a
    team's, whose care abroad tells nothing of patients coming."""
    if not ctx.lexicon.matcher("patients", "journey_heads").contains(head.text):
        return False
    place = next((p for p in ctx.places(sentence) if p.start >= head.end), None)
    if place is None or place.place.is_korean:
        return False
    words = ctx.text[head.end : place.start].split()
    return len(words) == 1 and words[0].lower() in ctx.lexicon.lowered_words("patients", "visit_prepositions")


def _trip_for_care(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """ "About 90 tourists from Uzbekistan will arrive at Gimhae Airport, on the south coast, to
    receive checkups": people whose own predicate, a modal a few words after their noun, is a
    trip whose purpose is care are scheduled patients, however far the purpose stands."""
    end = min(sentence.end, head.end + TRIP_MODAL_CHARS)
    modal = ctx.lexicon.matcher("patients", "trip_modals").search(ctx.text, head.end, end)
    return (
        modal is not None
        and not re.search(r"[,;:()]", ctx.text[head.end : modal.start])
        and schedules_trip_for_care(ctx, sentence, modal)
    )


def _care_place_reached(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> bool:
    """ "Overseas visitors to eye clinics shrank to 3,100 people": a clause
    whose people go to a place of care (a word of visiting right after their noun, the place a
    few words on) speaks of care, though the count names them by another noun."""
    if ctx.lexicon.matcher("patients", "care_places").search(ctx.text, start, end) is None:
        return False
    for head in _find_heads(ctx, sentence, start, end):
        verb = _visit_verb(ctx, head)
        if verb is not None and _visited_care_place(ctx, sentence, verb):
            return True
    return False


def _nationals_among_patients(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, head: PhraseMatch
) -> bool:
    """ "Some 500,000 foreign patients came. Of them, the number of Mongolian nationals rose to
    8,400": people of a nationality singled out by a word of partition referring back, after a
    sentence that names patients, are a part of those patients; so are the nationals opening the
    sentence right after one that names the figures of the patients for a year and gives none
    ("2021년 … 의료관광객 현황이 나왔다. 중국인이 2천300명, …"): the figures it announced."""
    if previous is None or not is_generic_head(ctx, head):
        return False
    partitive = ctx.lexicon.matcher("patients", "back_partitives").search(
        ctx.text, sentence.start, head.start
    )
    told = previous.start, previous.end  # where the patients they are a part of were told
    if partitive is None:
        counted = _counted_before(ctx, sentence) if _ranked_part(ctx, sentence, head) else None
        if counted is None and not (
            _opens_an_item(ctx, sentence, head) and _announces_figures(ctx, previous)
        ):
            return False
        told = counted or told
    elif re.search(r"\d", ctx.text[partitive.end : head.start]):
        return False
    if not any(
        p.place.country
        and not p.place.is_korean
        and (p.start == head.start or (p.end <= head.start and not ctx.text[p.end : head.start].strip()))
        for p in ctx.places(sentence)
    ):
        return False
    # the patients of the sentence before: named by a patient noun, or people told in care
    heads = list(ctx.lexicon.matcher("patients", "heads").finditer(ctx.text, *told))
    return any(not is_generic_head(ctx, h) for h in heads) or (
        bool(heads) and ctx.lexicon.matcher("patients", "care_words").contains(ctx.text[slice(*told)])
    )


def _opens_an_item(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """Whether the noun opens the sentence, or the next item of a list after a figure ("중국인이
    2천300명, 일본인이 …"): only a joint of the list and the figure's own unit glued to it between."""
    before = [q for q in ctx.quantities(sentence) if q.end <= head.start and not q.is_year]
    if not before:
        return not ctx.text[sentence.start : head.start].strip()
    between = ctx.language.patterns.counts.list_joint.sub(" ", ctx.text[before[-1].end : head.start])
    return not between.strip() or (not between[:1].isspace() and len(between.split()) == 1)


def _ranked_part(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """ "외국인 환자는 2만4천명이었다. 특히 러시아인이 8천여명으로 가장 많았다": nationals leading
    their sentence (after at most a word that adds an item or says how figures break down),
    whose own figure is told as the level it ranks at or changed to (the language's
    ranked_levels right after the number, then a word of rank or of change in its clause), are
    a part of the people counted before (``_counted_before``); whether those are patients the
    caller asks of the sentence that counted them."""
    lexicon = ctx.lexicon
    opening = ctx.text[sentence.start : head.start].strip()
    if opening and not (
        len(opening.split()) <= ITEM_OPENER_WORDS
        and (
            lexicon.matcher("patients", "item_openers").contains(opening)
            or lexicon.matcher("patients", "breakdown_cues").contains(opening)
        )
    ):
        return False
    figure = next((q for q in ctx.quantities(sentence) if q.start >= head.end and not q.is_year), None)
    if figure is None or figure.is_measure:
        return False
    level = lexicon.matcher("patients", "ranked_levels").match(ctx.text, figure.end)
    if level is None:
        return False
    clause_end = count_clause(ctx, sentence, figure)[1]
    return (
        lexicon.matcher("patients", "ranking_words").search(ctx.text, level.end, clause_end) is not None
        or lexicon.matcher("patients", "change_verbs").search(ctx.text, level.end, clause_end) is not None
    )


def _counted_before(ctx: DocumentContext, sentence: Sentence) -> tuple[int, int] | None:
    """Where the figures a ranked part belongs to were told: the sentences with a count among
    the few before, from the first to the last ("외국인 환자는 모두 8천412명으로 늘었다. 이는
    역대 최대다. 전년(6천90명)보다 크게 증가했다. 진료과별로는 성형외과가 52% 늘었다. 국적별로는
    몽골인이 …"). Only shares and rates may stand between the last of them and the part: a
    sentence of no figure ("시는 2024년 안내소를 연다") has left those figures; ``None`` then, and
    where none of the sentences has a count."""
    position = ctx.body_position(sentence)
    if position is None:
        return None
    before = ctx.body_sentences[max(0, position - COUNTED_BEFORE_SENTENCES) : position]
    counted = [index for index, told in enumerate(before) if has_count(ctx, told)]
    if not counted or not all(_tells_figures(ctx, told) for told in before[counted[-1] + 1 :]):
        return None
    return before[counted[0]].start, before[counted[-1]].end


def _tells_figures(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether a sentence tells a figure of any kind (a share, a rate, a count), not a year alone."""
    return any(not q.is_year for q in ctx.quantities(sentence))


def _announces_figures(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether a sentence with no count names the figures of the patients (the language's
    figures_named: "외국인 환자 현황이 나왔다"), whose figures the next sentence then gives."""
    return (
        ctx.lexicon.matcher("years", "figures_named").search(ctx.text, sentence.start, sentence.end)
        is not None
        and ctx.lexicon.matcher("patients", "heads").search(ctx.text, sentence.start, sentence.end)
        is not None
        and not has_count(ctx, sentence)
    )


def visited_a_place_of_care(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """ "The clinic specialises in spine surgery for foreigners. About 1,200 Russians visited it
    last year": people whose verb of visiting takes a pronoun or an anaphor of a body as its
    object, where the sentence before tells of care, visited that place of care: its patients;
    so are people whose verb of visiting names a place of care itself ("Uzbeks who went to
    hospitals in Daegu")."""
    verb = _visit_verb(ctx, head)
    if verb is None:
        return False
    if _visited_care_place(ctx, sentence, verb):
        return True
    object_start = ctx.next_word_start(verb.end)
    objects = [
        ctx.lexicon.matcher("text", "object_pronouns").match(ctx.text, object_start),
        ctx.lexicon.matcher("organizations", "anaphors").match(ctx.text, object_start),
    ]
    if not any(o is not None and o.start == object_start for o in objects):
        return False
    before = [s for s in ctx.sentences if s.end <= sentence.start]
    return bool(before) and ctx.lexicon.matcher("patients", "care_words").contains(before[-1].text)


def _visit_verb(ctx: DocumentContext, head: PhraseMatch) -> PhraseMatch | None:
    """The verb of visiting right after the people counted, or after a relative word opening
    their clause ("visitors who went to"), or a preposition of visiting right after them
    ("visitors to"), if there is one."""
    verb_start = ctx.next_word_start(head.end)
    preposition = ctx.lexicon.matcher("patients", "visit_prepositions").match(ctx.text, verb_start)
    if preposition is not None and preposition.start == verb_start:
        return preposition
    relative = ctx.lexicon.matcher("patients", "people_relatives").match(ctx.text, verb_start)
    if relative is not None and relative.start == verb_start:
        verb_start = ctx.next_word_start(relative.end)
    verb = ctx.lexicon.matcher("patients", "visit_verbs").match(ctx.text, verb_start)
    return verb if verb is not None and verb.start == verb_start else None


def _visited_care_place(ctx: DocumentContext, sentence: Sentence, verb: PhraseMatch) -> bool:
    """Whether a place of care ("hospitals", "medical institutions") is the visiting verb's
    object, a few words after it with no clause break nor preposition between ("visited local
    clinics"); one owning what was visited ("visited the hospitals' gallery") is not."""
    end = min(sentence.end, verb.end + VISITED_PLACE_CHARS)
    place = ctx.lexicon.matcher("patients", "care_places").search(ctx.text, verb.end, end)
    if place is None or ctx.text[place.end : place.end + 1] in POSSESSIVE_MARKS:
        return False
    between = ctx.text[verb.end : place.start]
    # "visitors to the park next to the hospitals": a place behind another one's preposition
    return not re.search(r"[,;:()]", between) and not ctx.lexicon.matcher(
        "patients", "visit_object_stops"
    ).contains(between)


def _care_as_topic(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "이번 봉사에는 … 14명이 참여해 … 현지인 420여 명을 대상으로 진행했다": care named as the
    topic opening the sentence is what the sentence's people are counted for."""
    topics = ctx.lexicon.matcher("patients", "care_topics")
    return (
        topics.search(ctx.text, sentence.start, min(sentence.end, sentence.start + CARE_TOPIC_CHARS))
        is not None
    )


def _care_told_next(ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
    """ "A first group of 120 Kazakh tourists arrived in Busan on Monday. During the week they will
    have check-ups at two hospitals": people whose arrival is told, and whose care the next
    sentence tells, taking them up in its first words, are a count of care."""
    arrival_end = min(sentence.end, head.end + ARRIVAL_AFTER_HEAD_CHARS)
    arrival = ctx.lexicon.matcher("patients", "arrivals").search(ctx.text, head.end, arrival_end)
    if arrival is None or re.search(r"[,;:()]", ctx.text[head.end : arrival.start]):
        return False
    body = ctx.body_sentences
    position = ctx.body_position(sentence)
    if position is None or position + 1 >= len(body):
        return False
    following = body[position + 1]
    opening_end = min(following.end, following.start + TAKEN_UP_CHARS)
    return (
        ctx.lexicon.matcher("patients", "arrivals_taken_up").search(ctx.text, following.start, opening_end)
        is not None
        and ctx.lexicon.matcher("patients", "care_words").search(ctx.text, following.start, following.end)
        is not None
    )


def _past_attendance_before(ctx: DocumentContext, sentence: Sentence, quantity: Quantity, start: int) -> int:
    """ "의료진 14명이 참여해 주민 420여 명을 진료했다", "a team of 30 took part and examined 900
    villagers": a word of attendance right after an earlier count of the clause tells who that
    count's people are (the carers who joined), not this count's; the words about this count
    begin after it."""
    earlier = [
        q
        for q in ctx.quantities(sentence)
        if start <= q.end <= quantity.start and not q.is_year and not q.is_measure
    ]
    if not earlier:
        return start
    window_end = min(quantity.start, earlier[-1].end + ATTENDANCE_AFTER_HEAD_CHARS)
    attendance = ctx.lexicon.matcher("patients", "attendance_words").search(
        ctx.text, earlier[-1].end, window_end
    )
    return attendance.end if attendance is not None else start


def _journey_purpose(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether the people counted before ``start`` travel for care: the purpose of their journey
    told in their own clause ("7,000 travellers came to Korea for medical tourism in 2008"), not
    past a comma ("home to 1 million visitors, a hub for medical tourism") nor as the modifier
    of a noun ("invited 60 individuals for medical tourism briefings")."""
    purpose = ctx.lexicon.matcher("patients", "journey_purposes").search(ctx.text, start, end)
    if purpose is None or "," in ctx.text[start : purpose.start]:
        return False
    word_start = ctx.next_word_start(purpose.end)
    if not ctx.text[word_start : word_start + 1].isalpha():
        return True  # a punctuation mark or a figure ends the purpose
    follower = ctx.lexicon.matcher("patients", "purpose_followers").match(ctx.text, word_start)
    return follower is not None and follower.start == word_start


def _share_of_patients(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, head: PhraseMatch
) -> bool:
    """ "Foreign patients came from 87 countries. Vietnam made up the biggest share, with
    12,840 visitors": the share of a breakdown, in a sentence that names patients or right
    after one that does (three sentences back at most), counts those patients by another word: the
    noun right after the number or the one the share is of, before it ("28.4 percent of the
    visitors with 96,210"); not the noun of the next item ("31,870 and Russians with"). The
    share is that of a place or a nationality named before its verb."""
    if head.start > quantity.end and ctx.text[quantity.end : head.start].strip():
        return False
    earlier = [q.end for q in ctx.quantities(sentence) if q.end <= quantity.start and not q.is_measure]
    clause_start = max([sentence.start, *earlier])
    share = ctx.lexicon.matcher("patients", "share_verbs").search(ctx.text, clause_start, quantity.start)
    if share is None or not any(
        clause_start <= p.start and p.end <= share.start for p in ctx.places(sentence)
    ):
        return False  # the share of a place or a nationality, not "shopping accounted for"
    return _patients_named_shortly_before(ctx, sentence)


def _yearly_change_of_patients(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, head: PhraseMatch
) -> bool:
    """ "Foreign patients pay more than citizens. In 2012, some 40,000 foreigners came, a number
    that rose to 123,000 in 2014": generic people whose figures tell a change year by year (a
    verb of change, two calendar years in the sentence, the figure stamped with one), a few
    sentences after patients were named by a patient noun, are those patients told over the
    years; a mere comparison of two years' figures ("12 million tourists, against 6 million in
    2003") tells no change of them and is left alone."""
    if not ctx.lexicon.matcher("patients", "change_words").contains(sentence.text):
        return False  # "welcomed 12 million tourists, against 6 million in 2003": no change told
    years = [y for y in ctx.years(sentence) if not y.relative]
    if len(years) < 2 or ctx.lexicon.matcher("patients", "journey_heads").contains(head.text):
        return False
    if not any(
        abs(y.start - quantity.end) <= YEAR_BESIDE_CHARS or abs(quantity.start - y.end) <= YEAR_BESIDE_CHARS
        for y in years
    ):
        return False
    return _patients_named_shortly_before(ctx, sentence)


def _patients_named_shortly_before(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence, or one of the ``PATIENTS_BACK_SENTENCES`` before it, names patients
    by a patient noun: the patients a share or a change told by a generic word may be of."""
    told = ctx.per_document("patients_named", lambda: _sentences_naming_patients(ctx))
    position = ctx.body_position(sentence)
    return position is not None and any(
        i in told for i in range(max(0, position - PATIENTS_BACK_SENTENCES), position + 1)
    )


def _sentences_naming_patients(ctx: DocumentContext) -> frozenset[int]:
    """The positions of the body sentences that name patients by a patient noun, not a generic one."""
    heads = ctx.lexicon.matcher("patients", "heads")
    return frozenset(
        position
        for position, sentence in enumerate(ctx.body_sentences)
        if any(
            not is_generic_head(ctx, head) for head in heads.finditer(ctx.text, sentence.start, sentence.end)
        )
    )
