"""What a researcher meets in a notebook: short reprs, documents shown as highlighted HTML
(escaped), and a store as typed records and tables."""
import pytest

import svodka
from svodka.batch import ingest
from svodka.store import open_store

from .conftest import CORPUS


def test_document_shows_itself_escaped_and_stays_short_as_text(models):
    doc = svodka.extract("Глава МЧС Олег Бурцев заявил, что <script>alert(1)</script> погибли 5 человек.",
                         published="2026-05-04", models=models)
    assert len(repr(doc)) < 200 and "1 statements" in repr(doc)
    html = doc._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Олег Бурцев" in html and "border-bottom" in html and "background:#d9ecff" in html
    only = svodka.show(doc, layers=["statement"])._repr_html_()
    assert "background:#fff3c4" in only and "border-bottom:2px" not in only.split("</div>", 2)[2]
    with pytest.raises(ValueError, match="unknown layers"):
        svodka.show(doc, layers=["colours"])


@pytest.fixture(scope="module")
def collection(models, tmp_path_factory):
    db = tmp_path_factory.mktemp("nb") / "nb.db"
    with open_store(db) as store:
        ingest([CORPUS], store)
    with svodka.open(db) as opened:
        yield opened


def test_collection_gives_typed_records_and_tables(collection):
    documents = collection.documents(outlet="Северный вестник")
    assert documents and all(d.meta.outlet == "Северный вестник" for d in documents)
    assert list(documents.to_pandas().columns) == ["id", "url", "title", "outlet", "published", "language"]
    killed = collection.figures(category="killed")
    assert killed and all(f.category == "killed" for f in killed)
    table = killed.to_pandas()
    assert {"value", "claimant", "outlet", "published", "start", "end"} <= set(table.columns)
    assert collection.disagreements(kind="figures").to_arrow().num_rows >= 1
    events = collection.events(type="flood")
    assert events and events[0].place.name and {"id", "type", "place"} <= set(events.to_pandas().columns)
    said = collection.statements(speaker="Сомов")
    assert said and all(isinstance(s, svodka.Statement) for s in said)
    assert collection.statements(since="2030-01-01") == []
    with pytest.raises(svodka.errors.SvodkaError):
        svodka.open("no-such.db")
