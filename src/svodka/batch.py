"""Ingest a batch: read items -> skip known ones -> extract (in N processes) -> store.

Each item fails alone: its error is recorded and the batch goes on.  Documents
are committed every ``batch_size`` items, so an interrupted run keeps what it
committed and a re-run picks up where it stopped (documents are keyed by hash).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ItemError
from .ingest import DEFAULT_MAX_BYTES, Item, read_paths
from .pipeline import document_id, extract
from .records import Document
from .corpus import update as update_corpus
from .store import Store
from .workers import pool


@dataclass
class Summary:
    added: int = 0
    skipped: int = 0  # already in the store, or a duplicate within the run
    errors: list[ItemError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


def extract_item(item: Item) -> Document | ItemError:
    """Never raises: a failure becomes this item's error."""
    try:
        return extract(item.text, **item.meta)
    except Exception as error:  # noqa: BLE001 - one bad item must not stop a batch
        return ItemError(item.source, f"extraction failed: {type(error).__name__}: {error}")


def _extracted(items: list[Item], workers: int) -> Iterator[Document | ItemError]:
    if workers <= 1 or len(items) < 2:
        yield from map(extract_item, items)
        return
    with pool(workers) as executor:
        yield from executor.map(extract_item, items, chunksize=max(1, min(16, len(items) // (workers * 4))))


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int = 1,
    batch_size: int = 50,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str = "utf-8",
    text_column: str = "text",
    follow: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_item: Callable[[Item | ItemError, str], None] | None = None,
) -> Summary:
    """``on_start(total)`` once items are read; ``on_item(item, outcome)`` per item,
    outcome one of "added", "skipped", "failed".  The corpus passes (linking) run at
    the end over the whole store, so their result does not depend on ingest order."""
    summary = Summary()
    todo: list[Item] = []
    seen: set[str] = set()

    def report(item, outcome):
        if on_item:
            on_item(item, outcome)

    read = list(read_paths(paths, max_bytes=max_bytes, encoding=encoding, text_column=text_column, follow=follow))
    if on_start:
        on_start(len(read))
    for item in read:
        if isinstance(item, ItemError):
            summary.errors.append(item)
            report(item, "failed")
            continue
        key = document_id(item.text)
        if key in seen or store.has_document(key):
            summary.skipped += 1
            report(item, "skipped")
            continue
        seen.add(key)
        todo.append(item)

    pending: list[tuple[Document, str]] = []
    for item, result in zip(todo, _extracted(todo, workers)):
        if isinstance(result, ItemError):
            summary.errors.append(result)
            report(item, "failed")
            continue
        pending.append((result, item.source))
        report(item, "added")
        if len(pending) >= batch_size:
            summary.added += store.add(pending)
            pending = []
    if pending:
        summary.added += store.add(pending)
    if summary.added:
        update_corpus(store)
    return summary
