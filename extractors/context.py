"""The shared view of one document that every record extractor reads.

Sentences, places, numbers, dates and years are found once per document and cached here, so
the four record extractors never scan the text for the same thing twice.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from extractors.dates import DateMention, YearMention, find_dates, find_years
from extractors.lexicon import Lexicon
from extractors.numbers import Quantity, find_quantities
from extractors.organizations import Organization, find_organizations
from extractors.places import Place, PlaceKind, find_places
from extractors.sentences import Sentence, split_sentences

_HANGUL_OR_CYRILLIC = re.compile(r"[\uac00-\ud7a3\u0400-\u04ff]")


@dataclass(frozen=True)
class Evidence:
    """A span of the document text that a record was read from."""

    start: int
    end: int
    text: str


@dataclass
class DocumentContext:
    doc_id: str
    text: str
    published: date | None
    lexicon: Lexicon
    body_start: int = 0  # where the article body begins (after the headline and dateline)
    _cache: dict[tuple[str, int], list] = field(default_factory=dict, repr=False)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text, self.lexicon.language)

    @cached_property
    def body_sentences(self) -> list[Sentence]:
        """English sentences of the article body: furniture and foreign-language text removed."""
        function_words = self.lexicon.matcher("text", "function_words")
        return [
            s
            for s in self.sentences
            if s.start >= self.body_start
            and not _HANGUL_OR_CYRILLIC.search(s.text)
            and len(list(function_words.finditer(s.text))) >= 2
        ]

    def quantities(self, sentence: Sentence) -> list[Quantity]:
        return self._cached("quantities", sentence, find_quantities)

    def places(self, sentence: Sentence) -> list[Place]:
        return self._cached("places", sentence, find_places)

    def organizations(self, sentence: Sentence) -> list[Organization]:
        return self._cached("organizations", sentence, find_organizations)

    def dates(self, sentence: Sentence) -> list[DateMention]:
        key = ("dates", sentence.index)
        if key not in self._cache:
            self._cache[key] = find_dates(
                self.text, sentence.start, sentence.end, self.published, self.lexicon
            )
        return self._cache[key]

    def years(self, sentence: Sentence) -> list[YearMention]:
        key = ("years", sentence.index)
        if key not in self._cache:
            self._cache[key] = find_years(
                self.text, sentence.start, sentence.end, self.published, self.lexicon
            )
        return self._cache[key]

    def evidence(self, *sentences: Sentence) -> Evidence:
        start = min(s.start for s in sentences)
        end = max(s.end for s in sentences)
        return Evidence(start, end, self.text[start:end])

    @cached_property
    def main_actor(self) -> str | None:
        """The Korean organisation or place the article is mostly about: the default actor."""
        counts: Counter[str] = Counter()
        for sentence in self.body_sentences:
            for org in self.organizations(sentence):
                if org.is_korean:
                    counts[org.name] += 2
            for place in self.places(sentence):
                if place.place.kind in {PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE}:
                    counts[place.place.name] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _cached(self, name: str, sentence: Sentence, finder) -> list:
        key = (name, sentence.index)
        if key not in self._cache:
            self._cache[key] = finder(self.text, sentence.start, sentence.end, self.lexicon)
        return self._cache[key]
