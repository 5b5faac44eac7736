"""Events: types, merging of a trip's activities, attendance, organisers, venue, place and name."""

from datetime import date

from tests.test_extractors_helpers import extract_text


def events(body: str) -> list[dict]:
    return extract_text(body).get("Event", [])


def test_an_event_word_inside_a_building_name_is_not_the_type() -> None:
    (found,) = events(
        "Ulsan staged a medical tourism roadshow at the Astana Congress Hall in Astana on March 3."
    )
    assert found["event_type"] == "promotion"
    assert found["venue"] == "Astana Congress Hall" and found["city"] == "Astana" and found["country"] == "KZ"


def test_a_signing_during_a_trip_belongs_to_the_trip() -> None:
    found = events(
        "A delegation of Gwangju officials visited Tashkent, Uzbekistan, from March 4 to 7. "
        "On March 6, Gwangju signed a memorandum of understanding with the Tashkent Medical Academy."
    )
    assert len(found) == 1
    assert found[0]["start_date"] == date(2019, 3, 4) and found[0]["end_date"] == date(2019, 3, 7)
    assert found[0]["city"] == "Tashkent" and found[0]["country"] == "UZ"


def test_a_ceremony_where_a_contract_is_signed_is_a_signing() -> None:
    (found,) = events(
        "Wonju Severance Hospital signed a referral contract with the Dubai Health Authority at a ceremony "
        "at Wonju City Hall on March 2."
    )
    assert found["event_type"] == "signing" and found["venue"] == "Wonju City Hall"


def test_attendance_after_a_cue_and_before_a_verb() -> None:
    (drew,) = events("The roadshow, held in Bishkek on March 5, drew some 230 travel agents and doctors.")
    assert drew["attendance"] == 230
    (attended,) = events(
        "Jeonnam held a business presentation in Ulaanbaatar on March 5. "
        "About 90 local insurers, travel agents and hospital managers attended the event."
    )
    assert attended["attendance"] == 90


def test_the_audience_wins_over_the_size_of_the_party() -> None:
    (found,) = events(
        "On March 5, Chungbuk led a delegation of 18 medical professionals to Almaty and held a business "
        "presentation there that was attended by 140 guests."
    )
    assert found["attendance"] == 140


def test_a_member_count_is_the_attendance_of_a_visit() -> None:
    (found,) = events("A 9-member delegation from Mongolia visited Jeonju from March 4 to 6.")
    assert found["attendance"] == 9 and found["event_type"] == "delegation_visit"


def test_organisers_after_a_cue_and_as_the_subject_of_held() -> None:
    (cued,) = events(
        "The fair, organised by the city and the Gangwon Tourism Organization at the Irkutsk Expo Center, "
        "opened in Irkutsk on March 5. Gangwon Province said it was a success."
    )
    assert "Gangwon Tourism Organization" in cued["organizers"]
    (subject,) = events(
        "The Korea Tourism Organization held a medical tourism briefing session in Minsk on March 5."
    )
    assert subject["organizers"] == ["Korea Tourism Organization"]


def test_a_participle_has_no_organiser_subject() -> None:
    (found,) = events(
        "Cheongju Hospital received a prize at the Global Health Awards 2019, held on March 1 in Seoul."
    )
    assert found["organizers"] == [] and found["name"] == "Global Health Awards 2019"


def test_the_venue_is_a_building_not_the_event() -> None:
    (found,) = events(
        "Daegu Catholic Hospital won a grand prize at the Asia Care Awards, held at the Shilla Hotel on March 1."
    )
    assert found["venue"] == "Shilla Hotel"


def test_an_undated_named_training_course() -> None:
    (found,) = events(
        "Gimhae Central Hospital hosted the Silk Road Surgical Academy, a training course in Gimhae for 15 Uzbek surgeons."
    )
    assert found["event_type"] == "training" and found["name"] == "Silk Road Surgical Academy"
    assert found["attendance"] == 15 and found["organizers"] == ["Gimhae Central Hospital"]


def test_a_photo_caption_is_no_event_of_its_own() -> None:
    found = events(
        "[Photo] Doctors from Ulsan examine residents of Osh on March 2.\n"
        "Ulsan held a medical tourism roadshow in Bishkek on February 27."
    )
    assert [e["start_date"] for e in found] == [date(2019, 2, 27)]


def test_a_caption_within_the_dates_of_an_event_joins_it() -> None:
    found = events(
        "Ulsan held a medical tourism roadshow in Bishkek from February 26 to 28.\n"
        "[Photo] Residents wait for free consultations by Ulsan doctors on February 27."
    )
    assert len(found) == 1 and found[0]["end_date"] == date(2019, 2, 28)


