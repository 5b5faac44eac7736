"""Who received the counted patients: a Korean organisation or place, or an anaphor resolved to one."""

import re
from dataclasses import replace

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatcher
from extractors.mentions.numbers import Quantity
from extractors.mentions.organizations import Organization
from extractors.mentions.places import Place, PlaceKind
from extractors.spans import overlaps
from extractors.text.sentences import Sentence
from models import NATIONAL_INSTITUTION, ScopeLevel

OWNER_CHARS = 40  # "North Gyeongsang Province's Gumi": from an owning place to the place it owns
DESTINATION_WORDS = 2  # "한솔병원 국제 검진센터에서": the words between the receiver and the marker


def receiving_institution(
    ctx: DocumentContext, sentence: Sentence, quantity: Quantity, previous: str | None
) -> str | None:
    """Who received the patients: the Korean place or organisation they came to ("visited
    Korea", "treated in Busan"), else the subject before the count ("the hospital treated"),
    which may be an anaphor or a pronoun standing for one named before."""
    clause_end = ctx.next_count_start(sentence, quantity)
    receivers = _receivers(ctx, sentence)
    destination_words = ctx.lexicon.matcher("patients", "destination_words")
    # "..., followed by Seo-gu with 1,130": the next item of a comparison, not where these went
    comparisons = ctx.lexicon.matcher("patients", "comparison_stops")
    for start, name in receivers:
        if quantity.end <= start < clause_end and not _right_after_cue(ctx, comparisons, sentence, start):
            word = destination_words.search(ctx.text, max(sentence.start, start - 12), start)
            if word is not None and not ctx.text[word.end : start].strip():
                return _owned_receiver(ctx, receivers, start) or name
    # "85명이 … 12일 한솔병원 검진센터에서": a date between does not end the people's clause
    people_end = min(
        [sentence.end]
        + [
            q.start
            for q in ctx.quantities(sentence)
            if q.start > quantity.end and not q.is_year and not q.is_measure
        ]
    )
    for start, name in receivers:
        if (
            quantity.end <= start < people_end
            # "41.3만명, 부산을 찾은 외국인 환자는 …": another clause, another noun's receiver
            and not re.search(r"[,;]", ctx.text[quantity.end : start])
            and _marked_destination(ctx, sentence, start, name)
        ):
            return name
    before = [(start, name) for start, name in receivers if start < quantity.start]
    if before:
        return max(before)[1]
    if ctx.lexicon.matcher("organizations", "subject_pronouns").search(sentence.text[:4]) and previous:
        return previous
    return receivers[0][1] if receivers else None


def _owned_receiver(ctx: DocumentContext, receivers: list[tuple[int, str]], start: int) -> str | None:
    """ "treated in Seoul's Gangnam district", "in Gyeonggi's Suwon": the receiver a place after a
    destination word owns, right after its possessive, is where the patients went; the owner
    only says where that lies."""
    joint = ctx.language.patterns.targets.possessive_joint
    for later, name in receivers:
        if start < later <= start + OWNER_CHARS and not re.search(r"[,;()]", ctx.text[start:later]):
            owned = joint.search(ctx.text, start, later)
            if owned is not None and owned.end() == later and owned.start() > start:
                return name
    return None


def pronoun_antecedent(ctx: DocumentContext, sentence: Sentence, previous: Sentence | None) -> str | None:
    """ "Demand has surged at Chosun University Hospital. It saw 2,150 foreign patients": a
    pronoun opening the sentence of a count (or right after an opening time phrase: "Last year
    it saw ..."), where no count before named a receiver, stands for the one Korean body or
    place of the sentence before, or for the one body that sentence names among places, or the
    body it opens on, its subject ("Mirae Clinic is a practice in Busan. It saw ..."); of two places ("The clinic is in Seoul's
    Gangnam district. It received ...") it may stand for neither."""
    if previous is None or _opening_pronoun(ctx, sentence) is None:
        return None
    names = {name for _, name in _receivers(ctx, previous)}
    if len(names) == 1:
        return names.pop()
    return _opening_body(ctx, previous)


