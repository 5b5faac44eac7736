"""How the places a sentence aims at become market records: the countries of one cue together,
a region with the countries it lies over, a city or a province beside its country or standing in
it.

A sentence aims at places; the records name countries and at most one region each. Which places
join which record (a region's examples, a city a promotion is only held in, a province a party
is sent to, a nationality that only qualifies a city) is the same reading for every rule, and is
kept apart from finding the places.
"""

import re

from extractors.context import DocumentContext
from extractors.mentions.places import Place, PlaceKind
from extractors.text.sentences import Sentence

CITY_QUALIFIER_WORDS = 4  # "the Kazakh southern city of Shymkent": words between


def without_city_qualifiers(ctx: DocumentContext, aimed: list[tuple[int, Place]]) -> list[tuple[int, Place]]:
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


def one_statement(
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


def market_groups(
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
    sets up a base in (see ``bases_set_up``). ``provinces`` are the places that stand beside
    their country (``beside_their_country``), which the caller reads too."""
    aimed = _regions_at_their_nearest_cue(aimed)
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
    """ "the CIS countries and Mongolia", "the Middle East, Russia and Mongolia", "Central Asia
    plus Russia", "Vietnam as well as the wider Middle East": countries the same cue lists beside
    a region (a list's conjunction or a joint that adds an item between them, or a comma in a
    list one of them closes) that do not lie in the region are markets of their own, not the
    region's examples ("South-East Asian countries including ..." lists none)."""
    conjunctions = ctx.lexicon.lowered_words("grammar", "list_conjunctions")
    if not conjunctions:
        return set()
    additive = ctx.lexicon.matcher("grammar", "additive_joints")

    def joins(region: Place, place: Place) -> bool:
        start, end = min(region.end, place.end), max(region.start, place.start)
        return (
            bool(conjunctions & _words_between(ctx, region, place))
            or additive.search(ctx.text, start, end) is not None
        )

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
            if joins(region, place)
            or ctx.text[min(region.end, place.end) : max(region.start, place.start)].strip() == ","
        ]
        if any(joins(region, place) for place in joined):
            apart.update(place.place.country for place in joined if place.place.country)
    return apart


def _words_between(ctx: DocumentContext, first: Place, second: Place) -> set[str]:
    """The words written between two places, lower-cased and without a list's commas."""
    start, end = min(first.end, second.end), max(first.start, second.start)
    return {word.lower().strip(",") for word in ctx.text[start:end].split()}


def _regions_at_their_nearest_cue(aimed: list[tuple[int, Place]]) -> list[tuple[int, Place]]:
    """ "targets Kazakhstan and Uzbekistan as a gateway to Central Asia": a region two cues aim
    at is the statement of the nearer one before it (its own "gateway to"), not an example the
    first cue's countries are told with; "Kazakhstan, a gateway to Central Asia" is two records
    (annotation.md, Markets). A cue written after its places (Korean) is left as it is."""
    nearest: dict[int, int] = {}
    for cue, place in aimed:
        if place.place.kind == PlaceKind.REGION and cue < place.start:
            nearest[place.start] = max(nearest.get(place.start, cue), cue)
    return [
        (cue, place)
        for cue, place in aimed
        if place.place.kind != PlaceKind.REGION or cue == nearest.get(place.start, cue)
    ]


def beside_their_country(
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
