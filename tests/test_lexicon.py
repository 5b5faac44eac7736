"""The phrase matcher's lowered-text scan finds what the ignore-case pattern finds."""

import pytest

from extractors.lexicon import PhraseMatcher


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
    assert matcher.contains(text) == bool(expected)
