"""The ledger across sources: events merged over outlets and days, every figure
with its claimant, revisions, and disagreements.  A pure function of the
stored documents and the entity links (docs/ledger.md explains each rule).

1. Each document's main event: its event mentions (``extract.events``) scored
   by where they stand (title 3, lead 2, body 1), the best type of a family
   (``FAMILIES``) wins; a document whose best score is under ``MIN_SCORE`` (a
   passing mention in the body) reports no event.
2. Documents of one family at one place (the linked place entity) whose dates
   lie within ``WINDOW_DAYS`` of each other chain into one event; a document
   that names no place joins the event of its family it shares the most people
   and organisations with, within the window.
3. Claims: the event's figures (category other than ``other``) with their
   claimant (the speaker of the statement holding the figure, else the outlet),
   and an interval from the qualifier (``interval``).
4. A revision: one claimant's values for one category changing over time.
   A figure disagreement: the latest claims of two claimants do not overlap
   and the lower one is not simply outdated (``outdated``).  A statement
   disagreement: a denial (or a negated claim) against an assertion of another
   claimant about the same thing (shared content words, or the denial names
   the other side).
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import combinations

from .data import EVENTS, FIGURES, rows, table
from .extract.events import is_region
from .extract.words import fold, yo
from .link import Links
from .records import Document, Event, Figure, Statement

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
ABOUT = 0.1  # "около 500": 450–550
VAGUE = [  # (stem in the figure's text, low, high)
    ("десятк", 20, 99), ("десяток", 10, 19), ("сотн", 100, 999), ("сотен", 100, 999), ("тысяч", 1000, 9999),
    ("несколь", 2, 9), ("дюжин", 12, 12),
]
# Claimants that speak for the state: an official count raised by a later official
# count is an update; against residents, organisers, lawyers or rights groups it is a disagreement.
OFFICIAL = re.compile(
    r"мчс|мвд|полици|министерств|ведомств|администрац|мэри|правительств|прокуратур|следствен|ск\b|управлени|"
    r"губернатор|мэр|глава|министр|начальник|пресс-служб|департамент|власт|суд|росгвард|фсб|оперштаб|штаб",
    re.IGNORECASE)
NEGATION = re.compile(r"(?<!\w)(?:не|нет|никогда|ни)(?!\w)", re.IGNORECASE)
WORD = re.compile(r"[а-яёa-z]{3,}", re.IGNORECASE)
# a one-word place that looks like an adjective ("Литейной", "Лесная") is more often a street
STREET = re.compile(r"(?:ая|ой|ей|ий|ый|яя)$")
STREET_BEFORE = re.compile(r"(?:улиц|площад|проспект|переул|шоссе|бульвар|набережн|микрорайон|трасс)\w*\s+$", re.IGNORECASE)
WHERE = re.compile(r"(?:^|\s)(?:в|во|под|на)\s+$")
ORG_TAIL = re.compile(r"\s*|\s+(?:россии\s+)?по\s+", re.IGNORECASE)
TITLE_WORD = re.compile(r"[А-ЯЁа-яё][а-яё-]{2,}")
REGION_WORD = re.compile(r"област|район|кра[йяю]|округ|республик", re.IGNORECASE)
NEGATIVE_WORDS = 15  # a denial is said in few words ("Утечки не было"); a long content merely holds a "не"
GENERIC = {"человек", "время", "день", "город", "год", "сейчас", "также", "который", "этот", "весь", "свой",
           "быть", "стать", "мочь", "сказать", "заявить", "сообщить", "информация", "данные", "очень", "более"}


@dataclass(frozen=True)
class DocRef:
    id: str
    url: str | None
    outlet: str | None
    published: str | None
    title: str | None = None


@dataclass(frozen=True)
class Named:
    entity: str | None  # corpus entity id
    name: str


@dataclass(frozen=True)
class Claim:
    document: DocRef
    claimant: Named
    text: str
    start: int
    end: int
    sentence: tuple[int, int]
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    qualifier: str | None = None
    category: str | None = None
    act: str | None = None
    record: str = ""  # "<doc>:<local id>" of the figure or statement
    object: str | None = None  # what a figure counts


@dataclass
class LedgerEvent:
    id: str
    type: str
    sub_type: str
    start: str | None
    end: str | None
    place: Named | None
    actors: list[Named] = field(default_factory=list)
    documents: list[DocRef] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)  # "<doc>:<figure id>"
    statements: list[str] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)  # {doc, id, start, end, sentence}


@dataclass
class Revision:
    id: str
    event: str
    category: str
    claimant: Named
    steps: list[Claim]


@dataclass
class Disagreement:
    id: str
    event: str
    kind: str  # figures | statements
    category: str | None
    claims: list[Claim]


@dataclass
class Ledger:
    events: list[LedgerEvent]
    revisions: list[Revision]
    disagreements: list[Disagreement]


@dataclass
class _Story:
    doc: Document
    ref: DocRef
    type: str
    sub_type: str
    family: str
    place: str | None  # corpus entity id
    date: date | None
    mentions: list[Event]


def build(documents: Iterable[Document], links: Links) -> Ledger:
    names = {e.id: e.name for e in links.entities}
    docs = sorted(documents, key=lambda d: (d.meta.published or "", d.id))
    towns = _towns(links)
    stories = [s for s in (_story(d, links, towns) for d in docs) if s is not None]
    events, revisions, disagreements = [], [], []
    clustered = {s.doc.id for s in stories}
    for members in _cluster(stories, links):
        event = _event(members, links, names)
        events.append(event)
        claims = _figure_claims(members, links, names)
        revisions += _revisions(event.id, claims)
        disagreements += _figure_disagreements(event.id, claims)
        disagreements += _statement_disagreements(event.id, [(s.doc, s.ref) for s in members], links, names)
    for doc in docs:  # an article that reports no event may still hold both sides of a dispute
        if doc.id not in clustered:
            disagreements += _statement_disagreements(None, [(doc, _ref(doc))], links, names)
    return Ledger(events, revisions, disagreements)


# -- 1. the main event of a document -------------------------------------------

def _story(doc: Document, links: Links, towns: dict[str, str]) -> _Story | None:
    scores: dict[str, float] = defaultdict(float)
    for type_ in _title_types(doc.meta.title or ""):
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
    return _Story(doc, _ref(doc), type_, sub_type, family, _main_place(doc, mentions, links, towns), _date(doc, mentions),
                  mentions)


def _ref(doc: Document) -> DocRef:
    m = doc.meta
    return DocRef(m.id, m.url, m.outlet, m.published, m.title)


@lru_cache(maxsize=1)
def _vocab():
    from natasha import MorphVocab

    return MorphVocab()


@lru_cache(maxsize=100_000)
def _lemma(word: str) -> str:
    parses = _vocab().parse(word.lower())
    return yo(parses[0].normal_form) if parses else yo(word.lower())


def _title_types(title: str) -> set[str]:
    triggers = rows(EVENTS)
    return {triggers[lemma][0] for lemma in map(_lemma, WORD.findall(title)) if lemma in triggers
            and triggers[lemma][0] in FAMILIES}


def _main_place(doc: Document, mentions: list[Event], links: Links, towns: dict[str, str]) -> str | None:
    """The place the story happens: named in the title, then in the event's sentences, then
    often; a town before its region, a street never ("на площади Горняков" says where in a
    town, not which town).  A town the title names only by an inflected form or adjective
    the NER missed ("Суд в Старокаменске", "старокаменской полиции") is found among the
    corpus's towns."""
    title = doc.meta.title or ""
    folded = fold(title)
    in_events = defaultdict(int)
    for e in mentions:
        if e.place:
            in_events[e.place] += 1
    org_parts = _org_parts(doc)

    def street(entity) -> bool:
        return " " not in fold(entity.name) and bool(STREET.search(fold(entity.name))) or any(
            STREET_BEFORE.search(doc.text[max(0, m.start - 20) : m.start]) for m in entity.mentions)

    def score(entity) -> tuple:
        name = fold(entity.name)
        at = folded.find(name[: max(4, len(name) - 2)]) if len(name) >= 4 else -1
        in_title = 0 if at < 0 else 2 if WHERE.search(folded[:at]) else 1  # "В Луговце река Кулеша …"
        return (in_title, not is_region(entity.name), in_events[entity.id], len(entity.mentions),
                -entity.mentions[0].start)

    places = [e for e in doc.entities if e.type == "LOC" and not street(e)
              and not all((m.start, m.end) in org_parts for m in e.mentions)]
    best = max(places, key=score) if places else None
    if best is None or not score(best)[0] or is_region(best.name):
        town = _title_town(title, towns)
        if town:
            return town
    return links.of.get((doc.id, best.id)) if best else None


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


