"""The patterns English record builders read with, compiled once from the English lexicon.

Word order and capital letters live here: an English name is a run of capitalised words, a
preposition comes before what it governs, an article may stand between them.
"""

import re

from extractors.lang.lexicon import CaselessPattern, Lexicon, phrase_alternation, starting_with
from extractors.lang.patterns import (
    NEVER,
    CountPatterns,
    EventPatterns,
    PartnershipPatterns,
    Patterns,
    TargetPatterns,
)

# a capitalised word of a name ("Lotte", "KKday", "St."), and a run of them
_NAME_WORD = r"[A-Z][\w&'’-]*"
APPOSITION_CHARS = 60  # ", a plastic surgery clinic in Gangnam,": a description after a name


def compile_patterns(lexicon: Lexicon) -> Patterns:
    return Patterns(
        counts=_count_patterns(lexicon),
        targets=_target_patterns(lexicon),
        partnerships=_partnership_patterns(lexicon),
        events=_event_patterns(lexicon),
    )


def _words(lexicon: Lexicon, section: str, role: str) -> str:
    return lexicon.alternation(section, role, ignore_case=False)


def _count_patterns(lexicon: Lexicon) -> CountPatterns:
    def words(role: str) -> str:
        return _words(lexicon, "grammar", role)

    # joints begin with punctuation glued to the word before, so no word boundary before them
    joints = phrase_alternation(lexicon.section("periods")["clause_joints"])
    range_joiners = phrase_alternation(lexicon.section("dates")["range_joiners"])
    list_links = phrase_alternation(lexicon.section("patients")["list_links"])
    item_verbs = phrase_alternation(
        [*lexicon.section("patients")["share_verbs"], *lexicon.section("patients")["place_words"]]
    )
    share_prepositions = phrase_alternation(
        [v for v in lexicon.section("patients")["share_verbs"] if " " in v]
        + lexicon.section("patients")["gapped_cues"]
    )
    ranking = phrase_alternation(
        [*lexicon.section("patients")["share_phrases"], *lexicon.section("patients")["place_words"]]
    )
    # "made up the largest group among foreign patients in Gangwon, at 2,100": the group ranked in
    ranked_among = phrase_alternation(lexicon.section("patients")["ranking_scopes"])
    return CountPatterns(
        list_joint=re.compile(rf"[,;]|\b{words('list_conjunctions')}\b"),
        belonging=re.compile(rf"\s+{words('belonging_prepositions')}\s+(?:{words('articles')}\s+)?"),
        n_countries=re.compile(
            rf"{starting_with(lexicon.section('grammar')['origin_prepositions'])}"
            rf"\b{lexicon.alternation('grammar', 'origin_prepositions')}"
            rf"\s+(?:{lexicon.alternation('patients', 'country_count_qualifiers')}\s+)?(\d+)"
            rf"\s+(?:{lexicon.alternation('patients', 'country_count_adjectives')}\s+)?"
            rf"{lexicon.alternation('patients', 'country_count_nouns')}",
            re.IGNORECASE,
        ),
        after_article=re.compile(rf"\s*(?:{words('articles')}\s+)?"),
        clause_joint=CaselessPattern.compile(rf"(?:{joints})(?!\w)"),
        year_range_joint=re.compile(rf"^\s*(?:{range_joiners})\s*$", re.IGNORECASE),
        # "Americans (51,200)", "Kazakhstan with 4,500", "China led with 4,000", "China came first
        # with 4,000", "China topped the list with 4,000", "The U.S. followed with 1,110", "USA = 13,976";
        # a ranking then its count in apposition: "China sent the most, 2,600", "came first, with"
        listed_origin_joint=re.compile(
            rf"\s*(?:(?:(?:{item_verbs})\b(?:\s+[\w-]+){{0,3}}?\s+)?(?:\(|:|=|(?:{list_links})\b)"
            # "China accounted for 3,900 and Russia for 2,100": a verb of share ending in its
            # preposition, or that preposition alone in the gapped item after it
            rf"|(?:{share_prepositions})"
            rf"|(?:{ranking})\b(?:\s+[\w-]+){{0,3}}?(?:\s+(?:{ranked_among})(?:\s+[\w-]+){{1,4}}?)?"
            rf"\s*,(?:\s*(?:{list_links})\b)?)\s*$",
            re.IGNORECASE,
        ),
        # "from Japan, Hong Kong, and Thailand": a name or two after a comma, closed by the
        # serial comma of a list's last item, not by the end of a clause
        serial_item=re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*$"),
    )


