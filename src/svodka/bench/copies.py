"""Large stores for timing, made from a few annotated articles: copies with new ids and
their dates moved by ``SHIFT_DAYS`` per copy, so that the copies are separate stories."""
from __future__ import annotations

from datetime import date, timedelta

from ..records import Document

SHIFT_DAYS = 60


def moved(day: str | None, k: int) -> str | None:
    if not day or len(day) < 10:
        return day
    return (date.fromisoformat(day[:10]) + timedelta(days=SHIFT_DAYS * k)).isoformat()


def copy_document(doc: Document, k: int) -> Document:
    """The k-th copy of ``doc`` (the 0th is the document itself)."""
    if k == 0:
        return doc
    data = doc.to_json()
    data["document"] = {**data["document"], "id": f"{doc.id}-{k}", "published": moved(doc.meta.published, k)}
    data["events"] = [{**e, "date": moved(e.get("date"), k)} for e in data["events"]]
    return Document.from_json(data, doc.text)


def copies(docs: list[Document], n: int) -> list[Document]:
    """``n`` documents: ``docs``, then their copies, in order."""
    found: list[Document] = []
    k = 0
    while len(found) < n:
        found += [copy_document(d, k) for d in docs[: n - len(found)]]
        k += 1
    return found
