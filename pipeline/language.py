"""Article language with langdetect, on the whole clean text.

langdetect is unreliable on short lines, so it sees the article at once; it samples at
random, so its seed is fixed for the same answer on every run.
"""

from __future__ import annotations

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0

UNDETERMINED = "und"
"""ISO 639 code for text with no detectable language (empty or only symbols)."""


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the most likely language, or ('und', 0.0)."""
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return UNDETERMINED, 0.0
    return best.lang, round(best.prob, 4)
