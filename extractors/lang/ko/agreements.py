"""Korean agreements: the verb comes after the agreement it concludes (업무협약을 체결했다), so a
word of intention governs it from after it, up to the end of that verb's clause (체결할 예정이다,
체결을 추진한다); a later clause's plans (…체결했으며, 내년에는 … 예정이다) are not its own.
"""

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.text.sentences import Sentence

VERB_TAIL_CHARS = 14  # how far after its verb (체결) the ending of an agreement's clause reaches


def intention_scope(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> tuple[int, int]:
    verb = ctx.lexicon.matcher("partnerships", "concluded").search(ctx.text, noun.end, sentence.end)
    if verb is None:
        return noun.end, sentence.end
    return noun.end, min(sentence.end, verb.end + VERB_TAIL_CHARS)
