"""The committed word knowledge the tagger uses besides the CRF weights: gazetteer and word
clusters, stored as small TSV files inside the package."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).parent
GAZETTEER_FILE = PACKAGE_DIR / "gazetteer.tsv"
WORDS_FILE = PACKAGE_DIR / "words.tsv"
MAX_NAME_TOKENS = 6
MIN_NAME_TOKEN = 3
# Indonesian verb and noun affixes: a lowercase remainder glued to a name that starts with
# one is very likely a word of its own ("Iranmelesat", "Jokowiberharap").
AFFIXED_WORD_RE = re.compile(r"(?:me|be|di|te|se|ke|pe)[a-z]{4,}")
# Nouns made with the ke-…-an and pe(r/m/n/ng)-…-an circumfixes ("Kedatangan",
# "Pertemuan", "Pembicaraan") open many sentences and are never person names.
CIRCUMFIX_NOUN_RE = re.compile(r"(?:ke|pe|per|pem|pen|peng|peny)[a-z]{3,}an")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Gazetteer (surface → label), clusters (lowercased word → ids, coarse first), the
    words mostly written in lowercase (ordinary words, not names) and facts from unlabeled
    resources (lowercased word → Zipf bucket and dictionary class, see vocabulary.py)."""

    gazetteer: dict[str, str]
    clusters: dict[str, tuple[int, ...]]
    common_words: frozenset[str]
    facts: dict[str, tuple[int, str]] = field(default_factory=dict)
    _by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(init=False, repr=False)
    _name_tokens: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for surface, label in self.gazetteer.items():
            words = tuple(surface.split())
            if len(words) <= MAX_NAME_TOKENS:
                by_first.setdefault(words[0], []).append((words, label))
        for entries in by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        object.__setattr__(self, "_by_first", by_first)
        names = {w for surface in self.gazetteer for w in surface.split()}
        object.__setattr__(
            self,
            "_name_tokens",
            frozenset(w for w in names if len(w) >= MIN_NAME_TOKEN and w[:1].isupper() and w.isalpha()),
        )

    def match(self, words: list[str]) -> list[str]:
        """BIO gazetteer tag per word, longest match first, left to right."""
        tags = ["O"] * len(words)
        i = 0
        while i < len(words):
            for entry, label in self._by_first.get(words[i], ()):
                n = len(entry)
                if tuple(words[i : i + n]) == entry:
                    tags[i] = "B-" + label
                    tags[i + 1 : i + n] = ["I-" + label] * (n - 1)
                    i += n
                    break
            else:
                i += 1
        return tags

    def is_name(self, word: str) -> bool:
        """Whether a word is a token of a known name (evidence for splitting glued text)."""
        return word in self._name_tokens

    def is_word(self, word: str) -> bool:
        """Whether a string is an ordinary lowercase word of the language."""
        return word in self.common_words or AFFIXED_WORD_RE.fullmatch(word) is not None

    def is_dictionary_word(self, word: str) -> bool:
        """Whether a lowercase string is a dictionary word (root or affixed form, see vocabulary.py)."""
        return self.facts.get(word, (0, ""))[1] in ("r", "d")

    def is_ordinary(self, word: str) -> bool:
        """Whether a capitalised word is an ordinary word whose capital only marks a sentence
        start or a headline."""
        lower = word.lower()
        return not self.is_name(word) and (lower in self.common_words or CIRCUMFIX_NOUN_RE.fullmatch(lower) is not None)

    def with_gazetteer(self, gazetteer: dict[str, str]) -> Lexicon:
        """The same lexicon with another gazetteer (training folds use partial ones)."""
        return Lexicon(gazetteer, self.clusters, self.common_words, self.facts)


def save(lexicon: Lexicon, gazetteer_file: Path = GAZETTEER_FILE, words_file: Path = WORDS_FILE) -> None:
    """Write the lexicon as sorted TSV so that retraining gives identical files. words.tsv
    has one row per word: the word, 1 if it is a common word, its Zipf bucket (0 if
    unknown), its dictionary class (may be empty), then its cluster ids if any."""
    gazetteer_file.write_text(
        "".join(f"{surface}\t{label}\n" for surface, label in sorted(lexicon.gazetteer.items())), encoding="utf-8"
    )
    words = sorted(lexicon.clusters.keys() | lexicon.common_words | lexicon.facts.keys())
    words_file.write_text(
        "".join(
            "\t".join([word, str(int(word in lexicon.common_words)), *map(str, lexicon.facts.get(word, (0, ""))),
                       *map(str, lexicon.clusters.get(word, ()))]) + "\n"
            for word in words
        ),
        encoding="utf-8",
    )


def load(gazetteer_file: Path = GAZETTEER_FILE, words_file: Path = WORDS_FILE) -> Lexicon:
    """Read the committed lexicon."""
    gazetteer = dict(line.split("\t") for line in gazetteer_file.read_text(encoding="utf-8").splitlines())
    clusters: dict[str, tuple[int, ...]] = {}
    common: set[str] = set()
    facts: dict[str, tuple[int, str]] = {}
    for line in words_file.read_text(encoding="utf-8").splitlines():
        word, is_common, bucket, kind, *ids = line.split("\t")
        if ids:
            clusters[word] = tuple(map(int, ids))
        if is_common == "1":
            common.add(word)
        if bucket != "0" or kind:
            facts[word] = (int(bucket), kind)
    return Lexicon(gazetteer, clusters, frozenset(common), facts)
