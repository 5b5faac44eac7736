"""What a document's sentences say about each other: who "the ministry" is, which year a day
without one falls in, who acts, what the article is mostly about.

These answers need the sentences before the one being read; they are computed on demand over
the cached mentions of ``DocumentCache`` and cached the same way.
"""

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property
from itertools import pairwise

from extractors.context.cache import UNKNOWN, DocumentCache
from extractors.lang.lexicon import Lexicon, PhraseMatch, phrase_alternation
from extractors.mentions.dates import DateMention, OrdinalDay, resolve_ordinal_day
from extractors.mentions.organizations import Organization
from extractors.mentions.places import KOREA, KOREAN_PLACE_KINDS, Place, PlaceKind
from extractors.spans import Span, overlaps
from extractors.text.sentences import Sentence

SAME_YEAR_WINDOW_DAYS = 60  # a day this close to the date told before it is in that date's year
COUNTED_DAYS = "counted"  # the label of "days later": as many days as the number before it
FOLLOWS_WINDOW_CHARS = 40  # a cue word stands within a few words before the number it governs
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")
_ALIAS_OPENING = re.compile(r",\s+")  # "..., known as KOICA": the cue follows a comma
_ALIAS = re.compile(r"\s+(?P<acronym>[A-Z](?=[A-Za-z]*[A-Z])[A-Za-z]{1,7})\b")  # two capitals at least


@dataclass(frozen=True)
class Referent:
    """An organisation or place an anaphor ("the hospital") may stand for."""

    end: int
    name: str
    is_korean: bool


_NATION_KINDS = frozenset({PlaceKind.COUNTRY, PlaceKind.DEMONYM})
_GENITIVE_OR_COMITATIVE = frozenset("의와과에")  # particles after a place's suffix: "양산시의", "양산시와"


