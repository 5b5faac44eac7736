"""Numbers as news writes them, and the ones that are never head counts."""

import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

import extractors.lang.en.numbers as numbers
from extractors.lang.registry import language_for
from models import Qualifier

ROOT = Path(__file__).resolve().parent.parent


def quantities(text: str):
    return language_for("en").find_quantities(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("reached 300-thousand last year", 300_000, Qualifier.EXACT),
        ("some 2.4 million visitors", 2_400_000, Qualifier.APPROX),
        ("250K patients", 250_000, Qualifier.EXACT),
        ("nearly 70,000 people", 70_000, Qualifier.APPROX),
        ("52,318 patients", 52_318, Qualifier.EXACT),
        ("over 1,000 patients", 1_000, Qualifier.AT_LEAST),
        ("more than 10,000 foreign patients", 10_000, Qualifier.AT_LEAST),
        ("fewer than 900 patients", 900, Qualifier.AT_MOST),
        ("up to 50 patients", 50, Qualifier.AT_MOST),
        ("drew 72-hundred patients", 7_200, Qualifier.EXACT),
        ("close to a million visitors", 1_000_000, Qualifier.APPROX),
        ("some 9,000+ patients", 9_000, Qualifier.AT_LEAST),
        ("only one patient from Chad", 1, Qualifier.EXACT),
        ("a single Chilean patient", 1, Qualifier.EXACT),
        # abbreviations of wire copy, a lower bound written as a word, thousands grouped by spaces
        ("1.2 mln tourists", 1_200_000, Qualifier.EXACT),
        ("0.3 bln visitors", 300_000_000, Qualifier.EXACT),
        ("a 15,000-plus caseload", 15_000, Qualifier.AT_LEAST),
        ("15,000 plus patients", 15_000, Qualifier.AT_LEAST),
        ("12 000 patients", 12_000, Qualifier.EXACT),
        ("about 1\u00a0250\u00a0000 visitors", 1_250_000, Qualifier.APPROX),
        # an article between the qualifier and its number
        ("over a 100,000 visitors", 100_000, Qualifier.AT_LEAST),
        ("nearly a 1,000 patients", 1_000, Qualifier.APPROX),
    ],
)
def test_count_forms(text: str, value: float, qualifier: Qualifier) -> None:
    (found,) = quantities(text)
    assert (found.value, found.qualifier, found.is_measure, found.is_year) == (value, qualifier, False, False)


@pytest.mark.parametrize(
    "text",
    [
        "about 80 percent of them",
        "a 12% rise",
        "sales of 2.3 billion won",
        "US$5 million",
        "within 3 hours",
        # a range with its unit written once, after its second end
        "is likely to fall to 10-15 percent",
        "grew by 20 to 25 percent",
        "between 3 and 5% of them",
        "a 7+ percent rise",
        # a ratio or a clock time, and a multiple
        "3:1 nurse patient ratios",
        "at 10:30 in the morning",
        "managed to 5x its inbound tourists",
    ],
)
def test_money_shares_and_measures_are_not_counts(text: str) -> None:
    assert all(q.is_measure for q in quantities(text))


def test_a_range_of_counts_stays_counts() -> None:
    assert [(q.value, q.is_measure) for q in quantities("3,000 to 4,000 patients a year")] == [
        (3_000, False),
        (4_000, False),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a row of figures is read figure by figure, never as one space-grouped number
        ("2016 2017 2018 497 120 145", [2016, 2017, 2018, 497, 120, 145]),
        ("rows 14 120 145 9", [14, 120, 145, 9]),
        ("a sum: 12 plus 3 more", [12, 3]),
        ("in 2019 120 patients", [2019, 120]),
    ],
)
def test_numbers_side_by_side_stay_apart(text: str, values: list[int]) -> None:
    assert [q.value for q in quantities(text)] == values
    assert all(q.qualifier == Qualifier.EXACT for q in quantities(text))


def test_a_series_keeps_each_number_and_its_year_apart() -> None:
    found = quantities("from 52,000 in 2011 to 64,000 in 2012")
    assert [(q.value, q.is_year) for q in found] == [
        (52_000, False),
        (2011, True),
        (64_000, False),
        (2012, True),
    ]


def test_spelled_out_numbers() -> None:
    (found,) = [q for q in quantities("seven medical centers took part") if not q.is_measure]
    assert found.value == 7


