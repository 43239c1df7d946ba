"""Events: what happened, found from trigger words (data/events.txt).

A noun or verb whose lemma is a trigger ("прошла акция протеста", "задержаны",
"произошёл пожар") makes an event of its type in its sentence, with the time,
place, people and organisations, figures and statements of that sentence.  One
sentence gives at most one event of a type: "митинг … протестующие …" is one.
A trigger inside a quotation or a statement still counts (the statement is
kept with it): news often tells the happening through a witness.
"""
from __future__ import annotations

import re
from functools import lru_cache

from natasha import Doc

from ..data import EVENTS, rows
from ..records import Entity, Event, Figure, Statement, Time
from .dating import time_near
from .words import lemma, yo

# "авария на заводе" is an industrial accident, "авария на трассе" a road one
INDUSTRIAL = re.compile(r"завод|комбинат|предприяти|шахт|нефтепровод|трубопровод|фабрик|цех|нефтебаз|скважин",
                        re.IGNORECASE)
# "столкновение автобуса с грузовиком" is a road accident, "столкновения с полицией" a riot
VEHICLES = re.compile(r"автобус|грузовик|автомобил|машин|поезд|электричк|трасс|дтп|маршрутк|самол[её]т|судн|легков"
                      r"|фур[аыеу]|газел|самосвал|мотоцикл|трамва|троллейбус|иномарк|внедорожник|тягач",
                      re.IGNORECASE)
# "пятно" is a spill only when something spilt is named: "нефтяное пятно", not "пятно на репутации"
SPILT = re.compile(r"нефт|мазут|солярк|топлив|химикат|реагент", re.IGNORECASE)
REGION = re.compile(r"(?:област|кра[йя]|район|республик|округ)", re.IGNORECASE)
POS = ("NOUN", "VERB", "PROPN")


def extract(doc: Doc, entities: list[Entity], times: list[Time], statements: list[Statement],
            figures: list[Figure], morph_vocab, doc_id: str = "") -> list[Event]:
    events: list[Event] = []
    for sent in doc.sents:
        sentence = (sent.start, sent.stop)
        seen: set[str] = set()
        tokens = sent.tokens
        for n, token in enumerate(tokens):
            if token.pos not in POS or yo(token.text[:3].lower()) not in _prefixes():
                continue  # no trigger starts so: no need to look the word up
            word = lemma(token, morph_vocab)
            pair = f"{word}+{lemma(tokens[n + 1], morph_vocab)}" if n + 1 < len(tokens) else ""
            found = classify(pair, sent.text) or classify(word, sent.text)
            if not found:
                continue
            type_, sub_type = found
            if type_ in seen:
                continue
            seen.add(type_)
            time = time_near(times, token.start, sentence)
            events.append(Event(
                doc=doc_id, id=f"v{len(events) + 1}", start=token.start, end=token.stop, text=token.text,
                type=type_, sub_type=sub_type, sentence=sentence, time=time,
                date=next((t.value for t in times if t.id == time), None),
                place=_place(entities, sentence),
                actors=tuple(e.id for e in entities if e.type in ("PER", "ORG") and _inside(e, sentence)),
                figures=tuple(f.id for f in figures if sentence[0] <= f.start < sentence[1]),
                statements=tuple(s.id for s in statements if s.sentence[0] <= token.start < s.sentence[1]),
            ))
    return events


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    """First three letters of every trigger: an inflected form shares them with its lemma."""
    return frozenset(word[:3] for word in rows(EVENTS))


def classify(word: str, sentence: str) -> tuple[str, str] | None:
    """(type, sub-type) of a trigger lemma in its sentence, or None."""
    found = rows(EVENTS).get(word)
    if not found or word == "пятно" and not SPILT.search(sentence):
        return None
    type_, sub_type = found[0], found[1]
    if sub_type == "accident" and INDUSTRIAL.search(sentence):
        return "industrial_accident", "accident"
    if type_ == "riot" and sub_type == "violent_demonstration" and VEHICLES.search(sentence):
        return "transport_accident", "collision"
    return type_, sub_type


def _inside(entity: Entity, sentence: tuple[int, int]) -> bool:
    return any(sentence[0] <= m.start < sentence[1] for m in entity.mentions)


def _place(entities: list[Entity], sentence: tuple[int, int]) -> str | None:
    """The place named in the sentence; a town before its region."""
    places = [e for e in entities if e.type == "LOC" and _inside(e, sentence)]
    places.sort(key=lambda e: (bool(REGION.search(e.name)), min(m.start for m in e.mentions if m.start >= sentence[0])))
    return places[0].id if places else None


def is_region(name: str) -> bool:
    return bool(REGION.search(name))
