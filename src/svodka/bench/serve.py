"""Latency of `svodka serve` on a large store: p50/p95 per page type and for the API.

The store is built from the sample and ledger dev corpora: their articles are extracted
once, then copied (``bench.copies``) until it holds ``documents``; the corpus passes run
over it as after an ingest.  The server is a real uvicorn process on 127.0.0.1; requests go one at a time,
the way one analyst clicks.
"""
from __future__ import annotations

import json
import statistics
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from ..corpus import update
from ..pipeline import extract
from ..store import open_store
from ..web.process import running
from .copies import copies
from .devset import articles

QUERIES = ["наводнение", "Сомова", "задержаны", "дамбы", "пожар", "МЧС", "прокуратура проверка"]


def build(path: Path, documents: int) -> dict:
    """A store of ``documents`` documents at ``path``; returns how long each part took."""
    started = time.perf_counter()
    base = [extract(i.text, **i.meta) for i in articles()]
    extracted = time.perf_counter()
    with open_store(path) as store:
        batch = [(doc, "copy") for doc in copies(base, documents)]
        for n in range(0, len(batch), 500):
            store.add(batch[n : n + 500])
        stored = time.perf_counter()
        update(store)
    return {"documents": len(batch), "extract_seconds": round(extracted - started, 1),
            "store_seconds": round(stored - extracted, 1), "corpus_pass_seconds": round(time.perf_counter() - stored, 1)}


def run(documents: int = 10_000, requests: int = 200, db: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "serve.db"
        built = build(path, documents) if not path.exists() else {"documents": None, "reused": str(path)}
        with running(path) as base:
            result = {"store": built, "requests_per_page": requests, "pages": _measure(base, requests)}
    return result


def _measure(base: str, requests: int) -> dict:
    overview = json.loads(_get(base + "/api/overview")[1])
    events = [e["id"] for e in overview["events_list"]]
    docs = [d["id"] for e in overview["events_list"][:50] for d in e["documents"]]
    entities = [a["entity"] for e in overview["events_list"][:50] for a in e["actors"] if a["entity"]]
    kinds = {
        "overview": lambda n: "/",
        "search": lambda n: "/search?q=" + urllib.parse.quote(QUERIES[n % len(QUERIES)]),
        "search facet": lambda n: "/search?q=" + urllib.parse.quote(QUERIES[n % len(QUERIES)]) + "&type=flood",
        "document": lambda n: f"/documents/{docs[n % len(docs)]}",
        "entity": lambda n: f"/entities/{entities[n % len(entities)]}",
        "event": lambda n: f"/events/{events[n % len(events)]}",
        "disagreements": lambda n: f"/disagreements?page={1 + n % 5}",
        "map": lambda n: "/map",
        "api search": lambda n: "/api/search?q=" + urllib.parse.quote(QUERIES[n % len(QUERIES)]),
        "api event": lambda n: f"/api/events/{events[n % len(events)]}",
        "api document": lambda n: f"/api/documents/{docs[n % len(docs)]}",
    }
    result = {}
    for name, url in kinds.items():
        times, failures = [], 0
        for n in range(requests):
            started = time.perf_counter()
            status, _ = _get(base + url(n))
            times.append((time.perf_counter() - started) * 1000)
            failures += status != 200
        times.sort()
        result[name] = {"p50_ms": round(statistics.median(times), 1),
                        "p95_ms": round(times[int(len(times) * 0.95) - 1], 1), "failures": failures}
    return result


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
