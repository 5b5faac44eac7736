"""Korean: news and press releases of Korean ministries, agencies, cities and hospitals.

Its words are in ``words.toml`` and ``places.toml`` (country names come from pycountry's Korean
catalogue); its readers (numbers with 만/천/억, dates with 년/월/일, organisations by their
endings, sentence ends) and its grammar (particles after the noun, the verb last) are the
modules of this folder, handed to the record builders through ``extractors.lang.base``.
"""

from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache

from extractors.context import DocumentContext
from extractors.lang.base import Language, NounFinder
from extractors.lang.ko import (
    agreements,
    aims,
    count_years,
    dates,
    events,
    grammar,
    markets,
    numbers,
    organizations,
    origins,
    patterns,
    places,
    sentences,
)
from extractors.lang.lexicon import PhraseMatch
from extractors.lang.patterns import Patterns
from extractors.mentions.dates import DateMention, OrdinalDay, YearMention
from extractors.mentions.numbers import Quantity
from extractors.mentions.organizations import Organization
from extractors.mentions.places import Place, PlaceName
from extractors.spans import Span
from extractors.text.sentences import Sentence, split_sentences
from models import EventType, ScopeLevel

PAGES_REMEMBERED = 4  # undated pages whose inferred year is kept (a run reads one page at a time)


