"""What one document holds, found once: its sentences and the mentions in each, and its time budget.

Sentences, places, numbers and years are found once per document and cached here, so the
four record builders never scan the text for the same thing twice; a finder asked again for
the same sentence returns what it found the first time.
"""

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, TypeVar

from extractors.context.budget import TimeBudget
from extractors.lang.base import Language
from extractors.lang.lexicon import Lexicon, PhraseMatch
from extractors.mentions.dates import DateMention, YearMention
from extractors.mentions.numbers import Quantity
from extractors.mentions.places import Place
from extractors.text.sentences import Sentence

T = TypeVar("T")

# A figure led by its year in a row of data: "2019: 7,263", "2019 - 7,263", "(2019) 7,263", "(’19) 7,263".
_YEAR_LED_FIGURE = re.compile(r"(?:\b(?:19|20)\d\d|[’'‘]\d\d)\s*[:)\]\-–—]\s*\(?\d")
DECK_LINES = 6  # how many lines above the article's first sentence may be its headline and deck
MAX_DECK_CHARS = 160  # a longer line without a stop is a paragraph cut short, not a deck
TITLE_CASE_SHARE = 0.6  # more than this share of longer words capitalised: a headline
# What a cache read gives where the answer is not known yet (an answer may be None or False).
# The caches are read with ``get``, never by catching KeyError: a third to a half of the reads
# are a first ask, and a caught KeyError costs some three times a ``get``.
UNKNOWN: Any = object()


class ExtractionTimeout(RuntimeError):
    """A document whose extraction took longer than its time budget."""


