"""Events: each document's main event, and the documents of one happening joined.

1. A document's main event: its event mentions (``extract.events``) scored by
   where they stand (title 3, lead 2, body 1); the best type of a family
   (``FAMILIES``) wins; a document whose best score is under ``MIN_SCORE`` (a
   passing mention in the body) reports no event.  Its place is the town the
   title names, else the place of its event sentences (``_main_place``).
2. Documents of one family at one place within ``WINDOW_DAYS`` of each other
   chain into one event; reports that locate it differently join when one names
   the other's place and they share an actor or name each other's place; a
   document that names no place joins the one it shares the most actors with.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ..extract.events import classify, is_region
from ..extract.words import fold, stem
from ..link import Links
from ..records import Document, Event
from .lemmas import WORD, lemma
from .places import STREET, STREET_WORD, TITLE_WORD, Gazetteer, find, in_title, streets
from .records import DocRef, LedgerEvent, Named, doc_ref, make_id

FAMILIES = {
    "flood": "disaster", "natural_disaster": "disaster",
    "fire": "accident", "explosion": "accident", "industrial_accident": "accident",
    "transport_accident": "transport",
    "protest": "unrest", "riot": "unrest", "arrest": "unrest",
    "violence": "violence", "battle": "violence",
    "court": "court",
}
TITLE, LEAD, BODY = 3, 2, 1
LEAD_CHARS = 300
MIN_SCORE = 2
WINDOW_DAYS = 7
STREET_BEFORE = re.compile(STREET_WORD.pattern + r"\w*\s+$", re.IGNORECASE)  # "на улице Литейной"
ORG_TAIL = re.compile(r"\s*|\s+(?:россии\s+)?по\s+", re.IGNORECASE)


@dataclass
class Story:
    doc: Document
    ref: DocRef
    type: str
    sub_type: str
    family: str
    place: str | None  # corpus entity id
    date: date | None
    mentions: list[Event]
    strong: bool  # the title names the event, or more than one sentence of the lead does
    title_places: set[str]  # corpus places the title names
    streets: set[str]  # stems of the streets the text names ("энергетик")
    title_streets: set[str]  # those of them the title names ("Трагедия на Энергетиков")


def story(doc: Document, links: Links, places: Gazetteer) -> Story | None:
    scores: dict[str, float] = defaultdict(float)
    titled = _title_types(doc.meta.title or "")
    for type_ in titled:
        scores[type_] += TITLE
    for e in doc.events:
        if e.type in FAMILIES:
            scores[e.type] += LEAD if e.start < LEAD_CHARS else BODY
    if not scores or max(scores.values()) < MIN_SCORE:
        return None
    family_scores: dict[str, float] = defaultdict(float)
    for type_, score in scores.items():
        family_scores[FAMILIES[type_]] += score
    family = max(sorted(family_scores), key=lambda f: family_scores[f])
    type_ = max(sorted(t for t in scores if FAMILIES[t] == family), key=lambda t: scores[t])
    mentions = [e for e in doc.events if FAMILIES.get(e.type) == family]
    sub_type = next((e.sub_type for e in mentions if e.type == type_), type_)
    words = TITLE_WORD.findall(doc.meta.title or "")
    towns = places.title_towns(doc.meta.title or "")
    named_streets = streets(doc.text)
    return Story(doc, doc_ref(doc), type_, sub_type, family, _main_place(doc, mentions, links, places, words, towns),
                 _date(doc, mentions), mentions, strong=family_scores[family] > MIN_SCORE or bool(titled),
                 title_places=_title_places(doc, links, places, words, towns), streets=named_streets,
                 title_streets={w for w in map(stem, map(fold, words)) if w in named_streets})


def _title_places(doc: Document, links: Links, places: Gazetteer, words: list[str], towns: list[str]) -> set[str]:
    found = {places.town(links.of.get((doc.id, e.id))) for e in doc.entities
             if e.type == "LOC" and not is_region(e.name) and in_title(words, e.name)}
    return (found | set(towns)) - {None}


def _title_types(title: str) -> set[str]:
    words = [lemma(w) for w in WORD.findall(title)]
    pairs = [f"{a}+{b}" for a, b in zip(words, words[1:])]
    found = (classify(word, title) for word in words + pairs)
    return {f[0] for f in found if f and f[0] in FAMILIES}


def _main_place(doc: Document, mentions: list[Event], links: Links, places: Gazetteer, title: list[str],
                towns: list[str]) -> str | None:
    """The place the story happens: named in the title, then in the event's sentences, then
    often; a town before its region; never a street ("на площади Горняков" says where in a
    town, not which town), the outlet ("КИПРЕЙСК, 3 мая — Регион-Пресс") or a place inside
    an organisation's name ("МВД России").  A town the title names that the NER missed in
    the text is found among the corpus's towns (``towns``, those the title names)."""
    outlet = fold(doc.meta.outlet or "")
    in_events = defaultdict(int)
    for e in mentions:
        if e.place:
            in_events[e.place] += 1
    org_parts = _org_parts(doc)

    def street(entity) -> bool:
        return " " not in fold(entity.name) and bool(STREET.search(fold(entity.name))) or any(
            STREET_BEFORE.search(doc.text[max(0, m.start - 20) : m.start]) for m in entity.mentions)

    def score(entity) -> tuple:
        return (in_title(title, entity.name), not is_region(entity.name), in_events[entity.id], len(entity.mentions),
                -entity.mentions[0].start)

    candidates = [e for e in doc.entities if e.type == "LOC" and not street(e) and fold(e.name) != outlet
                  and not all((m.start, m.end) in org_parts for m in e.mentions)]
    best = max(candidates, key=score) if candidates else None
    if towns and (best is None or not score(best)[0] or is_region(best.name) or _district_adjective(title, best.name)):
        return towns[0]
    return places.town(links.of.get((doc.id, best.id))) if best else None


