"""Entity quality: svodka against plain Natasha, on the same documents, in one process."""
from __future__ import annotations

from collections.abc import Callable

from natasha import Doc

from ..analyse import load
from ..analyse.parse import natasha_analyse
from ..pipeline import extract
from .corpora import BenchDoc
from .score import Scorer, Span

TYPES = ("PER", "ORG", "LOC")


def natasha_spans(text: str) -> list[Span]:
    """What a Natasha user gets: segment, morph, syntax, NER."""
    doc: Doc = natasha_analyse(text, load())
    return [(s.type, s.start, s.stop) for s in doc.spans]


def svodka_spans(text: str) -> list[Span]:
    return [(e.type, m.start, m.end) for e in extract(text).entities for m in e.mentions]


SYSTEMS: dict[str, Callable[[str], list[Span]]] = {"natasha": natasha_spans, "svodka": svodka_spans}


def run(docs: list[BenchDoc], on_doc: Callable[[], None] | None = None) -> dict:
    scorers = {name: Scorer(TYPES) for name in SYSTEMS}
    for doc in docs:
        gold = [(g.type, g.start, g.end) for g in doc.entities]
        for name, system in SYSTEMS.items():
            scorers[name].add(gold, system(doc.text))
        if on_doc:
            on_doc()
    return {"documents": len(docs), "systems": {name: s.value() for name, s in scorers.items()}}
