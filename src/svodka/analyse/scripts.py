"""Words written in two alphabets: "раcсказала" with a Latin "c", "Tвиттере", "YоuТubе".

Such words come from typing with the wrong keyboard layout and from copy and paste, and now
and then on purpose to slip past filters; to the tagger and the parser they are unknown
words, so a verb is missed ("Cкончался") or a name is cut ("Клишасa"). A letter that looks
the same in both alphabets is put in the alphabet of the rest of its word: Latin look-alikes
into a word with letters only Cyrillic has, Cyrillic ones into a word with letters only
Latin has; a word of look-alikes only, into the alphabet most of them are in. One character
for one, so every offset into the text stays as it was; a word that has letters only each
alphabet has ("Fruktы") is left alone.
"""
from __future__ import annotations

import re

LATIN = "aceopxykABCEHKMOPTXY"
CYRILLIC = "асеорхукАВСЕНКМОРТХУ"
TO_CYRILLIC = str.maketrans(LATIN, CYRILLIC)
TO_LATIN = str.maketrans(CYRILLIC, LATIN)
# (a word, then a look at its letters: one pattern for "a word with both" backtracks over a
# 100 000-letter word for minutes)
WORD = re.compile(r"[^\W\d_]+")
CYRILLIC_LETTER = re.compile(r"[а-яёА-ЯЁ]")
LATIN_LETTER = re.compile(r"[a-zA-Z]")


# MediaWiki emphasis ("''курсив''", "'''жирный'''") left in text taken from a wiki (Wikinews,
# dumps): read as spaces, so that a quotation wrapped in it (": ''«…»''") is one and its
# content does not begin with the marks; two to five apostrophes, never one ("Д'Артаньян")
WIKI_EMPHASIS = re.compile(r"'{2,5}")
# ... and an external link, "[http://… заявил]": the words it wraps are read, the address and
# the brackets as spaces ("Буркхальтер [http://www.osce.org/… заявил], что …" is a report)
# (no "[" in the address: each try stops at the next link, so a text of "[http://…" repeated
# thousands of times is read in linear time, not in quadratic)
WIKI_LINK = re.compile(r"\[(?:https?|ftp)://[^\s\[\]]+[ \t]+([^\[\]\n]*)\]")


def links(text: str) -> list[tuple[int, int, int]]:
    """The wiki links in ``text``: where each opens, where its words begin and where it closes."""
    if "[http" not in text and "[ftp" not in text:
        return []
    return [(m.start(), m.start(1), m.end()) for m in WIKI_LINK.finditer(text)]


def unmark(text: str) -> str:
    """``text`` with wiki emphasis marks and link markup as spaces, one for one (offsets stay)."""
    if "''" in text:
        text = WIKI_EMPHASIS.sub(lambda m: " " * len(m.group()), text)
    if "[http" in text or "[ftp" in text:
        text = WIKI_LINK.sub(lambda m: " " * (m.start(1) - m.start()) + m.group(1) + " ", text)
    return text


def unmix(text: str) -> str:
    """``text`` with the look-alike letters of each mixed word in the alphabet of the rest."""
    if not (CYRILLIC_LETTER.search(text) and LATIN_LETTER.search(text)):
        return text
    return WORD.sub(_one_alphabet, text)


def _one_alphabet(match: re.Match) -> str:
    word = match.group()
    if not (CYRILLIC_LETTER.search(word) and LATIN_LETTER.search(word)):
        return word
    # the letters only one alphabet has say which the word is in
    cyrillic = set(CYRILLIC_LETTER.findall(word)) - set(CYRILLIC)
    latin = set(LATIN_LETTER.findall(word)) - set(LATIN)
    if cyrillic and not latin:
        return word.translate(TO_CYRILLIC)
    if latin and not cyrillic:
        return word.translate(TO_LATIN)
    if not cyrillic and not latin:
        # only look-alikes ("Hа", "MТС", "аaаa…"): the alphabet most of them are in, Cyrillic on a tie
        # (a word switching alphabets at every letter would be as many tokens as letters)
        latin_count = len(LATIN_LETTER.findall(word))
        return word.translate(TO_LATIN if latin_count * 2 > len(word) else TO_CYRILLIC)
    return word
