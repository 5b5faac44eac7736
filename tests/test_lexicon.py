"""The lexicon: the phrase matcher's lowered-text scan finds what the ignore-case pattern finds,
and every word list is read by the extractors."""

import re
from pathlib import Path

import pytest

import extractors
from extractors.lang import lexicon
from extractors.lang.lexicon import (
    LEXICON_DIR,
    CaselessPattern,
    PhraseMatcher,
    load_lexicon,
    phrase_alternation,
    with_slots_filled,
)
from extractors.lang.word_lists import WORD_LISTS


@pytest.mark.parametrize(
    "text",
    [
        "Korea and KOREA, korea.",
        "Medical Tourism in Kazakhstan — “medical tourism” ’s",
        "\u212aorea (Kelvin sign), \u017ferbia (long s), \u0130stanbul, \u0131stanbul",
        "Kyiv КИЇВ Σεούλ ΟΔΟΣ: medical tourism",
        "medical\n tourism " * 40 + "\u212aorea",
    ],
)
def test_lowered_scan_matches_like_the_ignore_case_pattern(text: str) -> None:
    matcher = PhraseMatcher.of(["korea", "medical tourism", "serbia", "istanbul", "seoul"])
    expected = [(m.start(), m.end(), m.group(0)) for m in matcher.pattern.finditer(text)]
    assert [(m.start, m.end, m.text) for m in matcher.finditer(text)] == expected
    assert matcher.count(text) == len(expected)
    assert matcher.count(text, limit=1) == min(1, len(expected))
    assert matcher.contains(text) == bool(expected)
    first = expected[0] if expected and expected[0][0] == 0 else None
    match = matcher.match(text)
    assert (match.start, match.end, match.text) == first if first else match is None


@pytest.mark.parametrize(
    ("text", "start", "found"),
    [
        ("Medical tourism in Korea", 0, "Medical tourism"),
        ("Medical tourism in Korea", 19, "Korea"),
        ("Medical tourism in Korea", 1, None),  # inside a word: no phrase starts there
        ("Medical tourism in Korea", 16, None),  # "in": a phrase later in the range does not count
        ("Koreans", 0, None),  # a phrase that is only the start of a word
    ],
)
def test_match_reads_only_a_phrase_that_starts_where_asked(text: str, start: int, found: str | None) -> None:
    matcher = PhraseMatcher.of(["korea", "medical tourism"])
    match = matcher.match(text, start)
    assert (match.text if match else None) == found
    searched = matcher.search(text, start)
    assert match == (searched if searched is not None and searched.start == start else None)


def test_characters_read_before_are_lowered_alike_and_an_unsafe_one_is_never_taken_for_safe() -> None:
    """Which characters lower safely is remembered across texts: a text of characters seen
    before is scanned lowered, and the Kelvin sign, asked of again, is read as it is each time."""
    matcher = PhraseMatcher.of(["korea", "seoul"])
    texts = ["서울과 Seoul, Korea", "서울과 Seoul, \u212aorea", "서울과 \u212aorea", "서울과 Seoul, Korea"]
    for text in texts:
        expected = [(m.start(), m.end(), m.group(0)) for m in matcher.pattern.finditer(text)]
        assert [(m.start, m.end, m.text) for m in matcher.finditer(text)] == expected
        read_as_it_is = bool(CaselessPattern.compile("korea").scan(text)[0].flags & re.IGNORECASE)
        assert read_as_it_is == ("\u212a" in text)


TWELVE_LETTERS = [chr(c) + "x" for c in range(ord("a"), ord("a") + 12)]  # "ax", "bx", ... "lx"


