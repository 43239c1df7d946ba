"""Where a story happens: the corpus's towns, found in titles as a reader finds them.

Titles name a town in any case or as an adjective ("Суд в Старокаменске",
"старокаменской полиции", "под Каменным Бродом"), often where the NER missed it;
a district named after its town ("Ясеневский район") is that town's story.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..extract.events import is_region
from ..extract.words import fold, stem
from ..link import Links

TITLE_WORD = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё-]*")
REGION_WORD = re.compile(r"област|район|кра[йяю]|округ|республик", re.IGNORECASE)
WHERE = {"в", "во", "под", "на", "у", "около", "возле", "близ"}
# a one-word place that looks like an adjective ("Литейной", "Лесная") is more often a street
STREET = re.compile(r"(?:ая|ой|ей|ий|ый|яя)$")
STREET_WORD = re.compile(r"(?:улиц|площад|проспект|переул|шоссе|бульвар|набережн|микрорайон|трасс)", re.IGNORECASE)
# "на улице Энергетиков", "Улица Садовников"; not "на площадке Газпрома"
STREET_NAME = re.compile(r"\b(?i:улиц[аеуыи]|улицей|площад[ьи]|площадью|проспект[аеу]?|переул(?:ок|ке|ка)|шоссе"
                         r"|бульвар[аеу]?|набережн(?:ая|ой|ую)|микрорайон[аеу]?|трасс[аеуы])\s+([А-ЯЁ][\w-]+)")
DISTRICT = re.compile(r"^(\S+?)(ц)?к(?:ий|ой|ого|ом|ая)\s+район", re.IGNORECASE)


def streets(text: str) -> set[str]:
    """Stems of the streets and squares a text names after "улица", "площадь", …: NER leaves
    them out (to NEREL a street is a facility, not a place)."""
    return {stem(fold(m.group(1))) for m in STREET_NAME.finditer(text)}


def find(words: list[str], name: str) -> int:
    """Index of the title word where the name starts, or -1: each word of the name begins
    a title word in turn ("каменном броде" for "Каменный Брод"); the first word, capitalised,
    or an adjective of the name ("старокаменской")."""
    parts = [stem(w) for w in fold(name).split()]
    if not parts or len(parts[0]) < 3:
        return -1
    for n in range(len(words) - len(parts) + 1):
        window = [fold(w) for w in words[n : n + len(parts)]]
        if not all(w.startswith(p) and len(w) - len(p) <= 5 for w, p in zip(window, parts)):
            continue
        if words[n][0].isupper() or window[0][len(parts[0]):].lstrip("аеиоуыэюяй").startswith("ск"):
            return n
    return -1


def in_title(words: list[str], name: str) -> int:
    """0 when the title does not name the place; 2 when as where it happens ("В Луговце …"), else 1."""
    at = find(words, name)
    return 0 if at < 0 else 2 if at and fold(words[at - 1]) in WHERE else 1


class Gazetteer:
    """The corpus's towns (not regions, not streets, not surnames the NER took for a place)."""

    def __init__(self, links: Links) -> None:
        people: dict[str, int] = defaultdict(int)
        for e in links.entities:
            if e.type == "PER" and " " in e.name:  # a real person is named in full somewhere; "под Ракитином" as PER is not
                for word in e.name.split():
                    people[stem(fold(word))] += e.mentions
        self.towns: dict[str, list[tuple[str, str]]] = defaultdict(list)  # first stem -> (name, id)
        for e in links.entities:
            name = fold(e.name)
            if e.type == "LOC" and len(name) >= 4 and not is_region(e.name) and not STREET.search(name) \
                    and people.get(stem(name), 0) < e.mentions:
                self.towns[stem(name.split()[0])[:3]].append((e.name, e.id))
        # "Нижнереченский район" -> "Нижнереченск": the district's story is its town's
        self.district_town: dict[str, str] = {}
        for e in links.entities:
            m = DISTRICT.match(fold(e.name)) if e.type == "LOC" else None
            # "ясеневский" -> Ясеневск, "луговецкий" -> Луговец
            towns = self.title_towns(m.group(1).capitalize() + ("ц" if m.group(2) else "к")) if m else []
            if towns:
                self.district_town[e.id] = towns[0]

    def title_towns(self, title: str) -> list[str]:
        """The corpus towns a title names, in order; a town named by its district's adjective
        ("в Ясеневском районе") after those named themselves, a region's adjective ("ольховской
        области") never."""
        words = TITLE_WORD.findall(title)
        named, districts = [], []
        for n, word in enumerate(words):
            after = words[n + 1] if n + 1 < len(words) else ""
            if REGION_WORD.match(after) and not fold(after).startswith("район") \
                    or n and STREET_WORD.match(words[n - 1]):
                continue  # "ольховской области" names the region, "на площади Горняков" a square
            for name, entity in self.towns.get(fold(word)[:3], ()):
                if find(words[n:], name) == 0 and entity not in named + districts:
                    (districts if fold(after).startswith("район") else named).append(entity)
        return named + districts

    def town(self, place: str | None) -> str | None:
        return self.district_town.get(place, place) if place else None
