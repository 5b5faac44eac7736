"""Partnerships: counterparts in foreign cities, coordinated subjects, definite groups, event days."""

from datetime import date

from extractors.lang.en.organizations import find_organizations
from extractors.lang.lexicon import load_lexicon
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
    # told in the past in an article of March 2019: the May 2 before it
    assert found["countries"] == ["KR", "MN"] and found["signed_date"] == date(2018, 5, 2)
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


def test_the_same_mou_told_twice_is_one_record_dated_by_its_own_day() -> None:
    body = (
        "Ulsan City said on the 6th that its delegation visited Bishkek from 2nd May to 4th May and "
        "held a briefing and the MOU signing with the Ministry of Health of Kyrgyzstan.\n"
        "At the 3rd in Bishkek, the city and Kyrgyzstan Ministry of Health had concluded the "
        "business agreement(MOU) on the training of doctors.\n"
        'An official said "through this MOU, we will receive more patients."'
    )
    (found,) = extract_text(body, "Posted on 6 May 2019")["Partnership"]
    assert found["kind"] == "mou" and found["countries"] == ["KR", "KG"]
    assert found["signed_date"] == date(2019, 5, 3)


def test_a_general_mention_gives_way_to_the_agreements_told_in_detail() -> None:
    found = partnerships(
        "Ulsan University Hospital signed agreements during a visit to Uzbekistan. It signed a "
        "cooperation agreement with Ibn Sino Clinic in Samarkand on March 4 and an MOU with "
        "Bukhara Regional Hospital on March 6."
    )
    assert all("Uzbekistan" not in p["parties"] for p in found)
    assert any("Ibn Sino Clinic" in p["parties"] for p in found)


def test_a_counted_group_takes_its_nationality() -> None:
    found = partnerships(
        "Ulsan University Hospital has signed direct-billing contracts with three Mongolian insurance "
        "companies and five Kyrgyz travel agencies."
    )
    assert sorted((p["partner_count"], tuple(p["countries"])) for p in found) == [
        (3, ("KR", "MN")),
        (5, ("KR", "KG")),
    ]


def test_a_day_without_its_month_takes_it_from_the_trip_told_before() -> None:
    (found,) = partnerships(
        "Ulsan's delegation stayed in Osh from 2nd to 5th March. On the 4th, the city signed an MOU "
        "with the Osh Regional Hospital."
    )
    assert found["signed_date"] == date(2019, 3, 4)


def test_a_later_sentence_about_the_signing_dates_the_mou() -> None:
    (found,) = partnerships(
        "The Osh Regional Hospital and Ulsan University Hospital have signed a memorandum of "
        "understanding on doctor training. The MOU was signed on 4 March in Osh."
    )
    assert found["signed_date"] == date(2019, 3, 4) and "Osh Regional Hospital" in found["parties"]


def test_each_counted_group_takes_the_agreement_noun_before_it() -> None:
    found = partnerships(
        "The hospital has partnerships with four clinics in Laos and Cambodia, and has direct "
        "billing contracts with 12 overseas insurers."
    )
    by_count = {p["partner_count"]: p for p in found}
    assert by_count[4]["kind"] == "cooperation" and set(by_count[4]["countries"]) >= {"LA", "KH"}
    assert by_count[12]["kind"] == "contract"


def test_plural_agreements_with_two_named_counterparts_are_two_partnerships() -> None:
    found = partnerships(
        "On June 11, the Korea Tourism Organization signed memorandums of understanding "
        "with the Ministry of Health of Tajikistan and with Mongolia's Ministry of Health on patient referral."
    )
    assert sorted(tuple(p["countries"]) for p in found) == [("KR", "MN"), ("KR", "TJ")]
    assert all(p["parties"][0] == "Korea Tourism Organization" for p in found)


def test_a_foreign_subject_is_the_counterpart_when_with_names_the_korean_side() -> None:
    (found,) = partnerships(
        "The Qatar Health Authority on Monday signed an agreement with the Korea Tourism Organization, "
        "under which patients from Qatar will be referred to Seoul."
    )
    assert found["parties"] == ["Korea Tourism Organization", "Qatar Health Authority"]
    assert found["countries"] == ["KR", "QA"]


def test_an_unknown_subject_is_the_korean_side_and_a_plain_name_after_with_the_counterpart() -> None:
    (found,) = partnerships(
        "Hallym Sacred Heart Hospital signed an MOU with Vitamed, a clinic chain based in Tashkent."
    )
    assert found["parties"] == ["Hallym Sacred Heart Hospital", "Vitamed"]
    assert found["countries"] == ["KR", "UZ"]


def test_three_days_later_dates_an_agreement_from_the_date_told_before() -> None:
    found = partnerships(
        "The hospital signed an MOU with Bishkek City Clinic in Bishkek on June 3. "
        "Three days later, it concluded an agreement with the Osh Regional Hospital in Osh."
    )
    assert {p["signed_date"] for p in found} == {date(2018, 6, 3), date(2018, 6, 6)}


def test_the_hospital_stands_for_the_korean_hospital_named_before() -> None:
    (found,) = partnerships(
        "Busan Paik Hospital treated 900 Russian patients last year. The hospital, which signed a "
        "cooperation agreement with Sakhalin Regional Hospital in Yuzhno-Sakhalinsk in 2016, employs two interpreters."
    )
    assert found["parties"] == ["Busan Paik Hospital", "Sakhalin Regional Hospital"]


