"""Score the committed model: span P/R/F1 on the dev splits, article-level entity P/R/F1 on
the gold seed articles and on the labelled cleaning fixtures, and tagging speed.

    python -m pipeline.ner.evaluate [--shared ../shared]

Dev scores are the tagger's own, each corpus tagged in its domain over the gold words; a
second line gives those of `extract_mentions` on each sentence's text, which picks the domain
itself (register.py) and applies the article rules to news, whose gold convention (every
country a LOC) differs from idner-news-2k's (a country acting as an agent untagged). Seed scoring follows shared/gold/README.md: an entity is
found when a predicted surface equals its name or an alias (casefolded) with its type.
The "entities" lines score the canonical names after linking (`pipeline.linking`) instead of
the surfaces, and count a gold entity found under two names once right and once wrong.
The fixtures (`tests/clean/fixtures`, line labels in its `labels*.json`) are real articles of
outlets the seeds do not cover; their entities, labelled by the seeds' convention before the
system's output was looked at, are in `tests/ner/fixtures_entities.json` and are scored the same way.
That set was looked at while the article rules were written; the seventh and eighth blind
batches (`tests/ner/fixtures_entities_blind78.json`, labelled the same way before any output was
seen) are scored as a set of their own, and so are the tenth to thirteenth
(`fixtures_entities_blind1{0,1,2,3}.json`): first scored untouched (at a9d58d8, 39954af, 13e8a0f
and 1de797d), the article rules were then fitted to them too. The fourteenth to
twenty-fourth (`fixtures_entities_blind{14,…,24}.json`, texts in `tests/ner/blind{14,…,24}/`) were
written for the extractor alone and first scored at b0558f8, f9dc36b, 8f3e188, 02e212c, 85eb83a,
fe6244b, a12f557, 45be1b7, 109b904 and 7b0e743 (the twenty-third: see the model card); the
twenty-fifth to twenty-eighth were written as training data and never scored untouched; the
twenty-ninth to thirty-second were first scored at 628eb71, 03fde6e, e6b0cc3 and dd7da67.
The CRF learns our convention from every labelled set but `UNSEEN_SETS` (train.py), so only
those, and sets left out with `train --leave-out`, estimate the score on unseen articles.
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
from pipeline.ner.scoring import Score, span_scores
from pipeline.ner.tokens import tokenize
from pipeline.linking import canonical_place, link_mentions

SCORED_LABELS = LABELS
REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT / "tests" / "clean" / "fixtures"
NER_TESTS = REPO_ROOT / "tests" / "ner"
FIXTURE_ENTITIES = NER_TESTS / "fixtures_entities.json"


def _entities_file(batch: str) -> Path:
    """The entity labels of a blind batch ("blind20" → tests/ner/fixtures_entities_blind20.json)."""
    return NER_TESTS / f"fixtures_entities_{batch}.json"


BLIND_SETS = {"blind7-8": _entities_file("blind78")} | {
    batch: _entities_file(batch) for batch in (*(f"blind{n}" for n in range(10, 23)), *(f"blind{n}" for n in range(25, 29)))
}
"""Set name -> entity labels of the blind batches, each scored as a set of its own. The CRF
learns our convention from them (train.py), with the seeds and the fixtures."""
UNSEEN_SETS = {batch: _entities_file(batch) for batch in ("blind23", "blind24", "blind29", "blind30", "blind31", "blind32")}
"""Blind batches the CRF is not trained on: the estimate on unseen articles. No rule was written
from blind23, blind24, blind31 and blind32; blind29 and blind30 showed what linking's `_is_typo_of`,
postprocess's `drop_degrees` and the direction check of `tag_headed_names` now mend."""


class ArticleResult(NamedTuple):
    """Entity-level outcome on one gold article."""

    found: set[tuple[str, str]]  # (gold name, label)
    correct: set[tuple[str, str]]  # predicted (surface, label) matching a gold entity of that label
    missed: set[tuple[str, str]]
    wrong: set[tuple[str, str]]  # predicted (surface, label) matching no gold entity of that label
    spurious: set[str]  # predicted surfaces matching no gold entity of any type
    duplicates: int  # predicted names beyond the first that match one gold entity


