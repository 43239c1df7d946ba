"""Read queries for browsing a store (the web UI and its JSON API): pages of documents,
entities, events and disagreements with their filters.  SQL stays in the store; the
callers get plain dicts and lists, the JSON records of docs/ledger.md where they exist."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from ..errors import SvodkaError


STATEMENT_DOCUMENTS = 200


def _filters(conditions: list[tuple[str, str | None]]) -> tuple[list[str], list[str]]:
    """The SQL conditions whose value is given, and their values, in order."""
    chosen = [(condition, value) for condition, value in conditions if value]
    return ["1 = 1"] + [c for c, _ in chosen], [v for _, v in chosen]


class BrowseMixin:
    """The SQL is SQLite's; a backend overrides the few fragments that differ (``FTS_*``,
    ``CLAIMS``, ``CLAIM_*``, ``SNIPPET``)."""

    conn: sqlite3.Connection
    FTS_MATCH = "d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
    FTS_BEST = "d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT {limit})"
    SNIPPET = ("SELECT snippet(documents_fts, 1, '\x02', '\x03', '…', 16) FROM documents_fts"
               " WHERE documents_fts MATCH ? AND rowid = (SELECT rowid FROM documents WHERE id = ?)")
    CLAIMS = "json_each(d.record, '$.claims') c"  # one row per claim of a disagreement d
    CLAIM_OUTLET = "json_extract(c.value, '$.document.outlet')"
    CLAIM_NAME = "json_extract(c.value, '$.claimant.name')"
    CLAIM_ENTITY = "json_extract(c.value, '$.claimant.entity')"

    def fts(self, match: str) -> str:
        """The full-text expression of ``web.text.fts_query`` in this backend's syntax."""
        return match

    def overview(self) -> dict[str, Any]:
        one = self.conn.execute
        span = one("SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)) FROM documents").fetchone()
        return {
            "documents": one("SELECT count(*) FROM documents").fetchone()[0],
            "entities": one("SELECT count(*) FROM entities").fetchone()[0],
            "events": one("SELECT count(*) FROM events").fetchone()[0],
            "disagreements": one("SELECT count(*) FROM disagreements").fetchone()[0],
            "statements": one("SELECT count(*) FROM statements").fetchone()[0],
            "figures": one("SELECT count(*) FROM figures").fetchone()[0],
            "first": span[0], "last": span[1],
            "outlets": [{"outlet": o, "documents": n} for o, n in one(
                "SELECT coalesce(outlet, '—'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1")],
        }

    def search_documents(self, match: str | None, *, outlet: str | None = None, since: str | None = None,
                         until: str | None = None, event_type: str | None = None, entity: str | None = None,
                         limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Documents matching an FTS5 expression (``None``: all) and the filters, newest first,
        with the counts per outlet and per event type of the whole result (the facets)."""
        where, args = _filters([
            (self.FTS_MATCH, self.fts(match) if match else None),
            ("d.outlet = ?", outlet),
            ("substr(d.published, 1, 10) >= ?", since),
            ("substr(d.published, 1, 10) <= ?", until),
            ("d.id IN (SELECT ed.doc_id FROM event_documents ed JOIN events e ON e.id = ed.event_id WHERE e.type = ?)",
             event_type),
            ("d.id IN (SELECT doc_id FROM doc_entities WHERE entity_id = ?)", entity),
        ])
        condition = " AND ".join(where)
        query = self.conn.execute
        try:
            total = query(f"SELECT count(*) FROM documents d WHERE {condition}", args).fetchone()[0]
            page = [row[0] for row in query(f"SELECT d.id FROM documents d WHERE {condition}"
                                            " ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?", [*args, limit, offset])]
            facets = {
                "outlet": [{"value": o, "count": n} for o, n in query(
                    f"SELECT coalesce(d.outlet, '—'), count(*) FROM documents d WHERE {condition}"
                    " GROUP BY 1 ORDER BY 2 DESC, 1", args)],
                "event_type": [{"value": t, "count": n} for t, n in query(
                    f"SELECT e.type, count(DISTINCT d.id) FROM documents d JOIN event_documents ed ON ed.doc_id = d.id"
                    f" JOIN events e ON e.id = ed.event_id WHERE {condition} GROUP BY 1 ORDER BY 2 DESC, 1", args)],
            }
        except sqlite3.OperationalError as error:
            raise SvodkaError(f"bad search query: {error}") from error
        return {"total": total, "offset": offset, "limit": limit, "documents": self._document_rows(page, match),
                "facets": facets}

    def _document_rows(self, ids: list[str], match: str | None) -> list[dict[str, Any]]:
        rows = []
        for doc_id in ids:
            row = self.conn.execute("SELECT id, title, url, outlet, published, substr(text, 1, 240)"
                                    " FROM documents WHERE id = ?", (doc_id,)).fetchone()
            snippet = row[5]
            if match:
                found = self.conn.execute(self.SNIPPET, (self.fts(match), doc_id)).fetchone()
                snippet = found[0] if found else snippet
            rows.append({"id": row[0], "title": row[1], "url": row[2], "outlet": row[3], "published": row[4],
                         "snippet": snippet})
        return rows

    def search_statements(self, words: list[str], match: str | None = None, limit: int = 10, *,
                          outlet: str | None = None, since: str | None = None,
                          until: str | None = None) -> list[dict[str, Any]]:
        """Statements whose content or speaker holds every word stem (case-insensitive), among
        the ``STATEMENT_DOCUMENTS`` documents the FTS5 expression ``match`` ranks best."""
        if not words:
            return []
        where = " AND ".join(["(fold(s.text) LIKE ? OR fold(s.speaker_text) LIKE ?)"] * len(words))
        args = [a for w in words for a in (f"%{w}%", f"%{w}%")]
        more, values = _filters([("d.outlet = ?", outlet), ("substr(d.published, 1, 10) >= ?", since),
                                 ("substr(d.published, 1, 10) <= ?", until)])
        where, args = " AND ".join([where, *more]), args + values
        if match:  # the best-ranked documents only: a common word must not make every statement read
            where = f"{self.FTS_BEST.format(limit=STATEMENT_DOCUMENTS)} AND {where}"
            args = [self.fts(match), *args]
        rows = self.conn.execute(
            f"""SELECT s.doc_id, s.local_id, s.speaker_text, s.text, d.outlet, d.published, e.id, e.name
                FROM statements s JOIN documents d ON d.id = s.doc_id
                LEFT JOIN doc_entities de ON de.doc_id = s.doc_id AND de.local_id = s.speaker_local_id
                LEFT JOIN entities e ON e.id = de.entity_id
                WHERE {where} ORDER BY d.published DESC LIMIT ?""", [*args, limit])
        return [{"document": d, "id": i, "speaker": {"entity": e, "name": n or sp}, "text": t, "outlet": o,
                 "published": p} for d, i, sp, t, o, p, e, n in rows]

    def search_entities(self, words: list[str], limit: int = 10) -> list[dict[str, Any]]:
        if not words:
            return []
        where = " AND ".join(["fold(name || ' ' || aliases) LIKE ?"] * len(words))
        rows = self.conn.execute(f"SELECT id, type, name, documents FROM entities WHERE {where}"
                                 " ORDER BY documents DESC, id LIMIT ?", [*(f"%{w}%" for w in words), limit])
        return [{"id": i, "type": t, "name": n, "documents": d} for i, t, n, d in rows]

    def entity(self, entity_id: str, documents_limit: int = 100) -> dict[str, Any] | None:
        """The entity with its latest documents (the rest through a search by entity)."""
        row = self.conn.execute("SELECT id, type, name, aliases, roles, documents, mentions FROM entities WHERE id = ?",
                                (entity_id,)).fetchone()
        if row is None:
            return None
        documents = [{"id": d, "url": u, "title": t, "outlet": o, "published": p} for d, u, t, o, p in self.conn.execute(
            "SELECT DISTINCT d.id, d.url, d.title, d.outlet, d.published FROM doc_entities de"
            " JOIN documents d ON d.id = de.doc_id WHERE de.entity_id = ? ORDER BY d.published DESC, d.id LIMIT ?",
            (entity_id, documents_limit))]
        return {"id": row[0], "type": row[1], "name": row[2], "aliases": json.loads(row[3]),
                "roles": json.loads(row[4]), "documents": documents, "document_count": row[5], "mentions": row[6]}

    def statements_by(self, entity_id: str, limit: int = 100) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT s.doc_id, s.local_id, s.text, s.act, s.start, s."end", d.outlet, d.published, d.title
               FROM statements s JOIN doc_entities de ON de.doc_id = s.doc_id AND de.local_id = s.speaker_local_id
               JOIN documents d ON d.id = s.doc_id WHERE de.entity_id = ? ORDER BY d.published, s.start LIMIT ?""",
            (entity_id, limit))
        return [{"document": d, "id": i, "text": t, "act": a, "start": s, "end": e, "outlet": o, "published": p,
                 "title": ti} for d, i, t, a, s, e, o, p, ti in rows]

    def statements_about(self, entity_id: str, limit: int = 100) -> list[dict[str, Any]]:
        """Statements whose content names the entity, by whoever said them."""
        rows = self.conn.execute(
            """SELECT DISTINCT s.doc_id, s.local_id, s.speaker_text, s.text, s.start, d.outlet, d.published
               FROM mentions m JOIN doc_entities de ON de.doc_id = m.doc_id AND de.local_id = m.local_id
               JOIN statements s ON s.doc_id = m.doc_id AND s.start <= m.start AND m."end" <= s."end"
               JOIN documents d ON d.id = s.doc_id
               WHERE de.entity_id = ? AND (s.speaker_local_id IS NULL OR s.speaker_local_id != m.local_id)
               ORDER BY d.published, s.start LIMIT ?""", (entity_id, limit))
        return [{"document": d, "id": i, "speaker": sp, "text": t, "start": st, "outlet": o, "published": p}
                for d, i, sp, t, st, o, p in rows]

    def figures_by(self, entity_id: str, limit: int = 100) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT f.doc_id, f.local_id, f.text, f.category, f.object, d.outlet, d.published
               FROM figures f JOIN statements s ON s.doc_id = f.doc_id AND s.local_id = f.statement_id
               JOIN doc_entities de ON de.doc_id = s.doc_id AND de.local_id = s.speaker_local_id
               JOIN documents d ON d.id = f.doc_id
               WHERE de.entity_id = ? AND f.category != 'other' ORDER BY d.published, f.start LIMIT ?""",
            (entity_id, limit))
        return [{"document": d, "id": i, "text": t, "category": c, "object": ob, "outlet": o, "published": p}
                for d, i, t, c, ob, o, p in rows]

    def cooccurring(self, entity_id: str, limit: int = 15) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT e.id, e.type, e.name, count(DISTINCT other.doc_id) AS n
               FROM doc_entities mine JOIN doc_entities other ON other.doc_id = mine.doc_id
               JOIN entities e ON e.id = other.entity_id
               WHERE mine.entity_id = ? AND other.entity_id != ? GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?""",
            (entity_id, entity_id, limit))
        return [{"id": i, "type": t, "name": n, "documents": c} for i, t, n, c in rows]

    def event(self, event_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def events_of_document(self, doc_id: str) -> list[dict[str, Any]]:
        return [{"id": i, "type": t, "place": p} for i, t, p in self.conn.execute(
            "SELECT e.id, e.type, e.place_name FROM event_documents ed JOIN events e ON e.id = ed.event_id"
            " WHERE ed.doc_id = ?", (doc_id,))]

    def entity_links(self, doc_id: str) -> dict[str, str]:
        """The document's local entity ids -> corpus entity ids."""
        return dict(self.conn.execute("SELECT local_id, entity_id FROM doc_entities WHERE doc_id = ?"
                                      " AND entity_id IS NOT NULL", (doc_id,)))

    def disagreements_of(self, *, event: str | None = None, kind: str | None = None, category: str | None = None,
                         outlet: str | None = None, claimant: str | list[str] | None = None, limit: int | None = None,
                         offset: int = 0, latest: bool = False) -> tuple[int, list[dict[str, Any]]]:
        """(how many match, one page of them); ``latest`` orders by the event's last day."""
        where, args = _filters([("d.event_id = ?", event), ("d.kind = ?", kind), ("d.category = ?", category)])
        if outlet:
            where.append(f"EXISTS (SELECT 1 FROM {self.CLAIMS} WHERE {self.CLAIM_OUTLET} = ?)")
            args.append(outlet)
        if claimant:  # an entity id, or words of the name as stems ("Бурцева" finds "Олег Бурцев")
            stems = claimant if isinstance(claimant, list) else [claimant]
            names = " AND ".join([f"fold({self.CLAIM_NAME}) LIKE ?"] * len(stems))
            where.append(f"EXISTS (SELECT 1 FROM {self.CLAIMS} WHERE ({names}) OR {self.CLAIM_ENTITY} = ?)")
            args += [f"%{w}%" for w in stems] + [" ".join(stems)]
        condition = " AND ".join(where)
        order = 'e."end" DESC, d.id' if latest else "e.start, d.event_id, d.kind, d.category, d.id"
        total = self.conn.execute(f"SELECT count(*) FROM disagreements d WHERE {condition}", args).fetchone()[0]
        rows = self.conn.execute(f"SELECT d.record FROM disagreements d LEFT JOIN events e ON e.id = d.event_id"
                                 f" WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?",
                                 [*args, 1 << 31 if limit is None else limit, offset])
        return total, [json.loads(r) for (r,) in rows]

    def disagreement_facets(self) -> dict[str, list[dict[str, Any]]]:
        outlets = self.conn.execute(
            f"SELECT coalesce({self.CLAIM_OUTLET}, '—'), count(DISTINCT d.id)"
            f" FROM disagreements d, {self.CLAIMS} GROUP BY 1 ORDER BY 2 DESC, 1")
        categories = self.conn.execute(
            "SELECT coalesce(category, kind), count(*) FROM disagreements GROUP BY 1 ORDER BY 2 DESC, 1")
        return {"outlet": [{"value": v, "count": n} for v, n in outlets],
                "category": [{"value": v, "count": n} for v, n in categories]}

    def places(self) -> list[dict[str, Any]]:
        """LOC entities with their documents and the events placed there."""
        events = Counter(p for (p,) in self.conn.execute("SELECT place_entity FROM events WHERE place_entity IS NOT NULL"))
        return [{"id": i, "name": n, "documents": d, "events": events.get(i, 0)} for i, n, d in self.conn.execute(
            "SELECT id, name, documents FROM entities WHERE type = 'LOC' ORDER BY documents DESC, name")]

    def figures_at(self, keys: list[str]) -> list[dict[str, Any]]:
        """Figures by "<doc>:<local id>", with who claims each (the speaker's linked entity, the
        speaker as written, else the outlet) and the document they come from."""
        found = []
        for key in keys:
            doc_id, _, local = key.partition(":")
            row = self.conn.execute(
                """SELECT f.doc_id, f.local_id, f.text, f.value, f.low, f.high, f.qualifier, f.category, f.object,
                          f.sentence_start, f.sentence_end, s.speaker_text, e.id, e.name,
                          d.outlet, d.published, d.url, d.title
                   FROM figures f JOIN documents d ON d.id = f.doc_id
                   LEFT JOIN statements s ON s.doc_id = f.doc_id AND s.local_id = f.statement_id
                   LEFT JOIN doc_entities de ON de.doc_id = s.doc_id AND de.local_id = s.speaker_local_id
                   LEFT JOIN entities e ON e.id = de.entity_id
                   WHERE f.doc_id = ? AND f.local_id = ?""", (doc_id, local)).fetchone()
            if row is None:
                continue
            (doc, fid, text, value, low, high, qualifier, category, obj, s0, s1, speaker, entity, name,
             outlet, published, url, title) = row
            found.append({"document": {"id": doc, "url": url, "outlet": outlet, "published": published, "title": title},
                          "id": fid, "text": text, "value": value, "qualifier": qualifier, "category": category,
                          "object": obj, "sentence": [s0, s1],
                          "low": value if low is None and qualifier != "up_to" else low,
                          "high": None if qualifier == "more_than" else value if high is None else high,
                          "claimant": {"entity": entity, "name": name or speaker or outlet or "(author)"}})
        return found

    def statements_at(self, keys: list[str]) -> list[dict[str, Any]]:
        found = []
        for key in keys:
            doc_id, _, local = key.partition(":")
            row = self.conn.execute(
                """SELECT s.doc_id, s.local_id, s.text, s.act, s.kind, s.start, s."end", s.speaker_text, e.id, e.name,
                          d.outlet, d.published
                   FROM statements s JOIN documents d ON d.id = s.doc_id
                   LEFT JOIN doc_entities de ON de.doc_id = s.doc_id AND de.local_id = s.speaker_local_id
                   LEFT JOIN entities e ON e.id = de.entity_id
                   WHERE s.doc_id = ? AND s.local_id = ?""", (doc_id, local)).fetchone()
            if row:
                doc, sid, text, act, kind, start, end, speaker, entity, name, outlet, published = row
                found.append({"document": {"id": doc, "outlet": outlet, "published": published}, "id": sid,
                              "text": text, "act": act, "kind": kind, "start": start, "end": end,
                              "speaker": {"entity": entity, "name": name or speaker}})
        return found

    def revisions_of(self, event_id: str) -> list[dict[str, Any]]:
        return [json.loads(r) for (r,) in self.conn.execute(
            "SELECT record FROM revisions WHERE event_id = ? ORDER BY category, id", (event_id,))]

    def events_page(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return [json.loads(r) for (r,) in self.conn.execute(
            "SELECT record FROM events ORDER BY start DESC, id LIMIT ? OFFSET ?", (limit, offset))]

    def event_labels(self, ids: list[str]) -> dict[str, str]:
        """Event id -> "type · place · start", for naming events in lists."""
        labels = {}
        for event_id in set(ids):
            row = self.conn.execute("SELECT type, place_name, start FROM events WHERE id = ?", (event_id,)).fetchone()
            if row:
                labels[event_id] = " · ".join(x for x in row if x)
        return labels