def test_the_date_of_an_announcement_is_no_event() -> None:
    assert (
        events("The ministry announced on March 5 that 4,100 foreign patients visited Ulsan last year.") == []
    )


def test_an_ordinal_subject_stands_for_the_event_told_before() -> None:
    found = events(
        "The first roadshow took place in Bishkek on February 12. "
        "The second was held in Osh on February 20 and 21. Along with a presentation for 75 guests, "
        "doctors gave free consultations to 210 residents."
    )
    second = next(e for e in found if e["start_date"] == date(2019, 2, 20))
    assert second["end_date"] == date(2019, 2, 21) and second["city"] == "Osh"
    assert second["event_type"] == "promotion" and second["attendance"] == 75


def test_an_award_ceremony_and_a_later_training_are_two_occurrences() -> None:
    found = events(
        "Ulsan Bright Hospital received the minister's prize at the 2018 Global Medical Tourism "
        "Awards, held in Seoul on February 26. About 250 people attended the ceremony. "
        "Next month, the hospital will host 15 Mongolian doctors for a training course."
    )
    award, training = found  # the training, announced for next month, is an occasion to come
    assert award["event_type"] == "award" and award["name"] == "2018 Global Medical Tourism Awards"
    assert training["event_type"] == "training" and training["start_date"] is None


def test_the_event_is_where_it_was_held_not_the_organiser_named_in_its_title() -> None:
    (found,) = events(
        "From 4th to 6th March in Osh of Kyrgyzstan, Ulsan held the 'Ulsan Medical Tourism "
        "Briefing Session' for agents from Kazakhstan and Uzbekistan."
    )
    assert found["city"] == "Osh" and found["country"] == "KG"
    assert found["start_date"] == date(2019, 3, 4) and found["end_date"] == date(2019, 3, 6)


def test_a_quoted_remark_is_no_name_and_a_trip_over_two_months_is_one_range() -> None:
    found = events(
        "Ulsan's medical team visited Osh from 28th February to 2nd March and held a briefing session. "
        'An official said "through this visit, we will welcome more patients."'
    )
    assert found[0]["name"] is None
    assert (found[0]["start_date"], found[0]["end_date"]) == (date(2019, 2, 28), date(2019, 3, 2))


def test_this_morning_in_a_broadcast_is_the_day_of_publication() -> None:
    (found,) = events("The biggest conference on medical tourism opened in Seoul this morning.")
    assert found["start_date"] == date(2019, 3, 10) and found["event_type"] == "conference"


def test_a_two_day_visit_ends_on_its_second_day() -> None:
    (event,) = events("A Korean medical team began a two-day visit to Bishkek on 4 February.")
    assert event["start_date"] == date(2019, 2, 4) and event["end_date"] == date(2019, 2, 5)


def test_an_event_in_a_city_state_has_it_as_its_city() -> None:
    (event,) = events("On Feb. 20, the province held a medical tourism roadshow in Singapore.")
    assert event["city"] == "Singapore" and event["country"] == "SG"


def test_a_calendar_line_takes_the_place_between_its_date_and_colon() -> None:
    (event,) = events(
        "February 12-14, Incheon: fam tour for 30 Mongolian agents, who visited hospitals in Seoul."
    )
    assert event["city"] == "Incheon" and event["attendance"] == 30


def test_a_convention_centre_named_alone_is_the_venue() -> None:
    (event,) = events("On February 21, the city opened the Global Medical Tourism Expo at COEX in Seoul.")
    assert event["venue"] == "COEX" and event["event_type"] == "promotion"


def test_facilitators_hosted_on_a_tour_are_its_attendance() -> None:
    (event,) = events(
        "On February 5, Daegu hosted 18 medical tourism facilitators on a familiarization tour."
    )
    assert event["attendance"] == 18


def test_weekdays_and_yesterday_date_events_against_the_publication_day() -> None:
    from datetime import date

    from extractors.lang.registry import language_for

    published = date(2019, 3, 20)  # a Wednesday
    text = "The expo opened Wednesday in Busan, after a forum held yesterday, and runs through Sunday."
    found = {d.text: d.first for d in language_for("en").find_dates(text, 0, len(text), published)}
    assert found == {"Wednesday": date(2019, 3, 20), "yesterday": date(2019, 3, 19)}


def test_free_check_ups_abroad_are_a_medical_consultation() -> None:
    (found,) = events(
        "A medical team from Jeonnam conducted free medical check-ups for residents of Bukhara on February 18-20."
    )
    assert found["event_type"] == "medical_consultation"
    assert (found["start_date"], found["end_date"]) == (date(2019, 2, 18), date(2019, 2, 20))


