import sqlite3

import pytest

import svodka
from svodka.batch import ingest
from svodka.errors import SvodkaError
from svodka.store import open_store
from svodka.store.migrations import SCHEMA_VERSION

from .conftest import CORPUS


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "s.db") as s:
        yield s


def test_store_migrations_recorded(store):
    assert store.schema_version == SCHEMA_VERSION
    store.migrate()  # a second run applies nothing
    assert store.conn.execute("SELECT count(*) FROM svodka_migrations").fetchone()[0] == SCHEMA_VERSION


def test_store_refuses_newer_schema_and_non_databases(tmp_path, store):
    store.conn.execute("INSERT INTO svodka_migrations VALUES (999, 'future')")
    store.conn.commit()
    with pytest.raises(SvodkaError, match="newer than this svodka"):
        open_store(store.path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(SvodkaError, match="not a usable svodka store"):
        open_store(junk)


def test_store_ingest_is_idempotent(models, store):
    first = ingest([CORPUS], store)
    assert (first.added, first.skipped, first.failed) == (12, 0, 0)
    counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "entities", "mentions")]
    second = ingest([CORPUS], store)
    assert (second.added, second.skipped, second.failed) == (0, 12, 0)
    again = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "entities", "mentions")]
    assert again == counts


def test_store_merges_entities_across_documents(models, store):
    ingest([CORPUS], store)
    rows = store.conn.execute(
        "SELECT e.name, count(DISTINCT m.doc_id) FROM entities e JOIN mentions m ON m.entity_id = e.id"
        " WHERE e.type = 'PER' AND e.name LIKE '%Сомова' GROUP BY e.id"
    ).fetchall()
    assert rows == [("Галина Сомова", 6)]


def test_store_bad_items_do_not_stop_the_batch(models, tmp_path, store):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Мэр Галина Сомова встретилась с жителями.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\xff\xfe\x00\x01")
    (tmp_path / "in" / "c.jsonl").write_text('{"text": "Губернатор Аркадий Ветлугин приехал."}\n{oops\n', encoding="utf-8")
    summary = ingest([tmp_path / "in"], store)
    assert summary.added == 2
    assert sorted(e.source.rsplit("/", 1)[1] for e in summary.errors) == ["b.txt", "c.jsonl:line 2"]


def test_store_commits_each_batch(models, tmp_path, monkeypatch):
    """A crash mid-run keeps every batch committed before it."""
    path = tmp_path / "s.db"
    import svodka.batch as batch

    calls = {"n": 0}
    real = batch.extract

    def crashing(text, **meta):
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt  # not an item error: the whole run dies
        return real(text, **meta)

    monkeypatch.setattr(batch, "extract", crashing)
    with open_store(path) as store, pytest.raises(KeyboardInterrupt):
        ingest([CORPUS], store, batch_size=2)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
    monkeypatch.setattr(batch, "extract", real)
    with open_store(path) as store:
        summary = ingest([CORPUS], store, batch_size=2)
    assert (summary.added, summary.skipped) == (8, 4)


def test_store_full_text_search(models, store):
    ingest([CORPUS], store)
    hits = store.search("дамбу")
    assert hits and all("дамб" in h["snippet"].lower() for h in hits)
    with pytest.raises(SvodkaError):
        store.search('"unbalanced')


def test_store_keeps_document_json(models, store):
    doc = svodka.extract("Мэр Галина Сомова встретилась с жителями.", outlet="Озёрные ведомости")
    store.add([(doc, "inline")])
    assert store.document(doc.meta.id) == doc.to_json()


def test_store_keeps_figures_and_times(models, store):
    ingest([CORPUS], store)
    killed = store.conn.execute(
        "SELECT f.value, t.value FROM figures f JOIN documents d ON d.id = f.doc_id"
        " LEFT JOIN times t ON t.doc_id = f.doc_id AND t.local_id = f.time_id"
        " WHERE f.category = 'killed' AND f.statement_id IS NOT NULL ORDER BY f.value"
    ).fetchall()
    assert killed and all(value is not None for value, _ in killed if value)
    assert store.conn.execute("SELECT count(*) FROM times WHERE value LIKE '2026-03-%'").fetchone()[0] >= 10
    stats = store.stats()
    assert {f["category"] for f in stats["figures"]} >= {"killed", "evacuated", "detained"}


def test_store_migrates_a_version_2_database(tmp_path):
    from svodka.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE svodka_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    for version, migration in enumerate(MIGRATIONS[:2], 1):
        migration(conn)
        conn.execute("INSERT INTO svodka_migrations VALUES (?, ?)", (version, migration.__name__))
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        columns = [row[1] for row in store.conn.execute("PRAGMA table_info(statements)")]
        assert "time_id" in columns
