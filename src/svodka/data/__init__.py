"""Bundled dictionaries; their paths live here and nowhere else."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DIR = Path(__file__).parent
ROLES = DIR / "roles.txt"
CUES = DIR / "cues.txt"
ACCUSATIONS = DIR / "accusations.txt"
FIGURES = DIR / "figures.txt"
EVENTS = DIR / "events.txt"
AGENCIES = DIR / "agencies.txt"
OUTLETS = DIR / "outlets.txt"
NATIONALITIES = DIR / "nationalities.txt"
ALIASES = DIR / "aliases.txt"


@lru_cache(maxsize=None)
def wordlist(path: Path) -> frozenset[str]:
    """Lines of a bundled list, without comments and blanks, ё folded to е."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.replace("ё", "е"))
    return frozenset(words)


@lru_cache(maxsize=None)
def rows(path: Path) -> dict[str, tuple[str, ...]]:
    """Bundled list of several columns: first word -> the other words."""
    return {line.split()[0]: tuple(line.split()[1:]) for line in wordlist(path) if len(line.split()) >= 2}


@lru_cache(maxsize=None)
def table(path: Path) -> dict[str, str]:
    """Two-column bundled list: first word -> second word."""
    return {word: rest[0] for word, rest in rows(path).items()}
