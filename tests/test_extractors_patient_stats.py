"""Patient counts in series, lists, parts and ellipses, their years, origins and receivers."""

from datetime import date

from extractors.lang.registry import language_for
from tests.test_extractors_helpers import extract_text


def stats(body: str, dateline: str = "Posted on 10 March 2019") -> dict[int, dict]:
    """Counts by value; two records of one value (a duplicate the dict would hide) fail."""
    found = extract_text(body, dateline).get("PatientStat", [])
    by_count = {r["count"]: r for r in found}
    assert len(by_count) == len(found), f"two records share a count: {[r['count'] for r in found]}"
    return by_count


def test_a_series_count_takes_the_noun_and_origin_of_the_first() -> None:
    found = stats("Incheon received 8,450 Mongolian patients last year, up from 7,120 the previous year.")
    assert found[8450]["year"] == 2018
    assert found[7120]["year"] == 2017  # "the previous year" counts back from 2018, not from 2019
    assert found[7120]["origin_countries"] == ["MN"]
    assert found[7120]["institution"] == "Incheon"


def test_a_series_with_an_explicit_year() -> None:
    found = stats("Some 51,000 foreign patients came to Korea in 2017, compared with 46,500 in 2016.")
    assert found[46500]["year"] == 2016 and found[46500]["population"] == "foreign_patients"


def test_bracketed_counts_after_demonyms_are_a_list() -> None:
    found = stats(
        "In 2018 Japanese patients formed the second group at 61,300, ahead of Thais (12,050) "
        "and Filipinos (8,800)."
    )
    assert found[61300]["origin_countries"] == ["JP"]
    assert found[12050]["origin_countries"] == ["TH"] and found[12050]["year"] == 2018
    assert found[8800]["origin_countries"] == ["PH"]


def test_a_part_named_by_its_origin() -> None:
    found = stats("Gwangju treated 9,000 foreign patients in 2018, including 650 from Vietnam.")
    assert found[9000]["origin_countries"] == []
    assert found[650]["origin_countries"] == ["VN"] and found[650]["institution"] == "Gwangju"


def test_an_ellipsis_leans_on_the_patients_named_before() -> None:
    found = stats("Russian patients are a fast-growing group: nearly 3,400 were treated in Ulsan in 2018.")
    assert found[3400]["origin_countries"] == ["RU"]
    assert found[3400]["institution"] == "Ulsan" and found[3400]["qualifier"] == "approx"


def test_a_count_without_a_year_takes_the_year_of_the_sentence_before() -> None:
    found = stats(
        "A total of 20,500 foreign patients visited Daegu in 2017. "
        "Chinese patients were the largest group at 7,700."
    )
    assert found[7700]["year"] == 2017


def test_a_goal_baseline_is_a_count_but_the_goal_is_not() -> None:
    found = stats("The city aims to attract 50,000 foreign patients by 2022, up from 31,000 last year.")
    assert 50000 not in found
    assert found[31000]["year"] == 2018 and found[31000]["population"] == "foreign_patients"


def test_a_span_of_years_is_a_range() -> None:
    found = stats("Between 2012 and 2015, a total of 6,200 Kazakh patients were treated in Korea.")
    assert found[6200]["period_kind"] == "range"
    assert found[6200]["period_start"] == date(2012, 1, 1) and found[6200]["period_end"] == date(2015, 12, 31)


def test_a_cumulative_count_starts_in_the_year_named() -> None:
    found = stats("Since its opening in 2012, the clinic has treated over 8,000 foreign patients.")
    assert found[8000]["period_kind"] == "cumulative" and found[8000]["period_start"] == date(2012, 1, 1)


def test_the_hospital_and_it_refer_to_the_hospital_named_before() -> None:
    found = stats(
        "Daegu Dongsan Hospital won an award on Friday. The hospital treated 4,300 foreign patients in 2018. "
        "It now sees about 5,000 overseas patients a year."
    )
    assert found[4300]["institution"] == "Daegu Dongsan Hospital"
    assert found[5000]["institution"] == "Daegu Dongsan Hospital" and found[5000]["period_kind"] == "per_year"


