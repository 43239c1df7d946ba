"""Sentences that never cross a line break.

razdel joins lines that lack closing punctuation, so a headline, a photo
caption and the first paragraph of a news item become one "sentence"; the
parser then hangs the lead's verb on the headline's subject.  In news text a
line break always ends a sentence, so razdel runs line by line.

A name in quotation marks may end in "!" or "?" ("группы «Экозащита!» Владимир
Сливяк", "шоу «Что? Где? Когда?»"): razdel ends the sentence there, cutting the
role from its holder. Such a sentence goes on when the quotation is short, follows a
noun and, once closed, is followed by a person's first name; "он крикнул «Стой!»",
"сказал: «Хватит!»" and "лозунг «Свободу Навальному!» Около ста человек" end where
razdel says. Nor does a sentence end inside a short parenthesis ("(Тироль; Австрия)").

A unit's abbreviation after a number ends a sentence when a capital follows ("около 10 млн т.
Такой прогноз …"): razdel reads it as going on. A year's "г." does not ("в 2024 г. Россия …").

An agency's dateline opening a paragraph ("Москва. 21 февраля. ИНТЕРФАКС — ВОЗ призвала …",
"БИШКЕК, 5 августа /Новости-Кыргызстан/ — …") is a sentence of its own: the agency wrote
the item, it is not the subject of its first sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from natasha import MorphVocab, Segmenter
from natasha.segment import Sent

from ..extract.words import known_outlet

LINE = re.compile(r"[^\n]+")
TITLE_END = re.compile(r"[!?]\s*$|[!?][»“\"]\s*$")
WORD_BEFORE = re.compile(r"(\w+)\s*$")
WORD_AFTER = re.compile(r"\s*(\w+)")
MAX_TITLE_WORDS = 4
MAX_PARENTHESIS = 100  # characters inside a parenthesis a sentence may not end in
DASH = re.compile(r" [—–] ")
# a unit's abbreviation after a number that razdel reads as going on: "около 10 млн т. Такой прогноз"
# (not a year's "г.": "в 2024 г. Россия увеличит расходы" goes on)
UNIT_END = re.compile(r"\d(?:[ \u00a0](?:тыс\.|млн|млрд))?[ \u00a0](?:т|кг|км|га|руб|долл)\.(?= +[А-ЯЁ])")
# "МОСКВА, 3 окт — РИА Новости. ": the place, the date, a dash and a known outlet
OUTLET_AFTER = re.compile(r"[А-ЯЁA-Z][\w-]*(?: [А-ЯЁA-Z][\w-]*){0,2}, \d{1,2} [а-яё]{3,8}\.?(?: \d{4})? [—–-] "
                          r"(?P<outlet>[^\n.—–]{2,30})\. +")
# the place, the date (one of them at least) and the agency, between slashes or a known outlet
DATELINE = re.compile(r"(?P<place>[А-ЯЁA-Z][\w-]*(?: [А-ЯЁA-Z][\w-]*){0,2}[.,] +)?"
                      r"(?P<date>\d{1,2} [а-яё]{3,8}\.?(?: \d{4})?(?: ?г\.| года)?[.,]? +)?"
                      r"(?:/[^/\n]{2,40}/|(?P<outlet>[^\s/.,—–-][^/\n—–]{0,38}?)) ?\.? ?[—–-] +")


def _in_parentheses(before: str, following: str) -> bool:
    """razdel ended a sentence inside a short parenthesis ("в Инсбруке (Тироль; Австрия)
    в кругу семьи"): it goes on up to the closing mark."""
    opened = before.rfind("(")
    return opened > before.rfind(")") and len(before) - opened < MAX_PARENTHESIS \
        and ")" in following[:MAX_PARENTHESIS] and "(" not in following[: following.find(")")]


def dateline(line: str) -> int:
    """The length of an agency's dateline opening ``line`` (with the spaces after it), 0 if none:
    "Москва. 21 февраля. ИНТЕРФАКС — " or "МОСКВА, 3 окт — РИА Новости. "."""
    found = OUTLET_AFTER.match(line)
    if found is not None and known_outlet(found["outlet"]):
        return found.end()
    return _before_dash(line)


def _before_dash(line: str) -> int:
    found = DATELINE.match(line)
    if found is None or not (found["place"] or found["date"]) or found.end() == len(line):
        return 0
    if DASH.search(line[found.end() :].split(". ")[0]):
        return 0  # "Лондон, 12 июня. BBC — британское вещание — сообщает": a dash set off, not a dateline
    if found["outlet"] is not None and not known_outlet(found["outlet"]):
        return 0
    return found.end()


class LineSegmenter(Segmenter):
    def __init__(self, morph_vocab: MorphVocab | None = None) -> None:
        super().__init__()
        self.morph_vocab = morph_vocab

    def sentenize(self, text: str) -> Iterator[Sent]:
        for line in LINE.finditer(text):
            offset, part = line.start(), line.group()
            opening = dateline(part)
            if opening:
                written = part[:opening].rstrip()
                yield Sent(offset, offset + len(written), written)
                offset, part = offset + opening, part[opening:]
            spans: list[list[int]] = []
            for sent in super().sentenize(part):
                before = part[spans[-1][0] : sent.start] if spans else ""
                if spans and (self._in_title(before, sent.text) or _in_parentheses(before, sent.text)):
                    spans[-1][1] = sent.stop
                else:
                    spans.append([sent.start, sent.stop])
            for start, stop in spans:
                for end in [m.end() for m in UNIT_END.finditer(part, start, stop)] + [stop]:
                    begin = start + len(part[start:end]) - len(part[start:end].lstrip())
                    yield Sent(begin + offset, end + offset, part[begin:end])
                    start = end

    def _in_title(self, piece: str, following: str) -> bool:
        """``piece`` ends inside a short quoted name after a noun, or at its end with a person's
        name after it ("группы «Экозащита!» Владимир Сливяк"; not "лозунг «Свободу Навальному!»
        Около ста человек …")."""
        if self.morph_vocab is None or not TITLE_END.search(piece):
            return False
        opening = piece.rfind("«")
        closed = piece.count("«") <= piece.count("»")
        if opening < 0 or closed and not piece.rstrip().endswith("»"):
            return False
        if closed and not self._first_name(following):
            return False
        if len(piece[opening + 1 :].split()) > MAX_TITLE_WORDS:
            return False
        before = WORD_BEFORE.search(piece[:opening])
        if before is None:
            return False
        parses = self.morph_vocab.parse(before.group(1).lower())
        return bool(parses) and "NOUN" in parses[0].tag

    def _first_name(self, text: str) -> bool:
        word = WORD_AFTER.match(text)
        return word is not None and word.group(1)[:1].isupper() and any(
            "Name" in p.tag for p in self.morph_vocab.parse(word.group(1).lower())[:2])
