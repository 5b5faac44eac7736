"""Bodies the parties found together (a consortium, a council, an association): a formal
cooperation told by the body and the verb that founded it, its members counted where they join."""

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.text.sentences import Sentence

FOUNDING_REACH = 16  # how far after a body its verb of founding stands ("협회(회장 …)를 창립했다")


def founded_body(ctx: DocumentContext, sentence: Sentence, start: int) -> PhraseMatch | None:
    """The first body of the sentence from ``start`` that the parties founded together: its noun
    (a consortium, a council, an association) with a verb of founding right after it, no other
    agreement between them. Its noun may end the body's name: the name does not hide it here."""
    bodies = ctx.lexicon.matcher("partnerships", "founded_bodies")
    founding = ctx.lexicon.matcher("partnerships", "founding_verbs")
    kinds = ctx.lexicon.matcher("partnerships", "kinds")
    for body in bodies.finditer(ctx.text, start, sentence.end):
        verb = founding.search(ctx.text, body.end, min(sentence.end, body.end + FOUNDING_REACH))
        if verb is not None and kinds.search(ctx.text, body.end, verb.start) is None:
            return body
    return None


def members_after(ctx: DocumentContext, sentence: Sentence) -> Sentence | None:
    """The sentence right after a body's founding that tells who joined it ("… 출범했다. 도내
    20개 기관이 참여했다"), where it does."""
    following = [s for s in ctx.body_sentences if s.start >= sentence.end][:1]
    joining = ctx.lexicon.matcher("partnerships", "joining_verbs")
    return following[0] if following and joining.contains(following[0].text) else None