def test_the_receiver_is_where_the_patients_went() -> None:
    found = stats("In 2018, 9,100 Kazakh patients came to Korea, of whom about 2,300 were treated in Busan.")
    assert found[9100]["institution"] == "Korea"
    assert found[2300]["institution"] == "Busan" and found[2300]["origin_countries"] == ["KZ"]


def test_a_per_year_phrase_qualifies_only_its_own_number() -> None:
    found = stats(
        "The clinic wants to lift the number of Thai patients from 900 last year to 2,000 a year by 2021."
    )
    assert found[900]["period_kind"] == "year" and found[900]["origin_countries"] == ["TH"]


def test_people_examined_abroad_are_not_counted_as_foreign_patients() -> None:
    found = stats("On March 5 doctors examined more than 600 Uzbek residents at a clinic in Tashkent.")
    assert found[600]["population"] == "patients" and found[600]["origin_countries"] == ["UZ"]


def test_day_numbers_of_a_date_range_are_not_counts() -> None:
    assert 7 not in stats("Free consultations for patients were held in Hanoi from March 5 to 7.")


def test_a_number_with_a_noun_of_its_own_is_not_a_series_count() -> None:
    found = stats("Busan treated 5,000 foreign patients in 2018, up from 12 hospitals in 2014.")
    assert 12 not in found


def test_parts_named_by_country_in_a_list() -> None:
    found = stats("Of the 7,000 patients, 2,600 came from Russia and 900 from Mongolia.")
    assert found[2600]["origin_countries"] == ["RU"] and found[900]["origin_countries"] == ["MN"]


def test_countries_with_their_counts() -> None:
    found = stats(
        "China accounted for 9,000 patients in 2018, followed by Vietnam with 3,500 and Thailand with 1,250."
    )
    assert found[3500]["origin_countries"] == ["VN"] and found[1250]["origin_countries"] == ["TH"]


def test_a_fact_before_the_aim_of_a_goal_sentence_is_a_count() -> None:
    found = stats("The clinic treated 450 Mongolian patients in 2018 and aims to treat 700 by 2021.")
    assert found[450]["year"] == 2018 and 700 not in found


def test_a_verb_ending_in_w_is_no_currency() -> None:
    found = stats("The fair helped draw 1,300 foreign patients to Gangwon in 2018.")
    assert found[1300]["institution"] == "Gangwon"


def test_a_breakdown_by_nationality_takes_the_leading_country_and_the_year_in_force() -> None:
    found = stats(
        "Ulsan treated 30,400 foreign patients last year. The patients came from 41 countries.\n"
        "By origin, Thailand made up the biggest group with 8,200 patients, followed by Vietnam (5,100)."
    )
    assert found[8200]["origin_countries"] == ["TH"] and found[8200]["year"] == 2018
    assert found[5100]["origin_countries"] == ["VN"] and found[5100]["year"] == 2018


def test_a_year_after_a_comma_belongs_to_the_next_figure() -> None:
    found = stats(
        "The city said the number of foreign patients last year reached 52,300, up 9 percent "
        "from 47,980 a year earlier."
    )
    assert found[52300]["year"] == 2018 and found[52300]["period_kind"] == "year"
    assert found[47980]["year"] == 2017 and found[47980]["period_kind"] == "year"


def test_a_second_clause_keeps_its_own_origins_and_the_year_before_it() -> None:
    found = stats(
        "Foreign patients who visited Ulsan numbered 8,800 last year, and patients from Laos and "
        "Cambodia together reached 730, nearly triple the figure of 2013."
    )
    assert found[8800]["origin_countries"] == []
    assert found[730]["origin_countries"] == ["LA", "KH"] and found[730]["year"] == 2018


def test_a_count_after_a_percentage_change_takes_the_origin_of_its_noun() -> None:
    found = stats("In 2018, patients from Laos rose 12 percent to 1,450.")
    assert found[1450]["origin_countries"] == ["LA"]


def test_a_generic_noun_after_the_number_yields_to_the_patients_named_before() -> None:
    found = stats("Thai patients who visited Ulsan last year was 830 persons.")
    assert found[830]["population"] == "foreign_patients" and found[830]["origin_countries"] == ["TH"]


