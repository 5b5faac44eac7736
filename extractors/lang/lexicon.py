"""A language's word lists and gazetteer, loaded once from ``lang/<code>/words.toml`` and
``places.toml``, and the phrase matchers built from them.

The data half of a language: record builders ask the lexicon for phrases of a role
("qualifiers", "event types") and never spell a word themselves. The other half, the readers
and the grammar that puts those words in order, is the language object of ``lang/<code>/``
(see ``extractors.lang.base``).
"""

import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, partial
from itertools import islice, product
from pathlib import Path
from typing import Any, NamedTuple

from extractors.lang.word_lists import declaration_problems, with_left_out_lists_empty

LEXICON_DIR = Path(__file__).parent  # one folder per language: lang/<code>/words.toml, places.toml
_FOLDS_TO_ASCII = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
_WORD = re.compile(r"\w")
_FOLD_CACHED_CHARS = 256  # texts longer than this (a document) are lowered once, not at each search
_ESCAPE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")  # escapes ("\\S") and group names
_CLASS = re.compile(r"\[[^\]]*\]")
_RANGE = re.compile(r"(.)-(.)")
GATED_STARTS = 10  # phrase lists that start with at most this many letters are gated by them
_CURLY_APOSTROPHE = "\u2019"  # "year’s": read as "year's" in every phrase list
_APOSTROPHES = "['\u2019]"
_SLOT = re.compile(r"\{(\w+)\}")  # "{care_nouns} 목적 외국인": a slot for every phrase of a list


class PhraseMatch(NamedTuple):  # a tuple: matchers make hundreds of these per document
    start: int
    end: int
    text: str
    label: Any


# builds a PhraseMatch from its four fields without the named tuple's keyword-taking __new__,
# a Python call of its own on each phrase found
_new_match = tuple.__new__


@dataclass(frozen=True)
class CaselessPattern:
    """An ignore-case regular expression, and its case-sensitive twin for lowered text.

    The regex engine compares each character of an ignore-case pattern in both cases, which
    makes a scan 1.5-2x slower. Where lowering the text changes nothing the pattern can tell
    apart (see ``_lowered``), the twin finds exactly the same spans in the lowered text. The
    groups of its matches hold lowered text: what case matters for is read from the text.
    """

    pattern: re.Pattern[str]
    twin: re.Pattern[str] | None

    @classmethod
    def compile(cls, source: str) -> "CaselessPattern":
        return cls(re.compile(source, re.IGNORECASE), re.compile(source) if _lowercase_only(source) else None)

    def scan(self, text: str) -> tuple[re.Pattern[str], str]:
        """The pattern to run and the text to run it over (offsets are those of ``text``)."""
        if self.twin is None:
            return self.pattern, text
        last, lowered = _recent_lowered[0]  # the text lowered last: mostly the document's
        if last is not text:
            last, lowered = _last_short[0]  # or the sentence that lists are asked of in turn
            if last is not text:
                lowered = _lowered(text)
        return (self.pattern, text) if lowered is None else (self.twin, lowered)


def _lowercase_only(source: str) -> bool:
    """Whether a pattern matches the same lowered text with case ignored or not: no capital
    and no character with another case outside escapes ("\\S") and group names, and no class range but of
    digits (under IGNORECASE, "[0-[]" would match "a" through its capital)."""
    plain = _ESCAPE.sub("", source)
    if any(
        c != c.lower() or (not c.isascii() and (c != c.upper() or _FOLDS_TO_ASCII.match(c))) for c in plain
    ):
        return False
    ranges = (r for c in _CLASS.findall(plain) for r in _RANGE.findall(c[1:-1].strip("-^")))
    return all(low.isdigit() and high.isdigit() for low, high in ranges)


