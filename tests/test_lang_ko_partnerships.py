"""Korean partnerships: the whole set of records each sentence yields; agreements only planned
or pursued yield none. The dateline of every article is 2019-03-10."""

import datetime

import pytest

from tests.ko_helpers import records_of

FIELDS = ("kind", "parties", "partner_count", "countries", "signed_date")


def partnerships(body: str) -> set[tuple]:
    return records_of(body, "Partnership", FIELDS)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "경희대병원은 우즈베키스탄 보건부와 업무협약을 체결했다.",
            {("mou", ("경희대병원", "우즈베키스탄 보건부"), None, ("KR", "UZ"), None)},
        ),
        (
            "서울대병원은 지난 5일 몽골 국립암센터와 환자 송출을 위한 양해각서(MOU)를 맺었다.",
            {("mou", ("서울대병원", "몽골 국립암센터"), None, ("KR", "MN"), datetime.date(2019, 3, 5))},
        ),
        (
            "한국보건산업진흥원은 몽골 보건부와 MOU를 체결했으며, 내년에는 설명회를 열 계획이다.",
            {("mou", ("한국보건산업진흥원", "몽골 보건부"), None, ("KR", "MN"), None)},
        ),
        (
            # the country visited is where, the organisation of that country the party
            "한솔한방병원은 카자흐스탄을 방문해 카자흐스탄 제3국립병원과 업무협약(MOU)을 체결했다.",
            {("mou", ("한솔한방병원", "카자흐스탄 제3국립병원"), None, ("KR", "KZ"), None)},
        ),
        (
            # an organisation noun right before the agreement says what it is about
            "충남대병원은 몽골 보건부와 협력병원 협약을 체결했다.",
            {("agreement", ("충남대병원", "몽골 보건부"), None, ("KR", "MN"), None)},
        ),
        (
            "원주세브란스병원은 러시아 하바롭스크주립병원, 레나치과병원과 각각 진료 협력 증진을 위한 MOU를 교환했다.",
            {
                ("mou", ("원주세브란스병원", "하바롭스크주립병원"), None, ("KR", "RU"), None),
                ("mou", ("원주세브란스병원", "레나치과병원"), None, ("KR", "RU"), None),
            },
        ),
    ],
)
def test_a_concluded_korean_agreement(body: str, expected: set[tuple]) -> None:
    assert partnerships(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # a name the text does not know, marked by the particle, quoted and spaced
            "대구가톨릭대병원은 카자흐스탄 대형 보험사 '아스타인슈어' 와 진료비 지급 계약을 체결했다.",
            {("contract", ("대구가톨릭대병원", "아스타인슈어"), None, ("KR", "KZ"), None)},
        ),
        (
            # a foreign city written with 시, unknown to the gazetteer
            "부산시는 지난 7일 러시아 페트로파블롭스크시와 의료관광 교류 협약을 맺었다.",
            {("agreement", ("부산시", "페트로파블롭스크시"), None, ("KR", "RU"), datetime.date(2019, 3, 7))},
        ),
        (
            # a department of a known body: the department is the party, named with its body
            "제주도는 몽골 울란바토르 시청 보건국과 업무협약을 체결했다.",
            {("mou", ("제주도", "울란바토르 시청 보건국"), None, ("KR", "MN"), None)},
        ),
        (
            # a broadcaster known by its acronym
            "한국보건산업진흥원은 베트남 하노이방송(HTV)과 양해각서를 체결했다.",
            {("mou", ("한국보건산업진흥원", "하노이방송(HTV)"), None, ("KR", "VN"), None)},
        ),
        (
            # the party is the ministry whose official signed
            "복지부는 오만 보건부 차관과 의료인 연수 협력 합의 의사록에 서명했다.",
            {("agreement", ("복지부", "오만 보건부"), None, ("KR", "OM"), None)},
        ),
    ],
)
def test_the_counterpart_is_the_name_the_particle_marks(body: str, expected: set[tuple]) -> None:
    assert partnerships(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # the particle joins the subjects: the parties are the subjects
            "서울아산병원과 베트남 호치민 대학병원은 지난 4일 진료 협력 양해각서를 체결했다.",
            {("mou", ("서울아산병원", "호치민 대학병원"), None, ("KR", "VN"), datetime.date(2019, 3, 4))},
        ),
        (
            # both sides of a pair "between" them; the domestic side is the Korean one
            "보건복지부는 카타르 보건부와 국내 3개 의료기관 간 환자 송출 협약을 체결했다.",
            {("agreement", ("보건복지부", "카타르 보건부"), None, ("KR", "QA"), None)},
        ),
        (
            # the targets of an agreement: one agreement with each, one record per counterpart;
            # the district named whole with its city
            "부산 서구는 알마티시와 고려인협회를 대상으로 교류 협약을 체결했다.",
            {
                ("agreement", ("부산 서구", "고려인협회"), None, ("KR", "KZ"), None),
                ("agreement", ("부산 서구", "알마티"), None, ("KR", "KZ"), None),
            },
        ),
        (
            # a list joined by 및: one agreement with each body listed
            "대구시는 몽골 보건부 및 울란바토르 시청과 의료관광 업무협약을 맺었다.",
            {
                ("mou", ("대구시", "몽골 보건부"), None, ("KR", "MN"), None),
                ("mou", ("대구시", "울란바토르 시청"), None, ("KR", "MN"), None),
            },
        ),
        (
            # the counterpart between the agreement and its verb; "활성화와" joins what it is for
            "대구시는 의료관광 활성화와 환자 송출을 위한 업무협약을 몽골 보건부와 체결했다.",
            {("mou", ("대구시", "몽골 보건부"), None, ("KR", "MN"), None)},
        ),
        (
            # signed, then what it leads to told in the present
            "경북대병원은 러시아 사할린 주립병원과 협약을 체결하고 환자 송출에 나선다고 밝혔다.",
            {("agreement", ("경북대병원", "사할린 주립병원"), None, ("KR", "RU"), None)},
        ),
    ],
)
def test_subjects_pairs_targets_and_lists(body: str, expected: set[tuple]) -> None:
    assert partnerships(body) == expected


