"""Korean: a first stub that proves the language seam, to be built out on top of this folder.

What it reads: sentences, numbers with Korean units (``numbers.py``), years ("2019년", "작년")
and full dates ("2024년 3월 15일"), and the scope of a named body. What it does not read yet:
organisation names, days without a month, and the grammar the record builders ask (which noun
a count counts, origins, partners, due years, event names): those answers are empty, so a
Korean document is read without error and yields no record rather than a guessed one.
"""

import re
from collections.abc import Callable
from datetime import date
from functools import cached_property

from extractors.context import DocumentContext
from extractors.lang.base import Language, NounFinder
from extractors.lang.ko import numbers
from extractors.lang.lexicon import CaselessPattern, PhraseMatch, phrase_alternation
from extractors.lang.patterns import (
    NEVER,
    CountPatterns,
    EventPatterns,
    PartnershipPatterns,
    Patterns,
    TargetPatterns,
)
from extractors.mentions.dates import DateMention, OrdinalDay, YearMention, safe_date
from extractors.mentions.numbers import Quantity
from extractors.mentions.organizations import Organization
from extractors.text.sentences import Sentence, split_sentences
from models import ScopeLevel

HANGUL = re.compile(r"[\uac00-\ud7a3]")
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]?\s+")  # a stop, then space: Korean has no capitals
_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)년")
_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)년\s*(?P<month>1[0-2]|0?[1-9])월\s*(?P<day>3[01]|[12]\d|0?[1-9])일"
)
# The scope of a body, from its name: the state and its agencies, hospitals, anything else
_NATIONAL = re.compile(r"^(대한민국|한국|정부)$|부$|청$|처$|한국관광공사|한국보건산업진흥원")
_HOSPITAL = re.compile(r"병원|의원|의료원|의료센터|대학교")


class Korean(Language):
    code = "ko"

    def compile_patterns(self) -> Patterns:
        never = CaselessPattern(NEVER, None)
        return Patterns(
            counts=CountPatterns(NEVER, NEVER, NEVER, NEVER, never, NEVER, NEVER),
            targets=TargetPatterns(NEVER, never, NEVER),
            partnerships=PartnershipPatterns(NEVER, NEVER, NEVER, NEVER, NEVER),
            events=EventPatterns(NEVER, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER),
        )

    @cached_property
    def _relative_year(self) -> re.Pattern[str]:
        """ "작년", "올해": a particle may follow ("작년보다"), so no word boundary after."""
        return re.compile(
            rf"(?<!\w)(?:{phrase_alternation(self.lexicon.section('years')['relative'], ignore_case=False)})"
        )

    def split_sentences(self, text: str) -> list[Sentence]:
        return split_sentences(text, _BOUNDARY)

    def is_own_script(self, text: str) -> bool:
        return HANGUL.search(text) is not None

    def find_quantities(self, text: str, start: int, end: int) -> list[Quantity]:
        return numbers.find_quantities(text, start, end, self.lexicon)

    def is_bare(self, text: str, quantity: Quantity, end: int) -> bool:
        return numbers.is_bare(text, quantity, end, self.lexicon)

    def qualifier_before(self, text: str, floor: int, position: int) -> str:
        return ""  # a Korean qualifier of a count is read by the number reader itself

    def find_dates(
        self, text: str, start: int, end: int, base: date | None, looks_ahead: bool = False
    ) -> list[DateMention]:
        found = []
        for m in _DATE.finditer(text, start, end):
            day = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
            if day is not None:
                found.append(DateMention(m.start(), m.end(), m.group(0), first=day, last=None, has_year=True))
        return found

    def find_ordinal_days(self, text: str, start: int, end: int) -> list[OrdinalDay]:
        return []

    def find_years(self, text: str, start: int, end: int, base: date | None) -> list[YearMention]:
        found = [
            YearMention(m.start(), m.end(), m.group(0), year=int(m["year"]), relative=False)
            for m in _YEAR.finditer(text, start, end)
        ]
        if base is not None:
            offsets = self.lexicon.section("years")["relative"]
            found += [
                YearMention(m.start(), m.end(), m[0], year=base.year + offsets[m[0]], relative=True)
                for m in self._relative_year.finditer(text, start, end)
            ]
        return sorted(found, key=lambda y: y.start)

    def find_organizations(self, text: str, start: int, end: int) -> list[Organization]:
        return []

    def counted_noun(
        self,
        ctx: DocumentContext,
        sentence: Sentence,
        quantity: Quantity,
        nouns: NounFinder,
        is_generic: Callable[[PhraseMatch], bool],
    ) -> PhraseMatch | None:
        return None

    def restates_figure(self, ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
        return False

    def origins_after(
        self,
        ctx: DocumentContext,
        sentence: Sentence,
        position: int,
        end: int | None = None,
        adjacent: bool = False,
    ) -> list[str]:
        return []

    def is_due_phrase(self, before_year: str) -> bool:
        return False

    def partner_marker(
        self, ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch
    ) -> PhraseMatch | None:
        return None

    def event_name(self, ctx: DocumentContext, sentence: Sentence) -> str | None:
        return None

    def names_a_building(self, ctx: DocumentContext, noun: PhraseMatch) -> bool:
        return False

    def scope_level(self, name: str | None) -> ScopeLevel:
        if name is None:
            return ScopeLevel.UNSPECIFIED
        if _NATIONAL.search(name):
            return ScopeLevel.NATIONAL
        return ScopeLevel.HOSPITAL if _HOSPITAL.search(name) else ScopeLevel.LOCAL
