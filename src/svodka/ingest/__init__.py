"""Readers: turn paths into items (text + metadata) or per-item errors."""
from .items import DEFAULT_MAX_BYTES, Item
from .readers import SUFFIXES, read_paths, text_item

__all__ = ["DEFAULT_MAX_BYTES", "Item", "SUFFIXES", "read_paths", "text_item"]
