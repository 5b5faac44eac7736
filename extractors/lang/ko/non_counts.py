"""Figures of people that are no counts: by how much a count changed ("860명 늘었다"), the
owners of a sum, people who attended or were the audience of a promotional occasion, a mark
passed ("100만명을 돌파"), a figure expected or supposed ("2만명을 유치하면"), a term of a
proportion ("3명 중 1명"), and people another noun right after the count names.

Each is a reason a figure of people gets no patient noun; they are kept apart from the readers
that find the noun.
"""

import re

from extractors.context import DocumentContext
from extractors.lang.ko.care import received_care
from extractors.lang.ko.figures import CLAUSE_END, COUNTER, FOLLOWING_NOUN_CHARS, count_clause
from extractors.mentions.numbers import Quantity
from extractors.text.sentences import Sentence

_PASSED = re.compile(r"\s?명\s?(?:을|를)?\s?(?:돌파|넘어섰|넘었|넘긴|넘어서)")  # "100만명을 돌파했다"
_FIRST_TIME = re.compile(r"처음으로|사상 처음|사상 최초|역대 처음")
MILESTONE_SPAN = 1.5  # "100만명을 돌파 … 117만명": how far above a mark the count told may stand
# "외국인 환자 3명 중 1명은 중국인", "10명 가운데 4명꼴": a proportion told as people, whose
# terms are no counts; the whole is a small round number (RATIO_WHOLES), a total and its part
# ("2만명 중 7천명") are counts
_RATIO_WHOLE_AFTER = re.compile(r"\s?명\s?(?:중|가운데)\s?(?:에서\s?)?\d{1,3}\s?명")
_RATIO_PART_BEFORE = re.compile(r"(?<![\d,.])(?P<whole>\d{1,3})\s?명\s?(?:중|가운데)\s?(?:에서\s?)?$")
RATIO_WHOLES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 100})
# A figure told as expected (its verb in the future, last sound ㄹ, before the word of
# expectation): "찾을 것으로 기대", "이를 것으로 예상돼", "넘어설 것으로 전망된다", "넘을 것으로
# 내다봤다", "이를 것이라고 예측했다", "넘어설 전망이다", "늘어날 것으로 보인다", "넘어설 것이라는
# 분석"
_EXPECTED = re.compile(
    r"\s?(?:것으로|것이라고|것이란|것이라는)\s?(?:[^\s.,]+\s){0,2}?"
    r"(?:기대|예상|전망|관측|내다|예측|점쳐|보인다|보여|보고\s있)"
    r"|\s전망(?:이다|이며|이고|이라고|이어서|된다)"
    # a clause quoted as what is foreseen: "넘어설 것이라는 분석이 나왔다", "늘 것이란 관측"
    r"|\s?(?:것이라는|것이란)\s?(?:분석|관측|예상|전망|예측|우려|기대|평가)"
)
# the end of a clause joined to the next: what the next clause expects is not the count's
_JOINED_CLAUSE = re.compile(r"[\uac00-\ud7a3](?:면서|으며|며|하고|했고|였고|었고|는데|지만|으나|다며|다고)\s")
# a figure told as the level expected, right after its counter: "80만명으로 예상된다", "90만명
# 수준으로 전망했다", "1만명에 달할 것으로", or as the object of expecting ("1천명을 예상했지만"):
# an estimate of the past (추정, 추산) is a count, and so is a figure compared with what was
# expected ("1천명이 예상보다 많았다")
_EXPECTED_LEVEL = re.compile(
    r"\s?(?:여\s?)?명\s?(?:이상|안팎|가량|정도|내외|수준)?\s?(?:으로|로|을|를)\s?"
    r"(?:예상|전망|예측|관측|내다)(?!보다|과|와|외|밖|을|치)"
)
# the noun of a forecast figure before it: "올해 외국인 환자 전망치는 80만명", "예상 인원은 3천명"
_FORECAST_NOUN = re.compile(r"전망치|예상치|예측치|예상 인원|예상인원|전망 인원")
HANGUL_BASE, JONGSEONG_COUNT, FINAL_RIEUL = 0xAC00, 28, 8
# A figure told as a supposition, the verb of its clause conditional: "2만명을 유치하면", "1만명이
# 더 찾으면", "10만명에 이른다면", "1만명이면", "5천명을 유치할 경우" (a verb in the future before
# 경우): what would follow if it came about, not what happened. Nouns ending in 면 (반면, 측면,
# 전면) end in no syllable of a verb's conditional.
_SUPPOSITION = re.compile(
    r"(?:으|하|되|다|라|나|오|가|서|르|늘|이|지|치)면(?![\uac00-\ud7a3])"
    r"|(?P<future>[\uac00-\ud7a3])\s경우(?![\uac00-\ud7a3])(?:에는|에도|엔)?"
)
# a conditional of comparing or reading a figure ("2009년의 6천명과 비교하면", "지역별로 보면",
# "통계에 따르면") tells how a known figure stands, not a premise: its figure is told
_REPORTING_CONDITIONAL = re.compile(r"(?:비교하|견주|대비하|보|따르|감안하)면$")
MAX_SUPPOSITION_CHARS = 24  # "명이 해마다 꾸준히 더 찾아온다면": from the counter to the verb
# after a count's counter, a promotional occasion its people came to ("…명이 설명회를 찾았다") or
# were the target of ("…명을 대상으로 팸투어를", "…명을 상대로 부산 의료관광 홍보, …")
_OCCASION = r"(?:[가-힣]*설명회|팸\s?투어|[가-힣]*특강|세미나|간담회|포럼|홍보\s?부스|[가-힣]*홍보(?![관단]))"
_OCCASION_AUDIENCE = re.compile(
    rf"(?:이|가|은|는)\s(?:[가-힣A-Za-z]+\s){{0,2}}?{_OCCASION}(?:을|를|에|에는)\s?(?:찾|방문|참석|참가|둘러)"
    rf"|(?:을|를)\s(?:대상으로|상대로)\s(?:[^\s,]+\s){{0,3}}?{_OCCASION}"
)
# between the counter of a count and a verb of change it is the amount of: a qualifier, an
# aside in brackets, a subject particle ("860명(12%)이 늘어", "1200명가량 줄어", "500명 넘게 증가")
# "43.2%(2142명) 증가": or the closing bracket of a change told in brackets after its share
_CHANGE_GAP = re.compile(
    r"\s?(?:가량|정도|이상|여|넘게|가까이|남짓|안팎)?\s?(?:\([^()]*\))?\s?\)?\s?(?:이|가|씩)?\s?"
)
MAX_CHANGE_VERB_CHARS = 8
MAX_OWNED_FIGURE_CHARS = 12  # "명의 총 진료비", "명의 1인당 평균 진료비"


