"""Train the learned last layer (`learned.py`) on the seeds and the fixtures, choose its
threshold by leave-one-batch-out cross-validation, and write `learned_model.json`.

    python -m pipeline.clean.train [--shared ../shared] [--fixtures tests/clean/fixtures]

Examples are every labelled line of at most `learned.MAX_WORDS` words (title and body are
"keep"), with its features taken after the rules have run, so a line's neighbours
carry the rules' decisions. Lines the rules removed teach the shapes of boilerplate; lines the
rules kept are the ones the layer will judge, and weigh `KEPT_WEIGHT` times more. The fit is
scikit-learn's liblinear logistic regression (deterministic: fixed order, no sampling); only
the weights are exported, so scikit-learn is a training-time dependency.

Leave-one-batch-out: each labels set (the seeds, the fixtures, each blind batch) is scored by
a model trained on all the others. The threshold is the lowest that keeps the body lines lost
over all held-out sets at or under `MAX_BODY_LOST` ("when in doubt, keep").
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from pathlib import Path

from pipeline.clean.cleaner import apply_rules, assemble
from pipeline.clean.evaluate import (
    DEFAULT_FIXTURES,
    DEFAULT_SHARED,
    Counts,
    LabelledArticle,
    labelled_sets,
    score,
)
from pipeline.clean.learned import MAX_WORDS, MODEL_FILE, article_vocabulary, line_features, mark_learned

KEPT_WEIGHT = 10.0
C = 0.5
"""Inverse L2 strength: the vocabulary features are sparse and the sets small."""
MAX_BODY_LOST = 0.005
THRESHOLDS = tuple(round(0.5 + 0.01 * k, 2) for k in range(50))
"""Candidate thresholds, as probabilities of boilerplate: never below even odds (the layer
removes a line only when it is more likely boilerplate than not)."""
MIN_WEIGHT = 0.01
"""Smaller weights are left out of the exported model (they never move a decision)."""
MODEL_PATH = Path(__file__).with_name(MODEL_FILE)


def examples(articles: list[LabelledArticle]) -> tuple[list[list[str]], list[int], list[float]]:
    """(features, 1 for boilerplate, sample weight) for every eligible labelled line."""
    xs, ys, weights = [], [], []
    for article in articles:
        decided = apply_rules(article.raw)
        content = [line for line in decided.lines if not line.is_blank]
        vocabulary = article_vocabulary(content)
        for i, line in enumerate(content):
            label = article.labels.get(line.line_no, (None, None))[0]
            if label is None or line.n_words > MAX_WORDS:
                continue
            xs.append(line_features(content, i, decided.title, vocabulary))
            ys.append(int(label == "boilerplate"))
            weights.append(KEPT_WEIGHT if line.kept else 1.0)
    return xs, ys, weights


def fit(articles: list[LabelledArticle], threshold: float = 0.5) -> dict:
    """A model dict for `learned.mark_learned` (threshold given as a probability)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs, ys, weights = examples(articles)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(features, 1) for features in xs])
    classifier = LogisticRegression(C=C, solver="liblinear", max_iter=1000)
    classifier.fit(matrix.toarray(), ys, sample_weight=weights)
    names = vectorizer.get_feature_names_out()
    return {
        "bias": round(float(classifier.intercept_[0]), 4),
        "threshold": _logit(threshold),
        "weights": {
            str(name): round(float(w), 3) for name, w in zip(names, classifier.coef_[0]) if abs(w) >= MIN_WEIGHT
        },
    }


def _logit(p: float) -> float:
    return round(math.log(p / (1 - p)), 4)


def rules_alone(raw: str) -> tuple[str, str | None]:
    decided = apply_rules(raw)
    article = assemble(decided)
    return article.clean_text, article.dateline


def with_model(model: dict):
    def clean(raw: str) -> tuple[str, str | None]:
        decided = apply_rules(raw)
        mark_learned(decided.lines, decided.title, model)
        article = assemble(decided)
        return article.clean_text, article.dateline

    return clean


@dataclass(frozen=True, slots=True)
class CrossValidation:
    """Per held-out set: counts with the rules alone, and with the model at each threshold."""

    rules: dict[str, Counts]
    learned: dict[float, dict[str, Counts]]

    def total(self, threshold: float | None = None) -> Counts:
        total = Counts()
        for counts in (self.rules if threshold is None else self.learned[threshold]).values():
            total.add(counts)
        return total

    def best_threshold(self) -> float:
        """The lowest threshold keeping the pooled body loss at or under MAX_BODY_LOST."""
        ok = [t for t in THRESHOLDS if self.total(t).body_lost_share <= MAX_BODY_LOST]
        return min(ok) if ok else THRESHOLDS[-1]


def cross_validate(sets: dict[str, list[LabelledArticle]]) -> CrossValidation:
    rules: dict[str, Counts] = {}
    learned: dict[float, dict[str, Counts]] = {t: {} for t in THRESHOLDS}
    for held_out, articles in sets.items():
        model = fit([article for name, others in sets.items() if name != held_out for article in others])
        rules[held_out] = score(articles, rules_alone)
        for t in THRESHOLDS:
            learned[t][held_out] = score(articles, with_model(model | {"threshold": _logit(t)}))
    return CrossValidation(rules, learned)


def cross_validation_table(cv: CrossValidation, threshold: float) -> str:
    rows = [
        f"Leave-one-batch-out, model threshold p > {threshold:.2f}",
        "",
        "| held-out set | articles | rules P | rules R | rules F1 | rules body lost "
        "| +model P | +model R | +model F1 | +model body lost |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in [*cv.rules, None]:
        r = cv.rules[name] if name else cv.total()
        m = cv.learned[threshold][name] if name else cv.total(threshold)
        rows.append(
            f"| {name or 'all'} | {r.articles} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} "
            f"| {r.body_lost_share:.1%} | {m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} | {m.body_lost_share:.1%} |"
        )
    rows += ["", "| threshold | +model R | +model F1 | body lines lost |", "|---:|---:|---:|---:|"]
    for t in THRESHOLDS[::10]:
        m = cv.total(t)
        rows.append(f"| {t:.2f} | {m.recall:.3f} | {m.f1:.3f} | {m.body_lost} ({m.body_lost_share:.1%}) |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (seeds, gold)")
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES, help="fixture .txt files + labels*.json")
    args = parser.parse_args(argv)
    sets = labelled_sets(args.shared, args.fixtures)
    cv = cross_validate(sets)
    threshold = cv.best_threshold()
    print(cross_validation_table(cv, threshold))
    model = fit([article for articles in sets.values() for article in articles], threshold)
    MODEL_PATH.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nWrote {MODEL_PATH.name}: {len(model['weights'])} weights, threshold p > {threshold:.2f}.")


if __name__ == "__main__":
    main()
