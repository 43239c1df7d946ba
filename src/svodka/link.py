"""Corpus-level entities: the documents' entities linked into one per real-world thing.

A pure function over every stored document entity, so the result never depends
on the order documents were ingested in, and re-running it over the same store
gives the same ids.  The rules are those of a careful reader:

- PER: a full name (first name + surname) anchors a person; two full names are
  one person when the first names match and the surnames are the same word
  (a trailing -а the normaliser sometimes leaves is ignored).  A surname alone
  joins the one full name with that surname in the corpus; when several people
  share it, the one whose documents are nearest in publication date (the same
  story), and none when it is a tie.  A first name with a patronymic ("Виктор
  Фёдорович") joins the one person of that first name.  "Анна Воронова" and
  "Павел Воронов" stay two people: their first names differ.
- ORG: by folded normal form (a lowercase description, "правительство", stays
  within its document); a regional office ("ГУ МЧС по Энской области",
  "управление МВД по …") is its agency; an abbreviation joins the one
  organisation whose initials it spells ("МВД" = "Министерство внутренних дел").
- LOC: by folded normal form.

Ids are stable hashes of the type and the linked name, so URLs to an entity
survive re-linking as long as its name does.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .extract.names import initials, is_abbreviation, same_surname
from .extract.words import fold

PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)$")
# "ГУ МЧС по Энской области", "управление МВД по Москве": a regional office speaks for its agency
OFFICE = re.compile(r"^(?:(?:главное\s+)?(?:управление|гу|пресс-служба|департамент|отдел|служба)\s+)?"
                    r"(?P<agency>\S+)(?:\s+россии)?\s+по\s+\S", re.IGNORECASE)
STORY_DAYS = 30  # a surname's namesakes are told apart by the date of the story


@dataclass(frozen=True)
class DocEntity:
    """One entity of one document, as the store keeps it."""

    doc: str
    local_id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: int = 1
    published: str | None = None


@dataclass
class CorpusEntity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)  # {"role", "documents": [ids], "first", "last"}
    documents: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass
class Links:
    entities: list[CorpusEntity]
    of: dict[tuple[str, str], str]  # (doc id, local entity id) -> corpus entity id
    descriptions: frozenset[str] = frozenset()  # corpus entity ids of bodies linked within one article


def link(rows: list[DocEntity]) -> Links:
    rows = sorted(rows, key=lambda r: (r.doc, r.local_id))
    key_of: dict[tuple[str, str], tuple[str, str]] = {}
    key_of.update(_people([r for r in rows if r.type == "PER"]))
    key_of.update(_organisations([r for r in rows if r.type == "ORG"]))
    key_of.update(_places([r for r in rows if r.type not in ("PER", "ORG")]))
    return _build(rows, key_of)


def _places(rows: list[DocEntity]) -> dict[tuple[str, str], tuple[str, str]]:
    """By folded normal form; names whose words differ only in an ending the normaliser
    left ("Ключегорском", "Сосновки", "Каменный Бродом") join the most used form
    ("Ключегорск", "Сосновка", "Каменный Брод")."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r.type, fold(r.name))] += r.mentions
    canonical = {key: key for key in counts}
    by_stem: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for type_, name in counts:
        if len(name) >= 5:
            by_stem[(type_, name[:4], name.count(" "))].append((type_, name))
    for keys in by_stem.values():
        for a in keys:
            same = [b for b in keys if all(x == y or _inflected(x, y) for x, y in zip(a[1].split(), b[1].split()))]
            canonical[a] = max(same, key=lambda k: (counts[k], -len(k[1]), k[1]))
    return {(r.doc, r.local_id): canonical[(r.type, fold(r.name))] for r in rows}


def _inflected(a: str, b: str) -> bool:
    """Two forms of one word: one is the other plus an ending of up to three letters, or
    both end differently after a shared stem of all but two letters."""
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and len(long_) - len(short) <= 3 and len(short) >= 4:
        return True
    stem = min(len(a), len(b)) - 2
    return len(short) >= 6 and a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 1


def _people(rows: list[DocEntity]) -> dict[tuple[str, str], tuple[str, str]]:
    keys: dict[tuple[str, str], tuple[str, str]] = {}
    full: dict[tuple[str, str], list[DocEntity]] = defaultdict(list)  # (first, surname) -> rows
    partial = []
    for r in rows:
        first, last, patronymic = _person(r.name)
        if first and not patronymic:
            canonical = next((k for k in sorted(full) if k[0] == first and same_surname(k[1], last)), (first, last))
            full[canonical].append(r)
        else:
            partial.append(r)
    for (first, last), members in full.items():
        for r in members:
            keys[(r.doc, r.local_id)] = ("PER", f"{first} {last}")
    for r in partial:
        first, last, patronymic = _person(r.name)
        if patronymic:
            candidates = [k for k in full if k[0] == first]
        else:
            candidates = [k for k in full if k[1] == last] or [k for k in full if same_surname(k[1], last)]
        chosen = _nearest_story(candidates, full, r) if candidates else None
        keys[(r.doc, r.local_id)] = ("PER", " ".join(chosen) if chosen else fold(r.name))
    return keys


