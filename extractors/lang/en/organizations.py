"""Named organisations: "Korea University Anam Hospital", "Ministry of Health and Welfare".

A name is a run of capitalised words that ends in an organisation head word from the lexicon
("Hospital", "Institute"), or a head word followed by "of" and capitalised words ("Ministry of
Foreign Affairs"). Its country comes from a place named inside it, where there is one.
"""

import re
import string
from functools import cache
from typing import NamedTuple

from extractors.lang.lexicon import (
    Lexicon,
    PhraseMatch,
    PhraseMatcher,
    holds_any,
    lowered_range,
    needles,
    phrase_alternation,
    starting_with,
)
from extractors.mentions.organizations import Organization
from extractors.mentions.places import Place, PlaceKind, find_places

# a capitalised word ("Anam", "KHIDI", "St."); every word all in capitals is one of these, so
# a second alternative for them would only make the engine retry the same words on failure
_CAPITALISED = r"(?:[A-Z][\w'’&.-]*)"
DESCRIPTION_CHARS = 40  # "the Almaty-based private clinic chain": the article and words before the noun
DESCRIPTION_WORDS = 3  # words between the article and the noun
_WORD = re.compile(r"[\w'’.-]+")
_PUNCTUATION = re.compile(r"[^\w\s'’.-]")
_FIRST_WORD = re.compile(r"\s*(\S+)")  # the first word from a position on, as split() finds it
# a body's own name in quotes right after its generic name: the Fund "Hope for Kids"
_QUOTED_NAME = re.compile(r"""\s+["“][A-Z][^"“”\n]{1,60}["”]""")
# the capitalised words in apposition right after the noun: the name
_APPOSED_NAME = re.compile(rf"\s+({_CAPITALISED}(?:\s+{_CAPITALISED}){{0,4}})")


@cache
def _comma_apposed_name(lexicon: Lexicon) -> re.Pattern[str]:
    """The name set off by commas after a noun of a kind of body and where that body is ("a
    Mongolian clinic, Nomin Med,", "the largest insurer in Kazakhstan, Steppe Life."): a comma or
    the sentence's end right after it closes the apposition, so a clause after the comma ("...,
    Daegu officials said") names nothing."""
    located = lexicon.alternation("grammar", "located_in", ignore_case=False)
    return re.compile(
        rf"(?:\s+{located}\s+{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}})?,\s+"
        rf"({_CAPITALISED}(?:\s+{_CAPITALISED}){{0,4}})(?=\s*(?:[,;]|\.(?:\s|$)|$))"
    )


@cache
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    heads = lexicon.section("partnerships")["org_heads"]
    head = phrase_alternation(heads)
    article, joints, numbered = (
        lexicon.alternation("grammar", role, ignore_case=False)
        for role in ("articles", "name_joints", "numbered")
    )
    number = rf"(?:\s+{numbered}\s?\d+)?"  # "City Clinical Hospital No. 7"
    tail = rf"(?:\s+{joints}\s+(?:{article}\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED})*)"
    # right after a head word only "of" or "for" continues the name: "Severance Hospital and
    # Almaty City Hospital No. 7", "... Medical Center and the Hong Ngoc hospital group" are two
    conjunctions = set(lexicon.section("grammar")["conjunctions"])
    after_head = phrase_alternation(
        (j for j in lexicon.section("grammar")["name_joints"] if j not in conjunctions), ignore_case=False
    )
    head_tail = rf"(?:\s+(?:{after_head})\s+(?:{article}\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED})*)"
    capitalised_heads = [h[0].upper() + h[1:] for h in heads]
    capitalised_head = phrase_alternation(capitalised_heads, ignore_case=False)
    conjunction = lexicon.alternation("grammar", "conjunctions", ignore_case=False)
    # "Health Authority-Abu Dhabi", "Department of Health - Abu Dhabi": the seat joined by a dash
    seat = rf"\s?-\s?{_CAPITALISED}(?:\s+{_CAPITALISED})*"
    words = rf"(?:{_CAPITALISED}\s+){{1,7}}"
    # the last words after "of" may be a list, commas then "and": "Ministry of Trade, Industry
    # and Energy"; a word of the list is no head word ("..., Busan Hospital and ..." lists bodies)
    item = rf"(?!(?i:{head})\b){_CAPITALISED}(?:\s+(?!(?i:{head})\b){_CAPITALISED})?"
    listed = rf"(?:,\s+{item})+,?\s+{conjunction}\s+{item}"
    # every name starts with a capital: the look-ahead fails at once at most characters, where
    # the alternation below would enter both of its branches (it halves the scan of a sentence)
    capital = starting_with(string.ascii_uppercase, capitalised_heads, lowered=False)
    return re.compile(
        capital + "(?:"
        # capitalised words then a head word: "Korea University Anam Hospital"; an "and" may join
        # them ("Health Insurance Review and Assessment Service"; two names joined so are split
        # by _conjuncts)
        # a head may follow another in lower case: "the Hong Ngoc hospital group of Hanoi"
        rf"(?P<named>{words}(?:{conjunction}\s+{words})?(?:(?i:{head})\s+)?(?P<head1>(?i:{head}))\b{number}"
        rf"(?:{head_tail}{tail}*(?P<listed1>{listed})?)?(?P<seat1>{seat})?)"
        # a capitalised head word then "of ...": "Ministry of Health and Welfare"
        rf"|(?P<head2>{capitalised_head})\b{tail}+(?P<listed2>{listed})?(?P<seat2>{seat})?"
        ")"
    )


