"""The ledger's records: what `svodka export` writes and the store keeps as JSON
(docs/ledger.md has every field)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

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


@dataclass
class Revision:
    id: str
    event: str
    category: str
    claimant: Named
    steps: list[Claim]


@dataclass
class Disagreement:
    id: str
    event: str
    kind: str  # figures | statements
    category: str | None
    claims: list[Claim]


@dataclass
class Ledger:
    events: list[LedgerEvent]
    revisions: list[Revision]
    disagreements: list[Disagreement]


def doc_ref(doc: Document) -> DocRef:
    m = doc.meta
    return DocRef(m.id, m.url, m.outlet, m.published, m.title)


def make_id(prefix: str, *parts: str) -> str:
    """A stable id from what identifies the record, so re-running the ledger keeps its URLs."""
    return f"{prefix}-" + hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()[:10]
