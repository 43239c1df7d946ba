"""Huge documents in pieces: some steps of the pipeline look across the whole document (a
pronoun's antecedent, the sentence before a statement), so their work grows faster than
the text; a 5 MB item took over 13 minutes and 5 GB.  A text longer than ``CHUNK_CHARS`` is
cut at paragraph breaks, each piece is extracted alone, and the records are put back
together at their offsets in the whole text.  Within a piece nothing changes; across
pieces an entity is one per piece (a person named in two pieces is two entities of the
document) and a pronoun cannot point into the piece before.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .records import Document, Mention, Meta, Span

CHUNK_CHARS = 50_000


def pieces(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece): cut after the last paragraph break (else line break, else sentence
    end, else space) in the second half of each stretch of ``size`` characters."""
    found, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = next((window.rfind(mark, size // 2) + len(mark) for mark in ("\n\n", "\n", ". ", " ")
                    if window.rfind(mark, size // 2) >= 0), size)
        found.append((start, text[start : start + cut]))
        start += cut
    found.append((start, text[start:]))
    return found


def merge(meta: Meta, text: str, parts: list[tuple[int, Document]]) -> Document:
    """One document from the pieces' records, at their offsets in ``text``, with fresh ids."""
    sentences, entities, statements, figures, times, events = [], [], [], [], [], []
    for offset, doc in parts:
        ids: dict[str, str] = {}

        def new(old: str, prefix: str, count: int) -> str:
            ids[f"{prefix}:{old}"] = f"{prefix}{count + 1}"
            return ids[f"{prefix}:{old}"]

        def of(prefix: str) -> Callable[[str | None], str | None]:
            return lambda old: ids.get(f"{prefix}:{old}") if old else None

        def pair(p: tuple[int, int]) -> tuple[int, int]:
            return p[0] + offset, p[1] + offset

        sentences += [pair(s) for s in doc.sentences]
        for e in doc.entities:
            entities.append(replace(e, doc=meta.id, id=new(e.id, "e", len(entities)), mentions=tuple(
                Mention(m.start + offset, m.end + offset, m.text, pair(m.sentence)) for m in e.mentions)))
        for t in doc.times:
            times.append(replace(t, doc=meta.id, id=new(t.id, "t", len(times)), start=t.start + offset,
                                 end=t.end + offset, sentence=pair(t.sentence)))
        entity, time = of("e"), of("t")
        for s in doc.statements:
            statements.append(replace(
                s, doc=meta.id, id=new(s.id, "s", len(statements)), speaker=replace(s.speaker, entity=entity(s.speaker.entity)),
                content=_span(s.content, offset), quotes=tuple(_span(q, offset) for q in s.quotes),
                sentence=pair(s.sentence), time=time(s.time)))
        statement = of("s")
        for f in doc.figures:
            figures.append(replace(f, doc=meta.id, id=new(f.id, "f", len(figures)), start=f.start + offset,
                                   end=f.end + offset, sentence=pair(f.sentence), statement=statement(f.statement),
                                   time=time(f.time)))
        figure = of("f")
        for v in doc.events:
            events.append(replace(
                v, doc=meta.id, id=new(v.id, "v", len(events)), start=v.start + offset, end=v.end + offset,
                sentence=pair(v.sentence), time=time(v.time), place=entity(v.place),
                actors=tuple(filter(None, map(entity, v.actors))), figures=tuple(filter(None, map(figure, v.figures))),
                statements=tuple(filter(None, map(statement, v.statements)))))
    return Document(meta, text, tuple(sentences), tuple(entities), tuple(statements), tuple(figures), tuple(times),
                    tuple(events))


def _span(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset, span.text)

