"""The store suite against both backends: a real SQLite file and a real PostgreSQL server."""
import threading

import pytest

from svodka.batch import ingest
from svodka.errors import SvodkaError
from svodka.store import open_store

from .conftest import CORPUS


@pytest.fixture(params=["sqlite", "postgres"])
def target(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "s.db")
    return request.getfixturevalue("postgres_url")


def test_ingest_links_ledger_stats_and_search_on_both_stores(models, target):
    with open_store(target) as store:
        summary = ingest([CORPUS], store)
        assert (summary.added, summary.failed) == (12, 0)
        again = ingest([CORPUS], store)
        assert (again.added, again.skipped) == (0, 12)
        assert store.count_documents() == 12
        doc = next(iter(store.documents()))
        assert store.document(doc.id).to_json() == doc.to_json() and doc.text
        events, disagreements = store.events(), store.disagreements()
        assert len(events) == 2 and disagreements
        people = [e for e in store.entities() if e["type"] == "PER"]
        assert any(e["name"] == "Галина Сомова" and len(e["documents"]) >= 2 for e in people)
        stats = store.stats()
        assert stats["documents"] == 12 and stats["top_speakers"]
        found = store.search("Сомова")
        assert found and all("title" in f for f in found)
        assert store.schema_version >= 6


def test_the_same_ledger_on_both_stores(models, tmp_path, postgres_url):
    results = []
    for target in (str(tmp_path / "s.db"), postgres_url):
        with open_store(target) as store:
            ingest([CORPUS], store)
            results.append((sorted(d.id for d in store.documents(text=False)), sorted(e["id"] for e in store.events()),
                            sorted(d["id"] for d in store.disagreements()), sorted(e["id"] for e in store.entities())))
    assert results[0] == results[1]


def test_two_ingests_at_once_both_finish(models, tmp_path, target):
    halves = [tmp_path / "a", tmp_path / "b"]
    files = sorted(CORPUS.glob("*.txt"))
    for n, folder in enumerate(halves):
        folder.mkdir()
        for f in files[n::2] + files[:2]:  # an overlap: two documents both try to store
            (folder / f.name).write_bytes(f.read_bytes())
    errors = []

    def run(folder):
        try:
            with open_store(target) as store:
                ingest([folder], store, batch_size=3)
        except Exception as error:  # noqa: BLE001 - the test reports it
            errors.append(error)

    open_store(target).close()  # the schema first, once
    threads = [threading.Thread(target=run, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open_store(target) as store:
        assert store.count_documents() == 12
    assert not errors or all("UNIQUE" in str(e) or "duplicate key" in str(e) for e in errors)


def test_postgres_refuses_another_programs_database_and_bad_urls(postgres_url):
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (x int)")
    with pytest.raises(SvodkaError, match="another program"):
        open_store(postgres_url)
    with pytest.raises(SvodkaError, match="cannot connect"):
        open_store("postgresql://nobody:secret@/nowhere?host=/nonexistent&port=1")
    with pytest.raises(SvodkaError, match="no svodka store"):
        open_store(postgres_url, read_only=True)


def test_an_older_postgres_store_is_migrated_step_by_step_keeping_its_documents(models, postgres_url, monkeypatch):
    import psycopg

    from svodka.store import migrations, postgres

    with open_store(postgres_url) as store:
        ingest([CORPUS], store)
        first = store.schema_version
    # a later svodka whose schema adds a column: its step runs once, the documents stay
    latest = first + 1
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", latest)
    with pytest.raises(SvodkaError, match=f"schema version {first}, this svodka reads {latest}"):
        open_store(postgres_url, read_only=True)
    with pytest.raises(SvodkaError, match=f"no PostgreSQL migration to schema version {latest}"):
        open_store(postgres_url)
    monkeypatch.setattr(postgres, "MIGRATIONS", {latest: ["ALTER TABLE documents ADD COLUMN note TEXT"]})
    with open_store(postgres_url) as store:
        assert store.schema_version == latest and store.count_documents() == 12
    with open_store(postgres_url, read_only=True) as store:
        assert store.schema_version == latest
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(note) FROM documents").fetchone() == (0,)
        assert [v for (v,) in conn.execute("SELECT version FROM svodka_migrations ORDER BY version")] == [first, latest]
    # and a store newer than this svodka is refused, not written to
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", first)
    with pytest.raises(SvodkaError, match="newer than this svodka"):
        open_store(postgres_url)


def test_serve_reads_a_postgres_store(models, postgres_url):
    import urllib.parse

    from fastapi.testclient import TestClient

    from svodka.web.app import create_app

    with open_store(postgres_url) as store:
        ingest([CORPUS], store)
    client = TestClient(create_app(postgres_url))
    overview = client.get("/api/overview").json()
    assert overview["documents"] == 12 and overview["events_list"] and overview["latest_disagreements"]
    found = client.get("/api/search?q=" + urllib.parse.quote("Верхнеозерска")).json()  # ё as е, another case
    assert found["total"] >= 5 and found["facets"]["outlet"] and found["documents"][0]["snippet"]
    assert found["entities"] and found["statements"]
    outlet = found["facets"]["outlet"][0]["value"]
    disputes = client.get("/api/disagreements?outlet=" + urllib.parse.quote(outlet)).json()
    assert disputes["total"] >= 1 and disputes["facets"]["outlet"]
    claimant = disputes["disagreements"][0]["claims"][0]["claimant"]["name"]
    assert client.get("/api/disagreements?claimant=" + urllib.parse.quote(claimant)).json()["total"] >= 1
    event = overview["events_list"][0]["id"]
    assert client.get(f"/events/{event}").status_code == 200 and client.get("/map").status_code == 200
    with open_store(postgres_url, read_only=True) as store, pytest.raises(Exception, match="read-only"):
        store.conn.execute("DELETE FROM entities")