def _target_patterns(lexicon: Lexicon) -> TargetPatterns:
    markets = lexicon.section("markets")

    def alternation(key: str) -> str:
        return phrase_alternation(markets[key])

    bodies = lexicon.alternation("organizations", "anaphors")
    # the owner may be named, in a name of a few words: "Vietnam is one of KTO's key target
    # markets", "Mongolia is the Korea Tourism Organization's priority market"
    definite = lexicon.alternation("grammar", "articles")
    owner = (
        rf"(?:{alternation('role_possessives')}|(?:(?:{alternation('owner_partitives')})\s+)?"
        rf"(?:{definite}\s+)?(?-i:(?:[A-Z][\w&.-]*\s+){{0,4}}[A-Z][\w&.-]*)['’]s)"
    )
    patients = rf"(?:{phrase_alternation(list(lexicon.section('patients')['heads']))})"
    articles = lexicon.section("grammar")["indefinite_articles"]
    article = lexicon.alternation("grammar", "indefinite_articles")
    irregular = lexicon.section("grammar")["irregular_past"]

    def forms(key: str) -> list[str]:
        return [form for verb in markets[key] for form in verb_forms(verb, irregular)]

    def verbs(key: str) -> str:
        return phrase_alternation(forms(key))

    # a few words of object, none of a list's or clause's punctuation
    determiner = rf"(?:{alternation('object_determiners')})\s+"
    care = phrase_alternation(markets["care_context"])
    word = rf"(?!(?:{alternation('object_stops')})\b)[\w'’-]+"
    care_object = rf"(?:{word}\s+){{0,4}}?(?:{care})\b(?:\s+{word}){{0,3}}?"
    joined = lexicon.alternation("grammar", "list_conjunctions")
    # a capitalised name of a few words, the host of a place of care: "Al Rawda Hospital"
    host = r"(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,5}"
    # the verbs of opening in every form but their first: "opened", "launches", "setting up", "built"
    opened = [form for verb in markets["opening_verbs"] for form in verb_forms(verb, irregular)[1:]]
    # a verb of setting up: its first form after a word of a plan ("to open", "will run"), or another form
    set_up = (
        rf"(?:(?:{alternation('opening_auxiliaries')})\s+(?:{phrase_alternation(markets['opening_verbs'])})"
        rf"|{phrase_alternation(opened)}"
        # a verb of holding, only before its object's determiner or count: "has two clinics in",
        # not the perfect's "has discussed a hospital in"
        rf"|(?:{phrase_alternation(markets['holding_verbs'])})(?=\s+(?:{alternation('object_determiners')}"
        rf"|{lexicon.alternation('numbers', 'number_words')}|\d+)\s))"
    )
    return TargetPatterns(
        # or the owner follows: "the Far East is a priority for Busan's medical tourism drive",
        # "Vietnam is the fastest-growing market for the city's hospitals"
        copula_role=re.compile(
            rf"{starting_with(markets['copulas'])}\b(?:{alternation('copulas')})\s+"
            rf"(?:{owner}\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation('role_nouns')})\b"
            rf"|(?:{article}|{definite})\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation('role_nouns')})\s+"
            rf"(?:{alternation('owner_prepositions')})\s+(?-i:[A-Z])"
            # a market whose owner is a body pointed back to: "the top market for the province's
            # hospitals" (a bare "priority for the government" may be no market's)
            rf"|(?:{article}|{definite})\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation('market_nouns')})\s+"
            rf"(?:{alternation('owner_prepositions')})\s+{bodies}\b)",
            re.IGNORECASE,
        ),
        designation=CaselessPattern.compile(
            rf"{starting_with(markets['designation_words'], markets['role_possessives'], articles)}"
            rf"\b(?:{alternation('designation_words')}|{alternation('role_possessives')}|(?P<article>{article}))"
            rf"\s+(?:[\w-]+\s+){{0,4}}?(?:{alternation('role_nouns')}"
            # "as a promising new source of medical tourists": a source is a role only of people
            rf"|(?P<source>(?:{alternation('source_roles')})\s+of\s+(?:[\w-]+\s+){{0,2}}?{patients})"
            rf")\b"
        ),
        # "last year's 2,500", "the Philippines' clinics": a bare apostrophe after a plural's s
        possessive_joint=re.compile(r"\s*(?:['’]s|(?<=s)['’])\s*"),
        due_after_year=NEVER,  # "by 2021": read before the year (is_due_year)
        # "the Vietnamese market", "the Vietnamese healthcare market", "the Chinese medical tourism market"
        named_market=re.compile(
            rf"\s+(?:(?:{care})\s+){{0,2}}(?:{alternation('market_nouns')})\b", re.IGNORECASE
        ),
        market_before=re.compile(rf"\b{lexicon.alternation('grammar', 'articles')}\s+$", re.IGNORECASE),
        reach_lead=re.compile(
            rf"\s*(?:{definite}\s+)?(?:(?:{alternation('reach_lead_words')})\s+)?"
            rf"(?:(?:{alternation('reach_lead_nouns')})\s+(?:{alternation('reach_lead_links')})\s+(?:{definite}\s+)?)?",
            re.IGNORECASE,
        ),
        market_members=CaselessPattern.compile(
            rf"{starting_with(markets['market_nouns'])}\b(?:{alternation('market_nouns')})\b(?:[^,;.]|(?<=\d)[,.](?=\d)){{0,80}}?"
            rf"\b(?:{alternation('member_words')})\b"
        ),
        market_reach=CaselessPattern.compile(
            rf"{starting_with(forms('spread_verbs'), forms('promotion_verbs'), markets['care_context'], forms('focus_verbs'), markets['focus_nouns'], forms('exploit_verbs'), markets['advertising_nouns'], markets['spread_nouns'])}"
            rf"\b(?:(?:{verbs('spread_verbs')})\s+(?:{determiner}(?:[\w-]+\s+){{0,2}}?)?"
            rf"(?:{alternation('spread_prepositions')})"
            # the noun, of bodies of care: "the advance of Korean hospitals into" ("in advance of": none)
            rf"|(?<!\bin\s)(?:{alternation('spread_nouns')})\s+of\s+{care_object}\s+"
            rf"(?:{alternation('spread_noun_prepositions')})"
            rf"|(?:{verbs('spread_to_verbs')})\s+(?:{determiner}(?:[\w-]+\s+){{0,2}}?)?"
            rf"(?P<to>{alternation('spread_to_prepositions')})"
            rf"|(?:{verbs('promotion_verbs')})\s+{care_object}\s+(?:{alternation('promotion_prepositions')})"
            # the passive: "Korean medical services will be promoted to ..."
            rf"|(?:{care})\b(?:\s+{word}){{0,3}}?\s+(?:{alternation('passive_auxiliaries')})\s+(?:{verbs('promotion_verbs')})"
            rf"\s+(?:{alternation('promotion_prepositions')})"
            rf"|(?:{verbs('focus_verbs')})\s+{determiner}(?:[\w-]+\s+){{0,2}}?(?:{alternation('marketing_nouns')})"
            rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{alternation('focus_prepositions')})"
            rf"|(?:{verbs('exploit_verbs')})"
            # the noun of advertising: "billboards on Busan hospitals in Vladivostok"
            rf"|(?:{alternation('advertising_nouns')})\s+(?:(?:{alternation('advertising_links')})\s+)?{care_object}"
            rf"\s+(?:{alternation('promotion_prepositions')})"
            # the noun: "the main focus of its advertising will be the Middle East"
            rf"|(?:{alternation('focus_nouns')})\s+of\s+(?:{determiner})?(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{alternation('marketing_nouns')})(?:\s+[\w-]+){{0,2}}?\s+(?:{alternation('focus_links')}))\b"
        ),
        # a place of care set up or run abroad, planned or done: "will open a consultation centre
        # in", "opened a second branch in", "has been running a hospital in", "the management of
        # the Al Noor Hospital in"; a verb's first form only after a word of a plan
        market_opening=CaselessPattern.compile(
            rf"{starting_with(markets['opening_auxiliaries'], opened, markets['holding_verbs'], markets['running_roles'], markets['setting_up_nouns'], markets['opening_nouns'])}"
            rf"\b(?:(?:{set_up}|{alternation('running_roles')}|{alternation('setting_up_nouns')})\s+"
            # the object may be a list whose last item is the place abroad, the first item with a
            # place of its own ("operates six branches in Seoul and a spine centre in"), or
            # a second verb may share the first one's word of a plan ("to build a training centre
            # and open a clinic in")
            rf"(?:(?:[\w'’-]+\s+){{1,6}}?(?P<joint>{joined})\s+(?:(?:{phrase_alternation(markets['opening_verbs'])})\s+)?)?"
            rf"(?:(?:{word}|&)\s+){{0,5}}?"
            # the place's short name may follow its noun: "Al Noor Hospital (ANH) in"
            rf"(?P<noun>{alternation('opening_nouns')})(?:\s+\([\w.-]{{2,12}}\))?"
            # a quoted name may close after the noun, and its host follow: "opened the 'Saebit
            # Spine Center' at Al Rawda Hospital in"
            rf"['’\"”]?(?:\s+(?:{alternation('opening_hosts')})\s+(?:the\s+)?{host})?"
            # or the noun comes first, as the verb's subject or object: "a centre set up in",
            # "two clinics are due to open in", "the hospital they will build in"
            rf"|(?P<head>{alternation('opening_nouns')})(?:\s+(?:{alternation('opening_gap_words')})){{0,4}}"
            rf"\s+{set_up})\s+(?:{alternation('opening_prepositions')})\b"
        ),
        place_of_care_lead=re.compile(
            rf"\s*(?:{lexicon.alternation('grammar', 'articles')}\s+)?"
            rf"(?:(?:\d+|{lexicon.alternation('numbers', 'number_words')})\s+)?"
            r"|\s*[A-Z][\w'’-]+,\s+"
            # or a part of the city before it: "in the Mirabad district of Tashkent"
            rf"|\s*(?:{lexicon.alternation('grammar', 'articles')}\s+)?[A-Z][\w'’-]+\s+"
            rf"(?:{lexicon.alternation('markets', 'city_parts')})\s+of\s+"
        ),
        written_unit=NEVER,  # "Almaty Province" is read whole by the gazetteer
    )


