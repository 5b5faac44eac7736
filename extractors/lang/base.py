"""The one interface between the record builders and a language: what a builder may ask of it.

The record builders (``extractors.records``) are written once for every language. Whatever
depends on how a language writes things is asked of its ``Language`` object instead, which
lives in ``extractors/lang/<code>/`` with everything else of that language:

- its data: ``words.toml`` (phrase lists by role: "qualifiers", "event types", "patient nouns")
  and ``places.toml`` (country aliases, demonyms, cities, Korean places), loaded as its
  ``lexicon``;
- its readers, which find mentions in text and return the language-neutral types of
  ``extractors.mentions`` and ``extractors.text``: sentences, numbers, dates, years, days of
  the month, organisations and places;
- its grammar: the ``patterns`` the builders read with (one set per record kind, see
  ``extractors.lang.patterns``) and the few questions that follow the language's word order:
  which noun a count counts, whether a subject is linked to a count, where the origins of a
  count are named, whether a year is the due year of an aim, which word introduces the partner
  of an agreement, what an event is called, how high in the state an actor stands.

To add a language: a folder ``extractors/lang/<code>/`` with its two TOML files (the required
lists of ``extractors.lang.word_lists`` and the optional ones it has words for), a class that
implements every abstract method below, one line in ``extractors.lang.registry``, and tests of
its readers and of whole sentences through ``extractors.extract``. A method a language cannot
answer yet returns nothing (an empty list, ``None``, ``False``) and its records are simply not
found; it must never guess in another language's word order.

Positions are always absolute offsets into the document text: a reader is given the whole text
and the ``start``/``end`` of the stretch to read, so that what it returns can be compared with
everything else found in the document.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from extractors.lang.lexicon import Lexicon, PhraseMatch, load_lexicon
from extractors.lang.patterns import Patterns
from extractors.mentions.dates import DateMention, OrdinalDay, YearMention
from extractors.mentions.numbers import Quantity
from extractors.mentions.organizations import Organization
from extractors.mentions.places import (
    Place,
    PlaceName,
    country_spellings,
    country_spelt_like,
    find_places,
    place_names,
)
from extractors.spans import Span
from extractors.text.sentences import Sentence
from models import ScopeLevel

if TYPE_CHECKING:  # the builders' view of a document; it imports this module, not the reverse
    from extractors.context import DocumentContext

NounFinder = Callable[[int, int], list[PhraseMatch]]  # the patient nouns between two positions


class Language(ABC):
    """A language the extractors read: its lexicon, its readers and its grammar.

    One instance per language (see ``extractors.lang.registry``); everything it compiles is
    cached on it, so asking twice costs nothing.
    """

    code: ClassVar[str]  # ISO 639-1, as stored in documents.language
    # what one market statement of countries is. Every language gives each region or city a
    # record of its own ("targeting Sakhalin and Khabarovsk" is two, as the seed gold does) and
    # the countries one cue lists one record ("targeting patients from Uzbekistan and
    # Kyrgyzstan"). Where True, all the countries one sentence aims at are one record, the
    # countries told as its regions' examples among them, and a later sentence aiming at one of
    # the same countries, or the next stop of one promotion campaign, adds to it ("몽골, 베트남,
    # 카자흐스탄, 중동지역 홍보망을 넓힌다": MN, VN, KZ, and 중동 apart), as the Korean gold reads;
    # where False, a region takes the countries its cue names with it ("Southeast Asia,
    # especially Vietnam"), as the English gold does.
    one_market_a_statement: ClassVar[bool]
    # whether the markets a page's headline and deck aim at are read ("대전시, 베트남 다낭 의료관광
    # 시장 공략"), as the Korean gold annotates them; English gold takes markets from the body only
    headlines_aim: ClassVar[bool]
    # whether an agreement noun told once with a list of counterparts stands for one agreement with
    # each of them: where the noun shows no number (Korean "A병원, B병원과 MOU를 맺었다"), one each,
    # as the annotation's one record per counterpart reads; where it does (English "an MOU with A
    # and B", "MOUs with A and B"), its number decides
    one_agreement_per_listed: ClassVar[bool]
    # whether a body the parties founded is a partnership only when its sentence tells its
    # members (English "30 hospitals formed the council", against a city's own committee);
    # Korean pages tell them in the sentence after, or not at all (bodies.py)
    founded_bodies_need_members: ClassVar[bool]
    # whether the language is written at home, so that a page in it is about Korean bodies even
    # where it names nothing Korean (a Korean page's hospitals of no stated country are Korean);
    # where False (English, written anywhere), a page that names nothing Korean while it names
    # other countries throughout reports on their bodies (partnerships)
    written_at_home: ClassVar[bool]
    # whether a page's headline comes first in the run of short lines above the dateline, the
    # deck's lines under it ("창원 외국인 의료관광시대 열리나" / "2020년 ‘의료관광객 1만명’ 목표"), or
    # last (site furniture above it)
    headline_heads_its_deck: ClassVar[bool]
    # whether a date in figures that ends the headline's line ("Clinic Opens 2023.06.12") is the
    # page's stamp without a clock time beside it; tuned on English pages only so far (on Korean
    # pages only a stamp with its clock time is read so)
    headline_ends_in_its_stamp: ClassVar[bool]
    # whether, on a page without a date, the one year a sentence tells dates an event's days
    # written without one ("the 2024 Korea Tourism Festival ... (May 10-11)"); tuned on English
    # pages only so far
    sentence_year_dates_days: ClassVar[bool]
    # whether of the nouns a caption names the one it counts comes last, modifiers before it
    # ("외국인 환자 유치 의료기관 수" counts institutions), or first, modifiers after it
    # ("Hospitals attracting foreign patients" counts hospitals)
    counted_noun_last: ClassVar[bool]
    # whether an event must be anchored to stand: have a name, a date, a host or a place (a city,
    # region or venue; a country alone is not enough). Where True, an occasion told with none of
    # them is a word in passing ("the fair was a success", with nothing to tell which fair), as
    # the Korean gold reads; where False, the type alone stands ("just back from a conference in
    # South Korea" is an event in the English gold)
    events_need_anchor: ClassVar[bool]
    # whether an announced occasion told clearly stands though no day or month is told: by a
    # title of its own ("plans to host the Busan Wellness Summit"), or as care a team is to give
    # abroad ("a team of its surgeons is to operate on children in Hue"). English names
    # occasions by capitalised titles; Korean names its plans by their kind ("설명회", "페스타"),
    # the words it uses for plans too vague to stand (the care rule is tuned on English pages
    # only: on the Korean dev pages it moved other records' attributes)
    plans_stand_undated: ClassVar[bool]
    # a lead paragraph's dateline, where the language writes one: the place and source before the
    # date ("Doha, 21 June, 2019:", "Nairobi (KNA) March 9/2022"), each word capitalised,
    # and what may follow the date (a colon, a dash, a bracket, the first sentence's capitalised
    # word). None where the language writes no such dateline: the metadata reader then reads none
    lead_dateline_place: ClassVar[re.Pattern[str] | None]
    lead_dateline_close: ClassVar[re.Pattern[str] | None]

    @cached_property
    def lexicon(self) -> Lexicon:
        """The phrase lists and gazetteer of ``lang/<code>/``."""
        return load_lexicon(self.code)

    @cached_property
    def patterns(self) -> Patterns:
        """The patterns the record builders read this language with, compiled once."""
        return self.compile_patterns()

    def prepare(self) -> None:
        """Load, once per process, what the language's readers load on first use (a library's
        tables, a model), so that a document's time budget measures the document's own work and
        not the process's start. Called before each document is read; costs nothing after the
        first call. Every language compiles its patterns here; a language whose readers load
        more adds its loads."""
        _ = self.patterns

    # --- text -----------------------------------------------------------------------------

    @abstractmethod
    def compile_patterns(self) -> Patterns:
        """Build ``patterns`` from the lexicon (called once)."""

    @abstractmethod
    def split_sentences(self, text: str) -> list[Sentence]:
        """The sentences of a whole document, each with its span; a line break ends one, except
        where the language knows the line for a hard-wrapped one that goes on in the next."""

    @abstractmethod
    def is_own_script(self, text: str) -> bool:
        """Whether a sentence is written in this language's script: a line of Korean or Russian
        beside English text is not the article's text and is left out of its body."""

    @abstractmethod
    def looks_like_headline(self, text: str) -> bool:
        """Whether a line of a page's head is shaped like this language's headlines (its
        script, its length, not a path of sections): the metadata reader picks the title so."""

    @abstractmethod
    def looks_like_short_headline(self, text: str) -> bool:
        """Whether a line too short for ``looks_like_headline`` is still shaped like a headline
        ("Care Without Borders"): the metadata reader takes it for the title only where the page
        says it twice in a row (the title bar, then the article head), never from its shape alone."""

    def may_be_a_name(self, text: str) -> bool:
        """Whether the whole of ``text`` may be one organisation's name: a cheap test the metadata
        reader asks before finding every name of a line of the page's head, to tell a site's name
        on its own line (most lines are no name: an English one opens with none, a Korean one
        ends in no name's ending). True where the language has no test cheaper than finding the
        names."""
        return True

    # --- mentions ---------------------------------------------------------------------------

    @abstractmethod
    def find_quantities(self, text: str, start: int, end: int) -> list[Quantity]:
        """Every number in ``text[start:end]`` in order, with its qualifier ("about", "more
        than") and whether it is a measure (money, a share, a time) or a bare calendar year."""

    @abstractmethod
    def is_bare(self, text: str, quantity: Quantity, end: int) -> bool:
        """Whether a number has no noun of its own ("364,000 in 2018", "(51,200)"), reading
        up to ``end``: "12 hospitals" is not bare."""

    @abstractmethod
    def qualifier_before(self, text: str, floor: int, position: int) -> str:
        """The qualifier written right before the number at ``position`` ("about ", "more than
        "), not before ``floor``; empty when there is none."""

    @abstractmethod
    def find_dates(
        self,
        text: str,
        start: int,
        end: int,
        base: date | None,
        looks_ahead: Callable[[], bool] | None = None,
    ) -> list[DateMention]:
        """Calendar dates and ranges in ``text[start:end]``. A day without a year is resolved
        against the publication date ``base``: the latest such day up to it, or the nearest one
        when the sentence ``looks_ahead`` ("will be held on Dec. 2"). That is asked only of such
        a day: telling it scans the sentence for words of the future, which most need not pay."""

    @abstractmethod
    def find_ordinal_days(self, text: str, start: int, end: int) -> list[OrdinalDay]:
        """Days of the month written without their month ("on the 31st")."""

    @abstractmethod
    def months_named(self, text: str, start: int, end: int) -> list[int]:
        """The months named alone in ``text[start:end]``, without a day ("in March"): not a
        date, but enough to tell one occurrence from another."""

    def month_span(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The first and last month of a stretch of a year named by its months in
        ``text[start:end]`` ("from January to June"): the months a count was counted over.
        ``None`` in a language that does not read them."""
        return None

    def months_by_distance(self, text: str, start: int, end: int) -> list[int]:
        """Months told by their distance from the page's month, without a day (Korean 지난달 -1,
        이달 0, 다음 달 +1): placed by the publication date, they tell one occurrence from another
        as months named do. Empty in a language that does not read them."""
        return []

    @abstractmethod
    def find_years(self, text: str, start: int, end: int, base: date | None) -> list[YearMention]:
        """Explicit years ("in 2019") and relative ones ("last year", resolved against ``base``)."""

    @abstractmethod
    def find_organizations(self, text: str, start: int, end: int) -> list[Organization]:
        """Named organisations ("Korea University Anam Hospital"), with their country where the
        name or the words right after it tell it."""

    def tells_nationality(self, text: str, nation: Place, start: int) -> bool:
        """Whether a nation named right before ``start`` is told as the nationality of the name
        there ("the Chinese Starlight Group", "China's Starlight Group"); no language reads it
        unless it says how."""
        return False

    def find_places(self, text: str, start: int, end: int) -> list[Place]:
        """Countries, demonyms, cities and Korean places named in ``text[start:end]``, from the
        language's gazetteer (``places.toml``)."""
        return find_places(text, start, end, self.lexicon)

    def place_names(self) -> Mapping[str, PlaceName]:
        """Every name of the language's gazetteer, and the place it names."""
        return place_names(self.lexicon)

    @cached_property
    def _country_spellings(self) -> dict[str, PlaceName]:
        return country_spellings(self.place_names())

    def row_place(self, text: str, start: int, end: int) -> PlaceName | None:
        """The one place the name of a table's row names: as written; in title case where the
        row writes it in capitals ("CHINA"); or the country it misspells ("KAZAHKSTAN"): a name
        standing alone as a row's label is read so, a word of prose never is. None for a name
        of no place or of several."""
        name = text[start:end]
        found = self.find_places(text, start, end)
        if not found and name.isupper():
            found = self.find_places(name.title(), 0, len(name))
        if not found:
            return country_spelt_like(name, self._country_spellings)
        return found[0].place if len({place.place.countries for place in found}) == 1 else None

    # --- grammar the record builders ask --------------------------------------------------

    @abstractmethod
    def counted_noun(
        self,
        ctx: DocumentContext,
        sentence: Sentence,
        quantity: Quantity,
        nouns: NounFinder,
        is_generic: Callable[[PhraseMatch], bool],
    ) -> PhraseMatch | None:
        """The patient noun a count counts, where the sentence ties one to it ("17,918 Mongolian
        patients", "the number of foreign patients ... reached 300-thousand"); ``nouns`` finds
        the candidate nouns between two positions, ``is_generic`` tells "people" from "patients"."""

    @abstractmethod
    def count_year(
        self,
        ctx: DocumentContext,
        sentence: Sentence,
        years: list[YearMention],
        quantity: Quantity,
        next_count: int,
    ) -> int | None:
        """The year of ``years`` (those of the sentence) a count refers to, read in the
        language's order ("364,000 in 2018"; "2018년 38만 명"); ``next_count`` is where the next
        count of the sentence starts. None where no year is the count's."""

    @abstractmethod
    def origins_before_noun(
        self, ctx: DocumentContext, sentence: Sentence, head: PhraseMatch, quantity: Quantity
    ) -> list[str]:
        """The countries (ISO codes, Korea left out) a patient noun names as its people's origin
        when the language writes a country name before it as an adjective ("몽골 환자"), or
        before the count itself in a breakdown by country ("외국인 환자는 중국 326명, 몽골 102명");
        a language whose adjectives of origin are demonyms ("Mongolian patients", read from the
        gazetteer by the builders) returns none."""

    def hospital_abroad(self, ctx: DocumentContext, sentence: Sentence) -> bool:
        """Whether the sentence names a hospital of a foreign place ("방콕의 한 병원은", "a
        Bangkok hospital" where the gazetteer names no such body): in a sentence with no Korean
        side, that hospital gave the care counted. A language that reads none says no."""
        return False

    def treated_by_a_mission(self, ctx: DocumentContext, sentence: Sentence, head: PhraseMatch) -> bool:
        """Whether a patient noun counts the locals a medical team sent abroad cared for, whose
        country ``origins_before_noun`` names ("… 현지 환자 70여명을 상대로 진료상담"): they are
        patients there, not medical tourists. A language that reads no such mission says no."""
        return False

    def milestone_noun(
        self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity
    ) -> PhraseMatch | None:
        """The patient or act of care an ordinal ranks in a running series ("marked its 50,000th
        patient", "the last patient, its 12,340th"): a milestone tells that many were cared for
        to date. A language that reads none says none."""
        return None

    @abstractmethod
    def restates_figure(self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
        """Whether a bare number is linked to "the figure" or "the number": it restates the
        count of the patients spoken of before ("the figure stood at just sixty thousand")."""

    @abstractmethod
    def n_countries_scope(
        self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity, phrase_end: int
    ) -> tuple[int, int]:
        """The stretch of the sentence where the number of countries a count's people come from
        is named: after the counted phrase (ending at ``phrase_end``) in English ("from 26
        countries"), anywhere in the count's own clause in Korean ("202개국에서 외국인 환자
        117만467명", "… 20만 명 … 국적도 198개국으로")."""

    @abstractmethod
    def origins_after(
        self,
        ctx: DocumentContext,
        sentence: Sentence,
        position: int,
        end: int | None = None,
        adjacent: bool = False,
    ) -> list[str]:
        """The countries (ISO codes, Korea left out) a count's people come from, named after
        ``position`` ("from Mongolia, Russia and Kazakhstan"); with ``adjacent``, only where the
        origin follows the number directly ("1,420 from Kazakhstan")."""

    @abstractmethod
    def is_due_year(self, text: str, year: YearMention, floor: int) -> bool:
        """Whether the words around ``year`` (not before ``floor``) make it the due year of an
        aim: "by 2021", "by the end of 2026" (English, before it), "2027년까지" (Korean, after it)."""

    @abstractmethod
    def is_baseline(self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
        """Whether a figure is the starting point an aim or a change is measured from: "up from
        606,000" (English, a phrase before it), "지난해 3만명에서 … 6만명으로", "2만명이던 외국인
        환자를" (Korean, after its counter)."""

    @abstractmethod
    def is_compared_figure(self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
        """Whether a count is the earlier figure another is compared with: "up 44 percent from
        248,000 in 2022" (English, a phrase before it), "2014년 3150명보다 41% 증가",
        "2016년 6만3400명(연인원 기준 …)보다" (Korean, after its counter). Its year does not
        date the counts of the sentences after it."""

    def is_new_level(self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
        """Whether a count is the level a change reached: "climbed to 7,900" (English, the word
        of the new level before it after a word of change), "3만명으로 늘었다" (Korean, the
        change after its counter). None is read so by default."""
        return False

    def tells_running_total(
        self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity, clause: tuple[int, int]
    ) -> bool:
        """Whether the verb of a count's clause tells a total run up to now by its aspect: "has
        treated 90,000 patients", "누적 … 2010년부터". By default the clause holds one of the
        language's ``[periods] perfect_totals``."""
        return ctx.lexicon.matcher("periods", "perfect_totals").search(ctx.text, *clause) is not None

    def years_a_change_took(self, ctx: DocumentContext, sentence: Sentence) -> int | None:
        """How many years the sentence says a change took, where it counts them: "in five
        years", "3년 만에". None by default."""
        return None

    def change_end_year(
        self, ctx: DocumentContext, sentence: Sentence, years: list[YearMention]
    ) -> int | None:
        """The last year of the stretch a change is told over where the sentence names it alone
        ("over the three years to 2016"); a span of two years ("from 2012 to 2016") is read
        by the record builder. None by default."""
        return None

    def is_compared_year(self, text: str, year: YearMention) -> bool:
        """Whether ``year`` only names what a figure is compared with ("지난해보다 20% 늘어난
        3만6천명", "전년 대비"): it dates neither the aim nor a fact of the sentence. A language
        that writes its comparisons before the year reads them elsewhere: none by default."""
        return False

    @abstractmethod
    def years_ahead(self, ctx: DocumentContext, sentence: Sentence) -> int | None:
        """How many years after publication an aim is due where the text counts the years instead
        of naming one: "within five years", "in three years' time", "two years from now"."""

    @abstractmethod
    def aim_start(self, ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> int:
        """Where the aim a goal cue states begins: figures before it are facts told first.
        English at the cue ("saw 300 in 2018 and plans to treat 500"); Korean, whose verb comes
        last, at the start of the cue's clause ("…1만4572명을 유치했다”며 “올해는 1만6000명을
        유치하기 위해")."""

    @abstractmethod
    def market_scope(self, ctx: DocumentContext, sentence: Sentence, cue: PhraseMatch) -> tuple[int, int]:
        """The stretch of the sentence where the places a market cue aims at are named: after it
        in English ("targeting Sakhalin and Khabarovsk"), before it in Korean ("사할린 시장 공략")."""

    @abstractmethod
    def drawn_from(
        self, ctx: DocumentContext, sentence: Sentence, cue_end: int, scope_end: int
    ) -> int | None:
        """Where, in a market cue's scope (``cue_end`` to ``scope_end``), the places the people
        aimed at come from begin: right after the "from" of "targeting foreign patients from
        Arab states" in English, where every place after it is a market even if its people are
        only said to come from it. None when the cue names no such people, or where the language
        names those places inside the scope ``market_scope`` gives."""

    @abstractmethod
    def drawn_people(self, ctx: DocumentContext, place: Place, cue_end: int, scope_end: int) -> bool:
        """Whether ``place``, a nationality in a verb of drawing's scope (``cue_end`` to
        ``scope_end``), names the people drawn ("to attract more Mongolian patients", "especially
        Vietnamese"): their country is then a market, not one that merely qualifies another noun
        ("Chinese-speaking staff")."""

    @abstractmethod
    def region_examples(
        self, ctx: DocumentContext, sentence: Sentence, region: Place, places: list[Place]
    ) -> list[Place]:
        """The countries of ``places`` (those a sentence aims at) that the language writes as
        examples of the region ``region`` ("러시아 등 CIS국가", "중앙아시아국가(카자흐스탄, 키르기스스탄 등)"):
        told with the region, not as a cue list of their own (they join the statement's
        countries; the region keeps a record of its own)."""

    @abstractmethod
    def noun_before_figure(
        self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity, section: str, key: str
    ) -> PhraseMatch | None:
        """The phrase of the lexicon list ``[section] key`` that a figure measures when the
        language writes the noun before its figure ("외국인환자 70만명"); None in a language
        whose nouns follow their figures ("700,000 foreign patients", read by the builders)."""

    @abstractmethod
    def partner_marker(
        self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch
    ) -> PhraseMatch | None:
        """The word that introduces the counterpart of the agreement ``noun`` in its own clause
        ("with", "between"), or None."""

    @abstractmethod
    def counterpart_stretch(
        self, ctx: DocumentContext, sentence: Sentence, marker: PhraseMatch
    ) -> tuple[int, int]:
        """Where the counterparts that ``marker`` (from ``partner_marker``) introduces are named:
        after it in English ("with Mongolia's Ministry of Health"), before it in Korean, where
        the particle is glued to the name ("몽골 보건부와")."""

    @abstractmethod
    def listed_pairs(self, ctx: DocumentContext, sentence: Sentence, start: int) -> list[tuple[str, str]]:
        """The pairs of parties listed after ``start``, once an agreement has been told between
        kinds of parties only ("hospitals and agencies partnered: A with B, C with D"): each pair
        a home body and its partner; empty unless at least two pairs are listed."""

    @abstractmethod
    def listed_items(
        self, ctx: DocumentContext, sentence: Sentence, start: int, end: int
    ) -> list[tuple[int, int, DateMention | None]]:
        """The items of a list of counterparts between ``start`` and ``end``, each read apart:
        those with a day of their own ("5일에는 A시, 6일에는 B시와") and those joined by a word
        of joining ("A병원 및 B재단과"): each item's stretch and its day (None where the text
        gives it none); empty unless the list has at least two items."""

    def agreement_scope(
        self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch
    ) -> tuple[int, int] | None:
        """Where the sentence says what the agreement ``noun`` covers, or None: by default the
        clause the language's scope pattern finds after it ("an MOU on medical training");
        a language that tells it before the noun reads it there."""
        match = self.patterns.partnerships.scope.search(ctx.text, noun.end, sentence.end)
        return match.span("scope") if match is not None else None

    def counterpart_in_general(self, ctx: DocumentContext, sentence: Sentence, start: int) -> bool:
        """Whether the counterparts named from ``start`` are kinds of body told in general, not
        bodies: a word of every or one's own country opens their phrase ("각국의 보건부·병원
        등과", "자국의 민간 보험사와의 계약"), so the agreement is told of in general and names
        no counterpart. A language that reads no such word says no."""
        return False

    @abstractmethod
    def intention_scope(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> tuple[int, int]:
        """The stretch of the sentence where a word of intention makes the agreement ``noun``
        only intended: before it in English ("will seek to sign an MOU"), after it up to its
        verb in Korean ("업무협약을 체결할 예정이다")."""

    @abstractmethod
    def event_name(self, ctx: DocumentContext, sentence: Sentence) -> str | None:
        """The proper name of the event a sentence tells of ("Medical Korea 2024"), or None."""

    def kind_name(self, ctx: DocumentContext, sentence: Sentence) -> str | None:
        """The common noun phrase an event without a proper name is told by ("a medical tourism
        fair" -> "medical tourism fair"), the record's name where no mention names it, or None
        (a language whose word order does not tell such a phrase apart from a name)."""
        return None

    @abstractmethod
    def listed_years(self, ctx: DocumentContext, sentence: Sentence) -> list[int]:
        """The years a sentence lists as one series ("in both 2015 and 2016", "in 2018 and
        2019"): an award won in each is one occurrence a year. Empty where it lists none."""

    def listed_events(self, ctx: DocumentContext, sentence: Sentence, name: str) -> list[PhraseMatch]:
        """The named occasions listed right after the one named ``name`` in the sentence
        ("the A expo and the B fair"), each its own; empty where none is. A language that reads
        no such list says so."""
        return []

    def joins_a_list(self, text: str) -> bool:
        """Whether ``text`` (what stands between two items) is only what joins the items of a
        list ("과", a comma). A language that reads no such list says no."""
        return False

    def listed_months(self, text: str, start: int, end: int) -> list[Span]:
        """The months named alone in ``text[start:end]`` and listed one after another ("6월과
        9월"), each a stretch of its own; empty unless two or more are. A language that reads no
        such list says so."""
        return []

    def listed_days(self, day: DateMention) -> list[DateMention]:
        """The days of a date written as a list of days ("14일과 17일"), each a date of its own,
        in order; a range or a single day is itself. A language that reads no such list says so."""
        return [day]

    @abstractmethod
    def held_at(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, place: Place) -> bool:
        """Whether the words around ``place`` say the event ``noun`` was held there: "in Hanoi",
        "visited Almaty" after the noun in English, "하노이에서" (the locative after it) in Korean."""

    def names_the_host(self, ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
        """Whether ``place`` names the body that ran the event, marked as a host, not where it
        was held (강남구에서 주관한 설명회). A language that does not mark hosts so says no."""
        return False

    def visits_a_home_body(self, ctx: DocumentContext, sentence: Sentence) -> bool:
        """Whether the sentence tells a visit whose object is a Korean body (a hospital, a
        university), told without any foreign place it was held at: the visit took place in
        Korea, and the foreign places named are where its party comes from. A language that
        does not read it places such a visit by its places alone."""
        return False

    def photo_caption(self, ctx: DocumentContext, sentence: Sentence) -> bool:
        """Whether the sentence is the caption of a photo: one in the present progressive with
        the photo's credit right after it, or a line that says it is a photo. It shows one moment
        of an occasion, so its progressive tells no habit. False in a language that does not read
        it."""
        return False

    def earlier_occasion(self, ctx: DocumentContext, sentence: Sentence) -> int | None:
        """Where a sentence about the occasion told before turns to an earlier time (이번
        팸투어는 지난 3월 … 현지에서 설명회를 연 뒤 마련됐다): the clause from there may tell an
        occasion of its own. None where the sentence has no such clause, or in a language that
        does not read it."""
        return None

    def clauses_of_their_own_time(self, ctx: DocumentContext, sentence: Sentence) -> list[int]:
        """Where a sentence goes on, after a clause closed by a joining verb ending, into a clause
        that opens on a time of its own (Korean "…설명회를 열고 11월 … 관계자를 초청해 …"): each
        such clause may tell an occasion of its own. Empty where the sentence has none, or in a
        language that does not read it."""
        return []

    def trip_as_occasion(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
        """Whether the trip noun ``noun`` is told as the occasion or the means of what was done on
        it (Korean "총리의 방한으로 체결된 협정", "장관 방문에 맞추어 … 등재했다"), or by a headline
        that lets the noun stand for its verb: a trip that took place, though no verb tells it. A
        language that does not read it says no (English reads its leaders' trips by their words,
        ``visit_noun_leads``)."""
        return False

    def told_at_the_occasion(self, ctx: DocumentContext, sentence: Sentence, name: str) -> bool:
        """Whether the sentence tells what went on at the occasion named ``name`` (Korean
        "…설명회에서 원장은 …라고 말했다", "1부 세션 ‘…포럼’에서는 …을 공유했다"): the occasion is
        where something happened, a part of one told before. A language that does not read it
        says no."""
        return False

    def event_noun_follows(self, ctx: DocumentContext, position: int, end: int) -> bool:
        """Whether a common event noun follows the name ending at ``position`` ("the Arab Health
        exhibition"): the name is the event's, no place it is held. None follows in a language
        that does not tell names from common nouns by case."""
        return False

    @abstractmethod
    def organizers_of(self, ctx: DocumentContext, sentence: Sentence, verb: int) -> list[str]:
        """Who held the event told by the verb at ``verb``: its subject, as the text names it."""

    @abstractmethod
    def points_back(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
        """Whether the event noun is named as the event told before (이번 행사는, 동 시상식에서):
        then the sentence adds to that occurrence, whatever dates it gives."""

    @abstractmethod
    def heads_its_compound(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
        """Whether the event noun says what the event is, not a part of a longer name whose own
        event noun comes after it ("한빛 의료관광 공로대상 시상식" is a ceremony)."""

    def places_here(self, ctx: DocumentContext, sentence: Sentence) -> list[Place]:
        """The place a sentence calls "here", where the language's news says it by a dateline
        ("ALMATY, Nov. 21 -- ... opened here today"); none by default."""
        return []

    @abstractmethod
    def titled_events(self, ctx: DocumentContext, sentence: Sentence) -> list[PhraseMatch]:
        """Events named by their title alone, with no event noun, where the sentence says they
        were held or attended: a quoted title ("'아랍헬스 2019'에 참가했다"), an edition named
        after a verb of taking part ("took part in Arab Health 2024"). Each title stands for the
        event noun it lacks, labelled with the kind such a title most often names."""

    @abstractmethod
    def names_a_building(self, ctx: DocumentContext, noun: PhraseMatch) -> bool:
        """Whether an event noun is part of a building's name ("Primorye Congress Hall")."""

    @abstractmethod
    def signed_at(
        self, ctx: DocumentContext, sentence: Sentence, agreement: PhraseMatch, place: Place
    ) -> bool:
        """Whether ``place`` is where the agreement ``agreement`` (its verb and noun) was signed:
        "signed an MOU ... in Seoul", "Signed in Bukhara, the MOU ...", not the seat of a party
        ("with hospitals in Kazakhstan")."""

    @abstractmethod
    def signing_stands_alone(self, ctx: DocumentContext, sentence: Sentence, where: Place) -> bool:
        """Whether an agreement told as signed at ``where`` is an occasion of its own, a signing
        event, or only a step of a trip the page tells (or leaves untold): how the news of a
        language tells a signing made abroad."""

    @abstractmethod
    def signed_in_building(self, ctx: DocumentContext, sentence: Sentence, agreement: PhraseMatch) -> bool:
        """Whether the sentence says in which building the agreement was signed, no city named
        with it ("부산시청 국제의전실에서 … 협약을 체결했다"): a stated venue makes the signing an
        occasion of its own, as a stated city does."""

    @abstractmethod
    def named_in_force(self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
        """Whether the agreement ``noun`` is told as one that exists, named by its parties with
        no verb of concluding ("the partnership between A and B", "A's pact with B"): an
        agreement in force, its parties named with it."""

    @abstractmethod
    def founding_verb(
        self, ctx: DocumentContext, sentence: Sentence, body: PhraseMatch
    ) -> PhraseMatch | None:
        """The verb that founded the body whose noun is ``body`` ("formed the … Council",
        "협의회를 창립했다"), where the language puts it beside the body's name."""

    @abstractmethod
    def signing_told_as_occasion(self, ctx: DocumentContext, sentence: Sentence) -> bool:
        """Whether a sentence telling an agreement signed at a place tells the signing as an
        occasion (its ceremony, people attending it) and not only by its verb: one told only by
        its verb is an event only when a later sentence tells its ceremony."""

    @abstractmethod
    def population_subject(self, ctx: DocumentContext, sentence: Sentence, verb: int) -> bool:
        """Whether the verb at ``verb`` tells of a counted population (patients, tourists,
        "them"), not of an official party: "16 million tourists visited" is a statistic, not a
        delegation's visit. Where the subject stands is the language's word order."""

    @abstractmethod
    def scope_level(self, name: str | None) -> ScopeLevel:
        """How high in the state the actor or institution ``name`` stands: a ministry or the
        country (national), a hospital or clinic (hospital), a city or province (local)."""
