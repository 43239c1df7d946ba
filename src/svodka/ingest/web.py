"""Readers for what users save from the web: HTML pages, RSS/Atom feeds, WARC archives.

- HTML: the main text and metadata (title, date, site name, canonical URL) with
  trafilatura; menus, comments and "read also" blocks are left out.  Offsets in the
  records refer to this extracted text, which is what the store keeps.
- Feeds: every entry via feedparser, its full content where the feed has it, else its
  summary; the entry's link, date and title, the feed's title as the outlet.
- WARC / WARC.gz: every ``response`` record with an HTML or text payload, streamed
  with warcio (a multi-GB archive never sits in memory); a truncated or corrupt
  record is that item's error, and what came before it is kept.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import ItemError
from .items import Item, check_text, decode

HTML_TYPES = ("text/html", "application/xhtml+xml")


def html_item(data: bytes, source: str, encoding: str, max_bytes: int, url: str | None = None,
              published: str | None = None) -> Item | ItemError:
    """One HTML page as an article."""
    import trafilatura

    if len(data) > max_bytes:
        return ItemError(source, f"too large: {len(data):,} bytes, limit {max_bytes:,} (see --max-bytes)")
    if b"\x00" in data:
        return ItemError(source, "binary content (NUL bytes), not a page")
    # a page says its own charset; trafilatura reads it from the bytes unless the user gave one
    html: str | bytes = data
    if encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        html = decode(data, source, encoding, max_bytes)
        if isinstance(html, ItemError):
            return html
    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as error:  # noqa: BLE001 - a page the parser chokes on is this item's error
        return ItemError(source, f"unreadable HTML: {type(error).__name__}: {error}")
    if found is None or not (found.text or "").strip():
        return ItemError(source, "no article text found in this page")
    meta = {"title": found.title, "url": found.url or url, "outlet": found.sitename or found.hostname,
            "published": found.date or published}
    text = check_text(found.text, source, max_bytes)
    if isinstance(text, ItemError):
        return text
    return Item(source, text, {k: str(v) for k, v in meta.items() if v})


def feed_items(data: bytes, source: str, max_bytes: int) -> Iterator[Item | ItemError]:
    """Entries of an RSS or Atom feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield ItemError(source, f"not a readable feed: {parsed.get('bozo_exception', 'unknown error')}")
        return
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{source}:entry {n}"
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        text = check_text(_plain(body), where, max_bytes)
        if isinstance(text, ItemError):
            yield text
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        meta = {"title": entry.get("title"), "url": entry.get("link"), "outlet": outlet,
                "published": time.strftime("%Y-%m-%d", stamp) if stamp else None}
        yield Item(where, text, {k: str(v) for k, v in meta.items() if v})


def _plain(html: str) -> str:
    """Text of an HTML fragment (a feed entry), paragraphs kept apart."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except Exception:  # noqa: BLE001 - an unparsable fragment is read as text
        return html.strip()
    for block in root.iter("p", "br", "li", "div", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def warc_items(path: Path, max_bytes: int) -> Iterator[Item | ItemError]:
    """HTML and text responses of a WARC file, streamed record by record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as stream:
        n = 0
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}:record {n} {url or ''}".rstrip()
                kind = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if not kind.startswith(HTML_TYPES + ("text/plain",)):
                    continue
                payload = record.content_stream().read(max_bytes + 1)
                if len(payload) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
                    # the record promised more bytes than the file holds: cut off mid-record
                    yield ItemError(where, "truncated WARC record: the file ends inside it; rest of file skipped")
                    return
                day = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                if kind.startswith("text/plain"):
                    text = decode(payload, where, "utf-8", max_bytes)
                    text = text if isinstance(text, ItemError) else check_text(text, where, max_bytes)
                    yield text if isinstance(text, ItemError) else Item(where, text, _meta(url, day))
                else:
                    yield html_item(payload, where, "utf-8", max_bytes, url=url, published=day)
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as error:
            yield ItemError(f"{path}:record {n + 1}", f"truncated or corrupt WARC: {error}; rest of file skipped")


def _meta(url: str | None, day: str | None) -> dict[str, str]:
    return {k: v for k, v in (("url", url), ("published", day)) if v}
