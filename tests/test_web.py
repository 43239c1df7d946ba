"""`svodka serve` in a real browser: a uvicorn process over a real SQLite file made from the
sample corpus (plus two articles written here), driven by Debian's chromium through
Playwright.  Screenshots of the main pages go to build/screenshots/ (not committed)."""
import json
import shutil
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from svodka.batch import ingest
from svodka.store import open_store
from svodka.web.process import running

from .conftest import CORPUS, ROOT

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "build" / "screenshots"
HOSTILE = ("---\ntitle: <script>window.__xss = 1</script> Пожар <img src=x onerror=\"window.__xss=2\">\n"
           "outlet: <b>Вести</b><!--\nurl: javascript:window.__xss=3\npublished: 2026-03-14\n---\n"
           "В Верхнеозёрске <script>window.__xss = 4</script> загорелся склад. <!-- comment --> "
           "Глава МЧС Олег Бурцев заявил, что <img src=x onerror=\"window.__xss=5\"> пострадали два человека. "
           "<a href=\"javascript:window.__xss=6\">ссылка</a>\n")
REAL_PLACES = ("---\ntitle: Паводок в Казани и Новосибирске\noutlet: Вести Поволжья\npublished: 2026-03-15\n---\n"
               "В Казани и Новосибирске прошли паводки. По данным МЧС, в Казани подтоплены 20 домов.\n")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is absent (.ci/run installs it)")


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    corpus = folder / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "zz-hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "zz-real-places.txt").write_text(REAL_PLACES, encoding="utf-8")
    db = folder / "web.db"
    with open_store(db) as store:
        ingest([corpus], store)
    with running(db) as base:
        yield base, db


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    dialogs = []
    opened.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    opened.dialogs = dialogs
    yield opened
    context.close()


def _shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_overview_event_disagreement_document(server, page):
    base, _ = server
    page.goto(base + "/")
    assert page.locator("ul.counts").inner_text().count("documents") == 1
    _shot(page, "overview")
    page.locator("table.list a", has_text="protest").first.click()
    assert "/events/" in page.url
    assert page.locator("h1").inner_text().startswith("protest")
    _shot(page, "event")
    dispute = page.locator("article.dispute").first
    assert dispute.locator("tbody tr").count() >= 2  # both sides, each with outlet and date
    dispute.locator("a.to-sentence").first.click()
    assert "/documents/" in page.url and "mark=" in page.url
    marked = page.locator(".m-marked")
    assert marked.count() >= 1 and marked.first.is_visible()
    _shot(page, "document")


def test_search_finds_inflected_forms_and_filters_by_facet(server, page):
    base, _ = server
    page.goto(base + "/search?q=" + urllib.request.quote("Сомова"))
    hits = page.locator("ol.hits > li")
    total = hits.count()
    assert total >= 2
    assert "Сомовой" in page.locator("ol.hits").inner_text()  # another case form of the same name
    _shot(page, "search")
    facet = page.locator("a.facet[data-facet=outlet]").first
    outlet = facet.inner_text()
    expected = int(facet.locator("xpath=following-sibling::span").inner_text())
    facet.click()
    assert "outlet=" in page.url
    assert page.locator("ol.hits > li").count() == expected <= total
    assert all(outlet in t for t in page.locator("ol.hits > li .meta").all_inner_texts())
    page.locator("section.results a[href^='/entities/']").first.click()
    assert "/entities/" in page.url and page.locator("h1").is_visible()
    assert page.locator("h2", has_text="What it said").is_visible()
    _shot(page, "entity")


def test_map_places_what_the_gazetteer_knows_and_lists_the_rest(server, page):
    base, _ = server
    page.goto(base + "/map")
    placed = page.locator("ul.placed").inner_text()
    assert "Казань" in placed and "Новосибирск" in placed
    assert page.locator("svg.map circle.place").count() >= 2
    assert "Верхнеозёрск" in page.locator("ul.unplaced").inner_text()  # invented: listed, not guessed
    _shot(page, "map")
    page.goto(base + "/disagreements")
    _shot(page, "disagreements")


def test_hostile_text_is_shown_never_run(server, page):
    base, db = server
    with open_store(db) as store:
        doc_id = next(d.id for d in store.documents(text=False) if "onerror" in (d.meta.title or ""))
    urls = ["/", f"/documents/{doc_id}", "/search?q=" + urllib.request.quote("склад"),
            "/search?q=" + urllib.request.quote("<script>"), "/disagreements"]
    status, body = _get(base + "/api/documents/" + doc_id)
    entities = json.loads(body)["links"].values()
    urls += [f"/entities/{e}" for e in entities]
    for url in urls:
        page.goto(base + url)
        assert page.evaluate("window.__xss") is None, url
        assert page.dialogs == []
    page.goto(base + f"/documents/{doc_id}")
    assert "<script>" in page.locator("h1").inner_text()  # shown as written
    assert page.locator("#text script, #text img, h1 img").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0


