"""Figures with their claimants: intervals, revisions, and figure disagreements.

A claim is a figure of an event with who claims it (the speaker of the
statement holding it, else the outlet) and the interval its qualifier allows.
A revision is one claimant's values for one category changing over time.  A
figure disagreement is two claimants' latest claims that do not overlap, when
the lower one is not simply outdated (``outdated``).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from ..data import FIGURES, table
from ..extract.words import fold
from ..link import Links
from ..extract.figures import clause
from ..records import Document, Figure, Statement
from .lemmas import content_words, name_words
from .records import Claim, Disagreement, Named, Revision, make_id
from .stories import FAMILIES, Story

ABOUT = 0.1  # "около 500": 450–550
VAGUE = [  # (stem in the figure's text, low, high)
    ("десятк", 20, 99), ("десяток", 10, 19), ("сотн", 100, 999), ("сотен", 100, 999), ("тысяч", 1000, 9999),
    ("несколь", 2, 9), ("дюжин", 12, 12),
]
# Claimants that speak for the state: an official count raised by a later official
# count is an update; against residents, organisers, lawyers or rights groups it is a disagreement.
OFFICIAL = re.compile(
    r"мчс|мвд|полици|министерств|ведомств|администрац|мэри|правительств|прокуратур|следствен|ск\b|управлени|"
    r"губернатор|мэр|глава|министр|начальник|пресс-служб|департамент|власт|суд|росгвард|фсб|оперштаб|штаб|"
    r"гибдд|госавтоинспекц|гаи\b|минздрав|облминздрав|спасател",
    re.IGNORECASE)
GENERIC_OBJECTS = {"человек", "люди", "житель", "гражданин"}
# one kind of thing under several words: "крыши 63 домов", "200 крыш", "40 жилых (домов)"
KINDS = {"крыша": "дом", "здание": "дом", "строение": "дом", "домовладение": "дом", "жилой": "дом",
         "постройка": "дом", "домов": "дом", "дома": "дом"}
# "девять пострадавших остаются в больнице" counts those still there, not all the injured
IN_HOSPITAL = re.compile(r"оста[её]т|остаю|находит|находят|в реанимаци|в стационаре|выписа", re.IGNORECASE)
# Measurements are compared in one unit: "пятно протянулось на 12 километров" against
# "длина пятна не более 300 метров".
MEASURES = {
    "сантиметр": ("length", 0.01), "метр": ("length", 1), "километр": ("length", 1000),
    "квадратный метр": ("area", 1), "гектар": ("area", 10_000), "квадратный километр": ("area", 1_000_000),
    "литр": ("volume", 0.001), "кубический метр": ("volume", 1), "кубометр": ("volume", 1),
    "килограмм": ("mass", 1), "тонна": ("mass", 1000),
}
MEASURED_APART = 2  # "на 12 километров" against "не более 300 метров"; not 2 m against 3 m
MORE = re.compile(r"(?:^|\s)(?:ещ[её]|дополнительно)\s+$", re.IGNORECASE)
# A narrower category that a broader one includes: 12 houses burnt down cannot be told
# against "4 houses damaged" as agreeing.
INCLUDED_IN = {"burned": "damaged"}


class Claimants:
    """One key per claimant of an event, as a reader tells them apart: a linked entity is one
    claimant under all its names; an outlet's own voice and the outlet named as a source are
    one; an organisation named in full and by a shorter or abbreviated form ("облминздрав",
    "министерство здравоохранения Ольховской области") is one.  People are told apart only by
    their linked entity."""

    def __init__(self, claims: Iterable[Claim], links: Links, aliases: dict[str, str]) -> None:
        named = sorted({c.claimant for c in claims}, key=lambda n: (n.entity or "", n.name))
        entity = {n: n.entity or aliases.get(fold(n.name)) for n in named}
        parent = {n: n for n in named}

        def find(n: Named) -> Named:
            while parent[n] != n:
                n = parent[n]
            return n

        def join(a: Named, b: Named) -> None:
            parent[find(b)] = find(a)

        by_entity: dict[str, Named] = {}
        for n in named:
            if entity[n]:
                join(by_entity.setdefault(entity[n], n), n)
        people = [n for n in named if (entity[n] or "").startswith("per-")]
        words = {n: name_words(n.name) for n in named if n not in people}
        for a, b in combinations(words, 2):
            small, large = (a, b) if len(words[a]) <= len(words[b]) else (b, a)
            if words[small] and words[small] <= words[large] and (len(words[small]) >= 2 or small.name.isupper()):
                join(small, large)
        # "министр лесного хозяйства Константин Беляев" speaks for "министерство лесного хозяйства"
        # (state bodies only: a company's director may be quoted on another's finding)
        roles = {e.id: e.roles for e in links.entities if e.roles}
        for person in people:
            for role in roles.get(entity[person] or "", ()):
                office = _office(role["role"]) if OFFICIAL.search(role["role"]) else frozenset()
                for n, w in words.items():
                    if len(office) >= 2 and office <= w:
                        join(n, person)
        for n in named:  # "глава района Ерофеев" is the event's one Николай Ерофеев
            if entity[n] is None:
                bearers = {entity[p] for p in people if _bears_surname(n.name, p.name)}
                if len(bearers) == 1:
                    join(next(p for p in people if entity[p] in bearers), n)
        self._key = {}
        for n in named:
            members = [m for m in named if find(m) is find(n)]
            ids = sorted(entity[m] for m in members if entity[m])
            self._key[n] = ids[0] if ids else min(fold(m.name) for m in members)
        self._roles = {e.id: " ".join(r["role"] for r in e.roles) for e in links.entities if e.roles}

    def key(self, named: Named) -> str:
        return self._key.get(named) or fold(named.name)

    def official(self, named: Named) -> bool:
        """Speaks for the state: by name ("ГУ МЧС", "мэрия") or by a role ("глава района")."""
        return bool(OFFICIAL.search(named.name) or OFFICIAL.search(self._roles.get(named.entity or "", "")))


HEADS = {"министр": "министерство"}
HEAD_WORDS = {"глава", "начальник", "руководитель", "директор", "представитель", "пресс-секретарь", "заместитель",
              "первый", "председатель", "врио", "исполняющий", "обязанность"}


def _office(role: str) -> frozenset[str]:
    """The body a role speaks for, as name words: "министр здравоохранения области" ->
    {министерство, здравоохранение, область}; empty for a role of no body ("жительница")."""
    words = [HEADS.get(w, w) for w in name_words(role)]
    return frozenset(w for w in words if w not in HEAD_WORDS) if len(words) > 1 else frozenset()


def _bears_surname(name: str, person: str) -> bool:
    surname = fold(person.split()[-1])
    return len(person.split()) > 1 and len(surname) >= 4 and any(
        fold(w).startswith(surname) and len(w) - len(surname) <= 2 for w in name.split())


def claimant(doc: Document, statement: Statement | None, links: Links, names: dict[str, str]) -> Named:
    if statement is None:
        return Named(None, doc.meta.outlet or "(author)")
    entity = links.of.get((doc.id, statement.speaker.entity)) if statement.speaker.entity else None
    if entity and entity in links.descriptions:  # "полиция": one claimant by name within an event
        return Named(None, fold(names.get(entity, "")))
    if entity:
        return Named(entity, names.get(entity, ""))
    return Named(None, statement.speaker.antecedent or statement.speaker.text or doc.meta.outlet or "(author)")


def interval(figure: Figure) -> tuple[float, float] | None:
    """What a figure allows: "более 200" -> [200, ∞); "около 500" -> [450, 550]; "десятки" -> [20, 99]."""
    q, v = figure.qualifier, figure.value
    if q == "range" and figure.low is not None and figure.high is not None:
        return float(figure.low), float(figure.high)
    if q == "approximate" or v is None:
        text = fold(figure.text)
        return next(((float(lo), float(hi)) for stem, lo, hi in VAGUE if stem in text), None)
    if q == "more_than":
        return float(v), math.inf
    if q in ("less_than", "up_to"):
        return 0.0, float(v)
    if q == "about":
        return v * (1 - ABOUT), v * (1 + ABOUT)
    return float(v), float(v)


def figure_claims(members: list[Story], links: Links, names: dict[str, str]) -> list[Claim]:
    claims = []
    for s in members:
        doc = s.doc
        said = {st.id: st for st in doc.statements}
        other_types = {e.sentence for e in doc.events if FAMILIES.get(e.type) not in (None, s.family)}
        own_types = {e.sentence for e in doc.events if FAMILIES.get(e.type) == s.family}
        for f in doc.figures:
            measured = f.category == "other" and f.object in MEASURES
            bounds = interval(f) if f.category != "other" or measured else None
            if bounds is None:
                continue
            if f.sentence in other_types and f.sentence not in own_types:
                continue  # "при наводнении погибли 9" in a report on the protest belongs to the flood
            if MORE.search(doc.text[max(0, f.start - 12) : f.start]) and f.object \
                    and table(FIGURES).get(f.object.split()[0]) == f.category:
                continue  # "ещё 12 задержанных получили штрафы": some of the detained, not their number
                # ("Ещё шесть человек пострадали" after the dead is a count of its own)
            low, high = bounds
            claims.append(Claim(
                document=s.ref, claimant=claimant(doc, said.get(f.statement), links, names), text=f.text,
                start=f.start, end=f.end, sentence=f.sentence, value=f.value, low=low, high=high,
                qualifier=f.qualifier, category=f.category, record=f"{doc.id}:{f.id}",
                object=f.object if measured else _in_hospital(doc.text, f) or _counted(f.category, f.object),
            ))
    return claims


def _counted(category: str, obj: str | None) -> str | None:
    """What a figure counts, for comparing two of them; None for plain people, for the words
    that only repeat the category ("более 60 задержанных", "15 участников") and for any crowd
    ("80 человек" and "более 350 рабочих" came to the same rally)."""
    head = obj.split()[0] if obj else None
    if head is None or category == "participants" or head in GENERIC_OBJECTS or head in table(FIGURES):
        return None
    return KINDS.get(head, head)


def _in_hospital(text: str, figure: Figure) -> str | None:
    if figure.category != "injured":
        return None
    return "в больнице" if IN_HOSPITAL.search(clause(text, (figure.start, figure.end), figure.sentence)) else None


def _by_claimant(claims: list[Claim], keys: Claimants) -> dict[tuple[str, str], list[Claim]]:
    """(category, claimant) -> one claim per document (the largest: "9 погибших, из них 3 детей"), by date."""
    grouped: dict[tuple[str, str], dict[str, Claim]] = defaultdict(dict)
    for c in claims:
        series = grouped[(c.category, keys.key(c.claimant))]
        best = series.get(c.document.id)
        if best is None or (c.low, c.high) > (best.low, best.high):
            series[c.document.id] = c
    return {k: sorted(v.values(), key=lambda c: (c.document.published or "", c.document.id, c.start))
            for k, v in grouped.items()}


def revisions(event: str, claims: list[Claim], keys: Claimants) -> list[Revision]:
    found = []
    for (category, key), series in sorted(_by_claimant(claims, keys).items()):
        steps = [c for n, c in enumerate(series) if n == 0 or (c.low, c.high) != (series[n - 1].low, series[n - 1].high)]
        if len(steps) >= 2:
            found.append(Revision(make_id("rv", event, category, key), event, category, steps[0].claimant, steps))
    return found


def _voice(claim: Claim, keys: Claimants) -> str:
    if claim.claimant.entity is None and claim.claimant.name == (claim.document.outlet or "(author)"):
        return "report"  # the outlet's own voice, mostly relaying the official count of the day
    return "official" if keys.official(claim.claimant) else "other"


def outdated(lower: Claim, higher: Claim, keys: Claimants) -> bool:
    """A lower count that a later report raises is an update, not a disagreement, when both
    come from the same kind of source: "2 погибших" from officials on day one, "4" from
    officials on day two.  An outlet's own voice relays the official count of the hour, so
    it counts as official, and its lower count is outdated even by a rise the same day.
    A count of the other kind (residents, organisers, lawyers, rights groups against
    officials or the outlet), or of the same kind published the same day or later, disagrees."""
    if lower.document.id == higher.document.id:
        return False
    voices = {_voice(lower, keys), _voice(higher, keys)}
    if len({"official" if v == "report" else v for v in voices}) > 1:
        return False
    published = (lower.document.published or "", higher.document.published or "")
    return published[0] <= published[1] if "report" in voices else published[0] < published[1]


def figure_disagreements(event: str, claims: list[Claim], keys: Claimants, texts: dict[str, str]) -> list[Disagreement]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for (category, _), series in _by_claimant(claims, keys).items():
        groups[INCLUDED_IN.get(category, category)].append(series[-1])
    found = []
    for category, sides in sorted(groups.items()):
        conflicting: dict[int, Claim] = {}  # by id(): Claim's own equality compares whole records
        for a, b in combinations(sides, 2):
            if keys.key(a.claimant) == keys.key(b.claimant):
                continue  # one claimant's burnt and damaged houses
            pair = _conflict(a, b, texts)
            if pair and not outdated(*pair, keys):
                conflicting.update((id(c), c) for c in pair)
        if conflicting:
            ordered = sorted(conflicting.values(), key=lambda c: (_bounds(c), c.document.published or ""))
            found.append(Disagreement(make_id("dg", event, category, *[c.record for c in ordered]), event,
                                      "figures", category, ordered))
    return found


def _bounds(claim: Claim) -> tuple[float, float]:
    scale = MEASURES[claim.object][1] if claim.category == "other" else 1
    return claim.low * scale, claim.high * scale


def _conflict(a: Claim, b: Claim, texts: dict[str, str]) -> tuple[Claim, Claim] | None:
    """(lower, higher) when the two cannot both be true, else None."""
    if a.category == "other":
        # a measurement: the same dimension of the same thing (the sentences share a word besides the unit)
        if MEASURES[a.object][0] != MEASURES[b.object][0] or not _same_topic(a, b, texts):
            return None
    elif a.object != b.object:
        return None  # "16 сотрудников силовых структур" and "несколько человек" count different things
    (a_low, a_high), (b_low, b_high) = _bounds(a), _bounds(b)
    if a.category != b.category:  # burned within damaged: only more burnt than damaged cannot be
        burned, damaged = (a, b) if INCLUDED_IN.get(a.category) == b.category else (b, a)
        return (damaged, burned) if _bounds(burned)[0] > _bounds(damaged)[1] else None
    if a.category == "other":  # measurements are estimates: only far apart is a contradiction
        return (a, b) if a_high * MEASURED_APART < b_low else (b, a) if b_high * MEASURED_APART < a_low else None
    return (a, b) if a_high < b_low else (b, a) if b_high < a_low else None


def _same_topic(a: Claim, b: Claim, texts: dict[str, str]) -> bool:
    def words(c: Claim) -> frozenset[str]:
        text = texts.get(c.document.id, "")
        return content_words(text[c.sentence[0] : c.sentence[1]]) - set(c.object.split())

    return bool(words(a) & words(b))