def _district_adjective(title: list[str], name: str) -> bool:
    """"в Ясеневском районе" names the district, not the town Ясеневск itself."""
    at = find(title, name)
    return 0 <= at < len(title) - 1 and fold(title[at + 1]).startswith("район") and " " not in name


def _org_parts(doc: Document) -> set[tuple[int, int]]:
    """LOC mentions that belong to an organisation's name: "МВД России", "УМВД России по
    Ольховской области" (the NER cuts them out of the ORG)."""
    ends = sorted(m.end for e in doc.entities if e.type == "ORG" for m in e.mentions)
    parts = set()
    for e in doc.entities:
        if e.type != "LOC":
            continue
        for m in e.mentions:
            before = [end for end in ends if m.start - 25 <= end <= m.start]
            if any(ORG_TAIL.fullmatch(doc.text[end : m.start]) for end in before):
                parts.add((m.start, m.end))
    return parts


def _date(doc: Document, mentions: list[Event]) -> date | None:
    published = _day(doc.meta.published)
    for e in mentions:
        when = _day(e.date) if e.date and len(e.date) == 10 else None
        if when and (published is None or when <= published):
            return when
    return published


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def cluster(stories: list[Story], links: Links, places: Gazetteer) -> list[list[Story]]:
    """Documents of one happening joined; every lookup goes through a date-ordered index, so
    no pass goes over all pairs of documents."""
    parent = list(range(len(stories)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[find(j)] = find(i)

    at_place, by_actor, on_street = _Windows(stories), _Windows(stories), _Windows(stories)
    named = [{places.town(p) for p in _places(s, links)} for s in stories]
    actors = [_actors(s, links) for s in stories]
    for i, s in enumerate(stories):
        if s.place:
            at_place.add((s.family, s.place), i)
        for actor in actors[i]:
            by_actor.add((s.family, actor), i)
        for street in s.streets:
            on_street.add((s.family, street), i)
    for index in (at_place, by_actor, on_street):
        index.freeze()
    for members in at_place.chains():  # one place: each report joins the one before it in the window
        for a, b in zip(members, members[1:]):
            if _near(stories[a], stories[b]):
                join(a, b)
    for i, s in enumerate(stories):
        # reports of one story that locate it differently ("пожар под Ясеневском" / "у села Малые
        # Ключи") join when the title of one names the other's place; a report whose title places
        # nothing joins when each names the other's place or they share a person (an agency such
        # as МЧС speaks of every fire in the region, and a report on one fire may name another)
        for place in s.title_places - {s.place}:
            for j in at_place.near((s.family, place), s):
                join(i, j)
        if not s.title_places:
            for place in named[i] - {s.place}:
                for j in at_place.near((s.family, place), s):
                    if s.place in named[j] or _people(actors[i] & actors[j]):
                        join(i, j)
        # "Шестеро, а не четверо: соседи погибших на Энергетиков": a title that names the street
        # (and no other town) joins the reports of that street in the window, when they are in
        # one town or in a town this report names ("улица Садовников" is in many towns)
        for street in s.title_streets:
            found = [j for j in on_street.near((s.family, street), s) if j != i and (
                not (s.title_places and stories[j].title_places) or s.title_places & stories[j].title_places)]
            if len({stories[j].place for j in found}) > 1:
                found = [j for j in found if stories[j].place in named[i]]
            for j in found:
                join(i, j)
        if s.family == "court":  # reports of one trial share its defendant, wherever they place it
            for actor in _people(actors[i]):
                for j in by_actor.near((s.family, actor), s):
                    join(i, j)
        if not s.place:  # a report that names no place joins the one it shares the most actors with
            shared: dict[int, int] = defaultdict(int)
            for actor in actors[i]:
                for j in by_actor.near((s.family, actor), s):
                    if j != i:
                        shared[j] += 1
            if shared:
                join(max((n, j) for j, n in shared.items())[1], i)
    groups: dict[int, list[Story]] = defaultdict(list)
    for i, s in enumerate(stories):
        groups[find(i)].append(s)
    # a passing mention ("в память о погибших при взрыве") joins the event it names, but
    # makes none on its own
    return sorted((g for g in groups.values() if any(s.strong for s in g)),
                  key=lambda g: (min(s.date or date.max for s in g), g[0].doc.id))


def _near(a: Story, b: Story) -> bool:
    return a.date is None or b.date is None or abs((a.date - b.date).days) <= WINDOW_DAYS


class _Windows:
    """Stories under a key (family and place, family and actor) in date order: the ones
    within ``WINDOW_DAYS`` of a story are found by bisection."""

    def __init__(self, stories: list[Story]) -> None:
        self.stories = stories
        self.dated: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        self.undated: dict[tuple[str, str], list[int]] = defaultdict(list)

    def add(self, key: tuple[str, str], i: int) -> None:
        day = self.stories[i].date
        if day is None:
            self.undated[key].append(i)
        else:
            self.dated[key].append((day.toordinal(), i))

    def freeze(self) -> None:
        for rows in self.dated.values():
            rows.sort()

    def chains(self) -> Iterator[list[int]]:
        for key, rows in self.dated.items():
            yield [i for _, i in rows] + self.undated.get(key, [])
        for key, undated in self.undated.items():
            if key not in self.dated:
                yield undated

    def near(self, key: tuple[str, str], story: Story) -> Iterator[int]:
        rows = self.dated.get(key, [])
        if story.date is None:
            yield from (i for _, i in rows)
        else:
            day = story.date.toordinal()
            lo = bisect_left(rows, (day - WINDOW_DAYS, -1))
            hi = bisect_right(rows, (day + WINDOW_DAYS, len(self.stories)))
            yield from (i for _, i in rows[lo:hi])
        yield from self.undated.get(key, ())


def _places(story: Story, links: Links) -> set[str]:
    doc = story.doc
    return {links.of[(doc.id, e.id)] for e in doc.entities if e.type == "LOC" and (doc.id, e.id) in links.of}


def _people(entities: set[str]) -> set[str]:
    return {e for e in entities if e.startswith("per-")}


def _actors(story: Story, links: Links) -> set[str]:
    return {links.of[(story.doc.id, a)] for e in story.mentions for a in e.actors if (story.doc.id, a) in links.of}


def event(members: list[Story], links: Links, names: dict[str, str]) -> LedgerEvent:
    types = defaultdict(int)
    for s in members:
        types[(s.type, s.sub_type)] += 1
    type_, sub_type = max(sorted(types), key=lambda t: types[t])
    places = defaultdict(int)
    for s in members:
        if s.place:
            places[s.place] += 1
    place = max(sorted(places), key=lambda p: places[p]) if places else None
    dates = sorted(s.date for s in members if s.date)
    first = min(members, key=lambda s: (s.date or date.max, s.doc.id))
    actors = defaultdict(int)
    for s in members:
        for a in _actors(s, links):
            actors[a] += 1
    event = LedgerEvent(
        id=make_id("ev", first.family, str(place), first.doc.id),
        type=type_, sub_type=sub_type,
        start=dates[0].isoformat() if dates else None, end=dates[-1].isoformat() if dates else None,
        place=Named(place, names.get(place, "")) if place else None,
        actors=[Named(a, names.get(a, "")) for a in sorted(actors, key=lambda a: (-actors[a], names.get(a, "")))],
        documents=[s.ref for s in sorted(members, key=lambda s: (s.ref.published or "", s.doc.id))],
    )
    for s in members:
        for e in s.mentions:
            event.mentions.append({"doc": s.doc.id, "id": e.id, "start": e.start, "end": e.end,
                                   "sentence": list(e.sentence)})
    event.statements = list(dict.fromkeys(f"{s.doc.id}:{st}" for s in members for e in s.mentions
                                          for st in e.statements))
    return event


