"""Document metadata from the top of a page: headline, publication date, publisher.

Web pages saved as text start with furniture: a site name, navigation, a current-date bar, the
headline, then a dateline ("Updated: 2016-11-30 15:29:28 KST"). The headline is the line that
stands right before (or in front of) the dateline; without a dateline, the first line that looks
like a headline.
"""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

from extractors.lang.base import Language
from extractors.lang.lexicon import Lexicon, phrase_alternation, starting_with
from extractors.mentions.dates import DateMention, safe_date
from extractors.spans import Span
from extractors.text.cleaning import PageMetadata
from extractors.text.script import HANGUL

STAMP_CHARS = 40  # how far into a long first line a labelled stamp may stand: " date 2022-12-19 "
HEAD_LINES = 30  # furniture (menus, one item a line) and headline are within the first lines of a page
MENU_ITEM_WORDS = 3  # a line of this few words (beside a list mark) is a menu's item, not a line of the head
MENU_LINES = 150  # a site's menus may run this many items above the headline ("• Politics", "Defense")
PROSE_LINE_CHARS = 25  # a line this long ending in a stop is a sentence of the article
BODY_LINE_CHARS = 300  # a line this long is body text: the headline came before it
CREDIT_LINES = 8  # a repost's credit ("Source: Korea Daily Wire (Mar. 9, 2015)") is among its last lines
CREDIT_TAIL_CHARS = 3_000  # ... within the page's last characters, never a scan of the whole page
CREDIT_LINE_CHARS = 120  # a credit is a short line, not a sentence that names a source
BODY_AFTER_DATE_CHARS = 150  # this much text after the date on its line is the article itself
_SPLITTERS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*|\s*::\s*")
_SPACED_DASH = re.compile(r"\s[–—-]\s")  # a line without it, a bar or "::" is not split by _SPLITTERS
_BYLINE_SEPARATORS = re.compile(r"\s+[·•|]\s+")
_BREADCRUMB_MARKS = (">", "»", "›")  # a line with these is a path of sections, not a headline
_BREADCRUMB_SPLITTER = re.compile(r"\s*[>»›]\s*")
SITE_NAME_WORDS = 5
MIN_SENTENCE_WORDS = 4  # fewer words before a full stop make a number or an abbreviation, not a sentence
PROSE_HEADLINE_WORDS = 15  # a line of this many words closed by a full stop is a sentence, not a headline
TIMESTAMP_LINE_WORDS = 6  # words beside a date and a clock time on a publication stamp line
MENU_ITEMS = 3  # "Nation | Business | Health": three or more bar-separated items make a menu
SHOUTED_LINE_WORDS = 8  # a short line in capitals is a site name or a section label
SHORT_HEADLINE_REACH = 2  # how many lines above its deck a short headline stands ("Plastic People")
DAY_AND_MONTH_WORDS = 3  # "Mar 3", "3 March 2024": a byline's field that is a day
_MENU_SEPARATORS = re.compile(
    r"\s+\|\s+|\s*\|\s*|\s{3,}"  # "Nation | Business", "Politics   Economy   Society"
)  # a segment beside a date in a byline ("K-Health Today · 22 March 2024")
_SPACE_RUN = re.compile(r"\s{3}")
# A wire dateline opening the first paragraph: "TASHKENT, October 14, 2019 (Gazeta.uz) --"
# "SEOUL, Dec. 2 (Yonhap)", "BOSTON and SEOUL, South Korea, May 3, 2021 /PRNewswire/"
_WIRE_CITY = re.compile(
    r"[A-Z][A-Z.'’ -]{2,30}(?:\s+\S{1,3}\s+[A-Z][A-Z.'’ -]{2,30})?(?:,\s*[A-Z][A-Za-z.'’ -]{2,30})?,\s*"
)
# a counter after a stamp's date: "HIT 4503", "Views: 12", "조회14회", "979 Views"
_COUNTER = re.compile(r"[^\W\d_]+\s*:?\s*\d[\d,]*[^\W\d_]?(?!\w)|\d[\d,]*\s+[^\W\d_]+")
_STAMP_PUNCTUATION = re.compile(r"[|│:·•()\[\]/]|\s[-–—]\s")  # what sets a stamp's fields apart
STAMP_NAME_WORDS = 2  # a source or a writer beside a date: "Yonhap", "Kim Ji-soo", "reporter Kim"
_VIEW_COUNT = re.compile(r"\d[\d,]*\s+\w+\s*$")  # "2015-02-09 979 Views": a counter after the date
_WIRE_AFTER_DATE = re.compile(r"\s*(?:\(|--|—|–|/)")
LEAD_DATELINE_CHARS = 60  # how far into the lead paragraph its dateline's date may begin
WIRE_DATE_CHARS = 40  # how far after a wire dateline's city its date may run
# a date whose parts a slash or a comma sets apart, around a month's name or before its year
# ("16/March/2016", "August 6/2021", "21, May, 2019"): read with those marks as spaces
_ODD_DATE_MARK = re.compile(
    r"(?<=[^\W\d_])/(?=\d)|(?<=\d)/(?=[^\W\d_])|(?<=\b\d)/(?=(?:19|20)\d\d\b)|(?<=\b\d\d)/(?=(?:19|20)\d\d\b)"
    r"|(?<=\b\d),(?=\s*[^\W\d_]+,?\s*(?:19|20)\d\d\b)|(?<=\b\d\d),(?=\s*[^\W\d_]+,?\s*(?:19|20)\d\d\b)"
)
# a reporter's e-mail address right after a date: the stamp of a byline or photo caption
_SIGNED_STAMP = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a date and a clock time that end a line: a stamp glued to the headline ("… 마련 2013-08-30 09:47:40")
_ENDING_STAMP = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*")
_ELLIPSES = ("...", "…")
_GLUED_LABEL = re.compile(
    r"[^\W\d_](?=(?:19|20)\d\d[-./])"
)  # the letter before "2020-06-23" in "Date2020-06-23"
# a list item's mark opening a line ("- Busan hosts ...", "• 강남구, ..."): a menu's or a deck's
# line, or the headline where a page sets it as the first item of its article
_LIST_MARK = re.compile(r"[-•*·–]\s*(?=\S)")
LIST_HEADLINE_WORDS = 3  # fewer words after a list mark make a menu item or a field ("- 등록일")
_LISTING_TAG = re.compile(r"^\s*\[[^\]]{1,20}\]\s*")  # "[JUN. 2022] ": a listing's tag before a title
_CLOCK_GAP = re.compile(r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")  # from a date to its clock mark: " 13:12:38 "
# a date with a two-figure year and zero-padded month and day, as boards stamp their posts
# ("25-12-17", "16.06.02"); a letter may stand glued before it ("작성일25-12-17")
_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d.\-/:])(?P<y>\d\d)(?P<sep>[-.])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?![\d.\-/])"
)
_FIGURE = re.compile(r"\d")
_ISO_TIME_MARK = re.compile(r"(?<=\d)T(?=\d\d:\d\d)")  # the "T" of "2022-05-17T09:41:06+00:00"
# a date in figures alone, year first ("2023.06.12", "2022-05-17"): a site's stamp, which a
# headline's own words do not write so
_FIGURE_DATE = re.compile(r"(?:19|20)\d\d([-./])\d{1,2}\1\d{1,2}\.?")
# what may follow a stamp that ends a headline's line: its clock in ISO form, a closing bracket
_HEADLINE_STAMP_TAIL = re.compile(r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:?\d\d|Z)?)?\s*[)\]]?\s*")
# a full date in figures, year first, neither one end of a range nor a date a particle binds into a
# sentence ("2024.11.06까지"): "2015.8.8", "2024. 2. 24.", "2020-11-22"
_FULL_FIGURE_DATE = re.compile(
    r"(?<![\d.,~∼～-])(?P<y>(?:19|20)\d\d)(?P<sep>[-./])\s?(?P<m>\d{1,2})(?P=sep)\s?(?P<d>\d{1,2})"
    r"(?![\d,%가-힣]|\s?[~∼～]|-\d)"
)
# right after a stamp's date, a clock time at most between: a credit after a slash, a bar, a
# bracket, an address ("2015.8.8/통신사", "2024.11.08 |", "2025.08.07 [email", "20:01:00Z]")
_STAMP_AFTER = re.compile(r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)? ?(?:[/|\[\]]|[\w.+-]+@)")
_CREDIT_BEFORE = re.compile(r"[\])] ?$")  # "[사진=진흥원] ", "(병원 제공) ": a credit's bracket right before
STAMP_MARK_REACH = 3  # how far before a stamp's date the bracket closing its credit may end: "] ", ") "
_CLOCK_AFTER = re.compile(r"\s+\d{1,2}:\d{2}\b")  # " 14:35" right after a date
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})?")


