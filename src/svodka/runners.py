"""Where extraction runs: in this process, in N local worker processes, or on a Dask
cluster.  Each runner takes a stream of items and gives back (item, result) pairs in the
same order, with a bounded number of items in flight, so that memory stays flat however
long the input is."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from .errors import SvodkaError

Runner = Callable[[Iterable[Any]], Iterator[tuple[Any, Any]]]
IN_FLIGHT = 8  # batches per worker waiting or running
BATCH = 16  # items per task sent to a worker


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    stream = iter(items)
    while batch := list(islice(stream, size)):
        yield batch


def _windowed(submit: Callable[[list[Any]], Any], result: Callable[[Any], list[Any]], items: Iterable[Any],
              window: int) -> Iterator[tuple[Any, Any]]:
    """Submit batches, at most ``window`` outstanding, and yield their results in order."""
    waiting: deque[tuple[list[Any], Any]] = deque()
    for batch in _batches(items, BATCH):
        waiting.append((batch, submit(batch)))
        if len(waiting) >= window:
            done, future = waiting.popleft()
            yield from zip(done, result(future))
    while waiting:
        done, future = waiting.popleft()
        yield from zip(done, result(future))


@contextmanager
def runner(work: Callable[[list[Any]], list[Any]], workers: int = 1, cluster: str | None = None) -> Iterator[Runner]:
    """``work`` maps a batch of items to their results (it must be importable: it runs in
    other processes).  ``cluster``: "local", "local:N" (a Dask LocalCluster of N worker
    processes) or a scheduler address "tcp://host:8786"."""
    if cluster:
        with _dask(cluster) as client:
            window = IN_FLIGHT * max(1, len(client.scheduler_info()["workers"]))
            yield lambda items: _windowed(lambda b: client.submit(work, b, pure=False), lambda f: f.result(),
                                          items, window)
    elif workers > 1:
        from .workers import pool

        with pool(workers) as executor:
            yield lambda items: _windowed(lambda b: executor.submit(work, b), lambda f: f.result(), items,
                                          IN_FLIGHT * workers)
    else:  # one at a time: a crash loses no more than the batch being committed
        yield lambda items: ((item, work([item])[0]) for item in items)


def check_cluster(cluster: str) -> int | None:
    """The number of local workers ``cluster`` asks for (None for a scheduler address), or a
    one-line error before anything starts."""
    if cluster == "local" or cluster.startswith("local:"):
        count = cluster.partition(":")[2]
        if count and not (count.isdigit() and int(count) > 0):
            raise SvodkaError(f"--cluster {cluster!r}: give local, local:N (N workers) or a scheduler address")
        return int(count or 2)
    if cluster.startswith(("tcp://", "tls://")):
        return None
    raise SvodkaError(f"--cluster {cluster!r}: give local, local:N or a scheduler address tcp://host:8786")


@contextmanager
def _dask(cluster: str) -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    count = check_cluster(cluster)
    if count:
        with LocalCluster(n_workers=count, threads_per_worker=1, processes=True,
                          dashboard_address=None) as local, Client(local) as client:
            yield client
    else:
        try:
            with Client(cluster, timeout="20s") as client:
                yield client
        except OSError as error:
            raise SvodkaError(f"--cluster {cluster}: cannot reach the scheduler ({error})") from error