@pytest.mark.parametrize(
    ("phrases", "case_sensitive", "form", "unbounded_form"),
    [
        (["the hospital", "the ministry", "the city"], False, "opened", "opened"),  # one first letter
        (["hospital", "a", "ex", "the city"], False, "opened", "opened"),  # a phrase of one letter
        (["Seoul", "Busan", "Åland", "İzmir", "mainland China"], True, "opened", "opened"),  # names
        ([*TWELVE_LETTERS, "the city"], False, "plain", "plain"),  # too many first letters to gate
        ([" hospital", "the hospital"], False, "plain", "plain"),  # a leading space: any whitespace
        (["’s hospital", "the hospital"], False, "gated", "gated"),  # an apostrophe: a class of two
        (["(the) city", *TWELVE_LETTERS], False, "plain", "plain"),  # a first character not of a word
    ],
)
@pytest.mark.parametrize("word_bounded", [True, False])
def test_a_case_sensitive_scan_finds_what_the_plain_tree_finds(
    phrases: list[str], case_sensitive: bool, form: str, unbounded_form: str, word_bounded: bool
) -> None:
    """Read case-sensitively (the lowered text, or a list of names), a gated phrase list opens
    with its first characters where it can, else with the look-ahead gate; with case ignored it
    keeps the gate. Each finds what the plain tree finds, in any range: the word-boundary test
    reads the character before the range."""
    matcher = PhraseMatcher(
        dict.fromkeys(phrases, True), case_sensitive=case_sensitive, word_bounded=word_bounded
    )
    alternation = phrase_alternation(phrases, ignore_case=not case_sensitive)
    plain = re.compile(
        rf"(?<![\w])(?:{alternation})(?![\w])" if word_bounded else f"(?:{alternation})",
        0 if case_sensitive else re.IGNORECASE,
    )
    texts = [
        "The Hospital said the\nhospital in Seoul, Busan and İzmir (Åland) hosted ax bx the  city; "
        "ex-Seoul, Kazakh’s hospital, a  xthe city, ’s hospital (the) city",
        "ax the city: Seoul, Tokyo,Daegu and Kazakhstan’s Åland ex (The) City",
        "Mainland China, the ministry: lx",
    ]
    for text in texts:
        pattern, _ = matcher._scan(text)
        # an ungated plain tree opens with a word boundary where every phrase opens with a word character
        opens = {"(?=[": "gated", "(?<!": "plain", "\\b(?:": "plain", "(?:(?:": "plain"}
        found = next((f for opening, f in opens.items() if pattern.pattern.startswith(opening)), "opened")
        if case_sensitive or lexicon.lowered_range(text, 0, len(text)) is not None:
            assert found == (form if word_bounded else unbounded_form)
        else:  # "İzmir" lowers to two characters: the text is read as written, case ignored
            assert pattern is matcher.pattern
        for start in range(len(text)):
            for end in (None, start + 5, start + 40):
                expected = [m.span() for m in plain.finditer(text, start, len(text) if end is None else end)]
                assert [(m.start, m.end) for m in matcher.finditer(text, start, end)] == expected
                first = plain.match(text, start, len(text) if end is None else end)
                match = matcher.match(text, start, end)
                assert (match.start, match.end) == first.span() if first else match is None


def test_count_stops_at_its_limit() -> None:
    matcher = PhraseMatcher.of(["the", "of"])
    text = "the number of the patients of the year"
    assert matcher.count(text) == 5
    assert [matcher.count(text, limit=n) for n in (1, 2, 4, 9)] == [1, 2, 4, 5]
    assert matcher.count(text, 4, len(text), limit=2) == 2  # from "number": "of", "the"


def test_an_empty_list_finds_nothing_anywhere() -> None:
    """A language may leave a list empty: every way of asking finds nothing, as its pattern does."""
    matcher = PhraseMatcher.of([])
    text = "the number of the patients of the year " * 30
    assert matcher.pattern.search(text) is None
    assert list(matcher.finditer(text)) == list(matcher.finditer(text, 4, 40)) == []
    assert matcher.search(text) is matcher.match(text) is matcher.search(text, 4, 40) is None
    assert matcher.count(text) == matcher.count(text, limit=2) == 0
    assert not matcher.contains(text) and not matcher.contains(text[:40])


def test_contains_answers_again_as_the_pattern_does() -> None:
    """contains() remembers its answer for a sentence; asked again, in any order, of more
    sentences than it keeps, of equal texts that are other strings, of texts too long to keep
    and of texts read as they are (the Kelvin sign), it answers as a scan of the pattern does."""
    matcher = PhraseMatcher.of(["korea", "medical tourism", "seoul"])
    texts = [
        f"{word} {n} in {place}"
        for n in range(300)
        for word, place in [("Medical  tourism", "Busan"), ("patients", "KOREA"), ("visitors", "Seoulite")]
    ]
    texts += ["x " * 400 + "Korea", "x " * 400 + "Koreans", "\u212aorea", "\u212aorean", "korea"]
    for text in texts + texts[::-1] + ["".join(list(t)) for t in texts]:
        assert matcher.contains(text) == (matcher.pattern.search(text) is not None), text[:40]
    assert any(matcher.contains(t) for t in texts) and not all(matcher.contains(t) for t in texts)


@pytest.mark.parametrize(
    ("source", "twinned"),
    [
        (r"\b(?P<day>[0-3]?\d)(?:st|nd)?\s+(?:of\s+)?(?:march|may)\b(?!['’]s)", True),
        (r"\bMarch\b", False),  # a capital: never matches lowered text
        (r"[0-[]", False),  # a range that holds capitals, matched by their lower case when ignoring case
        ("\u017f", False),  # long s: matches "s" when ignoring case
    ],
)
def test_a_pattern_has_a_twin_only_when_it_cannot_tell_case(source: str, twinned: bool) -> None:
    assert (CaselessPattern.compile(source).twin is not None) == twinned


def test_the_twin_finds_what_the_ignore_case_pattern_finds() -> None:
    caseless = CaselessPattern.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd)?\s+(?P<month>march|may)\b")
    text = "On 1ST MARCH and 2nd May, not 3 \u212aay; " * 20
    pattern, scanned = caseless.scan(text)
    assert pattern is caseless.pattern  # the Kelvin sign: the text is read as it is
    ascii_text = text.replace("\u212a", "K")
    pattern, scanned = caseless.scan(ascii_text)
    assert pattern is caseless.twin
    expected = [m.span("month") for m in caseless.pattern.finditer(ascii_text)]
    assert [m.span("month") for m in pattern.finditer(scanned)] == expected


