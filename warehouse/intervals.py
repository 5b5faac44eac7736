"""How far a score could move on another sample of pages: bootstrap intervals over documents.

A gold set of sixty pages holds a few dozen records of a kind; one record more or less moves
that kind's F1 by several points. Before a change is called better or worse, its score should
be read with the spread that sampling alone gives. The documents are the unit that was
sampled, so they are what is drawn again (with replacement, as many as were scored); each draw
adds up its documents' gold, predicted and matched records and scores them as the whole set is
scored. The seed is fixed: the same evaluation always prints the same interval.
"""

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from warehouse.evaluation import Evaluation, KindScore, Tally, micro_f1

DEFAULT_RESAMPLES = 1000
DEFAULT_LEVEL = 0.95
_SEED = 20241206


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


@dataclass(frozen=True)
class ScoreIntervals:
    """Percentile intervals of micro F1 and of each kind's F1 (or of their changes) over
    resampled documents."""

    level: float
    resamples: int
    documents: int
    micro_f1: Interval
    kinds: dict[str, Interval]


def bootstrap(
    evaluation: Evaluation, resamples: int = DEFAULT_RESAMPLES, level: float = DEFAULT_LEVEL
) -> ScoreIntervals:
    """The ``level`` interval of every F1 of ``evaluation`` over ``resamples`` draws of its documents."""
    return _resampled([evaluation], lambda scores: scores[0], resamples, level)


def bootstrap_change(
    baseline: Evaluation,
    evaluation: Evaluation,
    resamples: int = DEFAULT_RESAMPLES,
    level: float = DEFAULT_LEVEL,
) -> ScoreIntervals:
    """The ``level`` interval of each F1's change from ``baseline`` to ``evaluation``, both scored
    against the same gold. The two are drawn together (the same documents in each draw), so the
    interval holds what the pages have in common out of the change: a change smaller than a
    score's own spread can still be told from none."""
    return _resampled([baseline, evaluation], lambda scores: scores[1] - scores[0], resamples, level)


def _resampled(
    evaluations: list[Evaluation],
    combined: Callable[[list[float]], float],
    resamples: int,
    level: float,
) -> ScoreIntervals:
    """Percentile intervals of ``combined`` (the evaluations' F1s of one draw, in order) over draws
    of the documents every evaluation scored."""
    if resamples < 1:
        raise ValueError(f"resamples must be at least 1, got {resamples}")
    if not 0 < level < 1:
        raise ValueError(f"level must lie between 0 and 1, got {level}")
    documents = sorted({doc for e in evaluations for score in e.kinds.values() for doc in score.by_document})
    if not documents:
        raise ValueError("no scored documents to resample")
    kinds = list(evaluations[0].kinds)
    draw = random.Random(_SEED)
    micro: list[float] = []
    by_kind: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(resamples):
        sample = draw.choices(documents, k=len(documents))
        drawn = [{kind: _summed(e.kinds[kind].by_document, sample) for kind in kinds} for e in evaluations]
        micro.append(combined([micro_f1(scores.values()) for scores in drawn]))
        for kind in kinds:
            by_kind[kind].append(combined([scores[kind].f1 for scores in drawn]))
    return ScoreIntervals(
        level=level,
        resamples=resamples,
        documents=len(documents),
        micro_f1=_percentiles(micro, level),
        kinds={kind: _percentiles(values, level) for kind, values in by_kind.items()},
    )


def _summed(by_document: Mapping[str, Tally], sample: list[str]) -> KindScore:
    empty = Tally()
    tallies = [by_document.get(doc, empty) for doc in sample]
    return KindScore(
        gold=sum(t.gold for t in tallies),
        predicted=sum(t.predicted for t in tallies),
        matched=sum(t.matched for t in tallies),
    )


def _percentiles(values: list[float], level: float) -> Interval:
    ordered = sorted(values)
    tail = (1 - level) / 2
    last = len(ordered) - 1
    return Interval(low=ordered[round(tail * last)], high=ordered[round((1 - tail) * last)])