def test_a_subject_of_unknown_country_before_with_a_korean_hospital_is_the_counterpart() -> None:
    (found,) = partnerships(
        "Bach Mai Hospital, which signed an MOU with Seoul National University Hospital in 2016, "
        "sent three surgeons to the session in Hanoi."
    )
    assert found["parties"] == ["Seoul National University Hospital", "Bach Mai Hospital"]
    assert found["countries"] == ["KR", "VN"]


def test_a_with_in_a_later_clause_is_not_the_agreements() -> None:
    (found,) = partnerships(
        "Ulaanbaatar Songdo Hospital and Korea's Hallym University Medical Center signed an agreement on "
        "May 3, opening the way for joint surgery in Mongolia with Korean equipment."
    )
    assert found["parties"] == ["Korea's Hallym University Medical Center", "Ulaanbaatar Songdo Hospital"]


def test_two_named_parties_joined_by_and_are_split_and_a_memorandum_is_an_mou() -> None:
    (found,) = partnerships(
        "On 14 August, the Ministry of Health of the Republic of Tajikistan and Severance Hospital of Seoul signed "
        "a memorandum on training heart surgeons."
    )
    assert found["kind"] == "mou"
    assert found["parties"] == [
        "Severance Hospital of Seoul",
        "Ministry of Health of the Republic of Tajikistan",
    ]


def test_a_described_name_after_with_takes_the_country_of_its_description() -> None:
    (found,) = partnerships(
        "Gangnam district signed a business agreement with Mongolian travel platform Tengeri to sell tours."
    )
    assert found["parties"][1] == "Tengeri" and found["countries"] == ["KR", "MN"]


def test_an_insurer_with_contracts_with_a_counted_group_of_korean_hospitals() -> None:
    (found,) = partnerships(
        "Kazakh insurer Nomad Insurance has signed contracts with three Korean hospitals, the company said."
    )
    assert found["partner_count"] == 3 and "Nomad Insurance" in found["parties"]
    assert found["countries"] == ["KR", "KZ"]


def test_a_numbered_hospital_and_a_short_name_for_one_named_before() -> None:
    found = partnerships(
        "Korean doctors held consultations at the Khovd-Aimag Regional Diagnostic Hospital in Khovd. "
        "On the last day, Inha University Hospital signed an MOU with the Regional Diagnostic Hospital. "
        "Gil Hospital signed an MOU with City Polyclinic No. 4 of Bishkek on patient referral."
    )
    parties = [p["parties"][1] for p in found]
    assert parties == ["Khovd-Aimag Regional Diagnostic Hospital", "City Polyclinic No. 4 of Bishkek"]


def test_an_office_where_an_mou_was_signed_is_no_party() -> None:
    assert (
        partnerships("On the 10th, the governor and the deputy akim signed the MOU in the Provincial Office.")
        == []
    )


def test_the_scope_of_an_agreement_ends_before_the_date_told_after_it() -> None:
    (found,) = partnerships(
        "Busan City and the Primorsky Krai Government signed an agreement on medical tourism "
        "cooperation on March 5."
    )
    assert found["scope"] == "medical tourism cooperation"
    assert found["parties"] == ["Busan City", "Primorsky Krai Government"]


def test_an_agreement_signed_with_its_counterpart_is_concluded_whatever_is_intended_around_it() -> None:
    (found,) = partnerships(
        "Wonju Severance Christian Hospital will treat Mongolian patients under an MOU signed with "
        "the Mongolian Ministry of Health."
    )
    assert found["parties"] == ["Wonju Severance Christian Hospital", "Mongolian Ministry of Health"]
    assert found["kind"] == "mou"
    # a participle without its counterpart leaves the intention standing
    assert partnerships("Wonju Severance Christian Hospital will seek an MOU signed by both ministers.") == []
    assert (
        partnerships(
            "Wonju Severance Christian Hospital will sign an MOU with the Mongolian Ministry of Health."
        )
        == []
    )


def test_a_number_word_opening_a_plural_noun_is_no_name() -> None:
    text = "Two hospitals in Hue and Three Rivers Clinic signed it."
    names = [o.name for o in find_organizations(text, 0, len(text), load_lexicon("en"))]
    assert names == ["Three Rivers Clinic"]


def test_a_name_is_read_whole_across_an_inner_and_and_a_seat_after_a_dash() -> None:
    def names(text: str) -> list[str]:
        return [o.name for o in find_organizations(text, 0, len(text), load_lexicon("en"))]

    assert names("It works with the Korea Medical Dispute Mediation and Arbitration Agency.") == [
        "Korea Medical Dispute Mediation and Arbitration Agency"
    ]
    # a name before the "and" of its own makes two; one word or a place alone before it is none
    assert names("Daegu Fatima Hospital and Almaty Cardiac Center met.") == [
        "Daegu Fatima Hospital",
        "Almaty Cardiac Center",
    ]
    assert names("KOTRA and Oman's Ministry of Health met.") == ["Oman's Ministry of Health"]
    assert names("Kenya and Uganda Medical Council met.") == ["Uganda Medical Council"]
    # a seat after a dash is part of the name where it is a place, not where it is a tagline
    assert names("It met the Department of Health - Abu Dhabi.") == ["Department of Health - Abu Dhabi"]
    assert names("Ulsan Wellness Agency - Official Blog") == ["Ulsan Wellness Agency"]


def test_the_counterparts_end_where_a_relative_or_a_purpose_begins() -> None:
    (found,) = partnerships(
        "Hallym University Medical Center signed an MOU with the Bishkek City Clinic to look after "
        "patients who used to fly to Japan."
    )
    assert found["parties"] == ["Hallym University Medical Center", "Bishkek City Clinic"]
    assert found["countries"] == ["KR", "KG"]