def test_first_time_since_is_no_cumulative_period() -> None:
    found = stats(
        "Ulsan treated 9,100 foreign patients in 2018. Vietnamese patients numbered 2,050, "
        "passing Thais (1,990) for the first time since the city began counting."
    )
    assert found[2050]["period_kind"] == "year" and found[2050]["year"] == 2018
    assert found[1990]["origin_countries"] == ["TH"]


def test_a_list_by_nationality_may_go_on_in_a_sentence_of_its_own() -> None:
    found = stats("Chinese patients numbered 7,600 in 2018. Thais (2,430) and Filipinos (1,210) followed.")
    assert found[2430]["origin_countries"] == ["TH"] and found[2430]["year"] == 2018
    assert found[1210]["origin_countries"] == ["PH"]


def test_a_cumulative_cue_speaks_only_of_its_own_clause() -> None:
    found = stats(
        "In 2016, about 8,300 foreign patients came to Ulsan for care, and the cumulative total "
        "since 2010 has passed 41,000."
    )
    assert found[8300]["period_kind"] == "year" and found[8300]["year"] == 2016
    assert found[41000]["period_kind"] == "cumulative" and found[41000]["qualifier"] == "at_least"


def test_institutions_facilitators_and_staff_are_not_patients() -> None:
    found = stats(
        "There are now 610 clinics and 230 facilitators registered to attract foreign patients, "
        "and 410 of those clinics treated foreign patients last year. The clinic has 12 staff "
        "members and about 30 specialists who treat foreign patients."
    )
    assert not {610, 230, 410, 12, 30} & set(found)


def test_the_carers_are_not_counted_but_those_they_treat_are() -> None:
    found = stats(
        "A medical team of 18 persons gave free treatment to 270 citizens of Almaty. "
        "Along with a seminar for 90 guests, doctors gave free consultations to 400 residents."
    )
    assert set(found) == {270, 400}


def test_a_figure_told_twice_is_one_count() -> None:
    records = extract_text(
        "Ulsan gives free check-ups to 520 Almaty residents\n"
        "Doctors from Ulsan gave free check-ups to 520 residents of Almaty."
    ).get("PatientStat", [])
    assert [r["count"] for r in records] == [520]


def test_an_aim_due_in_a_past_year_is_a_count_not_a_goal() -> None:
    records = extract_text(
        "Since hospitals were allowed to attract foreign patients in 2010, a cumulative 1.9 million "
        "foreign patients have visited Korea."
    )
    assert [r["count"] for r in records.get("PatientStat", [])] == [1_900_000]
    assert records["PatientStat"][0]["period_kind"] == "cumulative"
    assert "Target" not in records


def test_each_group_of_a_comparison_keeps_its_own_origin() -> None:
    found = stats(
        "In 2018, patients from Laos rose 12 percent to 1,450, while those from Cambodia grew to 980. "
        "Patients from Thailand numbered 2,300, followed by those from Vietnam at 1,700."
    )
    assert found[1450]["origin_countries"] == ["LA"] and found[980]["origin_countries"] == ["KH"]
    assert found[2300]["origin_countries"] == ["TH"]


def test_the_source_of_a_figure_did_not_receive_the_patients() -> None:
    found = stats("According to the Ulsan Health Agency, 640 Thai patients were treated in Korea in 2018.")
    assert found[640]["institution"] == "Korea"


def test_a_count_after_a_change_and_a_record_filler_is_linked_to_its_noun() -> None:
    found = stats(
        "The number of medical tourists who visited Daegu climbed 18.2 percent from the year "
        "before to a record 41,205 in 2018, the city said."
    )
    assert found[41205]["year"] == 2018 and found[41205]["population"] == "foreign_patients"


def test_half_a_million_is_a_count_and_a_share_is_not() -> None:
    found = stats(
        "Close to half a million foreign patients came to Korea in 2018. "
        "Three in ten of them had skin treatments."
    )
    assert set(found) == {500_000} and found[500_000]["qualifier"] == "approx"


def test_topping_a_number_makes_it_a_lower_bound() -> None:
    found = stats("In 2017, patients from Laos topped two thousand for the first time.")
    assert found[2000]["qualifier"] == "at_least" and found[2000]["origin_countries"] == ["LA"]


