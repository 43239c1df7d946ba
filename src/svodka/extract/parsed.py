"""An indexed view of natasha's parse: tokens by id and position, children,
sentences, quotations. Statement and speaker rules read the parse through it."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from natasha import Doc
from natasha.doc import DocToken

from . import quotes as quote_marks
from .words import lemma

SUBJECT_RELS = ("nsubj", "nsubj:pass")
RELATIVE = {"который", "которая", "которое", "которые", "кто"}
PRONOUNS = {"он", "она", "его", "ее", "её", "они", "их"}


class Parsed:
    def __init__(self, doc: Doc, morph_vocab) -> None:
        self.doc, self.text, self.vocab = doc, doc.text, morph_vocab
        self.tokens: list[DocToken] = [t for s in doc.sents for t in s.tokens]
        self.sentence_of: dict[str, tuple[int, int]] = {}
        self.by_id: dict[str, DocToken] = {}
        self.children: dict[str, list[DocToken]] = {}
        for sent in doc.sents:
            for t in sent.tokens:
                self.sentence_of[t.id] = (sent.start, sent.stop)
                self.by_id[t.id] = t
                self.children.setdefault(t.head_id, []).append(t)
        self.starts = {t.start: t for t in self.tokens}
        self._positions = [t.start for t in self.tokens]
        self.quotes = quote_marks.find(self.text)
        # the names of people and organisations, by start, to look a position up in (a scan of
        # every span per word would be quadratic on a long text)
        self._names = sorted((sp.start, sp.stop) for sp in doc.spans if sp.type in ("PER", "ORG"))
        self._name_starts = [a for a, _ in self._names]

    def between(self, start: int, end: int) -> list[DocToken]:
        """The tokens that start in [start, end), found by bisection (not a pass over all)."""
        return self.tokens[bisect_left(self._positions, start) : bisect_left(self._positions, end)]

    def sentence_before(self, start: int) -> tuple[int, int] | None:
        """The sentence before the one starting at ``start`` (that of the token just before it)."""
        k = bisect_left(self._positions, start)
        return self.sentence_of[self.tokens[k - 1].id] if k else None

    def in_quote(self, position: int) -> bool:
        return any(a < position < b - 1 for a, b in self.quotes)

    def subtree(self, token: DocToken) -> list[DocToken]:
        return sorted(subtree(self.children, token).values(), key=lambda t: t.start)

    def token_at(self, position: int) -> DocToken | None:
        return self.starts.get(position)

    def lemma(self, token: DocToken) -> str:
        return lemma(token, self.vocab)

    def named(self, position: int) -> tuple[int, int] | None:
        """The span of a person's or an organisation's name holding ``position``."""
        k = bisect_right(self._name_starts, position) - 1
        return self._names[k] if k >= 0 and position < self._names[k][1] else None

    def up(self, token: DocToken, rels: tuple[str, ...]) -> DocToken:
        """The token's head through ``rels`` as far as they go ("Обама" -> "Барак" -> "сенатор");
        the parse may hold a cycle, so never past a token already seen."""
        seen = {token.id}
        while token.rel in rels and token.head_id in self.by_id and token.head_id not in seen:
            token = self.by_id[token.head_id]
            seen.add(token.id)
        return token

    def prepositional(self, token: DocToken) -> bool:
        """A noun with its preposition: "к диалогу", "по поводу решения"."""
        return any(c.rel == "case" for c in self.children.get(token.id, []))


def subtree(children: dict[str, list[DocToken]], token: DocToken) -> dict[str, DocToken]:
    """The token and everything below it, by id. The parser can emit cycles (a head
    inside its own subtree), so each token is visited once."""
    seen, todo = {token.id: token}, [token]
    while todo:
        for child in children.get(todo.pop().id, []):
            if child.id not in seen:
                seen[child.id] = child
                todo.append(child)
    return seen


def span_of(tokens: list[DocToken]) -> tuple[int, int]:
    return tokens[0].start, tokens[-1].stop
