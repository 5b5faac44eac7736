"""Korean place names: every country's Korean name from pycountry's gettext catalogue, and the
everyday names, cities, regions and Korean places of ``places.toml``, mapped to ISO codes.

A particle or a noun glues to a place (몽골에서, 몽골환자), so a name need not end a word; it
must start one, so that 이란 (Iran) is not read inside 여행이란.
"""

import gettext
import re
from functools import cache

import pycountry

from extractors.lang.lexicon import Lexicon, phrase_alternation
from extractors.mentions.places import KOREA, Place, PlaceKind, PlaceName

_KOREAN_KINDS = {"city": PlaceKind.KOREAN_CITY, "province": PlaceKind.KOREAN_PROVINCE}
MIN_CATALOGUE_NAME_CHARS = 2  # one-syllable names in the catalogue are none; guard all the same


@cache
def _names(lexicon: Lexicon) -> dict[str, PlaceName]:
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"])
    names: dict[str, PlaceName] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            english = getattr(country, attribute, None)
            korean = catalogue.gettext(english) if english else None
            if korean and korean != english and len(korean) >= MIN_CATALOGUE_NAME_CHARS:
                names[korean] = PlaceName(korean, PlaceKind.COUNTRY, (country.alpha_2,))
    places = lexicon.places
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
    for name, kind in places.get("korea", {}).items():
        names[name] = PlaceName(name, _KOREAN_KINDS[kind], (KOREA,))
    return names


@cache
def _gazetteer(lexicon: Lexicon) -> re.Pattern[str]:
    alternation = phrase_alternation(_names(lexicon), ignore_case=False)
    return re.compile(rf"(?<![\w])(?:{alternation})")


def find_places(text: str, start: int, end: int, lexicon: Lexicon) -> list[Place]:
    names = _names(lexicon)
    found = []
    for m in _gazetteer(lexicon).finditer(text, start, end):
        key = " ".join(m.group(0).split())
        if key in names:
            found.append(Place(m.start(), m.end(), m.group(0), names[key]))
    return found
