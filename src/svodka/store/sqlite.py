"""SQLite store: documents with their records, corpus-level entities, FTS5.

Writes go in batches, one transaction each: a crash loses at most the batch
in flight, never what was committed before it.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..errors import SvodkaError
from ..extract.names import fold, person_parts
from ..extract.roles import prune
from ..records import Document, Entity
from .migrations import MIGRATIONS, SCHEMA_VERSION


def open_store(target: str | Path) -> "SQLiteStore":
    target = str(target)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    elif "://" in target:
        raise SvodkaError(f"unsupported store URL {target!r}; give a SQLite file path")
    return SQLiteStore(target)


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as error:
            raise SvodkaError(f"{self.path}: not a usable svodka store ({error})") from error

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc) -> None:
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
        for version, migration in enumerate(MIGRATIONS, 1):
            if version not in applied:
                with self.conn:
                    migration(self.conn)
                    self.conn.execute(
                        "INSERT INTO svodka_migrations VALUES (?, ?)", (version, migration.__name__)
                    )

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT max(version) FROM svodka_migrations").fetchone()[0]

    # -- writes ---------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add(self, documents: Iterable[tuple[Document, str]]) -> int:
        """Store (document, source) pairs in one transaction; skip ones already stored."""
        added = 0
        with self.conn:
            for document, source in documents:
                if self.has_document(document.meta.id):
                    continue
                self._insert(document, source)
                added += 1
        return added

    def _insert(self, document: Document, source: str) -> None:
        meta = document.meta
        record = json.dumps(document.to_json(), ensure_ascii=False)
        cursor = self.conn.execute(
            "INSERT INTO documents (id, title, url, outlet, published, language, source, text, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (meta.id, meta.title, meta.url, meta.outlet, meta.published, meta.language, source, document.text, record),
        )
        self.conn.execute(
            "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
            (cursor.lastrowid, meta.title or "", document.text),
        )
        corpus_ids = {}
        for entity in document.entities:
            entity_id = corpus_ids[entity.id] = self._entity_id(entity)
            self.conn.executemany(
                "INSERT OR IGNORE INTO entity_aliases VALUES (?, ?)", [(entity_id, a) for a in entity.aliases]
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO entity_roles VALUES (?, ?, ?)", [(entity_id, meta.id, r) for r in entity.roles]
            )
            self.conn.executemany(
                'INSERT INTO mentions (doc_id, entity_id, local_id, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
                [(meta.id, entity_id, entity.id, m.start, m.end, m.text) for m in entity.mentions],
            )

        self.conn.executemany(
            'INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                (meta.id, st.id, corpus_ids.get(st.speaker.entity), st.speaker.text, st.cue, st.kind, st.act,
                 st.content.start, st.content.end, st.content.text, st.sentence[0], st.sentence[1], st.time)
                for st in document.statements
            ],
        )
        self.conn.executemany(
            'INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            [(meta.id, t.id, t.start, t.end, t.text, t.value, t.precision, t.anchor) for t in document.times],
        )
        self.conn.executemany(
            'INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                (meta.id, f.id, f.value, f.low, f.high, f.qualifier, f.text, f.object, f.category, f.statement,
                 f.time, f.span[0], f.span[1], f.sentence[0], f.sentence[1])
                for f in document.figures
            ],
        )

    def _entity_id(self, entity: Entity) -> int:
        """Merge with the corpus entity of the same type and name.

        A person known in this document only by surname joins the one stored
        full name with that surname, if there is exactly one.
        """
        key = fold(entity.name)
        row = self.conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", (entity.type, key)).fetchone()
        if row:
            return row[0]
        if entity.type == "PER" and not person_parts(entity.name)[0]:
            rows = self.conn.execute(
                "SELECT id FROM entities WHERE type = 'PER' AND key LIKE ?", ("% " + key,)
            ).fetchall()
            if len(rows) == 1:
                return rows[0][0]
        return self.conn.execute(
            "INSERT INTO entities (type, name, key) VALUES (?, ?, ?)", (entity.type, entity.name, key)
        ).lastrowid

    # -- reads ----------------------------------------------------------------

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document(self, doc_id: str) -> dict | None:
        row = self.conn.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def stats(self, top: int = 10) -> dict:
        conn = self.conn
        by_type = dict(conn.execute("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type"))
        outlets = conn.execute(
            "SELECT coalesce(outlet, '—'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
        top_entities = conn.execute(
            """SELECT e.type, e.name, count(DISTINCT m.doc_id) AS docs, count(*) AS mentions,
                      (SELECT group_concat(role, '|') FROM
                         (SELECT role FROM entity_roles r WHERE r.entity_id = e.id
                          GROUP BY role ORDER BY count(*) DESC, role))
               FROM entities e JOIN mentions m ON m.entity_id = e.id
               GROUP BY e.id ORDER BY docs DESC, mentions DESC, e.name LIMIT ?""",
            (top,),
        ).fetchall()
        span = conn.execute("SELECT min(published), max(published) FROM documents").fetchone()
        speakers = conn.execute(
            """SELECT coalesce(e.name, s.speaker_text), count(*), count(DISTINCT s.doc_id)
               FROM statements s LEFT JOIN entities e ON e.id = s.speaker_entity_id
               GROUP BY coalesce(e.name, lower(s.speaker_text)) ORDER BY 2 DESC, 1 LIMIT ?""",
            (top,),
        ).fetchall()
        figures = conn.execute(
            """SELECT category, count(*), count(DISTINCT doc_id), min(coalesce(value, low, high)),
                      max(coalesce(value, high, low))
               FROM figures WHERE category != 'other' GROUP BY category ORDER BY 2 DESC, 1"""
        ).fetchall()
        return {
            "documents": self.count_documents(),
            "outlets": [{"outlet": o, "documents": n} for o, n in outlets],
            "published": {"first": span[0], "last": span[1]},
            "entities": by_type,
            "mentions": conn.execute("SELECT count(*) FROM mentions").fetchone()[0],
            "top_entities": [
                {"type": t, "name": n, "documents": d, "mentions": m, "roles": prune(r.split("|"))[:3] if r else []}
                for t, n, d, m, r in top_entities
            ],
            "statements": conn.execute("SELECT count(*) FROM statements").fetchone()[0],
            "top_speakers": [{"speaker": n, "statements": c, "documents": d} for n, c, d in speakers],
            "figures": [
                {"category": c, "figures": n, "documents": d, "low": _number(lo), "high": _number(hi)}
                for c, n, d, lo, hi in figures
            ],
            "schema_version": self.schema_version,
        }

    def search(self, query: str, limit: int = 20) -> list[dict]:
        try:
            rows = self.conn.execute(
                """SELECT d.id, d.title, d.outlet, snippet(documents_fts, 1, '[', ']', '…', 12)
                   FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
                   WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?""",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as error:
            raise SvodkaError(f"bad search query {query!r}: {error}") from error
        return [{"id": i, "title": t, "outlet": o, "snippet": s} for i, t, o, s in rows]


def _number(value: float | None) -> int | float | None:
    return int(value) if value is not None and float(value).is_integer() else value
