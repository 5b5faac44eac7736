"""Constrained field types shared by the record models."""

from datetime import date
from typing import Annotated

import pycountry
from pydantic import AfterValidator, Field, StringConstraints

MIN_YEAR = 1950
MAX_YEAR = 2100


def _check_country_code(code: str) -> str:
    """Accept only ISO 3166-1 alpha-2 codes that pycountry knows, in upper case."""
    code = code.upper()
    if pycountry.countries.get(alpha_2=code) is None:
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    return code


def _check_plausible_date(value: date) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"date {value} is outside {MIN_YEAR}..{MAX_YEAR}")
    return value


CountryCode = Annotated[str, AfterValidator(_check_country_code)]
Year = Annotated[int, Field(ge=MIN_YEAR, le=MAX_YEAR)]
PlausibleDate = Annotated[date, AfterValidator(_check_plausible_date)]
NonNegativeCount = Annotated[int, Field(ge=0)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]
