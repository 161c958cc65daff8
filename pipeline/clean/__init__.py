"""Boilerplate cleaner: raw scraped article text → clean text, with every removal traced.

`clean_article` is pure Python (no Dagster); see `cleaner.py` for the layered decisions and
`rules.py` / `structure.py` / `inline.py` for the individual rules and their reasons.
"""

from pipeline.clean.cleaner import clean_article
from pipeline.clean.model import CleanedArticle, InlineTag, RemovedLine
from pipeline.clean.unicode import line_key

__all__ = ["CleanedArticle", "InlineTag", "RemovedLine", "clean_article", "line_key"]
