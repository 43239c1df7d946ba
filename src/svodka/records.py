"""Typed records that the extraction core returns.

Records are frozen dataclasses: values that tests compare whole and that
serialise to the JSON form documented in docs/schema.md.  Every record carries
the id of its document (``doc``) and one span shape: ``start``/``end`` character
offsets into the original text (``text[start:end]``) and the ``sentence`` that
holds it as a ``(start, end)`` pair.  ``Document.from_json`` reads back what
``Document.to_json`` writes, so a store returns the same records it was given.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

Pair = tuple[int, int]


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
    sentence: Pair


@dataclass(frozen=True, slots=True)
class Entity:
    doc: str
    id: str
    type: str  # PER | ORG | LOC
    name: str  # normal form of the fullest name seen in the document
    aliases: tuple[str, ...]  # every normal form seen, fullest first
    roles: tuple[str, ...]  # titles from appositions, normal form ("президент Казахстана")
    mentions: tuple[Mention, ...]  # the entity's spans


@dataclass(frozen=True, slots=True)
class Speaker:
    entity: str | None  # id of the entity speaking, when it could be resolved
    text: str  # the speaker as written ("он", "глава Казахстана", "казахские СМИ")
    antecedent: str | None = None  # what a pronoun points back to when that is not an entity ("его дочь")


@dataclass(frozen=True, slots=True)
class Statement:
    doc: str
    id: str
    speaker: Speaker
    cue: str  # lemma of the reporting word, or "по словам", "по данным", …
    kind: str  # direct | indirect | mixed | according_to
    act: str  # assert | deny | promise | request | accuse | other
    content: Span
    quotes: tuple[Span, ...]
    sentence: Pair
    time: str | None = None  # id of the time the statement refers to, where its sentence says it
    via: str | None = None  # the outlet relaying the words, as written ("— цитирует РИА Новости министра")

    @property
    def start(self) -> int:
        return self.content.start

    @property
    def end(self) -> int:
        return self.content.end


@dataclass(frozen=True, slots=True)
class Time:
    doc: str
    id: str
    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD | YYYY-MM | YYYY; None when nothing in or around the text fixes it
    precision: str | None  # day | month | year
    anchor: str | None  # explicit | document | previous_time | published
    sentence: Pair = (0, 0)


@dataclass(frozen=True, slots=True)
class Figure:
    doc: str
    id: str
    start: int
    end: int
    text: str  # as written, qualifier included ("более 1 300")
    value: int | float | None  # None for a range or a vague amount ("десятки")
    low: int | float | None
    high: int | float | None
    qualifier: str  # exact | more_than | less_than | about | up_to | range | approximate
    object: str | None  # what is counted, normal form ("сотрудник силовых структур")
    category: str  # killed | injured | detained | participants | … | other (docs/schema.md)
    statement: str | None  # id of the statement that claims it; None in the author's own voice
    sentence: Pair
    time: str | None = None  # id of the time the figure refers to, where the sentence says it


@dataclass(frozen=True, slots=True)
class Event:
    """A happening one sentence reports: "прошла акция протеста", "задержаны 15 человек"."""

    doc: str
    id: str
    start: int  # the trigger word
    end: int
    text: str
    type: str  # protest | riot | … (docs/events.md)
    sub_type: str
    sentence: Pair
    time: str | None = None  # id of the time said in the sentence
    date: str | None = None  # its value
    place: str | None = None  # id of the place entity named in the sentence
    actors: tuple[str, ...] = ()  # ids of the people and organisations named in the sentence
    figures: tuple[str, ...] = ()  # ids of the figures said in the sentence
    statements: tuple[str, ...] = ()  # ids of the statements that hold it


@dataclass(frozen=True, slots=True)
class Meta:
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime as given
    language: str = "ru"


UNDATED = ("no publication date: times counted from it (вчера, накануне, в прошлом году) are left "
           "without a value; give one with `svodka extract --published YYYY-MM-DD` or a `published` field")


@dataclass(frozen=True, slots=True, repr=False)
class Document:
    meta: Meta
    text: str
    sentences: tuple[Pair, ...] = ()
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    statements: tuple[Statement, ...] = field(default_factory=tuple)
    figures: tuple[Figure, ...] = field(default_factory=tuple)
    times: tuple[Time, ...] = field(default_factory=tuple)
    events: tuple[Event, ...] = field(default_factory=tuple)

    @property
    def id(self) -> str:
        return self.meta.id

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, name))} {name}" for name in
                           ("entities", "statements", "figures", "times", "events"))
        return f"<Document {self.id} {self.meta.title or '(untitled)'!r}: {len(self.text):,} characters, {counts}>"

    def _repr_html_(self) -> str:
        from .display import to_html  # the text with its records, in a notebook

        return to_html(self)

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def to_json(self) -> dict[str, Any]:
        """The stable JSON form (docs/schema.md); the text itself is not repeated."""
        return {
            "document": asdict(self.meta),
            "sentences": [list(s) for s in self.sentences],
            "entities": [_entity_json(e) for e in self.entities],
            "statements": [_statement_json(s) for s in self.statements],
            "figures": [_figure_json(f) for f in self.figures],
            "times": [_time_json(t) for t in self.times],
            "events": [_event_json(e) for e in self.events],
            "notes": self.notes,
        }

    @property
    def notes(self) -> list[str]:
        """What a reader must know to read the records right, said once."""
        notes = []
        if self.meta.language != "ru":
            notes.append(f"not Russian (language: {self.meta.language}): stored, not analysed until svodka reads it")
        if self.meta.published is None and any(t.value is None for t in self.times):
            notes.append(UNDATED)
        return notes

    @classmethod
    def from_json(cls, data: dict[str, Any], text: str = "") -> Document:
        """The records of ``to_json`` again; ``text`` is the article, which the JSON form leaves out."""
        meta = Meta(**{f.name: data["document"].get(f.name) for f in fields(Meta) if f.name in data["document"]})
        doc = meta.id
        return cls(
            meta=meta,
            text=text,
            sentences=tuple(_pair(s) for s in data.get("sentences", ())),
            entities=tuple(_entity(doc, e) for e in data.get("entities", ())),
            statements=tuple(_statement(doc, s) for s in data.get("statements", ())),
            figures=tuple(_figure(doc, f) for f in data.get("figures", ())),
            times=tuple(_time(doc, t) for t in data.get("times", ())),
            events=tuple(_event(doc, e) for e in data.get("events", ())),
        )


def _pair(value: Any) -> Pair:
    """A sentence as JSON writes it (``{"start", "end"}``) or as a list, back to a pair."""
    if isinstance(value, dict):
        return value["start"], value["end"]
    return value[0], value[1]


def _sentence_json(sentence: Pair) -> dict[str, int]:
    return {"start": sentence[0], "end": sentence[1]}


def _entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "doc": entity.doc,
        "id": entity.id,
        "type": entity.type,
        "name": entity.name,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.text, "sentence": _sentence_json(m.sentence)}
            for m in entity.mentions
        ],
    }


def _entity(doc: str, data: dict[str, Any]) -> Entity:
    return Entity(
        doc=data.get("doc", doc), id=data["id"], type=data["type"], name=data["name"],
        aliases=tuple(data["aliases"]), roles=tuple(data["roles"]),
        mentions=tuple(Mention(m["start"], m["end"], m["text"], _pair(m["sentence"])) for m in data["mentions"]),
    )


def _statement_json(statement: Statement) -> dict[str, Any]:
    data = asdict(statement)
    data["start"], data["end"] = statement.start, statement.end
    data["sentence"] = _sentence_json(statement.sentence)
    return data


def _statement(doc: str, data: dict[str, Any]) -> Statement:
    return Statement(
        doc=data.get("doc", doc), id=data["id"], speaker=Speaker(**data["speaker"]), cue=data["cue"],
        kind=data["kind"], act=data["act"], content=Span(**data["content"]),
        quotes=tuple(Span(**q) for q in data["quotes"]), sentence=_pair(data["sentence"]), time=data.get("time"),
        via=data.get("via"),
    )


def _figure_json(figure: Figure) -> dict[str, Any]:
    data = asdict(figure)
    data["span"] = {"start": figure.start, "end": figure.end}  # schema 1 readers look here
    data["sentence"] = _sentence_json(figure.sentence)
    return data


def _figure(doc: str, data: dict[str, Any]) -> Figure:
    start, end = (data["start"], data["end"]) if "start" in data else _pair(data["span"])
    values = {f.name: data.get(f.name) for f in fields(Figure)}
    values.update(doc=data.get("doc", doc), start=start, end=end, sentence=_pair(data["sentence"]))
    return Figure(**values)


def _time_json(time: Time) -> dict[str, Any]:
    data = asdict(time)
    data["sentence"] = _sentence_json(time.sentence)
    return data


def _time(doc: str, data: dict[str, Any]) -> Time:
    values = {f.name: data.get(f.name) for f in fields(Time)}
    values.update(doc=data.get("doc", doc), sentence=_pair(data.get("sentence") or (0, 0)))
    return Time(**values)


def _event_json(event: Event) -> dict[str, Any]:
    data = asdict(event)
    data["sentence"] = _sentence_json(event.sentence)
    for key in ("actors", "figures", "statements"):
        data[key] = list(data[key])
    return data


def _event(doc: str, data: dict[str, Any]) -> Event:
    values = {f.name: data.get(f.name) for f in fields(Event)}
    values.update(doc=data.get("doc", doc), sentence=_pair(data["sentence"]),
                  **{key: tuple(data.get(key) or ()) for key in ("actors", "figures", "statements")})
    return Event(**values)
