"""The store interface: what ingest, linking, reports and exports may ask of a store.

Every backend (SQLite today) implements it; nothing outside ``svodka.store``
writes SQL.  A store keeps documents with their records, and what the corpus
passes compute over them (linked entities), but does no linking or
presentation itself.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from ..link import DocEntity, Links
from ..records import Document


class Store(Protocol):
    location: str  # path or URL, for messages

    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc: object) -> None: ...

    # documents and their records
    def has_document(self, doc_id: str) -> bool: ...
    def add(self, documents: Iterable[tuple[Document, str]]) -> int:
        """Store (document, source) pairs in one transaction; skip the ones already stored."""
    def document(self, doc_id: str) -> Document | None: ...
    def documents(self) -> Iterator[Document]: ...
    def count_documents(self) -> int: ...

    # corpus passes
    def doc_entities(self) -> list[DocEntity]: ...
    def write_links(self, links: Links) -> None: ...

    # reads for reports
    def stats(self, top: int = 10) -> dict[str, Any]: ...
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...