def find_organizations(text: str, start: int, end: int, lexicon: Lexicon) -> list[Organization]:
    leading = lexicon.matcher("text", "not_name_starts")
    counting = lexicon.matcher("numbers", "number_words")  # "Two hospitals in Da Nang": a count, no name
    found = []
    for m in _pattern(lexicon).finditer(text, start, end):
        # the stop of the sentence off first: a name after the "and" must read whole ("... and
        # Osh Cancer Center.") for the "and" to split two names
        name_end = _name_end(text, m, lexicon)
        name_end -= _closing_stop(text, m.start(), name_end, lexicon)
        for span_start, span_end, head in _conjuncts(
            text, m.start(), name_end, m["head1"] or m["head2"], lexicon
        ):
            offset = span_start
            while (
                word := leading.match(text, offset, span_end) or _count_word(counting, text, offset, span_end)
            ) is not None:
                offset = word.end + 1
            span_end -= _closing_stop(text, offset, span_end, lexicon)
            span_end = _quoted_name_end(text, offset, span_end, end)
            name = text[offset:span_end]
            if len(name.split()) < 2 or _only_a_place_and_a_noun(text, offset, span_end, head, lexicon):
                continue
            places = find_places(text, offset, span_end, lexicon)
            countries = {p.place.country for p in places if p.place.country}
            country = countries.pop() if len(countries) == 1 else _located_in(text, span_end, end, lexicon)
            if country is None and not countries:
                country = _owner_country(text, start, offset, lexicon)
            found.append(Organization(offset, span_end, " ".join(name.split()), head.lower(), country))
    found = _bodies_not_their_units(text, found, lexicon)
    found += _branch_names(text, start, end, lexicon, found)
    # the readers of a name after a descriptor or a seat scan only a sentence that holds one of
    # their words (three in four hold no descriptor, nearly all no seat): a substring test each
    lowered = lowered_range(text, start, end)
    cues = _cue_words(lexicon)
    if holds_any(lowered, cues.descriptors):
        found += _named_after_descriptor(text, start, end, lexicon, found)
    if holds_any(lowered, cues.seats):
        found += _named_after_seat(text, start, end, lexicon, found)
    return found


_BEFORE_ITS_BODY = re.compile(r"\s*[,/]\s*(?:the\s+)?")


def _bodies_not_their_units(text: str, found: list[Organization], lexicon: Lexicon) -> list[Organization]:
    """ "the Graduate School of Nursing, Almaty Medical University": a unit named right before its
    body, after a comma (or before another unit of it after a slash), is no party of its own; the
    body is (a school with no body after it is one: "the Graduate School of Nursing of Almaty")."""
    units = lexicon.section("organizations")["body_unit_heads"]
    starts = {o.start for o in found}
    dropped: set[int] = set()
    for organization in sorted(found, key=lambda o: o.start, reverse=True):  # a unit before a unit
        after = _BEFORE_ITS_BODY.match(text, organization.end)
        if organization.head in units and after is not None and after.end() in starts:
            dropped.add(organization.start)
    return [o for o in found if o.start not in dropped]


