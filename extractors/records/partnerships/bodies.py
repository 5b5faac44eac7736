"""Bodies the parties found together (a consortium, a council, an association): a formal
cooperation told by the body and the verb that founded it, its members counted where they join."""

import re

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import KOREA
from extractors.text.sentences import Sentence


def founded_body(ctx: DocumentContext, sentence: Sentence, start: int) -> PhraseMatch | None:
    """The first body of the sentence from ``start`` that the parties founded together: its noun
    (a consortium, a council, an association) with the verb that founded it, where the language
    puts it ("부산의료관광협의회를 창립했다", "formed the Busan Care Council"). Its noun may end the
    body's name: the name does not hide it here. Where the language asks it, the body is one of
    several parties only when its members are told: counted before the verb or named in a
    phrase right after the name ("30 hospitals formed …", "… which consists of members from"); a
    city that sets up a committee of its own founds no partnership."""
    bodies = ctx.lexicon.matcher("partnerships", "founded_bodies")
    for body in bodies.finditer(ctx.text, start, sentence.end):
        verb = ctx.language.founding_verb(ctx, sentence, body)
        if verb is not None and (
            not ctx.language.founded_bodies_need_members or _members_told(ctx, sentence, body, verb)
        ):
            return body
    return None


# "the Busan Care Council, which consists of": how far after its noun its members are told
MEMBERS_AFTER_CHARS = 60


def _members_told(ctx: DocumentContext, sentence: Sentence, body: PhraseMatch, verb: PhraseMatch) -> bool:
    """Whether a phrase of membership follows the body's name, or a count (not a year) stands
    in the founding verb's clause before it: the founders are several."""
    members = ctx.lexicon.matcher("partnerships", "member_phrases")
    if members.search(ctx.text, body.end, min(sentence.end, body.end + MEMBERS_AFTER_CHARS)) is not None:
        return True
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, sentence.start, verb.start)]
    clause = max([sentence.start, *breaks])
    return any(clause <= q.start and q.end <= verb.start and not q.is_year for q in ctx.quantities(sentence))


_CLAUSE_BREAK = re.compile(r"[,;:]")


def founded_body_named(
    ctx: DocumentContext, sentence: Sentence, body: PhraseMatch
) -> list[tuple[str, str | None]]:
    """ "한빛구는 한빛의료관광협의회를 발족했다": the founded body by its own name, a known home
    organisation whose name holds the body's noun, where no founder is named or counted beside it
    (the body stands for the Korean bodies that founded it); none where the noun names no one
    ("협의체를 구성했다"), nor for a body abroad ("…을 목적으로 설립된 일본 A협회": what it is,
    no partnership of a Korean side)."""
    return [
        (o.name, KOREA)
        for o in ctx.organizations(sentence)
        if o.start <= body.start and body.end <= o.end and o.start < body.start and o.country in (None, KOREA)
    ][:1]


def members_after(ctx: DocumentContext, sentence: Sentence) -> Sentence | None:
    """The sentence right after a body's founding that tells who joined it ("… 출범했다. 도내
    20개 기관이 참여했다"), where it does."""
    following = [s for s in ctx.body_sentences if s.start >= sentence.end][:1]
    joining = ctx.lexicon.matcher("partnerships", "joining_verbs")
    return following[0] if following and joining.contains(following[0].text) else None