@dataclass(frozen=True)
class Line(Span):
    """One line of the document's head."""


@dataclass(frozen=True)
class Dateline:
    line: int  # index into the head lines
    date: DateMention
    opens_body: bool = False  # a wire dateline: its line is the first paragraph of the article
    stamped: bool = False  # a site's labelled stamp glued in front of the first paragraph: not part of it
    signed: bool = False  # a caption's signed stamp below the article's first lines: no headline beside it


@dataclass(frozen=True)
class Metadata:
    title: str | None
    publisher: str | None
    published_date: date | None
    body_start: (
        int  # where the article body begins: after the dateline (headline and furniture stand before it)
    )


@cache
def _title_label(lexicon: Lexicon) -> re.Pattern[str]:
    """A CMS's label in front of the headline ("Title: ..."), which is not part of it."""
    return re.compile(rf"^{lexicon.alternation('page', 'title_labels')}\s*:\s*", re.IGNORECASE)


@cache
def _label_pattern(lexicon: Lexicon, labels: str = "publication_labels") -> re.Pattern[str]:
    alternation = phrase_alternation(lexicon.section("dates")[labels])
    preposition = lexicon.alternation("dates", "publication_label_prepositions")
    # "입력 : 2024.03.05", "Posted on 4 May 2019", "보도일자|2000-05-01" (a table's cells as text)
    return re.compile(rf"(?<!\w)(?:{alternation})\s*{preposition}?\s*[:.|]?\s*$", re.IGNORECASE)


def head_lines(text: str) -> list[Line]:
    """The page's first lines up to its body: ``HEAD_LINES`` of them, where a menu's items (a
    word or a few a line: "• Politics", "Labor & Environment") are not counted, since a news
    site may stack scores of them above its headline."""
    lines = []
    counted = 0
    for m in re.finditer(r"[^\n]+", text):
        if stripped := m.group(0).strip():
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            lines.append(Line(start, start + len(stripped), stripped))
            counted += not _is_menu_item(stripped)
        if counted == HEAD_LINES or len(lines) == MENU_LINES or len(m.group(0)) >= BODY_LINE_CHARS:
            break
    return lines


def _is_menu_item(text: str) -> bool:
    """A word or a few on a line, after a list mark: a menu's item or a section's label."""
    mark = _LIST_MARK.match(text)
    return len((text[mark.end() :] if mark else text).split()) <= MENU_ITEM_WORDS


def find_dateline(lines: list[Line], language: Language) -> Dateline | None:
    """The first labelled date ("Posted on 4 February 2019"), else the first date-only line; a
    date labelled as the publication further down the head ("Createdd 2012-10-23" above
    "(Published September 19, 2012)") beats one labelled as a site's creation or update, and
    any other publication label beats an update's."""
    found = _first_dateline(lines, language)
    if found is None or found.opens_body:
        return found
    published = _label_pattern(language.lexicon, "original_publication_labels")
    labelled = _label_pattern(language.lexicon)
    updated = _label_pattern(language.lexicon, "update_labels")
    found_text = lines[found.line].text[: found.date.start]
    # "• Updated 2024.5.16 16:06" above "승인 2011.02.24": an update stamp gives way to a stamp of
    # the article's own below it
    was_updated = updated.search(found_text) is not None
    original = _label_opening(language.lexicon, "original_publication_labels")
    for index, line in enumerate(lines[found.line :], start=found.line):
        if len(line.text) >= BODY_LINE_CHARS:
            break
        if not was_updated and original.match(line.text) is None:
            continue  # only a line that opens with the original's label can say its date
        for mention in _line_dates(line.text, language):
            before = line.text[: mention.start]
            label = published.search(before) if mention.has_year else None
            if label is not None and not line.text[: label.start()].strip(
                " ([|"
            ):  # not "a report published on"
                return Dateline(index, mention)
            if (
                was_updated
                and index > found.line
                and mention.has_year
                and (label := labelled.search(before)) is not None
                and not line.text[: label.start()].strip(" ([|•-")
                and updated.search(before) is None
            ):
                return Dateline(index, mention)
    return found