@dataclass
class DocumentCache:
    """The document's text, the language it is read in, and the mentions found in it so far."""

    doc_id: str
    text: str
    published: date | None
    language: Language
    lexicon: Lexicon = field(init=False, repr=False)  # the language's: read thousands of times a document
    body_start: int = 0  # where the article body begins (after the headline and dateline)
    title: str | None = None  # the headline: the deck under it is read, the headline only as a last resort
    budget: TimeBudget | None = None  # spent: extraction gives up
    _cache: dict[tuple[Any, ...], Any] = field(default_factory=dict, repr=False)
    # follows()'s answers by (section, key, sentence start, position): rules ask again of the
    # same number (half the asks on generated text)
    _follows: dict[tuple[str, str, int, int], bool] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.lexicon = self.language.lexicon

    @cached_property
    def sentences(self) -> list[Sentence]:
        return self.language.split_sentences(self.text)

    @cached_property
    def body_sentences(self) -> list[Sentence]:
        """The sentences of the article body: its prose, then its deck, read last so that a fact
        told in both is first met, and merged, with the body's fuller words."""
        return self.prose_sentences + self.deck

    @cached_property
    def prose_sentences(self) -> list[Sentence]:
        """The sentences of the article body in the document's language: furniture and text in
        another script (a Korean line in an English article) removed.
        A navigation heading ("Related articles", "Most read") opens a list of other stories'
        headlines, which runs until a line that ends like a sentence.
        A sentence the body starts inside (" date 2024-03-25 A delegation visited ...": a site's
        stamp glued to the first paragraph) keeps only its body part."""
        body = []
        in_list = False
        for whole in self.sentences:
            if whole.end <= self.body_start:
                continue
            s = whole if whole.start >= self.body_start else _from(whole, self.body_start, self.text)
            if self._is_navigation(s):
                in_list = True
                continue
            in_list = in_list and not _ends_like_a_sentence(s.text)
            if not in_list and self.language.is_own_script(s.text) and self._is_prose(s):
                body.append(s)
        return body

    @cached_property
    def deck(self) -> list[Sentence]:
        """The deck: the short lines right above the article's first sentence that sum it up in
        a headline's words and with no final stop ("Clinic X to treat 300 patients abroad"), a
        fact a page may tell nowhere else. They are read after the body's prose. The first
        sentence is the first one closed by a stop: a site's stamp or button read as prose
        ("• 승인 …", "이 기사를 공유합니다") may stand between the deck and the lead. Lines further
        up are the site's furniture, and a photo's caption is no deck."""
        prose = self.prose_sentences
        first = next((s.start for s in prose if _ends_like_a_sentence(s.text)), None)
        if first is None:
            return []  # no lead to sum up: a list or a table of lines, read by their own readers
        read = {s.start for s in prose}
        above = [s for s in self.sentences if s.end <= first][-DECK_LINES:]
        return [s for s in above if s.start not in read and self._is_deck_line(s)]

    @cached_property
    def headline(self) -> Sentence | None:
        """The headline as a sentence of the text, where the text holds it as a line of its own
        (None where it does not): not a body sentence, so a reader asks for it only where the
        body tells nothing of what the headline may tell (the events reader, where the body
        reads no event)."""
        title = self.title
        if not title:
            return None
        return next((s for s in self.sentences if s.text == title and _whole_line(self.text, s)), None)

    def _is_deck_line(self, sentence: Sentence) -> bool:
        """A whole line shaped like a headline, without a final stop, in the page's language."""
        text = sentence.text
        return (
            len(text) <= MAX_DECK_CHARS
            and not _ends_like_a_sentence(text)
            and _whole_line(self.text, sentence)
            and self.language.looks_like_headline(text)
            and self.language.is_own_script(text)
            and not self.is_a_caption(text)
            and not self._is_navigation(sentence)
            and not self._is_the_title(text)
            and not self._holds_a_dated_day(sentence)
        )

    def is_a_caption(self, text: str) -> bool:
        """A photo's caption, by its mark ("사진=", "Photo:") or its ending ("… 상담회 모습"):
        it shows a scene of the article, and its figures, places and aims are no facts of its own."""
        endings = tuple(self.lexicon.section("markets").get("caption_endings", ()))
        return text.endswith(endings) or self.lexicon.matcher("events", "caption_marks").contains(text)

    def _holds_a_dated_day(self, sentence: Sentence) -> bool:
        """A day with its year ("Posted on 10 March 2019", "승인 2018.12.20 11:00") is the page's
        stamp: a deck tells its day without the year the stamp gives."""
        return any(
            mention.has_year
            for mention in self.language.find_dates(self.text, sentence.start, sentence.end, self.published)
        )

    def _is_the_title(self, text: str) -> bool:
        """The headline, said once or twice above the deck (the title bar, the article's head),
        part of it or with the site's name: it restates the body's lead in other words, which
        the builders would take for another fact."""
        title = self.title
        return title is not None and (text in title or title in text)

    def body_position(self, sentence: Sentence) -> int | None:
        """Where ``sentence`` stands among the body sentences, None where it is not one of them:
        one look-up, where builders asked it of most sentences by a scan of the body."""
        return self._body_positions.get(sentence.start)

    def body_sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The body sentence right before ``sentence``, if any."""
        position = self.body_position(sentence)
        return self.body_sentences[position - 1] if position else None

    def body_sentence_after(self, sentence: Sentence) -> Sentence | None:
        """The body sentence right after ``sentence``, if any."""
        position = self.body_position(sentence)
        body = self.body_sentences
        return body[position + 1] if position is not None and position + 1 < len(body) else None

    @cached_property
    def _body_positions(self) -> dict[int, int]:
        return {sentence.start: position for position, sentence in enumerate(self.body_sentences)}

    def _is_navigation(self, sentence: Sentence) -> bool:
        """A line leading to another page ("Prev Daegu festival to be held in October")."""
        start = self.lexicon.matcher("page", "navigation_starts").match(sentence.text)
        # "Next year it wants 3,000.": a word of the sentence goes on in lower case
        return start is not None and not _goes_on_in_lower_case(sentence.text, start.end)

    def _is_prose(self, sentence: Sentence) -> bool:
        """Two function words of the language make prose; a sentence of figures that ends like one
        ("Russians (24,026) and Thais (9,100) followed.", "Ulsan treated 900 patients last
        year.") is prose too: page furniture and headlines do not end in a full stop."""
        function_words = self.lexicon.matcher("text", "function_words").count(sentence.text, limit=2)
        if function_words >= 2 or (
            function_words
            and _ends_like_a_sentence(sentence.text)
            and not self._headline_cased(sentence.text)
        ):
            return True  # a short sentence ends like one: "Busan targets China and Japan."
        if not any(c.isdigit() for c in sentence.text):
            return False
        # a row of yearly figures ("2019: 7,263, 2020: 1,379 ...") is data, not furniture
        return _ends_like_a_sentence(sentence.text) or len(_YEAR_LED_FIGURE.findall(sentence.text)) >= 2

    def _headline_cased(self, text: str) -> bool:
        """Whether a line is cased as a headline: most longer words capitalised and no content
        word in lower case. "Uzbek Health Minister Kim visited Severance Hospital on Monday." is
        a sentence full of names: its verb is written in lower case, a headline's is not."""
        if not _title_cased(text):
            return False
        function_words = self.lexicon.matcher("text", "function_words")
        return not any(
            len(word) > 3 and word.isalpha() and word.islower() and not function_words.contains(word)
            for word in (w.strip("\"'“”‘’.,!?():;") for w in text.split())
        )

    # quantities() and places() read the cache themselves before ``_cached``: asked some 800
    # times a document, nearly always known, and a Python call less each time
    def quantities(self, sentence: Sentence) -> list[Quantity]:
        found = self._cache.get(("quantities", sentence.start, None))
        return self._cached("quantities", sentence, self.language.find_quantities) if found is None else found

    def next_count_start(self, sentence: Sentence, quantity: Quantity) -> int:
        """Where the next count of the sentence after ``quantity`` begins (a year is no count),
        else the sentence's end: what follows it is that count's business. Asked by the
        patient-count builder and by a language's grammar (a Korean list of counts sharing the
        year after its last item), so it lives with the sentence's quantities both may reach."""
        later = [q.start for q in self.quantities(sentence) if q.start > quantity.end and not q.is_year]
        return min([sentence.end, *later])

    def places(self, sentence: Sentence) -> list[Place]:
        found = self._cache.get(("places", sentence.start, None))
        return self._cached("places", sentence, self._find_places) if found is None else found

    def _find_places(self, text: str, start: int, end: int) -> list[Place]:
        """The places of ``text[start:end]`` as the language finds them, asked once a sentence: a
        context that knows more of the document may drop some (a country's name used as a body's)."""
        return self.language.find_places(text, start, end)

    def places_in(self, name: str) -> list[Place]:
        """The places a name read apart from the text holds (a party of an agreement: "Mongolia
        Ministry of Health"), at offsets into the name. Found once a document: the merge of
        agreements told twice compares each pair of parties, so a third of the asks are repeats."""
        key = ("places_in", name, None)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self.language.find_places(name, 0, len(name))
        return found

    def names_a_foreign_place(self, sentence: Sentence) -> bool:
        """Whether a place of the sentence lies outside Korea: a market can only be such a place,
        so the market readers skip the sentences whose neighbourhood names none (a fifth of
        generated sentences, two fifths on real pages) without scanning them for cues."""
        found = self._cache.get(("foreign_place", sentence.start, None))
        if found is None:
            found = self._cache[("foreign_place", sentence.start, None)] = any(
                not p.place.is_korean for p in self.places(sentence)
            )
        return found

    def _full_dates(self, sentence: Sentence) -> list[DateMention]:
        key = ("full_dates", sentence.start)
        if key not in self._cache:
            self.check_time()
            future = self.lexicon.matcher("events", "future_markers")
            self._cache[key] = self.language.find_dates(
                self.text,
                sentence.start,
                sentence.end,
                self.published,
                lambda: future.contains(sentence.text),
            )
        return self._cache[key]

    def years(self, sentence: Sentence) -> list[YearMention]:
        key = ("years", sentence.start)
        if key not in self._cache:
            self.check_time()
            self._cache[key] = self.language.find_years(
                self.text, sentence.start, sentence.end, self.published
            )
        return self._cache[key]

    def next_word_start(self, position: int, reach: int = 2) -> int:
        """Where the word right after ``position`` starts: past the spaces within ``reach``
        characters of it, so that a reader asks "is the next word X?" with one match there."""
        following = self.text[position : position + reach]
        return position + len(following) - len(following.lstrip())

    def check_time(self) -> None:
        """Give up on a document that outruns its time budget (pathological text: numbers or
        date-like tokens by the thousand), so that one document never stalls a run."""
        if self.budget is not None and self.budget.spent():
            raise ExtractionTimeout("extraction exceeded the document's time budget")

    def per_sentence(
        self, name: str, sentence: Sentence, compute: Callable[[], T], about: Hashable = None
    ) -> T:
        """What ``compute`` finds in ``sentence``, computed once a document: several extractors
        ask. ``about`` names what else the question is about, where it has more than the
        sentence (a cue's span, a year: where the aim after a cue begins is asked by each reader
        of goals and counts)."""
        # by where the sentence starts, not its index: the body part of a sentence the body
        # starts inside (body_sentences) shares its index with the whole sentence, not what it reads
        key = (name, sentence.start, about)
        found = self._cache.get(key, UNKNOWN)
        if found is UNKNOWN:
            self.check_time()
            found = self._cache[key] = compute()
        return found

    def per_phrase(self, name: str, phrase: PhraseMatch, compute: Callable[[], T]) -> T:
        """What ``compute`` finds of a phrase, computed once a document: a noun a count may be tied
        to is asked about again for each figure near it. The phrase's text is part of the key,
        since a phrase read from a table's cell carries offsets into that cell, not the text."""
        key = (name, phrase.start, phrase.end, phrase.text)
        found = self._cache.get(key, UNKNOWN)
        if found is UNKNOWN:
            found = self._cache[key] = compute()
        return found

    def per_document(self, name: str, compute: Callable[[], T]) -> T:
        """What ``compute`` finds in the whole document, computed once: an answer read from every
        sentence (the year a page without a date reports on)."""
        key = (name, None, None)
        found = self._cache.get(key, UNKNOWN)
        if found is UNKNOWN:
            self.check_time()
            found = self._cache[key] = compute()
        return found

    def _cached(self, name: str, sentence: Sentence, finder) -> list:
        """``per_sentence`` for a finder of the text of a sentence (whose answer, a list, is never
        None); a hit is read without a call or a closure, since the finders are asked thousands of
        times a document."""
        key = (name, sentence.start, None)
        found = self._cache.get(key)
        if found is None:
            self.check_time()
            found = self._cache[key] = finder(self.text, sentence.start, sentence.end)
        return found


def _title_cased(text: str) -> bool:
    """Whether most longer words begin with a capital, as headlines write them ("Two in Five
    Overseas Visitors Book Dental Care")."""
    words = [w for w in text.split() if len(w.strip("\"'“”‘’.,!?()")) > 3]
    return bool(words) and sum(w.lstrip("\"'“‘(")[:1].isupper() for w in words) > TITLE_CASE_SHARE * len(
        words
    )


def _whole_line(text: str, sentence: Sentence) -> bool:
    """Whether the sentence is the whole of its line (a headline's line holds nothing else)."""
    before = text.rfind("\n", 0, sentence.start) + 1
    after = text.find("\n", sentence.end)
    return (
        not text[before : sentence.start].strip()
        and not text[sentence.end : after if after >= 0 else None].strip()
    )


def _ends_like_a_sentence(text: str) -> bool:
    return text.rstrip("\"'”’)").endswith((".", "!", "?"))


def _from(sentence: Sentence, start: int, text: str) -> Sentence:
    """The part of ``sentence`` from ``start`` on, its leading spaces left out."""
    while start < sentence.end and text[start].isspace():
        start += 1
    return Sentence(start, sentence.end, text[start : sentence.end], sentence.index, sentence.paragraph)


def _goes_on_in_lower_case(text: str, position: int) -> bool:
    """Whether the word after ``position`` begins with a lower-case letter (a sentence going on)."""
    rest = text[position:]
    word = rest.lstrip()
    return rest[:1].isspace() and word[:1].islower()
