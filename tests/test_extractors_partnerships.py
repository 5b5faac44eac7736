"""Partnerships: counterparts in foreign cities, coordinated subjects, definite groups, event days."""

from datetime import date

from tests.test_extractors_helpers import extract_text


def partnerships(body: str) -> list[dict]:
    return extract_text(body).get("Partnership", [])


def test_a_hospital_in_a_foreign_city_is_one_party_of_that_country() -> None:
    (found,) = partnerships(
        "Ulsan University Hospital has signed an MOU with Ibn Sino Clinic in Samarkand on March 4."
    )
    assert found["parties"][0] == "Ulsan University Hospital"
    assert "Samarkand" not in found["parties"] and found["countries"] == ["KR", "UZ"]


def test_the_two_hospitals_refers_back_and_is_no_counted_group() -> None:
    (found,) = partnerships(
        "Jeonbuk Bright Hospital has run a nurse exchange with Bach Mai Medical Center in Hanoi since 2015, "
        "under which staff of the two hospitals trade places."
    )
    assert found["partner_count"] is None and found["kind"] == "exchange"
    assert any("Bach Mai" in p for p in found["parties"]) and found["countries"] == ["KR", "VN"]


def test_parties_joined_by_and_before_the_agreement() -> None:
    (found,) = partnerships(
        "On May 2, Chungbuk Province and the Orkhon Rehabilitation Center agreed on cooperation in "
        "rehabilitation care for Mongolian children."
    )
    assert found["parties"] == ["Chungbuk Province", "Orkhon Rehabilitation Center"]
    assert found["countries"] == ["KR", "MN"] and found["signed_date"] == date(2019, 5, 2)
    assert found["scope"].startswith("rehabilitation care")


def test_an_agreement_on_the_first_day_of_an_event() -> None:
    body = (
        "The Global Healthcare Forum 2019 was held at the Lotte Hotel in Seoul from March 6 to 8. "
        "On the first day, the Gangnam Wellness Clinic signed contracts with 9 overseas insurers."
    )
    (found,) = partnerships(body)
    assert found["partner_count"] == 9 and found["signed_date"] == date(2019, 3, 6)


def test_two_organisations_joined_by_and_are_two_names() -> None:
    (found,) = partnerships(
        "Chonnam National University Hospital and the Kazakh National Medical University signed an "
        "agreement on surgical training on March 1."
    )
    assert found["parties"] == ["Chonnam National University Hospital", "Kazakh National Medical University"]
