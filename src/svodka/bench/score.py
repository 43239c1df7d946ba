"""Precision / recall / F1 per type, by exact span and by overlap.

Overlap matching is one-to-one: each gold span is matched at most once, by the
first predicted span of its type that overlaps it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

Span = tuple[str, int, int]  # (type, start, end)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scorer:
    """Accumulates over documents: ``add`` per document, ``value`` at the end."""
    types: tuple[str, ...]
    exact: dict[str, PRF] = field(default_factory=dict)
    overlap: dict[str, PRF] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.exact = {t: PRF() for t in self.types + ("ALL",)}
        self.overlap = {t: PRF() for t in self.types + ("ALL",)}

    def add(self, gold: Iterable[Span], predicted: Iterable[Span]) -> None:
        gold, predicted = set(gold), set(predicted)
        for t in self.types:
            g = sorted(s for s in gold if s[0] == t)
            p = sorted(s for s in predicted if s[0] == t)
            hits = len(set(g) & set(p))
            _add(self.exact[t], hits, len(p) - hits, len(g) - hits)
            matched = _overlaps(g, p)
            _add(self.overlap[t], matched, len(p) - matched, len(g) - matched)
        for table in (self.exact, self.overlap):
            total = table["ALL"]
            total.tp, total.fp, total.fn = (sum(getattr(table[t], k) for t in self.types) for k in ("tp", "fp", "fn"))

    def value(self) -> dict:
        return {"exact": {t: v.as_dict() for t, v in self.exact.items()},
                "overlap": {t: v.as_dict() for t, v in self.overlap.items()}}


def _add(prf: PRF, tp: int, fp: int, fn: int) -> None:
    prf.tp += tp
    prf.fp += fp
    prf.fn += fn


def _overlaps(gold: list[Span], predicted: list[Span]) -> int:
    used: Counter = Counter()
    matched = 0
    for _, start, end in predicted:
        for g in gold:
            if not used[g] and g[1] < end and start < g[2]:
                used[g] += 1
                matched += 1
                break
    return matched
