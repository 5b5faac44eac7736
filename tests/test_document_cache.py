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


def test_body_sentences_know_their_neighbours_and_nothing_else_is_placed() -> None:
    text = (
        "Hanbit Hospital treated 300 foreign patients. Most came from Mongolia. It plans a clinic in Almaty."
    )
    ctx = DocumentContext(doc_id="d", text=text, published=None, language=language_for("en"))
    first, second, third = ctx.body_sentences
    assert [ctx.body_position(s) for s in (first, second, third)] == [0, 1, 2]
    assert (ctx.body_sentence_before(first), ctx.body_sentence_before(third)) == (None, second)
    assert (ctx.body_sentence_after(first), ctx.body_sentence_after(third)) == (second, None)
    # the whole first sentence of the stamped text is not a body sentence: its body part is
    stamped = context()
    (whole,) = stamped.sentences
    assert stamped.body_position(whole) is None
    assert stamped.body_position(stamped.body_sentences[0]) == 0
