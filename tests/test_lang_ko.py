"""The Korean stub read through the language interface: numbers with Korean units, years and
dates, and a Korean document through the whole pipeline."""

import hashlib
from datetime import date

import pytest

from extractors import extract
from extractors.lang.registry import language_for
from extractors.text.script import detect_language
from models import Qualifier, ScopeLevel, SourceDocument

KOREAN = language_for("ko")


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("7만3천명", 73_000),
        ("3만2천614명", 32_614),
        ("14만5천명", 145_000),
        ("2조3천억원", 2.3e12),
        ("12만 명", 120_000),
        ("1,234명", 1_234),
        ("60만5천768명", 605_768),
        ("1.5만 명", 15_000),
        ("천 명", 1_000),  # numerals spelled in letters before the counter of people
        ("천백여 명", 1_100),
        ("이만 오천 명", 25_000),
        ("몇 천 명", None),  # a vague number is none
        ("수백 명", None),
        ("천 곳", None),  # letters alone are read before the counter of people only
        ("입장을 천명했다", None),  # 천명하다: to declare
    ],
)
def test_korean_numbers_read_with_their_units(written: str, value: float | None) -> None:
    found = KOREAN.find_quantities(written, 0, len(written))
    assert [q.value for q in found] == ([] if value is None else [pytest.approx(value)])


def test_a_sentence_of_korean_numbers_reads_each_with_its_span_and_kind() -> None:
    text = "지난해 외국인 환자는 약 60만5천768명으로, 진료 수입은 1조4천억원, 2019년보다 늘었다."
    found = [
        (q.text, q.value, q.qualifier, q.is_measure, q.is_year)
        for q in KOREAN.find_quantities(text, 0, len(text))
    ]
    assert found == [
        ("60만5천768", 605_768, Qualifier.APPROX, False, False),
        ("1조4천억", 1.4e12, Qualifier.EXACT, True, False),
        ("2019", 2019, Qualifier.EXACT, False, True),
    ]
    assert all(text[q.start : q.end] == q.text for q in KOREAN.find_quantities(text, 0, len(text)))


def test_korean_years_and_dates() -> None:
    text = "2024년 3월 15일 서울에서 열린 행사는 작년보다 컸다."
    assert [(d.first, d.has_year) for d in KOREAN.find_dates(text, 0, len(text), None)] == [
        (date(2024, 3, 15), True)
    ]
    years = KOREAN.find_years(text, 0, len(text), date(2024, 3, 20))
    assert [(y.year, y.relative) for y in years] == [(2024, False), (2023, True)]


def test_korean_scope_levels() -> None:
    assert KOREAN.scope_level("보건복지부") == ScopeLevel.NATIONAL
    assert KOREAN.scope_level("서울대학교병원") == ScopeLevel.HOSPITAL
    assert KOREAN.scope_level("부산시") == ScopeLevel.LOCAL
    assert KOREAN.scope_level(None) == ScopeLevel.UNSPECIFIED


def _source(text: str) -> SourceDocument:
    content = text.encode()
    return SourceDocument(
        doc_id="ko", source_uri="ko.txt", content=content, content_sha256=hashlib.sha256(content).hexdigest()
    )


KOREAN_ARTICLE = (
    "외국인 환자 유치 실적 발표\n"
    "보건복지부는 지난해 외국인 환자가 60만5천768명으로 집계됐다고 밝혔다. "
    "진료 수입은 2조3천억원으로 전년보다 늘었다.\n"
)


def test_a_korean_document_goes_through_the_pipeline_in_korean() -> None:
    extraction = extract(_source(KOREAN_ARTICLE))
    assert (extraction.document.language, extraction.document.title) == ("ko", "외국인 환자 유치 실적 발표")
    # the count, with no year (the page gives no date to resolve 지난해 against); 2조3천억원 is money;
    # the ministry reports a national total, Korea received the patients ("Korea", the contract's
    # one name of a national total in every language)
    assert [
        (r.table, r.count, r.year, r.population, r.institution, r.scope_level) for r in extraction.records
    ] == [("patient_stats", 605768, None, "foreign_patients", "Korea", "national")]
    assert extraction.rejected == []


def test_korean_sentences_stay_in_a_korean_body_and_leave_an_english_one() -> None:
    from extractors.context import DocumentContext

    text = KOREAN_ARTICLE + "Foreign patients reached 605,768 last year, the ministry said.\n"
    # the headline is told by the page's title: a line above the lead that is not it is the deck
    korean = DocumentContext(
        doc_id="ko", text=text, published=None, language=KOREAN, title="외국인 환자 유치 실적 발표"
    )
    english = DocumentContext(doc_id="ko", text=text, published=None, language=language_for("en"))
    assert [s.text[:6] for s in korean.body_sentences] == ["보건복지부는", "진료 수입은"]
    assert [s.text[:8] for s in english.body_sentences] == ["Foreign "]


def test_the_script_decides_the_language() -> None:
    assert detect_language(KOREAN_ARTICLE) == "ko"
    assert detect_language("Seoul (서울) drew 605,768 foreign patients last year, the ministry said.") == "en"
