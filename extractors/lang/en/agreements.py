"""English agreements: the word that introduces an agreement's counterpart ("with",
"between", or the members of a body the parties founded), how far the counterparts run, where
an intention ("will seek to sign") governs the agreement, whether it is named as one already in
force, and where it was signed.

Apart because English puts the counterpart and the place of signing after the agreement noun and
the intention before it: these rules read around the agreement noun and nothing else.
"""

import re
from functools import cache

from extractors.context import DocumentContext
from extractors.lang.en.event_subjects import CLAUSE_BREAK
from extractors.lang.lexicon import CaselessPattern, Lexicon, PhraseMatch, phrase_alternation
from extractors.mentions.places import Place, PlaceKind
from extractors.text.sentences import Sentence


def partner_marker(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> PhraseMatch | None:
    """The "with" or "between" of the agreement, in its own clause: the one after a comma
    belongs to another ("signed an agreement on June 6, paving the way ... with Korean support").
    A body the parties founded with none marked ("30 clinics formed the Busan Care Council") has
    its members for counterparts: a marker labelled "members" from its clause's start to the
    end of the body's name, so that the founders counted before the verb and the body itself
    are both within it, or to the sentence's end when a phrase of membership names them after."""
    clause = re.compile(r"[,;]").search(ctx.text, noun.end, sentence.end)
    marker = ctx.lexicon.matcher("grammar", "counterpart_prepositions").search(
        ctx.text, noun.start, clause.start() if clause else sentence.end
    )
    if marker is not None or not ctx.lexicon.matcher("partnerships", "founded_bodies").match(
        ctx.text, noun.start, noun.end
    ):
        return marker
    verb = founding_verb(ctx, sentence, noun)
    if verb is None:
        return None
    breaks = [m.end() for m in re.compile(r"[,;:]").finditer(ctx.text, sentence.start, verb.start)]
    start = max([sentence.start, *breaks])
    end = max([noun.end, *(o.end for o in ctx.organizations(sentence) if o.start <= noun.start < o.end)])
    if ctx.lexicon.matcher("partnerships", "member_phrases").search(ctx.text, end, sentence.end) is not None:
        end = sentence.end  # "… Committee, which consists of members from A, B and C": they too
    return PhraseMatch(start, end, ctx.text[start:end], "members")


# the counterpart's capitalised name (an article, "of", "and" or a bracket within it) then "to"
# and a verb: what the parties agreed to do
_COUNTERPART_THEN_DEED = re.compile(
    r"\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:\(?[A-Z][\w'’.&-]*\)?|of|and|the|for))*\s+to\s+(?!be\b)[a-z]"
)


FOUNDED_NAME_CHARS = 60  # "formed the “Busan Care Council”": how far before its noun the verb may stand


def founding_verb(ctx: DocumentContext, sentence: Sentence, body: PhraseMatch) -> PhraseMatch | None:
    """The verb of founding before the body's name, only the name between them (no clause
    break, no agreement noun): "set up the Gwangju Medical Tourism Council"."""
    founding = ctx.lexicon.matcher("partnerships", "founding_verbs")
    floor = max(sentence.start, body.start - FOUNDED_NAME_CHARS)
    verbs = list(founding.finditer(ctx.text, floor, body.start))
    if not verbs:
        return None
    between = ctx.text[verbs[-1].end : body.start]
    if re.search(r"[,;:]", between) or ctx.lexicon.matcher("partnerships", "kinds").contains(between):
        return None
    return verbs[-1]


def named_in_force(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "The partnership between Mayo Clinic and Asan lets ...", "under the health agreement
    between Korea and Peru", "Hanbit Hospital's pact with Orion Clinic", "its MOU with Peru": an
    agreement named by its parties, "between" and a name right after the noun, or an owner right
    before it and "with" and a name after, is one that exists. A word of working together alone
    ("cooperation between A and B", "our exchanges with") names an activity, not an agreement."""
    words = ctx.lexicon.section("partnerships")
    if noun.text.lower() in words["activity_kinds"]:
        return False
    marker = ctx.lexicon.matcher("grammar", "counterpart_prepositions").match(
        ctx.text, _past_space(ctx, noun.end)
    )
    if marker is None or not _names_after(ctx, sentence, marker.end):
        return False
    if marker.label == "between":
        # "between Peru and lending agencies": both sides named (a description may come before
        # the second name: "and software maker Lumio"), not one and a kind of bodies
        conjunction = ctx.lexicon.alternation("grammar", "conjunctions", ignore_case=False)
        joint = re.compile(rf"\s(?:{conjunction})((?:\s+[a-z][\w-]*){{0,{DESCRIPTION_WORDS}}})(?=\s)").search(
            ctx.text, marker.end, sentence.end
        )
        return joint is not None and _names_after(ctx, sentence, joint.end())
    return _owner(ctx, sentence, noun) is not None


def _owner(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch, definite: bool = False) -> int | None:
    """Where the owner standing right before the agreement noun, a few modifiers apart, ends
    ("Hanbit Hospital's new pact", "its MOU"); with ``definite``, a definite article will do
    ("the health agreement")."""
    owners = ctx.lexicon.section("partnerships")["owner_words"]
    articles = ctx.lexicon.section("grammar")["articles"] if definite else []
    owner = phrase_alternation([*owners, *articles])
    floor = max(sentence.start, noun.start - OWNER_CHARS)
    found = re.compile(rf"(?:['’]s|\b(?i:{owner}))(?=(?:\s+[\w-]+){{0,{OWNER_MODIFIERS}}}\s+$)").search(
        ctx.text[: noun.start], floor
    )
    return found.end() if found is not None else None


DESCRIPTION_WORDS = 4  # "and healthcare software maker Lumio": lower-case words before a name
OWNER_CHARS = 40  # "Hanbit Hospital's new telemedicine pact": the owner and up to two modifiers
OWNER_MODIFIERS = 2


def _past_space(ctx: DocumentContext, position: int) -> int:
    return position + len(ctx.text[position:]) - len(ctx.text[position:].lstrip(" "))


def _names_after(ctx: DocumentContext, sentence: Sentence, position: int) -> bool:
    """Whether a name follows ``position`` (an article passed): a capitalised word that is no
    function word."""
    after = re.compile(r"\s+(?:(?i:the)\s+)?([A-Z][\w'’.&-]*)").match(ctx.text, position, sentence.end)
    function_words = ctx.lexicon.lowered_words("text", "function_words")
    return after is not None and after[1].lower() not in function_words


INTENTION_CHARS = 80  # how far before an agreement an intention ("will seek to sign") governs it


def counterpart_stretch(ctx: DocumentContext, sentence: Sentence, marker: PhraseMatch) -> tuple[int, int]:
    """After "with" up to the clause that follows the counterparts: a relative clause or a
    purpose ("with the navy base in Busan to care for its sailors, who used to fly to
    Japan": Japan is none of them)."""
    if marker.label == "members":
        return marker.start, marker.end  # the founders and the body they founded
    stop = ctx.lexicon.matcher("partnerships", "counterpart_stops").search(ctx.text, marker.end, sentence.end)
    end = stop.start if stop is not None else sentence.end
    following = ctx.lexicon.matcher("partnerships", "kinds").search(ctx.text, marker.end, end)
    if following is not None and (joint := _joint_before(ctx, marker.end, following.start)) is not None:
        end = joint  # "an MOU with A and a contract with B": B is the second one's counterpart
    return marker.end, end


NOUN_MODIFIERS = 2  # "and a patient referral contract with": words before the second agreement's noun


def _joint_before(ctx: DocumentContext, start: int, noun: int) -> int | None:
    """Where an "and" (an article and a modifier or two after it) right before an agreement noun
    starts: the noun opens another agreement of the same verb ("signed an MOU with A and a
    referral contract with B")."""
    conjunction, article, indefinite = (
        ctx.lexicon.alternation("grammar", role)
        for role in ("conjunctions", "articles", "indefinite_articles")
    )
    joint = re.search(
        rf",?\s+(?:{conjunction})\s+(?:(?:{article}|{indefinite})\s+)?(?:[a-z][\w-]*\s+){{0,{NOUN_MODIFIERS}}}$",
        ctx.text[start:noun],
    )
    return start + joint.start() if joint is not None else None


@cache
def _participle_after(lexicon: Lexicon) -> CaselessPattern:
    """ "an MOU signed with", "the agreement, which was concluded on May 2 with": a participle
    of concluding right after the agreement noun (or after a relative pronoun and a passive),
    naming the counterpart within a few words."""
    words = lexicon.section("partnerships")
    participles = phrase_alternation(words["participles"])
    relatives = phrase_alternation(words["participle_relatives"])
    counterpart = lexicon.alternation("grammar", "counterpart_prepositions")
    return CaselessPattern.compile(
        rf"\s*,?\s*(?:(?:{relatives})\s+)?(?:{participles})(?:\s+[\w.'’-]+){{0,4}}?\s+{counterpart}\b"
    )


FUTURE_PASSIVE_WORDS = 6  # "The MOU on nurse training and telemedicine will be signed": its modifiers


@cache
def _future_passive(lexicon: Lexicon) -> CaselessPattern:
    """A future passive of concluding a few words after the agreement noun, in its clause."""
    words = lexicon.section("partnerships")
    participles = phrase_alternation(words["participles"])
    future = phrase_alternation(words["future_passives"])
    return CaselessPattern.compile(
        rf"(?:\s+[^\s,;]+){{0,{FUTURE_PASSIVE_WORDS}}}?\s+(?:{future})\s+(?:{participles})\b"
    )


def intention_scope(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> tuple[int, int]:
    """An intention stands before the agreement it aims at ("will pursue cooperation"); what
    follows the noun is its scope ("to discuss ways to..."). An agreement a participle of
    concluding with its counterpart follows ("will treat patients under an MOU signed with X")
    was concluded, whatever is intended around it: no stretch."""
    pattern, scanned = _participle_after(ctx.lexicon).scan(ctx.text)
    if pattern.match(scanned, noun.end, sentence.end) is not None:
        return noun.start, noun.start
    pattern, scanned = _future_passive(ctx.lexicon).scan(ctx.text)
    if (future := pattern.match(scanned, noun.end, sentence.end)) is not None:
        # "The MOU will be signed by A and B next month": the agreement is the subject of a
        # signing still to come, the intention after it
        return noun.end, future.end()
    if (
        noun.text.lower() in ctx.lexicon.section("partnerships")["views_unless_followed_by_a_deed"]
        and _COUNTERPART_THEN_DEED.match(ctx.text, noun.end, sentence.end) is None
    ):
        # "agreed with Kazakh Railways to run mobile clinics" is a deal; "agreed with the ministry
        # that more flights are needed", "... on the need for ties" a shared view: the noun itself
        # is then the intention it names
        return noun.start, noun.end
    end = noun.start
    if noun.text.lower().endswith(" to"):
        # "agreed to sign an MOU": the verb after "agreed to" may itself be the intention
        following = re.match(r"\s*\S+", sentence.text[noun.end - sentence.start :])
        end = noun.end + (following.end() if following else 0)
    elif noun.text.lower().endswith((" on", " upon")):
        # "agreed on the need for cooperation": a shared view, not an agreement, is told by the
        # two words after "agreed on"
        following = re.match(r"(?:\s*\S+){1,2}", sentence.text[noun.end - sentence.start :])
        end = noun.end + (following.end() if following else 0)
    floor = max(sentence.start, noun.start - INTENTION_CHARS)
    if _told_as_a_means(ctx, sentence, noun):
        floor = sentence.start
    if ctx.lexicon.matcher("partnerships", "founded_bodies").match(ctx.text, noun.start, noun.end) and (
        verb := founding_verb(ctx, sentence, noun)
    ):
        # "To draw more patients, 30 clinics formed the Busan Care Council": a purpose told in a
        # clause before the founding is what the body is for, not an intention to found it
        floor = max(
            [floor, *(m.end() for m in re.finditer(r"[,;:]", ctx.text[: verb.start]) if m.end() > floor)]
        )
    concluding = ctx.lexicon.matcher("partnerships", "concluded")
    if (
        named_in_force(ctx, sentence, noun)
        and (owner := _owner(ctx, sentence, noun, definite=True)) is not None
        and concluding.search(ctx.text, floor, noun.start) is None
    ):
        # "will open a ward under the health agreement between Korea and Peru", "hope that their
        # government's pact with Korea will help": an agreement named as one that exists is
        # intended only through a verb of concluding ("hope to sign the agreement between ..."),
        # as one still to come ("will discuss an agreement between ...") or by a word among its
        # own modifiers ("Korea's potential agreements with Chile")
        return owner, noun.start
    return floor, end


MEANS_CHARS = 30  # "by signing a memorandum of": a means marker stands a word or two before the noun


def _told_as_a_means(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> bool:
    """ "suggested closer ties with the clinic and the city by signing an MOU": a signing told as
    the means of another act is intended or done as that act is, so the intention may stand
    anywhere before it in the sentence, not only in the usual few words."""
    start = max(sentence.start, noun.start - MEANS_CHARS)
    means = ctx.lexicon.matcher("partnerships", "means_of_concluding").search(ctx.text, start, noun.start)
    if means is None:
        return False
    grammar = ctx.lexicon.section("grammar")
    articles = {"", *grammar["articles"], *grammar["indefinite_articles"]}
    return ctx.text[means.end : noun.start].strip().lower() in articles


SIGNING_PLACE_CHARS = 120  # how far after the agreement its place of signing may stand


def signed_at(ctx: DocumentContext, sentence: Sentence, agreement: PhraseMatch, place: Place) -> bool:
    """ "signed an MOU with the Almaty Oncology Center in Seoul", "Signed in Bukhara on March 5,
    the MOU ...", "In Ulaanbaatar on March 8, ... signed an MOU": a place of signing follows "in"
    or "at" after the agreement, or fronts the sentence; "with hospitals in Kazakhstan" (a
    plural party's seat) and a place inside a name are not where it was signed."""
    if place.place.kind == PlaceKind.DEMONYM or any(
        o.start <= place.start and place.end <= o.end for o in ctx.organizations(sentence)
    ):
        return False
    cue = re.search(
        rf"\b(?:{_signing_cues(ctx.lexicon)})\s+(?:the\s+)?$",
        ctx.text[max(sentence.start, place.start - 12) : place.start],
        re.IGNORECASE,
    )
    if cue is None:
        return False
    cue_start = place.start - len(cue.group(0))
    if place.place.kind == PlaceKind.COUNTRY and any(
        o.end <= cue_start and not ctx.text[o.end : cue_start].strip() for o in ctx.organizations(sentence)
    ):
        return False  # "with the Tashkent city health board in Uzbekistan": the country a party is of
    if ctx.text[sentence.start : cue_start].strip(" ,").lower() in {"", agreement.text.lower()}:
        return True  # "In Ulaanbaatar on March 8, ...", "Signed in Bukhara, ..."
    if place.end <= agreement.start and _met_there_and(ctx, sentence, cue_start, place.end, agreement.start):
        return True  # "KHIDI and the Tatarstan health ministry met in Seoul on March 7 and signed"
    between = ctx.text[agreement.end : cue_start]
    # what the agreement covers ("a memorandum on internships in Seoul", ", allowing treatment
    # in Korea") says nothing of where it was signed
    scope = set(ctx.lexicon.section("partnerships")["scope_prepositions"])
    if (
        not agreement.end <= cue_start <= agreement.end + SIGNING_PLACE_CHARS
        or CLAUSE_BREAK.search(between)
        or any(w.lower() in scope for w in between.split())
    ):
        return False
    before = ctx.text[sentence.start : cue_start].split()
    party_heads = ctx.lexicon.section("partnerships")["plural_party_heads"]
    return not (before and before[-1].lower().strip(",") in party_heads)


def _met_there_and(
    ctx: DocumentContext, sentence: Sentence, cue_start: int, place_end: int, signed: int
) -> bool:
    """Whether a verb of meeting stands right before the place's cue and only its date and a
    conjunction come between the place and the signing: "met in Seoul on March 7 and signed"."""
    before = ctx.text[sentence.start : cue_start].split()
    if not before or before[-1].lower() not in ctx.lexicon.section("events")["meeting_verbs"]:
        return False
    between = ctx.text[place_end:signed]
    for day in ctx.dates(sentence):
        if place_end <= day.start and day.end <= signed:
            between = between.replace(day.text, " ")
    words = [w.lower() for w in between.replace(",", " ").split()]
    joints = {
        *ctx.lexicon.section("grammar")["conjunctions"],
        *ctx.lexicon.section("dates")["ordinal_day_prepositions"],
    }
    return (
        bool(words) and words[-1] in ctx.lexicon.section("grammar")["conjunctions"] and set(words) <= joints
    )


@cache
def _signing_cues(lexicon: Lexicon) -> str:
    return "|".join(re.escape(w) for w in lexicon.section("events")["signing_place_prepositions"])


SCOPE_MODIFIERS = 3  # "a health and medical cooperation MOU": the most modifiers read before a noun


def scope_before(ctx: DocumentContext, sentence: Sentence, noun: PhraseMatch) -> tuple[int, int] | None:
    """What the agreement covers told by the words compounded before its noun, between its
    determiner and it: "a telemedicine agreement", "its patient referral deal", "the
    patient-exchange contract". English tells it so as often as by a clause after the noun ("an
    MOU on telemedicine"), and the modifiers from the first word of care or of coverage on are its
    scope; words that only say how it is made ("a new strategic agreement", "a three-year
    contract") are none. None where no determiner opens the modifiers."""
    match = _modified_noun(ctx.lexicon).search(ctx.text, sentence.start, noun.start)
    if match is None:
        return None
    # "a health and medical cooperation MOU": an activity the noun opens with, before the
    # instrument, is part of what it covers
    activities = ctx.lexicon.section("partnerships")["activity_kinds"]
    first, *rest = ctx.text[noun.start : noun.end].split()
    end = noun.start + len(first) if rest and first.lower() in activities else match.end("modifiers")
    words = _scope_words(ctx.lexicon)
    for word in re.finditer(r"[a-z][a-z-]*", match.group("modifiers")):
        if any(part in words for part in word.group(0).split("-")):
            return match.start("modifiers") + word.start(), end
    return None


@cache
def _modified_noun(lexicon: Lexicon) -> re.Pattern[str]:
    """A determiner and up to ``SCOPE_MODIFIERS`` lower-case words that end right at the noun,
    or at its hyphen ("a patient-exchange contract", whose noun is "exchange contract")."""
    grammar = lexicon.section("grammar")
    determiners = phrase_alternation(
        [*grammar["indefinite_articles"], *lexicon.section("text")["definite_determiners"]]
    )
    return re.compile(
        rf"\b(?i:{determiners})\s+(?P<modifiers>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,{SCOPE_MODIFIERS - 1}}})(?:\s+|(?<=-))$"
    )


@cache
def _scope_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of care and of coverage that open a scope told before the noun."""
    return frozenset(
        w.lower()
        for w in (
            *lexicon.section("markets")["care_context"],
            *lexicon.section("partnerships")["scope_modifiers"],
        )
    )
