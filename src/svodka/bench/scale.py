"""Ingest at scale: documents per second, peak memory and store size for SQLite (1 and 2
workers, a Dask LocalCluster of 2) and PostgreSQL (when ``--postgres URL`` names an empty
database), on a collection built from the dev texts.

The collection: the sample corpus's and the ledger corpus's articles, each copy made
distinct by a numbered line at its end (so every copy is a new document, extracted in full).
Each configuration runs as its own ``svodka ingest`` process, which reports its own peak
memory and that of its worker processes.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..errors import SvodkaError
from .devset import articles

RUN = """
import json, resource, sys, time
from svodka.batch import ingest
from svodka.store import open_store
from svodka.workers import peak_rss_mb
started = time.perf_counter()
with open_store(sys.argv[1]) as store:
    summary = ingest([sys.argv[2]], store, workers=int(sys.argv[3]), cluster=sys.argv[4] or None, batch_size=200)
seconds = time.perf_counter() - started
print(json.dumps({"added": summary.added, "failed": summary.failed, "seconds": seconds,
                  "self_mb": peak_rss_mb(),
                  "workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def collection(path: Path, documents: int) -> int:
    items = articles()
    with path.open("w", encoding="utf-8") as out:
        for n in range(documents):
            item = items[n % len(items)]
            out.write(json.dumps({"text": f"{item.text}\n\nМатериал № {n}.", **item.meta}, ensure_ascii=False) + "\n")
    return path.stat().st_size


CONFIGURATIONS = ("sqlite 1", "sqlite 2", "sqlite dask:2", "postgres 2")


def run(documents: int = 10_000, postgres: str | None = None, configurations: list[str] | None = None) -> dict:
    wanted = configurations or [c for c in CONFIGURATIONS if postgres or not c.startswith("postgres")]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "collection.jsonl"
        size = collection(source, documents)
        rows = []
        for name in wanted:
            backend, how = name.split()
            db = postgres if backend == "postgres" else str(Path(tmp) / f"{how.replace(':', '')}.db")
            if backend == "postgres" and not postgres:
                raise SvodkaError("the postgres configuration needs --postgres URL of an empty database")
            workers, cluster = (1, f"local:{how.split(':')[1]}") if how.startswith("dask") else (int(how), "")
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", RUN, db, str(source), str(workers), cluster],
                                  capture_output=True, text=True, env={**os.environ})
            if done.returncode != 0:
                raise SvodkaError(f"{name}: ingest failed: {done.stderr.strip()[-500:]}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            rows.append({"configuration": name, "documents": result["added"], "failed": result["failed"],
                         "seconds": round(result["seconds"], 1), "docs_per_s": round(result["added"] / result["seconds"], 1),
                         "peak_mb_main": round(result["self_mb"]), "peak_mb_worker": round(result["workers_mb"]),
                         "store_mb": round(_size(db) / 1e6, 1), "wall_s": round(time.perf_counter() - started, 1)})
            if backend == "postgres":
                _empty(postgres)
    return {"documents": documents, "input_mb": round(size / 1e6, 1), "runs": rows,
            "cores": os.cpu_count(), "note": "peak_mb_worker is the largest child process (workers, Dask nannies)"}


def _size(db: str) -> int:
    if db.startswith(("postgresql://", "postgres://")):
        import psycopg

        with psycopg.connect(db) as conn:
            return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    return sum(Path(db + suffix).stat().st_size for suffix in ("", "-wal") if Path(db + suffix).exists())


def _empty(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")

