"""Target markets: "targeting Sakhalin", "an advance base into Central Asia".

A market is a foreign place named after a cue of aiming; the countries patients merely come from
are not markets.
"""

import re
from itertools import pairwise

from extractors.context import DocumentContext
from extractors.context.cache import DECK_LINES
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import Place, PlaceKind
from extractors.records.drafts import ConfidenceLevel, RecordDraft
from extractors.records.targets.actors import (
    SPACES,
    acting_body,
    first_korean_actor,
    first_of_subjects,
    foreign_subject,
    in_full,
    korea_before,
    owner_of_unit,
    place_in_full,
    pronoun_subject,
    reporting_body,
    subject_before,
)
from extractors.text.sentences import Sentence
from models import RecordKind, TargetKind

PROMOTION_RULE = "targets.market_of_promotion"
GLOSS_OPEN = re.compile(r"\s?[(（]\s*")  # a bracket right after a region opens its gloss
GLOSS_CLOSE = re.compile(r"\s*[)）]")


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
        opened = _opened_places(ctx, sentence) + _run_by_korean_body(ctx, sentence) if here else []
        named = _cued_places(ctx, sentence, previous, following)
        if here:
            named += (
                _designated_places(ctx, sentence)
                + _named_markets(ctx, sentence, previous)
                + opened
                + _sent_to_draw(ctx, sentence)
                + _aim_extended(ctx, sentence, previous)
            )
        if not here and previous is not None:
            named += _designated_pronoun(ctx, sentence, previous)
        named = named or _announced_list(ctx, sentence, following) or _listed_after_colon(ctx, sentence)
        # "... is our core market": "our" is the speaker, the article's subject, not a place
        # named in the sentence
        spoken = [] if named or not here else _role_subjects(ctx, sentence)
        if not (named or here):
            spoken = _roles_of_places_before(ctx, sentence, previous)
        aimed = named or spoken
        if not aimed:
            continue
        aimed = _without_city_qualifiers(ctx, _in_one_country_where_set_up(ctx, sentence, aimed))
        if not aimed:
            continue
        if _korea_aimed_at(ctx, sentence):
            continue  # "Besides the Russian market, Mongolia is eyeing Korea as a market": Mongolia's
        first_cue = min(cue for cue, _ in aimed)
        if _owned_abroad(ctx, sentence, first_cue):
            continue  # "Japan is a key market for Vietnam's spas": another country's market
        if _called_off(ctx, sentence, first_cue):
            continue  # "has suspended its campaign to attract Chinese patients"
        subject = first_of_subjects(
            ctx,
            sentence,
            acting_body(ctx, sentence, first_cue) or subject_before(ctx, sentence, first_cue),
            first_cue,
        )
        subject = _body_seated_in(ctx, sentence, subject, first_cue) or subject
        subject = _organiser_of_promotion(ctx, sentence, aimed) or subject
        if (
            subject is None
            and not spoken
            and foreign_subject(ctx, sentence, first_cue, [p for _, p in aimed])
        ):
            continue  # "Japan is targeting patients from China": another country's market
        openings = {cue for cue, _ in opened}
        only_opened = openings.issuperset(cue for cue, _ in aimed)
        if only_opened and subject is None and _foreign_body_before(ctx, sentence, first_cue):
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
        actor = place_in_full(ctx, owner_of_unit(ctx, sentence, actor))
        if actor is None and _organiser_asked(ctx, sentence, aimed):
            continue  # "a roadshow is planned for Almaty": a promotion no body of the page holds
        # "named Mongolia its main market and opened a desk in Ulaanbaatar", "set its sights on
        # Siberia, and held a roadshow in Novosibirsk": the city stands in the market named
        wider = {p.place.country for _, p in aimed if p.place.kind != PlaceKind.CITY and p.place.country}
        # a region inside one country ("극동 러시아") is the market of that country told before
        inland = {p.place.name for _, p in aimed if p.place.kind == PlaceKind.REGION and p.place.country}
        # a market named after a cue or a designation, or one the speaker calls "our market"
        rule = "targets.market_of_speaker" if spoken else "targets.market_named"
        if _organiser_asked(ctx, sentence, aimed):
            rule = PROMOTION_RULE  # as the promotions the events reader dates make
        if not ctx.language.one_market_a_statement:
            # a city a promotion is held in gives its country, as one a place of care is set up in
            held = openings | _cues_of(ctx, sentence, ("promotions",))
            groups = _market_groups(
                ctx, sentence, aimed, wider, held, _beside_their_country(ctx, sentence, aimed)
            )
            if only_opened:
                # read once the document's other markets are known: see _places_abroad
                opening += [
                    _market(ctx, "targets.market_of_place_abroad", sentence, actor, *g) for g in groups
                ]
                continue
            for region, countries in _unseen(
                groups, _regional(groups), inland, seen, seen_countries, seen_regions
            ):
                found.append(_market(ctx, rule, sentence, actor, region, countries))
            continue
        set_up = openings | _cues_of(ctx, sentence, ("openings",))
        for part in _statements(aimed, set_up):
            bases = _bases_set_up(ctx, sentence, part, set_up)
            provinces = _beside_their_country(ctx, sentence, part, bases)
            groups = _market_groups(ctx, sentence, part, wider, openings, provinces, bases)
            regional = _regional(groups, provinces)
            statement = [(r, c) for r, c in groups if not (r is None and set(c) <= regional)]
            if not statement:
                continue
            # a place of care or an office set up abroad is a statement of its own, no step of a
            # campaign ("opened a hospital in Ulaanbaatar; a second one will open in Almaty": two)
            promoted = _only_promoted(ctx, sentence, part) and not _only_promoted(
                ctx, sentence, part, ("openings",)
            )
            # the cities a promotion is held in, or the trade invited comes from, give their country
            held = _only_promoted(ctx, sentence, part, ("promotions", "invitations"))
            places = [place for _, place in part]
            cities = [p for p in places if p.place.kind is PlaceKind.CITY and p.place.name not in provinces]
            countries, regions = _one_statement(statement, places, cities, held)
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
                found.append(_market(ctx, rule, sentence, actor, region, countries))
                if promoted and campaign is None and found[-1].fields["market_region"] is None:
                    campaign = found[-1]
    opening += _branches_named_abroad(ctx)
    return found + _places_abroad(ctx, found, opening)


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


