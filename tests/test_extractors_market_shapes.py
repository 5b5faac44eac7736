"""Target markets as real pages write them: every country of a list, people drawn from a place,
regions named by an adjective, "the X market", a market that "includes" its countries.

Each test asserts the whole set of records its sentences yield, of every kind."""

from extractors.lang.lexicon import load_lexicon
from tests.test_extractors_helpers import extract_text


def everything(body: str) -> set[tuple]:
    """Every record of the article, reduced to what tells it apart."""
    found: set[tuple] = set()
    for kind, records in extract_text(body).items():
        for r in records:
            if kind == "Target" and r["kind"] == "market":
                found.add(("market", r["market_region"], tuple(r["market_countries"])))
            elif kind == "Target":
                found.add(("goal", r["value"], r["target_year"]))
            elif kind == "PatientStat":
                found.add(("count", r["count"], r["year"]))
            else:
                found.add((kind,))
    return found


def test_every_country_after_people_from_is_one_market() -> None:
    assert everything("Busan hospitals are targeting patients from Uzbekistan and Kyrgyzstan.") == {
        ("market", None, ("UZ", "KG"))
    }


def test_the_places_of_one_cue_make_one_market() -> None:
    # one statement, one record for its countries; a named region is a record of its own beside
    # them where they do not lie in it (docs/annotation.md, Markets)
    assert everything("Daegu will expand its marketing to Kazakhstan, Mongolia and the Middle East.") == {
        ("market", None, ("KZ", "MN")),
        ("market", "Middle East", ()),
    }


def test_a_region_named_by_an_adjective_and_a_noun_is_a_market() -> None:
    assert everything("Korea's main target will be Asian countries.") == {("market", "Asia", ())}
    assert everything("The ministry is targeting wealthy patients from Arab states.") == {
        ("market", "Arab states", ())
    }


def test_people_drawn_from_a_place_make_it_a_market() -> None:
    assert everything("Ulsan wants more Russian medical tourists from Vladivostok, the city said.") == {
        ("market", "Vladivostok", ("RU",))
    }
    assert everything(
        "Officials plan to provide dental implants and skin treatments to patients from Laos and Cambodia."
    ) == {("market", None, ("LA", "KH"))}


def test_a_verb_of_drawing_people_to_a_place_names_no_market() -> None:
    assert everything("Jeonbuk wants to attract more foreign patients to Jeonju and Gunsan.") == set()
    assert everything("Jeonbuk wants to attract more foreign patients, including many from Almaty.") == set()


def test_the_market_of_a_nationality_is_a_market() -> None:
    assert everything("Doctors from Seoul made study trips to the Cambodian market last spring.") == {
        ("market", None, ("KH",))
    }
    assert everything("Seoul hospitals have studied the Thai market.") == {("market", None, ("TH",))}


def test_a_nationality_before_another_noun_is_no_market() -> None:
    assert everything("Seoul hospitals hired Thai interpreters for the market season.") == set()


def test_a_market_that_includes_its_countries() -> None:
    assert everything(
        "Gangwon stepped up marketing in the main market within 1,500 km that includes Japan and Taiwan."
    ) == {("market", None, ("JP", "TW"))}


def test_countries_listed_after_an_announcing_sentence() -> None:
    assert everything(
        "The ministry named the following countries as the ones to be targeted first.\n"
        "They are: Qatar, Oman and Kuwait."
    ) == {("market", None, ("QA", "OM", "KW"))}


def test_a_verb_of_reaching_in_any_form_names_the_market_after_its_preposition() -> None:
    assert everything("Chonnam hospitals ventured into Laos and Cambodia last year.") == {
        ("market", None, ("LA", "KH"))
    }
    assert everything("The clinic is pitching its dental care to Mongolia.") == {("market", None, ("MN",))}
    assert everything("Rehabilitation programmes will be promoted in Uzbekistan, the agency said.") == {
        ("market", None, ("UZ",))
    }


def test_a_verb_of_promotion_whose_object_is_not_care_names_no_market() -> None:
    assert everything("Incheon exported its steel to Kazakhstan last year.") == set()
    # what follows the preposition is an organisation or people, not a place aimed at
    assert everything("The pact will promote cancer screening in the Hanoi Cancer Center.") == set()
    assert (
        everything("The hospitals introduced their treatments to about 90 doctors from Uzbek clinics.")
        == set()
    )


def test_a_short_sentence_with_one_function_word_is_read() -> None:
    assert everything("Ulsan's hospital marketing targets Mongolia and Kazakhstan.") == {
        ("market", None, ("MN", "KZ"))
    }
    # a headline in title case is no sentence of the body, though it ends in dots
    assert everything('"Three in Ten Foreign Patients Choose Dermatology"...') == set()


def test_people_drawn_where_they_live_make_it_a_market() -> None:
    # the "in" right after the people's noun names where they are drawn from
    assert everything("Gumi is courting patients in Mongolia and Kyrgyzstan.") == {
        ("market", None, ("MN", "KG"))
    }
    assert everything("The clinic is reaching out to patients in the Middle East.") == {
        ("market", "Middle East", ())
    }
    # an "in" that names where something else happened is not where the people are
    assert (
        everything("Gimpo held a session to attract foreign patients that took place in Almaty on Monday.")
        == set()
    )


def test_the_market_of_a_nationality_may_name_its_trade_of_care() -> None:
    assert everything("Andong's hospitals entered the Kyrgyz healthcare market in spring.") == {
        ("market", None, ("KG",))
    }
    assert everything("Hyundai entered the Kyrgyz car market in spring.") == set()


def test_a_counted_group_of_people_drawn_from_a_place_makes_it_a_market() -> None:
    # the comma of a number does not end the people as a list's comma does
    assert everything("Sejong aims to attract 2,500 patients from Laos.") == {
        ("goal", 2500, None),
        ("market", None, ("LA",)),
    }
    assert everything("Sejong aims to attract patients, and doctors from Laos.") == set()


def test_a_sentence_naming_no_place_abroad_aims_at_one_named_before_or_listed_after() -> None:
    # such a sentence is read only for an anaphor of the sentence before or an announced list
    assert everything("Mongolia has a growing middle class. Chungnam wants to win patients there.") == {
        ("market", None, ("MN",))
    }
    assert everything("Mongolia is close. Chungnam hospitals are now targeting the country.") == {
        ("market", None, ("MN",))
    }
    assert everything(
        "Busan will target the following countries to become a hub. They are: Qatar, Oman and Kuwait."
    ) == {("market", None, ("QA", "OM", "KW"))}


def test_every_market_noun_is_a_role_noun() -> None:
    # a sentence without a role noun is not scanned for a market's list of members
    for language in ("en", "ko"):
        markets = load_lexicon(language).section("markets")
        assert set(markets["market_nouns"]) <= set(markets["role_nouns"])


def test_a_promotion_in_a_city_and_its_country_lists_the_country_once() -> None:
    # "in Doha, Qatar": the city and the country after it are one place, so one code
    # (market_countries is a set of ISO codes, RECORDS.md)
    assert everything("The Gimhae Tourism Foundation exhibited at the Gulf Health Fair in Doha, Qatar.") == {
        ("market", None, ("QA",)),
        ("Event",),
    }