@dataclass(frozen=True)
class PhraseMatcher:
    """Finds phrases on word boundaries, case-insensitively, longest phrase first."""

    labels: Mapping[str, Any]
    case_sensitive: bool = False
    word_bounded: bool = True  # False where particles and compounds glue to a phrase (Korean)
    _source: str = field(init=False, repr=False)  # of ``pattern``
    _sensitive: re.Pattern[str] | None = field(init=False, repr=False)  # over lowered text (see _scan)
    _by_lower: dict[str, Any] = field(init=False, repr=False)
    _holds: dict[str, bool] = field(init=False, repr=False, compare=False)  # contains(), by sentence

    def __post_init__(self) -> None:
        ignore_case = not self.case_sensitive
        phrases = tuple(self.labels)
        alternation = phrase_alternation(phrases, ignore_case=ignore_case)
        gate = _first_character_gate(phrases, ignore_case=ignore_case)
        opening = _word_start(phrases, gated=bool(gate))
        source = gate + (
            rf"{opening}(?:{alternation})(?![\w])" if self.word_bounded else f"(?:{alternation})"
        )
        sensitive = _sensitive_source(phrases, ignore_case, self.word_bounded) or source
        # a case-sensitive list is always read by its case-sensitive pattern; a caseless one, over
        # lowered text where the twin finds what the ignore-case pattern finds (CaselessPattern)
        compiled = re.compile(sensitive) if self.case_sensitive or _lowercase_only(source) else None
        object.__setattr__(self, "_source", source)
        object.__setattr__(self, "_sensitive", compiled)
        object.__setattr__(self, "_by_lower", {phrase_key(p): v for p, v in self.labels.items()})
        object.__setattr__(self, "_holds", {})

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The list's pattern over a text as written, case ignored unless the list is of names.
        Compiled when first asked: a caseless list asks for it only of a text that does not
        lower safely (few or none in a document), a list of names never."""
        return re.compile(self._source, 0 if self.case_sensitive else re.IGNORECASE)

    def _scan(self, text: str) -> tuple[re.Pattern[str], str]:
        """The pattern to run and the text to run it over (``CaselessPattern.scan``, with the
        ignore-case pattern compiled only where a text needs it)."""
        pattern = self._sensitive
        if pattern is None:
            return self.pattern, text
        if self.case_sensitive:
            return pattern, text
        last, lowered = _recent_lowered[0]  # the text lowered last: mostly the document's
        if last is not text:
            last, lowered = _last_short[0]  # or the sentence that lists are asked of in turn
            if last is not text:
                lowered = _lowered(text)
        return (self.pattern, text) if lowered is None else (pattern, lowered)

    @classmethod
    def of(cls, phrases: Iterable[str], label: Any = True, word_bounded: bool = True) -> "PhraseMatcher":
        return cls({p: label for p in phrases}, word_bounded=word_bounded)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[PhraseMatch]:
        if not self._by_lower:  # an empty list (a language without such words): nothing to scan
            return
        pattern, scanned = self._scan(text)
        label = self._label
        for m in pattern.finditer(scanned, start, len(text) if end is None else end):
            begin, stop = m.span()
            found = text[begin:stop]
            yield _new_match(PhraseMatch, (begin, stop, found, label(found)))

    def search(self, text: str, start: int = 0, end: int | None = None) -> PhraseMatch | None:
        if not self._by_lower:
            return None
        pattern, scanned = self._scan(text)
        found = pattern.search(scanned, start, len(text) if end is None else end)
        return None if found is None else self._phrase(text, found)

    def spans(self, text: str, start: int, end: int) -> bool:
        """Whether a phrase of the list runs exactly from ``start`` to ``end``: a span found by
        another list ("에 대해 합의" as an agreement noun) read as one of this list's phrases."""
        found = self.match(text, start, end)
        return found is not None and found.end == end

    def match(self, text: str, start: int = 0, end: int | None = None) -> PhraseMatch | None:
        """The phrase that starts at ``start``, if one does: one try, where ``search`` would go on
        through the whole range to find a phrase that is not there."""
        if not self._by_lower:
            return None
        pattern, scanned = self._scan(text)
        found = pattern.match(scanned, start, len(text) if end is None else end)
        return None if found is None else self._phrase(text, found)

    def _phrase(self, text: str, m: re.Match[str]) -> PhraseMatch:
        """The phrase a match found. A miss is told apart by the caller, without this call: four
        in five asks of ``search`` and ``match`` find nothing."""
        begin, stop = m.span()
        found = text[begin:stop]
        return _new_match(PhraseMatch, (begin, stop, found, self._label(found)))

    def _label(self, found: str) -> Any:
        # a phrase written with single spaces is its own key once lowercased: most are, and
        # they skip the split and join of _key
        labels = self._by_lower
        lowered = found.lower()
        return labels[lowered] if lowered in labels else labels.get(phrase_key(found))

    def count(self, text: str, start: int = 0, end: int | None = None, limit: int | None = None) -> int:
        """How many phrases the range holds; with ``limit``, counting stops there (the rest of
        the range is not scanned)."""
        if not self._by_lower:
            return 0
        pattern, scanned = self._scan(text)
        end = len(text) if end is None else end
        if limit is None:
            return len(pattern.findall(scanned, start, end))
        return sum(1 for _ in islice(pattern.finditer(scanned, start, end), limit))

    def contains(self, text: str) -> bool:
        """Whether the text holds a phrase. The answer for a sentence is remembered: rules ask
        it of the sentence again for each number in it (over half the asks were repeats). Read
        with ``get``: nearly half the asks are a sentence's first, and a caught KeyError costs as
        much as a scan of a short text."""
        known = self._holds.get(text)
        if known is not None:
            return known
        if not self._by_lower:
            return False
        pattern, scanned = self._scan(text)
        holds = pattern.search(scanned) is not None
        if len(text) <= _REMEMBERED_CHARS:
            if len(self._holds) >= _REMEMBERED_TEXTS:
                self._holds.clear()
            self._holds[text] = holds
        return holds


