"""Target markets: "targeting Sakhalin", "an advance base into Central Asia".

A market is a foreign place named after a cue of aiming; the countries patients merely come from
are not markets.

This module reads a document sentence by sentence and keeps each market it aims at once (a
campaign's later statements fold into its first record). Its siblings answer the questions each
sentence is asked on the way: which places a cue aims at (``cued_places``), a role names
(``roles``) or a designation gives (``designations``), which places of care are set up abroad
(``set_up_abroad``), whether the aim is another trade's (``other_trades``) or another country's
(``whose_market``), how the promotions told aim (``promotion_cues``), how the places group into
records (``market_groups``) and how one record is written (``market_record``).
"""

from extractors.context import DocumentContext
from extractors.context.cache import DECK_LINES
from extractors.mentions.places import Place, PlaceKind
from extractors.records.drafts import RecordDraft
from extractors.records.targets.actors import (
    acting_body,
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
from extractors.records.targets.cued_places import aim_extended, cued_places, sent_to_draw
from extractors.records.targets.designations import designated_places, designated_pronoun
from extractors.records.targets.market_groups import (
    beside_their_country,
    market_groups,
    one_statement,
    without_city_qualifiers,
)
from extractors.records.targets.market_record import market
from extractors.records.targets.other_trades import of_other_goods
from extractors.records.targets.promotion_cues import (
    cues_of,
    only_promoted,
    organiser_asked,
    organiser_of_promotion,
)
from extractors.records.targets.roles import (
    announced_list,
    listed_after_colon,
    named_markets,
    role_subjects,
    roles_of_places_before,
)
from extractors.records.targets.set_up_abroad import (
    bases_set_up,
    branches_named_abroad,
    foreign_body_before,
    in_one_country_where_set_up,
    opened_places,
    places_abroad,
    run_by_korean_body,
)
from extractors.records.targets.whose_market import body_seated_in, called_off, korea_aimed_at, owned_abroad
from extractors.text.sentences import Sentence

PROMOTION_RULE = "targets.market_of_promotion"


def find_markets(ctx: DocumentContext) -> list[RecordDraft]:
    """The document's markets, but for those only a promotion abroad makes: they are read with
    the events (see ``promotions_told``)."""
    return [draft for draft in _markets(ctx) if draft.rule != PROMOTION_RULE]


def promotions_told(ctx: DocumentContext) -> list[RecordDraft]:
    """The markets the promotions a sentence tells abroad make, dated or not ("will hold a
    roadshow in Almaty this week"): given out with those of the events the events reader has
    dated elsewhere, after them, as records read off other records are."""
    return [draft for draft in _markets(ctx) if draft.rule == PROMOTION_RULE]


def _markets(ctx: DocumentContext) -> list[RecordDraft]:
    return ctx.per_document("target_markets", lambda: _read_markets(ctx))


def _read_markets(ctx: DocumentContext) -> list[RecordDraft]:
    found = []
    seen: set[tuple[str | None, tuple[str, ...]]] = set()
    seen_countries: set[str] = set()
    seen_regions: set[str] = set()
    campaign: RecordDraft | None = None
    promoted = False
    opening: list[RecordDraft] = []  # the markets of places of care set up abroad
    # the deck is read among the head lines below, as headlines are, not as prose
    body = ctx.prose_sentences
    # the headline and its deck after the body: "대전시, 베트남 다낭 의료관광 시장 공략" aims at a market
    # the body may tell only as a promotion's venue (the body names it first where it names it)
    head = [(line, None, None) for line in _head_lines(ctx)] if ctx.language.headlines_aim else []
    neighbours = [
        (
            sentence,
            body[position - 1] if position else None,
            body[position + 1] if position + 1 < len(body) else None,
        )
        for position, sentence in enumerate(body)
    ]
    for sentence, previous, following in neighbours + head:
        # every market is a foreign place of this sentence, of the one before (a place anaphor)
        # or of the one after (an announced list): with none there, the cues are not read
        here = ctx.names_a_foreign_place(sentence)
        if not (
            here
            or (previous is not None and ctx.names_a_foreign_place(previous))
            or (following is not None and ctx.names_a_foreign_place(following))
        ):
            continue
        if _of_other_goods(ctx, sentence):
            continue
        # a designation, an opening, a market noun and a role's subject aim at places of the
        # sentence itself: a sentence that names none abroad (a quarter) is not read for them
        opened = opened_places(ctx, sentence) + run_by_korean_body(ctx, sentence) if here else []
        named = cued_places(ctx, sentence, previous, following)
        if here:
            named += (
                designated_places(ctx, sentence)
                + named_markets(ctx, sentence, previous)
                + opened
                + sent_to_draw(ctx, sentence)
                + aim_extended(ctx, sentence, previous)
            )
        if not here and previous is not None:
            named += designated_pronoun(ctx, sentence, previous)
        named = named or announced_list(ctx, sentence, following) or listed_after_colon(ctx, sentence)
        # "... is our core market": "our" is the speaker, the article's subject, not a place
        # named in the sentence
        spoken = [] if named or not here else role_subjects(ctx, sentence)
        if not (named or here):
            spoken = roles_of_places_before(ctx, sentence, previous)
        aimed = named or spoken
        if not aimed:
            continue
        aimed = without_city_qualifiers(ctx, in_one_country_where_set_up(ctx, sentence, aimed))
        if not aimed:
            continue
        if korea_aimed_at(ctx, sentence):
            continue  # "Besides the Russian market, Mongolia is eyeing Korea as a market": Mongolia's
        first_cue = min(cue for cue, _ in aimed)
        if owned_abroad(ctx, sentence, first_cue):
            continue  # "Japan is a key market for Vietnam's spas": another country's market
        if called_off(ctx, sentence, first_cue):
            continue  # "has suspended its campaign to attract Chinese patients"
        subject = first_of_subjects(
            ctx,
            sentence,
            acting_body(ctx, sentence, first_cue) or subject_before(ctx, sentence, first_cue),
            first_cue,
        )
        subject = body_seated_in(ctx, sentence, subject, first_cue) or subject
        subject = organiser_of_promotion(ctx, sentence, aimed) or subject
        if (
            subject is None
            and not spoken
            and foreign_subject(ctx, sentence, first_cue, [p for _, p in aimed])
        ):
            continue  # "Japan is targeting patients from China": another country's market
        openings = {cue for cue, _ in opened}
        only_opened = openings.issuperset(cue for cue, _ in aimed)
        if only_opened and subject is None and foreign_body_before(ctx, sentence, first_cue):
            continue  # "Bangkok Hospital opened a clinic in Yangon": no Korean body sets it up
        actor = in_full(
            ctx,
            subject
            or pronoun_subject(ctx, sentence, previous, first_cue)
            or korea_before(ctx, sentence, first_cue)
            or (None if spoken else first_korean_actor(ctx, sentence, first_cue))
            # "... are the main targets of the ministry's campaign": the owner named after the role
            or (ctx.actor(sentence, sentence.end) if spoken else None)
            # "Its overseas patient recruitment will focus on Vietnam, the hospital said"
            or reporting_body(ctx, sentence)
            or ctx.main_actor,
        )
        actor = place_in_full(ctx, owner_of_unit(ctx, sentence, not_what_is_set_up(ctx, sentence, actor)))
        if actor is None and organiser_asked(ctx, sentence, aimed):
            continue  # "a roadshow is planned for Almaty": a promotion no body of the page holds
        # "named Mongolia its main market and opened a desk in Ulaanbaatar", "set its sights on
        # Siberia, and held a roadshow in Novosibirsk": the city stands in the market named
        wider = {p.place.country for _, p in aimed if p.place.kind != PlaceKind.CITY and p.place.country}
        # a region inside one country ("극동 러시아") is the market of that country told before
        inland = {p.place.name for _, p in aimed if p.place.kind == PlaceKind.REGION and p.place.country}
        # a market named after a cue or a designation, or one the speaker calls "our market"
        rule = "targets.market_of_speaker" if spoken else "targets.market_named"
        if organiser_asked(ctx, sentence, aimed):
            rule = PROMOTION_RULE  # as the promotions the events reader dates make
        if not ctx.language.one_market_a_statement:
            # a city a promotion is held in gives its country, as one a place of care is set up in
            held = openings | cues_of(ctx, sentence, ("promotions",))
            groups = market_groups(
                ctx, sentence, aimed, wider, held, beside_their_country(ctx, sentence, aimed)
            )
            if only_opened:
                # read once the document's other markets are known: see places_abroad
                opening += [
                    market(ctx, "targets.market_of_place_abroad", sentence, actor, *g) for g in groups
                ]
                continue
            for region, countries in _unseen(
                groups, _regional(groups), inland, seen, seen_countries, seen_regions
            ):
                found.append(market(ctx, rule, sentence, actor, region, countries))
            continue
        set_up = openings | cues_of(ctx, sentence, ("openings",))
        for part in _statements(aimed, set_up):
            bases = bases_set_up(ctx, sentence, part, set_up)
            provinces = beside_their_country(ctx, sentence, part, bases)
            groups = market_groups(ctx, sentence, part, wider, openings, provinces, bases)
            regional = _regional(groups, provinces)
            statement = [(r, c) for r, c in groups if not (r is None and set(c) <= regional)]
            if not statement:
                continue
            # a place of care or an office set up abroad is a statement of its own, no step of a
            # campaign ("opened a hospital in Ulaanbaatar; a second one will open in Almaty": two)
            promoted = only_promoted(ctx, sentence, part) and not only_promoted(
                ctx, sentence, part, ("openings",)
            )
            # the cities a promotion is held in, or the trade invited comes from, give their country
            held = only_promoted(ctx, sentence, part, ("promotions", "invitations"))
            places = [place for _, place in part]
            cities = [p for p in places if p.place.kind is PlaceKind.CITY and p.place.name not in provinces]
            countries, regions = one_statement(statement, places, cities, held)
            kept = [(region, within) for region, within in regions if region not in seen_regions]
            seen_regions.update(region for region, _ in kept)
            # the promotions of one campaign ("… in Hanoi, then in Jakarta; next month in Moscow")
            # are one statement of the countries it goes to
            earlier = _same_countries(found, countries) or (campaign if promoted else None)
            if earlier is not None and countries:
                _fold(earlier, countries)
            elif countries:
                kept.insert(0, (None, countries))
            for region, countries in kept:
                found.append(market(ctx, rule, sentence, actor, region, countries))
                if promoted and campaign is None and found[-1].fields["market_region"] is None:
                    campaign = found[-1]
    opening += branches_named_abroad(ctx)
    return found + places_abroad(ctx, found, opening)


def _regional(
    groups: list[tuple[str | None, list[str]]], provinces: frozenset[str] = frozenset()
) -> set[str]:
    """ "중부 러시아 시장 개척 … 러시아 환자 유치": the countries a region of one country stands
    for, which the sentence aims at in that region."""
    return {
        c
        for region, countries in groups
        if region is not None and region not in provinces and len(countries) == 1
        for c in countries
    }


def _statements(aimed: list[tuple[int, Place]], openings: set[int]) -> list[list[tuple[int, Place]]]:
    """The market statements of one sentence, for a language that makes one record of a
    statement: each place of care or office set up abroad is a statement of its own ("opened a
    clinic in Almaty and then laid a bridgehead into Uzbekistan": two), the places of every other
    cue together are one."""
    told = [(cue, place) for cue, place in aimed if cue not in openings]
    opened = [[(cue, place) for cue, place in aimed if cue == each] for each in sorted(openings)]
    return [part for part in (told, *opened) if part]


def _head_lines(ctx: DocumentContext) -> list[Sentence]:
    """The headline and deck lines right above the article's first sentence (a dateline or a
    byline may stand between): lines that read as headlines, not the body's prose. Lines further
    up are the site's furniture, other stories' headlines among them. A photo's caption ("…
    상담회 모습") shows where a promotion was held, not what the article aims at."""
    body = ctx.prose_sentences
    first = body[0].start if body else len(ctx.text)
    above = [s for s in ctx.sentences if s.end <= first][-DECK_LINES:]
    return [
        s
        for s in above
        if ctx.language.looks_like_headline(line := s.text.strip()) and not ctx.is_a_caption(line)
    ]


def _of_other_goods(ctx: DocumentContext, sentence: Sentence) -> bool:
    return of_other_goods(ctx, sentence.text)


def _unseen(
    groups: list[tuple[str | None, list[str]]],
    regional: set[str],
    inland: set[str],
    seen: set[tuple[str | None, tuple[str, ...]]],
    seen_countries: set[str],
    seen_regions: set[str],
) -> list[tuple[str | None, list[str]]]:
    """The markets of a sentence not aimed at before in the document, one record a cue list and
    a region each; ``seen`` and the sets after it learn them. Countries that two cues aim at
    ("grow in the Chinese, Japanese and Russian markets") are the record of the longer list."""
    kept = []
    for region, countries in groups:
        key = (region, tuple(countries))
        if (
            (region is None and set(countries) <= regional)
            or (region is None and any(r is None and set(countries) < set(c) for r, c in groups))
            or key in seen
            or region in seen_regions
            or ((region is None or region in inland) and set(countries) <= seen_countries)
        ):
            continue
        seen.add(key)
        if region is None:
            seen_countries.update(countries)
        else:
            seen_regions.add(region)
        kept.append((region, countries))
    return kept


def _same_countries(found: list[RecordDraft], countries: list[str]) -> RecordDraft | None:
    """The countries' market record told before that aims at one of the same countries: "the same
    countries aimed at again later in the document are the same record". A region's record is
    not one, even where the region lies in one of them: a region is a record of its own."""
    for draft in found:
        fields = draft.fields
        if fields["market_region"] is None and set(fields["market_countries"]) & set(countries):
            return draft
    return None


def _fold(draft: RecordDraft, countries: list[str]) -> None:
    """Add a later statement's countries to the market record it restates."""
    fields = draft.fields
    fields["market_countries"] = list(dict.fromkeys([*fields["market_countries"], *countries]))