def test_a_three_party_agreement_after_a_two_party_one_is_another() -> None:
    body = (
        "세종병원은 몽골 보건부와 병원 설립 협약을 체결했다.\n"
        "이를 위해 울란바토르 제2병원과 몽골 보건부, 세종병원 간 3자 협약도 체결했다."
    )
    assert partnerships(body) == {
        ("agreement", ("세종병원", "몽골 보건부"), None, ("KR", "MN"), None),
        ("agreement", ("세종병원", "울란바토르 제2병원", "몽골 보건부"), None, ("KR", "MN"), None),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "진흥원은 몽골 울란바토르에서 설명회를 열었고 현장에서 3건의 업무협약(MOU) 체결이 이뤄졌다.",
            {("mou", ("진흥원", "3건"), 3, ("KR", "MN"), None)},
        ),
        (
            "부산시는 러시아 블라디보스토크 소재 의료관광 에이전시 3곳과 환자 송출 계약을 체결했다.",
            {("contract", ("부산시", "3곳"), 3, ("KR", "RU"), None)},
        ),
        (
            # one record per counted group of a list
            "대구시는 몽골 현지 병원 12곳, 여행사 4곳과 업무협약을 체결했다.",
            {
                ("mou", ("대구시", "12곳"), 12, ("KR", "MN"), None),
                ("mou", ("대구시", "4곳"), 4, ("KR", "MN"), None),
            },
        ),
        (
            "이번 박람회에서 베트남 업체들과의 계약 및 업무협약은 15건이 성사됐다.",
            {("mou", ("15건",), 15, ("VN",), None)},
        ),
    ],
)
def test_agreements_counted_are_a_counted_group(body: str, expected: set[tuple]) -> None:
    assert partnerships(body) == expected


