"""Small helpers every extraction stage shares: ё folding, lemmas, whole numbers."""
from __future__ import annotations

import re
from functools import lru_cache

from natasha.doc import DocToken

from ..data import OUTLETS, wordlist

_WS = re.compile(r"\s+")
# Years a news text can mean by a bare four-digit number ("в 1592 году", "2022").
YEARS = range(1000, 2101)
CACHE_LEMMAS = 200_000


def yo(text: str) -> str:
    """ё -> е: Russian print drops the dots at will, so comparisons must not see them."""
    return text.replace("ё", "е").replace("Ё", "Е")


# the tagger's gender as the dictionary (pymorphy) writes it
DICTIONARY_GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


QUOTE_CHARACTERS = re.compile(r"[«»„“”\"']")


def unquoted(name: str) -> str:
    """The name without quotation marks, single-spaced ("РИА «Новости»" -> "РИА Новости")."""
    return " ".join(QUOTE_CHARACTERS.sub("", name).split())


@lru_cache(maxsize=1)
def outlet_keys() -> frozenset[str]:
    """The known outlets' names (data/outlets.txt) as keys for comparing names: unquoted, folded."""
    return frozenset(fold(unquoted(o)) for o in wordlist(OUTLETS))


def known_outlet(name: str) -> bool:
    """``name`` is an outlet of data/outlets.txt, however quoted, spaced or cased ("РИА «Новости»")."""
    return fold(unquoted(name)) in outlet_keys()


def fold(name: str) -> str:
    """Key for comparing names: case, ё/е, spacing and the kind of apostrophe ("L’Est", "L'Est")
    do not matter."""
    folded = yo(_WS.sub(" ", name).strip().lower())
    # (translate only when there is one: fold runs for every name of every text)
    return folded.translate(APOSTROPHES) if "’" in folded or "`" in folded or "ʼ" in folded or "‘" in folded \
        else folded


def stem(word: str) -> str:
    """A name word without its case ending, for comparing inflected forms ("ромашке", "ромашка")."""
    return word[: max(3, len(word) - 2)]


def lemma(token: DocToken, morph_vocab) -> str:
    """The token's lemma (kept on the token), ё folded. Lemmas are cached per vocabulary
    by word, part of speech and features: half of a text's lookups repeat a word already
    seen, and natasha converts every pymorphy parse of it again (50 µs a word)."""
    if token.lemma is None:
        cache = morph_vocab.__dict__.setdefault("svodka_lemmas", {})
        key = (token.text, token.pos, tuple(sorted(token.feats.items())) if token.feats else ())
        found = cache.get(key)
        if found is None:
            if len(cache) > CACHE_LEMMAS:
                cache.clear()
            token.lemmatize(morph_vocab)
            found = cache[key] = token.lemma
        token.lemma = found
    return yo(token.lemma)


def whole(number: int | float) -> int | float:
    """2.0 -> 2: amounts read as floats print as integers where they are."""
    return int(number) if float(number).is_integer() else number
