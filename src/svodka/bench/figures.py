"""Figures against NEREL NUMBER spans and tests/data/figures_dev.tsv (see times.py).

Gold rows: corpus, doc, start, end, value, low, high, qualifier, category,
claimant ("-" for none: a value or bound that is absent, a figure in the author's
own voice), and in the later check sets object (the counted noun's normal form).
The claimant is right when the figure's statement speaker holds every word of the
gold name (as in the statements bench); the object when the two normal forms share
their head noun (ё folded; adjectives before it do not count); "all" when every field
the row gives is right.
"""
from __future__ import annotations

from pathlib import Path

from ..extract.figures import UNIT_ABBREVIATIONS
from ..extract.words import yo
from .devset import DATA
from .statements import speaker_ok
from .times import devset

FIGURES_GOLD = DATA / "figures_dev.tsv"
ADJECTIVAL = ("ый", "ий", "ой", "ая", "яя", "ое", "ее")  # endings of an adjective's nominative


def _number(text: str) -> float | None:
    return None if text == "-" else float(text)


def _same(a, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(float(a) - b) < 1e-6)


def _value(row, figure, _) -> bool:
    value, low, high = (_number(x) for x in row[2:5])
    return _same(figure.value, value) and _same(figure.low, low) and _same(figure.high, high) \
        and figure.qualifier == row[5]


def _claimant(row, figure, document) -> bool:
    claimant = row[7]
    statement = next((s for s in document.statements if s.id == figure.statement), None)
    if statement is None:
        return claimant == "-"
    names = {e.id: e.name for e in document.entities}
    return claimant != "-" and speaker_ok(claimant, names.get(statement.speaker.entity),
                                          statement.speaker.antecedent, statement.speaker.text)


def _object(row, figure, _) -> bool | None:
    if len(row) < 9:
        return None  # a set annotated before objects were
    return _head(row[8]) == _head(figure.object or "-")


def _head(normal: str) -> str:
    """The head noun of a normal form: its first word not declined as an adjective ("кипрский
    гражданин" -> "гражданин", "сотрудник силовых структур" -> "сотрудник"), or its last
    ("случайный прохожий" -> "прохожий")."""
    words = [UNIT_ABBREVIATIONS.get(w.rstrip("."), w) for w in yo(normal).lower().split()]  # "км": километр
    return next((w for w in words if not w.endswith(ADJECTIVAL)), words[-1] if words else "")


def _all(row, figure, document) -> bool:
    return all(check(row, figure, document) is not False for check in (_value, _category, _claimant, _object))


def _category(row, figure, _) -> bool:
    return figure.category == row[6]


def run_devset(gold_path: Path = FIGURES_GOLD) -> dict:
    return devset("figures", gold_path, (10, 11), {
        "value": _value,
        "category": _category,
        "claimant": _claimant,
        "object": _object,
        "all fields": _all,
    })
