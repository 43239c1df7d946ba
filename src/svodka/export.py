"""Exports: the ledger's records as JSONL, CSV or Parquet, and events as ACLED-like CSV.

Rows are the JSON records of docs/ledger.md; in CSV and Parquet nested values
(lists, objects) are JSON strings, so every format has the same columns.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from .store import Store

KINDS = ("documents", "entities", "statements", "figures", "events", "disagreements")
ACLED = ("event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "source",
         "notes", "fatalities")


def rows(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    if kind == "entities":
        yield from store.entities()
    elif kind == "events":
        yield from store.events()
    elif kind == "disagreements":
        yield from store.disagreements()
    else:
        for document in store.documents(text=False):
            meta = document.meta
            if kind == "documents":
                yield {"id": meta.id, "url": meta.url, "title": meta.title, "outlet": meta.outlet,
                       "published": meta.published, "language": meta.language}
            else:
                for record in document.to_json()[kind]:
                    yield record


def acled(store: Store) -> Iterator[dict[str, Any]]:
    """One row per event in ACLED's column names: actors are the two most named ones,
    fatalities the highest count of killed any claimant gives (the range is in notes)."""
    figures = {}
    for document in store.documents(text=False):
        for f in document.figures:
            if f.category == "killed" and f.value is not None:
                figures[f"{document.id}:{f.id}"] = f.value
    for event in store.events():
        values = [figures[f] for f in event["figures"] if f in figures]
        actors = [a["name"] for a in event["actors"]]
        yield {
            "event_id": event["id"], "event_date": event["start"], "event_type": event["type"],
            "sub_event_type": event["sub_type"], "actor1": actors[0] if actors else "",
            "actor2": actors[1] if len(actors) > 1 else "",
            "location": (event["place"] or {}).get("name", ""),
            "source": "; ".join(sorted({d["outlet"] or "" for d in event["documents"]})),
            "notes": f"{len(event['documents'])} reports, {event['start']}…{event['end']}"
                     + (f"; killed {min(values):g}–{max(values):g} by claimant" if len(set(values)) > 1 else ""),
            "fatalities": int(max(values)) if values else 0,
        }


def write(records: Iterator[dict[str, Any]], fmt: str, out: BinaryIO) -> int:
    if fmt == "jsonl":  # streamed: an export of a large store never sits in memory
        count = 0
        for count, record in enumerate(records, 1):
            out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        return count
    records = list(records)  # a table needs its columns first
    flat = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in r.items()}
            for r in records]
    if fmt in ("csv", "acled"):
        text = io.StringIO()
        columns = list(flat[0]) if flat else list(ACLED if fmt == "acled" else ())
        writer = csv.DictWriter(text, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(flat)
        out.write(text.getvalue().encode("utf-8"))
        return len(records)
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(flat), out)
    return len(records)