def test_a_day_without_a_year_is_the_latest_one_up_to_publication() -> None:
    (found,) = extract_text(
        "Busan held a medical tourism roadshow in Vladivostok on March 15-17.", "Posted on 20 January 2017"
    )["Event"]
    assert found["start_date"] == date(2016, 3, 15)


def test_a_day_that_looks_ahead_is_the_next_one() -> None:
    (found,) = extract_text(
        "Busan will hold a medical tourism roadshow in Vladivostok on March 15-17.",
        "Posted on 20 January 2017",
    )["Event"]
    assert found["start_date"] == date(2017, 3, 15)


def test_a_day_that_looks_ahead_is_this_years_even_when_last_years_was_nearer() -> None:
    (found,) = extract_text(
        "Jeju will host the Global Wellness Forum from Oct. 10 to 12 at the International Convention Center.",
        "Posted on 10 March 2024",
    )["Event"]
    assert (found["start_date"], found["end_date"]) == (date(2024, 10, 10), date(2024, 10, 12))


def test_a_weekday_range_ends_on_the_latest_such_weekday_up_to_publication() -> None:
    (found,) = extract_text(
        "Doctors from four Korean hospitals held free medical consultations in Bishkek from Monday "
        "through Wednesday, the embassy said.",
        "Posted on 14 March 2019",  # a Thursday
    )["Event"]
    assert (found["start_date"], found["end_date"]) == (date(2019, 3, 11), date(2019, 3, 13))


def test_days_of_a_programme_take_the_year_of_the_conference_and_belong_to_it() -> None:
    found = extract_text(
        "You are invited to Medical Korea 2020, which will be held from April 16 to 18 at COEX in Seoul.\n"
        "- April 17: Global Healthcare Forum and business meetings\n",
        "Posted on 10 March 2020",
    )["Event"]
    assert [(e["start_date"], e["end_date"]) for e in found] == [(date(2020, 4, 16), date(2020, 4, 18))]


def test_a_visit_from_the_7th_to_the_9th_takes_its_month_from_the_date_before() -> None:
    (found,) = events(
        "Jeju National University Hospital signed an MOU with the Astana Oncology Center on February 8. "
        "A six-member delegation of the center visited the hospital in Jeju from the 7th to the 9th."
    )
    assert (found["start_date"], found["end_date"]) == (date(2019, 2, 7), date(2019, 2, 9))


def test_the_ceremony_told_after_a_dated_signing_happened_on_that_date() -> None:
    (found,) = events(
        "On 15 February, the Ministry of Health of Tajikistan and Severance Hospital signed a contract "
        "on the treatment of children. The signing ceremony took place at the ministry in Dushanbe."
    )
    assert found["event_type"] == "signing" and found["start_date"] == date(2019, 2, 15)
    assert found["city"] == "Dushanbe"


def test_an_event_word_ending_the_name_of_a_party_to_an_agreement_names_no_event() -> None:
    found = extract_text(
        "Korea University Anam Hospital and Tashkent Medical Academy signed a memorandum of understanding "
        "on March 5.",
        "Posted on 10 March 2024",
    )
    assert found.get("Event", []) == []
    assert found["Partnership"][0]["parties"] == [
        "Korea University Anam Hospital",
        "Tashkent Medical Academy",
    ]


STAMPED_VISIT = (
    "A delegation of the Busan city council on August 20 paid a working visit to the provincial general "
    "hospital in Almaty, where the two sides discussed the training of nurses, the referral of patients "
    "with cancer and heart disease to Busan hospitals, and a joint telemedicine centre to be opened next year."
)


def test_a_site_stamp_glued_to_the_first_paragraph_is_no_part_of_its_sentence() -> None:
    """ " date 2019-08-22 A delegation ... on August 20 paid a working visit": the stamp dates the
    page, the sentence after it tells the visit on its own day."""
    found = extract_text("More news follows.", dateline=f" date 2019-08-22 {STAMPED_VISIT}")
    (visit,) = found["Event"]
    assert (visit["event_type"], visit["start_date"], visit["city"], visit["country"]) == (
        "delegation_visit",
        date(2019, 8, 20),
        "Almaty",
        "KZ",
    )
    assert visit["evidence"] == STAMPED_VISIT


def test_a_stamp_before_a_plan_makes_no_event() -> None:
    plan = STAMPED_VISIT.replace("on August 20 paid a working visit", "may one day visit")
    assert "Event" not in extract_text("More news follows.", dateline=f" date 2019-08-22 {plan}")
