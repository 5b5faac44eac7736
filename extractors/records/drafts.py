"""What a record builder returns: a typed draft of a record, named by the rule that made it.

A draft holds the record's own fields, the span of text it was read from, a named confidence
level and the rule's name; ``record_fields`` turns it into the fields of a record, so that the
evidence block (verbatim text, character span, confidence, rule) is written in one place.
"""

from dataclasses import dataclass
from enum import Enum
from typing import Any

from extractors.spans import Span
from models import RecordKind


class ConfidenceLevel(float, Enum):
    """How sure a rule is of what it read; the values are those the records have always stored."""

    TIED = 0.8  # a count tied to its noun by the sentence's own words
    DATED = 0.75  # a goal with its due year, an event with its date
    CUED = 0.7  # read from a cue word or a table's layout: a market, an agreement, a table row
    LEANING = 0.6  # a count leaning on a noun named before it, or counting people in general
    UNDATED = 0.55  # an event told without a date


@dataclass
class RecordDraft:
    """One record as a builder read it, before it gets an id and is validated.

    ``rule`` names the rule, pattern-id style ("patient_stats.count_with_noun"), so that a wrong
    record in the warehouse can be traced to the code that made it.
    """

    kind: RecordKind
    rule: str
    evidence: Span
    confidence: ConfidenceLevel
    fields: dict[str, Any]

    def record_fields(self) -> dict[str, Any]:
        """The record's fields, with its evidence, span, confidence and rule."""
        return {
            "evidence": self.evidence.text,
            "span_start": self.evidence.start,
            "span_end": self.evidence.end,
            "confidence": self.confidence.value,
            "rule": self.rule,
            **self.fields,
        }