def _market(
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


def _branches_named_abroad(ctx: DocumentContext) -> list[RecordDraft]:
    """ "Hanbit Spine Centre in Almaty", "Tashkent Hanbit Clinic": a place of care abroad that
    bears the brand of the body the article is about is that body's branch there, a market of
    its own (annotation.md, Markets: a hospital a Korean body runs abroad), whatever verb tells
    it, or none. The place stands right after the name's preposition or in the name itself; a
    foreign body that only shares a word of description ("Children's Hospital"), one named
    with its own country ("Almaty's Hanbit Clinic", "US-based Hanbit"), and the body's people
    met abroad ("a delegation from Hanbit Hospital in Almaty") are none. One record a
    sentence, for the countries it lists."""
    markets = ctx.lexicon.section("markets")
    heads = {head.lower() for head in markets["branch_heads"]}
    # the bodies of care named in a sentence with a place abroad, where a branch is told: the
    # body the article is about, a reading of the whole document, is asked only where there
    # is one (most pages name none)
    named = [
        (sentence, bodies)
        for sentence in ctx.body_sentences
        if ctx.names_a_foreign_place(sentence)
        and (bodies := [org for org in ctx.organizations(sentence) if org.name.split()[-1].lower() in heads])
    ]
    main = ctx.main_actor if named else None
    if main is None:
        return []
    stops = {word.lower() for word in markets["branch_name_stops"]}
    # a brand word: each part of it a name that is no word of description ("Chung-Ang", not
    # "Korean-run" or "Korea-Laos")
    brand = {
        word
        for word in main.split()
        if all(part[:1].isupper() and part.lower() not in stops for part in word.split("-"))
    }
    guests = {word.lower() for word in markets["branch_guest_leads"]}
    articles = ctx.lexicon.lowered_words("grammar", "articles")
    prepositions = tuple(f"{p} " for p in markets["opening_prepositions"])
    drafts = []
    for sentence, bodies in named:
        countries: list[str] = []
        for org in bodies:
            if not brand & set(org.name.split()):
                continue
            before = ctx.text[sentence.start : org.start].split()
            if before and before[-1].lower() in articles:
                before.pop()
            if before and before[-1].lower() in guests:
                continue  # "a delegation from Hanbit Hospital in Almaty": where its people went
            # "Hanbit Spine Centre in Almaty", "Hanbit Clinic, in Dubai": the place after its preposition
            rest = ctx.text[org.end : sentence.end]
            lead = org.end + len(rest) - len(rest.lstrip(" ,"))
            preposition = next((p for p in prepositions if ctx.text.startswith(p, lead)), None)
            there = _place_of_care_after(ctx, sentence, lead + len(preposition)) if preposition else None
            # a place that opens a word of another branch's name ("Tashkent Hanbit Clinic"); the
            # body's own name may name a country ("the Korea-Uzbekistan Hanbit Centre") and
            # "Almaty's Hanbit" or "US-based Hanbit" name a body of that country
            inside = [
                place
                for place in ctx.places(sentence)
                if org.name != main
                and org.start <= place.start
                and place.end < org.end
                and (place.start == org.start or ctx.text[place.start - 1] == " ")
                and ctx.text[place.end] == " "
                and not place.place.is_korean
            ]
            for place in [there] if there is not None else inside[:1]:
                if place.place.country and place.place.country not in countries:
                    countries.append(place.place.country)
        if countries:
            actor = in_full(ctx, main)
            drafts.append(_market(ctx, "targets.market_of_branch_abroad", sentence, actor, None, countries))
    return drafts


def _places_abroad(
    ctx: DocumentContext, found: list[RecordDraft], opening: list[RecordDraft]
) -> list[RecordDraft]:
    """The markets of places of care set up abroad: one record for each body and country ("Hanbit
    opened a clinic in Dubai; Saebit runs one in Abu Dhabi" is two), unless the body aims at the
    country in another record of the document, before or after ("Incheon opened a centre in
    Irkutsk ... Incheon has chosen China and Russia as its key markets" is one)."""
    kept: list[RecordDraft] = []
    for draft in opening:
        fields = draft.fields
        if not any(
            _same_body(ctx, other.fields["actor"], fields["actor"])
            and set(fields["market_countries"]) <= set(other.fields["market_countries"])
            for other in found + kept
        ):
            kept.append(draft)
    return kept


def _same_body(ctx: DocumentContext, one: str | None, other: str | None) -> bool:
    """Whether two actors name one body: the same name, or a Korean place and its government
    named in full ("Ulsan" and "Ulsan Metropolitan City Government"), not a body that only bears
    the place's name ("Seoul" and "Seoul National University Hospital")."""
    if one is None or other is None or one == other:
        return one == other
    short, long = sorted((one, other), key=len)
    place = ctx.language.place_names().get(short)
    heads = ctx.lexicon.lowered_words("organizations", "state_heads")
    return (
        place is not None
        and place.kind in KOREAN_PLACE_KINDS
        and long.startswith(short + " ")
        and long.split()[-1].lower() in heads
    )


KOREAN_PLACE_KINDS = frozenset({PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE})


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


def of_other_goods(ctx: DocumentContext, text: str) -> bool:
    """ "국내 화장품 업체들이 베트남 시장 공략에 나섰다", "… 고교를 방문해 입학 설명회를 열었다": a
    sentence about the market of other goods or of other people (students), with no word of care
    or patients in it, aims at no market of medical tourism."""
    return (
        ctx.lexicon.matcher("markets", "outside_goods").contains(text)
        and not _names_care(ctx, text)
        and not ctx.lexicon.matcher("patients", "heads").contains(text)
    )


def _names_care(ctx: DocumentContext, text: str) -> bool:
    """Whether the text has a word of care ("treated", "검진"): goods told beside it may be
    what a patient buys, so the text is not only about another trade."""
    lexicon = ctx.lexicon
    return lexicon.matcher("patients", "care_words").contains(text) or lexicon.matcher(
        "patients", "care_nouns"
    ).contains(text)


CITY_QUALIFIER_WORDS = 4  # "the Kazakh southern city of Shymkent": words between


def _without_city_qualifiers(ctx: DocumentContext, aimed: list[tuple[int, Place]]) -> list[tuple[int, Place]]:
    """ "posters in the Kazakh southern city of Shymkent": a nationality word that
    qualifies the city named a few words after it, in the same country, tells the city's country;
    the city is the market, not the whole country, and the country's other nationality words
    in the same scope tell it again ("... and invited Russian children"). A list between them ("Kazakh patients and
    patients in Almaty") names two markets."""
    cities = [p for _, p in aimed if p.place.kind == PlaceKind.CITY and p.place.country]
    if not cities:
        return aimed
    conjunctions = ctx.lexicon.lowered_words("grammar", "conjunctions")
    qualifiers = {
        id(place)
        for _, place in aimed
        if place.place.kind == PlaceKind.DEMONYM
        and any(
            city.start > place.end
            and city.place.country in place.place.countries
            and len(ctx.text[place.end : city.start].split()) <= CITY_QUALIFIER_WORDS
            and not re.search(r"[,;:()]", ctx.text[place.end : city.start])
            and not conjunctions & {w.lower() for w in ctx.text[place.end : city.start].split()}
            for city in cities
        )
    }
    # the country told with the city: its other nationality words in the cue's scope are the city's
    told = {c for _, p in aimed if id(p) in qualifiers for c in p.place.countries}
    return [
        (cue, place)
        for cue, place in aimed
        if not (place.place.kind == PlaceKind.DEMONYM and told & set(place.place.countries))
    ]


def _in_one_country_where_set_up(
    ctx: DocumentContext, sentence: Sentence, aimed: list[tuple[int, Place]]
) -> list[tuple[int, Place]]:
    """ "the first Korean hospital opened in Central Asia": a place of care or an office stands
    in one country, so a world region it is said to be set up in is no market of its own (the
    country named with it is: "opened in Uzbekistan, the first in Central Asia")."""
    openings = {
        cue.start
        for cue in ctx.lexicon.matcher("markets", "openings").finditer(ctx.text, sentence.start, sentence.end)
    }
    return [(cue, place) for cue, place in aimed if not (cue in openings and place.place.country is None)]


def _only_promoted(
    ctx: DocumentContext,
    sentence: Sentence,
    aimed: list[tuple[int, Place]],
    keys: tuple[str, ...] = ("promotions",),
) -> bool:
    """Whether every place a sentence aims at is aimed at by a promotion done there (or by a
    cue of the other lists ``keys`` names)."""
    promotions = _cues_of(ctx, sentence, keys)
    return all(cue in promotions for cue, _ in aimed)


def _promotes_other_goods(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "shoppers at a retailer's stand at a beauty fair in Bangkok try skincare": a
    promotion told with goods of another trade and no word of care draws no patients, even where
    its visitors are named (a visitor to a booth is no patient, so, unlike ``of_other_goods``,
    the people it names do not count as patients)."""
    text = sentence.text
    return ctx.lexicon.matcher("markets", "outside_goods").contains(text) and not _names_care(ctx, text)


def _held_in(
    ctx: DocumentContext, sentence: Sentence, start: int, end: int, places: list[Place]
) -> list[Place]:
    """The places a promotion is held in, of ``places`` its words name: none where the first
    place named after it is at home ("a roadshow in Cheongju for visiting Mongolian agents"),
    and never the nationality of the people it is held for."""
    named = [p for p in ctx.places(sentence) if start <= p.start < end and p.place.kind != PlaceKind.DEMONYM]
    if named and named[0].place.is_korean:
        return []
    return [p for p in places if p.place.kind != PlaceKind.DEMONYM]


TRADE_WORDS_BEFORE = 2  # "an export business presentation": words of the trade before the noun


def _promotion_of_another_trade(ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> bool:
    """ "an investment roadshow in Tokyo", "an education fair in Jakarta": a promotion named by
    another trade, in the words right before its noun, draws no patients."""
    before = ctx.text[sentence.start : cue.start].split()[-TRADE_WORDS_BEFORE:]
    trades = ctx.lexicon.lowered_words("markets", "other_trades")
    return any(word.lower().strip(",'’\"") in trades for word in before)


def _no_promotion_held(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the promotions a sentence tells are held nowhere: of other goods, called off, or
    only talked of."""
    return (
        _promotes_other_goods(ctx, sentence)
        or _promotion_called_off(ctx, sentence)
        or ctx.lexicon.matcher("markets", "opening_doubts").contains(sentence.text)
    )


def _promotion_called_off(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "the roadshow planned for Bishkek has been called off": a promotion the sentence calls
    off, before or after its noun, is held nowhere (and one only talked of, "considering holding
    a roadshow in", "will be held in Almaty at some stage", is no plan: the doubts of an opening
    are asked of its sentence)."""
    return ctx.lexicon.matcher("markets", "called_off").contains(sentence.text)


def _organiser_asked(ctx: DocumentContext, sentence: Sentence, aimed: list[tuple[int, Place]]) -> bool:
    """Whether the sentence aims only by the promotions it tells, in a language that makes a
    record of each cue's places: its market is the organiser's, who must be named."""
    return not ctx.language.one_market_a_statement and _only_promoted(ctx, sentence, aimed)


def _organiser_of_promotion(
    ctx: DocumentContext, sentence: Sentence, aimed: list[tuple[int, Place]]
) -> str | None:
    """ "Ulsan, along with two of its hospitals, ran a briefing session in Irkutsk": where a
    sentence aims only by the promotions it tells, the body that holds them is the first Korean
    body of the sentence, as the events reader names an occasion's organisers, not the body
    nearest the promotion's noun (the last of a list of hosts). Asked of a language that makes a
    record of each cue's places (one that makes one of a statement reads its promotions so)."""
    if not _organiser_asked(ctx, sentence, aimed):
        return None
    before = min(cue for cue, _ in aimed)
    bodies = [(o.start, o.name) for o in ctx.organizations(sentence) if (o.is_korean or o.country is None)]
    places = [
        (p.start, ctx.acting_place(p))
        for p in ctx.places(sentence)
        if p.place.kind in {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}
        and not any(o.start <= p.start < o.end for o in ctx.organizations(sentence))
    ]
    named = sorted(mention for mention in bodies + places if mention[0] < before)
    return named[0][1] if named else None


def _cues_of(ctx: DocumentContext, sentence: Sentence, keys: tuple[str, ...]) -> set[int]:
    """Where the cues of the market lists ``keys`` name start in a sentence."""
    return {cue.start for key in keys for cue in _market_cues(ctx, sentence, key)}


def _market_cues(ctx: DocumentContext, sentence: Sentence, key: str) -> list[PhraseMatch]:
    """The cues of the market list ``key`` in a sentence, found once: the cue reader asks for
    its promotions, then each statement of the sentence for them again (half of the scans of
    the list were repeats)."""
    return ctx.per_sentence(
        "market_cues",
        sentence,
        lambda: list(ctx.lexicon.matcher("markets", key).finditer(ctx.text, sentence.start, sentence.end)),
        about=key,
    )


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


def _one_statement(
    groups: list[tuple[str | None, list[str]]], places: list[Place], towns: list[Place], promoted: bool
) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The markets one sentence aims at: its countries as one record ("중국, 일본, 러시아,
    동남아지역": CN, JP, RU), each in the order written, and each region or city as a record of
    its own with the country it lies in, where it lies in one (동남아; "러시아 연해주": 연해주 in RU).
    Countries told as a region's examples ("러시아, 카자흐스탄 등 CIS") are countries the
    sentence names, so they join the countries' record, as the seed gold's "Kazakhstan ... into
    Central Asia" gives Kazakhstan a record beside the region's. A city that a promotion is only
    held in (알마티에서 설명회를 열었다), or that the trade invited comes from (도쿄, 오사카 지역
    관계자를 초청), is where the campaign goes, not what it aims at: it gives its country
    (annotation.md, Markets); ``towns`` are those cities, a province abroad being none of them."""
    written: dict[str, int] = {}
    lies_in: dict[str, str] = {}
    cities = {town.place.name for town in towns}
    for place in sorted(places, key=lambda p: p.start):
        written.setdefault(place.place.name, place.start)
        if place.place.country:
            written.setdefault(place.place.country, place.start)
            if place.place.kind in {PlaceKind.REGION, PlaceKind.CITY}:
                lies_in.setdefault(place.place.name, place.place.country)
    regions = [
        (region, [lies_in[region]] if region in lies_in else [])
        for region in dict.fromkeys(region for region, _ in groups if region is not None)
    ]
    if promoted:
        held_in = [(city, within) for city, within in regions if city in cities and within]
        regions = [region for region in regions if region not in held_in]
        groups = [*groups, *((None, within) for _, within in held_in)]
    regions.sort(key=lambda r: written.get(r[0], 0))
    countries = sorted(
        dict.fromkeys(
            country
            for region, listed in groups
            for country in listed
            if region is None or country != lies_in.get(region)
        ),
        key=lambda c: written.get(c, 0),
    )
    return countries, regions


def _market_groups(
    ctx: DocumentContext,
    sentence: Sentence,
    aimed: list[tuple[int, Place]],
    wider: set[str],
    openings: set[int],
    provinces: frozenset[str],
    bases: frozenset[str] = frozenset(),
) -> list[tuple[str | None, list[str]]]:
    """The markets of a sentence as records: the countries one cue aims at are one market
    ("targeting patients from Uzbekistan and Kyrgyzstan", "중국과 러시아 시장을 전략시장으로"), with
    the one region the cue aims at where there is one; a city or region is a market of its
    own, unless it lies in a country aimed at already ("named Mongolia its main market and
    opened a desk in Ulaanbaatar": the city stands in the market named). Countries the language
    gives as examples of a region aimed at ("러시아 등 CIS국가") are told with that region (and
    join the statement's countries where a language makes one record of them). A city or region
    where a place of care is set up (a cue of ``openings``) gives its country, as a promotion's
    city does (annotation.md, Markets), unless it is one of ``bases``, the cities the sentence
    sets up a base in (see ``_bases_set_up``). ``provinces`` are the places that stand beside
    their country (``_beside_their_country``), which the caller reads too."""
    groups: list[tuple[int, str | None, list[str]]] = []
    regions_by_cue: dict[int, list[int]] = {}  # the cue's groups of a region (not a city)
    countries_by_cue: dict[int, list[str]] = {}
    places = [place for _, place in aimed]
    examples = {
        place: ctx.language.region_examples(ctx, sentence, place, places)
        for place in places
        if place.place.kind == PlaceKind.REGION
    }
    exemplary = {example for listed in examples.values() for example in listed}
    # a city a promotion is held in or an office is opened in stands in its country aimed at;
    # one a plain cue aims at ("야쿠츠크 지역을 대상으로", "targeting Khabarovsk") is aimed at itself
    itself = {
        id(place)
        for cue, place in aimed
        if place.place.kind == PlaceKind.CITY and _aims_at_a_city_itself(ctx, sentence, cue, openings)
    }
    for cue, place in aimed:
        name = place.place
        if name.kind in {PlaceKind.COUNTRY, PlaceKind.DEMONYM} or (
            cue in openings and name.country and name.name not in bases
        ):
            if place in exemplary:
                continue
            if cue not in countries_by_cue:
                countries_by_cue[cue] = []
                groups.append((cue, None, countries_by_cue[cue]))
            if name.countries[0] not in countries_by_cue[cue]:
                countries_by_cue[cue].extend(name.countries)
        elif name.kind == PlaceKind.REGION:
            codes = list(dict.fromkeys(c for example in examples[place] if (c := example.place.country)))
            # a region inside one country ("the Russian Far East") is a market of that country
            if not codes and name.country:
                codes = [name.country]
            regions_by_cue.setdefault(cue, []).append(len(groups))
            groups.append((cue, name.name, codes))
        elif not (
            name.kind == PlaceKind.CITY
            and name.country in wider
            and name.name not in provinces
            and id(place) not in itself
        ):
            groups.append((cue, name.name, list(name.countries)))
    # the country a promotion is held in or a place of care set up in is a record of its own
    # beside a region the same words name ("a wellness fair for Central Asia, staged in Almaty")
    apart = _listed_beside_a_region(ctx, aimed) | {
        p.place.country for cue, p in aimed if cue in openings and p.place.country
    }
    groups = _regions_with_their_countries(groups, regions_by_cue, countries_by_cue, apart)
    return [(region, countries) for _, region, countries in groups if region is not None or countries]


def _bases_set_up(
    ctx: DocumentContext, sentence: Sentence, aimed: list[tuple[int, Place]], set_up: set[int]
) -> frozenset[str]:
    """ "블라디보스토크에 의료관광 거점센터를 연다": an office or a place of care set up in a city
    abroad and named a base (``base_nouns``, between the city and the verb of opening) makes the
    page aim at the city itself, a market region of its own beside its country (annotation.md,
    Markets: "unless the page ... calls it a base"); a city where one is only opened ("아스타나에
    진료소를 열고 이웃 나라로 뻗어 갈 교두보를 확보") gives its country."""
    bases = ctx.lexicon.matcher("markets", "base_nouns")
    if not set_up or not bases.contains(sentence.text):
        return frozenset()
    openings = ctx.lexicon.matcher("markets", "openings")
    return frozenset(
        place.place.name
        for cue, place in aimed
        if cue in set_up
        and place.place.kind == PlaceKind.CITY
        and (opening := openings.match(ctx.text, cue)) is not None
        and bases.search(ctx.text, place.end, opening.end) is not None
    )


def _aims_at_a_city_itself(ctx: DocumentContext, sentence: Sentence, cue: int, openings: set[int]) -> bool:
    """Whether the cue starting at ``cue`` is one the language lists as aiming at a city itself
    (``city_itself_cues``: "대상으로", "공략"), and no promotion held, invitation or opening
    overlaps it ("의료관광을 홍보해" overlaps "홍보해"): a city where the campaign only goes
    stands in its country."""
    words = tuple(ctx.lexicon.section("markets")["city_itself_cues"])
    found = ctx.lexicon.matcher("markets", "cues").match(ctx.text, cue) if words else None
    if found is None or cue in openings or not found.text.endswith(words):
        return False
    return not any(
        match.start < found.end and cue < match.end
        for key in ("promotions", "invitations", "openings")
        for match in ctx.lexicon.matcher("markets", key).finditer(ctx.text, sentence.start, sentence.end)
    )


def _listed_beside_a_region(ctx: DocumentContext, aimed: list[tuple[int, Place]]) -> set[str]:
    """ "the CIS countries and Mongolia", "the Middle East, Russia and Mongolia": countries the
    same cue lists beside a region (a list's conjunction between them, or a comma in a list a
    conjunction closes) that do not lie in the region are markets of their own, not the region's
    examples ("South-East Asian countries including ..." lists none)."""
    conjunctions = ctx.lexicon.lowered_words("grammar", "list_conjunctions")
    if not conjunctions:
        return set()
    apart: set[str] = set()
    for cue, region in aimed:
        if region.place.kind != PlaceKind.REGION or not region.place.countries:
            continue
        listed = [
            place
            for other, place in aimed
            if other == cue
            and place.place.kind == PlaceKind.COUNTRY
            and place.place.country is not None
            and place.place.country not in region.place.countries
        ]
        joined = [
            place
            for place in listed
            if conjunctions & _words_between(ctx, region, place)
            or ctx.text[min(region.end, place.end) : max(region.start, place.start)].strip() == ","
        ]
        if any(conjunctions & _words_between(ctx, region, place) for place in joined):
            apart.update(place.place.country for place in joined if place.place.country)
    return apart


def _words_between(ctx: DocumentContext, first: Place, second: Place) -> set[str]:
    """The words written between two places, lower-cased and without a list's commas."""
    start, end = min(first.end, second.end), max(first.start, second.start)
    return {word.lower().strip(",") for word in ctx.text[start:end].split()}


def _beside_their_country(
    ctx: DocumentContext,
    sentence: Sentence,
    aimed: list[tuple[int, Place]],
    bases: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """The places aimed at that stand beside their country, not for it: a province told with its
    country ("러시아 연해주", ``_provinces``), and a city a base is set up in (``bases``). Read once
    a statement: its groups and its regions both ask."""
    return _provinces(ctx, sentence, [place for _, place in aimed]) | bases


def _provinces(ctx: DocumentContext, sentence: Sentence, places: list[Place]) -> frozenset[str]:
    """ "러시아 연해주 현지를 방문해", "중국 지린성과 헤이룽장성에 홍보단을 보냈다": the provinces abroad
    among ``places``, told by the unit they are written with (after the name, or ending the
    name itself), where the list they end is a destination visited or sent to. Such a province is
    a market region of its own beside its country, where a city, or a province a promotion is
    only held in ("산둥성에서 설명회"), gives its country alone (annotation.md, Markets); one
    written right before a city of its own ("장쑤성 쑤저우") only locates the city."""
    destinations = tuple(ctx.lexicon.section("markets")["province_destinations"])
    if not destinations or not places:
        return frozenset()
    unit = ctx.language.patterns.targets.written_unit
    last = max(places, key=lambda p: p.end)
    written = unit.match(ctx.text, last.end)
    if not ctx.text.startswith(destinations, written.end() if written is not None else last.end):
        return frozenset()
    found = set()
    for place in places:
        if place.place.kind is not PlaceKind.CITY:
            continue
        written = unit.match(ctx.text, place.end)
        if written is None and unit.fullmatch(place.text, len(place.text) - 1) is None:
            continue
        end = written.end() if written is not None else place.end
        if not any(
            other.start > end
            and not ctx.text[end : other.start].strip()
            and other.place.country == place.place.country
            for other in ctx.places(sentence)
        ):
            found.add(place.place.name)
    return frozenset(found)


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


def _regions_with_their_countries(
    groups: list[tuple[int, str | None, list[str]]],
    regions_by_cue: dict[int, list[int]],
    countries_by_cue: dict[int, list[str]],
    apart: set[str],
) -> list[tuple[int, str | None, list[str]]]:
    """ "targeting Southeast Asia, especially Vietnam and Thailand", "Central Asian countries
    such as Kazakhstan": the one region a cue aims at and the countries it names with it that
    lie in it are one market statement, one record; a country outside the region ("the CIS
    countries and Mongolia") is a market of its own."""
    merged = list(groups)
    for cue, positions in regions_by_cue.items():
        countries = countries_by_cue.get(cue)
        if len(positions) != 1 or not countries:
            continue
        _, region, codes = merged[positions[0]]
        within = [c for c in countries if c not in apart]
        merged[positions[0]] = (cue, region, list(dict.fromkeys([*codes, *within])))
        countries[:] = [c for c in countries if c not in within]  # told with the region: none of their own
    return merged


def _cued_places(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None, following: Sentence | None
) -> list[tuple[int, Place]]:
    """Foreign places a cue of aiming aims at, where the language names them ("targeting
    Sakhalin and Khabarovsk", "사할린 시장 공략"); "targeting the region" names the region spoken
    of just before; "the following countries are to be targeted" names those of the next
    sentence. After a verb of drawing people ("to attract", "wants") only the places the people
    are drawn from are aimed at."""
    lexicon = ctx.lexicon
    here = ctx.names_a_foreign_place(sentence)
    if not (
        here
        or (previous is not None and ctx.names_a_foreign_place(previous))
        or (following is not None and lexicon.matcher("markets", "list_announcers").contains(sentence.text))
    ):
        # no place abroad of its own: only an anaphor of one named before ("targeting the
        # region") or an announced list of the next sentence gives a cue its places
        return []
    aimed: list[tuple[int, Place]] = []
    drawing = lexicon.matcher("markets", "drawing_cues")
    cues = [
        (cue, False)
        for cue in lexicon.matcher("markets", "cues").finditer(ctx.text, sentence.start, sentence.end)
    ]
    cues += [(cue, True) for cue in drawing.finditer(ctx.text, sentence.start, sentence.end)]
    # "Busan eyes Mongolian patients": a verb that is a noun too aims only at a place right after it
    cues += [
        (cue, False)
        for cue in lexicon.matcher("markets", "place_object_cues").finditer(
            ctx.text, sentence.start, sentence.end
        )
        if _place_right_after(ctx, sentence, cue.end) is not None
    ]
    # "held a medical tourism roadshow in Vladivostok": a promotion aims at the place it is done at
    promotions = [
        cue
        for cue in _market_cues(ctx, sentence, "promotions")
        if not _promotion_of_another_trade(ctx, sentence, cue)
    ]
    # a language that makes a record of each cue's places reads its promotions as statements of
    # their own (see _organiser_asked): only those held, and only where they are held
    told_apart = not ctx.language.one_market_a_statement
    if told_apart and promotions and _no_promotion_held(ctx, sentence):
        promotions = []
    cues += [(cue, False) for cue in promotions]
    held = {(cue.start, cue.end) for cue in promotions} if told_apart else set()
    patterns = ctx.language.patterns.targets
    if _names_a_role(ctx, sentence):
        found, scanned = patterns.market_members.scan(ctx.text)
        cues += [
            (PhraseMatch(m.start(), m.end(), ctx.text[m.start() : m.end()], None), False)
            for m in found.finditer(scanned, sentence.start, sentence.end)
        ]
    # "promote Korean medical care to Middle Eastern countries", "pushed into the Mongolian
    # market": a verb of reaching names its market right after its preposition (so only a
    # sentence with a place abroad has one); after the "to" of "advance to" a place's name, not
    # a nationality ("extended an invitation to Kazakh nurses" reaches people), and a listed
    # cue of the same words is read once
    listed = {(cue.start, cue.end) for cue, _ in cues}
    found, scanned = patterns.market_reach.scan(ctx.text)
    cues += [
        (PhraseMatch(m.start(), m.end(), ctx.text[m.start() : m.end()], None), False)
        for m in (found.finditer(scanned, sentence.start, sentence.end) if here else ())
        if (reached := _place_right_after(ctx, sentence, m.end())) is not None
        and not (
            m.groupdict().get("to")
            and (reached.place.kind == PlaceKind.DEMONYM or (m.start(), m.end()) in listed)
        )
    ]
    for cue, draws in sorted(cues, key=lambda c: (c[0].start, c[0].end)):
        cue_start, cue_end = cue.start, cue.end
        if cue_start > sentence.start and ctx.text[cue_start].isupper():
            continue  # "a booth at the Arabian Travel Market in Dubai": a word of a fair's name
        scope_start, scope_end = ctx.language.market_scope(ctx, sentence, cue)
        drawn_from = ctx.language.drawn_from(ctx, sentence, cue_end, scope_end)
        places = [
            p
            for p in ctx.places(sentence)
            if scope_start <= p.start < scope_end
            and not p.place.is_korean
            and (
                (drawn_from is not None and p.start >= drawn_from and not _opens_a_compound(ctx, p))
                or (not draws and _aimable(ctx, sentence, p))
            )
        ]
        if (cue_start, cue_end) in held:
            places = _held_in(ctx, sentence, scope_start, scope_end, places)
        if draws:
            # "Russian medical tourists from Vladivostok": the place drawn from says more
            places = places or [
                p for p in ctx.places(sentence) if ctx.language.drawn_people(ctx, p, cue_end, scope_end)
            ]
            there = lexicon.matcher("markets", "place_anaphors").search(ctx.text, cue_end, scope_end)
            if (
                not places
                and there is not None
                and lexicon.matcher("patients", "heads").search(ctx.text, cue_end, there.start) is not None
            ):
                # "Mongolia has a growing middle class. Chungnam wants to win patients there."
                places = _last_foreign_place(ctx, sentence, cue_start, previous)
            aimed += [(cue_start, p) for p in places]
            continue
        anaphor = lexicon.matcher("markets", "anaphors").search(ctx.text, cue_end, scope_end)
        if not places and anaphor is not None and not ctx.text[cue_end : anaphor.start].strip():
            places = _last_foreign_place(ctx, sentence, cue_start, previous)
        if not places:
            places = _place_pointed_back_to(ctx, sentence, cue_start, previous)
        if following is not None and lexicon.matcher("markets", "list_announcers").contains(sentence.text):
            # "the following countries are to be targeted to make Korea a hub in Northeast
            # Asia. They are: ...": the announced list, not a place the aim's purpose names
            places = [p for p in ctx.places(following) if _aimable(ctx, following, p)] or places
        aimed += [(cue_start, p) for p in places]
    return aimed


def _announced_list(
    ctx: DocumentContext, sentence: Sentence, following: Sentence | None
) -> list[tuple[int, Place]]:
    """ "Daegu named its priority markets for the year. They are Mongolia, Kazakhstan and the
    UAE.": a sentence that speaks of markets without naming one, and a next sentence that
    opens on a list of them."""
    lexicon = ctx.lexicon
    if following is None or not _names_a_role(ctx, sentence):
        return []
    opener = lexicon.matcher("markets", "list_openers").search(ctx.text, following.start, following.end)
    opens = opener is not None and not ctx.text[following.start : opener.start].strip()
    # "도가 고른 곳은 인도네시아와 말레이시아다": the places chosen, told as the topic, then listed
    chosen = lexicon.matcher("markets", "chosen_topics").search(ctx.text, following.start, following.end)
    if not (opens or chosen is not None or _only_a_closed_list(ctx, following)):
        return []
    if any(_aimable(ctx, sentence, p) for p in ctx.places(sentence)):
        return []  # the sentence names its markets itself
    start = following.start if chosen is None else chosen.end
    return [
        (sentence.start, p) for p in ctx.places(following) if p.start >= start and _aimable(ctx, following, p)
    ]


def _aim_extended(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> list[tuple[int, Place]]:
    """ "Daegu will focus its marketing on Kazakhstan. The same goes for Uzbekistan.": a phrase
    that extends the aim of the sentence before (one with a cue of aiming) to the places after it."""
    extenders = ctx.lexicon.matcher("markets", "aim_extenders")
    if previous is None or not extenders.contains(sentence.text):
        return []
    if not ctx.lexicon.matcher("markets", "cues").contains(previous.text):
        return []
    extender = extenders.search(ctx.text, sentence.start, sentence.end)
    if extender is None:
        return []
    return [
        (extender.start, p)
        for p in ctx.places(sentence)
        if p.start >= extender.end and _aimable(ctx, sentence, p)
    ]


def _listed_after_colon(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "Priority markets for Gyeonggi this year: Vietnam, Mongolia and Kazakhstan.": a role
    noun before a colon, and after it nothing but a list of places abroad, which are the
    markets it names (the colon is the cue, so the owner told before it acts)."""
    colon = sentence.text.find(":")
    if colon < 0 or not _names_a_role(ctx, sentence):
        return []
    colon += sentence.start
    if ctx.lexicon.matcher("markets", "role_nouns").search(ctx.text, sentence.start, colon) is None:
        return []
    listed = [p for p in ctx.places(sentence) if p.start > colon]
    if not listed or any(_aimable(ctx, sentence, p) for p in ctx.places(sentence) if p.start < colon):
        return []
    filler = ctx.language.patterns.events.list_filler
    bounds = [colon + 1, *(p for q in listed for p in (q.start, q.end))]
    gaps = [ctx.text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds) - 1, 2)]
    if not all(filler.fullmatch(gap) for gap in gaps) or ctx.text[listed[-1].end : sentence.end].strip(" .;"):
        return []  # more than a list after the colon: a clause of its own
    return [(colon, p) for p in listed if _aimable(ctx, sentence, p)]


LIST_JOINT_CHARS = 3  # "과 ", ", ", "·": what may stand between two places of a bare list


def _only_a_closed_list(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "몽골과 카자흐스탄이다.": a sentence that is nothing but a list of places closed by a
    word of the language's list (the copula), for a language that writes the list before it."""
    closers = ctx.lexicon.section("markets")["list_closers"]
    places = ctx.places(sentence)
    if not closers or not places or ctx.text[sentence.start : places[0].start].strip():
        return False
    if any(later.start - earlier.end > LIST_JOINT_CHARS for earlier, later in pairwise(places)):
        return False
    rest = ctx.text[places[-1].end : sentence.end].strip().rstrip(".").strip()
    return rest in closers


def _place_right_after(ctx: DocumentContext, sentence: Sentence, position: int) -> Place | None:
    """The foreign place, not the first word of an organisation's name, that comes right after
    ``position`` (an article between, or a generic noun of the countries: "to countries in the
    Middle East"): "to Middle Eastern countries", "into the Mongolian market", not "in the Da
    Nang Eye Hospital" or "to about 200 representatives"."""
    patterns = ctx.language.patterns.targets
    for place in ctx.places(sentence):
        if place.start < position:
            continue
        gap = ctx.text[position : place.start]
        article = not gap.strip() or (
            patterns.market_before.search(gap) is not None and len(gap.split()) == 1
        )
        if not article and patterns.reach_lead.fullmatch(gap) is None:
            return None
        following = ctx.text[place.end : place.end + 2]
        named = following[:1] == " " and following[1:].isupper()
        return None if place.place.is_korean or named else place
    return None


def _place_of_care_after(ctx: DocumentContext, sentence: Sentence, position: int) -> Place | None:
    """The foreign place a place of care set up abroad stands in, right after its preposition at
    ``position``: an article, a count ("in five Kazakh towns") or a district before its city
    ("in Dostyk, Almaty") may stand between. A name the place begins ("in Doha Medical City",
    "in the Hanoi Heart Hospital") still stands in that place's country."""
    lead = ctx.language.patterns.targets.place_of_care_lead
    for place in ctx.places(sentence):
        if place.start < position:
            continue
        if lead.fullmatch(ctx.text, position, place.start) is None:
            return None
        return None if place.place.is_korean else place
    return None


def _foreign_body_before(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether the organisation named last before ``position`` is a foreign one."""
    before = [o for o in ctx.organizations(sentence) if o.end <= position]
    return bool(before) and before[-1].country is not None and not before[-1].is_korean


def _foreign_body_ends(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether a foreign organisation's name ends at ``position``."""
    return any(
        o.end == position and o.country is not None and not o.is_korean for o in ctx.organizations(sentence)
    )


def _an_occasion(ctx: DocumentContext, start: int, end: int) -> bool:
    """Whether the words from ``start`` end at ``end`` on an event's noun ("a mobile clinic", "a
    free dental clinic"): care given on an occasion, not a place of care."""
    free_care = ctx.language.patterns.events.free_care
    return any(
        o.end == end for o in ctx.lexicon.matcher("events", "types").finditer(ctx.text, start, end)
    ) or any(m.end() == end for m in free_care.finditer(ctx.text, start, end))


def _opened_places(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "opened a second branch in Dubai", "will run clinics in Mongolia and Laos", "a clinic
    is to open in Doha": the places a body sets up or runs a place of care in, planned or done,
    are markets of that body (annotation.md, Markets): the place right after the preposition and
    those listed with it. A foreign body's own hospital founded in its country is none."""
    found, scanned = ctx.language.patterns.targets.market_opening.scan(ctx.text)
    filler = ctx.language.patterns.events.list_filler
    doubts = ctx.lexicon.matcher("markets", "opening_doubts")
    opened: list[tuple[int, Place]] = []
    for m in found.finditer(scanned, sentence.start, sentence.end):
        # the noun after its verb ("opened a clinic in") or before it ("a clinic opened in")
        noun = "noun" if m["noun"] is not None else "head"
        if _an_occasion(ctx, sentence.start if noun == "head" else m.start(), m.end(noun)):
            continue  # "will run a free clinic in Khovd": an occasion of care, a mission
        if noun == "head" and _foreign_body_ends(ctx, sentence, m.end(noun)):
            continue  # "the Osh Regional Hospital founded in Kyrgyzstan": not set up by us
        if _office_of_other_trade(ctx, sentence, m.start(noun), m.end(noun)):
            continue  # "opened a trade office in Tashkent": it draws no patients
        if m.groupdict().get("joint") is not None and _joins_a_name(ctx, m.end("joint")):
            continue  # "runs the Busan Heart and Lung Centre in Almaty": one name, no list
        if doubts.search(ctx.text, sentence.start, m.start()) is not None:
            continue  # "discussed the possibility of building a hospital in Doha": talk, no plan
        first = _place_of_care_after(ctx, sentence, m.end())
        if first is None or first.place.country is None:
            continue  # a place of care stands in one country, not in "the Middle East"
        listed = [first]
        for place in ctx.places(sentence):
            if place.start >= listed[-1].end and not place.place.is_korean:
                if not filler.fullmatch(ctx.text[listed[-1].end : place.start]):
                    break
                listed.append(place)
        opened += [(m.start(), place) for place in listed]
    return opened


def _joins_a_name(ctx: DocumentContext, position: int) -> bool:
    """Whether the conjunction ending at ``position`` joins the words of one capitalised name
    ("the Busan Heart and Lung Centre"), not two items of a list ("six branches in Seoul and a
    spine centre"): the word after it is capitalised."""
    return ctx.text[position : position + 2].strip()[:1].isupper()


def _office_of_other_trade(ctx: DocumentContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the place's noun from ``start`` to ``end`` ends an office of another trade ("a
    trade office", "its investment office"): an office abroad is a market only where it serves
    care or its travel (annotation.md, Markets)."""
    others = ctx.lexicon.matcher("markets", "other_offices")
    if not others.contains(sentence.text):
        return False
    return any(o.end == end for o in others.finditer(ctx.text, max(sentence.start, start - 40), end))


def _run_by_korean_body(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "the new clinic in Doha is to be managed by Hanbit University Hospital", "the clinic
    in Almaty is run by Severance": a place of care abroad (a noun of
    one, and a foreign place, before the agent) that a Korean body runs, told in the passive
    with the body as its agent, is that body's market as one it opened is. The cue stands at
    the body's end, so that the body is the one that acts."""
    agents = ctx.lexicon.matcher("markets", "running_agents")
    if not agents.contains(sentence.text):
        return []
    agent = agents.search(ctx.text, sentence.start, sentence.end)
    if agent is None:
        return []
    if ctx.lexicon.matcher("markets", "branch_heads").search(ctx.text, sentence.start, agent.start) is None:
        return []
    articles = ctx.lexicon.lowered_words("grammar", "articles")
    body = next(
        (
            o
            for o in ctx.organizations(sentence)
            if o.start >= agent.end
            and all(word.lower() in articles for word in ctx.text[agent.end : o.start].split())
        ),
        None,
    )
    if body is None or not (body.is_korean or body.country is None):
        return []  # "is run by Interteach, a Kazakh firm": a foreign body's own
    return [
        (body.end, p)
        for p in ctx.places(sentence)
        if p.end <= agent.start and not p.place.is_korean and p.place.country is not None
    ]


def _named_markets(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> list[tuple[int, Place]]:
    """ "study trips to the Vietnamese market": a foreign place that qualifies a
    market noun is a market, in a passage about care or medical travel (this sentence or the
    one before: "... 100 people went for medical services. We came to seek out the Cambodian
    market.")."""
    patterns = ctx.language.patterns.targets
    filler = ctx.language.patterns.events.list_filler
    foreign = sorted((p for p in ctx.places(sentence) if not p.place.is_korean), key=lambda p: p.start)
    named: list[tuple[int, Place]] = []
    chain: list[Place] = []  # "the Chinese and Japanese markets": a list of places before one market noun
    for place in reversed(foreign):
        market = patterns.named_market.match(ctx.text, place.end)
        # "at the Russian Health Market in Moscow": a market noun with a capital is a fair's name
        if market is not None and not ctx.text[market.start() : market.end()].split()[-1][:1].isupper():
            chain = [place]
        elif (
            chain and (between := ctx.text[place.end : chain[0].start].strip()) and filler.fullmatch(between)
        ):
            chain.insert(0, place)
        else:
            chain = []
            continue
        if patterns.market_before.search(
            ctx.text[max(sentence.start, place.start - 8) : place.start]
        ) or _reached_at(ctx, sentence, place.start):
            named += [(chain[0].start, p) for p in chain]  # one statement of them all
            chain = []
    # asked last, of the few sentences that name a market so (a market noun after a place is
    # rarer than a word of care)
    care = ctx.lexicon.matcher("markets", "care_context")
    if named and not care.contains(sentence.text) and (previous is None or not care.contains(previous.text)):
        return []  # "the Mongolian market for cashmere": a market of another trade
    return sorted(named, key=lambda item: item[0])


def _reached_at(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether a preposition of reaching ("turning to Southeast Asian markets", "into Gulf
    markets") stands right before ``position``: markets named with no article are reached so."""
    section = ctx.lexicon.section("markets")
    reaching = {word.lower() for word in section["spread_prepositions"] + section["spread_to_prepositions"]}
    before = ctx.text[sentence.start : position].split()
    return bool(before) and before[-1].lower() in reaching


def _designated_places(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "has singled out Uzbekistan as a key target market", "named Vietnam as its priority
    market", "using the UAE as its advance base", "sees Uzbekistan as a new source of patients":
    places between the verb and the "as", the first of them the verb's object."""
    lexicon = ctx.lexicon
    if not (
        _names_a_role(ctx, sentence) or lexicon.matcher("markets", "source_roles").contains(sentence.text)
    ):
        return []
    aimed: list[tuple[int, Place]] = []
    articles = {"", *(a.lower() for a in lexicon.section("grammar")["articles"])}
    pattern, scanned = ctx.language.patterns.targets.designation.scan(ctx.text)
    for role in pattern.finditer(scanned, sentence.start, sentence.end):
        verbs = [
            v
            for v in lexicon.matcher("markets", "designation_verbs").finditer(
                ctx.text, sentence.start, role.start()
            )
            # "designated Kazakhstan, together with Russia's Far East, as": "with" adds to the list
            if not ctx.follows("markets", "list_extenders", sentence, v.start)
        ]
        if not verbs:
            continue
        verb = verbs[-1]
        if role["source"] and verb.text.lower() not in lexicon.section("markets")["regarding_verbs"]:
            continue  # "with China as the largest source of patients": where patients come from
        places = [
            p
            for p in ctx.places(sentence)
            if verb.end <= p.start < role.start() and _aimable(ctx, sentence, p)
        ]
        if places and ctx.text[verb.end : places[0].start].strip().lower() not in articles:
            places = []  # "made its first trip to Russia as part of a market survey": not its object
        passive = not places and ctx.follows("markets", "passive_auxiliaries", sentence, verb.start)
        # "Russia, which it calls its main target market": the object told before a relative
        relative = [] if places or passive else _relative_antecedents(ctx, sentence, verb.start)
        if (
            role["article"]
            and not passive
            and not relative
            and not (places and not ctx.text[places[-1].end : role.start()].strip())
        ):
            continue  # "named Vietnam a priority market": the role right after the place
        places = places or relative
        if passive:
            # the passive: "Vietnam, Cambodia and Laos have been picked as target markets by
            # Jeonnam", "Kazakhstan has been chosen by Incheon as its next market", "Vietnam is
            # considered a priority market"
            places = [p for p in ctx.places(sentence) if p.end <= verb.start and _aimable(ctx, sentence, p)]
        aimed += [(verb.start, p) for p in places]
    return aimed


RELATIVE_SUBJECT_WORDS = 3  # "which the city's hospitals call": words between the relative and its verb
_RELATIVE_COMMA = re.compile(r"\s*,\s*")


def _relative_antecedents(ctx: DocumentContext, sentence: Sentence, verb_start: int) -> list[Place]:
    """ "Russia, which it calls its main target market", "Laos and Cambodia, which the
    hospital sees as new markets": the places a relative clause right after them designates,
    the last and those listed with it ("come from Russia, which it calls its main market": where
    patients come from, and aimed at as well)."""
    openers = ctx.lexicon.matcher("markets", "relative_openers")
    before = [p for p in ctx.places(sentence) if p.end <= verb_start]
    if not before:
        return []
    comma = _RELATIVE_COMMA.match(ctx.text, before[-1].end, verb_start)
    opener = openers.match(ctx.text, comma.end()) if comma is not None else None
    if opener is None:
        return []
    if len(ctx.text[opener.end : verb_start].split()) > RELATIVE_SUBJECT_WORDS:
        return []
    filler = ctx.language.patterns.events.list_filler
    listed = [before[-1]]
    for place in reversed(before[:-1]):
        if not filler.fullmatch(ctx.text[place.end : listed[0].start]):
            break
        listed.insert(0, place)
    # the clause designates them, so even a place patients come from is aimed at
    return [p for p in listed if not p.place.is_korean and not _opens_a_compound(ctx, p)]


def _designated_pronoun(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence
) -> list[tuple[int, Place]]:
    """ "Indonesia has 270 million people. That is why the hospital wants to make it a key
    market": an object pronoun between a verb of designating and its role stands for the foreign
    place the sentence before names last."""
    if not _names_a_role(ctx, sentence):
        return []
    pronouns = ctx.lexicon.matcher("text", "object_pronouns")
    if not pronouns.contains(sentence.text):
        return []
    pattern, scanned = ctx.language.patterns.targets.designation.scan(ctx.text)
    verbs = ctx.lexicon.matcher("markets", "designation_verbs")
    for role in pattern.finditer(scanned, sentence.start, sentence.end):
        if role["source"]:
            continue
        verb = next(reversed(list(verbs.finditer(ctx.text, sentence.start, role.start()))), None)
        if verb is None:
            continue
        pronoun = pronouns.match(ctx.text, SPACES.match(ctx.text, verb.end).end())  # type: ignore[union-attr]
        if pronoun is not None and not ctx.text[pronoun.end : role.start()].strip():
            return [(verb.start, place) for place in _last_foreign_place(ctx, previous, previous.end, None)]
    return []


def _role_subjects(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "Kazakhstan and the wider Central Asian region are our main target markets", "the
    Russian Far East ... is our core market": the places before a copula that gives them the
    speaker's own role. Nationality adjectives there qualify other nouns and are left out,
    unless the noun is a market ("the Mongolian market is the main focus")."""
    if not _names_a_role(ctx, sentence):
        return []
    role = ctx.language.patterns.targets.copula_role.search(ctx.text, sentence.start, sentence.end)
    if role is None or _owned_by_another_trade(ctx, sentence, role.end()):
        return []
    # the subject begins after a verb of saying ("director Kim in Hanoi said Vietnam is one of
    # KTO's key target markets"); "..., and it is our core market" points back past a comma
    sayings = ctx.lexicon.matcher("events", "reporting_verbs").finditer(
        ctx.text, sentence.start, role.start()
    )
    subject_start = max((s.end for s in sayings), default=sentence.start)
    # "Kazakhstan and Uzbekistan are our key markets": the countries listed are one statement
    # (one cue, the role's); "Mongolia and the wider Central Asian region are ...": a region is
    # a record of its own, not the one the countries are told with
    countries = {PlaceKind.COUNTRY, PlaceKind.DEMONYM}
    return [
        (role.start() if p.place.kind in countries else p.start, p)
        for p in ctx.places(sentence)
        if subject_start <= p.start
        and p.end <= role.start()
        and (
            p.place.kind != PlaceKind.DEMONYM
            or ctx.language.patterns.targets.named_market.match(ctx.text, p.end) is not None
            # "Mongolian patients are the main target": the people of a nationality aimed at
            or ctx.lexicon.matcher("patients", "heads").match(ctx.text, SPACES.match(ctx.text, p.end).end())  # type: ignore[union-attr]
            is not None
        )
        and _aimable(ctx, sentence, p)
    ]


def _owned_by_another_trade(ctx: DocumentContext, sentence: Sentence, role_end: int) -> bool:
    """ "Vietnam is a gateway for Korean investors", "a new priority for Korean exporters": an
    owner told by a nationality and a noun of another trade, right after the role's preposition
    and with no word of care up to the clause's end, makes the role one of that trade ("a key
    market for Korean hospitals" is one of care)."""
    owners = ctx.lexicon.lowered_words("markets", "owner_prepositions")
    # the match of a role with its owner ends at the owner's capital
    nationality = next((p for p in ctx.places(sentence) if role_end - 1 <= p.start), None)
    if nationality is None or nationality.place.kind != PlaceKind.DEMONYM:
        return False
    before = ctx.text[sentence.start : nationality.start].split()
    if not before or before[-1].lower() not in owners:
        return False
    clause = re.split(r"[,;:.]", ctx.text[nationality.end : sentence.end], maxsplit=1)[0]
    return not ctx.lexicon.matcher("markets", "care_context").contains(clause)


PURPOSE_WORDS = 3  # "to draw more foreign patients": words between the verb of drawing and its people


def _sent_to_draw(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, Place]]:
    """ "will send its doctors to Mongolia next month to draw more patients": the place abroad a
    verb of sending sends people to (right after its preposition) is aimed at where the sentence
    then gives the sending the purpose of drawing patients; a mission sent with no such purpose
    ("sent a medical team to Laos to treat children") aims at no market."""
    sending = ctx.lexicon.matcher("markets", "sending_verbs")
    if not sending.contains(sentence.text):
        return []
    send = sending.search(ctx.text, sentence.start, sentence.end)
    if send is None:
        return []
    drawing = ctx.lexicon.matcher("markets", "drawing_cues").search(ctx.text, send.end, sentence.end)
    if drawing is None:
        return []
    people = ctx.lexicon.matcher("patients", "heads").search(ctx.text, drawing.end, sentence.end)
    if people is None or len(ctx.text[drawing.end : people.start].split()) > PURPOSE_WORDS:
        return []
    # "sent 20 doctors to Hanoi in 2019, and the city now wants more patients": a clause of its own
    conjunctions = ctx.lexicon.lowered_words("grammar", "conjunctions")
    gap = ctx.text[send.end : drawing.start]
    if ";" in gap or any(
        part.split()[:1] and part.split()[0].lower() in conjunctions for part in gap.split(",")[1:]
    ):
        return []
    to = ctx.lexicon.lowered_words("markets", "spread_to_prepositions")
    sent: list[tuple[int, Place]] = []
    for place in ctx.places(sentence):
        if not (send.end <= place.start < drawing.start) or place.place.is_korean:
            continue
        if place.place.kind == PlaceKind.DEMONYM:
            continue
        before = ctx.text[send.end : place.start].split()[-1:]
        # "to Kazakhstan and Uzbekistan": a place listed after one sent to
        listed = bool(sent) and all(
            word.lower() in conjunctions
            for word in ctx.text[sent[-1][1].end : place.start].replace(",", " ").split()
        )
        if listed or {word.lower() for word in before} & to:
            sent.append((send.start, place))
    return sent


def _called_off(ctx: DocumentContext, sentence: Sentence, cue: int) -> bool:
    """ "has also stopped an event, ..., to attract Chinese medical tourists", "postponed its
    plan to target Mongolia": a verb that calls the aim off, before its cue, leaves no market
    aimed at; not where a body is named between (who then acts anew) or a conjunction joins a
    verb of its own ("have stopped waiting and are targeting Kazakhstan")."""
    stops = ctx.lexicon.matcher("markets", "called_off")
    if not stops.contains(sentence.text):
        return False
    stop = stops.search(ctx.text, sentence.start, cue)
    if stop is None:
        return False
    conjunctions = ctx.lexicon.lowered_words("grammar", "conjunctions")
    if conjunctions & {word.lower() for word in ctx.text[stop.end : cue].split()}:
        return False
    korean = {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}
    bodies = [(o.start, o.end) for o in ctx.organizations(sentence)]
    bodies += [(p.start, p.end) for p in ctx.places(sentence) if p.place.kind in korean]
    return not any(stop.end <= start and end <= cue for start, end in bodies)


def _body_seated_in(ctx: DocumentContext, sentence: Sentence, actor: str | None, before: int) -> str | None:
    """ "Park, head of Saerom Hospital in Gwangju, said it is targeting Mongolia", "Mirae Eye
    Center in Incheon (also called Inchon) intends to open a clinic in Hanoi": a Korean city
    named as the seat of a body right before it (after "in", or in a gloss of that seat) only
    says where the body is; the body acts. None where the actor is no such seat."""
    if actor is None:
        return None
    korean = {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}
    places = [p for p in ctx.places(sentence) if p.place.kind in korean and p.end <= before]
    seats = [p for p in places if ctx.acting_place(p) == actor]
    if not seats:
        return None
    bodies = [
        o
        for o in ctx.organizations(sentence)
        if (o.is_korean or o.country is None) and o.end <= seats[-1].start
    ]
    if not bodies:
        return None
    body = bodies[-1]
    located = ctx.lexicon.lowered_words("grammar", "located_in")
    words = ctx.text[body.end : seats[-1].start].split()
    if not words or words[0].lower() not in located:
        return None
    # "in Busan (formerly Pusan)": the gloss of the seat named first
    glossed = [p for p in places if body.end < p.start and p.end < seats[-1].start]
    gloss = ctx.text[glossed[0].end : seats[-1].start].strip() if glossed else ""
    if len(words) == 1 or (glossed and gloss.startswith("(") and gloss[1:].replace(" ", "").isalpha()):
        return body.name
    return None


def _korea_aimed_at(ctx: DocumentContext, sentence: Sentence) -> bool:
    """ "Like Japan, Mongolia now looks to Korea as a promising market",
    "Thailand sees South Korea as a promising market": Korea itself the object of a verb of
    aiming or regarding (an article at most between), with no Korean body or Korea before that
    verb, is another country's aim, and the other markets the sentence names are that country's
    too. Asked of the few sentences that aim at a place, and only where Korea is named."""
    korea = [p for p in ctx.places(sentence) if p.place.kind == PlaceKind.COUNTRY and p.place.is_korean]
    if not korea:
        return False
    lexicon = ctx.lexicon
    articles = lexicon.lowered_words("grammar", "articles")
    verbs = [
        *lexicon.matcher("markets", "cues").finditer(ctx.text, sentence.start, sentence.end),
        *lexicon.matcher("markets", "designation_verbs").finditer(ctx.text, sentence.start, sentence.end),
    ]
    for verb in verbs:
        if not any(
            verb.end <= p.start and all(w.lower() in articles for w in ctx.text[verb.end : p.start].split())
            for p in korea
        ):
            continue
        return first_korean_actor(ctx, sentence, verb.start) is None and not any(
            p.end <= verb.start for p in korea
        )
    return False


def _owned_abroad(ctx: DocumentContext, sentence: Sentence, after: int) -> bool:
    """ "Korea is now a growth market for Thailand's spas", "Kazakhstan is a key
    market for Turkey's hospitals": a foreign place after the aim, after an owner's preposition
    (an article at most between) and before a possessive, owns the role: the market is that
    country's, not one of Korean medical tourism ("a key market for Incheon's hospitals" is)."""
    owners = ctx.lexicon.section("markets")["owner_prepositions"]
    if not owners:
        return False
    articles = ctx.lexicon.lowered_words("grammar", "articles")
    joint = ctx.language.patterns.targets.possessive_joint
    for place in ctx.places(sentence):
        if place.start <= after or place.place.is_korean or joint.match(ctx.text, place.end) is None:
            continue
        words = [word.lower() for word in ctx.text[after : place.start].split()[-2:]]
        if words[-1:] and words[-1] in articles:
            words.pop()
        if words[-1:] and words[-1] in owners:
            return True
    return False


ANAPHOR_OPENING_WORDS = 2  # "Now they are our target countries": words before the pronoun


def _roles_of_places_before(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> list[tuple[int, Place]]:
    """ "Patients from Oman and Qatar stay the longest. Now they are our target
    countries": a subject that points back (a subject pronoun, "the country") right before a
    copula of role, near the sentence's start, gives the role to the foreign places of the
    sentence before, whatever they were named for there (where patients come from, too);
    nationalities there name people, not places."""
    if previous is None or not _names_a_role(ctx, sentence):
        return []
    role = ctx.language.patterns.targets.copula_role.search(ctx.text, sentence.start, sentence.end)
    if role is None:
        return []
    lexicon = ctx.lexicon
    pointer = lexicon.matcher("organizations", "subject_pronouns").search(
        ctx.text, sentence.start, role.start()
    ) or lexicon.matcher("markets", "anaphors").search(ctx.text, sentence.start, role.start())
    if (
        pointer is None
        or ctx.text[pointer.end : role.start()].strip()
        or len(ctx.text[sentence.start : pointer.start].split()) > ANAPHOR_OPENING_WORDS
    ):
        return []
    return [
        (role.start(), p)
        for p in ctx.places(previous)
        if not p.place.is_korean and p.place.kind != PlaceKind.DEMONYM
    ]


def _names_a_role(ctx: DocumentContext, sentence: Sentence) -> bool:
    """Whether the sentence holds a market's role noun ("market", "priority", "base"; "시장"): a
    designation ("named Vietnam as its priority market"), a copula of role ("is our core
    market"), a market's list of members ("its markets include") and the sentence an
    announced list follows each name one, so the four fifths of sentences without one are not
    scanned for them (the lexicon's market nouns are role nouns). The lexicon remembers the
    answer for the sentence."""
    return ctx.lexicon.matcher("markets", "role_nouns").contains(sentence.text)


def _aimable(ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
    """A foreign place that is not where patients come from ("patients from Russia"), nor a
    nationality that opens a compound ("Russian-speaking coordinators": a language, no place)."""
    before = ctx.text[max(sentence.start, place.start - 5) : place.start].strip().lower()
    return (
        not place.place.is_korean
        and not _opens_a_compound(ctx, place)
        and before not in ctx.lexicon.section("grammar")["origin_prepositions"]
    )


def _opens_a_compound(ctx: DocumentContext, place: Place) -> bool:
    """A nationality joined by a hyphen to the word after it ("Russian-speaking coordinators"):
    a language or a style, no place aimed at or drawn from."""
    return place.place.kind == PlaceKind.DEMONYM and ctx.text.startswith("-", place.end)


ANAPHOR_BEFORE_CUE_CHARS = 8  # "이 나라 환자 유치에": the people aimed at between the anaphor and its cue


def _place_pointed_back_to(
    ctx: DocumentContext, sentence: Sentence, cue_start: int, previous: Sentence | None
) -> list[Place]:
    """ "몽골은 … 선호가 높다. 강원도는 이 나라 환자 유치에 공을 들인다": a language that writes the
    market before its cue may point back to it there (이 나라, 이 지역), a few characters before the
    cue: the foreign place named last before the pointer is the market."""
    anaphor = ctx.lexicon.matcher("markets", "anaphors_before").search(ctx.text, sentence.start, cue_start)
    if anaphor is None or cue_start - anaphor.end > ANAPHOR_BEFORE_CUE_CHARS:
        return []
    return _last_foreign_place(ctx, sentence, anaphor.start, previous)


def _last_foreign_place(
    ctx: DocumentContext, sentence: Sentence, before: int, previous: Sentence | None
) -> list[Place]:
    """The foreign place named last before ``before``, in this sentence or the one before."""
    for scope in (sentence, previous):
        if scope is None:
            continue
        places = [p for p in ctx.places(scope) if p.start < before and _aimable(ctx, scope, p)]
        if places:
            return [places[-1]]
    return []
