import pytest
import json

import svodka


def test_schema_top_level(seed_doc):
    data = json.loads(json.dumps(seed_doc.to_json(), ensure_ascii=False))
    assert set(data) == {"document", "sentences", "entities", "statements", "figures", "times", "events", "notes"}
    assert data["notes"] == []  # dated: nothing to warn about
    doc_id = data["document"]["id"]
    assert all(r["doc"] == doc_id for kind in ("entities", "statements", "figures", "times", "events") for r in data[kind])
    assert set(data["document"]) == {"id", "title", "url", "outlet", "published", "language"}
    assert data["document"]["published"] == "2022-01-10" and data["document"]["language"] == "ru"
    for entity in data["entities"]:
        assert set(entity) == {"doc", "id", "type", "name", "aliases", "roles", "mentions"}
        assert entity["type"] in {"PER", "ORG", "LOC"}
        assert entity["name"] == entity["aliases"][0]
        for m in entity["mentions"]:
            assert set(m) == {"start", "end", "text", "sentence"}
            assert seed_doc.text[m["start"] : m["end"]] == m["text"]
    assert [e["id"] for e in data["entities"]] == [f"e{n}" for n in range(1, len(data["entities"]) + 1)]
    entity_ids = {e["id"] for e in data["entities"]}
    for st in data["statements"]:
        assert set(st) == {"doc", "id", "start", "end", "speaker", "cue", "kind", "act", "content", "quotes",
                           "sentence", "time", "via"}
        assert (st["start"], st["end"]) == (st["content"]["start"], st["content"]["end"])
        assert st["speaker"]["entity"] is None or st["speaker"]["entity"] in entity_ids
        assert st["kind"] in {"direct", "indirect", "mixed", "according_to"}
        assert st["act"] in {"assert", "deny", "promise", "request", "accuse", "other"}
        c = st["content"]
        assert seed_doc.text[c["start"] : c["end"]] == c["text"]
        assert st["sentence"]["start"] <= c["start"] < c["end"] <= st["sentence"]["end"] + 1
    time_ids = {t["id"] for t in data["times"]}
    statement_ids = {st["id"] for st in data["statements"]}
    assert all(st["time"] is None or st["time"] in time_ids for st in data["statements"])
    for t in data["times"]:
        assert set(t) == {"doc", "id", "start", "end", "text", "value", "precision", "anchor", "sentence"}
        assert seed_doc.text[t["start"] : t["end"]] == t["text"]
        assert t["precision"] in {"day", "month", "year", None}
        assert t["anchor"] in {"explicit", "document", "previous_time", "published", None}
    for f in data["figures"]:
        assert set(f) == {"doc", "id", "start", "end", "value", "low", "high", "qualifier", "text", "object",
                          "category", "statement", "span", "sentence", "time"}
        assert seed_doc.text[f["start"] : f["end"]] == f["text"]
        assert f["span"] == {"start": f["start"], "end": f["end"]}
        assert f["qualifier"] in {"exact", "more_than", "less_than", "about", "up_to", "range", "approximate"}
        assert f["statement"] is None or f["statement"] in statement_ids
        assert f["time"] is None or f["time"] in time_ids


def test_schema_document_id_ignores_spacing():
    a = svodka.document_id("Мэр  Галина Сомова\nвстретилась с жителями.")
    assert a == svodka.document_id(" Мэр Галина Сомова встретилась с жителями. ")
    assert a != svodka.document_id("Мэр Галина Сомова встретилась с жителями")
    assert len(a) == 16


def test_schema_doc_is_in_docs():
    from .conftest import ROOT

    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for key in ["id", "title", "url", "outlet", "published", "language", "aliases", "roles", "mentions", "sentence", "speaker", "cue", "kind",
                "act", "content", "quotes"]:
        assert f"`{key}`" in doc, key


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "«", "по словам", "от 10 до", "31.02.2020", "накануне"])
def test_extract_never_fails_on_odd_text(models, text):
    doc = svodka.extract(text, published="garbage")
    assert set(doc.to_json()) == {"document", "sentences", "entities", "statements", "figures", "times", "events", "notes"}


@pytest.fixture(scope="module")
def corpus_docs(models):
    from svodka.ingest import read_paths

    from .conftest import CORPUS

    return [svodka.extract(item.text, **item.meta) for item in read_paths([CORPUS])]


def test_schema_every_record_indexes_its_text(corpus_docs):
    """On the bundled sample corpus (no ../shared needed): every record's start/end and
    sentence point into the text, and every record names its document."""
    kinds = {"entities": 0, "statements": 0, "figures": 0, "times": 0}
    for doc in corpus_docs:
        spans = [(m, m.text) for e in doc.entities for m in e.mentions]
        spans += [(s, s.content.text) for s in doc.statements] + [(q, q.text) for s in doc.statements for q in s.quotes]
        spans += [(f, f.text) for f in doc.figures] + [(t, t.text) for t in doc.times]
        for record, text in spans:
            assert doc.text[record.start : record.end] == text
        for record in [*doc.entities, *doc.statements, *doc.figures, *doc.times]:
            assert record.doc == doc.id
        for record in [*(m for e in doc.entities for m in e.mentions), *doc.statements, *doc.figures, *doc.times]:
            a, b = record.sentence
            assert (a, b) in doc.sentences or any(s[0] == a for s in doc.sentences)  # a statement may span two
            assert a <= record.start and record.end <= b + 1
        for kind in kinds:
            kinds[kind] += len(getattr(doc, kind))
    assert all(kinds.values()), kinds


def test_schema_from_json_round_trips(corpus_docs):
    for doc in corpus_docs:
        data = json.loads(json.dumps(doc.to_json(), ensure_ascii=False))
        assert svodka.Document.from_json(data, doc.text) == doc


def test_undated_document_says_why_relative_times_have_no_value(models):
    doc = svodka.extract("Вчера в городе прошёл митинг.", models=models)
    [note] = doc.to_json()["notes"]
    assert "--published" in note and doc.times[0].value is None
