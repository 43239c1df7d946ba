"""Throughput of svodka's full extraction against Natasha's pipeline, same documents, same run.

Warm-up is excluded; each system runs ``rounds`` times over all documents, the two
interleaved document by document (in turns: which goes first alternates), so that a
slow spell of a shared machine hits both alike; the median round is reported.

The speed-up of ``workers`` processes is svodka alone in a pool of one worker against
svodka alone in a pool of ``workers``, the two timed in turns round by round (median
each). Beside it, the machine's own ceiling: the speed-up of a pure-CPU Python loop
that touches no memory, on the same pools. On a virtual machine the cores may be
hyper-threads or shared with other guests; a ceiling under ``workers`` says so, and
svodka cannot scale better than that.

Both systems run in one worker process with one BLAS thread, as each worker of the
parallel run does: in a plain process OpenBLAS spreads the matrix products over every
core, so that "one process" would not be one core, and would flatter whichever system
multiplies more matrices (Natasha: 0.82× became 0.76× for svodka with one thread).
"""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from ..analyse import load
from ..analyse.models import natasha
from ..analyse.parse import natasha_analyse
from ..pipeline import extract
from ..workers import peak_rss_mb, pool as worker_pool


def _natasha(text: str) -> int:
    return len(natasha_analyse(text).tokens)


def _svodka(text: str) -> int:
    return len(extract(text).entities)


def _interleaved(texts: list[str]) -> dict[str, float]:
    seconds = {"natasha": 0.0, "svodka": 0.0}
    systems = [("natasha", _natasha), ("svodka", _svodka)]
    for text in texts:
        for name, function in systems:
            started = time.perf_counter()
            function(text)
            seconds[name] += time.perf_counter() - started
        systems.reverse()
    return seconds


def _timed_pool(pool: ProcessPoolExecutor, texts: list[str]) -> float:
    # one document per task: with a hundred documents, coarser chunks leave a worker idle at
    # the end, which a long ingest (batches of 16 in a window, svodka/runners.py) does not see
    return _timed(pool, _svodka, texts)


def _timed(pool: ProcessPoolExecutor, function: Callable, items: list) -> float:
    started = time.perf_counter()
    list(pool.map(function, items, chunksize=1))
    return time.perf_counter() - started


SPIN = 2_000_000  # about 0.15 s of one core


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def _warm_up(texts: list[str]) -> None:
    load()
    natasha()
    for text in texts:  # first calls pay for lazy initialisation
        _natasha(text)
        _svodka(text)


def run(texts: list[str], *, workers: int = 1, rounds: int = 3, on_round: Callable[[], None] | None = None) -> dict:
    times: dict[str, list[float]] = {"natasha": [], "svodka": []}
    with worker_pool(1) as single:
        single.submit(_warm_up, texts[:5]).result()
        for _ in range(rounds):
            for name, seconds in single.submit(_interleaved, texts).result().items():
                times[name].append(seconds)
            if on_round:
                on_round()
        single_mb = single.submit(peak_rss_mb).result()
    rows = {name: _row(statistics.median(t), texts) for name, t in times.items()}
    result = {
        "documents": len(texts),
        "megabytes": round(_megabytes(texts), 3),
        "rounds": rounds,
        "systems": rows,
        "ratio_svodka_to_natasha": round(rows["svodka"]["seconds"] / rows["natasha"]["seconds"], 3),
    }
    if workers > 1:
        alone: dict[int, list[float]] = {1: [], workers: []}
        spun: dict[int, list[float]] = {1: [], workers: []}
        with worker_pool(1) as one, worker_pool(workers) as many:
            pools = {1: one, workers: many}
            for pool in pools.values():
                list(pool.map(_svodka, texts[: workers * 2]))  # warm every worker
            order = list(pools.items())
            for _ in range(rounds):
                for n, pool in order:
                    alone[n].append(_timed_pool(pool, texts))
                    spun[n].append(_timed(pool, _spin, [SPIN] * (workers * 4)))
                order.reverse()  # which pool goes first alternates
            worker_mb = max(many.map(peak_rss_mb, range(workers * 4)))
        single, parallel = statistics.median(alone[1]), statistics.median(alone[workers])
        result["workers"] = {
            "workers": workers,
            **_row(parallel, texts),
            "one_worker_seconds": round(single, 3),
            "speedup": round(single / parallel, 3),
            "machine_speedup": round(statistics.median(spun[1]) / statistics.median(spun[workers]), 3),
            "peak_rss_mb": round(worker_mb, 1),
        }
    result["peak_rss_mb"] = round(single_mb, 1)
    return result


def _megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _row(seconds: float, texts: list[str]) -> dict:
    return {
        "seconds": round(seconds, 3),
        "docs_per_second": round(len(texts) / seconds, 2),
        "mb_per_second": round(_megabytes(texts) / seconds, 3),
    }
