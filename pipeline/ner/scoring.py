"""Span-level precision, recall and F1 (exact start, end and type), as in CoNLL-2003."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple


class Score(NamedTuple):
    """Counts of one label (or all) and the ratios they give."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def span_scores(gold: list[set[tuple]], predicted: list[set[tuple]], labels: tuple[str, ...]) -> dict[str, Score]:
    """Scores per label and "ALL" for parallel lists of span sets (…, label last)."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        for span in p & g:
            tp[span[-1]] += 1
        for span in p:
            n_pred[span[-1]] += 1
        for span in g:
            n_gold[span[-1]] += 1
    scores = {label: Score(tp[label], n_pred[label], n_gold[label]) for label in labels}
    scores["ALL"] = Score(*(sum(s[i] for s in scores.values()) for i in range(3)))
    return scores
