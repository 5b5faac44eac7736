"""The record builders are language-neutral: every word and letter class of a language lives in
its folder under extractors/lang/, and each document is read in its own language."""

import ast
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

import extractors.records
from extractors.lang.base import Language
from extractors.lang.lexicon import LEXICON_DIR
from extractors.lang.registry import LANGUAGES, language_for
from extractors.lang.word_lists import WORD_LISTS, Need, declaration_problems

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


def _written(code: str) -> dict[str, Any]:
    """A language's ``words.toml`` as written, before the loader fills the lists it leaves out."""
    with (LEXICON_DIR / code / "words.toml").open("rb") as f:
        return tomllib.load(f)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_a_language_writes_only_declared_lists_and_every_required_one(code: str) -> None:
    """Every list a builder asks for is declared once; a language holds the ones it has words for."""
    assert declaration_problems(_written(code)) == []


def test_a_misspelt_list_an_unknown_section_and_a_missing_required_list_are_named() -> None:
    words = _written("en")
    words["patients"]["respctive_words"] = words["patients"].pop("respective_words")
    words["patient"] = {"heads": ["patients"]}
    del words["text"]["word_bounded"]
    assert declaration_problems(words) == [
        "[patients] respctive_words is not declared",
        "[patient] is not a declared section",
        "[text] word_bounded is required",
        "[patients] respective_words is required",  # every language has words for it
    ]


def test_a_list_a_language_leaves_out_reads_as_empty_and_a_written_one_as_written() -> None:
    written = _written("ko")
    lexicon = language_for("ko").lexicon
    assert "articles" not in written.get("grammar", {}) and lexicon.section("grammar")["articles"] == []
    assert (
        "irregular_past" not in written.get("grammar", {})
        and lexicon.section("grammar")["irregular_past"] == {}
    )
    assert lexicon.section("patients")["respective_words"] == written["patients"]["respective_words"]
    assert not lexicon.matcher("text", "abbreviations").contains("Dr. Kim 씨")


def test_every_declared_list_is_written_by_some_language() -> None:
    """A list no language writes reads as empty everywhere: a dead declaration."""
    written = [_written(code) for code in LANGUAGES]
    unwritten = [
        f"[{section}] {key}"
        for section, declared in WORD_LISTS.items()
        for key in declared
        if not any(key in words.get(section, {}) for words in written)
    ]
    assert unwritten == []


def test_no_language_writes_an_optional_list_empty() -> None:
    """A language leaves out the lists it has no words for, rather than writing them empty."""
    empty = [
        f"lang/{code}: [{section}] {key}"
        for code in LANGUAGES
        for section, table in _written(code).items()
        for key, value in table.items()
        if value in ([], {}) and WORD_LISTS[section][key] is not Need.REQUIRED
    ]
    assert empty == []
