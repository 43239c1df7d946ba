"""Quotation spans: « » with „ “ nested inside, “ ” and straight quotes.

Returns top-level quotations only; marks that never close are ignored, so a
stray « cannot swallow the rest of an article.
"""
from __future__ import annotations

MAX_QUOTE = 5000  # characters; a longer "quotation" is a mismatched mark
PAIRS = {"«": "»", "„": "“”", "“": "”", '"': '"'}
CLOSING = set("»“”\"")


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
        if c == "«" and len(stack) == 1 and stack[0][0] == "«" and _opens_paragraph(text, i) \
                and _opens_paragraph(text, stack[0][1]):
            # a quotation over several paragraphs opens each with « and closes only the last:
            # each paragraph before the last is a quotation of its own, to its line's end
            spans.append((stack[0][1], _line_end(text, stack[0][1])))
            stack.clear()
        if c in PAIRS:
            if stack and i - stack[0][1] > MAX_QUOTE:
                stack.clear()
            stack.append((c, i))
    return spans


def _opens_paragraph(text: str, i: int) -> bool:
    """The mark is the first character of its line."""
    line = text.rfind("\n", 0, i) + 1
    return not text[line:i].strip()


def _line_end(text: str, i: int) -> int:
    """Past the last character of the line holding ``i`` (so that ``inner`` drops the last one,
    as it would a closing mark: the full stop)."""
    end = text.find("\n", i)
    return len(text.rstrip()) if end < 0 else len(text[:end].rstrip())


def _opens_straight(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "(«„-—–"


def _closes_straight(text: str, i: int) -> bool:
    return i > 0 and not text[i - 1].isspace()


def inner(span: tuple[int, int]) -> tuple[int, int]:
    return span[0] + 1, span[1] - 1