@pytest.mark.parametrize(
    ("body", "signed"),
    [
        # the day the news was told is not the day it was signed
        (
            "강남세브란스병원은 지난 2일 몽골 국립암센터와 진료협력 협약을 맺었다고 4일 밝혔다.",
            datetime.date(2019, 3, 2),
        ),
        (
            "강남세브란스병원은 몽골 국립암센터와 진료협력 협약을 맺었다고 4일 밝혔다.",
            datetime.date(2019, 3, 4),
        ),
        ("강남세브란스병원은 2018년 11월 5일 몽골 국립암센터와 협약을 맺었다.", datetime.date(2018, 11, 5)),
    ],
)
def test_the_signing_date(body: str, signed: datetime.date) -> None:
    assert {record[-1] for record in partnerships(body)} == {signed}


def test_an_agreement_concluded_before_is_one_whatever_is_planned_about_it() -> None:
    body = "양국은 2017년 체결한 한-쿠웨이트 보건 협력 MOU 개정을 추진하기로 했다."
    assert partnerships(body) == {("mou", ("쿠웨이트",), None, ("KW",), None)}


@pytest.mark.parametrize(
    "body",
    [
        "대구시는 러시아 블라디보스토크 시와 의료관광 협약을 체결할 예정이다.",
        # a tenseless -고 clause takes the plan that ends the sentence
        "부산시는 몽골 보건부와 양해각서를 체결하고 현지 병원과 협약도 체결할 예정이다.",
        # a nominal 체결 listed among what is to be done
        "방문단은 사할린 주립병원과 사할린 제1병원에서 진료상담, 상호 협력 양해각서(MOU) 체결, 설명회를 진행한다.",
        "인천시는 중국 웨이하이시와 보건 협약을 체결한다고 밝혔다.",
        # the agreement told before, pointed to (one named with its counterpart is in force:
        # tests/probes/ko/partnership_in_force.toml)
        "명지병원에 따르면 이 협약 내용은 원격 진료와 인적 교류 등이다.",
        # what the agreement is about, joined by 와, is no counterpart
        "부산시는 외국인 환자 유치와 관련한 협약을 체결했다.",
        # the hospitals that signed: the Korean side, no counterpart after the agreement
        "협약을 맺은 병원은 삼성서울병원, 서울대병원, 서울아산병원이다.",
        # 외과 and 효과 end in 과 without being "with"
        "서울대병원 정형외과 의료진은 협약 효과를 설명했다.",
        "부산시는 카자흐스탄 알마티시와 업무협약 체결을 추진한다.",
        "서울대병원은 몽골 국립암센터와 양해각서를 맺기로 논의했다.",
        "경희대병원은 우즈베키스탄 환자 100명을 진료했다.",
    ],
)
def test_a_planned_agreement_or_none_is_no_partnership(body: str) -> None:
    assert partnerships(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # 이날: the day of the meeting told before
            "부산대병원과 몽골 국립암센터 관계자들이 지난 5일 만났다. 양 기관은 이날 의료관광 활성화를 위한 업무협약을 체결했다.",
            {("mou", ("부산대병원", "몽골 국립암센터"), None, ("KR", "MN"), datetime.date(2019, 3, 5))},
        ),
        (
            "대구가톨릭대병원과 카자흐스탄 국립의료원은 지난달 원격진료 사업을 함께 시작했다. 두 기관은 이번에 환자 의뢰를 위한 업무협약을 맺었다.",
            {("mou", ("대구가톨릭대병원", "카자흐스탄 국립의료원"), None, ("KR", "KZ"), None)},
        ),
        # near-misses: a planned agreement, and "the two sides" with no one named before
        (
            "부산대병원과 몽골 국립암센터 관계자들이 지난 5일 만났다. 양 기관은 내년에 업무협약을 체결할 계획이다.",
            set(),
        ),
        ("양측은 의료관광 활성화를 위한 업무협약을 체결했다.", set()),
    ],
)
def test_the_two_sides_are_the_parties_named_in_the_sentence_before(body: str, expected: set[tuple]) -> None:
    assert partnerships(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "부산의 한 여행사는 최근 러시아 현지 3개 회사와 의료관광객 유치 협약을 맺었다.",
            {("agreement", ("부산", "3개 회사"), 3, ("KR", "RU"), None)},
        ),
        (
            "광주의 한 여행사는 최근 베트남 현지 3개 회사와 의료관광객 송출 협약을 맺었다.",
            {("agreement", ("광주", "3개 회사"), 3, ("KR", "VN"), None)},
        ),
        ("대구시는 러시아 현지 3개 회사와 협약을 맺을 계획이다.", set()),  # planned
    ],
)
def test_counterparts_counted_before_their_noun_are_a_counted_group(body: str, expected: set[tuple]) -> None:
    assert partnerships(body) == expected