def bare_destination_antecedent(
    ctx: DocumentContext, sentence: Sentence, previous: Sentence | None
) -> str | None:
    """ "새봄병원은 … 홍보를 강화했다. 그 결과 … 환자 1천200명이 병원을 찾았다": a place of care
    named by its common noun alone as where the patients went (the language's bare_destinations,
    no name glued before it) is the body of that kind the sentence before is about."""
    if previous is None:
        return None
    bare = ctx.lexicon.matcher("patients", "bare_destinations").search(ctx.text, sentence.start, sentence.end)
    if bare is None or (bare.start > sentence.start and not ctx.text[bare.start - 1].isspace()):
        return None
    body = _opening_body(ctx, previous)
    # a body of the noun's kind ("새봄병원" for 병원), not the agency that promoted one
    # ("한국관광공사는 … 설명회를 열었다")
    return body if body and body.endswith(bare.label) else None


def _opening_pronoun(ctx: DocumentContext, sentence: Sentence) -> int | None:
    """Where a receiver pronoun stands that opens the sentence, or follows the time phrase
    that opens it (the language's receiver_pronoun_openers, a comma between or not)."""
    pronouns = ctx.lexicon.matcher("patients", "receiver_pronouns")
    pronoun = pronouns.match(ctx.text, sentence.start)
    if pronoun is not None:
        return pronoun.start
    opener = ctx.lexicon.matcher("patients", "receiver_pronoun_openers").match(ctx.text, sentence.start)
    if opener is None:
        return None
    gap = re.compile(r"[,\s]+").match(ctx.text, opener.end, sentence.end)
    if gap is None:
        return None
    pronoun = pronouns.match(ctx.text, gap.end())
    return pronoun.start if pronoun is not None else None


