"""Storage behind one interface (``Store``); SQLite is the embedded default."""
from __future__ import annotations

from pathlib import Path

from ..errors import SvodkaError
from .base import Store
from .sqlite import SQLiteStore


def open_store(target: str | Path, *, create: bool = True, read_only: bool = False) -> Store:
    """A store from a path, a ``sqlite:///path`` URL or a ``postgresql://`` URL; ``create=False`` refuses a missing file;
    ``read_only`` opens it so that nothing can be written (implies ``create=False``)."""
    target = str(target)
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(target, read_only=read_only)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    elif "://" in target:
        raise SvodkaError(f"unsupported store URL {target!r}; give a SQLite file path, sqlite:///path "
                          "or postgresql://user@host/database")
    if (read_only or not create) and not Path(target).exists():
        raise SvodkaError(f"{target}: no such store; run `svodka ingest PATH --db {target}` first")
    return SQLiteStore(target, read_only=read_only)


__all__ = ["SQLiteStore", "Store", "open_store"]
