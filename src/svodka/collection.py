"""A store as Python objects, for notebooks and scripts: ``svodka.open("svodka.db")``.

The same store and the same export records the CLI, the exports and the web UI use. Each
method returns typed records (a list you can loop over) with ``to_pandas()`` and
``to_arrow()`` giving a table with the export columns, nested values kept as Python
lists and dicts (no hand-written CSV parsing)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from .export import rows
from .ledger import Disagreement, LedgerEvent
from .records import Document, Figure, Statement
from .store import Store, open_store

T = TypeVar("T")


class Records(list, Generic[T]):
    """Typed records, and their export rows for tables."""

    def __init__(self, items: Iterable[T], table: list[dict[str, Any]]) -> None:
        super().__init__(items)
        self._table = table

    def to_pandas(self) -> Any:
        import pandas as pd

        return pd.DataFrame(self._table)

    def to_arrow(self) -> Any:
        import pyarrow as pa

        return pa.Table.from_pylist(self._table)


class Collection:
    """A store opened for reading and computing over it; close it (or use ``with``) when done."""

    def __init__(self, target: str | Path) -> None:
        self.store: Store = open_store(target, create=False)

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def __repr__(self) -> str:
        return f"<svodka collection {self.store.location}: {self.store.count_documents()} documents>"

    def documents(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                  text: bool = True) -> Records[Document]:
        """Documents, oldest first; ``since``/``until`` compare the publication date (YYYY-MM-DD)."""
        found = [d for d in self.store.documents(text=text) if _dated(d.meta.outlet, d.meta.published, outlet, since, until)]
        table = [{"id": d.id, "url": d.meta.url, "title": d.meta.title, "outlet": d.meta.outlet,
                  "published": d.meta.published, "language": d.meta.language} for d in found]
        return Records(found, table)

    def entities(self, *, type: str | None = None, name: str | None = None) -> Records[dict]:
        """Corpus entities (the export record: id, type, name, aliases, roles, documents, mentions)."""
        found = [e for e in rows(self.store, "entities") if (not type or e["type"] == type)
                 and (not name or name.lower() in " ".join([e["name"], *e["aliases"]]).lower())]
        return Records(found, found)

    def statements(self, *, speaker: str | None = None, outlet: str | None = None, since: str | None = None,
                   until: str | None = None, act: str | None = None) -> Records[Statement]:
        """Statements; ``speaker`` matches the speaker as written or its entity's name (any part)."""
        return self._records("statements", lambda s: not act or s.act == act, speaker, outlet, since, until)

    def figures(self, *, category: str | None = None, outlet: str | None = None, since: str | None = None,
                until: str | None = None) -> Records[Figure]:
        return self._records("figures", lambda f: not category or f.category == category, None, outlet, since, until)

    def events(self, *, type: str | None = None, place: str | None = None, since: str | None = None,
               until: str | None = None) -> Records[LedgerEvent]:
        found = [e for e in rows(self.store, "events") if (not type or e["type"] == type)
                 and (not place or place.lower() in ((e["place"] or {}).get("name") or "").lower())
                 and _dated(None, e["start"], None, since, until)]
        return Records([LedgerEvent.from_json(e) for e in found], found)

    def disagreements(self, *, kind: str | None = None, category: str | None = None,
                      event: str | None = None) -> Records[Disagreement]:
        found = [d for d in rows(self.store, "disagreements") if (not kind or d["kind"] == kind)
                 and (not category or d["category"] == category) and (not event or d["event"] == event)]
        return Records([Disagreement.from_json(d) for d in found], found)

    def _records(self, kind: str, keep: Callable[[Any], bool], speaker: str | None, outlet: str | None,
                 since: str | None, until: str | None) -> Records:
        items, table = [], []
        for doc in self.store.documents(text=False):
            if not _dated(doc.meta.outlet, doc.meta.published, outlet, since, until):
                continue
            names = {e.id: e.name for e in doc.entities}
            records = doc.statements if kind == "statements" else doc.figures
            by_id = {r["id"]: r for r in doc.to_json()[kind]}
            for record in records:
                said = record if kind == "statements" else next(
                    (s for s in doc.statements if s.id == record.statement), None)
                who = " ".join(filter(None, [said.speaker.text, names.get(said.speaker.entity or "")])) if said else ""
                if keep(record) and (not speaker or speaker.lower() in who.lower()):
                    items.append(record)
                    table.append({**by_id[record.id], "outlet": doc.meta.outlet, "published": doc.meta.published,
                                  "claimant": names.get(said.speaker.entity or "", said.speaker.text) if said else None})
        return Records(items, table)


def _dated(outlet_of: str | None, published: str | None, outlet: str | None, since: str | None,
           until: str | None) -> bool:
    day = (published or "")[:10]
    return (not outlet or outlet_of == outlet) and (not since or day >= since) and (not until or (day and day <= until))


def open(target: str | Path) -> Collection:  # noqa: A001 - svodka.open, as users expect
    """The store at a path or ``sqlite:///`` URL, as Python objects."""
    return Collection(target)
