"""Per-item failures are values, not exceptions: a batch reports them and goes on."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ItemError:
    source: str  # file path, "path:line N" for JSONL, "path:row N" for CSV
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class SvodkaError(Exception):
    """An error the CLI shows as one line, without a traceback."""
