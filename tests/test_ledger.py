import csv
import io
import json

import pytest

from svodka.batch import ingest
from svodka.export import acled, rows, write
from svodka.ledger import interval
from svodka.records import Figure
from svodka.store import open_store

from .conftest import SEED

ARTICLES = {
    "a.txt": ("Задержания после акции в Заречинске", "Вестник Заречья", "2026-05-02",
              "В субботу в Заречинске прошла несогласованная акция протеста против вырубки парка. "
              "По данным полиции, задержаны 15 человек. Начальник городского отдела полиции Пётр Самсонов "
              "заявил, что силу к задержанным не применяли."),
    "b.txt": ("Правозащитники: в Заречинске задержали более 60 человек", "Новости Края", "2026-05-03",
              "Правозащитный центр «Свет» сообщил, что после акции протеста в Заречинске были задержаны "
              "более 60 человек. Юрист центра Ольга Миронова заявила, что полицейские применяли силу к задержанным."),
    "c.txt": ("В Заречинске открылась новая библиотека", "Вестник Заречья", "2026-05-04",
              "В Заречинске после ремонта открылась городская библиотека. Глава города Игорь Лебедев "
              "поблагодарил строителей."),
}


def _write(folder, names, articles=ARTICLES):
    folder.mkdir(parents=True)
    for name in names:
        title, outlet, published, text = articles[name]
        (folder / name).write_text(f"---\ntitle: {title}\noutlet: {outlet}\npublished: {published}\n---\n{text}\n",
                                   encoding="utf-8")


@pytest.fixture
def ledger_store(models, tmp_path):
    _write(tmp_path / "in", ARTICLES)
    with open_store(tmp_path / "l.db") as store:
        ingest([tmp_path / "in"], store)
        yield store


def test_ledger_one_event_from_two_outlets_and_none_for_the_unrelated(ledger_store):
    [event] = ledger_store.events()
    assert event["type"] in ("protest", "arrest") and event["place"]["name"] == "Заречинск"
    assert sorted(d["outlet"] for d in event["documents"]) == ["Вестник Заречья", "Новости Края"]
    assert event["start"] == "2026-05-02" and event["end"] == "2026-05-03"


def test_ledger_figure_and_statement_disagreements(ledger_store):
    found = {d["kind"]: d for d in ledger_store.disagreements()}
    figures = found["figures"]
    assert figures["category"] == "detained"
    # "более 60": no upper bound, which JSON writes as null
    assert sorted((c["low"], c["high"] or float("inf")) for c in figures["claims"]) == [(15, 15), (60, float("inf"))]
    assert "Infinity" not in json.dumps(figures)
    statements = found["statements"]
    assert {c["claimant"]["name"] for c in statements["claims"]} == {"Пётр Самсонов", "Ольга Миронова"}
    assert all(c["document"]["url"] is None and c["document"]["published"] for c in statements["claims"])


def test_ledger_does_not_depend_on_ingest_order(models, tmp_path):
    results = []
    for order in (["a.txt", "b.txt", "c.txt"], ["c.txt", "b.txt", "a.txt"]):
        folder = tmp_path / "-".join(order)
        with open_store(tmp_path / f"{order[0]}.db") as store:
            for n, name in enumerate(order):
                _write(folder / str(n), [name])
                ingest([folder / str(n)], store)
            results.append((store.events(), store.disagreements()))
    assert results[0] == results[1]


@pytest.mark.parametrize("text, value, low, high, qualifier, expected", [
    ("более 200", 200, 200, None, "more_than", (200, float("inf"))),
    ("около 500", 500, None, None, "about", (450, 550)),
    ("до 9", 9, None, 9, "up_to", (0, 9)),
    ("от 10 до 20", None, 10, 20, "range", (10, 20)),
    ("десятки", None, None, None, "approximate", (20, 99)),
    ("несколько", None, None, None, "approximate", (2, 9)),
    ("множество", None, None, None, "approximate", None),
])
def test_ledger_intervals_follow_the_qualifier(text, value, low, high, qualifier, expected):
    figure = Figure("d", "f1", 0, len(text), text, value, low, high, qualifier, None, "killed", None, (0, 10))
    got = interval(figure)
    assert got == (pytest.approx(expected[0]), pytest.approx(expected[1])) if expected else got is None


def test_ledger_exports(ledger_store, tmp_path):
    out = io.BytesIO()
    assert write(rows(ledger_store, "events"), "jsonl", out) == 1
    event = json.loads(out.getvalue())
    assert {"id", "type", "sub_type", "start", "end", "place", "actors", "documents", "figures"} <= set(event)
    out = io.BytesIO()
    write(acled(ledger_store), "acled", out)
    [row] = list(csv.DictReader(io.StringIO(out.getvalue().decode())))
    assert row["event_id"] == event["id"] and row["location"] == "Заречинск"
    out = io.BytesIO()
    write(rows(ledger_store, "disagreements"), "csv", out)
    assert len(list(csv.DictReader(io.StringIO(out.getvalue().decode())))) == 2
    import pyarrow.parquet as pq

    with open(tmp_path / "e.parquet", "wb") as f:
        write(rows(ledger_store, "entities"), "parquet", f)
    table = pq.read_table(tmp_path / "e.parquet")
    assert {"id", "type", "name", "aliases", "roles", "documents", "mentions"} <= set(table.column_names)


