"""Records returned by the cleaner: what was kept, what was cut, and why."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A whole raw line dropped as boilerplate.

    `line_no` is 1-based in the raw file (blank lines count; lines split on \\r\\n, \\r or \\n),
    `text` is the raw line as it was, `reason` is "<category>.<rule>".
    """

    line_no: int
    text: str
    reason: str

    @property
    def category(self) -> str:
        return self.reason.partition(".")[0]


@dataclass(frozen=True, slots=True)
class InlineTag:
    """A publisher/dateline prefix or a credit-code suffix cut from a kept line."""

    line_no: int
    where: str  # "prefix" | "suffix"
    text: str


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    """The cleaned article and the full trace of what was removed from it."""

    clean_text: str
    title: str | None
    source: str | None
    dateline: str | None
    removed: tuple[RemovedLine, ...]
    tags: tuple[InlineTag, ...]


@dataclass(slots=True)
class Line:
    """Working state of one raw line while the cleaner decides about it (not exported).

    `display` is the text that may reach the clean text, `match` the form rules see;
    `reason` is set once a rule removes the line; `text` shrinks as inline tags are cut.
    """

    line_no: int
    raw: str
    display: str
    match: str
    n_words: int
    reason: str | None = None
    text: str = ""
    is_blank: bool = field(init=False)
    """Set once (`display` never changes): every structural pass reads it on every line."""

    def __post_init__(self) -> None:
        self.is_blank = not self.display

    @property
    def kept(self) -> bool:
        return self.reason is None and bool(self.display)