@cache
def _label_opening(lexicon: Lexicon, labels: str) -> re.Pattern[str]:
    """A label that opens its line, after brackets and bars ("(Published September 19, 2012)")."""
    return re.compile(rf"[ (\[|]*(?:{phrase_alternation(lexicon.section('dates')[labels])})", re.IGNORECASE)


def _first_dateline(lines: list[Line], language: Language) -> Dateline | None:
    unlabelled: Dateline | None = None
    dated_headline: Dateline | None = None  # a weekday date right above the headline, see below
    weekday = language.lexicon.matcher("dates", "weekdays")
    headline_seen = False
    byline = language.lexicon.matcher("dates", "byline_marks")
    for index, line in enumerate(lines):
        if (
            wire := _wire_dateline(line.text, language)
            or _lead_dateline(line.text, language)
            or _date_opening_the_lead(line.text, language)
        ) is not None:
            return Dateline(index, wire, opens_body=True)
        if (stamp := _stamp_before_body(line.text, language)) is not None:
            return Dateline(index, stamp, opens_body=True, stamped=True)
        if len(line.text) >= BODY_LINE_CHARS:
            break
        # a weekday date above every headline is the site's current-date bar, not a dateline
        date_bar = not headline_seen and weekday.contains(line.text)
        headline_above = headline_seen
        headline_seen = headline_seen or (
            language.looks_like_headline(line.text) and not _is_furniture(line.text, language)
        )
        for mention in _line_dates(line.text, language):
            if not mention.has_year or _tells_the_time(line.text, mention, language):
                continue
            if date_bar and dated_headline is None and _heads_the_headline(lines, index, mention, language):
                # "Friday, May 23, 2014" with the headline right under it: a site's date bar stands
                # above its menus; a page whose only date is this one dates its article so
                dated_headline = Dateline(index, mention)
            if _label_pattern(language.lexicon).search(line.text[: mention.start]):
                return Dateline(index, mention)
            if (mark := byline.search(line.text)) is not None and mark.start == 0:
                return Dateline(index, mention)  # "By Aidana N. in Nation on 12 October 2018"
            if _SIGNED_STAMP.match(line.text, mention.end):
                return Dateline(index, mention, signed=True)  # a caption "2024.11.06 reporter@site.com"
            if _is_signature(mention, line.text):
                return Dateline(index, mention)  # "Clinic Weekly Staff, March 4, 2011"
            if _ends_a_crumbed_headline(mention, line.text):
                return Dateline(index, mention)  # "News > Health Headline ... 2022.06.15"
            if unlabelled is None and not headline_above and _ends_a_headline(mention, line.text, language):
                unlabelled = Dateline(index, mention)  # "Clinic Opens Its Doors 2023.06.12"
            if (
                unlabelled is None
                # a date bar shows no clock time: ": Editor : Mon, 3 April 2023, 4:05 PM" is a stamp
                and (not date_bar or _is_timestamp(mention, line.text))
                and (
                    _is_only(mention, line.text)
                    or _is_timestamp(mention, line.text)
                    or _ENDING_STAMP.fullmatch(line.text, mention.end) is not None
                )
            ):
                unlabelled = Dateline(index, mention)
    return unlabelled or dated_headline


def _heads_the_headline(lines: list[Line], index: int, mention: DateMention, language: Language) -> bool:
    """Whether a date that is all its line says stands right above a headline or the article's
    first paragraph (not above a menu)."""
    if not _is_only(mention, lines[index].text) or index + 1 >= len(lines):
        return False
    below = lines[index + 1].text
    if _is_prose_line(below) and _is_prose_paragraph(below, language):
        return True  # "Tuesday, 21 May 2019" right above the article's first paragraph: no menu between
    return (
        language.looks_like_headline(below)
        and not _is_furniture(below, language)
        and not _is_site_name(below, language)
        and not _is_prose_paragraph(below, language)
    )


def _tells_the_time(text: str, mention: DateMention, language: Language) -> bool:
    """ "2026-01-20 13:12:38 기준": a site's clock, the date and time "as of" which it shows its
    lists, is not the article's date."""
    mark = language.lexicon.matcher("dates", "clock_marks").search(text, mention.end)
    return mark is not None and _CLOCK_GAP.fullmatch(text, mention.end, mark.start) is not None


def _body_start(lines: list[Line], dateline: Dateline | None) -> int:
    """After the dateline, unless article sentences stand above it (a page that puts its
    date line at the end of the text): then from the first of them."""
    if dateline is None:
        return 0
    prose = [line for line in lines[: dateline.line] if _is_prose_line(line.text)]
    if prose:
        return prose[0].start
    line = lines[dateline.line]
    if dateline.stamped:
        return line.start + dateline.date.end
    if dateline.opens_body:
        return line.start
    if len(line.text) - dateline.date.end >= BODY_AFTER_DATE_CHARS:  # a page saved as one line
        return line.start + dateline.date.end
    return line.end


def _is_prose_line(text: str) -> bool:
    return len(text) >= PROSE_LINE_CHARS and text.rstrip("\"'”’)").endswith((".", "!", "?", "…"))


