"""Which kind of text is tagged: news, or encyclopedia prose.

The two training corpora write names by different conventions. idner-news-2k (news) leaves a
country acting as an agent untagged and names a place without its area head; NERGrit
(Wikipedia sentences) tags "Kecamatan Gembong", "kota Semarang" and "Uni emirat arab" whole.
The CRF learns both through domain-marked features (features.py), but a text does not say
which it is. A naive Bayes model over lowercased words decides: a text reads as an
encyclopedia only when its words are clearly more likely there, so news, the pipeline's
input, keeps the news domain and the article rules (postprocess.py), which follow our gold.

Weights are learned at training time (train.py) from the corpora's train splits and the
project's labelled news articles, and committed in register.tsv.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

REGISTER_FILE = Path(__file__).parent / "register.tsv"
# A word seen fewer times in both kinds of text together says little; leaving it out keeps
# the file small.
MIN_COUNT = 3
SMOOTHING = 1.0  # add-one (Laplace) counts
# The prior for news, in log-odds: a text is encyclopedic only when its words favour that by
# more. Chosen on held-out news articles (each labelled batch left out of training in turn)
# against NERGrit's dev split; see the model card.
ENCYCLOPEDIC_MARGIN = 3.0
DECIMALS = 4

Weights = dict[str, float]


def _words(words: Iterable[str]) -> Iterable[str]:
    return (w.lower() for w in words if any(c.isalpha() for c in w))


def learn_weights(news: Iterable[list[str]], encyclopedic: Iterable[list[str]]) -> Weights:
    """Per lowercased word, log P(word | news) - log P(word | encyclopedia), smoothed."""
    counts = [Counter(w for words in texts for w in _words(words)) for texts in (news, encyclopedic)]
    vocabulary = counts[0].keys() | counts[1].keys()
    totals = [sum(c.values()) + SMOOTHING * len(vocabulary) for c in counts]
    return {
        w: round(math.log((counts[0][w] + SMOOTHING) / totals[0]) - math.log((counts[1][w] + SMOOTHING) / totals[1]), DECIMALS)
        for w in sorted(vocabulary) if counts[0][w] + counts[1][w] >= MIN_COUNT
    }


def news_log_odds(words: Iterable[str], weights: Weights) -> float:
    """How much more the words read as news than as encyclopedia (0 for unknown words)."""
    return sum(weights.get(w, 0.0) for w in _words(words))


def is_encyclopedic(words: Iterable[str], weights: Weights) -> bool:
    """Whether a text's words clearly read as encyclopedia prose rather than news."""
    return news_log_odds(words, weights) < -ENCYCLOPEDIC_MARGIN


def save(weights: Weights, path: Path = REGISTER_FILE) -> None:
    """One sorted row per word, so that retraining writes the same file."""
    path.write_text("".join(f"{w}\t{v}\n" for w, v in sorted(weights.items())), encoding="utf-8")


def load(path: Path = REGISTER_FILE) -> Weights:
    """Read the committed weights."""
    return {w: float(v) for w, v in (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())}
