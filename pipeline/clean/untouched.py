"""The learned layer on outlets the rules do not know: each fixture batch cleaned by the rules as
they were before any rule was tuned on it, then by a model trained on the other sets.

    python -m pipeline.clean.untouched [--shared ../shared] [--fixtures tests/clean/fixtures]

Leave-one-batch-out over today's rules (`evaluate --cross-validate`) leaves the model little to
do: the rules have since been tuned on every batch. A judge's held-out outlet meets rules that
never saw it, as each batch once did; the revisions below are the ones each batch was first
measured untouched against (rules at R 0.75-0.84). Their `pipeline/clean` (with the NER
gazetteer they read) is taken from git (`git archive`) into a temporary folder and run in a child
process; the model then judges the lines those rules kept. Scoring is per line (a removed line is
removed, whatever the re-joining does), so the figures differ slightly from the evaluate table's.
Needs the repository's history.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from pipeline.clean.cleaner import _read_lines
from pipeline.clean.evaluate import DEFAULT_FIXTURES, DEFAULT_SHARED, REPO_ROOT, Counts, LabelledArticle, labelled_sets
from pipeline.clean.learned import load_model, mark_learned
from pipeline.clean.train import fit

UNTOUCHED = {
    "fixtures": "81450e6",
    "fixtures blind2": "ebf0adf^",
    "fixtures blind3": "1a8e613^",
    "fixtures blind4": "2f19b33^",
    "fixtures blind5": "6553ab6",
    "fixtures blind6": "e780375",
    "fixtures blind7": "8d7732b",
    "fixtures blind8": "c9dcfe3",
    "fixtures blind9": "1cf850c",
    "fixtures blind10": "a9d58d8",
    "fixtures blind11": "4515905",
    "fixtures blind12": "13e8a0f",
    "fixtures blind13": "1de797d",
}
"""Set -> the revision whose rules had not seen it (from the commits adding each batch)."""

_DUMP = """
import json, sys
from pipeline.clean import clean_article
out = {}
for name, raw in json.load(sys.stdin).items():
    a = clean_article(raw)
    out[name] = {"removed": {r.line_no: r.reason for r in a.removed}, "title": a.title,
                 "tags": [t.line_no for t in a.tags]}
json.dump(out, sys.stdout)
"""


def old_decisions(revision: str, articles: list[LabelledArticle]) -> dict[str, dict]:
    """What the rules at `revision` removed, took as title and cut tags from, per article."""
    # the rules read the NER gazetteer's places (inline.PLACES_FILE): take that revision's too
    archive = subprocess.run(
        ["git", "archive", revision, "pipeline/clean", "pipeline/ner/gazetteer.tsv"],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        (Path(tmp) / "pipeline" / "__init__.py").touch()
        done = subprocess.run(
            [sys.executable, "-c", _DUMP],
            cwd=tmp,
            env={**os.environ, "PYTHONPATH": tmp},
            input=json.dumps({article.name: article.raw for article in articles}),
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(done.stdout)


def line_counts(article: LabelledArticle, old: dict, model: dict | None) -> Counts:
    """Per-line counts after the old rules, and after the model when one is given."""
    lines = _read_lines(article.raw)
    for line in lines:
        line.reason = old["removed"].get(str(line.line_no))
        if line.line_no in old["tags"]:
            line.text = ""  # a cut tag: the layer leaves the line alone
    if model is not None:
        title = next((line for line in lines if line.kept and line.display == old["title"]), None)
        mark_learned(lines, title, model)
    counts = Counts(articles=1)
    for line in lines:
        label = article.labels.get(line.line_no, (None, None))[0]
        if label == "boilerplate":
            counts.boiler_removed += bool(line.reason)
            counts.boiler_missed += not line.reason
        elif label is not None:
            counts.body_lost += bool(line.reason)
            counts.body_kept += not line.reason
    return counts


def table(sets: dict[str, list[LabelledArticle]]) -> str:
    threshold = load_model()["threshold"]
    rows = [
        f"Untouched rules, model trained on the other sets (threshold p > {1 / (1 + math.exp(-threshold)):.2f})",
        "",
        "| set | rules at | rules P | rules R | rules F1 | rules body lost "
        "| +model P | +model R | +model F1 | +model body lost |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total_rules, total_model = Counts(), Counts()
    for name, revision in UNTOUCHED.items():
        articles = sets[name]
        model = fit([a for other, more in sets.items() if other != name for a in more]) | {"threshold": threshold}
        old = old_decisions(revision, articles)
        r, m = Counts(), Counts()
        for article in articles:
            r.add(line_counts(article, old[article.name], None))
            m.add(line_counts(article, old[article.name], model))
        total_rules.add(r)
        total_model.add(m)
        rows.append(_row(name, revision, r, m))
    rows.append(_row("all", "", total_rules, total_model))
    return "\n".join(rows)


def _row(name: str, revision: str, r: Counts, m: Counts) -> str:
    return (
        f"| {name} | {revision} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | {r.body_lost_share:.1%} "
        f"| {m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} | {m.body_lost_share:.1%} |"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (seeds, gold)")
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES, help="fixture .txt files + labels*.json")
    args = parser.parse_args(argv)
    print(table(labelled_sets(args.shared, args.fixtures)))


if __name__ == "__main__":
    main()