class DocumentContext(DocumentCache):
    """The shared view of one document that every record builder reads: its cached mentions
    and the discourse reasoning over them."""

    def organizations(self, sentence: Sentence) -> list[Organization]:
        """Named organisations, and the acronyms the article introduced for them ("KHIDI")."""
        key = ("organizations", sentence.start)
        found = self._cache.get(key)
        if found is None:
            named = self._cached("named_organizations", sentence, self.language.find_organizations)
            if self._bodies_named_by_places:
                named = [self._of_its_stated_country(org) for org in named]
            # an acronym is one word: its occurrences never overlap, so the sentence alone is read
            short = [
                Organization(m.start(), m.end(), m.group(0), org.head, org.country)
                for pattern, org in self._acronym_patterns
                for m in pattern.finditer(self.text, sentence.start, sentence.end)
                # inside a name, or its own short name right after it ("... Hospital (HNUH)"); one
                # after a comma or a conjunction is a subject of its own ("Beside the Almaty city
                # office, KHIDI ...", "the Uzbek Ministry of Health and KOFIH signed")
                if not any(
                    n.start <= m.start() < n.end + 8 and not self._parts_names(n.end, m.start())
                    for n in named
                )
                and m.start() not in self._acronym_introductions  # "..., known as KOICA"
            ]
            found = self._cache[key] = sorted(named + short, key=lambda o: o.start)
        return found

    def _find_places(self, text: str, start: int, end: int) -> list[Place]:
        return self._without_bodies(self._language_places(start, end))

    def _language_places(self, start: int, end: int) -> list[Place]:
        """The places the language finds in ``text[start:end]``, with the countries' names that
        name bodies (which ``places`` drops): found once, for those bodies and for ``places``."""
        key = ("language_places", start, end)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self.language.find_places(self.text, start, end)
        return found

    def places_in(self, name: str) -> list[Place]:
        return self._without_bodies(super().places_in(name))

    def _without_bodies(self, places: list[Place]) -> list[Place]:
        """The places but the countries' names the article uses as bodies' names."""
        bodies = self._bodies_named_by_places
        return [p for p in places if p.text not in bodies] if bodies else places

    @cached_property
    def _bodies_named_by_places(self) -> dict[str, str]:
        """The names of countries the article uses as the name of a body of another country,
        and that country: "the Chinese Starlight Group" (or "China's Starlight Group") makes
        "Starlight" the group's name wherever the article writes it ("signed with Starlight",
        "Starlight Group and the city agreed"), no place there; the group is Chinese."""
        found: dict[str, str] = {}
        for sentence in self.body_sentences:
            nations = [
                p
                for p in self._language_places(sentence.start, sentence.end)
                if p.place.kind in _NATION_KINDS
            ]
            # a country right after a nation told as its nationality ("Chinese Starlight", "China's
            # Starlight"): the only place such a nationality can make a body's, so the names of
            # the other sentences are never read for it
            told = [
                (place, before.place.country)
                for before, place in pairwise(nations)
                if place.place.kind == PlaceKind.COUNTRY
                and before.place.country not in (None, *place.place.countries)
                and self.language.tells_nationality(self.text, before, place.start)
            ]
            if not told:
                continue
            named = self._cached("named_organizations", sentence, self.language.find_organizations)
            for org in named:
                inside = [p for p in nations if org.start <= p.start < org.end]
                # the name opens with the place, or with a nationality then the place ("China's
                # Starlight Group" read as one name)
                opening = inside[:2] if inside and inside[0].start == org.start else []
                found.update((place.text, country) for place, country in told if place in opening)
        return found

    def _of_its_stated_country(self, org: Organization) -> Organization:
        """The organisation with the country the article states for a body its name opens with."""
        opening = org.name.split(" ", 1)[0]
        country = self._bodies_named_by_places.get(opening)
        return replace(org, country=country) if country is not None else org

    def _parts_names(self, start: int, end: int) -> bool:
        """Whether the text between two names parts them: a comma, or a conjunction."""
        between = self.text[start:end]
        return "," in between or self.lexicon.matcher("grammar", "conjunctions").contains(between)

    def fuller_name(self, org: Organization, before: int) -> Organization:
        """ "the Aimag General Hospital" after "the Darkhan-Uul Aimag General Hospital": the
        fuller name of the same organisation told before ``before``, else the organisation."""
        for sentence in self.body_sentences:
            if sentence.start >= before:
                break
            for named in self.organizations(sentence):
                if named.name.endswith(" " + org.name) or named.name.endswith("-" + org.name):
                    return named
        return org

    @property
    def acronyms(self) -> dict[str, Organization]:
        """ "the Korea Health Industry Development Institute (KHIDI)": later, KHIDI stands for it;
        so do the Korean acronyms the lexicon knows."""
        return self._acronyms_read[0]

    @property
    def _acronym_introductions(self) -> frozenset[int]:
        """Where the article gives an acronym right after its name: no mention of its own."""
        return self._acronyms_read[1]

    @cached_property
    def _acronyms_read(self) -> tuple[dict[str, Organization], frozenset[int]]:
        found: dict[str, Organization] = {}
        introduced: set[int] = set()
        for sentence in self.sentences:
            for org in self._cached("named_organizations", sentence, self.language.find_organizations):
                acronym = self._acronym_after(org.end)
                # its first letter is an initial of the name ("South Korea's Korea International
                # Cooperation Agency (KOICA)"), not a code of something else ("(MN)" of a place)
                if acronym is not None and acronym.text[0] in {word[0] for word in org.name.split()}:
                    found.setdefault(acronym.text, org)
                    introduced.add(acronym.start)
        # then the lexicon's Korean bodies known by acronym alone ("KHIDI and the Uzbek ministry signed")
        for acronym, head in self.lexicon.section("organizations")["korean_acronyms"].items():
            if acronym in self.text:
                found.setdefault(acronym, Organization(0, 0, acronym, head, KOREA))
        return found, frozenset(introduced)

    def past_acronym(self, end: int) -> int:
        """Where a name ends with the bracketed acronym right after it: "the National Center
        for Maternal and Child Health (NCMCH) of Mongolia" goes on to its seat."""
        bracketed = _ACRONYM_AFTER.match(self.text, end)
        return bracketed.end() if bracketed is not None else end

    def _acronym_after(self, end: int) -> Span | None:
        """The acronym given right after a name: in brackets ("(KOICA)") or after a cue of
        naming ("..., known as KOICA")."""
        if (bracketed := _ACRONYM_AFTER.match(self.text, end)) is not None:
            return Span(bracketed.start("acronym"), bracketed.end("acronym"), bracketed["acronym"])
        if (comma := _ALIAS_OPENING.match(self.text, end)) is None:
            return None
        cue = self.lexicon.matcher("organizations", "alias_cues").match(self.text, comma.end())
        alias = _ALIAS.match(self.text, cue.end) if cue is not None else None
        return Span(alias.start("acronym"), alias.end("acronym"), alias["acronym"]) if alias else None

    def named_with_acronym(self, name: str) -> str:
        """A party's name with the acronym the article gave it, so that a reader finds it under
        either ("Korea International Cooperation Agency (KOICA)"); the name as it is otherwise."""
        acronym = self._acronyms_by_name.get(name)
        return f"{name} ({acronym})" if acronym and acronym not in name else name

    @cached_property
    def _acronyms_by_name(self) -> dict[str, str]:
        # the lexicon's acronyms (no span: start == end) name nothing longer
        return {org.name: acronym for acronym, org in self.acronyms.items() if org.end > org.start}

    @cached_property
    def _acronym_patterns(self) -> list[tuple[re.Pattern[str], Organization]]:
        # bounded by Latin letters and digits only: in Korean a particle is glued to it (KHIDI는)
        return [
            (re.compile(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])"), org)
            for acronym, org in self.acronyms.items()
        ]

    def antecedent(self, kind: str, before: int) -> str | None:
        """What "the hospital", "the ministry" or "the city" refers to: an organisation with a
        head of that kind (or a Korean place of that kind) named before ``before``; in news
        about Korea, a Korean one when a Korean one was named. Of those, the one named most
        often: the subject of the article, not a partner or a place named once in passing; of
        those named equally often, one marked as the topic or subject ("한빛병원이 … 국립병원과
        손잡았다. 병원은 …": 한빛병원), else the latest one."""
        referents = self._referents(kind)
        told = bisect_right(referents, before, key=lambda r: r.end)
        # the answer depends only on how many referents were named before: remembered by that
        # count, since each anaphor of a document asks again (a few referents, many anaphors)
        key = ("antecedent:" + kind, told)
        known = self._cache.get(key, UNKNOWN)
        if known is not UNKNOWN:
            return known
        named = referents[:told]
        candidates = [r for r in named if r.is_korean] or named
        found = None
        if candidates:
            mentions = Counter(r.name for r in candidates)
            found = self.as_written(
                max(reversed(candidates), key=lambda r: (mentions[r.name], self._marks_topic(r.end))).name
            )
        self._cache[key] = found
        return found

    def _referents(self, kind: str) -> list[Referent]:
        """Everything of this kind an anaphor may refer to, in order of where it ends (cached)."""
        key = ("referents:" + kind, -1)
        if key not in self._cache:
            heads = set(self.lexicon.section("organizations")["anaphor_heads"].get(kind, []))
            place_kinds = {"city": {PlaceKind.KOREAN_CITY}, "province": {PlaceKind.KOREAN_PROVINCE}}.get(
                kind, set()
            )
            organizations, places = self._body_mentions
            found = [
                Referent(org.end, org.name, org.is_korean)
                for org in organizations
                if org.head in heads and (org.country is None or org.is_korean)
            ]
            found += [
                Referent(place.end, place.place.name, True)
                for place in places
                if place.place.kind in place_kinds
            ]
            self._cache[key] = sorted(found, key=lambda r: r.end)
        return self._cache[key]

    @cached_property
    def _body_mentions(self) -> tuple[list[Organization], list[Place]]:
        """The organisations and places of the body, in order: an article's anaphors ask for
        three or four kinds of referent, each read from these."""
        organizations = [org for sentence in self.body_sentences for org in self.organizations(sentence)]
        places = [place for sentence in self.body_sentences for place in self.places(sentence)]
        return organizations, places

    def happening_dates(self, sentence: Sentence) -> list[DateMention]:
        """The dates of a sentence that say when something happened: a date right after a verb
        of reporting ("announced on April 17", "the hospital said Tuesday") or right before one
        ("16일 밝혔다") dates the news, and so does a wire dateline's ("Texas, May 12, 2020
        /PRNewswire/ --"). Read once a sentence: the event and signing readers ask in turn."""
        return self.per_sentence("happening_dates", sentence, lambda: self._happening_dates(sentence))

    def _happening_dates(self, sentence: Sentence) -> list[DateMention]:
        return [d for d in self.dates(sentence) if not self.reported(sentence, d)]

    def reported(self, sentence: Sentence, d: Span) -> bool:
        """Whether the date (or a day written without its month) is the news's own: a
        dateline's, or one a verb of reporting governs."""
        reporting = self.lexicon.matcher("events", "reporting_verbs")
        patterns = self.language.patterns.events
        return (
            patterns.dateline.match(self.text, d.end) is not None
            or any(
                patterns.reported_date.fullmatch(self.text, r.end, d.start)
                for r in reporting.finditer(self.text, max(sentence.start, d.start - 30), d.start)
            )
            or any(
                patterns.date_reported.fullmatch(self.text, d.end, r.start)
                for r in reporting.finditer(self.text, d.end, min(sentence.end, d.end + 30))
            )
        )

    def dates(self, sentence: Sentence) -> list[DateMention]:
        """Calendar dates, and days written without a month ("on the 31st") resolved against
        the dates told before them."""
        key = ("dates", sentence.start)
        if key not in self._cache:
            full = [self._in_year_of_date_before(d) for d in self._full_dates(sentence)]
            days = [
                DateMention(o.start, o.end, o.text, resolved, self._last_day(o, resolved), True)
                for o in self.language.find_ordinal_days(self.text, sentence.start, sentence.end)
                if not overlaps(o.start, o.end, full)
                and (
                    resolved := resolve_ordinal_day(
                        o.day, self._date_before(o.start), self.published, o.month_offset
                    )
                )
            ]
            self._cache[key] = sorted(full + days + self._days_later(sentence, full), key=lambda d: d.start)
        return self._cache[key]

    def _last_day(self, ordinal: OrdinalDay, first: date) -> date | None:
        """The end of "from the 7th to the 9th": the later day in the first day's month."""
        if ordinal.last_day is None or ordinal.last_day <= first.day:
            return None
        try:
            return first.replace(day=ordinal.last_day)
        except ValueError:
            return None

    def _in_year_of_date_before(self, mention: DateMention) -> DateMention:
        """A day without a year close to the date told before it is in that date's year: "April
        11: Global Healthcare Forum" in the programme of a conference "from April 10 to 12"."""
        if mention.has_year:
            return mention
        reference = self._date_before(mention.start)
        if reference is None or reference.first.year == mention.first.year:
            return mention
        shift = reference.first.year - mention.first.year
        first = _shifted(mention.first, shift)
        if first is None or abs((first - reference.first).days) > SAME_YEAR_WINDOW_DAYS:
            return mention
        last = _shifted(mention.last, shift) if mention.last else None
        return replace(mention, first=first, last=last)

    def _days_later(self, sentence: Sentence, full: list[DateMention]) -> list[DateMention]:
        """ "Three days later", "the next day", "on the same day": a day counted from the date
        told before it (the first day of a range); the same day, with no date told before it, is
        the publication date (this is how the news tells of its own day: 이날)."""
        found = []
        for phrase in self.lexicon.matcher("dates", "days_later").finditer(
            self.text, sentence.start, sentence.end
        ):
            if overlaps(phrase.start, phrase.end, full):
                continue
            offset, start = phrase.label, phrase.start
            reference = self._occasion_before(phrase.start)
            if reference is None and offset == 0 and self.published is not None:
                # "이날", "the same day" with no date told before: the day the news tells of
                reference = DateMention(start, phrase.end, phrase.text, self.published, None, False)
            if reference is None:
                continue
            if phrase.label == COUNTED_DAYS:
                counts = [q for q in self.quantities(sentence) if q.end <= phrase.start]
                if not counts or self.text[counts[-1].end : phrase.start].strip():
                    continue
                offset, start = int(counts[-1].value), counts[-1].start
            day = date.fromordinal(reference.first.toordinal() + offset)
            found.append(DateMention(start, phrase.end, self.text[start : phrase.end], day, None, True))
        return found

    def _occasion_before(self, position: int) -> DateMention | None:
        """The date told before that a day is counted from: of the sentence with the latest date,
        the day something happened rather than the day it was reported ("지난 13일 … 설명회를
        했다고 14일 밝혔다. 이날 …" is the 13th), else the latest date."""
        told = self._date_before(position)
        if told is None:
            return None
        sentence = next(s for s in self.body_sentences if s.start <= told.start < s.end)
        happened = [
            d for d in self._full_dates(sentence) if d.end <= position and not self.reported(sentence, d)
        ]
        return happened[-1] if happened else told

    def _date_before(self, position: int) -> DateMention | None:
        """The latest date with its month written before ``position`` in the document."""
        for sentence in reversed(self.body_sentences):
            if sentence.start >= position:
                continue
            earlier = [d for d in self._full_dates(sentence) if d.end <= position]
            if earlier:
                return earlier[-1]
        return None

    def follows(self, section: str, key: str, sentence: Sentence, position: int) -> bool:
        """Whether a phrase of the lexicon list ends right before ``position`` (a qualifier such
        as "about" may stand between): "up from 364,000", "including about 1,420"."""
        asked = (section, key, sentence.start, position)
        found = self._follows.get(asked)
        if found is None:
            window = self.text[max(sentence.start, position - FOLLOWS_WINDOW_CHARS) : position]
            found = self._follows[asked] = (
                _ends_with_cue(self.lexicon, section, key).match(window[::-1]) is not None
            )
        return found

    def actor(self, sentence: Sentence, before: int) -> str | None:
        """The subject that acts before ``before``: the nearest organisation, Korean place or
        anaphor ("the ministry", resolved to the ministry named earlier, else "ministry"); where
        the language marks its topic, the nearest one so marked ("대구시는 … 영남대의료원과 함께
        … 시장을 개척한다": the city, not the partner named after it)."""
        covered = self.organizations(sentence)
        found = [
            (o.start, o.end, o.name)
            for o in self.organizations(sentence)
            if o.end <= before and (o.country is None or o.is_korean)
        ]
        found += [
            (p.start, p.end + len(self._suffix_after(p.end)), self.acting_place(p))
            for p in self.places(sentence)
            if p.end <= before
            and p.place.kind in KOREAN_PLACE_KINDS
            and not overlaps(p.start, p.start + 1, covered)
        ]
        for match in self._anaphors(sentence.start, before):
            if not overlaps(match.start, match.start + 1, covered) and not self._inside_word(match.start):
                # "시는": the anaphor and its topic particle, which then follows the name
                text, end = match.text, match.end
                marked = text[-1:] in self._topic_particles
                if marked:
                    text, end = text[:-1], end - 1
                name = self.antecedent(match.label, match.start)
                if name is not None and marked and text in self._place_suffixes and not name.endswith(text):
                    name += text  # "도는" of 충북: the province as the anaphor names it, 충북도
                if name is None and marked:
                    # "구는" before the district is named: the district the article names most
                    name = self._place_ending_in(text)
                    if name is None:
                        continue
                found.append((match.start, end, name or text.split(maxsplit=1)[-1]))
        topics = [mention for mention in found if self._marks_topic(mention[1])]
        return max(topics or found)[2] if found else None

    def acting_place(self, place: Place) -> str:
        """A Korean place named as an actor: as written with its suffix ("대구시", not "대구";
        "Daegu"), or, where the sentence writes it bare ("메디시티 대구", "강남 지역"), as the
        article writes it when it acts ("대구시는" elsewhere), where that only adds to it."""
        written = " ".join(place.text.split()) + self._suffix_after(place.end)
        if not self._topic_particles:
            return written  # a language that marks no topic writes its actors as they stand
        acting = self.as_written(place.place.name)
        return acting if acting.startswith(written) else written

    def _suffix_after(self, end: int) -> str:
        """The administrative suffix written right after a place the gazetteer knows without it
        ("양산시는": 양산 and 시), where a particle or the word's end follows it; else nothing."""
        suffix = self.text[end : end + 1]
        if not suffix or suffix not in self._place_suffixes:
            return ""
        following = self.text[end + 1 : end + 2]
        ends = not following.isalnum() or self._marks_topic(end + 1) or following in _GENITIVE_OR_COMITATIVE
        return suffix if ends else ""

    @cached_property
    def _place_suffixes(self) -> frozenset[str]:
        return frozenset(self.lexicon.section("organizations")["place_suffixes"])

    def _anaphors(self, start: int, end: int) -> list[PhraseMatch]:
        """The anaphors of organisations ("the ministry") and of the subject place ("시는");
        remembered by range, since the actor of a sentence is asked before each of its cues."""
        key = ("anaphors", start, end)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._find_anaphors(start, end)
        return found

    def _find_anaphors(self, start: int, end: int) -> list[PhraseMatch]:
        return [
            *self.lexicon.matcher("organizations", "anaphors").finditer(self.text, start, end),
            *self.lexicon.matcher("organizations", "subject_anaphors").finditer(self.text, start, end),
        ]

    def _place_ending_in(self, suffix: str) -> str | None:
        """The Korean place the article names most often whose name, as written, ends in
        ``suffix`` ("구": 강남구)."""
        written: Counter[str] = Counter()
        for sentence in self.body_sentences:
            for place in self.places(sentence):
                if place.place.kind in KOREAN_PLACE_KINDS:
                    name = " ".join(place.text.split()) + self._suffix_after(place.end)
                    if name.endswith(suffix):
                        written[name] += 1
        return written.most_common(1)[0][0] if written else None

    def _inside_word(self, start: int) -> bool:
        """Whether a phrase found at ``start`` continues a word ("대구시는" holds no anaphor "시는")."""
        return start > 0 and self.text[start - 1].isalnum()

    def _marks_topic(self, end: int) -> bool:
        """Whether a topic or subject particle of the language follows a name ending at ``end``;
        an aside in brackets may follow the particle ("재단은(이사장 …) 다음 달 …")."""
        particle = self.text[end : end + 1]
        return (
            bool(particle)
            and particle in self._topic_particles
            and self.text[end + 1 : end + 2] in {" ", "", "("}
        )

    @cached_property
    def _topic_particles(self) -> frozenset[str]:
        return frozenset(self.lexicon.section("organizations")["topic_particles"])

    def as_written(self, name: str) -> str:
        """A Korean place the article acts as, named as the article writes it as a subject
        ("대구시는", "충북도는"), else as it writes it most often; other names as they are. A
        language that marks no topic keeps the gazetteer's name."""
        key = ("as_written:" + name, -1)
        if not self._topic_particles:
            return name
        if key not in self._cache:
            written: Counter[str] = Counter()
            base = self._place_base(name)
            for sentence in self.body_sentences:
                for place in self.places(sentence):
                    if self._place_base(place.place.name) == base and place.place.kind in {
                        PlaceKind.KOREAN_CITY,
                        PlaceKind.KOREAN_PROVINCE,
                    }:
                        suffix = self._suffix_after(place.end)
                        written[" ".join(place.text.split()) + suffix] += (
                            10 if self._marks_topic(place.end + len(suffix)) else 1
                        )
            self._cache[key] = written.most_common(1)[0][0] if written else name
        return self._cache[key]

    def event_day(self, sentence: Sentence) -> date | None:
        """ "On the first day", "on the final day": a day of the latest date range named before."""
        day = self.lexicon.matcher("dates", "event_days").search(self.text, sentence.start, sentence.end)
        if day is None:
            return None
        ranges = [
            d
            for s in self.body_sentences
            if s.start < sentence.start
            for d in self.dates(s)
            if d.last is not None
        ]
        if not ranges:
            return None
        first, last = ranges[-1].first, ranges[-1].last
        if day.label < 0:
            return last
        return min(last, date.fromordinal(first.toordinal() + day.label)) if last else None

    def occasion_date(self, sentence: Sentence) -> DateMention | None:
        """ "On this occasion", "during the visit": the date of the occasion told before."""
        if not self.lexicon.matcher("dates", "occasion_phrases").contains(sentence.text):
            return None
        return self._date_before(sentence.start)

    def evidence(self, *sentences: Sentence) -> Span:
        start = min(s.start for s in sentences)
        end = max(s.end for s in sentences)
        return Span(start, end, self.text[start:end])

    @cached_property
    def main_actor(self) -> str | None:
        """The Korean organisation or place the article is mostly about: the default actor.
        Organisations named in full without a place ("Ministry of Health and Welfare") and the
        anaphors that refer back to them ("the ministry") count too."""
        counts: Counter[str] = Counter()
        for sentence in self.body_sentences:
            for org in self.organizations(sentence):
                if org.is_korean or org.country is None:
                    counts[org.name] += 2 if org.is_korean else 1
            for match in self._anaphors(sentence.start, sentence.end):
                if (
                    not self._inside_word(match.start)
                    and (name := self.antecedent(match.label, match.start)) is not None
                ):
                    counts[name] += 1
            for place in self.places(sentence):
                if place.place.kind in KOREAN_PLACE_KINDS:
                    counts[self._place_base(place.place.name)] += 1
        return self.as_written(counts.most_common(1)[0][0]) if counts else None

    def _place_base(self, name: str) -> str:
        """A Korean place's name without its administrative suffix, where the article also
        names the place without it ("대전시" and "대전", "충북도" and "충북" are one place, counted
        together); other names as they are. A suffixed name of another kind stays apart (제주시,
        a city, is not 제주, the province)."""
        return self._place_bases.get(name, name)

    @cached_property
    def _place_bases(self) -> dict[str, str]:
        kinds = {
            place.place.name: place.place.kind
            for sentence in self.body_sentences
            for place in self.places(sentence)
            if place.place.kind in KOREAN_PLACE_KINDS
        }
        return {
            name: name[:-1]
            for name, kind in kinds.items()
            if name[-1:] in self._place_suffixes and kinds.get(name[:-1]) == kind
        }

    @cached_property
    def main_foreign_country(self) -> str | None:
        """The foreign country the article names most, where one leads (a tie names none)."""
        counts = Counter(
            place.place.country
            for sentence in self.body_sentences
            for place in self.places(sentence)
            if place.place.country and not place.place.is_korean
        ).most_common(2)
        if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
            return None
        return counts[0][0]


def _shifted(day: date, years: int) -> date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None


@cache
def _ends_with_cue(lexicon: Lexicon, section: str, key: str) -> re.Pattern[str]:
    """A cue, perhaps a qualifier after it, and spaces, read backwards: matched at the start of
    the window reversed, the pattern is tried once, where one that ends the window ("...$") is
    tried at each of its characters (``follows`` is asked of every number by a dozen rules)."""
    cues = [cue[::-1] for cue in lexicon.section(section)[key]]
    qualifiers = [p[::-1] for phrases in lexicon.section("qualifiers").values() for p in phrases]
    return re.compile(
        rf"\s+(?:(?:{phrase_alternation(qualifiers)})\s+)?(?:{phrase_alternation(cues)})(?!\w)",
        re.IGNORECASE,
    )