def test_ledger_seed_alone_shows_the_denial_against_the_media(models, tmp_path):
    if not SEED.exists():
        pytest.skip("../shared/seeds is absent")
    with open_store(tmp_path / "seed.db") as store:
        ingest([SEED], store)
        [dispute] = [d for d in store.disagreements() if d["kind"] == "statements"]
    sides = {c["claimant"]["name"]: c["text"] for c in dispute["claims"]}
    assert "мирн" in sides["Касым-Жомарт Токаев"] and "огонь по мирным демонстрантам" in sides["казахские СМИ"]


@pytest.mark.bench
@pytest.mark.parametrize("corpus", ["ledger", "ledger-check"])
def test_bench_ledger_on_the_dev_corpora(corpus):
    from pathlib import Path

    from svodka.bench import ledger

    result = ledger.run(Path("tests/data") / corpus, scale=500)
    assert result["documents"] >= 30
    assert result["events"]["pairs"]["f1"] >= 0.9 and result["events"]["unrelated_in_an_event"] == []
    assert result["entities"]["wrong_merges"] == []
    assert result["disagreements"]["figures"]["precision"] == 1.0
    # copies a season apart are separate events: the corpus pass keeps them apart and stays fast
    scale = result["scale"]
    assert scale["documents"] == 500 and scale["events"] >= 500 // result["documents"] * result["events"]["gold_events"]
    assert scale["ledger_seconds"] < 10


def test_ledger_typed_records_read_back(ledger_store):
    from svodka import read_ledger

    ledger = read_ledger(ledger_store)
    [event] = ledger.events
    assert event.place.name == "Заречинск" and all(d.published for d in event.documents)
    figures = next(d for d in ledger.disagreements if d.kind == "figures")
    assert max(c.high for c in figures.claims) == float("inf")


def test_ledger_reports_show_markup_in_titles_as_written(models, tmp_path):
    """Regression: a title holding "[/red]" crashed `svodka events` (Rich read it as markup)."""
    from typer.testing import CliRunner

    from svodka.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "---\ntitle: [/red] Пожар в Энске\noutlet: [bold]Вести\n---\n"
        "В Энске произошёл пожар. По данным МЧС, погибли 3 человека. "
        "Жители заявили, что погибли не менее 10 человек.\n", encoding="utf-8")
    db = str(tmp_path / "m.db")
    with open_store(db) as store:
        ingest([tmp_path / "in"], store)
    for command in ("events", "disagreements", "stats"):
        result = CliRunner().invoke(app, [command, "--db", db], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        assert "[bold]Вести" in result.output


STREET_ARTICLES = {
    "s1.txt": ("Пожар в жилом доме в Ольховске: один погибший", "Ольховские вести", "2026-06-10",
               "В Ольховске ночью загорелся жилой дом на улице Садовников. По данным МЧС, погиб один человек, "
               "эвакуированы 20 жильцов."),
    "s2.txt": ("Жильцы сгоревшего дома на Садовников требуют расселения", "Город сегодня", "2026-06-11",
               "Жильцы дома на улице Садовников, где накануне произошёл пожар, заявили, что не могут вернуться "
               "в квартиры. По словам соседей, погибших двое."),
    "s3.txt": ("Пожар на складе в Берёзовке", "Город сегодня", "2026-06-11",
               "В Берёзовке горел склад на улице Садовников. Пострадавших нет, сообщили в МЧС."),
}


def _street_events(tmp_path, names):
    folder = tmp_path / "in"
    _write(folder, names, STREET_ARTICLES)
    with open_store(tmp_path / "s.db") as store:
        ingest([folder], store)
        return sorted(sorted(d["title"] for d in e["documents"]) for e in store.events())


def test_ledger_a_title_that_names_only_the_street_joins_the_reports_of_that_street(models, tmp_path):
    fire, residents, other_town = (STREET_ARTICLES[n][0] for n in ("s1.txt", "s2.txt", "s3.txt"))
    assert _street_events(tmp_path / "one", ["s1.txt", "s2.txt"]) == [[residents, fire]]
    # the same street name in two towns: the report that names no town joins neither
    events = _street_events(tmp_path / "two", ["s1.txt", "s2.txt", "s3.txt"])
    assert not any(len(e) > 1 for e in events) and [fire] in events and [other_town] in events
