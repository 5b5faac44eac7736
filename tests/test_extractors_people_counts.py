"""Counts of people in general (visitors, foreign nationals, people) that real pages give for
patients: they count when their clause gives a medical purpose, never for plain tourism or
attendance, and never for the care of another clause.

Each test asserts the whole set of records its sentences yield, of every kind."""

from tests.test_extractors_market_shapes import everything


def test_people_who_came_for_a_medical_purpose_are_counted() -> None:
    assert everything("Some 412,000 people came to Korea for medical purposes in 2017.") == {
        ("count", 412000, 2017)
    }
    assert everything("About 350,000 foreign nationals came here to see hospitals last year.") == {
        ("count", 350000, 2018)
    }
    assert everything(
        "Between 2010 and 2015, over 1.3 million visitors from 150 countries came to get medical services."
    ) == {("count", 1300000, None)}


def test_a_record_high_links_the_count_to_its_noun() -> None:
    assert everything(
        "The number of overseas patients treated here last year reached a record-high 438,000."
    ) == {("count", 438000, 2018)}


def test_tourists_without_a_medical_purpose_are_not_counted() -> None:
    assert everything("Some 17 million tourists visited Korea in 2018, the agency said.") == set()


def test_visitors_who_attended_are_not_patients() -> None:
    assert everything("About 2,500 visitors attended the hospital's open day in May.") == set()


def test_the_care_of_another_clause_does_not_make_tourists_patients() -> None:
    assert everything(
        "Jeju welcomed 1.4 million tourists last year, and its hospitals treated 4,200 foreign patients."
    ) == {("count", 4200, 2018)}
