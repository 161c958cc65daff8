"""Score the cleaner against labelled articles, beside jusText, and time it.

    python -m pipeline.clean.evaluate [--shared ../shared] [--fixtures tests/clean/fixtures] [--errors]
        [--cross-validate]

Labelled sets: the seeds gold (`<shared>/gold/seeds.json` over `<shared>/seeds/*.txt`) and
the committed fixtures (`tests/clean/fixtures/*.txt` + `labels.json`, same format), plus each
blind batch of fixtures (`labels_<batch>.json`) as a set of its own. Scoring
follows `<shared>/gold/README.md`, as trafilatura's benchmark does for its extractors:

- a boilerplate line counts as removed when no line of the cleaned text equals it, and (stricter
  than the gold README, so that re-joining cannot hide a miss) a boilerplate line of 20 or more
  characters glued into another line still counts as kept;
- a body (or title) line counts as kept when its text, minus its inline tags, occurs in the
  cleaned text (whitespace folded);
- an inline tag counts as cut when no part of it is left beside the text it was attached to
  (tags on lines the cleaner lost are not counted: body loss already charges them);
- the dateline is right when it equals the gold one (both None counts as right; n/a for jusText).

`--cross-validate` adds the learned layer's leave-one-batch-out table (`train.py`): each set
scored by a model trained on all the others, beside the rules alone; `python -m
pipeline.clean.untouched` does the same over the rules each batch was first measured against.

Both sides are compared in display form (NFC, odd spaces folded) so Unicode hygiene is not
counted as a loss. jusText (dev-only dependency, imported here only) is run with its
Indonesian stoplist on each raw line as a `<p>` paragraph.
"""

from __future__ import annotations

import argparse
import html
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.clean.cleaner import clean_article
from pipeline.clean.unicode import display_form, fold_space, split_lines

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = REPO_ROOT.parent / "shared"
DEFAULT_FIXTURES = REPO_ROOT / "tests" / "clean" / "fixtures"
GLUED_MIN_CHARS = 20
"""A boilerplate line this long found inside a clean line was glued on, not removed."""
TAG_CONTEXT = 30
"""Characters of attached text checked with a tag to tell whether the tag was cut."""


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    """One raw article with its gold labels (format of `<shared>/gold/seeds.json`)."""

    name: str
    raw: str
    labels: dict[int, tuple[str, str | None]]  # line_no -> (label, category)
    inline: tuple[tuple[int, str, str], ...]  # (line_no, where, text)
    dateline: str | None


@dataclass(slots=True)
class Counts:
    """Line and tag counts over a set; the table's numbers derive from these."""

    articles: int = 0
    boiler_removed: int = 0
    boiler_missed: int = 0
    body_kept: int = 0
    body_lost: int = 0
    tags_cut: int = 0
    tags_missed: int = 0
    datelines_right: int = 0

    def add(self, other: Counts) -> None:
        for field in self.__slots__:
            setattr(self, field, getattr(self, field) + getattr(other, field))

    @property
    def precision(self) -> float:
        return _ratio(self.boiler_removed, self.boiler_removed + self.body_lost)

    @property
    def recall(self) -> float:
        return _ratio(self.boiler_removed, self.boiler_removed + self.boiler_missed)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def body_lost_share(self) -> float:
        return _ratio(self.body_lost, self.body_lost + self.body_kept, empty=0.0)

    @property
    def tags_cut_share(self) -> float:
        return _ratio(self.tags_cut, self.tags_cut + self.tags_missed)

    @property
    def datelines_right_share(self) -> float:
        return _ratio(self.datelines_right, self.articles)


def _ratio(num: int, den: int, empty: float = 1.0) -> float:
    return num / den if den else empty


def _fold(text: str) -> str:
    return fold_space(display_form(text))


def _labelled(name: str, raw: str, gold: dict) -> LabelledArticle:
    return LabelledArticle(
        name=name,
        raw=raw,
        labels={int(n): (v["label"], v.get("category")) for n, v in gold["lines"].items()},
        inline=tuple((t["line"], t["where"], t["text"]) for t in gold.get("inline", ())),
        dateline=gold.get("dateline"),
    )


def load_set(texts: Path, labels_file: Path) -> list[LabelledArticle]:
    """Articles `<texts>/<stem>.txt` labelled by `labels_file` ({stem: gold})."""
    gold = json.loads(labels_file.read_text(encoding="utf-8"))
    return [
        _labelled(stem, (texts / f"{stem}.txt").read_text(encoding="utf-8"), gold[stem]) for stem in sorted(gold)
    ]


