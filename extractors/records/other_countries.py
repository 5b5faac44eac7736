"""Pages about other countries' bodies: a page that names nothing Korean, headline included,
while it names other countries' places in several sentences reports on their medical tourism,
not on Korea's ("the Thai hospital chain signed an MOU with a clinic in Yangon", "Okinawa's
council held a briefing in Naha"). Its agreements, events and aims have no Korean side."""

from extractors.context import DocumentContext
from extractors.mentions.organizations import Organization

OTHER_COUNTRY_SENTENCES = 3  # more than a short notice: the page dwells on other countries


def about_other_countries(ctx: DocumentContext) -> bool:
    """Whether the page names nothing Korean, headline included, while it names other countries'
    places in several sentences: a report on other countries' bodies ("the Thai hospital chain
    signed an MOU with a clinic in Yangon"). A body of no stated country is read as the Korean
    side only on a page that gives no other home for it; a short notice naming one foreign
    place keeps that reading, and so does a page in a language written at home (a Korean page's
    hospitals are Korean whether or not it says so). Asked by each record kind that found
    something; answered once a document."""
    return ctx.per_document("about_other_countries", lambda: _names_only_other_countries(ctx))


def _names_only_other_countries(ctx: DocumentContext) -> bool:
    if ctx.language.written_at_home:
        return False
    foreign = 0
    for sentence in ctx.sentences:
        places = ctx.places(sentence)
        if any(p.place.is_korean for p in places) or any(
            _is_korean_body(ctx, o) for o in ctx.organizations(sentence)
        ):
            return False
        foreign += any(p.place.country and not p.place.is_korean for p in places)
    return foreign >= OTHER_COUNTRY_SENTENCES


def _is_korean_body(ctx: DocumentContext, organization: Organization) -> bool:
    """Whether a body is Korean: of Korea by a place in or beside its name, or of no stated
    country and named as a Korean body the language knows ("Samsung Medical Center", "Gachon
    University Gil Medical Center"), whose name holds no Korean place. Such a body's work
    abroad told with only the places it went to is Korea's medical tourism, not another
    country's. Known names count here only: elsewhere a body of no country is already read as
    the Korean side on a page about Korea."""
    return organization.is_korean or (
        organization.country is None
        and ctx.lexicon.matcher("organizations", "korean_bodies").search(organization.name) is not None
    )
