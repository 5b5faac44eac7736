"""Names for people: the record contract's identifiers (business_presentation, mou, KR) as the report
shows them ("Business presentation", "MOU", "South Korea")."""

import re

import pycountry

from models.labels import EventType, Metric, PartnershipKind, PeriodKind, Population, Qualifier, TargetKind

# Identifiers that are acronyms, not words.
ACRONYMS = {"mou": "MOU"}
# How a qualifier reads in front of its figure ("at least 150"); an exact figure needs no word.
QUALIFIER_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.APPROX: "about",
    Qualifier.AT_LEAST: "at least",
    Qualifier.AT_MOST: "at most",
}
# Every closed label of the contract: in free text built by the views (a conflict's subject), these
# words and no others are read as identifiers.
LABELS = frozenset(
    label
    for vocabulary in (EventType, Metric, PartnershipKind, PeriodKind, Population, TargetKind)
    for label in vocabulary
)
_IDENTIFIER = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")


def phrase(identifier: str) -> str:
    """An identifier as words inside a sentence: "business_presentation" → "business presentation"."""
    return ACRONYMS.get(identifier) or identifier.replace("_", " ")


def readable(identifier: str) -> str:
    """An identifier as a name on its own: "business_presentation" → "Business presentation"."""
    words = phrase(identifier)
    return words[:1].upper() + words[1:]


def readable_in_text(text: str) -> str:
    """``text`` with the contract's identifiers in it as words ("foreign_patients 2018" → "foreign patients 2018")."""
    return _IDENTIFIER.sub(lambda m: phrase(m.group(0)) if m.group(0) in LABELS else m.group(0), text)


def field_name(column: str) -> str:
    """A record column's name as a label: "origin_countries" → "origin countries"."""
    return column.replace("_", " ")


def qualified(value: str, qualifiers: list[str]) -> str:
    """A figure with the words of its qualifiers: "at least 150", "about 400,000", "400,000"."""
    words = " / ".join(w for q in qualifiers if (w := QUALIFIER_WORDS.get(Qualifier(q), q)))
    return f"{words} {value}" if words else value


def country_name(code: str | None) -> str:
    """ "KR" → "South Korea"; no code → the label the charts use for an unnamed counterpart."""
    if code is None:
        return "Country not named"
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or getattr(country, "name", code)
