"""A number found in text: what every language's number reader returns."""

from dataclasses import dataclass

from extractors.spans import Span
from models import Qualifier


@dataclass(frozen=True)
class Quantity(Span):
    """A number found in text, with its absolute span and what surrounds it."""

    value: float
    qualifier: Qualifier
    is_measure: bool  # money, a percentage, a time or a distance: never a head count
    is_year: bool  # a bare calendar year such as 2019