def _person(name: str) -> tuple[str, str, bool]:
    """(first name, surname, whether the second word is a patronymic) of a normal-form name."""
    words = fold(name).split()
    if len(words) == 1:
        return "", words[0], False
    if len(words) == 2 and PATRONYMIC.search(words[1]):
        return words[0], "", True
    return words[0], words[-1], False


def _nearest_story(candidates: list[tuple[str, str]], full: dict, row: DocEntity) -> tuple[str, str] | None:
    if len(candidates) == 1:
        return candidates[0]
    when = _date(row.published)
    if when is None:
        return None
    gaps = []
    for key in candidates:
        days = [abs((d - when).days) for d in (_date(r.published) for r in full[key]) if d is not None]
        gaps.append((min(days) if days else 10**6, key))
    gaps.sort()
    best, runner_up = gaps[0], gaps[1]
    if best[0] <= STORY_DAYS and best[0] < runner_up[0]:
        return best[1]
    return None


# Bodies every country and town has: named by one of these words alone, the article says whose.
BODIES = {"правительство", "парламент", "полиция", "власти", "администрация", "мэрия", "прокуратура", "суд",
          "министерство", "ведомство", "армия", "следствие", "кабмин", "оппозиция", "милиция", "спецслужбы"}


def _description(r: DocEntity) -> bool:
    """"правительство", "Правительство" (opening a sentence), "городская администрация": a
    description, not a name; linked within its article only."""
    return any(a == a.lower() for a in (r.name, *r.aliases)) or fold(r.name) in BODIES


def _organisations(rows: list[DocEntity]) -> dict[tuple[str, str], tuple[str, str]]:
    def base(name: str) -> str:
        office = OFFICE.match(name)
        if office and is_abbreviation(office.group("agency")):
            return fold(office.group("agency"))  # "ГУ МЧС по Энской области" -> "мчс"
        return fold(name)

    keys = {(r.doc, r.local_id): ("ORG", f"{fold(r.name)}@{r.doc}" if _description(r) else base(r.name))
            for r in rows}
    spelled: dict[str, set[str]] = defaultdict(set)  # initials -> full names that spell them
    for r in rows:
        if not is_abbreviation(r.name) and len(r.name.split()) > 1 and not _description(r):
            spelled[initials(r.name).lower()].add(keys[(r.doc, r.local_id)][1])
    for k, (type_, name) in list(keys.items()):
        if " " not in name and len(spelled.get(name, ())) == 1:
            keys[k] = (type_, next(iter(spelled[name])))  # "мвд" -> "министерство внутренних дел"
    return keys


def _build(rows: list[DocEntity], key_of: dict) -> Links:
    groups: dict[tuple[str, str], list[DocEntity]] = defaultdict(list)
    for r in rows:
        groups[key_of[(r.doc, r.local_id)]].append(r)
    entities, of = [], {}
    for key in sorted(groups):
        members = groups[key]
        entity_id = _id(key)
        names = [r.name for r in members]
        # the name the key was made from ("МЧС" for its regional offices), else the fullest, then the most used
        name = max(sorted(set(names)), key=lambda n: (fold(n) == key[1], len(n.split()), names.count(n), len(n)))
        aliases = [name] + sorted({a for r in members for a in (r.name, *r.aliases)} - {name})
        roles: dict[str, dict] = {}
        for r in sorted(members, key=lambda r: (r.published or "", r.doc)):
            for role in r.roles:
                entry = roles.setdefault(role, {"role": role, "documents": [], "first": r.published, "last": None})
                entry["documents"].append(r.doc)
                entry["last"] = r.published or entry["last"]
        entities.append(CorpusEntity(
            id=entity_id, type=key[0], name=name, aliases=aliases, roles=list(roles.values()),
            documents=sorted({r.doc for r in members}), mentions=sum(r.mentions for r in members),
        ))
        for r in members:
            of[(r.doc, r.local_id)] = entity_id
    return Links(entities, of, frozenset(_id(key) for key in groups if key[0] == "ORG" and "@" in key[1]))


def _id(key: tuple[str, str]) -> str:
    digest = hashlib.sha256(f"{key[0]}:{key[1]}".encode()).hexdigest()[:10]
    return f"{key[0].lower()}-{digest}"


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