def _line_dates(text: str, language: Language) -> list[DateMention]:
    """The dates of a head line; a stamp that sets its parts apart with bars ("17:22 | Sep 05 |
    2014") is read with the bars as spaces (same length, so offsets hold). A date without a
    publication date to place it is written with figures (a day, a year): a line without one, as
    half the head lines are, is not read."""
    if _FIGURE.search(text) is None:
        return []
    found = language.find_dates(text, 0, len(text), None)
    if not found and "|" in text:
        found = language.find_dates(text.replace("|", " "), 0, len(text), None)
    if not found and _ISO_TIME_MARK.search(text):
        # "2022-05-17T09:41:06+00:00": the date and clock of a machine's stamp, read with the "T"
        # as a space (same length, so offsets hold)
        found = language.find_dates(_ISO_TIME_MARK.sub(" ", text), 0, len(text), None)
    if not found and _ODD_DATE_MARK.search(text):
        # "Wednesday 16/March/2016", "Tuesday, 21, May, 2019": a date set apart by slashes or
        # commas, read with those marks as spaces (same length, so offsets hold)
        found = language.find_dates(_ODD_DATE_MARK.sub(" ", text), 0, len(text), None)
    if not found and _GLUED_LABEL.search(text):
        # "Date2020-06-23", "Regdate2023-07-31": a label glued to its date is read with the
        # label's last letter as a space (same length, so offsets hold and the label still reads)
        found = language.find_dates(_GLUED_LABEL.sub(" ", text), 0, len(text), None)
    return found or _short_year_stamps(text, language)


def _short_year_stamps(text: str, language: Language) -> list[DateMention]:
    """ "작성일25-12-17 14:35", "23-03-21 20:39", "Date : 16.06.02": a board's stamp that writes
    the year in two figures. Alone such figures may be anything (a score, a code), so they date
    the page only beside a clock time or after a publication label; the century is this one."""
    found = []
    for m in _SHORT_YEAR_DATE.finditer(text):
        day = safe_date(2000 + int(m["y"]), int(m["m"]), int(m["d"]))
        if day is not None and (
            _CLOCK_AFTER.match(text, m.end()) or _label_pattern(language.lexicon).search(text[: m.start()])
        ):
            found.append(DateMention(m.start(), m.end(), m.group(0), day, None, True))
    return found


def _stamp_before_body(text: str, language: Language) -> DateMention | None:
    """ "date 2021-05-14 The Minister of Health met ...": a labelled date that opens the
    first paragraph of the article (a site's stamp glued to it) dates the page. Only a line as
    long as a paragraph is read for dates (most head lines are shorter)."""
    if len(text) < BODY_LINE_CHARS:
        return None
    dates = language.find_dates(text, 0, min(len(text), STAMP_CHARS), None)
    if not dates or not dates[0].has_year:
        return None
    label = _label_pattern(language.lexicon).search(text[: dates[0].start])
    return dates[0] if label is not None and label.start() == 0 else None


def _wire_dateline(text: str, language: Language) -> DateMention | None:
    """The date of a wire dateline at the start of a line, where it has a year."""
    city = _WIRE_CITY.match(text)
    return None if city is None else _date_set_off_at(text, city.end(), WIRE_DATE_CHARS, language)


def _date_opening_the_lead(text: str, language: Language) -> DateMention | None:
    """The date a lead paragraph opens with, set off as a wire's dateline is, by the place in
    brackets or a dash ("July 28, 2017 (Koror, Palau) A team of ..."), where it has a year: the
    dateline with its date before its place. A sentence that merely starts with a date runs on
    without such a mark ("March 3, 2019 was the day ...")."""
    if not _is_prose_line(text) or not text[:1].isalnum():
        return None
    return _date_set_off_at(text, 0, LEAD_DATELINE_CHARS, language)


def _date_set_off_at(text: str, at: int, reach: int, language: Language) -> DateMention | None:
    """The full date (with its year) that starts right at ``at``, within ``reach`` characters,
    and is set off from what follows as a dateline's is: a bracket, a dash or a slash."""
    dates = language.find_dates(text, at, min(len(text), at + reach), None)
    if not dates or dates[0].start != at or not dates[0].has_year:
        return None
    return dates[0] if _WIRE_AFTER_DATE.match(text, dates[0].end) else None


def _lead_dateline(text: str, language: Language) -> DateMention | None:
    """The date of a lead paragraph's dateline in mixed case: a place and a source, every word
    capitalised, then a full date ("Dubai, 14 March, 2011: The authority ..."). Only a line
    closed like a sentence of the article is read, and not one whose date a preposition binds
    into its sentence ("On 14 March 2011, the authority ...") nor a labelled stamp."""
    place_pattern, close = language.lead_dateline_place, language.lead_dateline_close
    if place_pattern is None or close is None:
        return None  # a language whose leads open with no such dateline
    if not text[:1].isupper() or not _is_prose_line(text):
        return None  # most lines: a menu's item
    place = place_pattern.match(text, 0, LEAD_DATELINE_CHARS)
    if place is None:
        return None
    opening = text[: min(len(text), place.end() + LEAD_DATELINE_CHARS)]
    dates = [m for m in _line_dates(opening, language) if m.start <= place.end()]
    if not dates or not dates[0].has_year:
        return None
    date_mention = dates[0]
    before = text[: date_mention.start]
    if _FIGURE.search(before) or not place_pattern.fullmatch(before.rstrip() + " "):
        return None
    stops = language.lexicon.matcher("dates", "date_prepositions")
    if stops.match(before.lower()) is not None or _label_pattern(language.lexicon).search(before):
        return None  # "On 14 March 2011, ...": the sentence's own date; "Posted 3 May 2021": a stamp
    return date_mention if close.match(text, date_mention.end) else None


def _is_only(mention: DateMention, text: str) -> bool:
    """Whether the date is all the line says (beside a clock time and punctuation), or all of
    one segment of a byline whose other segments are short ("K-Health Today · 22 March 2024")."""
    rest = _CLOCK.sub("", text[: mention.start] + _VIEW_COUNT.sub("", text[mention.end :]))
    if len(re.sub(r"[\W\d_]", "", rest)) <= 3:
        return True
    segments = _BYLINE_SEPARATORS.split(text)
    return (
        len(segments) > 1
        and any(s.strip() == mention.text.strip() for s in segments)
        and all(len(s.split()) <= SITE_NAME_WORDS for s in segments)
    ) or _is_named_stamp(mention, text)