EVENT_FIELDS = ("event_type", "start_date", "city", "country")


@pytest.mark.parametrize(
    ("body", "expected", "signing"),
    [
        (
            # the city the locative follows is where it was signed, not a party (signed abroad
            # with no ceremony told, a step of a trip: no signing event)
            "강원대병원과 키르기스스탄 국립병원은 지난 7일 비슈케크 현지에서 양해각서(MOU)를 교환했다.",
            {("mou", ("강원대병원", "키르기스스탄 국립병원"), None, ("KR", "KG"), datetime.date(2019, 3, 7))},
            set(),
        ),
        (
            # signed in Seoul, told only by its verb: the partnership only (docs/annotation.md,
            # events: a signing is an occasion with its ceremony or its guests told)
            "강원대병원과 키르기스스탄 국립병원은 지난 7일 서울에서 양해각서(MOU)를 교환했다.",
            {("mou", ("강원대병원", "키르기스스탄 국립병원"), None, ("KR", "KG"), datetime.date(2019, 3, 7))},
            set(),
        ),
        (
            # the same, its guests told: the signing is an occasion
            "강원대병원과 키르기스스탄 국립병원은 지난 7일 서울에서 양국 대사가 참석한 가운데 양해각서(MOU)를 교환했다.",
            {("mou", ("강원대병원", "키르기스스탄 국립병원"), None, ("KR", "KG"), datetime.date(2019, 3, 7))},
            {("signing", datetime.date(2019, 3, 7), "서울", "KR")},
        ),
        (
            # a city inside the counterpart's name is none of that
            "영남대의료원은 지난 7일 알마티시 보건국과 협력 협약을 맺었다.",
            {
                (
                    "agreement",
                    ("영남대의료원", "알마티시 보건국"),
                    None,
                    ("KR", "KZ"),
                    datetime.date(2019, 3, 7),
                )
            },
            set(),
        ),
        (
            # to be signed there: neither an agreement nor a signing
            "강원대병원은 비슈케크 현지에서 키르기스스탄 국립병원과 양해각서를 체결하기로 했다.",
            set(),
            set(),
        ),
    ],
)
def test_where_an_agreement_was_signed(body: str, expected: set[tuple], signing: set[tuple]) -> None:
    assert partnerships(body) == expected
    assert records_of(body, "Event", EVENT_FIELDS) == signing