def verb_forms(verb: str, irregular: dict[str, list[str]]) -> list[str]:
    """A verb (its first word inflected, the rest kept: "make inroads") in every form English
    writes it: "promote", "promotes", "promoted", "promoting", "sold"."""
    head, _, rest = verb.partition(" ")
    if head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith(("sh", "ch", "x", "s")):
        forms = [head, head + "es", head + "ed", head + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
    forms += irregular.get(head, [])
    return [f"{form} {rest}".strip() for form in forms]


def _partnership_patterns(lexicon: Lexicon) -> PartnershipPatterns:
    def words(role: str) -> str:
        return _words(lexicon, "grammar", role)

    scope_prepositions = phrase_alternation(lexicon.section("partnerships")["scope_prepositions"])
    # the verb of a passive that concludes the agreement ends what it covers: "An MOU on patient
    # referrals was signed between A and B" covers patient referrals, not the signing
    auxiliaries = _words(lexicon, "markets", "passive_auxiliaries")
    participles = _words(lexicon, "partnerships", "participles")
    signed = rf"\s+(?:{auxiliaries}\s+)*{participles}\b"
    return PartnershipPatterns(
        # "with Vladivostok travel agency 'Vostok Intour'"
        unknown_name=re.compile(
            rf"\s*(?:{words('articles')}\s+)?(?:(?P<descriptor>[A-Z][a-z]+(?:\s+[a-z-]+){{1,3}})\s+)?['‘\"“]?"
            # an acronym alone ("with KUMC"), or words with a small letter ("with Vietravel")
            r"(?P<name>[A-Z][A-Z0-9&]{1,7}(?![\w'’-])(?!\.\w)|[A-Z][\w&'’.-]*[a-z]\w*(?:\s+[A-Z][\w&'’.-]*){0,3})"
        ),
        located_in=re.compile(rf"\s+{words('place_prepositions')}\s+"),
        seat=re.compile(rf"\s*,?\s*{words('seat_prepositions')}\s+"),
        scope=re.compile(rf"\b(?:{scope_prepositions})\s+(?P<scope>[a-z](?:(?!{signed})[^,;.]){{8,120}})"),
        name_word=re.compile(r"[A-Za-z]{3,}"),
        # English names a city acting as a party by its government ("Ulsan City Hall"), not the place
        home_subject=NEVER,
        place_unit=NEVER,  # "Khentii Province" is read whole by the gazetteer or as a name
        aftermath=NEVER,  # "after signing the MOU" comes before the noun: not read yet
        # ", CEO of Acme", ", the Director General of the Authority": after the signer's name and a
        # comma (or after another title and "and"), a title of the person, then the body it heads
        # word order tells the parties: any name before the agreement may be one
        party_mark=re.compile(r""),
        # the operator of a hospital, appointed or named as the one running it: "X appointed A as
        # the official operator of B", "B will be under the management of A", "B will be operated
        # and managed by A" (one verb alone, "operated by", names any owner, no contract).
        # The look-aheads restate what a match starts with, and that the second kind names its
        # management before any comma: without them each capital of a sentence was read on to
        # its next comma, a character at a time (1 % of extraction, for a pattern rarely matched)
        operator=re.compile(
            r"(?=[aA-Z])(?:"
            r"appointed\s+(?P<operator>[A-Z][^,;]*?)\s+as\s+(?:the\s+|its\s+)?(?:official\s+|new\s+)?"
            r"(?:operator|manager)\s+of\s+(?P<operated>[^,;]+)"
            r"|(?=[A-Z][^,;]*manage)(?P<managed>[A-Z][^,;]*?)\s+(?:will\s+be|is|was|has\s+been|to\s+be)\s+(?:under\s+the\s+management\s+of"
            r"|(?:operated\s+and\s+managed|managed\s+and\s+operated|run\s+and\s+managed)\s+by)\s+(?P<manager>[A-Z][^,;]*)"
            r")"
        ),
        # an acronym ("KUMC"), two to four capitalised words ("Mongol Daatgal") or one word that is
        # no plural ("Medipia", not "Officials"), then a description of it between commas at most
        # ("Dream Clinic, a Gangnam clinic, signed": the place in it is no side) and an adverb at
        # most before what follows
        unknown_subject=re.compile(
            r"(?P<name>[A-Z][A-Z0-9&]{1,7}(?![\w'’-])(?!\.\w)|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,3}"
            rf"|[A-Z][a-z0-9]*[a-rt-z0-9](?![\w'’.-]))(?:,\s+(?:{words('articles')}|{words('indefinite_articles')})\s+[^,;.()]{{1,{APPOSITION_CHARS}}},)?"
            r"\s+(?:[a-z]+ly\s+)?"
        ),
        signatory=re.compile(
            rf"(?:,|\sand)\s+(?:{words('articles')}\s+)?(?P<title>(?i:{lexicon.alternation('partnerships', 'person_titles')}))"
            rf"\s+(?:of|for|at)\s+(?:(?i:the)\s+)?(?P<body>[A-Z][\w&'’.-]*)"
        ),
    )


def _event_patterns(lexicon: Lexicon) -> EventPatterns:
    def words(section: str, role: str) -> str:
        return _words(lexicon, section, role)

    article = words("grammar", "articles")
    return EventPatterns(
        # "free cataract surgery", "free-of-charge eye check-ups": a word of gratis care, up to
        # two words of its specialty, then a noun of care
        free_care=re.compile(
            rf"\b{words('events', 'free_words')}[\s-]+(?:[a-z]+[\s-]+){{0,2}}?{words('events', 'free_care_nouns')}\b",
            re.IGNORECASE,
        ),
        # "to perform free cleft-lip surgery", "to conduct eye surgeries": a verb of giving
        # care as a purpose, up to two words of its kind, then a noun of surgery
        purposed_care=re.compile(
            rf"\b{words('events', 'care_giving_purposes')}\s+(?:[\w-]+\s+){{0,2}}?{words('events', 'given_surgery_nouns')}\b",
            re.IGNORECASE,
        ),
        # "a team of eight doctors", "its second batch of medical workers": a noun of a group with
        # "of", up to four words of its number and kind, then carers
        sent_carers=re.compile(
            rf"\b{words('events', 'carer_groups')}\s+(?:[\w-]+\s+){{0,4}}?{words('events', 'carer_nouns')}\b",
            re.IGNORECASE,
        ),
        # "underwent heart surgery", "to receive free medical checkups": a word of taking care, up
        # to two words of its kind, then a noun of care
        care_received=re.compile(
            rf"\b{words('events', 'care_receiving_words')}\s+(?:[\w-]+\s+){{0,2}}?{words('events', 'received_care_nouns')}\b",
            re.IGNORECASE,
        ),
        # "awarded two national grants", "awarded a three-year term of accreditation": the
        # object, up to five words before its noun, is funding or a standing
        non_prize=re.compile(rf"(?:[\w-]+\s+){{0,5}}?{words('events', 'non_prize_nouns')}\b", re.IGNORECASE),
        # "many familiarization tours", "a great number of overseas roadshows": a word that
        # counts, up to two words of kind, then a plural noun of occasions
        counted_occurrences=re.compile(
            rf"\b{words('events', 'occurrence_quantifiers')}\s+(?:[\w-]+\s+){{0,2}}?"
            rf"{words('events', 'occurrence_plurals')}\b",
            re.IGNORECASE,
        ),
        invited_party=NEVER,  # not read in English yet
        arriving_party=NEVER,  # not read in English yet
        # "in 1893", "since the early 1950s": a year before those the dates read (from 1950), or a
        # decade, after a word that places a happening in it
        history_years=re.compile(
            r"\b(?:in|since|from|during|until|by)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
            r"(?:1[5-8]\d\d|19[0-4]\d|1[5-9]\d0s)\b",
            re.IGNORECASE,
        ),
        # "was held in Tashkent last Tuesday by ", "were organised at COEX on 3 May by ": a
        # passive of holding, then its place and day (no clause between), then "by"; not a
        # participle's own agent ("was held in Seoul and attended by")
        # "Daegu, together with KHIDI, held", "The ministry in cooperation with KOFIH organised"
        co_host_aside=re.compile(rf"(?:,\s*)?\b(?:{words('events', 'co_host_links')})\s+[^,;:()]+?,?\s*$"),
        late_agent=re.compile(
            rf"\b{words('markets', 'passive_auxiliaries')}\s+(?:jointly\s+)?{words('events', 'hosting_participles')}"
            rf"\s+(?!{words('events', 'agent_marks')}\b)[^,;:()]{{1,80}}?(?<!ed)\s+{words('events', 'agent_marks')}\s+",
            re.IGNORECASE,
        ),
        definite_head=re.compile(rf"{article}\s+(?:[\w-]+\s+)?", re.IGNORECASE),
        date_reported=NEVER,  # English reports before the date
        reported_date=re.compile(rf"\s*{words('events', 'reporting_prepositions')}?\s*(?:{article}\s+)?"),
        venue=re.compile(
            rf"\b(?P<prep>{words('events', 'venue_prepositions')}|{words('events', 'building_cues')})"
            rf"\s+(?:{article}\s+)?"
            # a word may end in an abbreviation's stop ("Seoul St. Mary's Hospital")
            r"(?P<venue>[A-Z][\w'’&-]*(?:\.(?=\s+[A-Z]))?(?:[\s,]+[A-Z][\w'’&-]*(?:\.(?=\s+[A-Z]))?){0,5})"
        ),
        duration=re.compile(
            rf"\b(?:{words('events', 'duration_prepositions')}\s+(?P<n>\w+)\s+{words('events', 'duration_units')}"
            rf"|(?P<m>\w+){words('events', 'duration_suffixes')})\b",
            re.IGNORECASE,
        ),
        seat_filler=re.compile(
            rf"\s*(?:{words('grammar', 'seat_prepositions')})\s+(?:{article}\s+)?", re.IGNORECASE
        ),
        list_filler=re.compile(rf"(?:\s|,|\b{words('grammar', 'list_conjunctions')}\b|\b{article}\b)*"),
        edition=re.compile(rf"(?P<words>(?:{_NAME_WORD}\s+){{1,6}})(?P<year>(?:19|20)\d\d)\b"),
        year_first=re.compile(
            rf"\b(?P<year>(?:19|20)\d\d)\s+(?P<words>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|&|and)){{1,6}})"
        ),
        # "Korea Culture & Tourism Festival", "Medi and Beauty Fair": an ampersand or "and" joins
        # the words of a name
        name_run=re.compile(rf"{_NAME_WORD}\s+(?:(?:{_NAME_WORD}|&|and)\s+){{0,5}}(?:[A-Z][\w'’-]*)"),
        # "the 5th Forum of the Korea-Gulf Health Partnership Council", "Forum on Wellness
        # Tourism": an event noun, then "of", "on" or "for" and a capitalised name
        noun_of=re.compile(
            rf"\b(?P<noun>[A-Z][a-z]+)\s+(?:of|on|for)\s+(?:{article}\s+)?"
            rf"{_NAME_WORD}(?:\s+(?:of\s+|and\s+|&\s+)?{_NAME_WORD}){{0,8}}"
        ),
        name_after=re.compile(r"\s+([A-Z]\w*)"),
        # a quotation opens after no letter and closes before none: the apostrophe of "Korea's"
        # and "the hospital's" is a possessive, not a quotation mark
        quoted=re.compile(r"(?<![A-Za-z])[“\"‘']([^”\"’']{4,120})[”\"’'](?![A-Za-z])"),
        name_lead=re.compile(
            rf"\s+(?:{article}\s+)?(?:{words('events', 'edition_words')}\s+)?"
            rf"(?:(?:[A-Z0-9][\w'’&.-]*|of|and|for|on|&)\s+){{0,10}}"
        ),
        possessive=re.compile(r"['’]s\s+"),
        dateline=re.compile(r"\s*(?:/[^/\n]{2,40}/|\([^()\n]{2,40}\))\s*(?:--|—|–)"),
        until=NEVER,  # English writes "until" before its date: until_before
        until_before=re.compile(rf"\b{words('events', 'last_day_leads')}\s+(?:on\s+)?$"),
        within=re.compile(r",[ \t]*"),
        district_after=NEVER,  # English names the district first ("Jung-gu, Seoul": within)
    )
