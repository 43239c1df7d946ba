"""Amounts as written in Russian news, read into numbers.

"1 300" (space, non-breaking or thin space between thousands), "8,1 тысяч",
"6,8 млн", "шестнадцать", "двадцать семь", "полторы тысячи", "двое", with
"более / свыше / около / почти / до / не менее / не более", ranges "от 10 до 20"
and "10–20", and vague amounts ("несколько", "десятки", "сотни") that have no
value.  Works on natasha tokens; words are compared by lemma.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from natasha.doc import DocToken

from .words import lemma, whole

NUMERALS = {
    "ноль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "полтора": 1.5, "полторы": 1.5,
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8,
    "девятеро": 9, "десятеро": 10, "оба": 2, "обе": 2,
    "полтысячи": 500, "полмиллиона": 500_000, "полмиллиарда": 500_000_000,
}
# "треть миллиарда", "четверть миллиона": a share of the scale that follows
FRACTIONS = {"треть": 1 / 3, "четверть": 1 / 4, "половина": 1 / 2}
SCALES = {"тысяча": 1_000, "тыс": 1_000, "миллион": 1_000_000, "млн": 1_000_000,
          "миллиард": 1_000_000_000, "млрд": 1_000_000_000}
VAGUE = {"несколько", "десяток", "десятки", "сотня", "сотни", "тысячи", "множество", "дюжина"}
DIGITS = re.compile(r"\d+(?:[.,]\d+)?$")
GROUP = re.compile(r"\d{3}$")
THOUSANDS_GAP = re.compile(r"[ \u00a0\u202f\u2009]$")
# qualifier words before the number, longest first
QUALIFIERS = [
    (("по", "меньшей", "мере"), "more_than"), (("как", "минимум"), "more_than"), (("как", "максимум"), "up_to"),
    (("не", "менее"), "more_than"), (("не", "меньше"), "more_than"), (("не", "более"), "up_to"),
    (("не", "больше"), "up_to"), (("чуть", "более"), "more_than"), (("чуть", "больше"), "more_than"),
    (("более", "чем"), "more_than"), (("больше", "чем"), "more_than"), (("менее", "чем"), "less_than"),
    (("более",), "more_than"), (("свыше",), "more_than"), (("больше",), "more_than"),
    (("менее",), "less_than"), (("меньше",), "less_than"), (("около",), "about"), (("почти",), "about"),
    (("примерно",), "about"), (("приблизительно",), "about"), (("порядка",), "about"), (("до",), "up_to"),
]


@dataclass
class Amount:
    start: int  # token index of the first word (qualifier included)
    end: int  # token index after the last word
    value: int | float | None
    low: int | float | None
    high: int | float | None
    qualifier: str


NUMBER_STEMS = frozenset(w[:3] for w in NUMERALS) | {"чет", "дву", "тре", "обо", "одн", "пол"}
VAGUE_STEMS = ("десят", "сотн", "сотен", "тысяч", "несколь", "дюжин", "множеств", "полтор")


def may_be_number(token: DocToken) -> bool:
    """Cheap test before any dictionary lookup: a numeral, or a word that can be a vague amount."""
    text = token.text.lower()
    return token.pos == "NUM" or text.startswith(VAGUE_STEMS) or text[:3] in NUMBER_STEMS


def word_value(token: DocToken, vocab) -> int | float | None:
    """The value of one number token, or None."""
    text = token.text.replace(",", ".")
    if DIGITS.match(token.text):
        number = float(text)
        return whole(number)
    lemma_ = lemma(token, vocab)
    return NUMERALS.get(lemma_, NUMERALS.get(token.text.lower()))


def is_scale(token: DocToken, vocab) -> bool:
    return token.text.lower().rstrip(".") in SCALES or lemma(token, vocab) in SCALES and token.text[:1].islower()


def scaled(value: int | float, scale: DocToken, vocab) -> int | float:
    number = value * SCALES.get(scale.text.lower().rstrip("."), SCALES.get(lemma(scale, vocab), 1))
    return whole(number)


def is_vague(token: DocToken, vocab) -> bool:
    return token.text.lower() in VAGUE or lemma(token, vocab) in ("несколько", "десяток", "сотня", "дюжина", "множество")


def read(tokens: list[DocToken], i: int, text: str, vocab) -> tuple[int, int | float | None] | None:
    """Read the number that starts at tokens[i]: (index after it, value)."""
    if is_vague(tokens[i], vocab):
        return i + 1, None
    share = FRACTIONS.get(lemma(tokens[i], vocab))
    if share is not None:
        if i + 1 < len(tokens) and is_scale(tokens[i + 1], vocab):
            return i + 2, whole(round(scaled(1, tokens[i + 1], vocab) * share))
        return None
    total, current, j = 0.0, None, i
    while j < len(tokens):
        t = tokens[j]
        value = word_value(t, vocab)
        if value is not None and DIGITS.match(t.text) and current is not None and j > i:
            # "1 300": a three-digit group right after digits, separated by a space only
            previous = tokens[j - 1]
            gap = text[previous.stop : t.start]
            if GROUP.match(t.text) and DIGITS.match(previous.text) and len(gap) == 1 and THOUSANDS_GAP.match(gap):
                current = current * 1000 + value
                j += 1
                continue
            break
        if value is not None:
            if current is not None and (DIGITS.match(t.text) or value >= current):
                break  # "2 3" or "пять семь": two numbers, not one
            current = (current or 0) + value
            j += 1
            continue
        if is_scale(t, vocab) and j > i:
            total += scaled(current if current is not None else 1, t, vocab)
            current = None
            j += 1
            if j < len(tokens) and tokens[j].text == ".":
                j += 1 if t.text.lower() in ("тыс", "млн", "млрд") else 0
            continue
        break
    if j == i:
        return None
    number = total + (current or 0)
    return j, whole(round(number, 6))


def qualifier_before(tokens: list[DocToken], i: int) -> tuple[int, str]:
    """(index of the first qualifier word, qualifier) for the words before tokens[i]."""
    words = [t.text.lower() for t in tokens]
    for phrase, qualifier in QUALIFIERS:
        n = len(phrase)
        if i >= n and tuple(words[i - n : i]) == phrase:
            return i - n, qualifier
        # a phrase of several words may stand apart with a comma: "по меньшей мере, 35"
        if n > 1 and i > n and words[i - 1] == "," and tuple(words[i - n - 1 : i - 1]) == phrase:
            return i - n - 1, qualifier
    return i, "exact"
