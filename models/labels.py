"""Closed vocabularies of the record fields (RECORDS.md), as string enums.

String enums keep the warehouse columns plain VARCHAR while Pydantic rejects any label
outside the contract.
"""

from enum import StrEnum


class RecordKind(StrEnum):
    PATIENT_STAT = "patient_stat"
    TARGET = "target"
    PARTNERSHIP = "partnership"
    EVENT = "event"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class PeriodKind(StrEnum):
    YEAR = "year"
    PER_YEAR = "per_year"
    CUMULATIVE = "cumulative"
    RANGE = "range"
    UNSPECIFIED = "unspecified"


class Population(StrEnum):
    FOREIGN_PATIENTS = "foreign_patients"
    PATIENTS = "patients"
    CONSULTATIONS = "consultations"
    MEDICAL_TOURISTS = "medical_tourists"


class TargetKind(StrEnum):
    GOAL = "goal"
    MARKET = "market"


class Metric(StrEnum):
    FOREIGN_PATIENTS = "foreign_patients"
    OVERSEAS_INSTITUTIONS = "overseas_institutions"
    REVENUE = "revenue"
    MEDICAL_TOURISTS = "medical_tourists"
    OTHER = "other"


class PartnershipKind(StrEnum):
    CONTRACT = "contract"
    MOU = "mou"
    AGREEMENT = "agreement"
    COOPERATION = "cooperation"
    EXCHANGE = "exchange"


class EventType(StrEnum):
    CONFERENCE = "conference"
    AWARD = "award"
    BUSINESS_PRESENTATION = "business_presentation"
    PROMOTION = "promotion"
    DELEGATION_VISIT = "delegation_visit"
    MEDICAL_CONSULTATION = "medical_consultation"
    TRAINING = "training"
    SIGNING = "signing"
    OTHER = "other"


class ScopeLevel(StrEnum):
    """How high in the state the receiver of patients or the setter of a goal stands."""

    NATIONAL = "national"  # Korea, a ministry, a national agency
    HOSPITAL = "hospital"  # a hospital, clinic, medical centre or university
    LOCAL = "local"  # any other named body or place: a city, a province
    UNSPECIFIED = "unspecified"  # no receiver or actor named