def _is_named_stamp(mention: DateMention, text: str) -> bool:
    """A date with no more than a name and a counter beside it: the source that a repost credits
    ("Yonhap 2025.01.01", "Financial News : 2012-08-20"), the writer ("2020-07-29 Kim Ji-soo"),
    a board's fields ("admin │ 2024-09-09 HIT 4503 |"). Not a line that says more."""
    rest = _CLOCK.sub(" ", f"{text[: mention.start]} {_COUNTER.sub(' ', text[mention.end :])}")
    rest = _STAMP_PUNCTUATION.sub(" ", rest)
    return len(rest.split()) <= STAMP_NAME_WORDS and not re.search(r"\d", rest)


def _is_signature(mention: DateMention, text: str) -> bool:
    """A byline signed with a short name and a comma before the date that ends the line
    ("Clinic Weekly Staff, March 4, 2011", "Kim Ji-soo, 3 May 2021")."""
    before, after = text[: mention.start], text[mention.end :]
    return (
        before.rstrip().endswith(",")
        and 0 < len(before.split()) <= SITE_NAME_WORDS
        and not re.search(r"\d", before)
        and not after.strip(" .")
    )


def _ends_a_crumbed_headline(mention: DateMention, text: str) -> bool:
    """A date ending a line that opens with the page's place in the site's menu ("뉴스 > 의료
    <headline> 2022.06.15"): the headline's stamp, which a headline's own date would not be."""
    before = text[: mention.start]
    return any(mark in before for mark in _BREADCRUMB_MARKS) and not text[mention.end :].strip(" .")


def _ends_a_headline(mention: DateMention, text: str, language: Language) -> bool:
    """A stamp in figures that ends the headline's line ("Clinic Opens Its Doors 2023.06.12",
    "…유치 확대(2011.03.14)", "Headline 2022-05-17T09:41:06+00:00"): a listing's or a board's
    date of the post. A date in words there may be the headline's own ("Forum Opens May 3, 2024")."""
    if not language.headline_ends_in_its_stamp:
        return False
    if _HEADLINE_STAMP_TAIL.fullmatch(text, mention.end) is None:
        return False  # most dates: words follow them
    if (
        _FIGURE_DATE.fullmatch(mention.text.strip()) is None
        or text[mention.start - 1 : mention.start] not in " ("
    ):
        return False
    before = text[: mention.start].rstrip(" (")
    return language.looks_like_headline(before) and not _is_prose_paragraph(before, language)


def _last_crumb(text: str) -> str:
    """The text after the last mark of a menu path in front of it ("뉴스 > 의료 <headline>")."""
    crumbs = _BREADCRUMB_SPLITTER.split(text)
    return crumbs[-1] if len(crumbs) > 1 else text


def _is_timestamp(mention: DateMention, text: str) -> bool:
    """A date with a clock time on a short line is a publication stamp ("All News 10:12 April 09, 2020")."""
    rest = text[: mention.start] + text[mention.end :]
    return _CLOCK.search(rest) is not None and len(_CLOCK.sub("", rest).split()) <= TIMESTAMP_LINE_WORDS


def _is_date_line(text: str, language: Language) -> bool:
    return any(_is_only(m, text) for m in language.find_dates(text, 0, len(text), None))


def extract_metadata(text: str, language: Language, page: PageMetadata | None = None) -> Metadata:
    """Metadata from the page's markup where it states it (HTML), else from its first lines.

    The dateline comes before the page's stated date: on 990 annotated web pages it was right
    more often than htmldate's reading, which then fills in where no dateline stands (88% of
    dates right together, 87% htmldate alone; docs/html-cleaning.md). The head lines are the
    whole page's where the text is only its main text (a web page's, read by a library).
    """
    page = page or PageMetadata()
    lines = head_lines(page.page_text or text)
    dateline = find_dateline(lines, language)
    title, publisher = _headline(lines, None if dateline and dateline.signed else dateline, language)
    title = page.title or title or page.fallback_title
    return Metadata(
        title=_title_label(language.lexicon).sub("", title) if title else None,
        publisher=page.site_name or publisher,
        published_date=(dateline.date.first if dateline else None)
        or page.published
        or _credit_date(page.page_text or text, language)
        or _sole_figure_stamp(page.page_text or text),
        body_start=0 if page.page_text is not None else _body_start(lines, dateline),
    )


def _credit_date(text: str, language: Language) -> date | None:
    """ "Source: Korea Daily Wire (Mar. 9, 2015)": a page that reposts an article credits it in one
    of its last lines, with the original's date, where its head shows none."""
    tail = [line.strip() for line in text[-CREDIT_TAIL_CHARS:].splitlines() if line.strip()]
    label = _credit_label(language.lexicon)
    for line in reversed(tail[-CREDIT_LINES:]):
        if label.match(line) is None or len(line) > CREDIT_LINE_CHARS:
            continue
        dates = [m for m in language.find_dates(line, 0, len(line), None) if m.has_year]
        if dates and not line[dates[-1].end :].strip(" ).]"):
            return dates[-1].first
    return None


def _sole_figure_stamp(text: str) -> date | None:
    """ "(병원 제공) 2015.8.8/통신사", "[사진=진흥원] 2025.08.07 reporter@…", "[전체본문 2020-11-22
    20:01:00Z]": a page with no dateline that writes one full date in figures, and no other, shows
    its publication date in a stamp of its own where a credit in brackets stands right before the
    date, or a credit, a bar, a bracket or an address right after it (a clock time between). A date
    in a line of words ("박람회 개막 2021.03.09"), one end of a range ("2012.1.22~1.28") or one bound
    by a particle ("2024.11.06까지") is no stamp. Asked only where nothing else dated the page."""
    days: set[date] = set()
    stamped = False
    for m in _FULL_FIGURE_DATE.finditer(text):
        day = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is None:
            continue
        days.add(day)
        before = _CREDIT_BEFORE.search(text, max(0, m.start() - STAMP_MARK_REACH), m.start())
        stamped = stamped or before is not None or _STAMP_AFTER.match(text, m.end()) is not None
    return days.pop() if len(days) == 1 and stamped else None


