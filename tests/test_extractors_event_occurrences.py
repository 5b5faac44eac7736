"""Events that real pages tell without a readable date, and visits that are statistics.

Every test asserts the whole set of records its text yields (of every kind), so a spurious
extra record fails as surely as a missed one.
"""

from typing import Any

from tests.test_extractors_helpers import extract_text

UNDATED_PAGE = "Health desk"  # a byline without a date: the page has no publication date

EVENT_FIELDS = ("event_type", "start_date", "end_date", "city", "country", "organizers", "venue")


def all_records(body: str, dateline: str = UNDATED_PAGE) -> dict[str, list[dict[str, Any]]]:
    return extract_text(body, dateline=dateline)


def events_only(body: str, dateline: str = UNDATED_PAGE) -> list[dict[str, Any]]:
    """The events of the text, with the fields these tests speak of; any other record fails."""
    records = all_records(body, dateline)
    assert set(records) <= {"Event"}, records
    return [{k: e[k] for k in EVENT_FIELDS} for e in records.get("Event", [])]


def event(event_type: str, city: str | None, country: str | None, **fields: Any) -> dict[str, Any]:
    base = dict.fromkeys(EVENT_FIELDS)
    base.update(event_type=event_type, city=city, country=country, organizers=[])
    base.update(fields)
    return base


def test_an_undated_mission_abroad_stands_with_null_dates() -> None:
    assert events_only(
        "A medical mission from Jeonbuk provided free care to villagers in Darkhan, Mongolia."
    ) == [event("medical_consultation", "Darkhan", "MN")]


def test_an_undated_workshop_run_by_a_named_body_stands() -> None:
    assert events_only(
        "The Busan Tourism Organization conducted a workshop for clinic coordinators in Busan."
    ) == [event("training", "Busan", "KR", organizers=["Busan Tourism Organization"])]


def test_a_yearless_day_on_an_undated_page_leaves_the_dates_null() -> None:
    assert events_only("On 12 May, a delegation of Daejeon hospitals visited Bishkek to meet insurers.") == [
        event("delegation_visit", "Bishkek", "KG", organizers=["Daejeon"])  # the visitors run their visit
    ]


def test_later_undated_mentions_of_the_same_kind_join_the_first() -> None:
    assert events_only(
        "A delegation from the Incheon city government visited Tashkent. "
        "The delegation also visited Samarkand and met local doctors."
    ) == [event("delegation_visit", "Tashkent", "UZ", organizers=["Incheon city government"])]


def test_an_undated_visit_told_by_its_verb_alone_is_no_event() -> None:
    # a habit or a wish, not an occurrence: "visited" alone, without a delegation or a mission
    assert events_only("The hospital has visited Mongolia many times since it opened.") == []
    assert events_only("We hope you would visit Gangwon, a healing land, this autumn.") == []


def test_an_undated_bare_event_word_is_no_occurrence() -> None:
    assert events_only("The event was attended by the mayor of Gimhae and consuls from Almaty.") == []


def test_a_verb_form_inside_a_compound_or_after_a_number_is_no_occurrence() -> None:
    assert events_only("Check-ups in Daegu cost 350,000 won, half the price charged in Seoul.") == []
    assert events_only("Through a state-run health screening programme, retirees in Gumi pay less.") == []


def test_counted_visitors_are_a_statistic_not_a_delegation_visit() -> None:
    dated = "Posted on 10 March 2019"
    for sentence in (
        "The number of foreigners visiting Korea for cosmetic surgery rose 12 percent in 2018.",
        "In 2018, some 4,100 Kazakhstanis visited Busan.",
        "On March 2, only 310 of them visited Seoul.",
        "Foreign patients from a total of 95 countries visited Daegu last year.",
    ):
        assert "Event" not in all_records(sentence, dated), sentence


def test_a_delegation_visit_with_counted_people_elsewhere_is_still_a_visit() -> None:
    found = events_only(
        "On March 5, a delegation of officials from Gyeongbuk visited Almaty, a city of two million people.",
        "Posted on 10 March 2019",
    )
    assert [(e["event_type"], e["city"], str(e["start_date"])) for e in found] == [
        ("delegation_visit", "Almaty", "2019-03-05")
    ]


def test_patients_coming_for_check_ups_are_no_consultation_event() -> None:
    records = all_records("About a third of the foreign patients came to Suwon for health check-ups.")
    assert "Event" not in records


def test_a_brand_spoken_of_with_visitors_coming_is_no_conference() -> None:
    assert (
        events_only(
            "As more foreigners started visiting Korea for care, the ministry set up Medical Korea as its brand."
        )
        == []
    )
    assert events_only("Later, Medical Korea was renamed because people from abroad came for surgery.") == []


def test_people_visiting_the_named_event_are_its_audience_not_a_statistic() -> None:
    records = all_records(
        "Medical Korea 2019 opened in Seoul on March 20. About 2,500 people visited Medical Korea that week.",
        "Posted on 30 March 2019",
    )
    assert set(records) == {"Event"}
    assert [(e["name"], str(e["start_date"]), e["attendance"]) for e in records["Event"]] == [
        ("Medical Korea 2019", "2019-03-20", 2500)
    ]


def test_mentions_of_one_named_event_merge_when_one_name_holds_the_other() -> None:
    found = all_records(
        "Bio Korea 2020 and Medical Korea 2020 kicked off at COEX in Seoul. "
        "Organised by KHIDI, Bio and Medical Korea 2020 showcased 300 companies."
    )["Event"]
    assert [(e["name"], e["venue"], e["city"], e["organizers"]) for e in found] == [
        ("Bio Korea 2020", "COEX", "Seoul", ["KHIDI"])
    ]


def test_two_editions_named_apart_stay_apart() -> None:
    found = all_records(
        "The Ulsan Medical Forum 2019 was held at the Ulsan Exhibition Hall in Ulsan. "
        "The Busan Medical Forum 2019 was held at BEXCO in Busan."
    )["Event"]
    assert sorted(e["name"] for e in found) == ["Busan Medical Forum 2019", "Ulsan Medical Forum 2019"]
