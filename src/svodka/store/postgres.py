"""PostgreSQL store (``--db postgresql://…``) through psycopg 3: the same tables, named
columns and queries as the SQLite store, with PostgreSQL's own full-text search (the
``russian`` configuration, ё read as е).

The SQL of ``SQLiteStore`` is written for both: ``?`` and ``:name`` placeholders are
turned into psycopg's, and each batch is one transaction.  Only the schema, the
full-text index and the opening differ, and live here.  The web UI's browsing queries
(``store/browse.py``) run with this backend's fragments for full text and JSON.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import SvodkaError
from ..extract.words import yo
from ..records import Document
from . import migrations
from .sqlite import SQLiteStore

PLACEHOLDER = re.compile(r"\?|(?<!:):([a-z_]+)")
# A new store gets SCHEMA (the latest version) at once. A store written by an older svodka
# is brought up to date one version at a time: a schema change after version 6 (the first
# PostgreSQL stores) adds migrations.py's SQLite step and its PostgreSQL statements here,
# keyed by the version they bring the store to, run in one transaction with its version row.
MIGRATIONS: dict[int, list[str]] = {}
# The tables of SQLite's schema (migrations.py, as of its latest version), in PostgreSQL's words.
SCHEMA = """
CREATE TABLE svodka_migrations (version INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, title TEXT, url TEXT, outlet TEXT, published TEXT, language TEXT, source TEXT,
    text TEXT NOT NULL, record TEXT NOT NULL, search tsvector
);
CREATE INDEX documents_search ON documents USING gin (search);
CREATE TABLE doc_entities (
    doc_id TEXT NOT NULL REFERENCES documents(id), local_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
    aliases TEXT NOT NULL, roles TEXT NOT NULL, mentions INTEGER NOT NULL, entity_id TEXT,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id), local_id TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_id, local_id);