def dev_scores(shared: Path, model_file: Path = MODEL_FILE) -> dict[str, dict[str, Score]]:
    """Span scores per label of the tagger alone on each corpus's dev split, each tagged in
    its own domain over the gold words."""
    tagger, lexicon, _ = load_model(model_file)
    out = {}
    for corpus in SPLITS:
        featurize = make_featurizer(lexicon, corpus)
        sentences = load_split(shared, corpus, "dev")
        predicted = [set(tag_words([sentence.words], tagger, featurize)) for sentence in sentences]
        out[corpus] = span_scores([set(spans(s.tags)) for s in sentences], predicted, SCORED_LABELS)
    return out


def extracted_dev_scores(shared: Path) -> dict[str, dict[str, Score]]:
    """Span scores per label of `extract_mentions`, what the pipeline calls and what is scored,
    on each dev sentence given as text (its words joined by spaces): the tokenizer, the
    register's choice of domain and the article rules all take part. A mention that does not
    start and end at gold word boundaries counts as wrong."""
    out = {}
    for corpus in SPLITS:
        sentences = load_split(shared, corpus, "dev")
        predicted = []
        for sentence in sentences:
            starts, ends, offset = {}, {}, 0
            for i, word in enumerate(sentence.words):
                starts[offset], ends[offset + len(word)] = i, i + 1
                offset += len(word) + 1
            predicted.append({
                (starts[m.start], ends[m.end], m.label) if m.start in starts and m.end in ends else (m.start, m.end, "chars", m.label)
                for m in extract_mentions(" ".join(sentence.words))
            })
        out[corpus] = span_scores([set(spans(s.tags)) for s in sentences], predicted, SCORED_LABELS)
    return out


def article_text(raw: str, gold: dict) -> str:
    """Body and title lines with inline tags cut, joined by newlines: what the pipeline keeps
    of a well-cleaned article, so the score is the extractor's alone."""
    raw_lines = raw.splitlines()
    lines = {}
    for number, info in gold["lines"].items():
        if info["label"] in ("body", "title"):
            lines[int(number)] = raw_lines[int(number) - 1]
    for tag in gold.get("inline", ()):
        line = lines.get(tag["line"])
        if line is not None:
            lines[tag["line"]] = line.removeprefix(tag["text"]) if tag["where"] == "prefix" else line.removesuffix(tag["text"])
    return "\n".join(lines[n].strip() for n in sorted(lines))


def seed_articles(shared: Path) -> dict[str, tuple[str, dict]]:
    """Seed stem → (article text, gold)."""
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    return {stem: (article_text((shared / "seeds" / f"{stem}.txt").read_text(encoding="utf-8"), entry), entry)
            for stem, entry in gold.items()}


def fixture_texts(fixtures: Path = FIXTURES) -> dict[str, str]:
    """Fixture stem → article text, for every fixture with line labels."""
    texts = {}
    for labels_file in sorted(fixtures.glob("labels*.json")):
        for stem, gold in json.loads(labels_file.read_text(encoding="utf-8")).items():
            texts[stem] = article_text((fixtures / f"{stem}.txt").read_text(encoding="utf-8"), gold)
    return texts


def fixture_articles(fixtures: Path = FIXTURES, entities_file: Path = FIXTURE_ENTITIES) -> dict[str, tuple[str, dict]]:
    """Fixture stem → (article text, gold entities) for every fixture with labelled entities:
    a cleaning fixture's kept lines, or the text of a batch written for the extractor alone."""
    texts = fixture_texts(fixtures)
    entities = json.loads(entities_file.read_text(encoding="utf-8"))
    return {stem: (texts[stem] if stem in texts else _ner_only_text(stem), gold) for stem, gold in entities.items()}


def labelled_sets(shared: Path, unseen: bool = False) -> dict[str, dict[str, tuple[str, dict]]]:
    """The labelled article sets the CRF learns from by name ("seed", "fixture", "blind7-8", …),
    then with `unseen` those it never sees: stem → (text, gold)."""
    blind = BLIND_SETS | (UNSEEN_SETS if unseen else {})
    return {"seed": seed_articles(shared), "fixture": fixture_articles()} | {
        name: fixture_articles(entities_file=path) for name, path in blind.items()}


def _ner_only_text(stem: str) -> str:
    """The text of an article of a batch written for the extractor alone (blind14 on):
    `tests/ner/<batch>/<stem>.txt` holds the kept text itself, headline first, with no
    boilerplate to clean."""
    return (NER_TESTS / stem.split("_", 1)[0] / f"{stem}.txt").read_text(encoding="utf-8").strip()