def test_a_sentence_pointing_back_to_the_previous_year_keeps_the_year_of_the_counts() -> None:
    found = stats(
        "Some 80,000 foreign patients were treated in Busan in 2017. "
        "That was a fifth more than the previous year. "
        "Patients from Russia numbered about 15 thousand."
    )
    assert found[15000]["year"] == 2017 and found[15000]["origin_countries"] == ["RU"]


def test_rows_of_a_table_count_the_patients_of_their_country() -> None:
    found = stats(
        "The ministry released the breakdown below.\n\n"
        "International patients by nationality, 2017\n"
        "Nationality    Patients    Change\n"
        "Mongolia       9,120       +4%\n"
        "Kazakhstan     6,480       +11%\n"
    )
    assert found[9120]["origin_countries"] == ["MN"] and found[6480]["origin_countries"] == ["KZ"]
    assert found[9120]["year"] == 2017 and found[9120]["population"] == "foreign_patients"


def test_people_seen_in_consultations_abroad_are_consultations() -> None:
    found = stats("In May 2018, a team from Seoul consulted 240 patients at a clinic in Bishkek, Kyrgyzstan.")
    assert found[240]["population"] == "consultations"


def test_the_place_of_residents_or_citizens_is_their_origin() -> None:
    found = stats(
        "Some 4,100 citizens of Kyrgyzstan were treated in Seoul hospitals in 2018. "
        "About 1,500 Almaty residents travelled to Korea for treatment in 2017."
    )
    assert found[4100]["origin_countries"] == ["KG"] and found[1500]["origin_countries"] == ["KZ"]


def test_care_told_after_a_long_apposition_still_makes_residents_patients() -> None:
    found = stats(
        "In 2018, 1,150 residents, many of them pensioners from the outlying districts, were "
        "treated by the visiting doctors."
    )
    assert 1150 in found


def test_the_figure_of_an_earlier_year_restates_the_count_of_the_patients_before() -> None:
    found = stats(
        "Some 80,000 foreign patients were treated in Busan in 2018. "
        "Back in 2010, the figure stood at only twelve thousand."
    )
    assert found[12000]["year"] == 2010


def test_the_number_of_something_else_is_no_patient_count() -> None:
    found = stats("The hospital has 1,200 beds. The number of its doctors reached 310 in 2018.")
    assert found == {}


def test_a_nationality_used_as_a_plural_noun_counts_people_cared_for() -> None:
    records = extract_text("Clinics in Daegu treated about 3,400 Uzbeks in 2017.")
    stats = {r["count"]: r for r in records["PatientStat"]}
    assert stats[3400]["origin_countries"] == ["UZ"]
    assert stats[3400]["qualifier"] == "approx"


def test_a_nationality_as_a_noun_counts_no_patients_without_care() -> None:
    records = extract_text("Some 2,500 Kazakhs attended the concert in Seoul in 2017.")
    assert "PatientStat" not in records


def test_a_number_before_another_noun_does_not_count_the_nationality_after_it() -> None:
    records = extract_text(
        "About 4,100 Kazakh citizens were treated in Korea in 2017, one of five top destinations for Kazakhs."
    )
    assert [r["count"] for r in records["PatientStat"]] == [4100]


def test_a_change_from_one_figure_to_another_gives_two_counts() -> None:
    records = extract_text("The number of Kazakhs treated in Korea grew from 2,300 in 2012 to 9,100 in 2016.")
    stats = {r["count"]: r for r in records["PatientStat"]}
    assert stats[2300]["year"] == 2012 and stats[9100]["year"] == 2016
    assert stats[2300]["origin_countries"] == ["KZ"] == stats[9100]["origin_countries"]


def test_a_singular_patient_noun_links_to_its_count() -> None:
    records = extract_text("The number of foreign patient who visited Daegu in 2017 was 21,500 persons.")
    stats = {r["count"]: r for r in records["PatientStat"]}
    assert stats[21500]["year"] == 2017


def test_consultations_by_a_delegation_count_the_people_seen() -> None:
    records = extract_text(
        "Doctors of the delegation gave free consultations to 310 Tashkent residents on May 3."
    )
    assert [r["count"] for r in records["PatientStat"]] == [310]


