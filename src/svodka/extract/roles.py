"""Roles from appositions: "Президент Казахстана Касым-Жомарт Токаев".

Walk left from a person's name over the noun phrase that precedes it, inside
the sentence, and cut it into role phrases, each headed by a noun from the
bundled role lexicon ("премьер-министр Армении и председатель ОДКБ").
"""
from __future__ import annotations

from natasha.doc import DocToken

from ..data import ROLES, wordlist
from .words import lemma

MAX_WINDOW = 8
# A genitive phrase like "страны" points back at a country named elsewhere; we
# keep such a role only when no more specific role with the same head exists.
ANAPHORIC = {"страны", "государства", "республики", "региона", "города", "ведомства"}


def _is_role(token: DocToken, morph_vocab) -> bool:
    return token.pos in ("NOUN", "PROPN") and lemma(token, morph_vocab) in wordlist(ROLES)


def _may_extend(token: DocToken, inside_name: set[int], morph_vocab) -> bool:
    if id(token) in inside_name or _is_role(token, morph_vocab):
        return True
    if token.text.lower() == "и" or token.pos == "ADJ":
        return True
    return token.pos in ("NOUN", "PROPN") and token.feats.get("Case") == "Gen"


def roles_before(
    tokens: list[DocToken], index: int, inside_name: set[int], morph_vocab
) -> list[str]:
    """Roles named by the phrase that ends right before ``tokens[index]``."""
    window: list[DocToken] = []
    j = index - 1
    while j >= 0 and len(window) < MAX_WINDOW and _may_extend(tokens[j], inside_name, morph_vocab):
        window.insert(0, tokens[j])
        j -= 1
    # The phrase must start at a role noun (with its adjectives); drop what precedes.
    heads = [k for k, t in enumerate(window) if _is_role(t, morph_vocab) and id(t) not in inside_name]
    if not heads:
        return []
    first = heads[0]
    while first > 0 and window[first - 1].pos == "ADJ":
        first -= 1
    window = window[first:]
    phrases: list[list[DocToken]] = [[]]
    for token in window:
        if token.text.lower() == "и":
            phrases.append([])
        else:
            phrases[-1].append(token)
    return [role for role in (_normal(p, morph_vocab) for p in phrases if p) if role]


def _normal(phrase: list[DocToken], morph_vocab) -> str | None:
    """Head noun and its adjectives to the nominative, genitive tail as written."""
    head = next((k for k, t in enumerate(phrase) if _is_role(t, morph_vocab)), None)
    if head is None:
        return None
    words = [lemma(t, morph_vocab) for t in phrase[: head + 1]]
    words += [t.text for t in phrase[head + 1 :]]
    return " ".join(words)


def prune(roles: list[str]) -> list[str]:
    """Drop duplicates, and roles that a more specific one with the same head covers:
    "губернатор" and "губернатор страны" beside "губернатор Приозёрской области"."""
    unique = list(dict.fromkeys(roles))

    def covered(role: str) -> bool:
        words = role.split()
        head = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in ANAPHORIC else role
        return any(other != role and other.startswith(head + " ") for other in unique)

    return [role for role in unique if not covered(role)]
