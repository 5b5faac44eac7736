"""Bad and unusual bytes: a clear refusal, or text with a note on what was repaired."""

import hashlib

import pytest

from extractors import UnreadableDocument, extract
from extractors.text.decoding import decode
from models import SourceDocument

KOREAN = (
    "서울의 한 병원은 작년에 외국인 환자를 치료했다. Seoul hospitals treated 30,000 foreign patients in 2019."
)


def source(content: bytes) -> SourceDocument:
    return SourceDocument(
        doc_id="d", source_uri="u.txt", content=content, content_sha256=hashlib.sha256(content).hexdigest()
    )


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-16", "utf-8-sig"])
def test_korean_pages_in_legacy_and_bom_encodings_are_decoded(encoding: str) -> None:
    text, notes = decode(source(KOREAN.encode(encoding)))
    assert text.lstrip("\ufeff") == KOREAN
    assert notes  # how it was decoded is recorded


def test_plain_utf8_needs_no_note() -> None:
    assert decode(source(KOREAN.encode())) == (KOREAN, [])


def test_a_few_invalid_bytes_are_replaced_and_the_facts_still_found() -> None:
    content = (
        (
            b"Busan clinics report\nPosted on 4 February 2019\n"
            b"Busan clinics treated 4,500 foreign patients in 2018, the city said. "
        )
        + b"\xff\xfe"
        + b" More text follows here." * 20
    )
    extraction = extract(source(content))
    assert any("replaced" in note for note in extraction.document.notes)
    assert [r.count for r in extraction.records if r.record_kind == "patient_stat"] == [4500]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "application/pdf"),
        (b"text\x00with\x00nul bytes", "NUL"),
    ],
)
def test_non_text_is_refused_with_the_reason(content: bytes, reason: str) -> None:
    with pytest.raises(UnreadableDocument, match=reason):
        decode(source(content))


STRAY = (b"\xff", b"\x92", b"\xc3")  # not UTF-8 here: an invalid lead, a lone cp1252 quote, a cut-off lead


def _with_stray_bytes(text: str, every: int) -> tuple[bytes, str]:
    """``text`` as UTF-8 with a stray byte after every ``every`` characters, and the text expected back."""
    pieces = [text[i : i + every] for i in range(0, len(text), every)]
    content, expected = b"", ""
    for n, piece in enumerate(pieces):
        content += piece.encode()
        expected += piece
        if n < len(pieces) - 1:
            content += STRAY[n % len(STRAY)]
            expected += "\ufffd"
    return content, expected


@pytest.mark.parametrize(
    "text",
    [
        "Busan clinics treated 4,500 foreign patients in 2018, the city said. "
        "The number rose from 3,100 a year before.",
        "서울의 한 병원은 작년에 외국인 환자 1,200명을 치료했다고 밝혔다. 부산시는 의료관광객 유치에 나섰다.",
    ],
    ids=["english", "hangul"],
)
def test_a_few_stray_bytes_in_utf8_text_are_replaced_not_read_as_a_code_page(text: str) -> None:
    content, expected = _with_stray_bytes(text, every=-(-len(text) // 4))  # three bytes, over 1 % of all
    assert expected.count("\ufffd") == 3 and len(content) < 300
    assert decode(source(content)) == (expected, ["invalid UTF-8 bytes replaced (3 characters)"])
