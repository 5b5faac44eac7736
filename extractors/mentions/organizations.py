"""A named organisation found in text: what every language's organisation reader returns."""

from dataclasses import dataclass

from extractors.mentions.places import KOREA


@dataclass(frozen=True)
class Organization:
    start: int
    end: int
    name: str
    head: str
    country: str | None

    @property
    def is_korean(self) -> bool:
        return self.country == KOREA
