"""Ingest a batch, as a stream: read items -> skip known ones -> extract (here, in N
processes, or on a Dask cluster) -> store.  No stage holds the whole input: memory stays
flat whatever its size.

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
from .runners import runner


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


def extract_batch(items: list[Item]) -> list[Document | ItemError]:
    """A batch for a worker (a process or a Dask worker): the models load once per process."""
    return [extract_item(item) for item in items]


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
    cluster: str | None = None,
    on_item: Callable[[Item | ItemError, str], None] | None = None,
) -> Summary:
    """``on_item(item, outcome)`` per item, outcome one of "added", "skipped", "failed";
    ``cluster`` ("local", "local:N", "tcp://host:8786") extracts on Dask instead of ``workers``.
    The corpus passes (linking, the ledger) run at the end over the whole store, so their
    result does not depend on ingest order."""
    summary = Summary()
    seen: set[str] = set()

    def report(item, outcome):
        if on_item:
            on_item(item, outcome)

    def fresh() -> Iterator[Item]:
        for item in read_paths(paths, max_bytes=max_bytes, encoding=encoding, text_column=text_column, follow=follow):
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
            yield item

    pending: list[tuple[Document, str]] = []
    with runner(extract_batch, workers, cluster) as run:
        for item, result in run(fresh()):
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
