"""The ledger against a hand-annotated multi-source corpus (tests/data/ledger/).

The articles are ingested into a fresh SQLite store, then:
- events: pairwise document P/R/F1 (two documents in one gold event should be in
  one svodka event; unrelated articles belong to none);
- entities: for every gold person or organisation, whether exactly one linked
  entity carries its full name and how many of its documents that entity covers;
  a wrong merge is a linked entity carrying the full names of two gold entities;
- disagreements: a gold disagreement is found when one svodka disagreement of its
  kind holds claims on two of its sides with different claimants (claims match
  sides by overlapping text in the same document); precision likewise;
- revisions: a gold revision is found when a svodka revision of its category has
  all its values;
- scale (``--scale N``): the corpus pass (linking, then the ledger) over N stored
  documents made from the corpus's own records (``bench.copies``).
"""
from __future__ import annotations

import json
import tempfile
import time
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from ..batch import ingest
from ..errors import SvodkaError
from ..extract.words import fold
from ..ingest import read_paths
from ..ledger import build
from ..link import DocEntity, link
from ..records import Document
from ..store import open_store
from .copies import copies, moved
from .score import PRF

DEFAULT = Path("tests") / "data" / "ledger"


def run(folder: Path = DEFAULT, workers: int = 1, scale: int = 0) -> dict:
    gold_path = folder / "gold.json"
    if not gold_path.exists():
        raise SvodkaError(f"{gold_path}: no such gold file")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    articles = folder / "articles"
    texts = {Path(item.source).name: item.text for item in read_paths([articles])}
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "ledger.db") as store:
        started = time.perf_counter()
        ingest([articles], store, workers=workers)
        seconds = time.perf_counter() - started
        ids = dict(store.conn.execute("SELECT source, id FROM documents"))
        doc_of = {Path(source).name: doc for source, doc in ids.items()}
        events, entities = store.events(), store.entities()
        disagreements, revisions = store.disagreements(), store.revisions()
        scaled = _scale(list(store.documents()), store.doc_entities(), scale) if scale else None
    name_of = {doc: name for name, doc in doc_of.items()}
    result = {
        "corpus": str(folder), "documents": len(doc_of), "seconds": round(seconds, 2),
        "events": _events(gold, events, name_of),
        "entities": _entities(gold, entities, name_of),
        "disagreements": _disagreements(gold, disagreements, texts, name_of),
        "revisions": _revisions(gold, revisions, name_of),
    }
    if scaled:
        result["scale"] = scaled
    return result


