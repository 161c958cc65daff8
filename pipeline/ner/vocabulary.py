"""What unlabeled resources say about a lowercased word: how frequent it is in Indonesian
(wordfreq's Zipf scale) and whether it is a root word of the dictionary or derived from
one by affixes (Sastrawi's list of root words, "kata dasar").

A capitalised word that is a frequent word or a dictionary word is rarely a name, and
these facts reach words the training corpora never show. Used at training time only: the
result is committed in words.tsv, so the tagger needs neither library.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import wordfreq
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

LANGUAGE = "id"
# Zipf values (log10 of frequency per billion words) are rounded to whole buckets; words
# below this are rarer than most names and get no bucket.
MIN_ZIPF = 1.0
ROOT = "r"  # a root word of the dictionary
DERIVED = "d"  # an affixed form whose stem is a root word ("dikatakan" → "kata")
# Prefixes with the initial they replace (meN- and peN- drop the first sound of the root:
# "menulis" ← "tulis", "memukul" ← "pukul") and suffixes. Sastrawi's own stemmer is exact
# but takes tens of milliseconds a word; this approximation only has to say "derived".
PREFIXES = (("", ""), ("di", ""), ("ke", ""), ("se", ""), ("ber", ""), ("be", ""), ("ter", ""), ("per", ""),
            ("me", ""), ("mem", ""), ("mem", "p"), ("men", ""), ("men", "t"), ("meng", ""), ("meng", "k"),
            ("meny", "s"), ("pe", ""), ("pem", ""), ("pem", "p"), ("pen", ""), ("pen", "t"), ("peng", ""),
            ("peng", "k"), ("peny", "s"), ("memper", ""), ("diper", ""))
SUFFIXES = ("", "kan", "an", "i", "nya", "lah", "kah", "kannya", "annya")
MIN_ROOT = 3


def word_facts(extra_words: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Lowercased word → (Zipf bucket, ROOT / DERIVED / ""), for wordfreq's Indonesian list,
    the dictionary's roots and extra_words (the training vocabulary); words with neither a
    bucket nor a dictionary class are left out."""
    roots = frozenset(StemmerFactory().get_words())
    words = set(wordfreq.iter_wordlist(LANGUAGE)) | roots | {w.lower() for w in extra_words}
    out = {}
    for word in sorted(words):
        if not word.isalpha():
            continue
        zipf = wordfreq.zipf_frequency(word, LANGUAGE)
        bucket = round(zipf) if zipf >= MIN_ZIPF else 0
        kind = ROOT if word in roots else DERIVED if _is_derived(word, roots) else ""
        if bucket or kind:
            out[word] = (bucket, kind)
    return out


def _is_derived(word: str, roots: frozenset[str]) -> bool:
    """Whether some prefix and suffix of PREFIXES and SUFFIXES leave a root word."""
    for (prefix, initial), suffix in itertools.product(PREFIXES, SUFFIXES):
        if (prefix or suffix) and word.startswith(prefix) and word.endswith(suffix):
            root = initial + word[len(prefix) : len(word) - len(suffix)]
            if len(root) >= MIN_ROOT and root in roots:
                return True
    return False
