"""SQLite store: documents with their records, linked entities, FTS5.

Writes go in batches, one transaction each: a crash loses at most the batch
in flight, never what was committed before it.  ``documents.record`` keeps each
document's JSON form; every other table is derived from it (``rebuild``) or from
the corpus passes (``write_links``).
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import SvodkaError
from ..extract.words import fold, whole, yo
from ..ledger import Ledger
from ..ledger.records import to_json as ledger_json
from ..link import DocEntity, Links
from ..records import Document
from .browse import BrowseMixin
from .migrations import MIGRATIONS, REBUILDS, SCHEMA_VERSION


class SQLiteStore(BrowseMixin):
    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.location = self.path = str(path)
        try:
            if read_only:  # the web UI: SQLite itself refuses every write
                self.conn = sqlite3.connect(f"{Path(self.path).resolve().as_uri()}?mode=ro", uri=True,
                                            check_same_thread=False)
                self._check_version()
            else:
                self._refuse_foreign()
                self.conn = sqlite3.connect(self.path)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.migrate()
                self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=30000")
            # SQLite's lower() knows only ASCII: searches compare Cyrillic through this
            self.conn.create_function("fold", 1, lambda v: fold(v) if isinstance(v, str) else v, deterministic=True)
        except sqlite3.DatabaseError as error:
            raise SvodkaError(f"{self.path}: not a usable svodka store ({error})") from error

    def _refuse_foreign(self) -> None:
        """Another program's SQLite file, or a file that is no database, is refused before
        anything is written to it (no WAL switch, no migrations table)."""
        path = Path(self.path)
        if not path.exists() or path.stat().st_size == 0:
            return
        try:
            with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as probe:
                tables = [name for (name,) in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        except sqlite3.DatabaseError as error:
            raise SvodkaError(f"{self.path}: not a SQLite database ({error}); give another --db path") from None
        if tables and "svodka_migrations" not in tables:
            shown = ", ".join(sorted(tables)[:5])
            raise SvodkaError(f"{self.path}: a SQLite file of another program (tables: {shown}); "
                              "svodka leaves it untouched: give another --db path")
        if tables and not os.access(path, os.W_OK):
            raise SvodkaError(f"{self.path}: read-only; svodka can read it (svodka serve) but not add to it")

    def _check_version(self) -> None:
        version = self.conn.execute("SELECT max(version) FROM svodka_migrations").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise SvodkaError(f"{self.path}: schema version {version}, this svodka reads {SCHEMA_VERSION}; "
                              f"run `svodka link --db {self.path}` once to upgrade it")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------

    def migrate(self) -> None:
        with self.conn:
            self.conn.execute("CREATE TABLE IF NOT EXISTS svodka_migrations (version INTEGER PRIMARY KEY, name TEXT)")
        applied = {row[0] for row in self.conn.execute("SELECT version FROM svodka_migrations")}
        if applied and max(applied) > SCHEMA_VERSION:
            raise SvodkaError(
                f"{self.path}: schema version {max(applied)} is newer than this svodka ({SCHEMA_VERSION}); upgrade svodka"
            )
        rebuild = False
        for version, migration in enumerate(MIGRATIONS, 1):
            if version not in applied:
                with self.conn:
                    migration(self.conn)
                    self.conn.execute("INSERT INTO svodka_migrations (version, name) VALUES (?, ?)",
                                      (version, migration.__name__))
                rebuild = rebuild or (bool(applied) and version in REBUILDS)
        if rebuild:
            self.rebuild()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT max(version) FROM svodka_migrations").fetchone()[0]

    def rebuild(self) -> None:
        """Refill the record tables from ``documents.record``: after a migration that
        changes them, a store keeps every document it had."""
        with self.conn:
            for table in ("doc_entities", "mentions", "statements", "times", "figures"):
                self.conn.execute(f"DELETE FROM {table}")
            for document in self.documents():
                self._insert_records(document)

    # -- writes ---------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add(self, documents: Iterable[tuple[Document, str]]) -> int:
        added = 0
        with self.conn:
            for document, source in documents:
                # ON CONFLICT, not a look first: another ingest into the same store may have
                # stored the same document a moment ago
                if self._insert_document(document, source):
                    self._insert_records(document)
                    added += 1
        return added

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        self.conn.executemany(
            f"INSERT INTO {table} ({', '.join(_quoted(c) for c in columns)})"
            f" VALUES ({', '.join(':' + c for c in columns)})",
            rows,
        )

    def _insert_document(self, document: Document, source: str) -> bool:
        """False when the document is stored already."""
        meta = document.meta
        record = json.dumps(document.to_json(), ensure_ascii=False)
        cursor = self.conn.execute(
            "INSERT INTO documents (id, title, url, outlet, published, language, source, text, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (meta.id, meta.title, meta.url, meta.outlet, meta.published, meta.language, source, document.text, record),
        )
        if cursor.rowcount != 1:
            return False
        self.conn.execute(
            "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
            (cursor.lastrowid, yo(meta.title or ""), yo(document.text)),  # ё as е: see m006_search_yo
        )
        return True

    def _insert_records(self, document: Document) -> None:
        doc = document.meta.id
        self._insert("doc_entities", [
            {"doc_id": doc, "local_id": e.id, "type": e.type, "name": e.name,
             "aliases": _json(e.aliases), "roles": _json(e.roles), "mentions": len(e.mentions)}
            for e in document.entities
        ])
        self._insert("mentions", [
            {"doc_id": doc, "local_id": e.id, "start": m.start, "end": m.end, "text": m.text,
             "sentence_start": m.sentence[0], "sentence_end": m.sentence[1]}
            for e in document.entities for m in e.mentions
        ])
        self._insert("statements", [
            {"doc_id": doc, "local_id": s.id, "speaker_local_id": s.speaker.entity, "speaker_text": s.speaker.text,
             "speaker_antecedent": s.speaker.antecedent, "cue": s.cue, "kind": s.kind, "act": s.act,
             "start": s.start, "end": s.end, "text": s.content.text,
             "sentence_start": s.sentence[0], "sentence_end": s.sentence[1], "time_id": s.time}
            for s in document.statements
        ])
        self._insert("times", [
            {"doc_id": doc, "local_id": t.id, "start": t.start, "end": t.end, "text": t.text, "value": t.value,
             "precision": t.precision, "anchor": t.anchor, "sentence_start": t.sentence[0], "sentence_end": t.sentence[1]}
            for t in document.times
        ])
        self._insert("figures", [
            {"doc_id": doc, "local_id": f.id, "start": f.start, "end": f.end, "text": f.text, "value": f.value,
             "low": f.low, "high": f.high, "qualifier": f.qualifier, "object": f.object, "category": f.category,
             "statement_id": f.statement, "time_id": f.time,
             "sentence_start": f.sentence[0], "sentence_end": f.sentence[1]}
            for f in document.figures
        ])

    # -- corpus passes ----------------------------------------------------------

    def doc_entities(self) -> list[DocEntity]:
        rows = self.conn.execute(
            "SELECT e.doc_id, e.local_id, e.type, e.name, e.aliases, e.roles, e.mentions, d.published"
            " FROM doc_entities e JOIN documents d ON d.id = e.doc_id"
        )
        return [DocEntity(doc, local, type_, name, tuple(json.loads(aliases)), tuple(json.loads(roles)), n, published)
                for doc, local, type_, name, aliases, roles, n, published in rows]

    def write_links(self, links: Links) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM entities")
            self._insert("entities", [
                {"id": e.id, "type": e.type, "name": e.name, "aliases": _json(e.aliases), "roles": _json(e.roles),
                 "documents": len(e.documents), "mentions": e.mentions}
                for e in links.entities
            ])
            self.conn.execute("UPDATE doc_entities SET entity_id = NULL")
            self.conn.executemany(
                "UPDATE doc_entities SET entity_id = ? WHERE doc_id = ? AND local_id = ?",
                [(entity, doc, local) for (doc, local), entity in links.of.items()],
            )

    def write_ledger(self, ledger: Ledger) -> None:
        with self.conn:
            for table in ("event_documents", "events", "revisions", "disagreements"):
                self.conn.execute(f"DELETE FROM {table}")
            self._insert("events", [
                {"id": e.id, "type": e.type, "sub_type": e.sub_type, "start": e.start, "end": e.end,
                 "place_entity": e.place.entity if e.place else None, "place_name": e.place.name if e.place else None,
                 "documents": len(e.documents), "record": _record(e)}
                for e in ledger.events
            ])
            self._insert("event_documents", [{"event_id": e.id, "doc_id": d.id} for e in ledger.events for d in e.documents])
            self._insert("revisions", [{"id": r.id, "event_id": r.event, "category": r.category, "record": _record(r)}
                                       for r in ledger.revisions])
            self._insert("disagreements", [
                {"id": d.id, "event_id": d.event, "kind": d.kind, "category": d.category, "record": _record(d)}
                for d in ledger.disagreements
            ])

    # -- reads ----------------------------------------------------------------

    def events(self) -> list[dict[str, Any]]:
        return self._records("SELECT record FROM events ORDER BY start, id")

    def revisions(self) -> list[dict[str, Any]]:
        return self._records("SELECT record FROM revisions ORDER BY event_id, category, id")

    def disagreements(self) -> list[dict[str, Any]]:
        return self._records("SELECT d.record FROM disagreements d LEFT JOIN events e ON e.id = d.event_id"
                             " ORDER BY e.start, d.event_id, d.kind, d.category, d.id")

    def entities(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT id, type, name, aliases, roles, documents, mentions FROM entities ORDER BY documents DESC, id")
        docs = defaultdict(list)
        for entity, doc, url, _ in self.conn.execute(
                "SELECT DISTINCT e.entity_id, d.id, d.url, d.published FROM doc_entities e"
                " JOIN documents d ON d.id = e.doc_id ORDER BY d.published, d.id"):
            docs[entity].append({"id": doc, "url": url})
        return [{"id": i, "type": t, "name": n, "aliases": json.loads(a), "roles": json.loads(r),
                 "documents": docs[i], "mentions": m} for i, t, n, a, r, _, m in rows]

    def _records(self, query: str) -> list[dict[str, Any]]:
        return [json.loads(record) for (record,) in self.conn.execute(query)]

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT record, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return Document.from_json(json.loads(row[0]), row[1]) if row else None

    def documents(self, text: bool = True) -> Iterator[Document]:
        """Every stored document; ``text=False`` leaves the article text out (corpus passes need only records)."""
        column = "text" if text else "''"
        for record, body in self.conn.execute(f"SELECT record, {column} FROM documents ORDER BY id"):
            yield Document.from_json(json.loads(record), body)

    def stats(self, top: int = 10) -> dict[str, Any]:
        conn = self.conn
        by_type = dict(conn.execute("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type"))
        outlets = conn.execute(
            "SELECT coalesce(outlet, '—'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
        top_entities = conn.execute(
            "SELECT type, name, documents, mentions, roles FROM entities ORDER BY documents DESC, mentions DESC, name"
            " LIMIT ?", (top,),
        ).fetchall()
        span = conn.execute("SELECT min(published), max(published) FROM documents").fetchone()
        languages = dict(conn.execute("SELECT coalesce(language, 'ru'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"))
        speakers = conn.execute(
            """SELECT min(coalesce(e.name, s.speaker_antecedent, s.speaker_text)), count(*), count(DISTINCT s.doc_id)
               FROM statements s
               LEFT JOIN doc_entities de ON de.doc_id = s.doc_id AND de.local_id = s.speaker_local_id
               LEFT JOIN entities e ON e.id = de.entity_id
               GROUP BY coalesce(e.id, lower(coalesce(s.speaker_antecedent, s.speaker_text)))
               ORDER BY 2 DESC, 1 LIMIT ?""",
            (top,),
        ).fetchall()
        figures = conn.execute(
            """SELECT category, count(*), count(DISTINCT doc_id), min(coalesce(value, low, high)),
                      max(coalesce(value, high, low))
               FROM figures WHERE category != 'other' GROUP BY category ORDER BY 2 DESC, 1"""
        ).fetchall()
        return {
            "documents": self.count_documents(),
            "languages": languages,
            "outlets": [{"outlet": o, "documents": n} for o, n in outlets],
            "published": {"first": span[0], "last": span[1]},
            "entities": by_type,
            "mentions": conn.execute("SELECT count(*) FROM mentions").fetchone()[0],
            "top_entities": [
                {"type": t, "name": n, "documents": d, "mentions": m,
                 "roles": [r["role"] for r in sorted(json.loads(roles), key=lambda r: -len(r["documents"]))]}
                for t, n, d, m, roles in top_entities
            ],
            "statements": conn.execute("SELECT count(*) FROM statements").fetchone()[0],
            "top_speakers": [{"speaker": n, "statements": c, "documents": d} for n, c, d in speakers],
            "figures": [
                {"category": c, "figures": n, "documents": d,
                 "low": None if lo is None else whole(lo), "high": None if hi is None else whole(hi)}
                for c, n, d, lo, hi in figures
            ],
            "schema_version": self.schema_version,
        }

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        try:
            rows = self.conn.execute(
                """SELECT d.id, d.title, d.outlet, snippet(documents_fts, 1, '[', ']', '…', 12)
                   FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                   WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?""",
                (yo(query), limit),
            ).fetchall()
        except sqlite3.OperationalError as error:
            raise SvodkaError(f"bad search query {query!r}: {error}") from error
        return [{"id": i, "title": t, "outlet": o, "snippet": s} for i, t, o, s in rows]


def _record(value: Any) -> str:
    return json.dumps(ledger_json(value), ensure_ascii=False)


def _json(value: Iterable[Any]) -> str:
    return json.dumps(list(value), ensure_ascii=False)


def _quoted(column: str) -> str:
    return f'"{column}"'
