"""Streaming ingest and the Dask path, on real components: a LocalCluster of worker
processes gives the same store as one process; the reader is never more than a bounded
window ahead of the store."""
import pytest

import svodka.batch as batch
from svodka.batch import ingest
from svodka.errors import SvodkaError
from svodka.runners import BATCH, IN_FLIGHT
from svodka.store import open_store

from .conftest import CORPUS


def _summary(db):
    with open_store(db) as store:
        return (sorted(d.id for d in store.documents(text=False)), sorted(e["id"] for e in store.events()),
                sorted(d["id"] for d in store.disagreements()))


def test_a_dask_local_cluster_gives_the_same_store_as_one_process(tmp_path):
    with open_store(tmp_path / "one.db") as store:
        one = ingest([CORPUS], store)
    with open_store(tmp_path / "dask.db") as store:
        dask = ingest([CORPUS], store, cluster="local:2")
    assert (one.added, one.failed) == (dask.added, dask.failed) == (12, 0)
    assert _summary(tmp_path / "one.db") == _summary(tmp_path / "dask.db")


def test_bad_cluster_addresses_are_one_line(tmp_path):
    with open_store(tmp_path / "x.db") as store:
        with pytest.raises(SvodkaError, match="local:N"):
            ingest([CORPUS], store, cluster="local:zero")
        with pytest.raises(SvodkaError, match="scheduler"):
            ingest([CORPUS], store, cluster="nowhere")


def test_ingest_streams_the_input(tmp_path, monkeypatch):
    """However long the input, the reader runs at most a bounded window ahead of the store."""
    from svodka.ingest import Item

    counts = {"read": 0, "stored": 0, "ahead": 0}

    def items(*args, **kwargs):
        for n in range(600):
            counts["read"] += 1
            counts["ahead"] = max(counts["ahead"], counts["read"] - counts["stored"])
            yield Item(f"item {n}", f"В Энске прошёл митинг номер {n}. Задержаны {n} человек.", {})

    monkeypatch.setattr(batch, "read_paths", items)
    with open_store(tmp_path / "s.db") as store:
        add = store.add

        def counted(documents):
            documents = list(documents)
            counts["stored"] += len(documents)
            return add(documents)

        monkeypatch.setattr(store, "add", counted)
        summary = ingest(["unused"], store, workers=2, batch_size=20)
    assert summary.added == 600
    assert counts["ahead"] <= BATCH * IN_FLIGHT * 2 + 20 + BATCH
