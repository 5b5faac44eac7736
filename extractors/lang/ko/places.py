"""Korean place names: every country's Korean name from pycountry's gettext catalogue, and the
everyday names, cities, regions and Korean places of ``places.toml``, mapped to ISO codes.

A particle or a noun glues to a place (몽골에서, 몽골환자), so a name need not end a word; it
must start one, so that 이란 (Iran) is not read inside 여행이란, nor right after a closing quote,
where it is the particle of the quotation ("…새로운 탐색”이란 슬로건으로"). The middle dot ㆍ
between the items of a list ("카타르ㆍ쿠웨이트") starts a word.
"""

import gettext
import re
from functools import cache

import pycountry

from extractors.lang.lexicon import Lexicon, phrase_alternation, starting_with
from extractors.mentions.places import Place, PlaceKind, PlaceName, gazetteer_names

MIN_CATALOGUE_NAME_CHARS = 2  # one-syllable names in the catalogue are none; guard all the same


@cache
def place_names(lexicon: Lexicon) -> dict[str, PlaceName]:
    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"])
    names: dict[str, PlaceName] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            english = getattr(country, attribute, None)
            korean = catalogue.gettext(english) if english else None
            if korean and korean != english and len(korean) >= MIN_CATALOGUE_NAME_CHARS:
                names[korean] = PlaceName(korean, PlaceKind.COUNTRY, (country.alpha_2,))
    return gazetteer_names(lexicon, names)


@cache
def _gazetteer(lexicon: Lexicon) -> re.Pattern[str]:
    names = place_names(lexicon)
    alternation = phrase_alternation(names, ignore_case=False)
    # the middle dot ㆍ (a Hangul letter to the regex) joins the items of a list: a name may follow it.
    # The look-ahead for the names' first letters comes first: it fails at once where no name
    # starts, where the look-behind and then the two hundred first letters of the names' tree
    # were tried in turn (a third of the scan of Korean text)
    return re.compile(rf"{starting_with(names, lowered=False)}(?<!(?!ㆍ)[\w”’」』])(?:{alternation})")


def find_places(text: str, start: int, end: int, lexicon: Lexicon) -> list[Place]:
    names = place_names(lexicon)
    found = []
    for m in _gazetteer(lexicon).finditer(text, start, end):
        key = " ".join(m.group(0).split())
        if key in names and not _ends_an_event_noun(text, m.start(), m.end(), lexicon):
            found.append(Place(m.start(), m.end(), m.group(0), names[key]))
    return found


EVENT_NOUN_LEAD_CHARS = 6  # 의료관광 대전: the words of the noun written before the place's name


def _ends_an_event_noun(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the name is the last word of an event noun written apart (의료관광 대전, a fair,
    not the city of Daejeon): a word of the occasion, no place it is held in or a body of."""
    if not text[max(0, start - 1) : start].isspace():
        return False  # the cheap test first: the name stands right after a space in such a noun
    types = lexicon.matcher("events", "types")
    return any(
        t.start < start and t.end == end
        for t in types.finditer(text, max(0, start - EVENT_NOUN_LEAD_CHARS), end)
    )
