"""People who sign for bodies: the bodies whose heads are named as signing, a person in a party's
place replaced by the body their title names, a title alone standing for a body told before, and
a partner marker right after a title. Apart because a person is never a party: these readers turn
titles into the bodies that are.
"""

import re
from dataclasses import replace

from extractors.context import DocumentContext
from extractors.lang.lexicon import PhraseMatch
from extractors.mentions.organizations import Organization
from extractors.records.drafts import RecordDraft
from extractors.text.sentences import Sentence

CHAINED_TITLE_CHARS = 1  # a title's body then at once " and" another title: one signer's two titles


def signatories(ctx: DocumentContext, sentence: Sentence, before: int) -> list[tuple[str, str | None]]:
    """The bodies whose heads are named as signing, before ``before`` ("X, CEO of Aldara, Y,
    Chairman of Nexa Group, and Z, President of ..."): each the organisation the title
    opens ("Minister of Health and Welfare") or that follows it, else the word after it (a name
    the text does not know, an acronym it spelt out), with its country where known."""
    orgs = ctx.organizations(sentence)
    found: list[tuple[str, str | None]] = []
    titles = list(ctx.language.patterns.partnerships.signatory.finditer(ctx.text, sentence.start, before))
    for i, m in enumerate(titles):
        following = titles[i + 1] if i + 1 < len(titles) else None
        body = next((o for o in orgs if o.start in (m.start("title"), m.start("body"))), None)
        if body is None and following is not None and following.start() - m.end() <= CHAINED_TITLE_CHARS:
            continue  # "Chair of the Board and Director of the Authority": one person's two
        found.append(_titled_body(ctx, m, body))
    return found


def _titled_body(
    ctx: DocumentContext, title: re.Match[str], body: Organization | None
) -> tuple[str, str | None]:
    """The body a signer's title names, with its country where known: the organisation the
    title opens or that follows it, else the word after it (a name the text does not know, an
    acronym it spelt out)."""
    if body is not None:
        return body.name, body.country
    word = title["body"].rstrip(".")
    spelt = ctx.acronyms.get(word)
    return word, spelt.country if spelt else None


def signers_as_bodies(ctx: DocumentContext, sentence: Sentence, draft: RecordDraft) -> RecordDraft:
    """The record with each party that is a person named right before their title ("Ahmed Said,
    chairman of the Health Authority", "with Daniyar Omarov, director of the Almaty Oncology
    Center") replaced by the body the title names: a person signs for a body, and the body is
    the party."""
    if "," not in sentence.text:
        return draft  # a title in apposition stands between commas
    titles = [
        m
        for m in ctx.language.patterns.partnerships.signatory.finditer(ctx.text, sentence.start, sentence.end)
        if ctx.text[m.start() : m.start() + 1] == ","
    ]
    if not titles:
        return draft
    orgs = ctx.organizations(sentence)
    named = {
        ctx.text[sentence.start : m.start()].rstrip(): _titled_body(
            ctx, m, next((o for o in orgs if o.start in (m.start("title"), m.start("body"))), None)
        )
        for m in titles
    }
    parties = draft.fields["parties"]
    bodies = {p: body for p in parties for before, body in named.items() if p and before.endswith(p)}
    if not bodies:
        return draft
    countries = [c for _, c in bodies.values() if c]
    fields = {
        **draft.fields,
        "parties": list(dict.fromkeys(bodies[p][0] if p in bodies else p for p in parties)),
        "countries": list(dict.fromkeys([*draft.fields["countries"], *countries])),
    }
    return replace(draft, fields=fields)


def titled_body_before(ctx: DocumentContext, sentence: Sentence) -> list[tuple[str, str | None]]:
    """ "우즈베키스탄 보건부 장관이 … 찾았다. 장관은 이 자리에서 …과 양해각서에 서명했다": a person
    told by a title alone as the subject opening the sentence, in a language that marks its
    subjects, signs for the body named with that title in the sentence before, not a Korean one."""
    particles = ctx.lexicon.section("organizations")["topic_particles"]
    title = ctx.lexicon.matcher("partnerships", "person_titles").match(ctx.text, sentence.start)
    if not particles or title is None or ctx.text[title.end : title.end + 1] not in particles:
        return []
    if sentence.index == 0:
        return []
    previous = ctx.sentences[sentence.index - 1]
    reach = len(title.text) + 1  # "보건부 장관", and "보건국장" with the title glued to its body
    for body in ctx.organizations(previous):
        if not body.is_korean and ctx.text.find(title.text, body.end - reach + 2, body.end + reach + 1) >= 0:
            named = ctx.fuller_name(body, previous.start)
            return [(named.name, named.country or body.country)]
    return []


def after_a_title(ctx: DocumentContext, sentence: Sentence, marker: PhraseMatch) -> bool:
    """Whether the marker follows a person's title (a bracket after it passed): "원장과",
    "도지사(왼쪽)와"."""
    before = re.sub(r"\([^)]*\)$", "", ctx.text[sentence.start : marker.start].rstrip())
    titles = ctx.lexicon.matcher("partnerships", "person_titles")
    return any(t.end == len(before) for t in titles.finditer(before))