def test_spelled_out_numbers_do_not_depend_on_an_installed_unit_classifier(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """quantulum3 switches its classifier on wherever scikit-learn is importable (its model then
    fails to load); the reader keeps it off, so a sentence with an ambiguous unit ("pounds":
    money or weight) reads the same everywhere."""
    from quantulum3 import classifier

    text = "Seven patients paid five pounds a night"
    expected = [(q.value, q.text, q.is_measure) for q in quantities(text)]
    monkeypatch.setattr(classifier, "USE_CLF", True)
    found = [(q.value, q.text, q.is_measure) for q in quantities(text)]
    assert found == expected == [(7, "Seven", False), (5, "five", True)]


def test_the_spelled_number_reader_imports_inflect_without_run_time_type_checks() -> None:
    """inflect's typeguard checks cost about 3 s of every process's start-up; the reader loads
    quantulum3 (and so inflect) with them off, and leaves typeguard as it was for anything else.
    A fresh interpreter, since another test may have imported inflect already."""
    probe = (
        "import typeguard\n"
        "checked = typeguard.typechecked\n"
        "from extractors.lang.en.numbers import load_spelled_number_reader\n"
        "load_spelled_number_reader()\n"
        "import inflect\n"
        "try:\n"
        "    inflect.engine().plural(5)\n"
        "except typeguard.TypeCheckError:\n"
        "    print('checked')\n"
        "except Exception:\n"
        "    print('unchecked')\n"
        "print(typeguard.typechecked is checked)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split() == ["unchecked", "True"]


@pytest.mark.parametrize(
    "text",
    ["one of the patients", "the fee for one patient", "one doctor and two nurses", "one third of patients"],
)
def test_one_counts_a_patient_only_when_it_stands_before_one(text: str) -> None:
    assert [q.value for q in quantities(text) if q.value == 1] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("One of the two hospitals treated forty patients", [2, 40]),
        ("it is one of  the best hospitals in Asia", []),
        ("one offer to five patients", [5]),
    ],
)
def test_one_used_as_a_pronoun_is_not_read_and_the_numbers_around_it_are(
    text: str, values: list[float]
) -> None:
    """ "one of" opens no text for the spelled-number parser, which drops a bare "one" anyway; the
    other number words of the sentence are read as before, and "one" before another word still
    opens its text."""
    assert [q.value for q in quantities(text) if not q.is_measure] == values


@pytest.mark.parametrize("tail", ["", " \u212a"], ids=["read-lowered", "kelvin-sign-read-as-written"])
def test_word_numbers_are_read_in_a_sentence_of_a_document_whatever_their_case(tail: str) -> None:
    """The readers of fractions, spoken decimals, "one patient" and spelled-out numbers scan only
    a sentence that holds one of their words, tested on the sentence lowered once; the test must
    find the words in capitals, in a sentence read inside its document, and let every reader
    scan a document that cannot be read lowered (the Kelvin sign)."""
    document = (
        "It drew HALF A MILLION visitors. Only ONE Patient from Chad came. SEVEN medical centers "
        "opened. Two-point-5 million won. Nothing here." + tail
    )
    found = []
    for sentence in re.finditer(r"[^.]+\.", document):
        found.append(
            [
                (q.text, q.value, q.is_measure)
                for q in language_for("en").find_quantities(document, sentence.start(), sentence.end())
            ]
        )
    assert found == [
        [("HALF A MILLION", 500_000, False)],
        [("ONE", 1, False)],
        [("SEVEN", 7, False)],
        [("Two-point-5 million", 2_500_000, True)],
        [],
    ]


def test_a_sentence_whose_only_number_word_is_a_pronoun_is_not_handed_to_the_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The spelled-number parser costs about 2 ms a call; "one of" is the commonest number word
    of news pages that it reads as nothing."""
    parsed: list[str] = []
    read = numbers._quantulum_parse
    monkeypatch.setattr(numbers, "_quantulum_parse", lambda text: parsed.append(text) or read(text))
    quantities("Korea is one of the most popular destinations.")
    assert parsed == []
    quantities("Korea is one destination.")
    assert parsed == ["Korea is one destination."]


def test_quantulum3_reads_units_with_the_tree_pattern_and_finds_what_its_own_finds() -> None:
    """The unit names as a prefix tree (numbers.unit_tree_pattern) in place of quantulum3's list:
    the same matches and groups for every unit name after a number, in three cases, after a
    currency, with an operator and a second unit, and with an exponent (names equal ignoring case,
    "µs" and "μs", share a branch: apart they were read differently)."""
    numbers._quantulum()
    from quantulum3 import load
    from quantulum3 import regex as unit_regex

    installed = unit_regex.units_regex
    # another quantulum3 release whose pattern no longer holds the list as expected fails here
    assert isinstance(installed, numbers.TreedUnitsRegex)
    library, treed = installed.library(numbers.QUANTULUM_LANGUAGE), installed()
    units = load.units(numbers.QUANTULUM_LANGUAGE)
    names = sorted([*units.surfaces, *units.symbols], key=len, reverse=True)
    currencies = sorted(units.prefix_symbols, key=len, reverse=True)
    texts = [
        text
        for name in names
        for form in {name, name.upper(), name.title()}
        for text in (f"5 {form}", f"5-{form} and more")
    ]
    texts += [f"cost {currency}5 {name}/h" for currency, name in zip(currencies * 100, names, strict=False)]
    texts += [f"5 {name} per {other}" for name, other in zip(names, reversed(names), strict=True)]
    texts += [f"5 {name}^2 {other}" for name, other in pairwise(names)]
    assert "µs" in names and "μs" in names

    def read(pattern: re.Pattern[str]) -> list[list[tuple]]:
        return [[(m.span(), m.groups()) for m in pattern.finditer(text)] for text in texts]

    assert read(treed) == read(library)


def test_the_caseless_prefix_tree_shares_a_branch_between_characters_equal_ignoring_case() -> None:
    tree = numbers.caseless_prefix_tree(["µs", "μsec", "ms", "m"])
    assert re.fullmatch(tree, "μs", re.IGNORECASE) and re.fullmatch(tree, "µsec", re.IGNORECASE)
    assert tree == "(?:µs(?:ec)?|m(?:s)?)"  # "μsec" under the micro sign's branch; longer names first
    assert re.match(tree, "msec", re.IGNORECASE).group() == "ms"
