"""Readers for folders of .txt, .jsonl and .csv files, and (``web.py``) saved web pages,
feeds and web archives.

.txt files may start with a front-matter block of metadata::

    ---
    title: Заголовок
    outlet: Северный вестник
    published: 2026-03-12
    ---
    Текст статьи…

Offsets in svodka's records are into the text after that block.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ItemError
from . import fetch, web
from .items import (
    DEFAULT_MAX_BYTES,
    Item,
    check_text,
    decode,
    pick_meta,
    python_encoding,
)

SUFFIXES = (".txt", ".jsonl", ".csv", ".html", ".htm", ".rss", ".atom", ".xml", ".warc", ".warc.gz")
FRONT_MATTER = "---"


def read_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str = "utf-8",
    text_column: str = "text",
    follow: bool = False,
) -> Iterator[Item | ItemError]:
    """Every item under ``paths`` in a stable order; folders are searched recursively; an
    ``http(s)://`` address is fetched (a feed's entries, with ``follow`` the pages they link to)."""
    fetcher = None
    for given in paths:
        if isinstance(given, str) and fetch.is_url(given):
            fetcher = fetcher or fetch.Fetcher(max_bytes)
            yield from fetch.url_items(given, fetcher, encoding, follow)
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in SUFFIXES)
            if not files:
                yield ItemError(str(path), f"no {', '.join(SUFFIXES)} files in this folder")
            for file in files:
                yield from read_file(file, max_bytes=max_bytes, encoding=encoding, text_column=text_column)
        elif path.is_file():
            yield from read_file(path, max_bytes=max_bytes, encoding=encoding, text_column=text_column)
        else:
            yield ItemError(str(path), "no such file or folder")


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str = "utf-8", text_column: str = "text"
) -> Iterator[Item | ItemError]:
    source = str(path)
    suffix = _suffix(path)
    if suffix not in SUFFIXES:
        yield ItemError(source, f"unsupported file type {suffix or '(none)'}; expected {', '.join(SUFFIXES)}")
        return
    try:
        if suffix == ".txt":
            with path.open("rb") as file:
                data = file.read(max_bytes + 1)
            yield text_item(data, source, encoding, max_bytes, size=path.stat().st_size)
        elif suffix == ".jsonl":
            yield from _jsonl_items(path, encoding, max_bytes)
        elif suffix == ".csv":
            yield from _csv_items(path, encoding, max_bytes, text_column)
        elif suffix in (".html", ".htm"):
            with path.open("rb") as file:
                yield web.html_item(file.read(max_bytes + 1), source, encoding, max_bytes)
        elif suffix in (".rss", ".atom", ".xml"):
            with path.open("rb") as file:
                yield from web.feed_items(file.read(max_bytes + 1), source, max_bytes)
        else:
            yield from web.warc_items(path, max_bytes)
    except OSError as error:
        yield ItemError(source, f"cannot read: {error.strerror or error}")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def text_item(data: bytes, source: str, encoding: str, max_bytes: int, size: int | None = None) -> Item | ItemError:
    text = decode(data, source, encoding, max_bytes, size)
    if isinstance(text, ItemError):
        return text
    meta, body = split_front_matter(text)
    body = check_text(body, source, max_bytes)
    return body if isinstance(body, ItemError) else Item(source, body, meta)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER:
        return {}, text
    for end in range(1, min(len(lines), 50)):
        if lines[end].strip() == FRONT_MATTER:
            pairs = dict(
                (k.strip(), v.strip()) for k, sep, v in (l.partition(":") for l in lines[1:end]) if sep
            )
            return pick_meta(pairs), "\n".join(lines[end + 1 :])
    return {}, text


def _jsonl_items(path: Path, encoding: str, max_bytes: int) -> Iterator[Item | ItemError]:
    with path.open("rb") as file:
        for number, raw in enumerate(file, 1):
            source = f"{path}:line {number}"
            if not raw.strip():
                continue
            line = decode(raw, source, encoding, max_bytes)
            if isinstance(line, ItemError):
                yield line
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield ItemError(source, f"malformed JSON: {error.msg} at column {error.colno}")
                continue
            if not isinstance(record, dict):
                yield ItemError(source, f"expected a JSON object, got {type(record).__name__}")
                continue
            if "text" not in record:
                yield ItemError(source, "no 'text' field")
                continue
            yield _checked(record["text"], source, pick_meta(record), max_bytes)


def _csv_items(path: Path, encoding: str, max_bytes: int, text_column: str) -> Iterator[Item | ItemError]:
    csv.field_size_limit(max(max_bytes * 2, 131072))
    number = 0
    try:
        with path.open(encoding=python_encoding(encoding), newline="") as file:
            # strict: an unterminated quote is an error at its row, not the rest of the file merged into one text
            reader = csv.DictReader(file, strict=True)
            if not reader.fieldnames or text_column not in reader.fieldnames:
                yield ItemError(
                    str(path), f"no {text_column!r} column (see --text-column); columns: {reader.fieldnames}"
                )
                return
            for number, row in enumerate(reader, 1):
                source = f"{path}:row {number}"
                if None in row:
                    yield ItemError(source, "more fields than the header has")
                    continue
                yield _checked(row[text_column], source, pick_meta(row), max_bytes)
    except UnicodeDecodeError as error:
        yield ItemError(f"{path}:row {number + 1}", f"not valid {encoding}: {error.reason}; rest of file skipped")
    except csv.Error as error:
        yield ItemError(f"{path}:row {number + 1}", f"malformed CSV: {error}; rest of file skipped")


def _checked(text: object, source: str, meta: dict[str, str], max_bytes: int) -> Item | ItemError:
    checked = check_text(text, source, max_bytes)
    return checked if isinstance(checked, ItemError) else Item(source, checked, meta)
