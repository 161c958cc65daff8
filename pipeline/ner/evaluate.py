"""Score the committed model: span P/R/F1 on the dev splits, article-level entity P/R/F1 on
the gold seed articles, and tagging speed.

    python -m pipeline.ner.evaluate [--shared ../shared]

Dev scores are the tagger's own, each corpus tagged in its domain; a second line gives them
after the article-level rules, which follow our gold convention (every country a LOC) where
idner-news-2k leaves a country acting as an agent untagged. Seed scoring follows shared/gold/README.md: an entity is
found when a predicted surface equals its name or an alias (casefolded) with its type.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import NamedTuple

from pipeline.ner import LABELS, MODEL_FILE, extract_mentions, load_model, tag_words
from pipeline.ner.corpora import DEFAULT_SHARED, SPLITS, load_split
from pipeline.ner.tags import spans
from pipeline.ner.features import make_featurizer
from pipeline.ner.postprocess import postprocess
from pipeline.ner.scoring import Score, span_scores
from pipeline.ner.tokens import tokenize

SCORED_LABELS = LABELS


class SeedResult(NamedTuple):
    """Entity-level outcome on one seed article."""

    found: set[tuple[str, str]]  # (gold name, label)
    correct: set[tuple[str, str]]  # predicted (surface, label) matching a gold entity of that label
    missed: set[tuple[str, str]]
    wrong: set[tuple[str, str]]  # predicted (surface, label) matching no gold entity of that label
    spurious: set[str]  # predicted surfaces matching no gold entity of any type


def dev_scores(shared: Path, model_file: Path = MODEL_FILE, article_rules: bool = False) -> dict[str, dict[str, Score]]:
    """Span scores per label on each corpus's dev split: of the tagger alone, or with the
    article-level rules too (each sentence taken as an article)."""
    tagger, lexicon, _ = load_model(model_file)
    out = {}
    for corpus in SPLITS:
        featurize = make_featurizer(lexicon, corpus)
        sentences = load_split(shared, corpus, "dev")
        predicted = []
        for sentence in sentences:
            tagged = tag_words([sentence.words], tagger, featurize)
            predicted.append(set(postprocess(sentence.words, tagged, lexicon) if article_rules else tagged))
        out[corpus] = span_scores([set(spans(s.tags)) for s in sentences], predicted, SCORED_LABELS)
    return out


def seed_articles(shared: Path) -> dict[str, tuple[str, dict]]:
    """Seed stem → (body and title lines with inline tags cut, joined by newlines; gold)."""
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    out = {}
    for stem, entry in gold.items():
        raw = (shared / "seeds" / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
        lines = {}
        for number, info in entry["lines"].items():
            if info["label"] in ("body", "title"):
                lines[int(number)] = raw[int(number) - 1]
        for tag in entry["inline"]:
            line = lines.get(tag["line"])
            if line is not None:
                lines[tag["line"]] = line.removeprefix(tag["text"]) if tag["where"] == "prefix" else line.removesuffix(tag["text"])
        out[stem] = ("\n".join(lines[n].strip() for n in sorted(lines)), entry)
    return out


def score_seed(text: str, gold: dict) -> SeedResult:
    """Compare the distinct predicted surfaces of one article with its gold entities."""
    predicted = {(m.text.casefold(), m.label) for m in extract_mentions(text)}
    uncertain = {u.casefold() for u in gold["uncertain"]}
    surface_labels: dict[str, set[str]] = {}
    for label, entities in gold["entities"].items():
        for entity in entities:
            for surface in {entity["name"], *entity["aliases"]}:
                surface_labels.setdefault(surface.casefold(), set()).add(label)
    found, missed = set(), set()
    for label in SCORED_LABELS:
        for entity in gold["entities"].get(label, []):
            surfaces = {s.casefold() for s in (entity["name"], *entity["aliases"])}
            (found if any((s, label) in predicted for s in surfaces) else missed).add((entity["name"], label))
    scored = {(s, label) for s, label in predicted if s not in uncertain and "EVENT" not in surface_labels.get(s, set())}
    wrong = {(s, label) for s, label in scored if label not in surface_labels.get(s, set())}
    spurious = {s for s, _ in scored if s not in surface_labels}
    return SeedResult(found, scored - wrong, missed, wrong, spurious)


def tokens_per_second(shared: Path) -> float:
    """Throughput of extract_mentions on one core over the dev text, 20 sentences a document."""
    docs = []
    for corpus in SPLITS:
        lines = [" ".join(s.words) for s in load_split(shared, corpus, "dev")]
        docs.extend("\n".join(lines[i : i + 20]) for i in range(0, len(lines), 20))
    n_tokens = sum(len(tokenize(d)) for d in docs)
    load_model()
    start = time.process_time()
    for doc in docs:
        extract_mentions(doc)
    return n_tokens / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder (default: %(default)s)")
    parser.add_argument("--verbose", action="store_true", help="list missed and spurious seed entities")
    args = parser.parse_args()
    speed = tokens_per_second(args.shared)  # first, so the word cache starts cold
    print(f"{'dev split':<16}{'label':<6}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}")
    for corpus, scores in dev_scores(args.shared).items():
        for label, s in scores.items():
            print(f"{corpus:<16}{label:<6}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.gold:6d}")
    for corpus, scores in dev_scores(args.shared, article_rules=True).items():
        s = scores["ALL"]
        print(f"{corpus:<16}{'ALL':<6}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.gold:6d}  with article rules")
    results = {stem: score_seed(text, gold) for stem, (text, gold) in seed_articles(args.shared).items()}
    n_found = sum(len(r.found) for r in results.values())
    n_gold = n_found + sum(len(r.missed) for r in results.values())
    n_correct = sum(len(r.correct) for r in results.values())
    n_wrong = sum(len(r.wrong) for r in results.values())
    p, r = n_correct / max(n_correct + n_wrong, 1), n_found / max(n_gold, 1)
    print(f"\nseed articles: entity P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} "
          f"(found {n_found}/{n_gold}; predicted surfaces {n_correct} right, {n_wrong} wrong, of which "
          f"{sum(len(r.spurious) for r in results.values())} spurious)")
    if args.verbose:
        for stem, res in results.items():
            print(f"  {stem} missed={sorted(res.missed)} wrong={sorted(res.wrong)}")
    print(f"\ntagging speed: {speed:,.0f} tokens/s (one core)")


if __name__ == "__main__":
    main()
