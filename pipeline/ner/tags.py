"""Tag schemes: BIO as the corpora write it, BILOU as the CRF learns it, and the spans
both stand for."""

from __future__ import annotations


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, exclusive end, label) of a BIO or BILOU sequence; a stray I- or
    L- opens a span, as the CoNLL scorer does."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        continues = start >= 0 and prefix in ("I", "L") and kind == label
        if start >= 0 and not continues:
            out.append((start, i, label))
            start = -1
        if prefix != "O" and not continues:
            start, label = i, kind
        if prefix in ("L", "U"):
            out.append((start, i + 1, label))
            start = -1
    if start >= 0:
        out.append((start, len(tags), label))
    return out


def to_bilou(tags: list[str]) -> list[str]:
    """BIO to BILOU: marking the last and the single-token position lets the CRF learn
    where names end, which BIO leaves implicit."""
    out = ["O"] * len(tags)
    for start, end, label in spans(tags):
        if end - start == 1:
            out[start] = f"U-{label}"
        else:
            out[start : end] = [f"B-{label}", *[f"I-{label}"] * (end - start - 2), f"L-{label}"]
    return out