def load_seeds(shared: Path = DEFAULT_SHARED) -> list[LabelledArticle]:
    return load_set(shared / "seeds", shared / "gold" / "seeds.json")


def load_fixture_sets(fixtures: Path = DEFAULT_FIXTURES) -> dict[str, list[LabelledArticle]]:
    """Every labels file in the fixtures folder as its own set: `labels.json` is "fixtures",
    `labels_<batch>.json` is "fixtures <batch>". Blind batches stay apart so the numbers they
    scored before any rule was tuned on them can be told from the tuned ones."""
    return {
        "fixtures" + (" " + path.stem.removeprefix("labels_") if path.stem != "labels" else ""): load_set(
            fixtures, path
        )
        for path in sorted(fixtures.glob("labels*.json"), key=lambda path: (len(path.stem), path.stem))  # blind9 < blind10
    }


def labelled_sets(shared: Path = DEFAULT_SHARED, fixtures: Path = DEFAULT_FIXTURES) -> dict[str, list[LabelledArticle]]:
    """The seeds, then every fixture set, each as its own set."""
    return {"seeds": load_seeds(shared)} | load_fixture_sets(fixtures)


def load_fixtures(fixtures: Path = DEFAULT_FIXTURES) -> list[LabelledArticle]:
    """All fixture sets as one list."""
    return [article for articles in load_fixture_sets(fixtures).values() for article in articles]


def _common_edge(a: str, b: str) -> int:
    """Length of the longest common prefix of two strings."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _tag_left(folded_clean: str, line: str, tag: str, where: str) -> bool | None:
    """Whether any part of an inline tag is left beside the text it was attached to.

    The attached text (up to TAG_CONTEXT characters after a prefix, before a suffix) is looked up
    in the clean text; the tag is left if the clean text next to it shares an edge with the tag
    (two characters, or one separator character such as "-" or "("). None when the attached
    text is gone: the line was lost, which the body count already charges, and the tag is not
    counted either way (so a cleaner is not credited for tags it dropped with their line).
    A tag that is its whole line (`JAKARTA, KOMPAS.com` above `- Body…`) has no attached text:
    it is left when its text is still in the clean text.
    """
    at = line.find(tag) if where == "prefix" else line.rfind(tag)
    if at < 0:
        return None
    if _fold(tag) == _fold(line):
        return _fold(tag) in folded_clean
    if where == "prefix":
        attached = _fold(line[at + len(tag) : at + len(tag) + TAG_CONTEXT])
    else:
        attached = _fold(line[max(0, at - TAG_CONTEXT) : at])
    idx = folded_clean.find(attached) if attached else -1
    if idx < 0:
        return None
    folded_tag = _fold(tag)
    if where == "prefix":
        shared = _common_edge(folded_clean[:idx].rstrip()[::-1], folded_tag[::-1])
        edge = folded_tag[-1:]
    else:
        shared = _common_edge(folded_clean[idx + len(attached) :].lstrip(), folded_tag)
        edge = folded_tag[:1]
    return shared >= 2 or (shared == 1 and edge in "-|~:([")


def article_errors(article: LabelledArticle, clean_text: str) -> tuple[Counts, list[str]]:
    """Score one article's cleaned text; returns counts and a readable list of the misses."""
    raw_lines = split_lines(article.raw)
    clean_lines = {_fold(line) for line in clean_text.split("\n")}
    folded_clean = _fold(clean_text.replace("\n", " "))
    counts, errors = Counts(articles=1), []
    # A boilerplate line's words inside a body or title line ("Pemerintah Provinsi Jawa Tengah"
    # as a site name and as a paragraph's subject) are no sign that the line was glued on.
    text_lines = [_fold(raw_lines[n - 1]) for n, (label, _) in article.labels.items() if label != "boilerplate"]
    tags_by_line: dict[int, list[tuple[str, str]]] = {}
    for line_no, where, text in article.inline:
        tags_by_line.setdefault(line_no, []).append((where, text))
    for line_no, (label, category) in sorted(article.labels.items()):
        raw = raw_lines[line_no - 1]
        if label == "boilerplate":
            folded = _fold(raw)
            glued = len(folded) >= GLUED_MIN_CHARS and folded in folded_clean and not any(folded in t for t in text_lines)
            if folded in clean_lines or glued:
                counts.boiler_missed += 1
                errors.append(f"{article.name}:{line_no} boilerplate ({category}) kept: {raw[:80]!r}")
            else:
                counts.boiler_removed += 1
            continue
        body = display_form(raw)
        for _where, tag in tags_by_line.get(line_no, ()):
            body = body.replace(display_form(tag), " ", 1)
        if _fold(body) in folded_clean:
            counts.body_kept += 1
        else:
            counts.body_lost += 1
            errors.append(f"{article.name}:{line_no} {label} lost: {raw[:80]!r}")
    for line_no, where, tag in article.inline:
        left = _tag_left(folded_clean, display_form(raw_lines[line_no - 1]), display_form(tag), where)
        if left:
            counts.tags_missed += 1
            errors.append(f"{article.name}:{line_no} {where} tag not (fully) cut: {tag!r}")
        elif left is not None:
            counts.tags_cut += 1
    return counts, errors


