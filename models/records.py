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


class Record(BaseModel):
    """Fields common to every record: identity, provenance and confidence."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True, validate_default=True)

    record_kind: ClassVar[RecordKind]
    table: ClassVar[str]

    record_id: str = Field(min_length=8)
    doc_id: str = Field(min_length=1)
    evidence: str = Field(min_length=1)
    span_start: int = Field(ge=0)
    span_end: int = Field(gt=0)
    confidence: Confidence
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

    count: NonNegativeCount
    qualifier: Qualifier = Qualifier.EXACT
    year: Year | None = None
    period_kind: PeriodKind = PeriodKind.UNSPECIFIED
    period_start: PlausibleDate | None = None
    period_end: PlausibleDate | None = None
    population: Population = Population.PATIENTS
    origin_countries: list[CountryCode] = Field(default_factory=list)
    n_countries: NonNegativeCount | None = None
    institution: Name | None = None
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

    kind: TargetKind
    actor: Name | None = None
    scope_level: ScopeLevel = Field(
        default=ScopeLevel.UNSPECIFIED, description="how high the actor stands: national, hospital, local"
    )
    metric: Metric | None = None
    value: float | None = Field(default=None, ge=0)
    qualifier: Qualifier | None = None
    target_year: Year | None = None
    baseline_value: float | None = Field(default=None, ge=0)
    baseline_year: Year | None = None
    market_countries: list[CountryCode] = Field(default_factory=list)
    market_region: Name | None = None

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

    kind: PartnershipKind
    parties: list[Name] = Field(min_length=1)
    partner_count: NonNegativeCount | None = None
    countries: list[CountryCode] = Field(default_factory=list)
    scope: Name | None = None
    signed_date: PlausibleDate | None = None


class Event(Record):
    """A dated happening: conference, award, presentation, roadshow, visit, consultation..."""

    record_kind = RecordKind.EVENT
    table = "events"

    event_type: EventType
    name: Name | None = None
    start_date: PlausibleDate | None = None
    end_date: PlausibleDate | None = None
    venue: Name | None = None
    city: Name | None = None
    region: Name | None = None
    country: CountryCode | None = None
    organizers: list[Name] = Field(default_factory=list)
    attendance: NonNegativeCount | None = None

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
