"""Entity quality: svodka against plain Natasha, on the same documents, in one process."""
from __future__ import annotations

from collections.abc import Callable

from natasha import Doc

from ..analyse import load
from ..analyse.parse import natasha_analyse
from ..pipeline import extract
from .corpora import BenchDoc, Gold
from .score import Scorer, Span

TYPES = ("PER", "ORG", "LOC")


def natasha_spans(text: str) -> list[Span]:
    """What a Natasha user gets: segment, morph, syntax, NER."""
    doc: Doc = natasha_analyse(text)
    return [(s.type, s.start, s.stop) for s in doc.spans]


def svodka_spans(text: str) -> list[Span]:
    return [(e.type, m.start, m.end) for e in extract(text).entities for m in e.mentions]


SYSTEMS: dict[str, Callable[[str], list[Span]]] = {"natasha": natasha_spans, "svodka": svodka_spans}


def gold_for(entities: list[Gold], predicted: set[Span]) -> list[Span]:
    """The gold spans, each in the form the system chose where the corpus allows two
    (factRuEval: "компании Genentech" or "Genentech"; docs/bench.md)."""
    gold = []
    for g in entities:
        span = (g.type, g.start, g.end)
        if g.name and span not in predicted and (g.type, *g.name) in predicted:
            span = (g.type, *g.name)
        gold.append(span)
    return gold


def run(docs: list[BenchDoc], on_doc: Callable[[], None] | None = None) -> dict:
    scorers = {name: Scorer(TYPES) for name in SYSTEMS}
    for doc in docs:
        for name, system in SYSTEMS.items():
            predicted = system(doc.text)
            scorers[name].add(gold_for(doc.entities, set(predicted)), predicted)
        if on_doc:
            on_doc()
    return {"documents": len(docs), "systems": {name: s.value() for name, s in scorers.items()}}
