"""The ledger's records: what `svodka export` writes and the store keeps as JSON
(docs/ledger.md has every field)."""
from __future__ import annotations

import hashlib
import math
from dataclasses import asdict, dataclass, field
from typing import Any

from ..records import Document


@dataclass(frozen=True)
class DocRef:
    id: str
    url: str | None
    outlet: str | None
    published: str | None
    title: str | None = None


@dataclass(frozen=True)
class Named:
    entity: str | None  # corpus entity id
    name: str


@dataclass(frozen=True)
class Claim:
    document: DocRef
    claimant: Named
    text: str
    start: int
    end: int
    sentence: tuple[int, int]
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    qualifier: str | None = None
    category: str | None = None
    act: str | None = None
    record: str = ""  # "<doc>:<local id>" of the figure or statement
    object: str | None = None  # what a figure counts

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Claim:
        high = data.get("high")
        if high is None and data.get("low") is not None:
            high = math.inf  # "более 200": stored as no upper bound
        return cls(**{**data, "document": DocRef(**data["document"]), "claimant": Named(**data["claimant"]),
                      "sentence": tuple(data["sentence"]), "high": high})


@dataclass
class LedgerEvent:
    id: str
    type: str
    sub_type: str
    start: str | None
    end: str | None
    place: Named | None
    actors: list[Named] = field(default_factory=list)
    documents: list[DocRef] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)  # "<doc>:<figure id>"
    statements: list[str] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)  # {doc, id, start, end, sentence}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LedgerEvent:
        place = data.get("place")
        return cls(**{**data, "place": Named(**place) if place else None,
                      "actors": [Named(**a) for a in data["actors"]],
                      "documents": [DocRef(**d) for d in data["documents"]]})


@dataclass
class Revision:
    id: str
    event: str
    category: str
    claimant: Named
    steps: list[Claim]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Revision:
        return cls(**{**data, "claimant": Named(**data["claimant"]), "steps": [Claim.from_json(c) for c in data["steps"]]})


@dataclass
class Disagreement:
    id: str
    event: str
    kind: str  # figures | statements
    category: str | None
    claims: list[Claim]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Disagreement:
        return cls(**{**data, "claims": [Claim.from_json(c) for c in data["claims"]]})


@dataclass
class Ledger:
    events: list[LedgerEvent]
    revisions: list[Revision]
    disagreements: list[Disagreement]


def to_json(record: Any) -> dict[str, Any]:
    """The JSON form of a ledger record; an open upper bound ("более 200") is null, since
    JSON has no infinity."""
    def clean(value: Any) -> Any:
        if isinstance(value, float) and math.isinf(value):
            return None
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [clean(v) for v in value]
        return value

    return clean(asdict(record))


def doc_ref(doc: Document) -> DocRef:
    m = doc.meta
    return DocRef(m.id, m.url, m.outlet, m.published, m.title)


def make_id(prefix: str, *parts: str) -> str:
    """A stable id from what identifies the record, so re-running the ledger keeps its URLs."""
    return f"{prefix}-" + hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()[:10]
