"""The four record kinds of RECORDS.md: one Pydantic model each, the single source of truth.

Every record carries its evidence (the verbatim sentence(s) and their character span in
``documents.text``), a confidence and the rule that made it. Field order here is column order in the warehouse.
"""

from datetime import date
from typing import ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from models.fields import (
    Confidence,
    CountryCode,
    Name,
    NonNegativeCount,
    PlausibleDate,
    Year,
)
from models.labels import (
    EventType,
    Metric,
    PartnershipKind,
    PeriodKind,
    Population,
    Qualifier,
    RecordKind,
    ScopeLevel,
    TargetKind,
)

# The institution of a national total, in every language: the contract's name for the country that
# received the patients ("Korea" for national totals), so that one value finds them in a mixed corpus.
NATIONAL_INSTITUTION = "Korea"


class Record(BaseModel):
    """Fields common to every record: identity, provenance and confidence."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True, validate_default=True)

    record_kind: ClassVar[RecordKind]
    table: ClassVar[str]

    record_id: str = Field(
        min_length=8,
        description="stable id: the same document text and extractor version give the same id",
    )
    doc_id: str = Field(min_length=1, description="the document it was read from (documents.doc_id)")
    evidence: str = Field(
        min_length=1, description="the sentence(s) of the document the record was read from, verbatim"
    )
    span_start: int = Field(
        ge=0, description="where the evidence starts in documents.text (a Python str index)"
    )
    span_end: int = Field(gt=0, description="where the evidence ends in documents.text (exclusive)")
    confidence: Confidence = Field(description="0..1, the extractor's own estimate that the record is right")
    rule: str = Field(
        min_length=1,
        pattern=r"^[a-z_]+\.[a-z_]+$",
        description='the extraction rule that made the record, as "<builder>.<rule>"',
    )

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Self:
        if self.span_end <= self.span_start:
            raise ValueError(f"span_end {self.span_end} must exceed span_start {self.span_start}")
        if not self.evidence.strip():
            raise ValueError("evidence is blank")
        return self


class PatientStat(Record):
    """A count of patients (or people receiving care) in a stated scope."""

    record_kind = RecordKind.PATIENT_STAT
    table = "patient_stats"

    count: NonNegativeCount = Field(
        description='the number, normalised ("300-thousand" is 300000, "1.17 million" 1170000)'
    )
    qualifier: Qualifier = Field(
        default=Qualifier.EXACT,
        description="how the text bounds the number: about (approx), more than (at_least), up to (at_most)",
    )
    year: Year | None = Field(
        default=None,
        description='the calendar year counted, resolved against the publication date ("last year"); NULL when none is stated or derivable',
    )
    period_kind: PeriodKind = Field(
        default=PeriodKind.UNSPECIFIED,
        description='one year, a rate ("a year"), a running total ("since 2011"), a range of years',
    )
    period_start: PlausibleDate | None = Field(
        default=None, description="first day of the period counted, where known"
    )
    period_end: PlausibleDate | None = Field(
        default=None, description="last day of the period counted, where known"
    )
    population: Population = Field(default=Population.PATIENTS, description="who is counted")
    origin_countries: list[CountryCode] = Field(
        default_factory=list,
        description="ISO 3166-1 alpha-2 codes of the countries the patients came from, as named with this count",
    )
    n_countries: NonNegativeCount | None = Field(
        default=None, description='how many countries they came from ("from 26 countries")'
    )
    institution: Name | None = Field(
        default=None,
        description='the hospital, programme or place that received them, where named ("Korea" for national totals)',
    )
    scope_level: ScopeLevel = Field(
        default=ScopeLevel.UNSPECIFIED,
        description="how high the institution stands: national, hospital, local",
    )

    @model_validator(mode="after")
    def _period_is_ordered(self) -> Self:
        _check_order(self.period_start, self.period_end, "period")
        return self


class Target(Record):
    """A quantitative goal, or a market an actor explicitly aims at."""

    record_kind = RecordKind.TARGET
    table = "targets"

    kind: TargetKind = Field(description="a quantitative aim (goal) or a place an actor aims at (market)")
    actor: Name | None = Field(
        default=None,
        description="who set the goal or targets the market (government, city, hospital, agency)",
    )
    scope_level: ScopeLevel = Field(
        default=ScopeLevel.UNSPECIFIED, description="how high the actor stands: national, hospital, local"
    )
    metric: Metric | None = Field(default=None, description="for goals: what the value counts")
    value: float | None = Field(default=None, ge=0, description="for goals: the number aimed at, normalised")
    qualifier: Qualifier | None = Field(default=None, description="for goals: as in patient_stats")
    target_year: Year | None = Field(
        default=None, description="the year the goal is due, resolved against the publication date"
    )
    baseline_value: float | None = Field(
        default=None, ge=0, description="the current figure the goal is compared with, where stated"
    )
    baseline_year: Year | None = Field(default=None, description="the year of baseline_value")
    market_countries: list[CountryCode] = Field(
        default_factory=list, description="for markets: ISO 3166-1 alpha-2 codes of the countries aimed at"
    )
    market_region: Name | None = Field(
        default=None,
        description=(
            'for markets: the region in the words the page writes ("Sakhalin", "미주", "South East Asia");'
            " a short form of a region's usual name, or that name with an ending, is stored under the"
            ' usual name ("동남아" → "동남아시아", "Central Asian" → "Central Asia"), and a region'
            ' glossed in brackets keeps its gloss ("독립국가연합(CIS)")'
        ),
    )

    @model_validator(mode="after")
    def _kind_has_its_fields(self) -> Self:
        if self.kind == TargetKind.GOAL and self.value is None:
            raise ValueError("a goal needs a value")
        if self.kind == TargetKind.MARKET and not (self.market_countries or self.market_region):
            raise ValueError("a market needs a country or a region")
        return self


class Partnership(Record):
    """A contract, MOU, agreement or cooperation concluded or in force between named parties."""

    record_kind = RecordKind.PARTNERSHIP
    table = "partnerships"

    kind: PartnershipKind = Field(description="the form of the agreement")
    parties: list[Name] = Field(min_length=1, description="the parties as named, the Korean side first")
    partner_count: NonNegativeCount | None = Field(
        default=None, description='the size of a counted counterpart group ("24 global insurance companies")'
    )
    countries: list[CountryCode] = Field(
        default_factory=list, description="ISO 3166-1 alpha-2 codes of the parties' countries"
    )
    scope: Name | None = Field(
        default=None, description='what it covers ("exchange medical training programs")'
    )
    signed_date: PlausibleDate | None = Field(
        default=None, description="when it was signed, where stated or derivable"
    )


class Event(Record):
    """A dated happening: conference, award, presentation, roadshow, visit, consultation..."""

    record_kind = RecordKind.EVENT
    table = "events"

    event_type: EventType = Field(description="what kind of happening")
    name: Name | None = Field(default=None, description='its name, where it has one ("Medical Korea 2021")')
    start_date: PlausibleDate | None = Field(
        default=None, description='first day, resolved against the publication date ("July 9")'
    )
    end_date: PlausibleDate | None = Field(default=None, description="last day, where stated")
    venue: Name | None = Field(default=None, description="the building or hall, as far as the text says")
    city: Name | None = Field(default=None, description="the city, as far as the text says")
    region: Name | None = Field(default=None, description="the province or region, as far as the text says")
    country: CountryCode | None = Field(
        default=None, description="ISO 3166-1 alpha-2 code of where it took place"
    )
    organizers: list[Name] = Field(default_factory=list, description="the hosts and organisers named")
    attendance: NonNegativeCount | None = Field(
        default=None, description="how many guests or participants, where stated"
    )

    @model_validator(mode="after")
    def _dates_are_ordered(self) -> Self:
        _check_order(self.start_date, self.end_date, "event")
        return self


def _check_order(start: date | None, end: date | None, what: str) -> None:
    if start is not None and end is not None and end < start:
        raise ValueError(f"{what} ends ({end}) before it starts ({start})")


RECORD_TYPES: dict[RecordKind, type[Record]] = {
    model.record_kind: model for model in (PatientStat, Target, Partnership, Event)
}