def predicted_surfaces(text: str) -> set[tuple[str, str]]:
    """Distinct (casefolded surface, label) of the extractor's mentions."""
    return {(m.text.casefold(), m.label) for m in extract_mentions(text)}


def predicted_entities(text: str) -> set[tuple[str, str]]:
    """Distinct (casefolded canonical name, label) after linking: what the entities table holds."""
    return {(m.name.casefold(), m.label) for m in link_mentions(extract_mentions(text), text)}


def score_article(predicted: set[tuple[str, str]], gold: dict) -> ArticleResult:
    """Compare distinct predicted (surface or name, label) pairs of one article with its gold entities."""
    # an uncertain surface stays uncertain under its canonical name ("PBB" inside "Badan PBB untuk Pengungsi")
    uncertain = {name.casefold() for u in gold["uncertain"] for name in (u, canonical_place(u)) if name}
    surface_labels: dict[str, set[str]] = {}
    for label, entities in gold["entities"].items():
        for entity in entities:
            for surface in {entity["name"], *entity["aliases"]}:
                surface_labels.setdefault(surface.casefold(), set()).add(label)
    found, missed, duplicates = set(), set(), 0
    for label in SCORED_LABELS:
        for entity in gold["entities"].get(label, []):
            n_matching = len({(s.casefold(), label) for s in (entity["name"], *entity["aliases"])} & predicted)
            (found if n_matching else missed).add((entity["name"], label))
            duplicates += max(n_matching - 1, 0)
    scored = {(s, label) for s, label in predicted if s not in uncertain and "EVENT" not in surface_labels.get(s, set())}
    wrong = {(s, label) for s, label in scored if label not in surface_labels.get(s, set())}
    spurious = {s for s, _ in scored if s not in surface_labels}
    return ArticleResult(found, scored - wrong, missed, wrong, spurious, duplicates)


def article_summary(name: str, results: dict[str, ArticleResult], once: bool = False) -> str:
    """One line of entity P/R/F1 over a set of articles: recall over gold entities, precision over
    distinct predicted pairs. With `once` (canonical names) a gold entity found under two names
    counts the extra ones as wrong: linking should have made them one."""
    n_found = sum(len(r.found) for r in results.values())
    n_gold = n_found + sum(len(r.missed) for r in results.values())
    n_extra = sum(r.duplicates for r in results.values()) if once else 0
    n_correct = sum(len(r.correct) for r in results.values()) - n_extra
    n_wrong = sum(len(r.wrong) for r in results.values()) + n_extra
    p, r = n_correct / max(n_correct + n_wrong, 1), n_found / max(n_gold, 1)
    return (f"{name} ({len(results)}): entity P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} "
            f"(found {n_found}/{n_gold}; predicted surfaces {n_correct} right, {n_wrong} wrong, of which "
            f"{sum(len(r.spurious) for r in results.values())} spurious"
            + (f", {n_extra} second names of one entity)" if once else ")"))


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
    parser.add_argument("--verbose", action="store_true", help="list missed and wrong entities of each gold article")
    args = parser.parse_args()
    speed = tokens_per_second(args.shared)  # first, so the word cache starts cold
    print(f"{'dev split':<16}{'label':<6}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}")
    for corpus, scores in dev_scores(args.shared).items():
        for label, s in scores.items():
            print(f"{corpus:<16}{label:<6}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.gold:6d}")
    for corpus, scores in extracted_dev_scores(args.shared).items():
        s = scores["ALL"]
        print(f"{corpus:<16}{'ALL':<6}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.gold:6d}  extract_mentions on the text")
    print()
    sets = labelled_sets(args.shared, unseen=True)
    for kind, predict, once in (("articles", predicted_surfaces, False), ("entities", predicted_entities, True)):
        for set_name, articles in sets.items():
            results = {stem: score_article(predict(text), gold) for stem, (text, gold) in articles.items()}
            print(article_summary(f"{set_name} {kind}", results, once))
            if args.verbose:
                for stem, res in results.items():
                    print(f"  {stem} missed={sorted(res.missed)} wrong={sorted(res.wrong)}")
    print(f"\ntagging speed: {speed:,.0f} tokens/s (one core)")


if __name__ == "__main__":
    main()
