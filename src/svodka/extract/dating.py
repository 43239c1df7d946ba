"""Which time each statement and figure refers to: the time said in its sentence,
nearest to it.  A stage of its own, after times, statements and figures."""
from __future__ import annotations

from dataclasses import replace

from ..records import Figure, Pair, Statement, Time


def link(statements: list[Statement], figures: list[Figure], times: list[Time]) -> tuple[list[Statement], list[Figure]]:
    return ([replace(s, time=time_near(times, s.sentence[0], s.sentence)) for s in statements],
            [replace(f, time=time_near(times, f.start, f.sentence)) for f in figures])


def time_near(times: list[Time], position: int, sentence: Pair) -> str | None:
    """The id of the time said in the sentence, nearest to ``position``."""
    inside = [t for t in times if sentence[0] <= t.start < sentence[1]]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.start - position)).id
