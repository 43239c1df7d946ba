import pytest
import json

import svodka


def test_schema_top_level(seed_doc):
    data = json.loads(json.dumps(seed_doc.to_json(), ensure_ascii=False))
    assert set(data) == {"document", "entities", "statements", "figures", "times"}
    assert set(data["document"]) == {"id", "title", "url", "outlet", "published", "language"}
    assert data["document"]["published"] == "2022-01-10" and data["document"]["language"] == "ru"
    for entity in data["entities"]:
        assert set(entity) == {"id", "type", "name", "aliases", "roles", "mentions"}
        assert entity["type"] in {"PER", "ORG", "LOC"}
        assert entity["name"] == entity["aliases"][0]
        for m in entity["mentions"]:
            assert set(m) == {"start", "end", "text", "sentence"}
            assert seed_doc.text[m["start"] : m["end"]] == m["text"]
    assert [e["id"] for e in data["entities"]] == [f"e{n}" for n in range(1, len(data["entities"]) + 1)]
    entity_ids = {e["id"] for e in data["entities"]}
    for st in data["statements"]:
        assert set(st) == {"id", "speaker", "cue", "kind", "act", "content", "quotes", "sentence", "time"}
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
        assert set(t) == {"id", "start", "end", "text", "value", "precision", "anchor"}
        assert seed_doc.text[t["start"] : t["end"]] == t["text"]
        assert t["precision"] in {"day", "month", "year", None}
        assert t["anchor"] in {"explicit", "document", "previous_time", "published", None}
    for f in data["figures"]:
        assert set(f) == {"id", "value", "low", "high", "qualifier", "text", "object", "category", "statement",
                          "span", "sentence", "time"}
        assert seed_doc.text[f["span"]["start"] : f["span"]["end"]] == f["text"]
        assert f["qualifier"] in {"exact", "more_than", "less_than", "about", "up_to", "range", "approximate"}
        assert f["statement"] is None or f["statement"] in statement_ids
        assert f["time"] is None or f["time"] in time_ids


def test_schema_document_id_ignores_spacing():
    a = svodka.document_id("Мэр  Галина Сомова\nвстретилась с жителями.")
    assert a == svodka.document_id(" Мэр Галина Сомова встретилась с жителями. ")
    assert a != svodka.document_id("Мэр Галина Сомова встретилась с жителями")
    assert len(a) == 16


def test_schema_doc_is_in_docs(seed_doc):
    from .conftest import ROOT

    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for key in ["id", "title", "url", "outlet", "published", "language", "aliases", "roles", "mentions", "sentence", "speaker", "cue", "kind",
                "act", "content", "quotes"]:
        assert f"`{key}`" in doc, key


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "«", "по словам", "от 10 до", "31.02.2020", "накануне"])
def test_extract_never_fails_on_odd_text(models, text):
    doc = svodka.extract(text, published="garbage")
    assert set(doc.to_json()) == {"document", "entities", "statements", "figures", "times"}
