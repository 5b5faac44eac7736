"""Goals with their baselines, actors and metrics; markets after cues, anaphors and designations."""

from tests.test_extractors_helpers import extract_text


def targets(body: str, dateline: str = "Posted on 10 March 2019") -> list[dict]:
    return extract_text(body, dateline).get("Target", [])


def goals(body: str) -> dict[float, dict]:
    """Goals by value; two goals of one value (a duplicate the dict would hide) fail."""
    found = [t for t in targets(body) if t["kind"] == "goal"]
    by_value = {t["value"]: t for t in found}
    assert len(by_value) == len(found), f"two goals share a value: {[t['value'] for t in found]}"
    return by_value


def markets(body: str) -> dict[str, dict]:
    """Markets by region or countries; two markets of one name (a hidden duplicate) fail."""
    found = [t for t in targets(body) if t["kind"] == "market"]
    by_name = {t["market_region"] or ",".join(t["market_countries"]): t for t in found}
    assert len(by_name) == len(found), f"two markets share a name: {list(by_name)}"
    return by_name


def test_a_baseline_in_the_goal_sentence_is_not_a_goal() -> None:
    found = goals(
        "The Ulsan city government aims to draw 30,000 foreign patients by 2023, up from 18,500 last year."
    )
    assert list(found) == [30000]
    assert found[30000]["baseline_value"] == 18500 and found[30000]["baseline_year"] == 2018
    assert found[30000]["target_year"] == 2023


def test_the_metric_can_stand_before_a_bare_goal_figure() -> None:
    found = goals(
        "The agency aims to lift the number of Mongolian patients from 4,000 in 2018 to 9,000 a year by 2022."
    )
    assert found[9000]["metric"] == "foreign_patients" and found[9000]["target_year"] == 2022
    assert found[9000]["baseline_value"] == 4000 and found[9000]["baseline_year"] == 2018


def test_the_actor_is_the_subject_even_as_an_anaphor() -> None:
    found = goals(
        "The Ministry of Health and Welfare released its yearly plan on Monday. "
        "The ministry also wants more than 80 Korean hospitals to be operating abroad by 2022, "
        "compared with 61 at the end of last year."
    )
    assert found[80]["actor"] == "Ministry of Health and Welfare"
    assert found[80]["metric"] == "overseas_institutions" and found[80]["qualifier"] == "at_least"
    assert found[80]["baseline_value"] == 61 and found[80]["baseline_year"] == 2018


def test_a_relative_goal_year_when_no_due_year_is_given() -> None:
    found = goals("Gwangju set this year's target at 12,000 foreign patients, up from 9,500 last year.")
    assert found[12000]["target_year"] == 2019 and found[12000]["baseline_year"] == 2018


def test_a_market_cue_stops_at_the_means() -> None:
    found = markets("Incheon is targeting Mongolia with new direct flights and a Russian-speaking help desk.")
    assert list(found) == ["MN"]
    assert found["MN"]["actor"] == "Incheon"


def test_targeting_the_region_refers_to_the_region_just_named() -> None:
    found = markets(
        "Central Asia is a promising market, and Daegu is targeting the region with medical fairs."
    )
    assert list(found) == ["Central Asia"]


def test_places_singled_out_as_markets() -> None:
    found = markets(
        "The province has singled out Mongolia and the Middle East as its priority overseas markets."
    )
    # a named region is a record of its own beside the country it does not hold (docs/annotation.md)
    assert {name: t["market_countries"] for name, t in found.items()} == {"Middle East": [], "MN": ["MN"]}


def test_a_place_used_as_a_base() -> None:
    found = markets("The clinic is expanding into the Gulf states, using Qatar as its regional hub.")
    assert "QA" in found


def test_a_country_named_without_a_role_is_not_a_market() -> None:
    assert not markets("The province named Mongolia's health minister as an honorary citizen in May.")


def test_last_years_figure_is_the_baseline() -> None:
    found = goals(
        "Pohang St. Mary's Hospital plans to treat 900 foreign patients this year, double last year's 450."
    )
    assert list(found) == [900]
    assert found[900]["baseline_value"] == 450 and found[900]["baseline_year"] == 2018


def test_a_copula_with_a_role_makes_the_subject_places_markets() -> None:
    found = markets(
        "Ulsan University Hospital treated 800 foreign patients last year. "
        '"Mongolia and the wider Central Asian region are our key target markets," the director said.'
    )
    assert set(found) == {"MN", "Central Asia"}
    assert found["MN"]["actor"] == "Ulsan University Hospital"


def test_a_relative_clause_after_the_market_names_no_market() -> None:
    found = markets(
        '"We are now targeting the Urals, where patients compare us with clinics in Germany," he said.'
    )
    assert list(found) == ["Urals"]


def test_the_city_is_the_city_the_article_is_about() -> None:
    found = goals(
        "Ulsan said its hospitals treated 9,000 patients. Ulsan will open a desk in Almaty. "
        '"Almaty is two hours from Gimhae," an Ulsan official said. The city aims to attract 20,000 '
        "foreign patients a year by 2022."
    )
    assert found[20000]["actor"] == "Ulsan"


def test_a_goal_in_trillions_of_won_is_revenue() -> None:
    found = goals(
        "The ministry aims to raise annual revenue from foreign patients to 2 trillion won by 2023."
    )
    assert found[2e12]["metric"] == "revenue"


def test_an_organisation_named_after_the_market_cue_is_not_its_actor() -> None:
    found = markets(
        "Ulsan Bright Hospital treated 900 Russian patients last year. "
        '"We are now targeting the Urals, where few Korean hospitals have a presence," its director said.'
    )
    assert found["Urals"]["actor"] == "Ulsan Bright Hospital"


