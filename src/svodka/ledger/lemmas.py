"""Lemmas of free text the ledger compares: titles, claimant names, statement contents."""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import AGENCIES, rows
from ..extract.words import fold, yo

WORD = re.compile(r"[а-яёa-z]{3,}", re.IGNORECASE)
NAME_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z-]+")
GENERIC = {"человек", "время", "день", "город", "год", "сейчас", "также", "который", "этот", "весь", "свой",
           "быть", "стать", "мочь", "сказать", "заявить", "сообщить", "информация", "данные", "очень", "более",
           "городской", "областной", "районный", "местный", "региональный", "сельский",
           # function words of three letters and more
           "под", "над", "для", "при", "без", "про", "что", "как", "так", "уже", "еще", "ещё", "она", "они", "оно",
           "это", "или", "через", "после", "перед", "около", "между", "только", "когда", "где", "тот", "тоже", "его",
           "который", "чтобы", "если", "наш", "ваш", "мой", "себя", "кто", "чем", "вот", "там", "тут", "здесь"}
# "облминздрав" = областное министерство здравоохранения, "горадминистрация" = городская администрация
PREFIXES = {"обл": "область", "гор": "город", "рай": "район"}


@lru_cache(maxsize=1)
def _vocab():
    from natasha import MorphVocab

    return MorphVocab()


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    parses = _vocab().parse(word.lower())
    return yo(parses[0].normal_form) if parses else yo(word.lower())


@lru_cache(maxsize=10_000)
def content_words(text: str) -> frozenset[str]:
    """Content lemmas; cached, since every denial is compared with every assertion of its event."""
    return frozenset(w for w in map(lemma, WORD.findall(text)) if w not in GENERIC)


@lru_cache(maxsize=10_000)
def name_words(name: str) -> frozenset[str]:
    """The words of an organisation's or group's name as lemmas, compound abbreviations spelt
    out and prepositions dropped: "в облминздраве" and "министерство здравоохранения
    Ольховской области" give {министерство, здравоохранение, область} and a superset."""
    agencies = rows(AGENCIES)
    words: set[str] = set()
    for word in NAME_WORD.findall(name):
        if word.isupper() and len(word) >= 2:
            words.add(fold(word))  # МЧС, ГУ, СК: abbreviations as written
            continue
        if len(word) < 3:
            continue  # prepositions
        low = lemma(word)
        prefix = next((p for p in PREFIXES if low.startswith(p) and low[len(p):] in agencies), None)
        if low in agencies:
            words.update(agencies[low])
        elif prefix:
            words.update((PREFIXES[prefix], *agencies[low[len(prefix):]]))
        else:
            words.add(low)
    return frozenset(words)