CREATE TABLE entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL,
    documents INTEGER NOT NULL, mentions INTEGER NOT NULL
);
CREATE TABLE statements (
    doc_id TEXT NOT NULL REFERENCES documents(id), local_id TEXT NOT NULL, speaker_local_id TEXT,
    speaker_text TEXT NOT NULL, speaker_antecedent TEXT, cue TEXT NOT NULL, kind TEXT NOT NULL, act TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL, time_id TEXT, PRIMARY KEY (doc_id, local_id)
);
CREATE TABLE times (
    doc_id TEXT NOT NULL REFERENCES documents(id), local_id TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, precision TEXT, anchor TEXT,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, PRIMARY KEY (doc_id, local_id)
);
CREATE TABLE figures (
    doc_id TEXT NOT NULL REFERENCES documents(id), local_id TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, value DOUBLE PRECISION, low DOUBLE PRECISION,
    high DOUBLE PRECISION, qualifier TEXT NOT NULL, object TEXT, category TEXT NOT NULL, statement_id TEXT,
    time_id TEXT, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX figures_category ON figures(category);
CREATE INDEX times_value ON times(value);
CREATE TABLE events (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, sub_type TEXT NOT NULL, start TEXT, "end" TEXT, place_entity TEXT,
    place_name TEXT, documents INTEGER NOT NULL, record TEXT NOT NULL
);
CREATE TABLE event_documents (
    event_id TEXT NOT NULL REFERENCES events(id), doc_id TEXT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (event_id, doc_id)
);
CREATE FUNCTION fold(value text) RETURNS text AS $$ SELECT translate(lower(value), 'ё', 'е') $$
    LANGUAGE sql IMMUTABLE;
CREATE TABLE revisions (id TEXT PRIMARY KEY, event_id TEXT NOT NULL, category TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE disagreements (
    id TEXT PRIMARY KEY, event_id TEXT NOT NULL, kind TEXT NOT NULL, category TEXT, record TEXT NOT NULL
);
"""


class _Connection:
    """psycopg behind the small part of sqlite3's interface the SQLite store's SQL uses:
    ``execute``/``executemany`` with ``?`` or ``:name`` placeholders, and ``with conn:``
    as one transaction."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.raw = psycopg.connect(url, autocommit=True)
        self._transactions: list[Any] = []

    def execute(self, sql: str, args: Any = ()) -> Any:
        cursor = self.raw.cursor()
        cursor.execute(_psycopg(sql), args or None)
        return cursor

    def executemany(self, sql: str, rows: Any) -> Any:
        cursor = self.raw.cursor()
        cursor.executemany(_psycopg(sql), rows)
        return cursor

    def commit(self) -> None:
        """Statements outside ``with conn:`` commit by themselves (autocommit)."""

    def __enter__(self) -> _Connection:
        self._transactions.append(self.raw.transaction())
        self._transactions[-1].__enter__()
        return self

    def __exit__(self, *exc: object) -> Any:
        return self._transactions.pop().__exit__(*exc)

    def close(self) -> None:
        self.raw.close()


def _psycopg(sql: str) -> str:
    return PLACEHOLDER.sub(lambda m: f"%({m.group(1)})s" if m.group(1) else "%s", sql.replace("%", "%%"))


class PostgresStore(SQLiteStore):
    # the browsing queries' fragments in PostgreSQL's words (store/browse.py)
    FTS_MATCH = "d.search @@ to_tsquery('russian', ?)"
    FTS_BEST = ("d.id IN (SELECT id FROM documents, to_tsquery('russian', ?) q WHERE search @@ q"
                " ORDER BY ts_rank(search, q) DESC LIMIT {limit})")
    SNIPPET = ("SELECT ts_headline('russian', text, to_tsquery('russian', ?),"
               " 'StartSel=\x02,StopSel=\x03,MaxWords=30,MinWords=12') FROM documents WHERE id = ?")
    CLAIMS = "jsonb_array_elements(d.record::jsonb -> 'claims') c"
    CLAIM_OUTLET = "(c -> 'document' ->> 'outlet')"
    CLAIM_NAME = "(c -> 'claimant' ->> 'name')"
    CLAIM_ENTITY = "(c -> 'claimant' ->> 'entity')"

    def __init__(self, url: str, read_only: bool = False) -> None:  # noqa: D107
        self.location = self.path = _safe(url)
        try:
            self.conn = _Connection(url)
        except Exception as error:  # noqa: BLE001 - psycopg's errors are many; the user needs one line
            raise SvodkaError(f"{self.location}: cannot connect to PostgreSQL ({str(error).strip()})") from None
        if read_only:  # the web UI: the server itself refuses every write
            self.conn.execute("SET default_transaction_read_only = on")
            self._check_version()
        else:
            self.migrate()

    def fts(self, match: str) -> str:
        """FTS5's '"токаев"* AND "выбор"*' as a tsquery: 'токаев:* & выбор:*'."""
        return " & ".join(f"{word}:*" for word in re.findall(r'"([^"]+)"', match)) or "''"

    def _check_version(self) -> None:
        if not self.conn.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
                                 " AND table_name = 'svodka_migrations'").fetchone():
            raise SvodkaError(f"{self.location}: no svodka store in this database; "
                              f"run `svodka ingest PATH --db {self.location}` first")
        version = self.conn.execute("SELECT max(version) FROM svodka_migrations").fetchone()[0]
        if version != migrations.SCHEMA_VERSION:
            raise SvodkaError(f"{self.location}: schema version {version}, this svodka reads "
                              f"{migrations.SCHEMA_VERSION}; open it once with `svodka ingest` to migrate it")

    def migrate(self) -> None:
        tables = {name for (name,) in self.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
        if not tables:
            with self.conn:
                for statement in filter(str.strip, SCHEMA.split(";")):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO svodka_migrations (version, name) VALUES (?, ?)",
                                  (migrations.SCHEMA_VERSION, "postgres_schema"))
            return
        if "svodka_migrations" not in tables:
            raise SvodkaError(f"{self.location}: this database holds another program's tables "
                              f"({', '.join(sorted(tables)[:5])}); give svodka its own database or schema")
        version = self.conn.execute("SELECT max(version) FROM svodka_migrations").fetchone()[0]
        if version > migrations.SCHEMA_VERSION:
            raise SvodkaError(f"{self.location}: schema version {version} is newer than this svodka's "
                              f"({migrations.SCHEMA_VERSION}); upgrade svodka")
        for step in range(version + 1, migrations.SCHEMA_VERSION + 1):
            if step not in MIGRATIONS:
                raise SvodkaError(f"{self.location}: no PostgreSQL migration to schema version {step}")
            with self.conn:  # a step and its version row land together or not at all
                for statement in MIGRATIONS[step]:
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO svodka_migrations (version, name) VALUES (?, ?)",
                                  (step, f"postgres_{step}"))

    def _insert_document(self, document: Document, source: str) -> bool:
        import json

        meta = document.meta
        cursor = self.conn.execute(
            "INSERT INTO documents (id, title, url, outlet, published, language, source, text, record, search)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('russian', ?)) ON CONFLICT (id) DO NOTHING",
            (meta.id, meta.title, meta.url, meta.outlet, meta.published, meta.language, source, document.text,
             json.dumps(document.to_json(), ensure_ascii=False), yo(f"{meta.title or ''}\n{document.text}")))
        return cursor.rowcount == 1

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT id, title, outlet, ts_headline('russian', text, q, 'StartSel=[,StopSel=],MaxWords=24')
               FROM documents, plainto_tsquery('russian', ?) q WHERE search @@ q
               ORDER BY ts_rank(search, q) DESC LIMIT ?""", (yo(query), limit)).fetchall()
        return [{"id": i, "title": t, "outlet": o, "snippet": s} for i, t, o, s in rows]

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT max(version) FROM svodka_migrations").fetchone()[0]


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(//[^:/@]+):[^@]*@", r"\1:***@", url)