def _opening_body(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The Korean body (not a place) the sentence is about: the only one it names ("부산 해운대에
    있는 바다병원은 …"), else the one whose name opens it, its subject."""
    bodies = [
        o
        for o in _units_with_owners(ctx.text, ctx.organizations(sentence))
        if o.country is None or o.is_korean
    ]
    if len({o.name for o in bodies}) == 1:
        return bodies[0].name
    start = len(sentence.text) - len(sentence.text.lstrip()) + sentence.start
    return next((o.name for o in bodies if o.start == start), None)


def _marked_destination(ctx: DocumentContext, sentence: Sentence, start: int, name: str) -> bool:
    """ "… 30여 명이 … 조선대병원을 찾는다", "85명이 … 한솔병원 국제 검진센터에서":
    a receiver after the count whose name, or one of the two words after it, a marker of the
    destination or the place of care follows (the language's destination_markers_after)."""
    if not ctx.lexicon.section("patients")["destination_markers_after"] or not ctx.text.startswith(
        name, start
    ):
        return False
    markers = ctx.lexicon.matcher("patients", "destination_markers_after")
    # a word runs to a space, a stop or a marker glued to it ("검진센터에서")
    glued = ctx.lexicon.alternation("patients", "destination_markers_after")
    word_after = re.compile(rf"\s?[^\s,.;:()]+?(?=\s|$|[,.;:()]|{glued})")
    end = start + len(name)
    for _ in range(DESTINATION_WORDS + 1):
        marker = markers.match(ctx.text, end)
        if marker is not None and marker.start == end:
            return True
        following = word_after.match(ctx.text, end, sentence.end)
        if following is None:
            return False
        end = following.end()
    return False


def named_receiver(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """The first Korean organisation or place of a sentence: where the patients of a count
    that leans on this sentence's noun went ("Overseas patients are flocking to Gangnam clinics.
    Some 48,000 arrived in 2018 alone.")."""
    receivers = _receivers(ctx, sentence)
    return receivers[0][1] if receivers else None


def national_source(ctx: DocumentContext, sentence: Sentence) -> str | None:
    """ "Foreign patients rose to 287,000 in 2022, according to figures from the health ministry":
    the country's national body as the source of a count of foreign patients received none of
    them itself, but tells a national total: the country received them. A body of another
    country tells that country's."""
    sources = ctx.lexicon.matcher("patients", "source_cues")
    return next(
        (
            NATIONAL_INSTITUTION
            for o in ctx.organizations(sentence)
            if (o.country is None or o.is_korean)
            and ctx.language.scope_level(o.name) == ScopeLevel.NATIONAL
            and _right_after_cue(ctx, sources, sentence, o.start)
        ),
        None,
    )


def _receivers(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, str]]:
    """Korean organisations and places in the sentence, and anaphors resolved ("the hospital");
    the source of a figure ("according to the Korean Embassy") received no one."""
    return ctx.per_sentence("receivers", sentence, lambda: _find_receivers(ctx, sentence))


def _find_receivers(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, str]]:
    sources = ctx.lexicon.matcher("patients", "source_cues")
    found = [
        (o.start, o.name)
        for o in _units_with_owners(ctx.text, ctx.organizations(sentence))
        if (o.country is None or o.is_korean) and not _right_after_cue(ctx, sources, sentence, o.start)
    ]
    covered = ctx.organizations(sentence)
    found += [
        (p.start, p.place.name)
        for p in ctx.places(sentence)
        if _is_korean_place(p) and not overlaps(p.start, p.start + 1, covered)
    ]
    found += _departments(ctx, sentence, covered)
    anaphors = ctx.lexicon.matcher("organizations", "anaphors")
    for match in anaphors.finditer(ctx.text, sentence.start, sentence.end):
        if overlaps(match.start, match.start + 1, covered):
            continue
        name = ctx.antecedent(match.label, match.start)
        if name is not None:
            found.append((match.start, name))
    found += _subject_places(ctx, sentence)
    return sorted(found)


def _units_with_owners(text: str, organizations: list[Organization]) -> list[Organization]:
    """ "세브란스병원 국제진료센터에서 진료한 외국인": a body named right after another, a space
    apart, is a unit of it (a centre, a clinic of a hospital); the receiver is named with its
    owner, so that the hospital is not lost behind the unit's generic name."""
    merged: list[Organization] = []
    for o in sorted(organizations, key=lambda o: o.start):
        owner = merged[-1] if merged else None
        if owner is not None and o.start - owner.end == 1 and text[owner.end].isspace() and o.country is None:
            merged[-1] = replace(owner, end=o.end, name=f"{owner.name} {o.name}")
        else:
            merged.append(o)
    return merged


def _subject_places(ctx: DocumentContext, sentence: Sentence) -> list[tuple[int, str]]:
    """ "도는 외국인 환자 1만1천명을 유치한 것으로 집계했다": the city or province the article is
    about, told by its last syllable and a subject particle opening the sentence, received the
    patients it counts."""
    subjects = ctx.lexicon.matcher("organizations", "subject_anaphors")
    match = subjects.match(ctx.text, sentence.start)
    if match is None or match.start != sentence.start:
        return []
    name = ctx.antecedent(match.label, match.start)
    return [(match.start, name)] if name is not None else []


def _departments(
    ctx: DocumentContext, sentence: Sentence, covered: list[Organization]
) -> list[tuple[int, str]]:
    """ "성형외과 4만7881명, 피부과 4만7340명": the departments patients were treated in, each
    a word of its own; one written after its hospital ("서울대병원 성형외과") is that
    hospital's, which received them."""
    found = []
    # a department's word that goes on into an institution's name (a dental clinic) is not one
    continuations = tuple(ctx.lexicon.section("patients")["department_continuations"])
    for match in ctx.lexicon.matcher("patients", "departments").finditer(
        ctx.text, sentence.start, sentence.end
    ):
        if (
            overlaps(match.start, match.start + 1, covered)
            or (match.start > 0 and ctx.text[match.start - 1].isalnum())
            or (continuations and ctx.text.startswith(continuations, match.end))
            or any(0 <= match.start - o.end <= 1 for o in covered)
        ):
            continue
        found.append((match.start, match.text))
    return found


def _right_after_cue(ctx: DocumentContext, cues: PhraseMatcher, sentence: Sentence, position: int) -> bool:
    """Whether a cue of the list ends right before ``position`` (an article may stand between)."""
    window = ctx.text[max(sentence.start, position - 30) : position]
    after_article = ctx.language.patterns.counts.after_article
    return any(after_article.fullmatch(window, m.end) for m in cues.finditer(window))


def _is_korean_place(place: Place) -> bool:
    return place.place.is_korean and place.place.kind != PlaceKind.DEMONYM
