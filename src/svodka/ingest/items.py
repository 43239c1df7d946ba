"""One article to ingest, and the checks every reader applies to it."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from ..errors import ItemError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
SURROGATE = re.compile("[\ud800-\udfff]")
META_KEYS = ("title", "url", "outlet", "published", "language")
# Other names for the same metadata seen in exports from news tools.
META_ALIASES = {"date": "published", "source": "outlet", "link": "url", "headline": "title", "lang": "language"}


@dataclass(frozen=True)
class Item:
    source: str
    text: str
    meta: dict[str, str] = field(default_factory=dict)


def pick_meta(record: dict) -> dict[str, str]:
    meta = {}
    for key, value in record.items():
        key = META_ALIASES.get(str(key).strip().lower(), str(key).strip().lower())
        if key in META_KEYS and value not in (None, "") and key not in meta:
            meta[key] = str(value).strip()
    return meta


def python_encoding(encoding: str) -> str:
    """The codec to read with: any spelling of UTF-8 ("utf8", "UTF_8") drops a BOM.
    Raises LookupError for an unknown encoding."""
    name = codecs.lookup(encoding).name
    return "utf-8-sig" if name == "utf-8" else name


def decode(data: bytes, source: str, encoding: str, max_bytes: int, size: int | None = None) -> str | ItemError:
    """``size`` is the item's real size when ``data`` was cut at the read limit."""
    if len(data) > max_bytes:
        return ItemError(source, f"too large: {size or len(data):,} bytes, limit {max_bytes:,} (see --max-bytes)")
    if b"\x00" in data:
        return ItemError(source, "binary content (NUL bytes), not text")
    try:
        return data.decode(python_encoding(encoding))
    except UnicodeDecodeError as error:
        return ItemError(
            source,
            f"not valid {encoding}: byte 0x{data[error.start]:02x} at offset {error.start}"
            " (try --encoding cp1251)",
        )
    except LookupError:
        return ItemError(source, f"unknown encoding {encoding!r}")


def check_text(text: object, source: str, max_bytes: int) -> str | ItemError:
    if not isinstance(text, str):
        return ItemError(source, f"text must be a string, got {type(text).__name__}")
    if not text.strip():
        return ItemError(source, "empty text")
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        return ItemError(source, f"too large: text over {max_bytes:,} bytes (see --max-bytes)")
    lone = SURROGATE.search(text)
    if lone:  # "\ud83d" from a JSON line: no UTF-8 form, so it could be neither hashed nor stored
        return ItemError(source, f"invalid Unicode: lone surrogate U+{ord(lone.group()):04X} at offset {lone.start()}")
    controls = sum(1 for c in text[:10000] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if "\x00" in text or controls > 0.05 * min(len(text), 10000):
        return ItemError(source, "binary content (control characters), not text")
    return text