class _CueWords(NamedTuple):
    """Words one of which a sentence must hold for a reader of names to find anything in it."""

    descriptors: tuple[str, ...]  # "the Korean travel agency Hanbit Tours"
    seats: tuple[str, ...]  # "the Dubai-based NMC Healthcare"


@cache
def _cue_words(lexicon: Lexicon) -> _CueWords:
    section = lexicon.section("organizations")
    return _CueWords(needles(section["descriptor_heads"]), needles(section["seat_suffixes"]))


def _branch_names(
    text: str, start: int, end: int, lexicon: Lexicon, named: list[Organization]
) -> list[Organization]:
    """ "Wonju Severance", "Ilsan Paik", "Incheon St. Mary's": a Korean hospital group's branch is
    named by its city and the group's name, with no head word; the city alone is the place the
    hospital stands in, not the body that treated, signed or organised."""
    found: list[Organization] = []
    # a brand is written as the list writes it: a sentence without one of its words holds none
    if not any(text.find(word, start, end) >= 0 for word in _brand_words(lexicon)):
        return found
    for brand in _brand_pattern(lexicon).finditer(text, start, end):
        if any(o.start <= brand.start() < o.end for o in named):
            continue  # "Wonju Severance Christian Hospital": named with its head already
        place = next(
            (p for p in find_places(text, start, brand.start(), lexicon) if p.end + 1 == brand.start()), None
        )
        if place is None or not place.place.is_korean or text[place.end] != " ":
            continue
        name = " ".join(text[place.start : brand.end()].split())
        found.append(Organization(place.start, brand.end(), name, "hospital", place.place.countries[0]))
    return found


@cache
def _brand_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"\b{lexicon.alternation('organizations', 'branch_brands', ignore_case=False)}(?![\w'’])"
    )


@cache
def _brand_words(lexicon: Lexicon) -> tuple[str, ...]:
    """A word each brand holds, its case kept ("Mary" of "St. Mary's"): the longest between
    spaces and apostrophes, which the brand's pattern reads as any of their kinds."""
    return tuple(
        max(re.split(r"[\s'’]+", brand), key=len)
        for brand in lexicon.section("organizations")["branch_brands"]
    )


def _named_after_descriptor(
    text: str, start: int, end: int, lexicon: Lexicon, named: list[Organization]
) -> list[Organization]:
    """ "the Korean travel agency Hanbit Tours", "an Almaty-based clinic chain Medline": capitalised
    words right after a lower-case noun of a kind of body, described by a nationality or a place
    after an article, name a body of that country, though no head word ends them; so do those set
    off by commas after it ("a Mongolian clinic, Nomin Med,"), the place told after the noun too
    ("a hospital group in Saudi Arabia, Riyadh Crescent Health,")."""
    found = []
    leading = lexicon.matcher("text", "not_name_starts")
    weekdays = lexicon.matcher("dates", "weekdays")
    articles = {
        a.lower()
        for a in lexicon.section("grammar")["articles"] + lexicon.section("grammar")["indefinite_articles"]
    }
    comma_apposed = _comma_apposed_name(lexicon)
    for noun in lexicon.matcher("organizations", "descriptor_heads").finditer(text, start, end):
        if not noun.text.islower():
            continue  # "Travel Agency" is a word of a name the head words read
        name = _APPOSED_NAME.match(text, noun.end, end) or comma_apposed.match(text, noun.end, end)
        opening = _article_before(text, max(start, noun.start - DESCRIPTION_CHARS), noun.start, articles)
        if name is None or opening is None:
            continue
        name_start, name_end = name.start(1), name.end(1)
        name_end -= _closing_stop(text, name_start, name_end, lexicon)
        if any(o.start < name_end and name_start < o.end for o in named):
            continue  # "the Korean hospital Severance Hospital": named by its head already
        first = text[name_start:name_end].split()[0]
        if leading.contains(first) or weekdays.contains(first):
            continue  # "the agency on Monday", "the firm In ...": no name
        places = find_places(text, opening, name_start, lexicon)  # "in Kazakhstan" of an apposition too
        countries = {p.place.country for p in places if p.place.country}
        if len(countries) != 1 or _only_places(text, name_start, name_end, lexicon):
            continue
        label = " ".join(text[name_start:name_end].split())
        found.append(Organization(name_start, name_end, label, noun.text.lower(), countries.pop()))
    return found


