"""Typed records that the extraction core returns.

Records are frozen dataclasses: values that tests compare whole and that
serialise to the JSON form documented in docs/schema.md.  Every span carries
character offsets into the original text (``text[start:end]``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    sentence: tuple[int, int]  # (start, end) of the sentence holding the mention


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str  # PER | ORG | LOC
    name: str  # normal form of the fullest name seen in the document
    aliases: tuple[str, ...]  # every normal form seen, fullest first
    roles: tuple[str, ...]  # titles from appositions, normal form ("президент Казахстана")
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Speaker:
    entity: str | None  # id of the entity speaking, when it could be resolved
    text: str  # the speaker as written ("он", "глава Казахстана", "казахские СМИ")
    antecedent: str | None = None  # what a pronoun points back to when that is not an entity ("его дочь")


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    speaker: Speaker
    cue: str  # lemma of the reporting word, or "по словам", "по данным", …
    kind: str  # direct | indirect | mixed | according_to
    act: str  # assert | deny | promise | request | accuse | other
    content: Span
    quotes: tuple[Span, ...]
    sentence: tuple[int, int]
    time: str | None = None  # id of the time the statement refers to, where its sentence says it


@dataclass(frozen=True, slots=True)
class Time:
    id: str
    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD | YYYY-MM | YYYY; None when nothing in or around the text fixes it
    precision: str | None  # day | month | year
    anchor: str | None  # explicit | document | previous_time | published


@dataclass(frozen=True, slots=True)
class Figure:
    id: str
    value: int | float | None  # None for a range or a vague amount ("десятки")
    low: int | float | None
    high: int | float | None
    qualifier: str  # exact | more_than | less_than | about | up_to | range | approximate
    text: str  # as written, qualifier included ("более 1 300")
    object: str | None  # what is counted, normal form ("сотрудник силовых структур")
    category: str  # killed | injured | arrested | detained | missing | evacuated | damaged | looted | burned | deployed | other
    statement: str | None  # id of the statement that claims it; None in the author's own voice
    span: tuple[int, int]
    sentence: tuple[int, int]
    time: str | None = None  # id of the time the figure refers to, where the sentence says it


@dataclass(frozen=True, slots=True)
class Meta:
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime as given
    language: str = "ru"


@dataclass(frozen=True, slots=True)
class Document:
    meta: Meta
    text: str
    sentences: tuple[tuple[int, int], ...] = ()
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    statements: tuple[Statement, ...] = field(default_factory=tuple)
    figures: tuple[Figure, ...] = field(default_factory=tuple)
    times: tuple[Time, ...] = field(default_factory=tuple)

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def to_json(self) -> dict[str, Any]:
        """The stable JSON form (docs/schema.md); the text itself is not repeated."""
        return {
            "document": asdict(self.meta),
            "entities": [_entity_json(e) for e in self.entities],
            "statements": [_statement_json(s) for s in self.statements],
            "figures": [_figure_json(f) for f in self.figures],
            "times": [asdict(t) for t in self.times],
        }


def _entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "type": entity.type,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "mentions": [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "sentence": {"start": m.sentence[0], "end": m.sentence[1]},
            }
            for m in entity.mentions
        ],
    }


def _statement_json(statement: Statement) -> dict[str, Any]:
    data = asdict(statement)
    data["sentence"] = {"start": statement.sentence[0], "end": statement.sentence[1]}
    return data


def _figure_json(figure: Figure) -> dict[str, Any]:
    data = asdict(figure)
    data["span"] = {"start": figure.span[0], "end": figure.span[1]}
    data["sentence"] = {"start": figure.sentence[0], "end": figure.sentence[1]}
    return data