@cache
def _credit_label(lexicon: Lexicon) -> re.Pattern[str]:
    alternation = phrase_alternation(lexicon.section("dates")["credit_labels"])
    return re.compile(rf"^[(\[]?(?:{alternation})\s*:", re.IGNORECASE)


def _headline(
    lines: list[Line], dateline: Dateline | None, language: Language
) -> tuple[str | None, str | None]:
    """The headline and the site's name. Where the line taken for the headline is a sentence,
    or none was found, the page may have set its headline apart from the headline-like lines:
    a short headline said twice, heading the page ("Plastic People" over its deck), or the name
    of the one organisation the page is about ("Kang Dong Hospital" above "A hospital specialized
    in ..."), which was taken for the site's name."""
    headline, publisher = _headline_and_site(lines, dateline, language)
    if headline is not None and (
        _is_full_sentence(headline) or len(headline.split()) >= PROSE_HEADLINE_WORDS
    ):
        # "Pursuit of perfection fuels a boom." under "Plastic People", said twice: a deck
        headline = _short_headline_said_twice(lines, headline, language) or headline
    if headline is not None and len(headline.split()) < PROSE_HEADLINE_WORDS:
        return headline, publisher  # most pages: a headline of headline length
    if headline is not None and dateline is not None:
        return headline, publisher  # a dated page is news: its long headline is still the headline
    named = _organization_titling(lines, headline, language)
    return (named, publisher) if named is not None else (headline, publisher)


def _short_headline_said_twice(lines: list[Line], sentence: str, language: Language) -> str | None:
    """A headline too short to look like one alone that the page says twice (the title bar that
    heads the page, and the article's head or the last crumb of its menu path), once right above
    the line taken for the headline: where that line is a sentence, it is the deck or the first
    paragraph."""
    at = next((i for i, line in enumerate(lines) if sentence in line.text), len(lines))
    said = [_last_crumb(line.text) if _is_breadcrumb(line.text) else line.text for line in lines]
    for text in said[max(0, at - SHORT_HEADLINE_REACH) : at]:
        if (
            said.count(text) > 1
            and _heads_the_page(lines, said.index(text), language)
            and language.looks_like_short_headline(text)
            and not _is_furniture(text, language)
            and not _is_site_name(text, language)
        ):
            return text
    return None


def _heads_the_page(lines: list[Line], index: int, language: Language) -> bool:
    """Whether only date lines stand above the line: a title bar heads the page, where a section
    label said twice stands under the site's menus ("Home", "News")."""
    return all(_is_date_line(line.text, language) for line in lines[:index])


def _organization_titling(lines: list[Line], headline: str | None, language: Language) -> str | None:
    """The last line above the chosen line (or in the head) that only names an organisation."""
    named = None
    for line in lines:
        if headline is not None and headline in line.text:
            break
        text = line.text
        if (
            _is_only_an_organization(text, language)
            and not _is_site_name(text, language)
            and not _is_furniture(text, language)  # "HOME Hospital": a menu's items
        ):
            named = text
    return named


def _headline_and_site(
    lines: list[Line], dateline: Dateline | None, language: Language
) -> tuple[str | None, str | None]:
    """Pick the headline line and the site name written beside or above it.

    The headline is the last headline-like line before the dateline, or the first one after
    it when furniture alone stands above the dateline; without a dateline, a line the page
    repeats (title bar and article head) or else the first headline-like line.
    """
    publisher = None
    candidates: list[tuple[int, str]] = []
    doubled: set[int] = set()  # candidates the line right below says again
    for index, line in enumerate(lines):
        text = line.text
        if _is_breadcrumb(text):
            continue  # navigation, never the site's name
        if dateline is not None and index == dateline.line:
            if dateline.opens_body:
                continue  # "BOSTON and SEOUL, South Korea, May 3, 2021 /PRNewswire/ --": a place
            label = _label_pattern(language.lexicon).search(text[: dateline.date.start])
            # "Headline (2018.05.21)": the bracket opened for the stamp is not the headline's
            before = (
                _last_crumb(text[: label.start() if label else dateline.date.start])
                .strip(" -|:·•")
                .rstrip(" (")
            )
            after = text[dateline.date.end :].strip(" -|:·•")
            # " date 2021-08-02 Ben Tre province, RoK's Daejin University Hospital work together ...":
            # a stamp in front of the headline on its line, where no headline stands above it (not
            # "Date 2017-04-19 | Department ... | Hit 1,904", a stamp's other fields)
            text = before or (after if not candidates and not _MENU_SEPARATORS.search(after) else "")
        text = _before_furniture(text, language)
        if not candidates:
            text = _unmarked_headline(text)
        headline, site = _split_site_name(text)
        if site and publisher is None:
            publisher = site
        if headline is None:
            continue
        if _is_site_name(headline, language) or _is_only_an_organization(headline, language):
            # a name on its own line below the dateline signs the article off ("Choi Yu-na, Arirang News.")
            if dateline is None or index <= dateline.line:
                publisher = publisher or headline
        elif (
            (
                language.looks_like_headline(headline)
                or (_said_twice_in_a_row(lines, index) and language.looks_like_short_headline(headline))
            )
            and not _is_furniture(headline, language)
            and not _is_prose_paragraph(headline, language)
        ):
            if index > 0 and lines[index - 1].text == line.text:
                # an image's alt text and caption, or the title bar and the article head: one
                # candidate, said twice
                if candidates and candidates[-1][0] == index - 1:
                    doubled.add(index - 1)
            elif not _is_date_line(headline, language):
                candidates.append((index, headline))
        elif (
            index == 0
            and publisher is None
            and _looks_like_site_name(text)
            and not _line_dates(text, language)  # "• Updated 2024.5.16 16:06" names no site
        ):
            publisher = text
    if not candidates:
        return None, publisher
    said = Counter(text for _, text in candidates)  # a line said once is in no block said twice
    candidates_said_twice = [
        c for c in candidates if said[c[1]] == 1 or not _in_a_block_said_twice(c, candidates, lines)
    ]
    repeated = [c for c in candidates_said_twice if c[0] in doubled or said[c[1]] > 1]
    if dateline is not None:
        before = [c for c in candidates if c[0] <= dateline.line]
        after = [c for c in candidates if c[0] > dateline.line]
        # the title bar and the article head repeat the headline; the subtitles under it are
        # said once ("중동에도 ‘K-의료’ 바람…" twice, then "사우디와 의료진 연수 분야 등 협력")
        repeated_before = [c for c in repeated if c in before]
        if repeated_before:
            return repeated_before[-1][1], publisher
        if before and language.headline_heads_its_deck:
            return _head_of_run(before)[1], publisher
        if (headed := _headed_by_the_date(lines, dateline, before, after)) is not None:
            return headed, publisher
        if before or after:
            return _unabridged((before[-1] if before else after[0])[1], after), publisher
    # a line the page repeats, in full or as the head of its title bar ("Care Abroad: The Next
    # Korean Wave Arrives - written by ..." above "Care Abroad: The Next Korean Wave Arrives")
    forms = [(text, _SPLITTERS.split(text)[0]) for _, text in candidates]  # each line split once
    repeated_or_headed = [c for c in candidates_said_twice if sum(c[1] in form for form in forms) > 1]
    return (repeated_or_headed or candidates)[0][1], publisher