def owns_a_figure(ctx: DocumentContext, position: int) -> bool:
    """ "4천48명의 총 진료비는 61억 원": people told as the owners of a sum restate a count told
    before; the sum is the news of the sentence, not a count."""
    if not ctx.text.endswith("의", 0, position) and not ctx.text.endswith("의 ", 0, position):
        return False
    figure = ctx.lexicon.matcher("patients", "owned_figures").search(
        ctx.text, position, position + MAX_OWNED_FIGURE_CHARS
    )
    return (
        figure is not None
        and not ctx.text[position : figure.start].replace("총", "").replace("평균", "").strip()
    )


def changed_by(ctx: DocumentContext, position: int) -> bool:
    """ "전년보다 860명 늘었다", "1200명가량 줄어든": a count that a verb of change follows right
    after its counter (no 으로 of a level reached, no 에서 of one left) is by how much a count
    changed, not a count."""
    gap = _CHANGE_GAP.match(ctx.text, position)
    change = ctx.lexicon.matcher("patients", "change_verbs")
    verb = change.search(ctx.text, gap.end(), gap.end() + MAX_CHANGE_VERB_CHARS)
    return verb is not None and verb.start == gap.end()


def projected(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "올해 안에 450명의 의료관광객이 광주를 찾을 것으로 기대하고", "3만1000명에 이를 것으로 예상돼",
    "100만명을 넘어설 전망이다", "80만명으로 예상된다", "전망치는 80만명": a count its clause tells
    as expected (a verb in the future, its last sound ㄹ, before a word of expectation; the level
    expected; the noun of a forecast figure) has not happened: neither a count nor an aim."""
    clause_start, clause_end = count_clause(ctx, sentence, quantity)
    if _EXPECTED_LEVEL.match(ctx.text, quantity.end) or _FORECAST_NOUN.search(
        ctx.text, clause_start, quantity.start
    ):
        return True
    figures_after = [q.start for q in ctx.quantities(sentence) if q.start >= quantity.end and not q.is_year]
    for match in _EXPECTED.finditer(ctx.text, quantity.end, clause_end):
        if any(start < match.start() for start in figures_after):
            continue  # "2018년(7415명)에 견줘 60% 수준을 회복할 것으로 보인다": the share is expected
        if _JOINED_CLAUSE.search(ctx.text, quantity.end, match.start()):
            continue  # "1만9135명을 유치하면서 … 좋은 기회가 될 것으로 기대된다": another clause's verb
        if match.start() and _ends_in_rieul(ctx.text[match.start() - 1]):
            return True
    return False


def supposed(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "외국인 환자 2만명을 유치하면 … 효과가", "5천명을 유치할 경우 일자리 …": a count whose own
    clause ends in a conditional is supposed, the premise of what the sentence tells; it has not
    happened, and is neither a count nor an aim."""
    _, clause_end = count_clause(ctx, sentence, quantity)
    end = min(clause_end, quantity.end + MAX_SUPPOSITION_CHARS)
    joint = CLAUSE_END.search(ctx.text, quantity.end, end)
    for match in _SUPPOSITION.finditer(ctx.text, quantity.end, joint.start() if joint else end):
        future = match["future"]
        if future is None and _REPORTING_CONDITIONAL.search(ctx.text, 0, match.end()):
            continue
        if future is None or _ends_in_rieul(future):
            return True
    return False


def _ends_in_rieul(syllable: str) -> bool:
    """Whether a Hangul syllable's last sound is ㄹ, the mark of a verb in the future ("찾을", "할")."""
    return "\uac00" <= syllable <= "\ud7a3" and (ord(syllable) - HANGUL_BASE) % JONGSEONG_COUNT == FINAL_RIEUL


def milestone(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "누적 226만 명으로 … 200만 명을 넘어섰다", "처음으로 100만명을 돌파했다" beside "117만명으로":
    a round figure passed is a mark that a count told in the sentence (or, for a mark passed
    for the first time, in the article) crossed, not a count of its own; "유치된 외국인 환자가
    2천명을 넘어섰다" with no such count beside it is a count."""
    if _PASSED.match(ctx.text, quantity.end) is None or not _is_round(quantity.value):
        return False
    first_time = _FIRST_TIME.search(ctx.text, sentence.start, quantity.start) is not None
    for near in ctx.body_sentences if first_time else [sentence]:
        for other in ctx.quantities(near):
            if (
                not other.is_year
                and not other.is_measure
                and not _is_round(other.value)
                and quantity.value < other.value < quantity.value * MILESTONE_SPAN
            ):
                return True
    return False


def counts_its_own_noun(ctx: DocumentContext, position: int) -> bool:
    """ "500여 명의 관광객이", "30명의 의료진": the people a count counts, named right after it,
    are no patients, whatever patient noun stands before."""
    if not ctx.text.endswith("의", 0, position) and not ctx.text.endswith("의 ", 0, position):
        return False
    other = ctx.lexicon.matcher("patients", "other_nouns").search(
        ctx.text, position, position + FOLLOWING_NOUN_CHARS
    )
    return other is not None and other.start == position


def term_of_ratio(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "3명 중 1명", "10명 가운데 4명": either term of a proportion told as people."""
    if quantity.value in RATIO_WHOLES and _RATIO_WHOLE_AFTER.match(ctx.text, quantity.end, sentence.end):
        return True
    part_of = _RATIO_PART_BEFORE.search(ctx.text, sentence.start, quantity.start)
    return (
        part_of is not None
        and int(part_of["whole"]) in RATIO_WHOLES
        and quantity.value < int(part_of["whole"])
    )


def _is_round(value: float) -> bool:
    """One significant digit: 100만, 200만, 3만."""
    digits = f"{int(value)}".rstrip("0")
    return len(digits) <= 1


def attended(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "환자 및 가족 40여 명을 비롯해 … 참석했다": the verb at the end of the clause tells that the
    people counted attended, not that they were treated; those who attended a consultation
    ("진료상담회에는 환자 90여명이 참석했다") were seen by its doctors, and those invited for care
    ("환자 30명을 초청해 수술했다") were treated."""
    clause = ctx.text[quantity.end : sentence.end]
    joint = CLAUSE_END.search(clause)
    clause = clause[: joint.end() if joint else None]
    attendance = ctx.lexicon.matcher("patients", "attendance_words").search(clause)
    if attendance is None:
        return False
    if ctx.lexicon.matcher("patients", "treatment_words").contains(clause[attendance.end :]) or received_care(
        ctx, sentence, quantity
    ):
        # "환자 60명을 불러 치료해 주기로", "고객 200명이 초청돼 상담을 받았다": invited to be
        # treated, not to attend
        return False
    return not ctx.lexicon.matcher("patients", "consultation_words").contains(
        ctx.text[sentence.start : quantity.start]
    )


def audience_of_an_occasion(ctx: DocumentContext, sentence: Sentence, quantity: Quantity) -> bool:
    """ "바이어 140명이 설명회를 찾았다", "여행사 직원 9명을 대상으로 팸투어를 진행": people who
    came to a promotional occasion, or were its target, are its audience, whatever noun names
    them; unless the clause tells them treated too ("… 설명회와 무료 진료를 실시")."""
    counter = COUNTER.match(ctx.text, quantity.end)
    if counter is None:
        return False
    occasion = _OCCASION_AUDIENCE.match(ctx.text, counter.end(), sentence.end)
    if occasion is None:
        return False
    clause = ctx.text[occasion.end() : sentence.end]
    joint = CLAUSE_END.search(clause)
    return not ctx.lexicon.matcher("patients", "treatment_words").contains(
        clause[: joint.start() if joint else None]
    )
