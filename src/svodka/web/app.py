"""`svodka serve`: a read-only web application over a store.

Every page is rendered on the server (Jinja2, autoescaped) and has a JSON twin under
``/api/`` with the shapes of the export records.  The store is opened read-only for each
request; lists are paginated; a bad parameter gets a 4xx with a plain message.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import SvodkaError
from ..store import open_store
from . import charts, geo
from .text import fts_query, records, segments, stems

HERE = Path(__file__).parent
PAGE = Annotated[int, Query(alias="page", ge=1, le=10_000, description="page number, from 1")]
SIZE = Annotated[int, Query(ge=1, le=100, description="items per page")]
TEXT = Annotated[str, Query(max_length=200)]
SINCE = Annotated[str | None, Query(alias="from", pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
UNTIL = Annotated[str | None, Query(alias="to", pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


def _store(request: Request) -> Iterator[Any]:
    """The store, opened read-only for one request."""
    with open_store(request.app.state.db, read_only=True) as opened:
        yield opened


Store = Annotated[Any, Depends(_store)]


def create_app(db: str | Path) -> FastAPI:
    """The application over the store at ``db``; fails now, with one line, when the store
    cannot be read."""
    db = str(db)
    open_store(db, read_only=True).close()
    app = FastAPI(title="svodka", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Read-only JSON API over a svodka store: the records of docs/ledger.md.")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["version"] = __version__
    templates.env.filters["web_url"] = _web_url
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    app.state.db = db

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, error: RequestValidationError) -> Any:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in error.errors())
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": f"bad parameter: {problems}"}, status_code=422)
        return page(request, "error.html", 422, title="Bad request", message=f"Bad parameter: {problems}")

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, error: StarletteHTTPException) -> Any:
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code)
        return page(request, "error.html", error.status_code, title=str(error.status_code), message=error.detail)

    @app.exception_handler(SvodkaError)
    async def bad_query(request: Request, error: SvodkaError) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(error)}, status_code=400)
        return page(request, "error.html", 400, title="Bad request", message=str(error))

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """OpenAPI docs from the vendored Swagger UI: no CDN, users run offline."""
        return get_swagger_ui_html(openapi_url="/api/openapi.json", title="svodka API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css", swagger_favicon_url="",
                                   swagger_ui_parameters={"validatorUrl": None})  # no call to an online validator

    # -- data, shared by each page and its JSON twin ------------------------------------

    def overview_data(s: Any) -> dict:
        data = s.overview()
        data["events_list"] = s.events_page(limit=100)
        data["latest_disagreements"] = s.disagreements_of(limit=5, latest=True)[1]
        data["event_labels"] = s.event_labels([d["event"] for d in data["latest_disagreements"] if d["event"]])
        return data

    def search_data(s: Any, q: str, outlet: str | None, since: str | None, until: str | None,
                    event_type: str | None, entity: str | None, page_: int, size: int) -> dict:
        for value in (since, until):
            _check_date(value)
        words = stems(q)
        found = s.search_documents(fts_query(q), outlet=outlet or None, since=since, until=until,
                                   event_type=event_type or None, entity=entity or None,
                                   limit=size, offset=(page_ - 1) * size)
        found["query"] = q
        found["entity_name"] = (s.entity(entity, 0) or {}).get("name") if entity else None
        found["statements"] = s.search_statements(words, fts_query(q), outlet=outlet or None, since=since,
                                                  until=until) if words else []
        found["entities"] = s.search_entities(words) if words else []
        found["filters"] = {"outlet": outlet, "from": since, "to": until, "type": event_type, "entity": entity}
        found["page"] = page_
        return found

    def document_data(s: Any, doc_id: str) -> dict:
        doc = _found(s.document(doc_id), "document", doc_id)
        data = doc.to_json()
        data["text"] = doc.text
        data["links"] = s.entity_links(doc_id)
        data["ledger_events"] = s.events_of_document(doc_id)
        return data

    def entity_data(s: Any, entity_id: str) -> dict:
        entity = _found(s.entity(entity_id), "entity", entity_id)
        entity["said"] = s.statements_by(entity_id)
        entity["said_about"] = s.statements_about(entity_id)
        entity["figures"] = s.figures_by(entity_id)
        entity["cooccurring"] = s.cooccurring(entity_id)
        return entity

    def event_data(s: Any, event_id: str) -> dict:
        event = _found(s.event(event_id), "event", event_id)
        figures = s.figures_at(event["figures"])
        categories: dict[str, list] = {}
        for f in figures:
            if f["category"] != "other":
                categories.setdefault(f["category"], []).append(f)
        for claims in categories.values():
            claims.sort(key=lambda c: (c["document"]["published"] or "", c["document"]["id"]))
        event["claims"] = categories
        event["statement_records"] = s.statements_at(event["statements"])
        event["disagreements"] = s.disagreements_of(event=event_id)[1]
        event["revisions"] = s.revisions_of(event_id)
        return event

    def disagreements_data(s: Any, event: str | None, kind: str | None, category: str | None,
                           outlet: str | None, claimant: str | None, page_: int, size: int) -> dict:
        if kind and kind not in ("figures", "statements"):
            raise HTTPException(422, f"kind must be figures or statements, not {kind!r}")
        total, shown = s.disagreements_of(event=event or None, kind=kind or None, category=category or None,
                                          outlet=outlet or None, claimant=stems(claimant) or claimant or None,
                                          limit=size, offset=(page_ - 1) * size)
        return {"total": total, "page": page_, "limit": size, "disagreements": shown,
                "event_labels": s.event_labels([d["event"] for d in shown if d["event"]]),
                "facets": s.disagreement_facets(),
                "filters": {"event": event, "kind": kind, "category": category, "outlet": outlet,
                            "claimant": claimant}}

    def places_data(s: Any) -> dict:
        placed, unplaced = [], []
        for p in s.places():
            at = geo.locate(p["name"])
            if at:
                x, y = geo.project(at[0], at[1])
                placed.append({**p, "latitude": at[0], "longitude": at[1], "kind": at[2], "x": x, "y": y})
            else:
                unplaced.append(p)
        return {"placed": placed, "unplaced": unplaced}

    # -- pages -------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, s: Store) -> HTMLResponse:
        data = overview_data(s)
        return page(request, "overview.html", data=data, timeline=charts.timeline(data["events_list"]))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, s: Store, q: TEXT = "", outlet: TEXT = "", since: SINCE = None,
               until: UNTIL = None, type: TEXT = "", entity: TEXT = "", page_: PAGE = 1,
               size: SIZE = 20) -> HTMLResponse:
        return page(request, "search.html",
                    data=search_data(s, q, outlet, since, until, type, entity, page_, size))

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document(request: Request, s: Store, doc_id: str, mark: Annotated[str, Query(
            pattern=r"^\d{1,9}-\d{1,9}$")] = "") -> HTMLResponse:
        data = document_data(s, doc_id)
        doc = s.document(doc_id)
        marks = records(doc)
        if mark:
            start, end = map(int, mark.split("-"))
            if 0 <= start < end <= len(doc.text):
                marks.append({"kind": "marked", "id": "marked", "type": "", "start": start, "end": end,
                              "title": "the sentence you came from"})
        return page(request, "document.html", data=data, pieces=segments(doc.text, marks),
                    records=[r for r in marks if r["kind"] != "marked"], marked=bool(mark))

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity(request: Request, s: Store, entity_id: str) -> HTMLResponse:
        return page(request, "entity.html", data=entity_data(s, entity_id))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event(request: Request, s: Store, event_id: str) -> HTMLResponse:
        data = event_data(s, event_id)
        return page(request, "event.html", data=data,
                    charts={c: charts.claims_chart(claims) for c, claims in data["claims"].items()})

    @app.get("/disagreements", response_class=HTMLResponse, include_in_schema=False)
    def disagreements(request: Request, s: Store, event: TEXT = "", kind: TEXT = "", category: TEXT = "",
                      outlet: TEXT = "", claimant: TEXT = "", page_: PAGE = 1, size: SIZE = 20) -> HTMLResponse:
        return page(request, "disagreements.html",
                    data=disagreements_data(s, event, kind, category, outlet, claimant, page_, size))

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_(request: Request, s: Store) -> HTMLResponse:
        data = places_data(s)
        return page(request, "map.html", data=data, outline=geo.outline(), view=geo.view(data["placed"]))

    # -- the JSON twins ----------------------------------------------------------------

    @app.get("/api/overview", tags=["api"])
    def api_overview(s: Store) -> dict:
        """Counts, outlets, date range, events and the latest disagreements."""
        return overview_data(s)

    @app.get("/api/search", tags=["api"])
    def api_search(s: Store, q: TEXT = "", outlet: TEXT = "", since: SINCE = None, until: UNTIL = None,
                   type: TEXT = "", entity: TEXT = "", page_: PAGE = 1, size: SIZE = 20) -> dict:
        """Documents (with facets), statements and entities matching every word of ``q`` in any case form;
        ``snippet`` is plain text, ``highlights`` the words that matched in it."""
        data = search_data(s, q, outlet, since, until, type, entity, page_, size)
        for d in data["documents"]:
            marked = d["snippet"] or ""
            d["highlights"] = [part.split("\x03", 1)[0] for part in marked.split("\x02")[1:]]
            d["snippet"] = marked.replace("\x02", "").replace("\x03", "")
        return data

    @app.get("/api/documents/{doc_id}", tags=["api"])
    def api_document(s: Store, doc_id: str) -> dict:
        """The document's JSON record (docs/schema.md) with its text, entity links and events."""
        return document_data(s, doc_id)

    @app.get("/api/entities/{entity_id}", tags=["api"])
    def api_entity(s: Store, entity_id: str) -> dict:
        return entity_data(s, entity_id)

    @app.get("/api/events", tags=["api"])
    def api_events(s: Store, page_: PAGE = 1, size: SIZE = 50) -> dict:
        return {"page": page_, "limit": size, "events": s.events_page(limit=size, offset=(page_ - 1) * size)}

    @app.get("/api/events/{event_id}", tags=["api"])
    def api_event(s: Store, event_id: str) -> dict:
        """The event record with its figures by category, statements, disagreements and revisions."""
        return event_data(s, event_id)

    @app.get("/api/disagreements", tags=["api"])
    def api_disagreements(s: Store, event: TEXT = "", kind: TEXT = "", category: TEXT = "", outlet: TEXT = "",
                          claimant: TEXT = "", page_: PAGE = 1, size: SIZE = 20) -> dict:
        return disagreements_data(s, event, kind, category, outlet, claimant, page_, size)

    @app.get("/api/places", tags=["api"])
    def api_places(s: Store) -> dict:
        """Places with coordinates from the offline gazetteer, and the ones it cannot place."""
        return places_data(s)

    return app


def _found(record: Any, kind: str, key: str) -> Any:
    if record is None:
        raise HTTPException(404, f"no {kind} {key!r} in this store")
    return record


def _check_date(value: str | None) -> None:
    try:
        if value:
            date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"not a calendar date: {value!r} (YYYY-MM-DD)") from None


def _web_url(url: str | None) -> str | None:
    """Only http(s) addresses become links: a stored "javascript:…" url stays text."""
    return url if url and url.split(":", 1)[0].lower() in ("http", "https") else None


