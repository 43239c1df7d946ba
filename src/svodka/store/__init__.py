"""Storage: SQLite (embedded default) behind one small interface."""
from .sqlite import SQLiteStore, open_store

__all__ = ["SQLiteStore", "open_store"]
