"""Pages about other countries' bodies: a page that names nothing Korean, headline included,
while it names other countries' places in several sentences reports on their medical tourism,
not on Korea's ("the Thai hospital chain signed an MOU with a clinic in Yangon", "Okinawa's
council held a briefing in Naha"). Its agreements, events and aims have no Korean side."""

from extractors.context import DocumentContext

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
        if any(p.place.is_korean for p in places) or any(o.is_korean for o in ctx.organizations(sentence)):
            return False
        foreign += any(p.place.country and not p.place.is_korean for p in places)
    return foreign >= OTHER_COUNTRY_SENTENCES