def score(articles: Iterable[LabelledArticle], cleaner: Callable[[str], tuple[str, str | None]]) -> Counts:
    """Counts over a set; `cleaner` returns (clean text, dateline or None)."""
    total = Counts()
    for article in articles:
        clean_text, dateline = cleaner(article.raw)
        counts = article_errors(article, clean_text)[0]
        counts.datelines_right = int(dateline == article.dateline)
        total.add(counts)
    return total


def ours(raw: str) -> tuple[str, str | None]:
    article = clean_article(raw)
    return article.clean_text, article.dateline


def justext_clean(raw: str) -> tuple[str, None]:
    """jusText's verdict with its Indonesian stoplist, each non-empty raw line a paragraph."""
    import justext  # dev/eval-only dependency

    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in split_lines(raw) if line.strip())
    page = f"<html><body>{paragraphs}</body></html>".encode()
    kept = justext.justext(page, justext.get_stoplist("Indonesian"), encoding="utf-8")
    return "\n".join(p.text for p in kept if not p.is_boilerplate), None


def throughput(articles: list[LabelledArticle], min_seconds: float = 1.0, trials: int = 5) -> float:
    """Articles cleaned per CPU second (one core: the cleaner is single-threaded): the best of
    `trials` runs of repeated passes lasting at least `min_seconds` each, as `timeit` advises
    (other load only ever slows a run down). CPU time, not wall time."""
    raws = [article.raw for article in articles]
    best = 0.0
    for _ in range(trials):
        done, start = 0, time.process_time()
        while (elapsed := time.process_time() - start) < min_seconds:
            for raw in raws:
                clean_article(raw)
            done += len(raws)
        best = max(best, done / elapsed)
    return best


def table(sets: dict[str, list[LabelledArticle]]) -> str:
    """The Markdown table printed by `make eval-clean`."""
    rows = [
        "| set | cleaner | articles | boilerplate P | boilerplate R | boilerplate F1 | body lines lost "
        "| inline tags cut | dateline right |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for set_name, articles in sets.items():
        for cleaner_name, cleaner in (("pipeline.clean", ours), ("jusText 3.0.2", justext_clean)):
            c = score(articles, cleaner)
            dateline = f"{c.datelines_right_share:.0%}" if cleaner is ours else "n/a"
            rows.append(
                f"| {set_name} | {cleaner_name} | {c.articles} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} "
                f"| {c.body_lost_share:.1%} | {c.tags_cut_share:.1%} | {dateline} |"
            )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (seeds, gold)")
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES, help="fixture .txt files + labels*.json")
    parser.add_argument("--errors", action="store_true", help="also list every line the cleaner got wrong")
    parser.add_argument(
        "--cross-validate",
        action="store_true",
        help="also score the learned layer leave-one-batch-out (rules alone vs rules + model)",
    )
    args = parser.parse_args(argv)
    sets = labelled_sets(args.shared, args.fixtures)
    print(table(sets))
    if args.cross_validate:
        from pipeline.clean.train import cross_validate, cross_validation_table  # train imports this module

        cv = cross_validate(sets)
        print("\n" + cross_validation_table(cv, cv.best_threshold()))
    every = [article for articles in sets.values() for article in articles]
    rate = throughput(every)
    print(f"\nThroughput: {rate:,.0f} articles per CPU second on one core ({len(every)} articles, pure Python).")
    if args.errors:
        for article in every:
            for error in article_errors(article, ours(article.raw)[0])[1]:
                print(error)


if __name__ == "__main__":
    main()
