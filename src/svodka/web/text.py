"""Text for the web pages: search queries that see through Russian endings, and a
document's text cut into segments with the records that cover each."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract.words import fold
from ..records import Document

WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё-]+")
MAX_WORDS = 8


def stems(query: str) -> list[str]:
    """Query words cut to a stem that every case form of them starts with ("Токаев",
    "Токаева", "Токаеву" -> "токаев"; "выборы", "выборов" -> "выбор")."""
    words = [fold(w).strip("-") for w in WORD.findall(query)][:MAX_WORDS]
    return [w if len(w) <= 4 else w[: max(4, len(w) - 2)] if w[-1] in "аеиоуыэюяйь" else w
            for w in words if w]


def fts_query(query: str) -> str | None:
    """An FTS5 expression: every stem as a prefix, all required; None for an empty query."""
    found = stems(query)
    return " AND ".join(f'"{s}"*' for s in found) if found else None


@dataclass
class Segment:
    text: str
    marks: list[dict] = field(default_factory=list)  # records covering this piece: {kind, id, type, title}
    anchors: list[str] = field(default_factory=list)  # ids of the records that start here


def records(doc: Document) -> list[dict]:
    """Every record of the document with its span, kind and a one-line title."""
    names = {e.id: e.name for e in doc.entities}
    found = []
    for e in doc.entities:
        for n, m in enumerate(e.mentions):
            found.append({"kind": "entity", "id": f"{e.id}-{n}", "entity": e.id, "type": e.type, "start": m.start,
                          "end": m.end, "title": f"{e.type}: {e.name}"})
    for s in doc.statements:
        speaker = names.get(s.speaker.entity or "") or s.speaker.antecedent or s.speaker.text or "?"
        found.append({"kind": "statement", "id": s.id, "type": s.act, "start": s.start, "end": s.end,
                      "title": f"{speaker} ({s.cue}, {s.act})", "speaker": speaker, "text": s.content.text})
    for f in doc.figures:
        found.append({"kind": "figure", "id": f.id, "type": f.category, "start": f.start, "end": f.end,
                      "title": f"{f.category}: {f.text} {f.object or ''}".strip(), "text": f.text})
    for t in doc.times:
        found.append({"kind": "time", "id": t.id, "type": t.precision or "", "start": t.start, "end": t.end,
                      "title": f"{t.text} = {t.value or '?'}", "text": t.text})
    return sorted(found, key=lambda r: (r["start"], -r["end"]))


def segments(text: str, marks: list[dict]) -> list[Segment]:
    """The text cut at every record boundary; each piece knows which records cover it."""
    cuts = sorted({0, len(text)} | {m["start"] for m in marks} | {m["end"] for m in marks})
    starts: dict[int, list[str]] = {}
    for m in marks:
        starts.setdefault(m["start"], []).append(m["id"])
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m["start"] <= a and b <= m["end"]]
        pieces.append(Segment(text[a:b], covering, starts.get(a, [])))
    return pieces
