"""Pages and feeds by URL, fetched politely with httpx: a clear User-Agent, robots.txt
respected, one request per host every ``DELAY`` seconds, a timeout, and a size limit read
as a stream (a huge response is cut off, not loaded).  Only ``svodka extract URL`` and
``svodka ingest URL…`` fetch anything; nothing else touches the network."""
from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlsplit

from ..errors import ItemError
from . import web
from .items import Item, check_text, decode


def _version() -> str:
    try:
        return version("svodka")
    except PackageNotFoundError:
        return "dev"


USER_AGENT = f"svodka/{_version()} (news research tool; respects robots.txt)"
TIMEOUT = 20.0
DELAY = 1.0  # seconds between two requests to one host
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


@dataclass
class Fetcher:
    max_bytes: int
    delay: float = DELAY
    robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    last: dict[str, float] = field(default_factory=dict)

    def get(self, url: str) -> tuple[bytes, str, str] | ItemError:
        """(body, content type, final URL), or this URL's error."""
        import httpx

        if not self._allowed(url):
            return ItemError(url, "robots.txt of this site does not allow fetching it")
        self._wait(url)
        try:
            with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT, follow_redirects=True) as client, \
                    client.stream("GET", url) as response:
                if response.status_code >= 400:
                    return ItemError(url, f"HTTP {response.status_code}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        size = response.headers.get("Content-Length", f"over {self.max_bytes:,}")
                        return ItemError(url, f"too large: {size} bytes, limit {self.max_bytes:,} (see --max-bytes)")
                kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
                return bytes(body), kind, str(response.url)
        except httpx.HTTPError as error:
            return ItemError(url, f"cannot fetch: {type(error).__name__}: {error}")

    def _wait(self, url: str) -> None:
        host = urlsplit(url).netloc
        pause = self.last.get(host, 0) + self.delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self.last[host] = time.monotonic()

    def _allowed(self, url: str) -> bool:
        import httpx

        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self.robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                response = httpx.get(f"{host}/robots.txt", headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT)
                parser.parse(response.text.splitlines() if response.status_code < 400 else [])
                self.robots[host] = parser
            except httpx.HTTPError:
                self.robots[host] = None  # no robots.txt to be had: nothing forbids
        parser = self.robots[host]
        return parser is None or parser.can_fetch(USER_AGENT, url)


def url_items(url: str, fetcher: Fetcher, encoding: str = "utf-8", follow: bool = False) -> Iterator[Item | ItemError]:
    """A page is one article; a feed gives its entries (``follow``: the pages they link to)."""
    got = fetcher.get(url)
    if isinstance(got, ItemError):
        yield got
        return
    body, kind, final = got
    if kind in FEED_TYPES or kind.endswith("+xml") or body.lstrip()[:200].lower().startswith((b"<?xml", b"<rss", b"<feed")):
        for entry in web.feed_items(body, url, fetcher.max_bytes):
            link = entry.meta.get("url") if isinstance(entry, Item) else None
            if follow and link:
                page = next(url_items(link, fetcher, encoding), None)
                if isinstance(page, Item):
                    yield Item(page.source, page.text, {**entry.meta, **page.meta})
                    continue
            yield entry
    elif kind.startswith("text/plain"):
        text = decode(body, url, encoding, fetcher.max_bytes)
        text = text if isinstance(text, ItemError) else check_text(text, url, fetcher.max_bytes)
        yield text if isinstance(text, ItemError) else Item(url, text, {"url": final})
    else:
        yield web.html_item(body, url, encoding, fetcher.max_bytes, url=final)
