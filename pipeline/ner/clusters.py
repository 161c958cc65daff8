"""Word clusters learned from the training text, without its labels.

Distributional clustering in the spirit of Brown clusters (Turian et al. 2010, "Word
representations"): each word is described by counts of its left and right neighbours,
reweighted by positive PMI, reduced with SVD and grouped with k-means at two granularities,
so that rare names share a feature with frequent names used in the same contexts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

MIN_COUNT = 2  # words seen once carry too little context to place
CONTEXT_WORDS = 2000  # neighbours that describe a word: the most frequent ones
DIMENSIONS = 60
GRANULARITIES = (64, 320)
SEED = 13


def learn_clusters(texts: Iterable[list[str]]) -> dict[str, tuple[int, ...]]:
    """Map each lowercased word seen at least MIN_COUNT times to its cluster ids, coarse first."""
    sentences = [[w.lower() for w in words] for words in texts]
    counts = Counter(w for s in sentences for w in s)
    vocab = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, (w, _) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:CONTEXT_WORDS])}
    rows, cols = [], []
    for s in sentences:
        padded = ["<s>", *s, "</s>"]
        for i in range(1, len(padded) - 1):
            row = index.get(padded[i])
            if row is None:
                continue
            for side, neighbour in ((0, padded[i - 1]), (1, padded[i + 1])):
                col = contexts.get(neighbour, len(contexts)) * 2 + side
                rows.append(row)
                cols.append(col)
    matrix = sparse.coo_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(vocab), (len(contexts) + 1) * 2)
    ).tocsr()
    vectors = normalize(TruncatedSVD(DIMENSIONS, random_state=SEED).fit_transform(_ppmi(matrix)))
    labels = [KMeans(k, random_state=SEED, n_init=4).fit_predict(vectors) for k in GRANULARITIES]
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def _ppmi(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Positive pointwise mutual information of a word-by-context count matrix."""
    total = matrix.sum()
    rows = np.asarray(matrix.sum(axis=1)).ravel()
    cols = np.asarray(matrix.sum(axis=0)).ravel()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (rows[coo.row] * cols[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)
