"""DocumentContext.follows: whether a cue of a lexicon list stands right before a number. Its
answers are remembered per document; asked again, in another order or of another list, they
stay those of the text."""

from extractors.context import DocumentContext
from extractors.lang.registry import language_for

TEXT = "Foreign patients rose by 1,200 to 5,000 last year, up from 3,800 in 2019."
LISTS = [("patients", "change_amounts"), ("goals", "baseline_prepositions")]


def _answers(ctx: DocumentContext) -> dict[tuple[str, str, str], bool]:
    sentence = ctx.sentences[0]
    return {
        (section, key, figure): ctx.follows(section, key, sentence, TEXT.index(figure))
        for section, key in LISTS
        for figure in ("1,200", "5,000", "3,800")
    }


def test_a_cue_right_before_a_number_is_found_and_asking_again_changes_no_answer() -> None:
    ctx = DocumentContext(doc_id="d", text=TEXT, published=None, language=language_for("en"))
    first = _answers(ctx)
    assert [k for k, found in first.items() if found] == [
        ("patients", "change_amounts", "1,200"),  # "rose by 1,200"
        ("goals", "baseline_prepositions", "3,800"),  # "up from 3,800"
    ]
    assert _answers(ctx) == first
    fresh = DocumentContext(doc_id="d", text=TEXT, published=None, language=language_for("en"))
    sentence = fresh.sentences[0]
    for section, key, figure in reversed(list(first)):  # the other lists' answers asked first
        assert fresh.follows(section, key, sentence, TEXT.index(figure)) == first[section, key, figure]