def _towns(links: Links) -> dict[str, str]:
    """Stem of every corpus town (not a region, not a street) -> its entity, for finding it in titles."""
    def stem(name: str) -> str:
        return name[: max(4, len(name) - 2)]

    people: dict[str, int] = defaultdict(int)
    for e in links.entities:
        if e.type == "PER":
            for word in e.name.split():
                people[stem(fold(word))] += e.mentions
    towns: dict[str, str] = {}
    for e in links.entities:
        name = fold(e.name)
        # a surname the NER also took for a place ("Лаптева" as LOC) is no town
        if e.type == "LOC" and " " not in name and len(name) >= 4 and not is_region(e.name) \
                and not STREET.search(name) and people.get(stem(name), 0) < e.mentions:
            towns.setdefault(stem(name), e.id)
    return towns


def _title_town(title: str, towns: dict[str, str]) -> str | None:
    """A town of the corpus the title names: "Суд в Старокаменске", "старокаменской полиции"
    (an adjective only with the -ск- of one: "горняков" is no town)."""
    words = TITLE_WORD.findall(title)
    for n, word in enumerate(words):
        if n + 1 < len(words) and REGION_WORD.match(words[n + 1]):
            continue  # "ольховской области" names the region, not the town
        folded = fold(word)
        for k in range(len(folded), 3, -1):
            town = towns.get(folded[:k])
            if town and (word[0].isupper() or folded[k:].startswith("ск")):
                return town
    return None


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


