"""Goals as real pages write them: no due year, a due year told in the next sentence, a
figure the actor expects (a forecast), a passive "will be increased to", and the counts beside them.

Each test asserts the whole set of records its sentences yield, of every kind."""

from tests.test_extractors_market_shapes import everything


def test_a_goal_without_a_due_year() -> None:
    assert everything("The province aims to attract 80,000 medical tourists a year.") == {
        ("goal", 80000, None)
    }
    assert everything("Gyeongbuk hopes to bring in 12,500 foreign patients, the governor said.") == {
        ("goal", 12500, None)
    }


def test_a_due_year_told_in_the_next_sentence() -> None:
    assert everything(
        "It will attract 650,000 foreign patients through the plan. The target year is 2028."
    ) == {("goal", 650000, 2028)}


def test_an_actor_that_expects_a_figure_by_a_year_forecasts_it() -> None:
    # annotation.md: "X expects N by YEAR" is a projection unless the text calls N a goal or
    # says X aims at it ("expects to attract" does)
    assert everything(
        "The ministry expects 900,000 medical tourists a year by 2022, up from 364,000 last year."
    ) == {("count", 364000, 2018)}
    assert everything("The ministry expects to attract 900,000 medical tourists a year by 2022.") == {
        ("goal", 900000, 2022)
    }


def test_a_forecast_is_no_goal_and_leaves_its_counts_alone() -> None:
    assert everything("Medical tourist arrivals are projected to reach 70,000 by 2023.") == set()
    assert everything(
        "Officials expect 3,000 Russians will seek treatment in Ulsan this year, after 1,900 patients came in 2018."
    ) == {("count", 1900, 2018)}


def test_a_passive_increase_of_institutions_is_a_goal() -> None:
    assert everything(
        "The number of hospitals allowed to invite patients will be increased from the current 31 to 60."
    ) == {("goal", 60, None)}


def test_a_figure_with_a_past_year_beside_an_aim_is_a_count() -> None:
    assert everything(
        "The hospital plans to open a new wing after it treated 3,100 foreign patients last year."
    ) == {("count", 3100, 2018)}


def test_an_area_is_no_figure_of_a_goal() -> None:
    assert everything("The park plans to attract several clinics to a 742,500㎡ plot.") == set()


def test_a_figure_in_apposition_to_a_goal_noun_is_the_goal() -> None:
    # the aim begins at the figure the goal noun is set beside; the figure before it is a count
    assert everything(
        "Gimhae treated 4,100 foreign patients last year, just under 4,500, the city's target."
    ) == {("count", 4100, 2018), ("goal", 4500, 2018)}
    assert everything("Pohang wants 7,000 foreign patients, its own target, by 2022.") == {
        ("goal", 7000, 2022)
    }
    # a place in apposition to a goal noun gives it no figure
    assert everything("Last year 2,600 foreign patients came to Andong, the province's main target.") == {
        ("count", 2600, 2018)
    }


def test_a_second_aim_with_its_own_due_year_is_a_goal_and_a_past_one_a_count() -> None:
    assert everything(
        "The ministry aims to raise foreign patients to 900,000 by 2023, expanding visa agencies to 40 by 2019."
    ) == {("goal", 900000, 2023), ("goal", 40, 2019)}
    assert everything("Incheon wants 100,000 foreign patients by 2022; it received 41,000 in 2017.") == {
        ("goal", 100000, 2022),
        ("count", 41000, 2017),
    }