def test_a_yearly_rate_in_another_clause_does_not_make_a_total_a_rate() -> None:
    records = extract_text(
        "The city has sent doctors to Mongolia every year since 2010, and more than 4,000 people have been treated so far."
    )
    stats = {r["count"]: r for r in records["PatientStat"]}
    assert stats[4000]["period_kind"] == "cumulative"


def test_a_share_verb_links_the_patient_noun_before_it_to_its_count() -> None:
    found = stats(
        "Mongolian patients accounted for the largest portion with 4,210, followed by Kazakhs with 2,900."
    )
    assert found[4210]["origin_countries"] == ["MN"] and found[2900]["origin_countries"] == ["KZ"]


def test_a_breakdown_after_another_year_takes_the_year_of_the_lead_figure() -> None:
    found = stats(
        "Daegu treated 31,200 foreign patients in 2018, up from 27,000 in 2017. "
        "It was the best result since 2015, when a MERS outbreak kept visitors away. "
        "Chinese patients made up the largest group with 9,800."
    )
    assert found[9800]["year"] == 2018


def test_a_running_total_leaves_the_year_in_force() -> None:
    found = stats(
        "Incheon attracted 42,000 foreign patients in 2018. Since 2009 a cumulative 180,000 foreign patients have come. "
        "By nationality, China accounted for the largest share with 14,000 patients."
    )
    assert found[180000]["period_kind"] == "cumulative" and found[14000]["year"] == 2018


def test_headlines_listed_under_related_articles_are_no_counts() -> None:
    found = stats(
        "Ulsan treated 9,400 foreign patients last year.\n\nRelated articles\n\n"
        "Why 40,000 Russians fly to Busan for a checkup\n\nGwangju clinics see 2,000 more patients\n"
    )
    assert list(found) == [9400]


def test_a_sentence_opening_with_a_word_of_navigation_is_prose_when_it_goes_on_in_lower_case() -> None:
    found = stats(
        "Wonju saw 1,200 foreign patients in 2017. Next year the figure rose to 1,650.\n\n"
        "Next Gwangju clinics see 2,000 more patients\n"
    )
    assert sorted(found) == [1200, 1650]


def test_a_running_total_starts_in_the_year_after_since() -> None:
    found = stats(
        "In 2017, some 321,000 foreign patients came for treatment, and the cumulative total since 2009 "
        "has passed 2.3 million. Nearly 70,000 Russians have been treated in Korean clinics since 2012."
    )
    assert (found[2300000]["period_kind"], found[2300000]["period_start"]) == ("cumulative", date(2009, 1, 1))
    assert found[70000]["period_start"] == date(2012, 1, 1)
    assert found[321000]["year"] == 2017


def test_a_serial_comma_closes_a_list_item_not_a_clause() -> None:
    """The English pattern of a list's last item: ", Hong Kong, and" joins items; ", and its
    hospitals" still opens a clause whose care is not the first clause's."""
    serial = language_for("en").patterns.counts.serial_item
    assert serial.search("visitors from Japan, Hong Kong") is not None
    assert serial.search("welcomed 1.2 million tourists") is None
    found = stats(
        "Last year over 9,000 visitors from Japan, Hong Kong, and Taiwan came to Jeju for treatment."
    )
    assert found[9000]["origin_countries"] == ["JP", "HK", "TW"]
    assert found[9000]["population"] == "foreign_patients"
    assert (
        stats("Jeju welcomed 1.2 million tourists from Japan, Taiwan, and China, and its hospitals grew.")
        == {}
    )


def test_a_nationality_told_by_a_copula_or_leading_a_share_names_the_origin() -> None:
    """English grammar: "4,000 were Chinese" and "China led with 4,000" name the country of a
    bare count."""
    found = stats(
        "Of the 9,000 foreign patients treated in Gimhae in 2018, 2,600 were Chinese and 1,900 were Russian."
    )
    assert (found[2600]["origin_countries"], found[1900]["origin_countries"]) == (["CN"], ["RU"])
    found = stats(
        "Gimhae treated 9,000 foreign patients in 2018. China led with 2,600, followed by Russia with 1,900."
    )
    assert (found[2600]["origin_countries"], found[1900]["origin_countries"]) == (["CN"], ["RU"])