def test_json_twins_follow_the_documented_shapes(server):
    base, _ = server
    overview = json.loads(_get(base + "/api/overview")[1])
    assert {"documents", "events", "disagreements", "outlets", "events_list", "latest_disagreements"} <= set(overview)
    event = overview["events_list"][0]
    assert {"id", "type", "sub_type", "start", "end", "place", "actors", "documents", "figures"} <= set(event)
    assert all({"id", "url", "outlet", "published"} <= set(d) for d in event["documents"])
    detail = json.loads(_get(base + f"/api/events/{event['id']}")[1])
    assert {"claims", "disagreements", "revisions", "statement_records"} <= set(detail)
    found = json.loads(_get(base + "/api/search?q=" + urllib.request.quote("дамбы") + "&size=2")[1])
    assert found["total"] >= len(found["documents"]) and len(found["documents"]) <= 2
    assert {"outlet", "event_type"} <= set(found["facets"])
    disputes = json.loads(_get(base + "/api/disagreements?kind=figures")[1])
    for d in disputes["disagreements"]:
        assert {"id", "event", "kind", "category", "claims"} <= set(d) and d["kind"] == "figures"
        for c in d["claims"]:
            assert {"document", "claimant", "value", "low", "high", "qualifier", "act", "text", "start", "end"} <= set(c)
            assert {"id", "url", "outlet", "published"} <= set(c["document"])
    document = json.loads(_get(base + f"/api/documents/{event['documents'][0]['id']}")[1])
    assert {"document", "sentences", "entities", "statements", "figures", "times", "events", "text"} <= set(document)
    places = json.loads(_get(base + "/api/places")[1])
    assert {"placed", "unplaced"} == set(places)
    assert _get(base + "/docs")[0] == 200 and _get(base + "/api/openapi.json")[0] == 200


@pytest.mark.parametrize("path, status", [
    ("/search?page=0", 422), ("/api/search?size=1000", 422), ("/api/search?page=abc", 422),
    ("/search?q=" + "x" * 500, 422), ("/search?from=yesterday", 422), ("/documents/nope", 404),
    ("/api/events/nope", 404), ("/entities/%3Cscript%3E", 404), ("/documents/x?mark=1;2", 422),
    ("/search?from=2026-13-45", 422), ("/api/disagreements?kind=foo", 422),
])
def test_bad_requests_get_a_clear_4xx(server, path, status):
    base, _ = server
    code, body = _get(base + path)
    assert code == status
    assert "Traceback" not in body and "File \"" not in body


def test_store_is_opened_read_only(server):
    import sqlite3

    _, db = server
    with open_store(db, read_only=True) as store, pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM documents")


def test_search_sees_yo_as_e_and_filters_everything_it_lists(server):
    base, _ = server
    quote = urllib.request.quote
    with_yo = json.loads(_get(base + "/api/search?q=" + quote("Верхнеозёрск"))[1])
    without = json.loads(_get(base + "/api/search?q=" + quote("Верхнеозерск"))[1])
    assert with_yo["total"] == without["total"] >= 5
    assert all("\x02" not in d["snippet"] for d in with_yo["documents"])
    outlet = with_yo["facets"]["outlet"][0]["value"]
    filtered = json.loads(_get(base + "/api/search?q=" + quote("Верхнеозёрск") + "&outlet=" + quote(outlet))[1])
    assert filtered["statements"] and all(s["outlet"] == outlet for s in filtered["statements"])


def test_disagreements_filter_by_claimant_in_any_case(server):
    base, _ = server
    everything = json.loads(_get(base + "/api/disagreements")[1])["disagreements"]
    person = next(c["claimant"]["name"] for d in everything for c in d["claims"]
                  if c["claimant"]["entity"] and c["claimant"]["entity"].startswith("per-"))
    genitive = person + "а" if not person.endswith("а") else person[:-1] + "ой"
    found = json.loads(_get(base + "/api/disagreements?claimant=" + urllib.request.quote(genitive))[1])
    assert found["total"] >= 1


def test_api_docs_need_no_network(server, page):
    base, _ = server
    status, body = _get(base + "/docs")
    assert status == 200 and "cdn" not in body.lower() and "/static/swagger/swagger-ui-bundle.js" in body
    page.goto(base + "/docs")
    page.locator(".opblock-summary-path", has_text="/api/search").first.wait_for(timeout=10000)  # rendered from local files
