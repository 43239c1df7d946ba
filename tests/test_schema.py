import json

import svodka


def test_schema_top_level(seed_doc):
    data = json.loads(json.dumps(seed_doc.to_json(), ensure_ascii=False))
    assert set(data) == {"document", "entities", "statements"}
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
        assert set(st) == {"id", "speaker", "cue", "kind", "act", "content", "quotes", "sentence"}
        assert st["speaker"]["entity"] is None or st["speaker"]["entity"] in entity_ids
        assert st["kind"] in {"direct", "indirect", "mixed", "according_to"}
        assert st["act"] in {"assert", "deny", "promise", "request", "accuse", "other"}
        c = st["content"]
        assert seed_doc.text[c["start"] : c["end"]] == c["text"]
        assert st["sentence"]["start"] <= c["start"] < c["end"] <= st["sentence"]["end"] + 1


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