_REMEMBERED_CHARS = 500  # a text up to this long (a sentence) has contains()'s answer remembered
_REMEMBERED_TEXTS = 256  # answers a list remembers: the sentences of a document

_LOWERED_KEPT = 4  # the document and the long sentences read in turn with it
_recent_lowered: list[tuple[str, str | None]] = [("", "")]
# the short text lowered last, by identity: the scans read it before calling _lowered, since a
# rule asks several lists in turn of one sentence (four in ten short texts lowered were the last)
_last_short: list[tuple[str, str | None]] = [("", "")]
_SHORT_KEPT = 4096  # short non-ASCII texts lowered: the sentences of a few documents
_short_lowered: dict[str, str | None] = {}
_NOT_LOWERED: Any = object()  # _short_lowered's answer for a text not lowered yet (None is one)


def _lowered(text: str) -> str | None:
    """``text`` lowercased, where that changes nothing an ASCII pattern can tell apart but the
    case of ASCII letters (same length, same word characters, no character such as the Kelvin
    sign that matches an ASCII letter only when case is ignored); else None. A long text is
    lowered once: the last few are remembered (by identity, so never mistaken), since a builder
    asks of the document and of a long sentence in turn, and one slot made each evict the other
    (a 150,000-word line was lowered 200,000 times). A short text in another script (a Korean
    sentence, read by a dozen phrase lists) is remembered by its value, a few thousand at most."""
    if len(text) <= _FOLD_CACHED_CHARS:
        if text.isascii():
            lowered = text.lower()
        elif (lowered := _short_lowered.get(text, _NOT_LOWERED)) is _NOT_LOWERED:
            if len(_short_lowered) >= _SHORT_KEPT:
                _short_lowered.clear()
            lowered = _short_lowered[text] = _lower(text)
        _last_short[0] = (text, lowered)
        return lowered
    for position, (kept, lowered) in enumerate(_recent_lowered):
        if kept is text:
            if position:
                _recent_lowered.insert(0, _recent_lowered.pop(position))
            return lowered
    lowered = _lower(text)
    _recent_lowered.insert(0, (text, lowered))
    del _recent_lowered[_LOWERED_KEPT:]
    return lowered


def _lower(text: str) -> str | None:
    if text.isascii():
        return text.lower()
    # the characters not known to lower safely, checked one by one: Korean text asks of some
    # hundred syllables, most of them seen before, in every sentence a phrase list reads
    # (this check was a third of Korean extraction)
    for char in set(text).difference(_LOWERS_SAFELY):
        if not _lowers_safely(char):
            return None
        _LOWERS_SAFELY.add(char)
    return text.lower()


# characters whose lower case keeps what an ASCII pattern tells apart (ASCII ones do); grows
# with the characters read, a few thousand at most
_LOWERS_SAFELY: set[str] = {chr(code) for code in range(128)}


def _lowers_safely(char: str) -> bool:
    """Whether lowering ``char`` keeps its length and whether it is a word character, and gives
    no ASCII letter: never the Kelvin sign, which lowers to "k" and matches one only when case
    is ignored."""
    low = char.lower()
    return not (
        len(low) != 1
        or low.isascii()
        or _FOLDS_TO_ASCII.match(char) is not None
        or (_WORD.match(char) is None) != (_WORD.match(low) is None)
    )


def lowered_range(text: str, start: int, end: int) -> str | None:
    """``text[start:end]`` as the phrase lists' lowered scans read it, or None where they read the
    text as written (see ``_lowered``): computed once for a sentence, it tells several readers
    at the cost of a substring test each whether they can find anything there (``holds_any``)."""
    last, lowered = _recent_lowered[0]  # asked of the document: mostly the text lowered last
    if last is not text:
        lowered = _lowered(text)
    return None if lowered is None else lowered[start:end]


