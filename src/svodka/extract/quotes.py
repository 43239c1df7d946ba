"""Quotation spans: « » with „ “ nested inside, “ ” and straight quotes.

Returns top-level quotations only; marks that never close are ignored, so a
stray « cannot swallow the rest of an article.
"""
from __future__ import annotations

MAX_QUOTE = 5000  # characters; a longer "quotation" is a mismatched mark
PAIRS = {"«": "»", "„": "“”", "“": "”", '"': '"'}


def find(text: str) -> list[tuple[int, int]]:
    """[(start, end)] of top-level quotations, marks included (text[start] is the opening mark)."""
    spans = []
    stack: list[tuple[str, int]] = []
    for i, c in enumerate(text):
        if stack and c in PAIRS[stack[-1][0]] and (c != '"' or _closes_straight(text, i)):
            mark, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
            continue
        if c == '"' and not _opens_straight(text, i):
            continue
        if c in PAIRS:
            if stack and i - stack[0][1] > MAX_QUOTE:
                stack.clear()
            stack.append((c, i))
    return spans


def _opens_straight(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "(«„-—–"


def _closes_straight(text: str, i: int) -> bool:
    return i > 0 and not text[i - 1].isspace()


def inner(span: tuple[int, int]) -> tuple[int, int]:
    return span[0] + 1, span[1] - 1