# Sections whose lists are read together, keyed by a label of the contract ("at_least").
READ_WHOLE = {"qualifiers"}


def test_every_declared_word_list_is_read_by_the_extractors() -> None:
    """The words of a language live in its lexicon: a list that no extractor reads, and that
    fills no slot of another list (a part of its phrases), is dead data."""
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in Path(extractors.__file__).parent.rglob("*.py")
    )
    words = "\n".join(path.read_text(encoding="utf-8") for path in LEXICON_DIR.glob("*/words.toml"))
    unread = [
        f"[{section}] {key}"
        for section, declared in WORD_LISTS.items()
        if section not in READ_WHOLE
        for key in declared
        if f'"{key}"' not in source and f"'{key}'" not in source and f"{{{key}}}" not in words
    ]
    assert unread == []


def test_a_words_file_that_disagrees_with_the_declaration_does_not_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = LEXICON_DIR / "en"
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "places.toml").write_bytes((english / "places.toml").read_bytes())
    words = (english / "words.toml").read_text(encoding="utf-8")
    (folder / "words.toml").write_text(
        words.replace("\nrespective_words =", "\nrespctive_words ="), encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    with pytest.raises(ValueError, match=r"xx/words.toml disagrees .*respctive_words is not declared"):
        load_lexicon.__wrapped__("xx")


def test_a_phrase_with_slots_stands_for_every_phrase_of_its_parts_in_order() -> None:
    words = {
        "text": {"word_bounded": True},
        "patients": {
            "cares": ["care", "surgery"],
            "verbs": ["came", "flew in"],
            "heads": {"patients": "patients", "people who {verbs} for {cares}": "foreign_patients"},
            "cues": ["{cares} trip", "visit", 3],
        },
    }
    filled = with_slots_filled(words)
    assert filled["patients"]["heads"] == {
        "patients": "patients",
        "people who came for care": "foreign_patients",
        "people who came for surgery": "foreign_patients",
        "people who flew in for care": "foreign_patients",
        "people who flew in for surgery": "foreign_patients",
    }
    assert list(filled["patients"]["heads"])[1:3] == [
        "people who came for care",
        "people who came for surgery",
    ]
    assert filled["patients"]["cues"] == ["care trip", "surgery trip", "visit", 3]
    assert filled["patients"]["cares"] == ["care", "surgery"] and filled["text"] == {"word_bounded": True}
    assert words["patients"]["cues"][0] == "{cares} trip"  # the file's words are left as read


@pytest.mark.parametrize(
    ("patients", "error"),
    [
        ({"heads": ["{caers} trip"]}, r"\[patients\] heads: the slot \{caers\}"),  # a typo: no such list
        ({"labels": {"a": 1}, "heads": ["{labels} trip"]}, "the slot {labels}"),  # a table is no part
        ({"parts": ["{more}"], "more": ["x"], "heads": ["{parts}"]}, "the slot {parts}"),  # no slot in a part
        (
            {"cares": ["care"], "heads": {"care trip": "a", "{cares} trip": "b"}},
            "'care trip' is written twice",
        ),
    ],
)
def test_a_slot_that_names_no_plain_list_or_fills_a_phrase_twice_is_an_error(
    patients: dict[str, object], error: str
) -> None:
    with pytest.raises(ValueError, match=error):
        with_slots_filled({"patients": patients})


def test_the_korean_heads_of_foreigners_who_came_for_care_are_written_as_their_parts() -> None:
    """194 phrases from five short lists: each part's words reach every phrase made of it."""
    heads = load_lexicon("ko").section("patients")["heads"]
    composed = [phrase for phrase in heads if "목적" in phrase or phrase.endswith(("위해", "받으러"))]
    assert len(composed) == 194 and all(heads[phrase] == "foreign_patients" for phrase in composed)
    assert {
        "외국인들이 검진을 받으러",
        "수술 목적으로 우리나라를 찾은 외국인",
        "의료관광 목적 외국인",
        "치료 목적으로 입국하는 관광객",
    } <= set(composed)
    assert "외국인이 의료관광을 받으러" not in heads and not any("{" in phrase for phrase in heads)


def test_spans_only_a_phrase_that_runs_exactly_over_the_range() -> None:
    terms = PhraseMatcher.of(["기로 합의", "에 합의"], word_bounded=False)
    text = "양측은 협력하기로 합의했다."
    start = text.index("기로")
    assert terms.spans(text, start, start + len("기로 합의"))
    assert not terms.spans(text, start, start + len("기로 합의했"))  # runs past the phrase
    assert not terms.spans(text, start - 1, start + len("기로 합의"))  # starts before it
    assert not PhraseMatcher.of([]).spans(text, 0, len(text))