def test_each_goal_of_a_sentence_takes_its_own_due_year() -> None:
    found = goals("The ministry aims to attract 550,000 foreign patients this year and 800,000 by 2023.")
    assert found[550_000]["target_year"] == 2019 and found[800_000]["target_year"] == 2023


def test_places_given_a_market_role_with_with_or_make_are_markets() -> None:
    found = targets(
        "Daegu set a goal of 30,000 foreign patients by 2022, with Mongolia as its main target market. "
        "The city also wants to make the Russian Far East its second market."
    )
    markets = [t for t in found if t["kind"] == "market"]
    assert {tuple(t["market_countries"]) for t in markets} >= {("MN",), ("RU",)}


def test_markets_such_as_names_markets_after_any_adjective() -> None:
    records = extract_text(
        "The ministry said it will strengthen promotion in emerging markets such as Mongolia and Kazakhstan."
    )
    countries = {c for t in records["Target"] if t["kind"] == "market" for c in t["market_countries"]}
    assert {"MN", "KZ"} <= countries


def test_expanding_marketing_to_places_makes_them_markets() -> None:
    records = extract_text("Daegu city will expand marketing to Irkutsk and Khabarovsk next year.")
    regions = {t["market_region"] for t in records["Target"] if t["kind"] == "market"}
    assert {"Irkutsk", "Khabarovsk"} <= regions


def test_the_gulf_region_is_named_as_written() -> None:
    records = extract_text(
        "The Ministry of Health and Welfare is targeting the Gulf region with new clinics."
    )
    regions = [t["market_region"] for t in records["Target"] if t["kind"] == "market"]
    assert regions == ["Gulf region"]


def test_a_named_owner_of_a_target_market_after_a_verb_of_saying() -> None:
    found = markets(
        "Speaking in Tashkent, the KTO office director said Uzbekistan is one of KTO's key target markets."
    )
    assert list(found) == ["UZ"]


def test_a_relative_year_before_the_figure_is_its_due_year() -> None:
    found = goals(
        'The ministry said, "The target of this year is 150,000 foreign patients, and we will attract '
        '500,000 foreign patients by 2022."'
    )
    assert found[150000]["target_year"] == 2019 and found[500000]["target_year"] == 2022


def test_marketing_to_regions_names_markets() -> None:
    found = markets("The ministry will strengthen its marketing to Russia and the Middle East this year.")
    assert {name: t["market_countries"] for name, t in found.items()} == {"Middle East": [], "RU": ["RU"]}


def test_setting_ones_sights_on_a_country_and_region() -> None:
    found = markets("KHIDI has set its sights on Kyrgyzstan and the wider Caucasus region, an official said.")
    # the region under its gazetteer name, a record of its own beside the country it does not hold
    assert {name: t["market_countries"] for name, t in found.items()} == {"South Caucasus": [], "KG": ["KG"]}


def test_a_place_named_a_priority_market_right_after_the_verb() -> None:
    assert list(
        markets("The Daegu city government has named Mongolia a priority market for medical tourism.")
    ) == ["MN"]


def test_a_city_of_a_country_already_aimed_at_is_no_market_of_its_own() -> None:
    found = markets("Jeonnam named Vietnam its main target market and opened a promotion desk in Hanoi.")
    assert list(found) == ["VN"]


def test_picking_countries_as_strategic_target_countries() -> None:
    found = markets(
        "Daejeon is stepping up its efforts, picking Kyrgyzstan and Mongolia as its strategic target countries."
    )
    assert set(found) == {"KG,MN"}  # the countries one cue aims at are one market


def test_places_joined_by_together_with_are_all_designated() -> None:
    found = markets(
        "KTO has designated Kyrgyzstan and Tajikistan, together with Russia's Far East, as strategic markets."
    )
    assert set(found) == {"KG,TJ", "Russia's Far East"}


def test_a_place_that_is_the_key_market_of_the_speaker() -> None:
    assert list(
        markets('"Mongolia is the key market for medical tourism of Chungbuk," the governor said.')
    ) == ["MN"]


def test_a_dated_count_told_before_the_aim_is_its_baseline() -> None:
    found = goals(
        "Gimhae received some 2,750 foreign patients in 2017 and wants to attract 6,000 a year by 2021."
    )
    assert found[6000]["baseline_value"] == 2750 and found[6000]["baseline_year"] == 2017


def test_the_sentence_before_a_goal_can_give_its_baseline() -> None:
    found = goals(
        "Suwon's hospitals treated 4,120 foreign patients last year, the city said. "
        "The city now plans to bring in 9,000 foreign patients by 2022."
    )
    assert found[9000]["baseline_value"] == 4120 and found[9000]["baseline_year"] == 2018


def test_a_figure_above_the_aim_or_after_its_year_is_no_baseline() -> None:
    found = goals(
        "About 310,000 tourists visited Andong in 2016. "
        "The city aims to attract 5,000 foreign patients by 2020, after 1,800 foreign patients in 2021 elsewhere."
    )
    assert found[5000]["baseline_value"] is None and found[5000]["baseline_year"] is None
    found = goals(
        "Korea drew 364,000 foreign patients in 2016. Daejeon aims to attract 20,000 foreign patients by 2020."
    )
    assert found[20000]["baseline_value"] is None


def test_a_goal_due_by_the_end_of_a_year() -> None:
    body = (
        "Gimhae City said it aims to attract 12,000 foreign patients through the end of 2027. "
        "The county wants 800 medical tourists by the end of 2026."
    )
    found = goals(body)
    assert {value: goal["target_year"] for value, goal in found.items()} == {12000: 2027, 800: 2026}
    assert extract_text(body, "Posted on 10 March 2019").get("PatientStat", []) == []
