"""An event mention: one sentence's account of an event, before mentions of the same event merge."""

from dataclasses import dataclass, field
from datetime import date

from extractors.text.sentences import Sentence
from models import EventType


@dataclass
class Mention:
    sentence: Sentence
    event_type: EventType
    first: date | None = None
    last: date | None = None
    name: str | None = None
    # "a medical tourism fair": the occasion told only by its kind; the record's name where no
    # mention has a name of its own
    kind_name: str | None = None
    venue: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    organizers: list[str] = field(default_factory=list)
    attendance: int | None = None
    members: int | None = None  # the size of a visiting party, when no audience is given
    caption: bool = False  # a photo caption: it shows an event, it never is one of its own
    future: bool = False  # "will host ... next month": a later occurrence
    occurred: bool = False  # an event noun and a verb of occurrence: it may stand without a date
    # "이번 행사는", "동 시상식에서": a demonstrative names the very event told last, of whatever kind
    # and on whatever day (Language.points_back)
    points_back: bool = False
    # "…로드쇼를 펼쳤다. 시는 지난 9일부터 … 상담회를 운영했다": an activity its party tells of an
    # undated occurrence right after it; it names a part, not the occurrence
    activity: bool = False
    by_agreement: bool = False  # told only by an agreement signed at a place: a signing, unless more is told
    # "6일 본원에서 업무협약을 체결했다": a signing told only by its verb is an occasion only when
    # another mention joins it ("이날 협약식에는 … 참석했다"); alone it is the partnership only
    pending: bool = False
    # "the primary objective of the visit": only a definite article, which also opens events told
    # for the first time, so it joins an earlier occurrence of its own kind, unnamed and unplaced
    back_reference: bool = False
    months: tuple[int, ...] = ()  # months named without a day ("in March"): another occurrence's
    at_told: bool = False  # "At the opening ceremony, ...": at an event the article has told of
    # "won the award in both 2015 and 2016": an undated award given in each of these years
    years: tuple[int, ...] = ()
    # "during the president's visit to three Central Asian countries": a leader's trip told by its
    # noun says who made it, so it stands where no place it names can be read; so does a trip
    # told as the occasion of what was done on it ("총리의 방한으로 체결된 협정")
    leader_trip: bool = False
    # "이번 팸투어는 지난 5월 열린 포럼 이후 마련됐다": the forum, told in a clause of an earlier
    # time than the occasion its sentence is about; no home for what the page tells of that one
    earlier: bool = False
    # "한방 의료관광 박람회와 한빛 여행박람회": a named occasion listed after the one its sentence is read
    # for; an occurrence of its own, merged with no other
    listed: bool = False