def _unmarked_headline(text: str) -> str:
    """A line set as a list item before any headline-like line ("- 강남구, 중국서 의료관광
    설명회"): the headline without its mark, where words enough for one follow the mark; a
    marked line after a headline is a deck's or a menu's, and stays furniture."""
    mark = _LIST_MARK.match(text)
    if mark is None or len(text[mark.end() :].split()) < LIST_HEADLINE_WORDS:
        return text
    return text[mark.end() :]


def _headed_by_the_date(
    lines: list[Line], dateline: Dateline, before: list[tuple[int, str]], after: list[tuple[int, str]]
) -> str | None:
    """The headline right under a date that is all its line ("Tuesday, March 8, 2016" above
    "Nurses lend a hand ..."): a blog's post or an archive's entry heads its title with
    its date, where no headline-like line stands right above that date (only the site's name,
    its tagline or its menus, further up). A line with figures, one as long as a sentence or
    closed by a full stop under the date is the article's."""
    if not after or after[0][0] != dateline.line + 1 or (before and before[-1][0] >= dateline.line - 1):
        return None
    below = after[0][1]
    # a sentence of the article, or a wire dateline, under a byline's date is no headline
    if len(below.split()) >= PROSE_HEADLINE_WORDS or _FIGURE.search(below) or below.endswith("."):
        return None
    return below if _is_only(dateline.date, lines[dateline.line].text) else None


def _said_twice_in_a_row(lines: list[Line], index: int) -> bool:
    """Whether the line right above or below says the same: the title bar and the article head,
    one under the other (a section label the page repeats stands apart, in another block)."""
    text = lines[index].text
    return (index > 0 and lines[index - 1].text == text) or (
        index + 1 < len(lines) and lines[index + 1].text == text
    )


def _in_a_block_said_twice(
    candidate: tuple[int, str], candidates: list[tuple[int, str]], lines: list[Line]
) -> bool:
    """Whether the line is said again with the same line before or after it: a deck of several
    lines that the page shows twice (in a box, then under the headline), which repeats no
    headline; the title bar and the article head say the headline alone, amid other lines."""
    index, text = candidate
    other = next((i for i, t in candidates if t == text and i != index), None)
    if other is None:
        return False
    first, second = sorted((index, other))
    same_before = first > 0 and lines[first - 1].text == lines[second - 1].text
    same_after = second + 1 < len(lines) and lines[first + 1].text == lines[second + 1].text
    return same_before or same_after


