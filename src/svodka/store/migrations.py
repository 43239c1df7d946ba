"""Schema migrations, applied in order; the applied set is recorded in the store.

Add a new function to MIGRATIONS to change the schema; never edit one that has
shipped, since stores in the wild have already run it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..extract.words import yo


def m001_initial(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            title TEXT, url TEXT, outlet TEXT, published TEXT, language TEXT,
            source TEXT,
            text TEXT NOT NULL,
            record TEXT NOT NULL,           -- the Document's JSON form (docs/schema.md)
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        -- Corpus-level entities: one row per type + folded normal name.
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            UNIQUE (type, key)
        );
        CREATE TABLE entity_aliases (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            alias TEXT NOT NULL,
            UNIQUE (entity_id, alias)
        );
        CREATE TABLE entity_roles (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            doc_id TEXT NOT NULL REFERENCES documents(id),
            role TEXT NOT NULL,
            UNIQUE (entity_id, doc_id, role)
        );
        CREATE TABLE mentions (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            local_id TEXT NOT NULL,         -- the entity's id inside the document JSON
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE INDEX mentions_doc ON mentions(doc_id);
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='rowid'
        );
        """
    )


def m002_statements(conn: sqlite3.Connection) -> None:
    """Statements (who said what); documents stored before this migration have none
    until they are extracted again."""
    conn.executescript(
        """
        CREATE TABLE statements (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            local_id TEXT NOT NULL,
            speaker_entity_id INTEGER REFERENCES entities(id),
            speaker_text TEXT NOT NULL,
            cue TEXT NOT NULL, kind TEXT NOT NULL, act TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            PRIMARY KEY (doc_id, local_id)
        );
        CREATE INDEX statements_speaker ON statements(speaker_entity_id);
        """
    )


def m003_figures_times(conn: sqlite3.Connection) -> None:
    """Figures and times, and the time each statement refers to; documents stored
    before this migration have none until they are extracted again."""
    conn.executescript(
        """
        CREATE TABLE times (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            local_id TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            value TEXT, precision TEXT, anchor TEXT,
            PRIMARY KEY (doc_id, local_id)
        );
        CREATE TABLE figures (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            local_id TEXT NOT NULL,
            value REAL, low REAL, high REAL, qualifier TEXT NOT NULL,
            text TEXT NOT NULL, object TEXT, category TEXT NOT NULL,
            statement_id TEXT, time_id TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            PRIMARY KEY (doc_id, local_id)
        );
        CREATE INDEX figures_category ON figures(category);
        CREATE INDEX times_value ON times(value);
        ALTER TABLE statements ADD COLUMN time_id TEXT;
        """
    )


def m004_records(conn: sqlite3.Connection) -> None:
    """One table per record type, keyed by (document, local id), with the corpus entity
    that linking assigns kept apart from what extraction found. The tables derived
    from ``documents.record`` are dropped here and refilled from it (``rebuild``)."""
    conn.executescript(
        """
        DROP TABLE mentions; DROP TABLE entity_aliases; DROP TABLE entity_roles;
        DROP TABLE statements; DROP TABLE figures; DROP TABLE times; DROP TABLE entities;
        CREATE TABLE doc_entities (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            local_id TEXT NOT NULL,
            type TEXT NOT NULL, name TEXT NOT NULL,
            aliases TEXT NOT NULL, roles TEXT NOT NULL,   -- JSON lists
            mentions INTEGER NOT NULL,
            entity_id TEXT,                               -- corpus entity, set by linking
            PRIMARY KEY (doc_id, local_id)
        );
        CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
        CREATE TABLE mentions (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            local_id TEXT NOT NULL,                       -- the document entity
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL
        );
        CREATE INDEX mentions_doc ON mentions(doc_id, local_id);
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL, name TEXT NOT NULL,
            aliases TEXT NOT NULL, roles TEXT NOT NULL,   -- JSON
            documents INTEGER NOT NULL, mentions INTEGER NOT NULL
        );
        CREATE TABLE statements (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            local_id TEXT NOT NULL,
            speaker_local_id TEXT, speaker_text TEXT NOT NULL, speaker_antecedent TEXT,
            cue TEXT NOT NULL, kind TEXT NOT NULL, act TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            time_id TEXT,
            PRIMARY KEY (doc_id, local_id)
        );
        CREATE TABLE times (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            local_id TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            value TEXT, precision TEXT, anchor TEXT,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            PRIMARY KEY (doc_id, local_id)
        );
        CREATE TABLE figures (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            local_id TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            value REAL, low REAL, high REAL, qualifier TEXT NOT NULL,
            object TEXT, category TEXT NOT NULL,
            statement_id TEXT, time_id TEXT,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            PRIMARY KEY (doc_id, local_id)
        );
        CREATE INDEX figures_category ON figures(category);
        CREATE INDEX times_value ON times(value);
        """
    )


def m005_ledger(conn: sqlite3.Connection) -> None:
    """The ledger that the corpus pass writes: events across documents, revisions and
    disagreements, each a JSON record (docs/ledger.md) with the columns to filter on."""
    conn.executescript(
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, sub_type TEXT NOT NULL,
            start TEXT, "end" TEXT, place_entity TEXT, place_name TEXT,
            documents INTEGER NOT NULL, record TEXT NOT NULL
        );
        CREATE TABLE event_documents (
            event_id TEXT NOT NULL REFERENCES events(id), doc_id TEXT NOT NULL REFERENCES documents(id),
            PRIMARY KEY (event_id, doc_id)
        );
        CREATE TABLE revisions (
            id TEXT PRIMARY KEY, event_id TEXT NOT NULL, category TEXT NOT NULL, record TEXT NOT NULL
        );
        CREATE TABLE disagreements (
            id TEXT PRIMARY KEY, event_id TEXT NOT NULL, kind TEXT NOT NULL, category TEXT, record TEXT NOT NULL
        );
        """
    )


def m006_search_yo(conn: sqlite3.Connection) -> None:
    """The full-text index holds the text with ё as е (Russian print drops the dots at will,
    so "Верхнеозерск" must find "Верхнеозёрск"); the stored text keeps its ё."""
    conn.executescript(
        """
        DROP TABLE documents_fts;
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='rowid'
        );
        """
    )
    conn.executemany("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                     ((rowid, yo(title or ""), yo(text)) for rowid, title, text in
                      conn.execute("SELECT rowid, title, text FROM documents").fetchall()))


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_initial, m002_statements, m003_figures_times, m004_records, m005_ledger, m006_search_yo,
]
# Migrations after which the derived tables are refilled from the stored records.
REBUILDS = {4}
SCHEMA_VERSION = len(MIGRATIONS)