def _named_after_seat(
    text: str, start: int, end: int, lexicon: Lexicon, named: list[Organization]
) -> list[Organization]:
    """ "the Dubai-based NMC Healthcare", "Almaty-headquartered Medline": capitalised words right
    after a place joined to "-based" name a body of that place's country, though no head word ends
    them; the place is part of the name, not a party or a place of its own."""
    found = []
    leading = lexicon.matcher("text", "not_name_starts")
    for suffix in lexicon.matcher("organizations", "seat_suffixes").finditer(text, start, end):
        if text[suffix.start - 1 : suffix.start] != "-":
            continue  # "based in Almaty" says where a body named before sits
        place = next(
            (p for p in find_places(text, start, suffix.start, lexicon) if p.end == suffix.start - 1), None
        )
        name = _APPOSED_NAME.match(text, suffix.end, end)
        if place is None or not place.place.country or name is None:
            continue
        name_start, name_end = name.start(1), name.end(1)
        name_end -= _closing_stop(text, name_start, name_end, lexicon)
        if name_end <= name_start or any(o.start < name_end and name_start < o.end for o in named):
            continue  # "US-based Mayo Clinic": named by its head already
        if leading.contains(text[name_start:name_end].split()[0]) or _only_places(
            text, name_start, name_end, lexicon
        ):
            continue
        label = " ".join(text[place.start : name_end].split())  # as "US-based Mayo Clinic" reads
        found.append(Organization(place.start, name_end, label, "company", place.place.country))
    return found


