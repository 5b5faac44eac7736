"""Where an English sentence ends: a stop, then space, then a capital, a digit or another script,
unless the stop ends an abbreviation ("Dr.", "U.S.") or an initial; or a stop glued between a
word and a capitalised word, as pages that lost their spaces print it."""

import re

from extractors.lang.lexicon import Lexicon

_OTHER_SCRIPTS = "[\u0400-\u04ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"
# Hangul or Cyrillic in a sentence: a line of Korean or Russian beside the English text
FOREIGN_SCRIPT = re.compile(r"[\uac00-\ud7a3\u0400-\u04ff]")
# A bracketed aside: where an English sentence glosses a name in its own script ("(서울성모병원)")
_BRACKETED = re.compile(r"\([^()]*\)")


def is_english_script(text: str) -> bool:
    """Whether a sentence is written in English: no Hangul or Cyrillic outside brackets. "The
    clinic (우리들병원) treated 4,200 patients" glosses a name and stays English; a line of
    Korean or Russian beside the English text does not."""
    return FOREIGN_SCRIPT.search(text) is None or FOREIGN_SCRIPT.search(_BRACKETED.sub("", text)) is None


def sentence_boundary(lexicon: Lexicon) -> re.Pattern[str]:
    abbreviations = lexicon.section("text")["abbreviations"]
    not_abbreviation = "".join(
        rf"(?<!\b{re.escape(a)}\.)" for a in sorted(abbreviations, key=len, reverse=True)
    )
    # a stop (optionally closed by a quote or bracket), then space; the next sentence starts with
    # a capital, a digit, or a letter of another script (Korean or Russian text beside the English)
    # a stop glued to the next sentence ("has passed one million.The agency said"): a word of
    # small letters or a year, the stop, a capitalised word (one of two letters only before a
    # space: "said.In a statement", not "clinic.Co"); never inside an abbreviation
    glued = r"(?:(?<=[a-z]{3}[.!?])|(?<=\d{4}[.!?]))(?=[A-Z][a-z]{2,}\b|[A-Z][a-z] )"
    # the match starts with the stop itself, not with a look-behind for it: the regex engine then
    # tries the pattern at the stops alone, not at every character (about 20x faster)
    return re.compile(
        rf"[.!?](?:(?<!\b[A-Z]\.){not_abbreviation}[\"'”’)\]]?\s+"
        rf"(?=[\"'“‘(\[]?(?:[A-Z0-9]|{_OTHER_SCRIPTS}))|{glued})"
    )


def line_wrap(lexicon: Lexicon) -> re.Pattern[str]:
    """The line break of hard-wrapped prose: a line ending in a lowercase word or a comma with the
    next line going on in lowercase ("the most developed\nhealthcare system"), or a line ending
    in a word that never ends a sentence ("signed a\nMemorandum of Cooperation")."""
    words = lexicon.alternation("text", "line_wrap_words")
    return re.compile(rf"(?:[a-z,]\n(?=[a-z])|(?<![\w-]){words}\n)")


SHORT_HEADLINE_WORDS = (2, 4)  # the words of a headline too short to look like one alone

_NOT_LATIN_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())
_BREADCRUMB_MARKS = (">", "»", "›")  # "Home > News > Health" is a path of sections


def looks_like_headline(text: str) -> bool:
    """Four words or more, mostly Latin letters, not all lowercase, not a path of sections."""
    return (
        len(text.split()) >= 4
        and not FOREIGN_SCRIPT.search(text)
        and not text.islower()
        and not any(mark in text for mark in _BREADCRUMB_MARKS)
        and _latin_letters(text) >= 0.6 * (len(text) - text.count(" "))
    )


def looks_like_short_headline(text: str) -> bool:
    """Two or three words opening with a capital and ending in a letter ("Health for Export"):
    a headline too short for ``looks_like_headline``, not a sentence, a figure or a date."""
    words = text.split()
    return (
        SHORT_HEADLINE_WORDS[0] <= len(words) < SHORT_HEADLINE_WORDS[1]
        and text[0].isupper()
        and text[-1].isalpha()
    )


def _latin_letters(text: str) -> int:
    """How many letters A-Z and a-z the text holds: its ASCII characters with the others than
    letters deleted (a copy in C, where a regex's list of matches took six times as long)."""
    return len(text.encode("ascii", "ignore").translate(None, _NOT_LATIN_LETTERS))
