"""Partnerships told in the shapes real pages use: other agreement words and verbs, Korean bodies
named by acronym, agreements between two foreign parties, signings only agreed on.

Every test asserts the whole set of records its text yields (of every kind).
"""

from datetime import date
from typing import Any

from tests.test_extractors_helpers import extract_text

FIELDS = ("kind", "parties", "countries", "signed_date")


def partnerships_only(body: str) -> list[dict[str, Any]]:
    records = extract_text(body)
    assert set(records) <= {"Partnership"}, records
    return [{k: p[k] for k in FIELDS} for p in records.get("Partnership", [])]


def partnership(kind: str, parties: list[str], countries: list[str], signed: date | None = None) -> dict:
    return {"kind": kind, "parties": parties, "countries": countries, "signed_date": signed}


def test_a_pact_is_an_agreement() -> None:
    assert partnerships_only(
        "Hanyang University Hospital struck a pact with the Kyrgyz Ministry of Health on March 4."
    ) == [
        partnership(
            "agreement",
            ["Hanyang University Hospital", "Kyrgyz Ministry of Health"],
            ["KR", "KG"],
            date(2019, 3, 4),
        )
    ]
    assert partnerships_only("Hanyang University Hospital hopes to strike a pact with a Kyrgyz clinic.") == []


def test_agreeing_to_cooperate_and_forming_a_partnership_are_cooperation() -> None:
    assert partnerships_only(
        "Chungnam National University Hospital and the Tomsk Regional Clinic agreed to cooperate on oncology."
    ) == [
        partnership(
            "cooperation", ["Chungnam National University Hospital", "Tomsk Regional Clinic"], ["KR", "RU"]
        )
    ]
    assert partnerships_only("Wooridul Hospital formed a partnership with the Astana Spine Clinic.") == [
        partnership("cooperation", ["Wooridul Hospital", "Astana Spine Clinic"], ["KR", "KZ"])
    ]


def test_a_korean_body_named_by_its_acronym_alone_is_the_korean_side() -> None:
    assert partnerships_only("KOTRA and the Kazakh Invest Agency signed an MOU on 4 March.") == [
        partnership("mou", ["KOTRA", "Kazakh Invest Agency"], ["KR", "KZ"], date(2019, 3, 4))
    ]
    assert partnerships_only("The Baku Medical Center concluded a contract with SNUBH.") == [
        partnership("contract", ["SNUBH", "Baku Medical Center"], ["KR", "AZ"])
    ]


def test_a_party_given_an_acronym_is_stored_under_both_and_the_acronym_alone_is_the_same_party() -> None:
    assert partnerships_only(
        "The Health Department of Bukhara, known as BHD, signed a contract with Wonju Severance Christian"
        " Hospital on 2 March. BHD officials presented the contract to the press on 4 March."
    ) == [
        partnership(
            "contract",
            ["Wonju Severance Christian Hospital", "Health Department of Bukhara (BHD)"],
            ["KR", "UZ"],
            date(2019, 3, 2),
        )
    ]
    # an introduction is no mention of its own, and a bracketed acronym leaves the seat after it
    assert partnerships_only(
        "Ewha Womans University Medical Center signed an MOU with the Scientific Center of Pediatrics (SCP)"
        " of Kazakhstan."
    ) == [
        partnership(
            "mou",
            ["Ewha Womans University Medical Center", "Scientific Center of Pediatrics (SCP)"],
            ["KR", "KZ"],
        )
    ]


def test_an_agreement_between_two_foreign_parties_is_no_korean_partnership() -> None:
    assert partnerships_only("Mongolia and Kazakhstan signed an agreement on ambulance flights.") == []


def test_one_foreign_counterpart_with_the_korean_side_unnamed_is_kept() -> None:
    assert partnerships_only("The clinic signed an MOU with Osh City Hospital.") == [
        partnership("mou", ["Osh City Hospital"], ["KG"])
    ]


def test_agreeing_to_sign_is_an_intention() -> None:
    assert partnerships_only("Daejeon has agreed to sign an MOU with the Almaty health department.") == []
    assert partnerships_only("The two hospitals decided to sign a contract with a Dubai insurer.") == []