def may_be_a_name(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` may be one name from end to end, as a site's name on its own line is: a
    name found at its start begins where the name's pattern matches there (leading words only
    move its start on) and ends where that match does or before, unless a brand ends it (a
    branch, "Wonju Severance") or a seat goes before it ("Dubai-based NMC Healthcare"). Most
    lines that open with a name go on past it, and are not read for names."""
    name = _pattern(lexicon).match(text)
    return name is not None and (
        name.end() == len(text)
        or _brand_ending(lexicon).search(text) is not None
        or ("-" in text and lexicon.matcher("organizations", "seat_suffixes").search(text) is not None)
    )


@cache
def _brand_ending(lexicon: Lexicon) -> re.Pattern[str]:
    """A branch's brand that ends the text."""
    return re.compile(rf"{lexicon.alternation('organizations', 'branch_brands', ignore_case=False)}\Z")


def _article_before(text: str, start: int, end: int, articles: set[str]) -> int | None:
    """Where the words describing a noun begin: after the nearest article one to three words
    before it ("the Korean travel agency"), or at an owner's possessive that stands for one
    ("Kazakhstan's national carrier"), with only words between; None without either."""
    words = list(_WORD.finditer(text, start, end))
    if text[words[-1].end() if words else start : end].strip():
        return None  # a comma or a bracket stands right before the noun
    for back in range(1, min(DESCRIPTION_WORDS + 1, len(words)) + 1):
        word = words[-back]
        if _PUNCTUATION.search(text, word.end(), end):
            return None
        lowered = word.group().lower()
        if back > 1 and lowered in articles:
            return word.end()
        if lowered.endswith(_POSSESSIVES):
            return word.start()
    return None


_POSSESSIVES = ("'s", "’s")


def _name_end(text: str, name: re.Match[str], lexicon: Lexicon) -> int:
    """Where a name ends: before a list after "of" that names places ("the Ministry of Health,
    Busan and Daegu" lists three), else as its seat tells."""
    group = "listed1" if name["listed1"] else "listed2" if name["listed2"] else None
    if group is not None and find_places(text, name.start(group), name.end(group), lexicon):
        return name.start(group)
    return _before_a_seat_not_a_place(text, name, lexicon)


def _before_a_seat_not_a_place(text: str, name: re.Match[str], lexicon: Lexicon) -> int:
    """Where a name ends: after the seat joined by a dash where that is a place ("Health
    Authority - Abu Dhabi"), before it where it is anything else ("News Agency - Central Asian
    News", a site's tagline)."""
    group = "seat1" if name["seat1"] else "seat2" if name["seat2"] else None
    if group is None:
        return name.end()
    seat_start = name.start(group) + len(name[group]) - len(name[group].lstrip(" -"))
    seat_end = name.end() - (len(name[group]) - len(name[group].rstrip(".")))  # "Abu Dhabi." ends a sentence
    places = find_places(text, seat_start, seat_end, lexicon)
    whole_place = bool(places) and places[0].start == seat_start and places[-1].end == seat_end
    return name.end() if whole_place else name.start(group)


def _quoted_name_end(text: str, start: int, name_end: int, end: int) -> int:
    """Where a generic name ends that the body's own name follows in quotes (the Health Fund
    "Hope for Kids"): after the quoted name, which tells the body apart; else where it ended. A
    lower-case noun before the quotes describes the body ("the Kazakh insurance company "Nomad""):
    the quoted words are its whole name, which the head words read by themselves."""
    words = text[start:name_end].split()
    if not words or not words[-1][:1].isupper():
        return name_end
    quoted = _QUOTED_NAME.match(text, name_end, end)
    return quoted.end() if quoted is not None else name_end


def _owner_country(text: str, floor: int, start: int, lexicon: Lexicon) -> str | None:
    """The country of the place that owns a name of no country of its own, told right before it
    with only capitalised words, "of", a possessive or a word of a region between ("South
    Korea's Gangwon province Volunteer Doctors' Association", "Seoul National University
    College of Medicine's Global Health Center"): the body is one of that place, as a name that
    holds the place is."""
    if start <= floor or text[start - 1 : start] != " ":
        return None  # a name opening the sentence, or one after a mark or a line break
    region_nouns = set(lexicon.section("grammar")["region_nouns"])
    words = _OWNER_WORD.findall(text, max(floor, start - OWNER_CHARS), start)
    owner = start
    for word in reversed(words):
        if not (word[:1].isupper() or word in region_nouns or word == "of"):
            break
        owner = text.rfind(word, floor, owner)
    places = find_places(text, owner, start, lexicon) if owner < start else []
    return places[-1].place.country if places else None


def tells_nationality(text: str, nation: Place, start: int) -> bool:
    """A nationality right before a name ("the Chinese Starlight Group") or a country's
    possessive ("China's Starlight Group"): the body's own country, whatever place its name
    holds."""
    between = text[nation.end : start]
    return (nation.place.kind == PlaceKind.DEMONYM and between == " ") or (
        nation.place.kind == PlaceKind.COUNTRY and between.rstrip() in _POSSESSIVES
    )


OWNER_CHARS = 50  # "South Korea's Chungcheongbuk-do province ": the owner and the words after it
# a word, or a mark (a comma, a bracket) that ends the words running into a name
_OWNER_WORD = re.compile(r"[\w'’.-]+|[^\w\s'’.-]")


def _count_word(counting: PhraseMatcher, text: str, start: int, end: int) -> PhraseMatch | None:
    """A number word that counts the lowercase noun after it ("Two hospitals in Hue"), not the
    first word of a name ("Three Rivers Clinic")."""
    word = counting.match(text, start, end)
    return word if word is not None and text[word.end + 1 : word.end + 2].islower() else None


def _closing_stop(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """1 where the name ends in the full stop of its sentence ("... with the Ministry of Health
    of Kyrgyzstan."), 0 where the stop belongs to an abbreviation or an initial ("Hospital No.")."""
    if end <= start or text[end - 1] != ".":
        return 0
    last = text[start : end - 1].split()[-1] if text[start : end - 1].split() else ""
    abbreviations = lexicon.section("text")["abbreviations"]
    return 0 if len(last) <= 1 or last in abbreviations or "." in last else 1


def _only_a_place_and_a_noun(text: str, start: int, end: int, head: str, lexicon: Lexicon) -> bool:
    """ "the Korean hospital", "Russian clinics", "a Vietnamese hospital group", "a Seoul-based
    clinic": a nationality or place (a seat joined to it by a dash at most) before head words in
    lower case describes, it does not name; a body each state has one of names it ("the Uzbek
    government")."""
    if not head[:1].islower() or not text[start:end].endswith(head):
        return False
    if lexicon.matcher("organizations", "state_heads").contains(head):
        return False  # "the Uzbek government": one to a country, it names the state's body
    places = find_places(text, start, end - len(head), lexicon)
    # between the place and the head only head words in lower case: "the Korean hospital group"
    between = text[places[-1].end : end - len(head)].split() if places else []
    heads = lexicon.matcher("partnerships", "org_heads")
    seats = lexicon.matcher("organizations", "seat_suffixes")
    return (
        bool(places)
        and places[0].start == start
        and all(w.islower() and (heads.contains(w) or _is_seat_suffix(w, seats)) for w in between)
    )


def _is_seat_suffix(word: str, seats: PhraseMatcher) -> bool:
    """ "-based", "-headquartered": a seat joined to the place before it by a dash."""
    return word.startswith("-") and seats.contains(word[1:])


def _located_in(text: str, name_end: int, end: int, lexicon: Lexicon) -> str | None:
    """ "Hanvit University Hospital in Seoul", "Sunkar National Medical Center in Astana": the
    country of the place the organisation is said to be in, right after its name."""
    located = _located_in_pattern(lexicon).match(text, name_end, end)
    if located is None:
        return None
    place = next(iter(find_places(text, located.end(), end, lexicon)), None)
    return place.place.country if place is not None and place.start == located.end() else None


def _conjuncts(text: str, start: int, end: int, head: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """ "Gyeonggi Province and the Bayanzurkh Telemedicine Center", "the Ministry of Health of
    the Republic of Tajikistan and Severance Hospital of Seoul" are two organisations: an "and"
    splits a name where what follows it is a name of its own ("Ministry of Health and Welfare"
    stays one)."""
    heads = lexicon.matcher("partnerships", "org_heads")
    # from the last "and": "Ministry of Health and Welfare and Seoul National University Hospital"
    for joint in reversed(list(_conjunction_pattern(lexicon).finditer(text[start:end]))):
        left_end, right_start = start + joint.start(), start + joint.end()
        if _acronym_spans(text, start, left_end, end):
            continue  # "Department of Veterans and Family Services (DVFS)": one name, its acronym says so
        if text[right_start:end].strip() in lexicon.section("organizations")["korean_acronyms"] or (
            _acronym_after_a_joined_name(text, start, left_end, right_start, end, lexicon)
        ):
            # "the Ministry of Healthcare and KHIDI": a known body's acronym names a body of its
            # own (found by its acronym), not the last words of this one; so does any acronym
            # after a name that holds its own "and" (see _acronym_after_a_joined_name)
            return _conjuncts(text, start, left_end, head, lexicon)
        right = _pattern(lexicon).fullmatch(text, right_start, end)
        if right is None or (len(text[right_start:end].split()) < 2):
            continue
        right_head = right["head1"] or right["head2"]
        left_heads = [h for h in heads.finditer(text, start, left_end)]
        if not left_heads and right_head.lower() in lexicon.section("partnerships")["person_titles"]:
            continue  # "Russia's Labour and Social Affairs Minister": fields of one office
        # the words before the "and" are a name of their own, not the first words of one
        # ("Health Insurance Review and Assessment Service")
        if left_heads and _pattern(lexicon).fullmatch(text, start, left_end) is not None:
            return [
                *_conjuncts(text, start, left_end, left_heads[-1].text, lexicon),
                *_conjuncts(text, right_start, end, right_head, lexicon),
            ]
        if _only_places(text, start, left_end, lexicon) or _starts_anew(
            text, start, left_end, right_start, lexicon
        ):
            # "Mongolia and Kazakhstan Medical Association", "KHIDI and Korea's Ministry of
            # Health": the name is the one after the "and"
            return _conjuncts(text, right_start, end, right_head, lexicon)
    return [(start, end, head)]


def _acronym_after_a_joined_name(
    text: str, start: int, left_end: int, right_start: int, end: int, lexicon: Lexicon
) -> bool:
    """ "the Ministry of Health and Welfare and KHIDI": an acronym alone after a name that
    already holds its own "and" is a second body, read as an acronym; after a name without one
    it ends the name ("Ministry of Science and ICT")."""
    right = text[right_start:end].split()
    return (
        len(right) == 1
        and _is_acronym(right[0])
        and _conjunction_pattern(lexicon).search(text, start, left_end) is not None
        and _pattern(lexicon).fullmatch(text, start, left_end) is not None
    )


_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z]{2,})\)")


def _acronym_spans(text: str, start: int, left_end: int, end: int) -> bool:
    """Whether the acronym in brackets right after a name is spelt by its last capitalised words
    from before the "and" on ("Department of Veterans and Family Services (DVFS)"): a name the
    acronym covers across its "and" is one body, though both halves read as names."""
    acronym = _BRACKETED_ACRONYM.match(text, end)
    if acronym is None:
        return False
    letters = acronym.group(1)
    words = [w for w in _WORD.finditer(text, start, end) if w.group()[0].isupper()]
    if len(words) < len(letters):
        return False
    spelt = words[-len(letters) :]
    return spelt[0].start() < left_end and "".join(w.group()[0] for w in spelt) == letters


def _starts_anew(text: str, start: int, left_end: int, right_start: int, lexicon: Lexicon) -> bool:
    """Whether a name starts after the "and" rather than going on: an acronym alone before it
    ("KHIDI and ..."), or a word alone after "in" (a place: "clinics in Hue and ..."; else a
    capitalised word alone is the first of the name, "Health and Welfare Minister"), or an owner
    after it ("... and Korea's Ministry of Health")."""
    first = _FIRST_WORD.match(text, right_start)  # read in place: no copy of the rest of the page
    first_right = first.group(1) if first else ""
    left = text[start:left_end].split()
    before = text[max(0, start - 20) : start].split()
    after_in = bool(before) and before[-1] in lexicon.section("grammar")["place_prepositions"]
    return (
        (len(left) == 1 and (_is_acronym(left[0]) or after_in))
        or first_right.endswith(("'s", "’s"))
        or _seated(text, start, left_end, lexicon)
        or any(
            p.start == right_start
            for p in find_places(text, right_start, right_start + len(first_right), lexicon)
        )
    )


def _seated(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a seat joined by a dash ("Tashkent-headquartered Akfa Medline and ...") or a place
    that owns them ("Mongolia's Intermed and ...") describes the words before the "and": a
    described name is whole, the "and" joins another one to it."""
    seats = lexicon.matcher("organizations", "seat_suffixes")
    if any(text[m.start - 1 : m.start] == "-" for m in seats.finditer(text, start, end)):
        return True
    owner = next(iter(find_places(text, start, end, lexicon)), None)
    return owner is not None and owner.start == start and text.startswith(("'s ", "’s "), owner.end)


def _is_acronym(word: str) -> bool:
    """ "KHIDI", "U.A.E", "MoHAP": two capitals or more, where a word of a name has one."""
    return sum(c.isupper() for c in word) >= 2


def _only_places(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether ``text[start:end]`` is nothing but place names (and the spaces between them)."""
    places = find_places(text, start, end, lexicon)
    position = start
    for place in places:
        if text[position : place.start].strip():
            return False
        position = place.end
    return bool(places) and not text[position:end].strip()


@cache
def _located_in_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    located, article = (
        lexicon.alternation("grammar", role, ignore_case=False) for role in ("located_in", "articles")
    )
    return re.compile(rf",?\s+{located}\s+(?:{article}\s+)?")


@cache
def _conjunction_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    conjunction, article = (
        lexicon.alternation("grammar", role, ignore_case=False) for role in ("conjunctions", "articles")
    )
    return re.compile(rf"\s+{conjunction}\s+(?:{article}\s+)?")