@cache
def _furniture_tail(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The fields a board's page glues after its headline on one line ("… 페이지 정보 작성자 …")."""
    if not lexicon.section("page")["headline_tails"]:
        return None
    return re.compile(rf"\s+{lexicon.alternation('page', 'headline_tails')}(?:\s|$)")


def _before_furniture(text: str, language: Language) -> str:
    """A headline line cut where a board's fields after the headline begin, or where a deck
    glued to it begins."""
    tail = _furniture_tail(language.lexicon)
    found = tail.search(text) if tail is not None else None
    text = text[: found.start()] if found is not None else text
    glued = _glued_deck(language.lexicon)
    deck = glued.search(text) if glued is not None else None
    if deck is not None and language.looks_like_headline(text[: deck.start()]):
        return text[: deck.start()]
    return _before_byline(text, language)


def _before_byline(text: str, language: Language) -> str:
    """A headline line cut where the writer's byline glued after it begins ("Clinics reopen
    in Osh By Jane Doe"): a capitalised byline mark after a word in small letters, and a name
    of capitalised words, end the line."""
    if not language.lexicon.section("dates")["byline_marks"]:
        return text  # a language that writes no byline marks
    found = _trailing_byline(language.lexicon).search(text)
    if (
        found is None
        or not found["mark"][0].isupper()
        or not language.looks_like_headline(text[: found.start()])
    ):
        return text  # "... Developed by Four Regional Zones": a headline's own words
    return text[: found.start()]


@cache
def _trailing_byline(lexicon: Lexicon) -> re.Pattern[str]:
    """A byline mark after a word in small letters, then two to four capitalised words (a name)
    ending a line: "... treatment By Kim Ji-soo"."""
    marks = lexicon.alternation("dates", "byline_marks")
    return re.compile(
        rf"(?<=[a-z])\s+(?P<mark>(?i:{marks}))\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w.'’-]*\s*$"
    )


@cache
def _glued_deck(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A deck's opening word glued to the headline's last word ("JejuA look at ..."): a lowercase
    letter run straight into a capitalised word of the list, in a language that has capitals."""
    if not lexicon.section("page")["deck_openers"]:
        return None
    openers = lexicon.alternation("page", "deck_openers", ignore_case=False)
    # the look-ahead for the openers' first letters fails at once at most characters, where the
    # look-behind was tried at each
    first = starting_with(lexicon.section("page")["deck_openers"], lowered=False)
    return re.compile(rf"{first}(?<=[a-z]{{3}}){openers}(?=\s+\w+\s+\w+)")


def _unabridged(headline: str, later: list[tuple[int, str]]) -> str:
    """A listing's title, cut short ("Jeonnam to Widen Its Wellness Network ...") or tagged with
    its issue ("[MAR. 2021] Programmes for the Support of ..."), gives way to the whole
    headline the article says below it."""
    if not headline.rstrip().endswith(_ELLIPSES) and not _LISTING_TAG.match(headline):
        return headline
    stem = _LISTING_TAG.sub("", headline).rstrip(" ." + "".join(_ELLIPSES)).strip()
    whole = [text for _, text in later if text.startswith(stem) and len(text) > len(stem)]
    return whole[0] if stem and whole else headline


def _head_of_run(candidates: list[tuple[int, str]]) -> tuple[int, str]:
    """The first of the headline-like lines that stand one under the other up to the last."""
    first = len(candidates) - 1
    while first > 0 and candidates[first - 1][0] == candidates[first][0] - 1:
        first -= 1
    return candidates[first]


def _is_prose_paragraph(text: str, language: Language) -> bool:
    """A paragraph of the article, not its headline: two sentences or more ("... later this
    year. Jeju Healthcare Town will ...", a caption closed by its credit), or one long sentence
    closed by a full stop. A line without a full stop is neither, and one long sentence is told
    first: only the rest are split (a paragraph of the article mostly is one)."""
    if "." not in text:
        return False
    if len(text.split()) >= PROSE_HEADLINE_WORDS and _is_full_sentence(text):
        return True
    return any(_is_full_sentence(s.text) for s in language.split_sentences(text)[:-1])


def _is_full_sentence(text: str) -> bool:
    """Words closed by one full stop: "3." is a number, "Almaty and Bishkek ..." a trailing off."""
    closed = text.rstrip("\"'”’)")
    return len(text.split()) >= MIN_SENTENCE_WORDS and closed.endswith(".") and not closed.endswith("..")


def _is_breadcrumb(text: str) -> bool:
    """The page's place in the site's menu ("Home > Notice > City News"): short crumbs between marks."""
    if not any(mark in text for mark in _BREADCRUMB_MARKS):
        return False  # most lines: not split
    crumbs = _BREADCRUMB_SPLITTER.split(text)
    return len(crumbs) >= 2 and all(0 < len(crumb.split()) <= SITE_NAME_WORDS for crumb in crumbs)


def _is_furniture(text: str, language: Language) -> bool:
    """Menus, bylines, captions, credits, labels and bullets: the lines around a headline that are not it."""
    if language.lexicon.matcher("page", "furniture_starts").match(text.lstrip("[( ")) is not None:
        return True
    if _credit_label(language.lexicon).match(text) is not None:
        return True  # "출처 : 부산시 보도자료", "Source: Yonhap": the source the page credits
    if _is_dated_byline(text, language):
        return True
    # a menu's separators are bars or runs of spaces: a line with neither is not split
    if ("|" in text or _SPACE_RUN.search(text)) and len(_MENU_SEPARATORS.split(text)) >= MENU_ITEMS:
        return True
    return _is_shouted(text) and len(text.split()) <= SHOUTED_LINE_WORDS


def _is_dated_byline(text: str, language: Language) -> bool:
    """A byline of short fields set apart by dots or bars, one of them a day and a month with or
    without a year ("Mar 3 • Jane Doe", "Kim Ji-soo | 4 May"): the writer and the day, not a
    headline."""
    if not _FIGURE.search(text) or not _BYLINE_SEPARATORS.search(text):
        return False  # most lines: no figure, or no byline's separators
    segments = _BYLINE_SEPARATORS.split(text)
    months = language.lexicon.matcher("dates", "months")
    return all(len(s.split()) <= SITE_NAME_WORDS for s in segments) and any(
        _FIGURE.search(s) and len(s.split()) <= DAY_AND_MONTH_WORDS and months.contains(s) for s in segments
    )


def _is_shouted(text: str) -> bool:
    """Every letter a capital: not ``str.isupper``, which a Korean headline with an acronym in it
    passes (Hangul has no case: "국립아동병원과 양해각서(MOU) 체결")."""
    return text.isupper() and all(c.isupper() for c in text if c.isalpha())


def _is_only_an_organization(text: str, language: Language) -> bool:
    """A line that is nothing but a name ("Jeonbuk National University Hospital") heads a site."""
    return language.may_be_a_name(text) and any(
        o.start == 0 and o.end == len(text) for o in language.find_organizations(text, 0, len(text))
    )


def _is_site_name(text: str, language: Language) -> bool:
    """A short line naming a news outlet ("The Korea Health Daily", "BUSAN DAILY ENGLISH")."""
    words = text.split()
    return len(words) <= SITE_NAME_WORDS + 1 and language.lexicon.matcher("page", "outlet_words").contains(
        text
    )


def _split_site_name(text: str) -> tuple[str | None, str | None]:
    """'Headline | Site Magazine' -> (headline, site); 'KIMA - Korea Int. Med. Association' -> (None, site)."""
    if "|" not in text and "::" not in text and _SPACED_DASH.search(text) is None:
        return text, None  # nothing to split at (most lines)
    parts = [p.strip() for p in _SPLITTERS.split(text) if p.strip()]
    if len(parts) == 2:
        first, second = parts
        if _is_acronym_of(first, second) or _is_acronym_of(second, first):
            return None, text
        site, headline = sorted((first, second), key=lambda part: len(part.split()))
        if len(site.split()) <= 4 and len(headline.split()) > len(site.split()):
            return headline, site
    return text, None


def _is_acronym_of(short: str, long: str) -> bool:
    if not short.isupper() or not 2 <= len(short) <= 8:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long) if w[0].isupper())
    return initials.startswith(short) or short in initials


def _looks_like_site_name(text: str) -> bool:
    return (
        1 <= len(text.split()) <= SITE_NAME_WORDS
        and not HANGUL.search(text)
        and not any(mark in text for mark in _BREADCRUMB_MARKS)
    )
