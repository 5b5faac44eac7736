"""The record builders are language-neutral: every word and letter class of a language lives in
its folder under extractors/lang/, and each document is read in its own language."""

import ast
import re
from pathlib import Path

import pytest

import extractors.records
from extractors.lang.base import Language
from extractors.lang.registry import LANGUAGES, language_for

RECORD_BUILDERS = sorted(Path(extractors.records.__file__).parent.rglob("*.py"))
PATTERN_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split"}
# what a regular expression may spell without naming a word: escapes, group names, format fields
_NOT_WORDS = re.compile(r"\\[a-zA-Z]|\(\?P<\w+>|\(\?P=\w+\)|\{[^{}]*\}")
_LETTER_CLASS = re.compile(r"[A-Za-z]-[A-Za-z]")
_WORD = re.compile(r"[A-Za-z]{2,}")


def _pattern_literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of every ``re.<call>(...)`` or ``X.compile(...)`` pattern argument."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args):
            continue
        if node.func.attr not in PATTERN_CALLS or not isinstance(node.func.value, ast.Name):
            continue
        if node.func.value.id != "re" and node.func.attr != "compile":
            continue
        for part in ast.walk(node.args[0]):
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                found.append((part.lineno, part.value))
    return found


def test_the_scan_sees_the_patterns_of_the_record_builders() -> None:
    """The scan below finds pattern literals where there are some: it cannot pass by reading nothing."""
    literals = [literal for path in RECORD_BUILDERS for _, literal in _pattern_literals(path)]
    assert len(literals) >= 5
    english = Path(extractors.records.__file__).parent.parent / "lang/en/patterns.py"
    offending = [text for _, text in _pattern_literals(english) if _LETTER_CLASS.search(text)]
    assert offending, "the English patterns hold Latin letter classes, so the scan would catch one"


@pytest.mark.parametrize("path", RECORD_BUILDERS, ids=lambda p: p.relative_to(p.parents[2]).as_posix())
def test_record_builders_spell_no_word_and_no_latin_letter_class(path: Path) -> None:
    offending = []
    for line, literal in _pattern_literals(path):
        plain = _NOT_WORDS.sub("", literal)
        if _LETTER_CLASS.search(plain) or _WORD.search(plain):
            offending.append(f"{path.name}:{line}: {literal!r}")
    assert offending == []


def test_record_builders_import_no_language_folder() -> None:
    """Builders ask the language object of the document, never one language's modules."""
    importing = [
        f"{path.name}: {line.strip()}"
        for path in RECORD_BUILDERS
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.match(r"\s*(from|import) extractors\.lang\.(?!base\b|lexicon\b|patterns\b)", line)
    ]
    assert importing == []


def test_every_registered_language_implements_the_whole_interface() -> None:
    for code, language_class in LANGUAGES.items():
        language = language_for(code)
        assert isinstance(language, Language) and language.code == code
        assert language_class.__abstractmethods__ == frozenset()
        assert language.lexicon.language == code


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no language 'xx'"):
        language_for("xx")


def test_every_language_has_every_list_of_english() -> None:
    """A list a builder asks for must exist in every language (empty where the language reads it
    otherwise), or a document in that language fails on it."""
    english = language_for("en").lexicon.words
    for code in LANGUAGES:
        words = language_for(code).lexicon.words
        missing = [
            f"[{section}] {key}"
            for section, table in english.items()
            for key in table
            if key not in words.get(section, {})
        ]
        assert missing == [], f"lang/{code}/words.toml lacks {missing}"