def needles(phrases: Iterable[str]) -> tuple[str, ...]:
    """A word that each phrase holds (its longest, lowered), shortest first: a range whose lowered
    text holds none of these holds none of the phrases. Empty where a word is not ASCII, whose
    case a lowered text may not keep as a pattern ignoring case reads it: then nothing is ruled out."""
    words = sorted(
        {max(phrase.lower().split(), key=len) for phrase in phrases if phrase.split()},
        key=lambda w: (len(w), w),
    )
    if not all(word.isascii() for word in words):
        return ()
    kept: list[str] = []
    for word in words:  # "seventeen" holds "seven": a test for "seven" answers for both
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(kept)


def holds_any(lowered: str | None, words: tuple[str, ...]) -> bool:
    """Whether a lowered range (``lowered_range``) may hold a phrase of those ``needles`` were
    taken from; always where the range is not read lowered or nothing rules it out. A plain
    loop: asked several times of every sentence, ``any`` over a generator cost twice as much."""
    if lowered is None or not words:
        return True
    for word in words:  # noqa: SIM110 (see above: ``any`` is the slower form here)
        if word in lowered:
            return True
    return False


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per language
class Lexicon:
    """Everything language-specific the extractors need, compiled once."""

    language: str
    words: dict[str, Any]
    places: dict[str, Any]
    # matcher(section, key): a matcher over ``[section] key``, a list (labels True) or a table of
    # labels. Asked some 2,000 times a document, so it is the cache itself: a known matcher is
    # answered by the cache's lookup, without a Python call of a method around it (a third less).
    matcher: Callable[[str, str], PhraseMatcher] = field(init=False, repr=False)
    # lowered_words(section, key): the words of ``[section] key`` lowered, as a set to test a word
    # of the text against; built once, where rules built it at each ask (the function words,
    # fifty of them, some 2,000 times a document)
    lowered_words: Callable[[str, str], frozenset[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "matcher", cache(partial(_matcher, self.language)))
        object.__setattr__(self, "lowered_words", cache(partial(_lowered_words, self.language)))

    def __reduce__(self) -> tuple[Callable[[str], "Lexicon"], tuple[str]]:
        """Sent to another process as its language: there it is that process's own lexicon
        (one instance a language, which the caches keyed by it rely on; the cache above does not pickle)."""
        return load_lexicon, (self.language,)

    @property
    def word_bounded(self) -> bool:
        """Whether a phrase must stand as whole words (``[text] word_bounded``): in Korean a
        particle or a compound glues to it (환자는, 외국인환자), so there it need not."""
        return bool(self.words["text"]["word_bounded"])

    def section(self, name: str) -> dict[str, Any]:
        return self.words[name]

    def alternation(self, section: str, key: str, *, ignore_case: bool = True) -> str:
        """The phrases of ``[section] key`` as one group of a regular expression, for a pattern
        built around them ("with" before a counterpart, "the" before a name)."""
        return f"(?:{phrase_alternation(self.words[section][key], ignore_case=ignore_case)})"


@cache
def load_lexicon(language: str = "en") -> Lexicon:
    folder = LEXICON_DIR / language
    if not folder.is_dir():
        raise ValueError(f"no lexicon for language {language!r} in {LEXICON_DIR}")
    with (folder / "words.toml").open("rb") as f:
        words = tomllib.load(f)
    problems = declaration_problems(words)
    if problems:
        raise ValueError(f"{folder / 'words.toml'} disagrees with lang/word_lists.py: {'; '.join(problems)}")
    words = with_slots_filled(with_left_out_lists_empty(words))
    with (folder / "places.toml").open("rb") as f:
        places = tomllib.load(f)
    return Lexicon(language, words, places)


def with_slots_filled(words: dict[str, Any]) -> dict[str, Any]:
    """The word lists of a ``words.toml`` with every phrase written with slots spelled out.

    A phrase of a list, or a key of a table of labels, may name other lists of its section in
    braces: "{care_nouns} 목적으로 {arrivals} 외국인" stands for every phrase made by putting each
    phrase of ``care_nouns`` in the first slot and each of ``arrivals`` in the second (the first
    slot varying slowest), each with the label written for it. A class of phrases that is the
    product of its parts (a purpose of care x a verb of coming) is then written as its parts,
    and a word added to a part reaches every phrase made of it. A slot names a plain list of its
    own section, whose phrases hold no slot; a table must not get one phrase twice.
    """
    return {
        section: {key: _filled(value, table, f"[{section}] {key}") for key, value in table.items()}
        if isinstance(table, dict)
        else table
        for section, table in words.items()
    }


def _filled(value: Any, section: dict[str, Any], where: str) -> Any:
    if isinstance(value, list):
        return [phrase for item in value for phrase in _spelled_out(item, section, where)]
    if not isinstance(value, dict):
        return value
    table: dict[str, Any] = {}
    for item, label in value.items():
        for phrase in _spelled_out(item, section, where):
            if phrase in table:
                raise ValueError(f"{where}: {phrase!r} is written twice")
            table[phrase] = label
    return table


def _spelled_out(phrase: Any, section: dict[str, Any], where: str) -> list[Any]:
    """Every phrase a phrase with slots stands for, in order; a phrase without one, as it is."""
    if not isinstance(phrase, str) or _SLOT.search(phrase) is None:
        return [phrase]
    literals = _SLOT.split(phrase)  # text, slot name, text, slot name, ..., text
    names = literals[1::2]
    for name in names:
        part = section.get(name)
        if not isinstance(part, list) or not all(isinstance(p, str) and not _SLOT.search(p) for p in part):
            raise ValueError(f"{where}: the slot {{{name}}} of {phrase!r} names no plain list of its section")
    return [
        "".join(text + filling for text, filling in zip(literals[::2], (*chosen, ""), strict=True))
        for chosen in product(*(section[name] for name in names))
    ]


def _lowered_words(language: str, section: str, key: str) -> frozenset[str]:
    return frozenset(word.lower() for word in load_lexicon(language).words[section][key])


@cache
def _matcher(language: str, section: str, key: str) -> PhraseMatcher:
    lexicon = load_lexicon(language)
    value = lexicon.words[section][key]
    if isinstance(value, dict):
        return PhraseMatcher(value, word_bounded=lexicon.word_bounded)
    return PhraseMatcher.of(value, word_bounded=lexicon.word_bounded)


def _first_character_gate(phrases: Iterable[str], *, ignore_case: bool) -> str:
    """The look-ahead of ``starting_with`` for a phrase list, where its phrases start with few
    letters or with capitals (names); else nothing.

    Where the phrases start with a few letters (or capitals), the look-ahead fails at most
    positions, before the word-boundary look-behind and the tree's first branch are tried in
    turn: the scan of "the hospital"-like anaphors takes half the time, the gazetteer's a fifth
    less. Where they start with a dozen lowercase letters or more, it passes too often to pay.
    """
    phrases = list(phrases)
    if ignore_case and len({phrase.lower()[:1] for phrase in phrases} - {""}) > GATED_STARTS:
        return ""
    return starting_with(phrases, lowered=ignore_case)


def starting_with(*phrase_lists: Iterable[str], lowered: bool = True, digit: bool = False) -> str:
    """A look-ahead for the characters a pattern's matches start with ("(?=[\\dfl])"): the first
    character of each phrase that may open it (lowered where the pattern reads lowered text or
    ignores case, as the prefix tree lowers its phrases) and, if asked, a digit; nothing where a
    phrase starts with a space (which the tree reads as any run of whitespace) or there is none.

    The regex engine tries a pattern at every position of the text; one that opens with a
    word boundary or a look-behind costs some 20 ns a character, and this one test fails at most
    positions at once. It restates what the pattern's first word or number starts with, so it
    changes no match. The one helper for phrase lists and for the languages' date and year
    patterns, so that no pattern lists its first characters by hand.
    """
    starts = {(phrase.lower() if lowered else phrase)[:1] for phrases in phrase_lists for phrase in phrases}
    starts.discard("")
    if any(char.isspace() for char in starts) or not (starts or digit):
        return ""
    escaped = "".join(re.escape(char) for char in sorted(starts))
    return "(?=[" + (r"\d" if digit else "") + escaped + "])"


def phrase_alternation(phrases: Iterable[str], *, ignore_case: bool = True) -> str:
    """One regular expression for many phrases, shaped as their prefix tree.

    Every pattern built from a lexicon list goes through here. With ``ignore_case`` the tree is
    built from the lowercased phrases, for a pattern compiled with ``re.IGNORECASE``.

    An alternation of 2,000 place names makes the regex engine try every name at each capital
    letter; the tree tries each shared prefix once (13x faster on the place gazetteer). Longer
    phrases win: each optional continuation is greedy, and the boundary check after the
    expression backtracks to a shorter phrase only when the longer one ends inside a word.
    A space in a phrase matches any run of whitespace ("Da  Nang", "Ministry of\\nHealth"), and
    an apostrophe either of its two forms: pages write "the previous year’s" as often as "the
    previous year's", and a list holds one of them.
    """
    return _prefix_tree_pattern(tuple(phrases), ignore_case)


def _word_start(phrases: tuple[str, ...], *, gated: bool) -> str:
    """What opens a word-bounded list's pattern: no word character right before the phrase.
    A list not gated by its first characters has its opening tried at every position of the
    text; where every phrase opens with a word character, a word boundary says the same there
    (both read the character before the scanned range, and at the string's start find none) at
    less cost than entering a look-behind (about 0.5 % of the instructions of English
    extraction). Behind a gate, the opening is tried only where a phrase may start, mostly
    between two word characters on a Korean page, where the boundary's two tests cost more
    than the look-behind's one: a gated list, or one with a phrase that opens otherwise, keeps
    the look-behind."""
    if gated or not all(_WORD.match(phrase) for phrase in phrases):
        return r"(?<![\w])"
    return r"\b"


def _sensitive_source(phrases: tuple[str, ...], ignore_case: bool, word_bounded: bool) -> str | None:
    """The source of a gated phrase list's pattern for a case-sensitive scan (of the lowered
    text, or of the text as written for a list of names): it opens with the list's first
    characters (``_opened_alternation``); None where the list is not gated or cannot open so.

    The regex engine enters a pattern that opens with a look-ahead at every position of the
    text; one that opens with a character, or a branch of characters, it skips along the text
    to the next such character in one tight loop.
    """
    if not _first_character_gate(phrases, ignore_case=ignore_case):
        return None
    opened = _opened_alternation(phrases, ignore_case, word_bounded)
    return None if opened is None else opened + (r"(?![\w])" if word_bounded else "")


@cache
def _prefix_tree_pattern(phrases: tuple[str, ...], ignore_case: bool) -> str:
    branches = [_character(char) + rest for char, rest in _first_branches(phrases, ignore_case)]
    return _alternation(branches) if branches else "(?!)"


def _opened_alternation(phrases: tuple[str, ...], ignore_case: bool, word_bounded: bool) -> str | None:
    """The prefix tree of ``phrase_alternation`` with the word-boundary look-behind moved after
    each first character ("(?:h(?<![\\w]h)ospital|p(?<![\\w]p)atients?)"), for a pattern read
    case-sensitively (``_sensitive_source``); None where a phrase opens with a space or an
    apostrophe (a class, not a character). The same matches as the look-ahead gate, the
    look-behind and the tree in turn: a phrase can start only at its first character, and the
    look-behind still reads the one before it. (With case ignored, cased first characters would
    not let the engine skip: the ignore-case pattern keeps the gate.)
    """
    branches = _first_branches(phrases, ignore_case)
    if not branches or any(char in " '" for char, _ in branches):
        return None
    return _alternation(
        [
            re.escape(char) + (rf"(?<![\w]{re.escape(char)})" if word_bounded else "") + rest
            for char, rest in branches
        ]
    )


@cache
def _first_branches(phrases: tuple[str, ...], ignore_case: bool) -> tuple[tuple[str, str], ...]:
    """The prefix tree's first characters, each with the pattern of what may follow it."""
    tree: dict[str, dict] = {}
    for phrase in filter(None, phrases):
        node = tree
        phrase = phrase.lower() if ignore_case else phrase
        for char in phrase.replace(_CURLY_APOSTROPHE, "'"):
            node = node.setdefault(char, {})
        node[""] = {}
    return tuple((char, _tree_pattern(child)) for char, child in sorted(tree.items()))


def _tree_pattern(node: dict[str, dict]) -> str:
    branches = [_character(char) + _tree_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" in node:  # a phrase ends here; a longer one may go on
        return f"(?:{_alternation(branches)})?"
    return _alternation(branches)


def _alternation(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _character(char: str) -> str:
    """A character of a phrase as the tree reads it: a space any run of whitespace, an
    apostrophe either form."""
    return r"\s+" if char == " " else _APOSTROPHES if char == "'" else re.escape(char)


def phrase_key(phrase: str) -> str:
    """The form a phrase list knows a phrase by, and a text a pattern of the list found ("the
    previous  Year’s" is "the previous year's"): for reading a table keyed by the list's phrases."""
    return " ".join(phrase.split()).lower().replace(_CURLY_APOSTROPHE, "'")