def test_groups_counted_after_their_noun_are_one_record_each() -> None:
    body = "충청북도는 지역 의료기관 10개소, 외국인 환자 유치업체 4개소와 컨소시엄을 구성했다."
    assert partnerships(body) == {
        ("cooperation", ("충청북도", "10개소"), 10, ("KR",), None),
        ("cooperation", ("충청북도", "4개소"), 4, ("KR",), None),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "대전시는 몽골 울란바토르시 보건국과 손잡았다.",
            {("cooperation", ("대전시", "울란바토르시 보건국"), None, ("KR", "MN"), None)},
        ),
        (
            "부산대병원과 카자흐스탄 보건부는 지난 4일 의료진 교류에 협력하기로 합의했다.",
            {
                (
                    "agreement",
                    ("부산대병원", "카자흐스탄 보건부"),
                    None,
                    ("KR", "KZ"),
                    datetime.date(2019, 3, 4),
                )
            },
        ),
        (
            "전남대병원은 베트남 보건부와 환자 의뢰에 합의했다.",
            {("agreement", ("전남대병원", "베트남 보건부"), None, ("KR", "VN"), None)},
        ),
        (
            "화순전남대병원은 몽골 보건부와 업무협약을 맺고 연수생을 받기로 했다.",
            {("mou", ("화순전남대병원", "몽골 보건부"), None, ("KR", "MN"), None)},
        ),
        (
            "원광대병원은 러시아 하바롭스크주 보건부 측과 양해각서를 체결했다.",
            {("mou", ("원광대병원", "하바롭스크주 보건부"), None, ("KR", "RU"), None)},
        ),
    ],
)
def test_verbs_of_agreeing_decisions_after_signing_and_the_counterparts_side(
    body: str, expected: set[tuple]
) -> None:
    """손잡다 and 합의하다 conclude an agreement without naming it; a decision told in the past
    after a tenseless -고 (맺고 … 받기로 했다) leaves the agreement concluded; "측과" marks the side
    of the name before it."""
    assert partnerships(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "대전시는 몽골 울란바토르시 보건국과 손잡기로 했다.",
        "부산대병원은 카자흐스탄 보건부와 협력하기로 합의할 예정이다.",
        "화순전남대병원은 몽골 보건부와 업무협약을 맺고 연수생을 받을 계획이다.",
        "양 기관은 이번 협약을 통해 의료진 교류 방안을 합의했다.",
    ],
)
def test_agreeing_only_intended_or_settled_in_an_agreement_told_before_is_none(body: str) -> None:
    assert partnerships(body) == set()


def test_parties_named_after_the_verb_that_modifies_them() -> None:
    """ "협약을 체결한 A와 B는": the pair the relative verb modifies, closed by its topic particle."""
    body = "업무협약을 체결한 계명대병원과 카자흐스탄 국립의료원은 환자 의뢰를 늘린다."
    assert partnerships(body) == {("mou", ("계명대병원", "카자흐스탄 국립의료원"), None, ("KR", "KZ"), None)}


def test_the_two_sides_are_the_korean_side_and_the_first_counterpart_named_before() -> None:
    """ "양 기관은": two parties, so the bodies named later in the sentence before (work items of
    the agreement, "△원격진료 시범사업") are none of them, and the two agreements are one."""
    body = (
        "한국보건산업진흥원은 우즈베키스탄 국립소아의료센터와 양해각서를 체결했다. "
        "진흥원과 소아의료센터는 △간호사 교육 △원격진료 시범사업 등을 같이 추진한다. "
        "양 기관은 앞서 2년 전 협력 의향서를 주고받았다."
    )
    assert partnerships(body) == {
        ("mou", ("한국보건산업진흥원", "우즈베키스탄 국립소아의료센터"), None, ("KR", "UZ"), None)
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # the sentence ends in the past: the plans of its own clause (논의) are not the agreement's
            "경북대병원은 몽골 보건부와 협약을 체결하고 환자 송출 방안을 논의했다.",
            {("agreement", ("경북대병원", "몽골 보건부"), None, ("KR", "MN"), None)},
        ),
        (
            # a Latin word before the last one belongs to the counterpart's name
            "세브란스병원은 미국 보험사 BCS 헬스와 진료비 지급 계약을 체결했다.",
            {("contract", ("세브란스병원", "BCS 헬스"), None, ("KR", "US"), None)},
        ),
        ("경북대병원은 몽골 보건부와 협약을 체결하고 교류를 늘릴 계획이다.", set()),
    ],
)
def test_the_tense_that_ends_the_sentence_and_latin_names(body: str, expected: set[tuple]) -> None:
    assert partnerships(body) == expected
