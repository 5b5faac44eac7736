"""Korean events: what an event is called and where it was held, read in Korean word order.

A Korean event's name is the compound its noun ends (부산의료관광설명회, 인천의료관광 설명회,
몽골 의료관광 홍보박람회): the words right before the noun that carry no particle belong to it,
a quoted title (‘2023 몽골 한국 의료관광대전’) first. Where it was held is the place a locative
follows (울란바토르에서, 알마티 현지에서), not the place before the noun that names its organiser.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.places import Place
from extractors.text.sentences import Sentence

# event nouns that say what happened but name nothing of their own: "방문해", "행사를 열었다"
UNNAMED_NOUNS = ("방문", "행사", "수상", "표창", "개최")
# a word ending in one of these is a phrase of its own (몽골의, 현지에서, 이번), not part of a name
_PARTICLE_END = re.compile(r"(?:[은는이가을를에의와과도만로고며서한된인던될할해여]|까지|부터)$")
_NOT_NAME_WORDS = {
    "이번",
    "이",
    "그",
    "올해",
    "지난해",
    "내년",
    "오는",
    "지난",
    "첫",
    "현지",
    "해외",
    "국내",
    "각종",
}
_NAME_WORD = re.compile(r"[\w·\-]+")
MAX_NAME_WORDS = 3  # words before the noun that may belong to the name
_LOCATIVE = re.compile(
    r"(?:\s?(?:시|주|현지|도심|시내|일대|소재))*\s?(?:에서|을 방문|를 방문|을 찾|를 찾|로 건너가|에 도착)"
)


def event_name(ctx: DocumentContext, sentence: Sentence) -> str | None:
    types = ctx.lexicon.matcher("events", "types")
    for quoted in ctx.language.patterns.events.quoted.finditer(ctx.text, sentence.start, sentence.end):
        if types.contains(quoted.group(1)):
            return quoted.group(1).strip()
    for noun in types.finditer(ctx.text, sentence.start, sentence.end):
        if noun.text in UNNAMED_NOUNS:
            continue
        return _compound(ctx.text, sentence.start, noun)
    return None


def _compound(text: str, floor: int, noun: PhraseMatch) -> str:
    """The noun with the word it is glued into and up to three particle-free words before it."""
    start = noun.start
    while start > floor and _NAME_WORD.fullmatch(text[start - 1]):
        start -= 1
    words = 0
    while words < MAX_NAME_WORDS and start > floor:
        previous = re.search(r"([\w·\-]+) $", text[max(floor, start - 30) : start])
        if previous is None:
            break
        word = previous.group(1)
        if word in _NOT_NAME_WORDS or _PARTICLE_END.search(word) or word.isdigit():
            break
        start -= len(word) + 1
        words += 1
    return text[start : noun.end]


def held_at(ctx: DocumentContext, sentence: Sentence, place: Place) -> bool:
    """Whether a locative follows the place: 울란바토르에서, 알마티 현지에서, 사할린주를 방문."""
    return _LOCATIVE.match(ctx.text, place.end, sentence.end) is not None
