"""The ledger across sources: events merged over outlets and days, every figure
with its claimant, revisions, and disagreements.  A pure function of the stored
documents and the entity links (docs/ledger.md explains each rule):

- ``stories``: each document's main event and place, and the documents of one
  happening joined into one event;
- ``claims``: the event's figures with their claimants and intervals, revisions,
  figure disagreements;
- ``disputes``: opposite statements about the same thing.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..extract.words import fold
from ..link import Links
from ..records import Document
from . import claims, disputes, stories
from .claims import interval, outdated
from .places import Gazetteer
from .records import Claim, Disagreement, DocRef, Ledger, LedgerEvent, Named, Revision, doc_ref

__all__ = ["Claim", "Disagreement", "DocRef", "Ledger", "LedgerEvent", "Named", "Revision", "build", "interval",
           "outdated"]


def build(documents: Iterable[Document], links: Links) -> Ledger:
    names = {e.id: e.name for e in links.entities}
    aliases = _aliases(links)
    docs = sorted(documents, key=lambda d: (d.meta.published or "", d.id))
    texts = {d.id: d.text for d in docs}
    places = Gazetteer(links)
    found = [s for s in (stories.story(d, links, places) for d in docs) if s is not None]
    events, revisions, disagreements, clustered = [], [], [], set()
    for members in stories.cluster(found, links, places):
        clustered.update(s.doc.id for s in members)
        event = stories.event(members, links, names)
        events.append(event)
        figures = claims.figure_claims(members, links, names)
        event.figures = list(dict.fromkeys(c.record for c in figures))  # every figure it weighs, not only the trigger sentences
        said = disputes.statement_claims([(s.doc, s.ref) for s in members], links, names)
        keys = claims.Claimants(figures + said, links, aliases)
        revisions += claims.revisions(event.id, figures, keys)
        disagreements += claims.figure_disagreements(event.id, figures, keys, texts)
        disagreements += disputes.statement_disagreements(event.id, said, keys)
    for doc in docs:  # an article that reports no event may still hold both sides of a dispute
        if doc.id not in clustered:
            said = disputes.statement_claims([(doc, doc_ref(doc))], links, names)
            disagreements += disputes.statement_disagreements(None, said, claims.Claimants(said, links, aliases))
    return Ledger(events, revisions, disagreements)


def _aliases(links: Links) -> dict[str, str]:
    """Folded name -> the one linked entity that carries it (names two entities share are left out)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in links.entities:
        for name in (e.name, *e.aliases):
            owners[fold(name)].add(e.id)
    return {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}
