"""The document's per-sentence answers: each is kept for the stretch of text that was read."""

from extractors.context.discourse import DocumentContext
from extractors.lang.registry import language_for

# a site's stamp glued to the first paragraph: the body starts inside the first sentence
TEXT = "Busan Daily news desk 2024-03-25 Hanbit Hospital in Seoul treated 300 foreign patients last year."
BODY_START = TEXT.index("Hanbit")


def context() -> DocumentContext:
    return DocumentContext(
        doc_id="d", text=TEXT, published=None, language=language_for("en"), body_start=BODY_START
    )


def test_the_body_part_of_a_sentence_is_not_answered_from_the_whole_sentence() -> None:
    ctx = context()
    (whole,) = ctx.sentences
    (body,) = ctx.body_sentences
    assert (whole.index, body.index) == (0, 0) and body.start == BODY_START
    assert [p.text for p in ctx.places(whole)] == ["Busan", "Seoul"]
    assert [p.text for p in ctx.places(body)] == ["Seoul"]
    assert [o.name for o in ctx.organizations(body)] == ["Hanbit Hospital"]


def test_the_whole_sentence_is_not_answered_from_its_body_part() -> None:
    ctx = context()
    (whole,) = ctx.sentences
    (body,) = ctx.body_sentences
    assert [p.text for p in ctx.places(body)] == ["Seoul"]
    assert [p.text for p in ctx.places(whole)] == ["Busan", "Seoul"]
