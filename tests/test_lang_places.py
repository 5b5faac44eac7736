"""The gazetteers of Korea's local governments are data: these tests say the data is well formed.

Each language's ``places.toml`` lists South Korea's provinces, cities, counties and districts
in its ``[korea]`` section. A bare name stands beside its full one (영월 beside 영월군) only
where it is no ordinary word, a Korean place never shadows a foreign one (Jinan is a city of
China; the county is Jinan-gun), and the two languages list the same counties.
"""

import re
import tomllib
from pathlib import Path

import pytest

LANG = Path(__file__).resolve().parent.parent / "extractors" / "lang"
KOREAN_KINDS = frozenset({"city", "province"})
FOREIGN_SECTIONS = ("country_aliases", "demonyms", "cities", "multi_country_regions", "region_aliases")
COUNTIES = 81  # 82 counties; two of them (in Gangwon and South Gyeongsang) are both 고성군, Goseong
# Korean suffixes of a full name: special and metropolitan cities, provinces, cities, counties, districts
KOREAN_SUFFIXES = ("특별시", "광역시", "특별자치시", "특별자치도", "도", "시", "군", "구")
NEIGHBOURHOODS = frozenset({"송도"})  # named places that are no local government of their own
# bare county and city names that are ordinary words, people's names or places abroad: only their full form is listed
ORDINARY_WORDS = frozenset(
    [
        "예산",
        "고령",
        "진주",
        "공주",
        "음성",
        "영광",
        "장수",
        "강화",
        "기장",
        "달성",
        "화성",
        "경주",
        "성주",
        "영양",
        "진도",
        "신안",
        "강진",
        "장성",
        "남해",
        "거창",
        "동해",
        "사천",
        "하남",
        "양주",
        "구리",
        "오산",
        "광명",
        "무안",
        "완주",
        "고성",
        "보은",
        "부여",
        "금산",
        "청도",
        "함양",
        "동작",
        "연수",
        "수영",
        "사상",
        "유성",
        "광산",
        "수성",
        "남동",
        "영도",
        "관악",
        "문경",  # starts people's names
        "하동",  # Ha Dong, in Hanoi
        "청양",  # a district of China
    ]
)


def _places(language: str) -> dict[str, dict[str, object]]:
    with (LANG / language / "places.toml").open("rb") as file:
        return tomllib.load(file)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_korean_place_is_a_city_or_a_province(language: str) -> None:
    assert set(_places(language)["korea"].values()) <= KOREAN_KINDS


@pytest.mark.parametrize("language", ["ko", "en"])
def test_no_korean_place_shadows_a_foreign_one(language: str) -> None:
    places = _places(language)
    korean = set(places["korea"])
    for section in FOREIGN_SECTIONS:
        assert not korean & set(places.get(section, {})), section


def test_korean_names_are_hangul_and_a_bare_name_has_its_full_form() -> None:
    names = set(_places("ko")["korea"])
    assert all(re.fullmatch(r"[가-힣]+", name) for name in names)
    bare = {name for name in names if not name.endswith(KOREAN_SUFFIXES)}
    orphans = {name for name in bare - NEIGHBOURHOODS if not any(name + s in names for s in KOREAN_SUFFIXES)}
    assert not orphans


def test_no_ordinary_word_is_listed_bare() -> None:
    assert not ORDINARY_WORDS & set(_places("ko")["korea"])


def test_both_languages_list_every_county() -> None:
    korean = {name for name in _places("ko")["korea"] if name.endswith("군")}
    english = _places("en")["korea"]
    counties = {name.removesuffix(" County") for name in english if name.endswith(" County")}
    assert len(korean) == len(counties) == COUNTIES
    assert all(f"{county}-gun" in english for county in counties)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_district_lies_in_known_cities(language: str) -> None:
    places = _places(language)
    korean = places["korea"]
    for district, cities in places["korea_districts"].items():
        assert district in korean
        assert cities
        assert all(korean.get(city) == "city" and city not in places["korea_districts"] for city in cities)