class Korean(Language):
    code = "ko"
    one_market_a_statement = True
    headlines_aim = True
    founded_bodies_need_members = False
    written_at_home = True
    one_agreement_per_listed = True
    headline_heads_its_deck = True
    headline_ends_in_its_stamp = False
    sentence_year_dates_days = False
    counted_noun_last = True
    events_need_anchor = True
    plans_stand_undated = False
    lead_dateline_place = None  # Korean leads open on their own words, not a dateline in capitals
    lead_dateline_close = None

    def compile_patterns(self) -> Patterns:
        return patterns.compile_patterns(self.lexicon)

    def split_sentences(self, text: str) -> list[Sentence]:
        return split_sentences(
            text, sentences.SENTENCE_BOUNDARY, sentences.LINE_WRAP, sentences.MIN_WRAPPED_LINE_CHARS
        )

    def is_own_script(self, text: str) -> bool:
        return sentences.HANGUL.search(text) is not None

    def looks_like_headline(self, text: str) -> bool:
        return sentences.looks_like_headline(text)

    def looks_like_short_headline(self, text: str) -> bool:
        """None: a Korean headline of two words already looks like one, and a shorter line said
        twice is a section's label or a name."""
        return False

    def find_quantities(self, text: str, start: int, end: int) -> list[Quantity]:
        return numbers.find_quantities(text, start, end, self.lexicon)

    def is_bare(self, text: str, quantity: Quantity, end: int) -> bool:
        return numbers.is_bare(text, quantity, end)

    def qualifier_before(self, text: str, floor: int, position: int) -> str:
        return numbers.qualifier_phrase(text, floor, position, self.lexicon)

    def find_dates(
        self,
        text: str,
        start: int,
        end: int,
        base: date | None,
        looks_ahead: Callable[[], bool] | None = None,
    ) -> list[DateMention]:
        return dates.find_dates(text, start, end, base, looks_ahead)

    def find_ordinal_days(self, text: str, start: int, end: int) -> list[OrdinalDay]:
        return dates.find_ordinal_days(text, start, end)

    def months_named(self, text: str, start: int, end: int) -> list[int]:
        return dates.months_named(text, start, end)

    def months_by_distance(self, text: str, start: int, end: int) -> list[int]:
        return dates.months_by_distance(text, start, end)

    def find_years(self, text: str, start: int, end: int, base: date | None) -> list[YearMention]:
        years = dates.find_years(text, start, end, base)
        if base is not None or not dates.leaves_year_unplaced(text, start, end, years):
            return years
        page = self._page_year(text)
        return (
            years
            if page is None
            else dates.page_placed_years(years, dates.find_years(text, start, end, page))
        )

    @lru_cache(maxsize=PAGES_REMEMBERED)  # noqa: B019 - one language object a run; a few pages kept
    def _page_year(self, text: str) -> date | None:
        """The year an undated page was written in, as its figures tell it (``dates.page_year``):
        read once a page, and only for a sentence whose 지난해 or 올해 its own words leave unplaced."""
        return dates.page_year(text, [(s.start, s.end) for s in self.split_sentences(text)])

    def find_places(self, text: str, start: int, end: int) -> list[Place]:
        return places.find_places(text, start, end, self.lexicon)

    def place_names(self) -> Mapping[str, PlaceName]:
        return places.place_names(self.lexicon)

    def find_organizations(self, text: str, start: int, end: int) -> list[Organization]:
        return organizations.find_organizations(
            text,
            start,
            end,
            self.find_places(text, start, end),
            self.lexicon.section("markets")["public_care_words"],
        )

    def may_be_a_name(self, text: str) -> bool:
        return organizations.ends_like_a_name(text)

    def counted_noun(
        self,
        ctx: DocumentContext,
        sentence: Sentence,
        quantity: Quantity,
        nouns: NounFinder,
        is_generic: Callable[[PhraseMatch], bool],
    ) -> PhraseMatch | None:
        return grammar.counted_noun(ctx, sentence, quantity, nouns, is_generic)

    def count_year(
        self,
        ctx: DocumentContext,
        sentence: Sentence,
        years: list[YearMention],
        quantity: Quantity,
        next_count: int,
    ) -> int | None:
        return count_years.count_year(ctx, sentence, years, quantity, next_count)

    def origins_before_noun(
        self, ctx: DocumentContext, sentence: Sentence, head: PhraseMatch, quantity: Quantity
    ) -> list[str]:
        return (
            origins.origins_before(ctx, sentence, head)
            or origins.country_of_count(ctx, sentence, quantity)
            or origins.origins_in_clause(ctx, sentence, quantity)
            or origins.origin_as_complement(ctx, sentence, quantity)
            or origins.topic_country_changed_to(ctx, sentence, quantity)
            or origins.residents_country(ctx, sentence, head)
        )

    def hospital_abroad(self, ctx: DocumentContext, sentence: Sentence) -> bool:
        return origins.hospital_abroad(ctx, sentence)

    def treated_by_a_mission(self, ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
        return bool(origins.residents_country(ctx, sentence, head))

    def restates_figure(self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
        return False  # Korean restates a figure with its noun: read by counted_noun

    def n_countries_scope(
        self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity, phrase_end: int
    ) -> tuple[int, int]:
        return origins.countries_scope(ctx, sentence, quantity)

    def origins_after(
        self,
        ctx: DocumentContext,
        sentence: Sentence,
        position: int,
        end: int | None = None,
        adjacent: bool = False,
    ) -> list[str]:
        return []  # Korean names origins before the noun: read by noun_origins

    def is_due_year(self, text: str, year: YearMention, floor: int) -> bool:
        return aims.is_due_year(
            text, year, self.lexicon.matcher("goals", "metrics"), self.patterns.targets.due_after_year
        )

    def is_baseline(self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
        return aims.is_baseline(ctx, sentence, quantity)

    def is_new_level(self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
        return aims.is_new_level(ctx, sentence, quantity)

    def years_a_change_took(self, ctx: DocumentContext, sentence: Sentence) -> int | None:
        return aims.years_a_change_took(ctx, sentence)

    def is_compared_figure(self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
        return count_years.is_compared_figure(ctx, quantity)

    def is_compared_year(self, text: str, year: YearMention) -> bool:
        return count_years.is_compared_year(text, year)

    def years_ahead(self, ctx: DocumentContext, sentence: Sentence) -> int | None:
        return aims.years_ahead(ctx, sentence)

    def aim_start(self, ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> int:
        return aims.aim_start(ctx, sentence, cue)

    def market_scope(self, ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
        return markets.market_scope(ctx, sentence, cue)

    def drawn_from(
        self, ctx: DocumentContext, sentence: Sentence, cue_end: int, scope_end: int
    ) -> int | None:
        return None  # Korean names the people's places before the cue: read by market_scope

    def drawn_people(self, ctx: DocumentContext, place: Place, cue_end: int, scope_end: int) -> bool:
        return False  # Korean names the people drawn before the cue (몽골 환자 유치): markets.py reads them

    def region_examples(
        self, ctx: DocumentContext, sentence: Sentence, region: Place, places: list[Place]
    ) -> list[Place]:
        return markets.region_examples(ctx, sentence, region, places)

    def noun_before_figure(
        self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity, section: str, key: str
    ) -> PhraseMatch | None:
        return aims.noun_before_figure(ctx, sentence, quantity, section, key)

    def partner_marker(
        self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch
    ) -> PhraseMatch | None:
        return agreements.partner_marker(ctx, sentence, noun)

    def counterpart_stretch(
        self, ctx: DocumentContext, sentence: Sentence, marker: PhraseMatch
    ) -> tuple[int, int]:
        return agreements.counterpart_stretch(ctx, sentence, marker)

    def listed_pairs(self, ctx: DocumentContext, sentence: Sentence, start: int) -> list[tuple[str, str]]:
        return agreements.listed_pairs(ctx, sentence, start)

    def listed_items(
        self, ctx: DocumentContext, sentence: Sentence, start: int, end: int
    ) -> list[tuple[int, int, DateMention | None]]:
        return agreements.listed_items(ctx, sentence, start, end)

    def agreement_scope(
        self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch
    ) -> tuple[int, int] | None:
        return agreements.agreement_scope(ctx, sentence, noun)

    def counterpart_in_general(self, ctx: DocumentContext, sentence: Sentence, start: int) -> bool:
        return agreements.counterpart_in_general(ctx, sentence, start)

    def intention_scope(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> tuple[int, int]:
        return agreements.intention_scope(ctx, sentence, noun)

    def event_name(self, ctx: DocumentContext, sentence: Sentence) -> str | None:
        return events.event_name(ctx, sentence)

    def kind_name(self, ctx: DocumentContext, sentence: Sentence) -> str | None:
        return events.kind_name(ctx, sentence)

    def listed_events(self, ctx: DocumentContext, sentence: Sentence, name: str) -> list[PhraseMatch]:
        return events.listed_events(ctx, sentence, name)

    def joins_a_list(self, text: str) -> bool:
        return dates.joins_a_list(text)

    def listed_months(self, text: str, start: int, end: int) -> list[Span]:
        return dates.listed_months(text, start, end)

    def listed_days(self, day: DateMention) -> list[DateMention]:
        return dates.listed_days(day)

    def held_at(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, place: Place) -> bool:
        return events.held_at(ctx, sentence, place, visit=noun.label == EventType.DELEGATION_VISIT)

    def names_the_host(self, ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
        return events.names_the_host(ctx, sentence, place)

    def visits_a_home_body(self, ctx: DocumentContext, sentence: Sentence) -> bool:
        return events.visits_a_home_body(ctx, sentence)

    def photo_caption(self, ctx: DocumentContext, sentence: Sentence) -> bool:
        return events.photo_caption(ctx, sentence)

    def earlier_occasion(self, ctx: DocumentContext, sentence: Sentence) -> int | None:
        return events.earlier_occasion(ctx, sentence)

    def clauses_of_their_own_time(self, ctx: DocumentContext, sentence: Sentence) -> list[int]:
        return events.clauses_of_their_own_time(ctx, sentence)

    def trip_as_occasion(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
        return events.trip_as_occasion(ctx, sentence, noun)

    def told_at_the_occasion(self, ctx: DocumentContext, sentence: Sentence, name: str) -> bool:
        return events.told_at_the_occasion(ctx, sentence, name)

    def organizers_of(self, ctx: DocumentContext, sentence: Sentence, verb: int) -> list[str]:
        return events.organizers_of(ctx, sentence, verb)

    def points_back(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
        return events.points_back(ctx, sentence, noun)

    def heads_its_compound(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
        return events.heads_its_compound(ctx, sentence, noun)

    def listed_years(self, ctx: DocumentContext, sentence: Sentence) -> list[int]:
        return []  # "2018년과 2019년" is not read yet: an award stays one occurrence

    def titled_events(self, ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
        return events.titled_events(ctx, sentence)

    def names_a_building(self, ctx: DocumentContext, noun: PhraseMatch) -> bool:
        return events.names_a_building(ctx, noun)

    def signed_at(
        self, ctx: DocumentContext, sentence: Sentence, agreement: PhraseMatch, place: Place
    ) -> bool:
        return agreements.signed_at(ctx, sentence, agreement, place)

    def signing_stands_alone(self, ctx: DocumentContext, sentence: Sentence, where: Place) -> bool:
        return agreements.signing_stands_alone(ctx, sentence, where)

    def signed_in_building(self, ctx: DocumentContext, sentence: Sentence, agreement: PhraseMatch) -> bool:
        return agreements.signed_in_building(ctx, sentence, agreement)

    def named_in_force(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
        return agreements.named_in_force(ctx, sentence, noun)

    def founding_verb(
        self, ctx: DocumentContext, sentence: Sentence, body: PhraseMatch
    ) -> PhraseMatch | None:
        return agreements.founding_verb(ctx, sentence, body)

    def signing_told_as_occasion(self, ctx: DocumentContext, sentence: Sentence) -> bool:
        return agreements.signing_told_as_occasion(ctx, sentence)

    def population_subject(self, ctx: DocumentContext, sentence: Sentence, verb: int) -> bool:
        return events.population_subject(ctx, sentence, verb)

    def scope_level(self, name: str | None) -> ScopeLevel:
        return organizations.scope_level(name)
