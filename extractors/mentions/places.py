"""Places in text: countries (names, aliases, demonyms), foreign cities and regions, Korean places.

Official country names come from pycountry; everything it lacks (demonyms, cities, Korean
provinces, multi-country regions) comes from the language's ``places.toml``.
"""

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

import pycountry

from extractors.lang.lexicon import Lexicon, PhraseMatcher
from extractors.spans import Span

KOREA = "KR"
MIN_SPELT_CHARS = 6  # a shorter name ("Oman", "Iran") is one letter away from another one
SPELLING_SIMILARITY = 0.88  # "KAZAHKSTAN" is Kazakhstan; "Austria" is not Australia (0.875)


class PlaceKind(StrEnum):
    COUNTRY = "country"
    DEMONYM = "demonym"
    CITY = "city"
    REGION = "region"
    KOREAN_CITY = "korean_city"
    KOREAN_PROVINCE = "korean_province"


# a place in Korea, the home side of every record: one definition for every reader that asks
KOREAN_PLACE_KINDS = frozenset({PlaceKind.KOREAN_CITY, PlaceKind.KOREAN_PROVINCE})


@dataclass(frozen=True)
class PlaceName:
    """A place of the gazetteer. Its one country and whether it is Korea's are set once, as
    attributes: the readers ask them of every place of a sentence (about 100,000 asks on 200
    generated documents), where a property cost a call each."""

    name: str
    kind: PlaceKind
    countries: tuple[str, ...]
    country: str | None = field(init=False, repr=False, compare=False)  # None: several or none
    is_korean: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "country", self.countries[0] if len(self.countries) == 1 else None)
        object.__setattr__(self, "is_korean", self.countries == (KOREA,))


@dataclass(frozen=True)
class Place(Span):
    """A place named in the text, and the place it names."""

    place: PlaceName


@cache
def place_names(lexicon: Lexicon) -> dict[str, PlaceName]:
    """Every name of the gazetteer of a language written in Latin letters, and its place."""
    names: dict[str, PlaceName] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name:
                names[name] = PlaceName(name, PlaceKind.COUNTRY, (country.alpha_2,))
    return gazetteer_names(lexicon, names, _short_korean_name)


@cache
def _gazetteer(lexicon: Lexicon) -> PhraseMatcher:
    return PhraseMatcher(place_names(lexicon), case_sensitive=True)


def gazetteer_names(
    lexicon: Lexicon, countries: dict[str, PlaceName], korean_name: Callable[[str], str] = str
) -> dict[str, PlaceName]:
    """A language's gazetteer: its country names (pycountry's, in the language), then what its
    ``places.toml`` adds (aliases, demonyms, cities, regions, Korean places; later entries win).
    ``korean_name`` shortens the name a Korean place is stored under."""
    places = lexicon.places
    names = dict(countries)
    for alias, code in places.get("country_aliases", {}).items():
        names[alias] = PlaceName(alias, PlaceKind.COUNTRY, (code,))
    for demonym, code in places.get("demonyms", {}).items():
        names[demonym] = PlaceName(demonym, PlaceKind.DEMONYM, (code,))
    for city, code in places.get("cities", {}).items():
        names[city] = PlaceName(city, PlaceKind.CITY, (code,))
    regions = places.get("multi_country_regions", {})
    for region, codes in regions.items():
        names[region] = PlaceName(region, PlaceKind.REGION, tuple(codes))
    for alias, region in places.get("region_aliases", {}).items():
        names[alias] = PlaceName(region, PlaceKind.REGION, tuple(regions[region]))
    korean_kind = {"city": PlaceKind.KOREAN_CITY, "province": PlaceKind.KOREAN_PROVINCE}
    for name, kind in places.get("korea", {}).items():
        names[name] = PlaceName(korean_name(name), korean_kind[kind], (KOREA,))
    return names


def _short_korean_name(name: str) -> str:
    """'Gyeonggi Province' and 'Gyeonggi-do' are both Gyeonggi, 'Yeongwol County' and
    'Yeongwol-gun' both Yeongwol."""
    suffixes = (" Metropolitan City", " Special City", " Province", " City", " County", "-do", "-si", "-gun")
    for suffix in suffixes:
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


def country_name(code: str) -> str:
    """A country's short name by its code, for a party named by nationality ("Kazakh" ->
    "Kazakhstan", "Korean" -> "Korea"): the part of the standard name before its comma."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name).split(",")[0]


def country_spelt_like(name: str, spellings: Mapping[str, PlaceName]) -> PlaceName | None:
    """The country a name misspells by a letter or two ("KAZAHKSTAN", "PHILLIPINES"), among
    ``spellings`` (country names folded to lower case, as ``country_spellings`` gives them)."""
    if len(name) < MIN_SPELT_CHARS or not name.replace(" ", "").isalpha():
        return None
    close = difflib.get_close_matches(name.casefold(), spellings, n=1, cutoff=SPELLING_SIMILARITY)
    return spellings[close[0]] if close else None


def country_spellings(names: Mapping[str, PlaceName]) -> dict[str, PlaceName]:
    """The country names of a gazetteer long enough to be told by their spelling, folded."""
    return {
        name.casefold(): place
        for name, place in names.items()
        if place.kind is PlaceKind.COUNTRY and len(name) >= MIN_SPELT_CHARS
    }


def find_places(text: str, start: int, end: int, lexicon: Lexicon) -> list[Place]:
    return [Place(m.start, m.end, m.text, m.label) for m in _gazetteer(lexicon).finditer(text, start, end)]
