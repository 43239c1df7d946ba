"""Worker processes for extraction.

Workers are spawned, not forked: OpenBLAS threads started in the parent do not
survive a fork well (measured: 2 forked workers ran 3× slower than one
process).  Each worker gets one BLAS thread, since the workers themselves
fill the cores, and loads the models once in its initializer.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from .analyse import load

PARENT_CHECK_SECONDS = 1.0
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _init() -> None:
    threading.Thread(target=_watch_parent, daemon=True).start()
    load()


def _watch_parent() -> None:
    """A worker whose parent died (``kill -9``) exits instead of running forever."""
    parent = multiprocessing.parent_process()
    while parent is None or parent.is_alive():
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


@contextmanager
def pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    saved = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    os.environ.update({name: "1" for name in THREAD_VARIABLES})
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init
        ) as executor:
            # Start every worker now, while the variables are set for them to inherit.
            list(executor.map(_noop, range(workers)))
            yield executor
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _noop(_: int) -> None:
    return None


def peak_rss_mb(_: object = None) -> float:
    """This process's own peak resident memory. ``getrusage`` would also count what a
    spawned worker's parent held at the fork before the exec."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
