import json
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
    with pytest.raises(SvodkaError, match="not a SQLite database"):
        open_store(junk)


def test_store_ingest_is_idempotent(models, store):
    first = ingest([CORPUS], store)
    assert (first.added, first.skipped, first.failed) == (12, 0, 0)
    tables = ("documents", "doc_entities", "entities", "mentions", "statements", "figures", "times")
    counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    second = ingest([CORPUS], store)
    assert (second.added, second.skipped, second.failed) == (0, 12, 0)
    again = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    assert again == counts


def test_store_merges_entities_across_documents(models, store):
    ingest([CORPUS], store)
    rows = store.conn.execute(
        "SELECT e.name, count(DISTINCT d.doc_id) FROM entities e JOIN doc_entities d ON d.entity_id = e.id"
        " WHERE e.type = 'PER' AND e.name LIKE '%Сомова' GROUP BY e.id"
    ).fetchall()
    assert rows == [("Галина Сомова", 6)]
    assert store.conn.execute("SELECT count(*) FROM doc_entities WHERE entity_id IS NULL").fetchone()[0] == 0


def test_store_linking_does_not_depend_on_ingest_order(models, tmp_path):
    """A surname-only article stored before the full-name one still joins that person."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1.txt").write_text("Вчера Громов снова отказался от комментариев.", encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Директор завода Игорь Громов провёл совещание.", encoding="utf-8")
    groups = []
    for order in (["a", "b"], ["b", "a"]):
        with open_store(tmp_path / f"{order[0]}.db") as store:
            for folder in order:
                ingest([tmp_path / folder], store)
            groups.append(store.conn.execute(
                "SELECT e.name, count(*) FROM entities e JOIN doc_entities d ON d.entity_id = e.id"
                " WHERE e.type = 'PER' GROUP BY e.id").fetchall())
    assert groups[0] == groups[1] == [("Игорь Громов", 2)]


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
    assert store.document(doc.meta.id) == doc


def test_store_keeps_figures_and_times(models, store):
    ingest([CORPUS], store)
    killed = store.conn.execute(
        "SELECT f.value, s.speaker_text FROM figures f"
        " JOIN statements s ON s.doc_id = f.doc_id AND s.local_id = f.statement_id"
        " WHERE f.category = 'killed' AND f.value IS NOT NULL ORDER BY f.value"
    ).fetchall()
    assert len(killed) >= 2 and all(speaker for _, speaker in killed)
    assert store.conn.execute("SELECT count(*) FROM times WHERE value LIKE '2026-03-%'").fetchone()[0] >= 10
    stats = store.stats()
    assert {f["category"] for f in stats["figures"]} >= {"killed", "evacuated", "detained"}


def test_store_migrates_an_old_store_keeping_its_documents(models, tmp_path):
    """A schema-3 store (positional tables, integer entity ids) opens as the current
    schema with its documents, and the record tables are refilled from them."""
    from svodka.store.migrations import MIGRATIONS

    doc = svodka.extract("Мэр Галина Сомова заявила, что погибли 3 человека.", published="2026-03-12")
    old = doc.to_json()
    for kind in ("entities", "statements", "figures", "times"):
        for record in old[kind]:
            record.pop("doc")  # schema 3 wrote none of these
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE svodka_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    for version, migration in enumerate(MIGRATIONS[:3], 1):
        migration(conn)
        conn.execute("INSERT INTO svodka_migrations VALUES (?, ?)", (version, migration.__name__))
    conn.execute("INSERT INTO documents (id, text, record) VALUES (?, ?, ?)",
                 (doc.id, doc.text, json.dumps(old, ensure_ascii=False)))
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.document(doc.id) == doc
        assert store.conn.execute("SELECT count(*) FROM figures").fetchone()[0] == len(doc.figures) == 1
        assert store.conn.execute("SELECT count(*) FROM doc_entities").fetchone()[0] == len(doc.entities)


def test_store_a_lone_surrogate_is_one_items_error(models, tmp_path, store):
    """Regression: one JSON line holding "\\ud83d" aborted the whole ingest with a traceback."""
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "\\ud83d Мэр Иван Петров приехал."}\n{"text": "Губернатор Аркадий Ветлугин приехал."}\n',
                    encoding="utf-8")
    summary = ingest([path], store)
    assert summary.added == 1
    [error] = summary.errors
    assert error.source.endswith("s.jsonl:line 1") and "lone surrogate U+D83D at offset 0" in error.message
