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