# -- 2. one event across documents ------------------------------------------------

def _cluster(stories: list[_Story], links: Links) -> list[list[_Story]]:
    parent = list(range(len(stories)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def near(a: _Story, b: _Story) -> bool:
        return a.date is None or b.date is None or abs((a.date - b.date).days) <= WINDOW_DAYS

    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(stories):
        if s.place:
            buckets[(s.family, s.place)].append(i)
    for members in buckets.values():
        members.sort(key=lambda i: (stories[i].date or date.min, stories[i].doc.id))
        for a, b in zip(members, members[1:]):
            if near(stories[a], stories[b]):
                parent[find(b)] = find(a)
    # reports of one story that locate it differently ("в Ольховске" / "у Сосновки") join when
    # one names the other's place and either names it back or they share an actor
    named = [_places(s, links) for s in stories]
    actors = [_actors(s, links) for s in stories]
    for i, s in enumerate(stories):
        for place in named[i] - {s.place}:
            for j in buckets.get((s.family, place), ()):
                if near(s, stories[j]) and (s.place in named[j] or actors[i] & actors[j]):
                    parent[find(j)] = find(i)
    # a report that names no place joins the one it shares the most actors with; through an
    # index of actors, so that no pass goes over all pairs of documents
    by_actor: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, s in enumerate(stories):
        for actor in actors[j]:
            by_actor[(s.family, actor)].append(j)
    for i, s in enumerate(stories):
        if s.place:
            continue
        shared: dict[int, int] = defaultdict(int)
        for actor in actors[i]:
            for j in by_actor[(s.family, actor)]:
                if j != i and near(s, stories[j]):
                    shared[j] += 1
        if shared:
            parent[find(i)] = find(max((n, j) for j, n in shared.items())[1])
    groups: dict[int, list[_Story]] = defaultdict(list)
    for i, s in enumerate(stories):
        groups[find(i)].append(s)
    return sorted(groups.values(), key=lambda g: (min(s.date or date.max for s in g), g[0].doc.id))


def _places(story: _Story, links: Links) -> set[str]:
    doc = story.doc
    return {links.of[(doc.id, e.id)] for e in doc.entities if e.type == "LOC" and (doc.id, e.id) in links.of}


def _actors(story: _Story, links: Links) -> set[str]:
    return {links.of[(story.doc.id, a)] for e in story.mentions for a in e.actors if (story.doc.id, a) in links.of}


def _event(members: list[_Story], links: Links, names: dict[str, str]) -> LedgerEvent:
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
        id="ev-" + hashlib.sha256(f"{first.family}:{place}:{first.doc.id}".encode()).hexdigest()[:10],
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
    event.figures = list(dict.fromkeys(f"{s.doc.id}:{f}" for s in members for e in s.mentions for f in e.figures))
    event.statements = list(dict.fromkeys(f"{s.doc.id}:{st}" for s in members for e in s.mentions
                                          for st in e.statements))
    return event


# -- 3. claims ------------------------------------------------------------------

def _claimant(doc: Document, statement: Statement | None, links: Links, names: dict[str, str]) -> Named:
    if statement is None:
        return Named(None, doc.meta.outlet or "(author)")
    entity = links.of.get((doc.id, statement.speaker.entity)) if statement.speaker.entity else None
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


def _figure_claims(members: list[_Story], links: Links, names: dict[str, str]) -> list[Claim]:
    claims = []
    for s in members:
        doc = s.doc
        said = {st.id: st for st in doc.statements}
        other_types = {(e.sentence, e.type) for e in doc.events if FAMILIES.get(e.type) not in (None, s.family)}
        own_types = {e.sentence for e in doc.events if FAMILIES.get(e.type) == s.family}
        for f in doc.figures:
            bounds = interval(f) if f.category != "other" else None
            if bounds is None:
                continue
            if any(sentence == f.sentence for sentence, _ in other_types) and f.sentence not in own_types:
                continue  # "при наводнении погибли 9" in a report on the protest belongs to the flood
            low, high = bounds
            claims.append(Claim(
                document=s.ref, claimant=_claimant(doc, said.get(f.statement), links, names), text=f.text,
                start=f.start, end=f.end, sentence=f.sentence, value=f.value, low=low, high=high,
                qualifier=f.qualifier, category=f.category, record=f"{doc.id}:{f.id}", object=_counted(f.object),
            ))
    return claims


GENERIC_OBJECTS = {"человек", "люди", "житель", "гражданин"}


def _counted(obj: str | None) -> str | None:
    """What a figure counts, for comparing two of them; None for plain people and for the
    words that only repeat the category ("более 60 задержанных", "15 участников")."""
    head = obj.split()[0] if obj else None
    return None if head is None or head in GENERIC_OBJECTS or head in table(FIGURES) else head


def _key(named: Named) -> str:
    """Claimants are told apart by name as a reader sees it: an outlet's own voice and the
    outlet named as a source ("по данным «Вестей»") are one claimant."""
    return fold(named.name)


def _by_claimant(claims: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """(category, claimant) -> one claim per document (the largest: "9 погибших, из них 3 детей"), by date."""
    grouped: dict[tuple[str, str], dict[str, Claim]] = defaultdict(dict)
    for c in claims:
        best = grouped[(c.category, _key(c.claimant))].get(c.document.id)
        if best is None or (c.low, c.high) > (best.low, best.high):
            grouped[(c.category, _key(c.claimant))][c.document.id] = c
    return {k: sorted(v.values(), key=lambda c: (c.document.published or "", c.document.id, c.start))
            for k, v in grouped.items()}


def _revisions(event: str, claims: list[Claim]) -> list[Revision]:
    revisions = []
    for (category, claimant), series in sorted(_by_claimant(claims).items()):
        steps = [c for n, c in enumerate(series) if n == 0 or (c.low, c.high) != (series[n - 1].low, series[n - 1].high)]
        if len(steps) >= 2:
            revisions.append(Revision(_id("rv", event, category, claimant), event, category, steps[0].claimant, steps))
    return revisions


def _official(named: Named) -> bool:
    return bool(OFFICIAL.search(named.name))


def _voice(claim: Claim) -> str:
    if claim.claimant.entity is None and claim.claimant.name == (claim.document.outlet or "(author)"):
        return "report"  # the outlet's own voice, mostly relaying the official count of the day
    return "official" if _official(claim.claimant) else "other"


def outdated(lower: Claim, higher: Claim) -> bool:
    """An earlier lower count that a later report raises is an update, not a disagreement,
    when both come from the same kind of source or one is an outlet's own voice: "2 погибших"
    from officials on day one, "4" from officials or an outlet on day two.  A count of the
    other kind (residents, organisers, lawyers, rights groups against officials), or one
    published the same day or later, disagrees."""
    earlier = (lower.document.published or "") < (higher.document.published or "")
    voices = {_voice(lower), _voice(higher)}
    return earlier and lower.document.id != higher.document.id and (len(voices) == 1 or "report" in voices)


def _figure_disagreements(event: str, claims: list[Claim]) -> list[Disagreement]:
    latest: dict[str, list[Claim]] = defaultdict(list)
    for (category, _), series in _by_claimant(claims).items():
        latest[category].append(series[-1])
    found = []
    for category, sides in sorted(latest.items()):
        conflicting = []
        for n, a in enumerate(sides):
            for b in sides[n + 1 :]:
                if a.object != b.object:
                    continue  # "16 сотрудников силовых структур" and "несколько человек" count different things
                lower, higher = (a, b) if a.high < b.low else (b, a) if b.high < a.low else (None, None)
                if lower is not None and not outdated(lower, higher):
                    conflicting += [c for c in (lower, higher) if c not in conflicting]
        if conflicting:
            conflicting.sort(key=lambda c: (c.low, c.document.published or ""))
            found.append(Disagreement(_id("dg", event, category, *[c.record for c in conflicting]), event, "figures",
                                      category, conflicting))
    return found


# -- 4. opposite statements ------------------------------------------------------

def _statement_disagreements(event: str | None, docs: list[tuple[Document, DocRef]], links: Links,
                             names: dict[str, str]) -> list[Disagreement]:
    negative, positive = [], []
    for doc, ref in docs:
        for st in doc.statements:
            if st.act not in ("assert", "deny", "accuse"):
                continue
            claimant = _claimant(doc, st, links, names)
            if claimant.name == (doc.meta.outlet or "(author)") and not st.speaker.text:
                continue
            claim = Claim(document=ref, claimant=claimant, text=st.content.text, start=st.start, end=st.end,
                          sentence=st.sentence, act=st.act, record=f"{doc.id}:{st.id}")
            negated = NEGATION.search(st.content.text) and len(st.content.text.split()) <= NEGATIVE_WORDS
            (negative if st.act == "deny" or negated else positive).append(claim)
    edges: dict[str, set[str]] = defaultdict(set)
    claims = {c.record: c for c in negative + positive}
    for neg in negative:
        for pos in positive:
            if _key(neg.claimant) != _key(pos.claimant) and _same_thing(neg, pos):
                edges[neg.record].add(pos.record)
                edges[pos.record].add(neg.record)
    found, seen = [], set()
    for start in sorted(edges):
        if start in seen:
            continue
        component, todo = [], [start]
        while todo:
            record = todo.pop()
            if record in seen:
                continue
            seen.add(record)
            component.append(claims[record])
            todo += sorted(edges[record])
        component.sort(key=lambda c: (c.document.published or "", c.document.id, c.start))
        scope = event or f"doc-{component[0].document.id}"
        found.append(Disagreement(_id("dg", scope, "statements", *[c.record for c in component]), event or "",
                                  "statements", None, component))
    return found


@lru_cache(maxsize=10_000)
def _words(text: str) -> frozenset[str]:
    """Content lemmas; cached, since every denial is compared with every assertion of its event."""
    return frozenset(lemma for lemma in map(_lemma, WORD.findall(text)) if lemma not in GENERIC)


def _same_thing(denial: Claim, assertion: Claim) -> bool:
    """Shared content words (two at least), or the denial names the other side."""
    if len(_words(denial.text) & _words(assertion.text)) >= 2:
        return True
    other = _words(assertion.claimant.name)
    return bool(other) and other <= _words(denial.text)


def _id(prefix: str, *parts: str) -> str:
    return f"{prefix}-" + hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()[:10]
