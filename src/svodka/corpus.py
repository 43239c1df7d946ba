"""Corpus passes: what is computed over every stored document at once.

Run after each ingest and by ``svodka link``; each pass is a pure function of
the stored records, so running it again, or over documents ingested in another
order, gives the same result.
"""
from __future__ import annotations

from .ledger import Disagreement, Ledger, LedgerEvent, Revision, build
from .link import link
from .store import Store


def update(store: Store) -> None:
    links = link(store.doc_entities())
    store.write_links(links)
    store.write_ledger(build(store.documents(text=True), links))


def read_ledger(store: Store) -> Ledger:
    """The stored ledger as typed records (events, revisions, disagreements)."""
    return Ledger([LedgerEvent.from_json(e) for e in store.events()],
                  [Revision.from_json(r) for r in store.revisions()],
                  [Disagreement.from_json(d) for d in store.disagreements()])
