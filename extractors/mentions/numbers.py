"""A number found in text: what every language's number reader returns."""

from dataclasses import dataclass

from extractors.spans import Span
from models import Qualifier

# A figure told twice on a page (once with its year, once beside "last year") tells which year
# "last year" is, unless it is small enough to be told twice by chance ("12"): the least figure
# that counts, one value for every reader of it, whichever language it is written in.
RESTATED_FIGURE_MIN = 100


@dataclass(frozen=True)
class Quantity(Span):
    """A number found in text, with its absolute span and what surrounds it."""

    value: float
    qualifier: Qualifier
    is_measure: bool  # money, a percentage, a time or a distance: never a head count
    is_year: bool  # a bare calendar year such as 2019
    # "its 12,340th": a rank in a running series, no head count but as a milestone of one
    is_ordinal: bool = False