def _scale(docs: list[Document], rows: list[DocEntity], n: int) -> dict:
    """Time linking and the ledger over ``n`` documents copied from ``docs``."""
    made = copies(docs, n)
    entity_rows = []
    for k in range(-(-n // len(docs))):
        entity_rows += [replace(r, doc=f"{r.doc}-{k}" if k else r.doc, published=moved(r.published, k)) for r in rows]
    kept = {d.id for d in made}
    entity_rows = [r for r in entity_rows if r.doc in kept]
    started = time.perf_counter()
    links = link(entity_rows)
    linked = time.perf_counter()
    ledger = build(made, links)
    done = time.perf_counter()
    return {"documents": len(made), "link_seconds": round(linked - started, 2),
            "ledger_seconds": round(done - linked, 2), "events": len(ledger.events),
            "disagreements": len(ledger.disagreements), "entities": len(links.entities)}


def _pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in combinations(sorted(set(g)), 2)}


def _events(gold: dict, events: list[dict], name_of: dict[str, str]) -> dict:
    expected = _pairs([e["documents"] for e in gold["events"]])
    found = _pairs([[name_of[d["id"]] for d in e["documents"]] for e in events])
    prf = PRF(tp=len(expected & found), fp=len(found - expected), fn=len(expected - found))
    in_event = {name_of[d["id"]] for e in events for d in e["documents"]}
    return {"pairs": prf.as_dict(), "gold_events": len(gold["events"]), "svodka_events": len(events),
            "unrelated_in_an_event": sorted(set(gold["unrelated"]) & in_event),
            "clusters": [sorted(name_of[d["id"]][:3] for d in e["documents"]) for e in events]}


def _entities(gold: dict, entities: list[dict], name_of: dict[str, str]) -> dict:
    wanted = [g for g in gold["entities"] if g["type"] in ("PER", "ORG") and len(g["name"].split()) > 1]
    full = {fold(g["name"]): g for g in wanted}
    right, coverage, merges, errors = 0, [], [], []
    for g in wanted:
        carriers = [e for e in entities if fold(g["name"]) in {fold(a) for a in e["aliases"]}]
        if len(carriers) == 1:
            docs = {name_of[d["id"]] for d in carriers[0]["documents"]}
            right += 1
            coverage.append(len(docs & set(g["documents"])) / len(g["documents"]))
        else:
            errors.append({"entity": g["name"], "linked_entities": len(carriers)})
    for e in entities:
        names = {fold(a) for a in e["aliases"]} & set(full)
        if len(names) > 1:
            merges.append(sorted(names))
    return {"gold": len(wanted), "one_entity": right, "document_coverage": round(sum(coverage) / len(coverage), 4)
            if coverage else 0.0, "wrong_merges": merges, "errors": errors}


def _side_spans(side: dict, texts: dict[str, str]) -> tuple[str, int, int]:
    start = texts[side["document"]].find(side["text"])
    return side["document"], start, start + len(side["text"])


def _matches(claim: dict, span: tuple[str, int, int], name_of: dict[str, str]) -> bool:
    return name_of.get(claim["document"]["id"]) == span[0] and claim["start"] < span[2] and span[1] < claim["end"]


def _disagreements(gold: dict, found: list[dict], texts: dict[str, str], name_of: dict[str, str]) -> dict:
    def hits(g: dict, d: dict) -> bool:
        if g["kind"] != d["kind"]:
            return False
        sides = {}
        for side in g["sides"]:
            span = _side_spans(side, texts)
            for claim in d["claims"]:
                if _matches(claim, span, name_of):
                    sides.setdefault(fold(side["claimant"].split("(")[0]), claim)
        return len(sides) >= 2

    golds = gold["disagreements"]
    found_gold = [g for g in golds if any(hits(g, d) for d in found)]
    right = [d for d in found if any(hits(g, d) for g in golds)]
    prf = PRF(tp=len(found_gold), fp=len(found) - len(right), fn=len(golds) - len(found_gold))
    result = {"all": prf.as_dict()}
    for kind in ("figures", "statements"):
        g_kind = [g for g in golds if g["kind"] == kind]
        d_kind = [d for d in found if d["kind"] == kind]
        result[kind] = PRF(tp=sum(g in found_gold for g in g_kind), fp=sum(d not in right for d in d_kind),
                           fn=sum(g not in found_gold for g in g_kind)).as_dict()
    result["missed"] = [f"{g['event']} {g['kind']} {g.get('category') or ''}: "
                        + " / ".join(s["text"][:50] for s in g["sides"]) for g in golds if g not in found_gold]
    result["spurious"] = [f"{d['kind']} {d.get('category') or ''}: "
                          + " / ".join(f"{c['claimant']['name']}: {c['text'][:50]}" for c in d["claims"])
                          for d in found if d not in right]
    return result


def _revisions(gold: dict, found: list[dict], name_of: dict[str, str]) -> dict:
    def values(r: dict) -> set[float]:
        return {float(s["value"]) for s in r["steps"] if s.get("value") is not None}

    hit = [g for g in gold["revisions"]
           if any(r["category"] == g["category"] and values(g) <= values(r) for r in found)]
    return {"gold": len(gold["revisions"]), "found": len(hit), "svodka_revisions": len(found),
            "missed": [f"{g['event']} {g['category']} {g['claimant']}: {[s['value'] for s in g['steps']]}"
                       for g in gold["revisions"] if g not in hit]}
