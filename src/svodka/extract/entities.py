"""Entities: NER spans -> normalised mentions -> one entity per thing per document.

Grouping rules, in order:
- PER: a full name ("Касым-Жомарт Токаев") opens a group; a bare surname or
  first name joins the only group it fits, or the nearest preceding one when
  several fit ("Токаев", "Токаева").
- ORG/LOC: same folded normal form; an abbreviation joins the group whose
  initials it spells ("ОДКБ").
- One name in an article keeps one type: ORG and LOC mentions of the same name
  join the group of the type most of them have.
- A place adjective ("казахские СМИ") is a mention of the one place of the
  document it is made from ("Казахстан"), and of nothing when there is none.
"""
from __future__ import annotations

import re
from os.path import commonprefix
from dataclasses import dataclass, field
from functools import lru_cache

from natasha import Doc
from natasha.doc import DocSpan

from ..data import ALIASES, wordlist
from ..records import Entity, Mention
from . import names, roles as role_rules
from .words import DICTIONARY_GENDERS, fold, stem, unquoted

TYPES = ("PER", "ORG", "LOC")
# Bodies every country has: "МВД" after "МВД Киргизии" is the Kyrgyz ministry, if the text
# names only one such ("Газпром" after "Газпром нефть" is another company: not in the list)
GENERIC_BODIES = {"мвд", "мид", "мчс", "фсб", "минобороны", "минздрав", "минфин", "минюст", "правительство",
                  "министерство", "полиция", "посольство", "парламент", "прокуратура", "генпрокуратура", "армия",
                  "кабмин", "кабинет", "минэкономразвития", "пресс-служба", "госдеп", "госдепартамент", "сенат",
                  "конгресс", "суд", "верховный суд", "конституционный суд", "оппозиция", "спецслужбы",
                  # and the common word a body's name begins with: "Федерация" after "Федерация футбола
                  # Португалии" (with a second federation named, it stays apart)
                  "власти", "власть", "администрация", "мэрия", "федерация", "комитет", "комиссия", "союз", "фонд",
                  "ассоциация", "агентство", "академия", "партия", "компания", "корпорация"}
ADJECTIVE_BEFORE = re.compile(r"(?:ск|цк)(?:ое|ая|ий|ие|ой|ого|ому|ую|им|их)$", re.IGNORECASE)  # "российское"
CORPORATE_SUFFIXES = {"software", "inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "group",
                      "holding", "holdings", "ag", "sa", "gmbh", "plc", "co", "co.", "company", "групп", "холдинг"}


@dataclass
class _Mention:
    type: str
    start: int
    end: int
    text: str
    normal: str
    sentence: tuple[int, int]
    roles: list[str] = field(default_factory=list)
    patronymic: bool = False  # "Виктор Фёдорович": a first name and a patronymic, no surname
    adjective: bool = False  # "казахские", "российского": a place named by its adjective


OBLIQUE_ENDINGS = set("ыуе")  # of a surname in "-а" (not "-и": "Роттоли" is one)


@dataclass
class _Group:
    type: str
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def name(self) -> str:
        # The fullest form names the entity; among equals, the most frequent, then the first.
        # A place adjective ("Российские") never names the place.
        forms = [m.normal for m in self.mentions if not m.adjective] or [m.normal for m in self.mentions]
        name = max(forms, key=lambda f: (len(f.split()), forms.count(f), -forms.index(f)))
        *first, last = name.split(" ")
        # "Эммерсона Мнангагвы" normalised only in part: the surname in "-а" a shorter mention gives
        # ("Мнангагва"), where the normaliser did not know the word
        nominative = last[:-1] + "а"
        if self.type == "PER" and last[-1:] in OBLIQUE_ENDINGS and nominative in {f.split(" ")[-1] for f in forms}:
            return " ".join(first + [nominative])
        # ("Джеффри Хинтону" … "Хинтон", "Игорем Руденей" … "Игорь Руденя": the nominative another
        # mention gives)
        lasts = {f.split(" ")[-1] for f in forms}
        nominatives = {w for w in lasts if names.oblique_of(names.fold(last), names.fold(w))}
        if self.type == "PER" and first and len(nominatives) == 1:
            nominative = nominatives.pop()
            # (a first name the normaliser did not know either, in the same case: "Субраманьямом
            # Джайшанкаром" -> "Субраманьям")
            ending = last[len(nominative):] if last.startswith(nominative) else ""
            if len(ending) >= 2 and len(first) == 1 and first[0].endswith(ending) \
                    and len(first[0]) - len(ending) >= 3:
                first = [first[0][: -len(ending)]]
            return " ".join(first + [nominative])
        return name


def mentions(doc: Doc, morph_vocab) -> list[_Mention]:
    """Normalised, trimmed mentions with their sentence and apposition roles."""
    result = []
    for sent in doc.sents:
        inside = {id(t) for span in sent.spans for t in span.tokens}
        # (a person named inside an organisation's name, "Фонд Горбачёва", "Нобелевского фонда",
        # is part of that name: it ends no role; NEREL counts the adjective a person, so it stays one)
        named_for = {id(span) for span in sent.spans if span.type == "PER" and any(
            o.type == "ORG" and o.start <= span.start and span.stop <= o.stop and o.stop - o.start > span.stop - span.start
            for o in sent.spans)}
        persons = {id(t) for span in sent.spans if span.type == "PER" and id(span) not in named_for for t in span.tokens}
        positions = {id(t): k for k, t in enumerate(sent.tokens)}
        for span in sent.spans:
            if span.type not in TYPES:
                continue
            start, end = names.trim(span.start, span.stop, doc.text)
            if start >= end:
                continue
            normal = names.restore_yo(names.trim_text(_normal(span, morph_vocab)) or doc.text[start:end],
                                      doc.text[start:end])
            if end > span.stop:  # the closing quote the NER left out ("ООО "СК Южстрой"")
                normal += doc.text[span.stop : end]
            patronymic = False
            if span.type == "PER":
                # the first name's gender and case, where the normaliser changed its form ("Анну" ->
                # "Анна"): the tagger reads them from the word and may guess wrong on a nominative
                first = span.tokens[0] if span.tokens else None
                declined = first is not None and first.text.lower() != normal.split(" ")[0].lower()
                normal = names.feminine_surname(normal, first.feats.get("Gender") if declined else None,
                                                first.feats.get("Case") if declined else None)
                if first is not None and not declined and first.feats.get("Gender") == "Fem" \
                        and first.feats.get("Case") == "Nom":
                    normal = names.kept_feminine(normal, doc.text[start:end])
                normal = _first_name_declined(normal, span, morph_vocab)
                words = normal.split()
                patronymic = len(words) == 2 and names.is_patronymic(words[1], morph_vocab)
            adjective = span.type == "LOC" and len(span.tokens) == 1 and span.tokens[0].pos == "ADJ"
            mention = _Mention(
                span.type, start, end, doc.text[start:end], normal, (sent.start, sent.stop), patronymic=patronymic,
                adjective=adjective,
            )
            if span.type == "PER" and span.tokens:
                index = positions[id(span.tokens[0])]
                mention.roles = role_rules.roles_before(sent.tokens, index, inside, morph_vocab, persons) \
                    + role_rules.roles_as_predicate(sent.tokens, index, persons, morph_vocab) \
                    + role_rules.roles_after(sent.tokens, index, positions[id(span.tokens[-1])], inside, morph_vocab,
                                             persons)
            result.append(mention)
    _shared_surname(result, doc.text, morph_vocab)
    return result


def _shared_surname(found: list[_Mention], text: str, morph_vocab) -> None:
    """"Вера и Илья Политковские": two of one family, the surname written once, in the plural,
    after the second first name; each is named with it in the singular of their gender ("Вера
    Политковская", "Илья Политковский"), not "Вера" and "Илья Политковские"."""
    for a, b in zip(found, found[1:]):
        if a.type != "PER" or b.type != "PER" or a.sentence != b.sentence or text[a.end : b.start].strip() != "и":
            continue
        words = b.normal.split(" ")
        if len(a.normal.split(" ")) != 1 or len(words) != 2:
            continue
        surname = next((p.normal_form for p in morph_vocab.parse(words[1].lower())
                        if {"Surn", "plur"} <= p.tag.grammemes), None)
        # (each first name in the nominative: "задержала Марию и Ивана Сидоровых")
        firsts = [next(((p.normal_form, g) for p in morph_vocab.parse(name.lower()) for g in ("masc", "femn")
                        if {"Name", g} <= p.tag.grammemes), None) for name in (a.normal, words[0])]
        if surname is not None and None not in firsts:
            a.normal, b.normal = (f"{_capitalised(first)} {_capitalised(names.of_gender(surname, gender))}"
                                  for first, gender in firsts)


def _capitalised(word: str) -> str:
    """"римская-корсакова" -> "Римская-Корсакова"."""
    return "-".join(part.capitalize() for part in word.split("-"))


def _first_name_declined(normal: str, span: DocSpan, morph_vocab) -> str:
    """The first name in the case of the surname the normaliser declined, where it left the first
    name as written: "Анне Никифоровой" is "Анна Никифорова" ("Анне" is also an indeclinable name),
    "Эда Гонзалеса" is "Эд Гонзалес" (a man's surname declined, so his name is in the same case;
    not "Франсуа Олланда", nor "Хельга Филиппова", a woman's name and surname as written)."""
    words = normal.split(" ")
    if len(words) != 2 or len(span.tokens) != 2 or span.tokens[0].text != words[0] \
            or fold(span.tokens[1].text) == fold(words[1]):
        return normal
    first, surname = span.tokens
    case, gender = surname.feats.get("Case"), surname.feats.get("Gender")
    if case in (None, "Nom"):
        return normal
    parses = morph_vocab.parse(first.text.lower())
    if any({"Name", "Fixd"} <= p.tag.grammemes for p in parses):
        declined = {p.normal_form for p in parses if "Name" in p.tag.grammemes and "Fixd" not in p.tag.grammemes
                    and p.tag.case == CASES.get(case) and p.tag.number == "sing"
                    and (gender is None or p.tag.gender == DICTIONARY_GENDERS.get(gender))}
        return " ".join([declined.pop().capitalize(), words[1]]) if len(declined) == 1 else normal
    ending = surname.text[len(words[1]):]
    if gender != "Masc" or not ending or not surname.text.startswith(words[1]) or not first.text.endswith(ending):
        return normal
    stem = first.text[: -len(ending)]
    feminine = any({"Name", "femn", "nomn"} <= p.tag.grammemes for p in parses) and any(
        {"Surn", "femn", "nomn"} <= p.tag.grammemes for p in morph_vocab.parse(surname.text.lower()))
    if len(stem) < 2 or fold(stem[-1]) in VOWELS or feminine or first.pos == "ADJ":
        return normal
    return " ".join([stem, words[1]])


VOWELS = set("аеиоуыэюя")
CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


_NORMALS: dict[tuple, str] = {}
MAX_NORMALS = 50_000


def _normal(span: DocSpan, morph_vocab) -> str:
    """natasha's normal form of the span, remembered: the same name written the same way
    ("Путина", parsed alike) is inflected once per process, not once per mention. The key
    holds everything natasha's normalisation reads: the type, each token's text, POS,
    features, head within the span and place."""
    ids = [t.id for t in span.tokens]
    first = span.tokens[0].start if span.tokens else 0
    key = (span.type,) + tuple((t.text, t.pos, tuple(sorted((t.feats or {}).items())),
                                ids.index(t.head_id) if t.head_id in ids else -1, t.start - first, t.stop - first)
                               for t in span.tokens)
    if key not in _NORMALS:
        if len(_NORMALS) >= MAX_NORMALS:
            _NORMALS.clear()
        span.normalize(morph_vocab)
        _NORMALS[key] = _prepositional_tail(span, span.normal)
    return _NORMALS[key]


def _prepositional_tail(span: DocSpan, normal: str) -> str:
    """The words a preposition governs stay as written: "Роспотребнадзор по Алтайскому краю", not
    "… по Алтайский край" (the normaliser puts every word of the name in the nominative)."""
    words = normal.split(" ")
    at = next((n for n, t in enumerate(span.tokens) if n and t.pos == "ADP"), None)
    if at is None or len(words) != len(span.tokens):
        return normal
    return " ".join(words[:at]) + " " + span.text[span.tokens[at].start - span.start :]


def group(found: list[_Mention], doc_id: str = "", text: str = "") -> list[Entity]:
    groups: list[_Group] = []
    by_key: dict[tuple[str, str], _Group] = {}

    def add(key: tuple[str, str], mention: _Mention) -> None:
        if key not in by_key:
            by_key[key] = _Group(mention.type)
            groups.append(by_key[key])
        by_key[key].mentions.append(mention)

    # Full names first, so that a surname seen before its full name still joins it.
    persons = [m for m in found if m.type == "PER"]
    full = {}
    patronymic_only = []
    for m in persons:
        first, last = names.person_parts(m.normal)
        if m.patronymic:
            patronymic_only.append(m)  # "Виктор Фёдорович": joins the one Виктор of the text, below
        elif first:
            # (or the same name spelled another way, one of its two words as written: "Кэрри Фишер"
            # and "Керри Фишер", "Джон Хантсман" and "Джон Хантсмен")
            key = next(
                (k for k in full if k[0] == first and (names.same_surname(k[1], last) or names.oblique_of(k[1], last)
                                                      or names.oblique_of(last, k[1]))), None
            ) or next((k for k in full if (k[0] == first or k[1] == last) and names.spelled_alike(k[0], first, False)
                       and names.spelled_alike(k[1], last)), (first, last))
            full.setdefault(key, key)
            add(("PER", " ".join(key)), m)
    for m in patronymic_only:
        first, last = names.person_parts(m.normal)
        same_first = [k for k in full if k[0] == first]
        key = same_first[0] if len(same_first) == 1 else (first, last)
        full.setdefault(key, key)
        add(("PER", " ".join(key)), m)
    for m in persons:
        first, last = names.person_parts(m.normal)
        if first:
            continue
        candidates = [k for k in full if names.same_surname(k[1], last)] or [
            k for k in full if k[0] == last
        ] or [k for k in full if names.spelled_alike(k[1], last)] \
            or _only([k for k in full if names.with_generation(last, k[1])]) \
            or _only([k for k in full if names.oblique_of(k[1], last) or names.oblique_of(last, k[1])]) \
            or _only([k for k in full if any(last in map(names.fold, n.normal.split()[2:-1])
                                             for n in by_key[("PER", " ".join(k))].mentions)])  # "Лула" da Silva
        # (a third word or further: the second is a second first name, "Мария" of "Хосе Мария Гарсия")
        if letter := names.initial(m.normal):  # "А.Кудрин" is not Борис Кудрин
            candidates = [k for k in candidates if k[0].startswith(letter)]
        if candidates:
            add(("PER", " ".join(_nearest(candidates, m, by_key))), m)
        else:
            add(("PER", last), m)

    others = [m for m in found if m.type != "PER" and not m.adjective]
    places_at = {m.start for m in found if m.type == "LOC"}
    federal = {id(m): known for m in others if m.type == "ORG" and (known := _known_body(m.normal))
               and not _not_federal(text, m, places_at)}
    for m in others:
        if id(m) in federal:
            add((m.type, "=" + federal[id(m)]), m)  # "ЦБ" and "Банк России": one body (not a foreign one's cut name)
        elif not names.is_abbreviation(m.normal):
            add((m.type, names.fold(m.normal)), m)
    for m in others:
        if names.is_abbreviation(m.normal) and id(m) not in federal:
            spelled = [
                k for k in by_key if k[0] == m.type and names.initials(k[1]) == m.normal.upper()
            ]
            add(spelled[0] if len(spelled) == 1 else (m.type, names.fold(m.normal)), m)

    _one_type(groups, by_key)
    _generic_bodies(text, groups, by_key)
    places = [k for k in by_key if k[0] == "LOC"]
    for m in found:
        if m.adjective and (key := _adjective_place(m.normal, places)):
            by_key[key].mentions.append(m)  # "казахские СМИ" mentions Kazakhstan; with no such place, none

    groups.sort(key=lambda g: min(x.start for x in g.mentions))
    return [_entity(doc_id, f"e{n}", g) for n, g in enumerate(groups, 1)]


def _alias_key(name: str) -> str:
    return names.fold(unquoted(name))


def _known_body(name: str) -> str | None:
    """The key of the line of data/aliases.txt that names the body, also with the country a
    Russian body's name may end with ("Генпрокуратура России" is "Генпрокуратура")."""
    key = _alias_key(name)
    return _aliases().get(key) or _aliases().get(re.sub(r" (?:россии|рф|российской федерации)$", "", key))


def _not_federal(text: str, m: _Mention, places: set[int]) -> bool:
    """A body's name the NER cut before a place's name or a region's word, or after an
    adjective of either ("Министерство финансов США", "ЦБ Турции", "Минздрав региона",
    "американский Минфин", "областной Минздрав"): not the Russian federal one. (A person's name
    after it is none: "Председатель Госдумы Вячеслав Володин".)"""
    after = re.match(r"\s+(\w+)", text[m.end : m.end + 40])
    before = re.search(r"(\w+)\s+$", text[max(0, m.start - 40) : m.start])
    word_after = names.fold(after.group(1)) if after else ""
    word_before = names.fold(before.group(1)) if before else ""
    place_after = after is not None and m.end + after.start(1) in places and word_after not in RUSSIA
    adjective = re.search(r"(?:ск|цк|н)(?:ий|ая|ое|ого|ой|ому|им|ом)$", word_before) and not word_before.startswith("российск")
    return bool(place_after or word_after in REGIONS or adjective)


RUSSIA = {"россии", "рф", "российской"}
REGIONS = {"региона", "области", "края", "республики", "города", "района", "округа", "столицы"}


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Each name of a body in data/aliases.txt -> the key of its line's first name."""
    known = {}
    for line in wordlist(ALIASES):
        spellings = [_alias_key(name) for name in line.split("|")]
        known.update({spelling: spellings[0] for spelling in spellings})
    return known


def _one_type(groups: list[_Group], by_key: dict[tuple[str, str], _Group]) -> None:
    """One name is one thing in an article: "«Ромашка» подала иск … в Ромашке сменился
    директор" tagged once ORG and once LOC is one organisation, of the type most of its
    mentions have (the first one's on a tie)."""
    by_stem: dict[str, list[tuple[str, str]]] = {}
    for key in by_key:
        if key[0] in ("ORG", "LOC"):
            by_stem.setdefault(" ".join(map(stem, key[1].split())), []).append(key)
    for keys in by_stem.values():
        if len({k[0] for k in keys}) < 2:
            continue
        main = max(keys, key=lambda k: (len(by_key[k].mentions), -min(m.start for m in by_key[k].mentions)))
        for key in keys:
            if key[0] != main[0]:
                other = by_key.pop(key)
                for m in other.mentions:
                    m.type = main[0]
                by_key[main].mentions.extend(other.mentions)
                groups.remove(other)


def _generic_bodies(text: str, groups: list[_Group], by_key: dict[tuple[str, str], _Group]) -> None:
    """"МВД Киргизии сообщило … МВД уточнило": a body named bare is the one body of that name
    the article names in full, when it names just one ("правительство Венесуэлы"; with
    "правительство России" too, the bare word stays apart); "Opera" is "Opera Software", a
    company's name without its legal or trade suffix."""
    for key in [k for k in by_key if k[0] == "ORG"]:
        # (of two, "Федерация футбола Португалии" and "… Испании", the bare word is neither)
        fuller = [k for k in by_key if k[0] == "ORG" and k != key and _names_in_full(key[1], k[1])]
        # ("Федерация футбола" inside "Федерация футбола Италии" is no other body)
        fuller = [k for k in fuller if not all(any(o.start <= m.start and m.end <= o.end for c in fuller if c != k
                                                   for o in by_key[c].mentions) for m in by_key[k].mentions)]
        if len(fuller) == 1 and (key[1] not in GENERIC_BODIES
                                 or _refers_back(text, by_key[key], by_key[fuller[0]], by_key)):
            other = by_key.pop(key)
            by_key[fuller[0]].mentions.extend(other.mentions)
            groups.remove(other)


def _names_in_full(bare: str, full: str) -> bool:
    """``full`` is a fuller name of what ``bare`` names: a generic body with its place
    ("правительство Венесуэлы", or a place's adjective before it: "Венесуэльское правительство"),
    a company with its suffix ("Opera Software")."""
    if full.startswith(bare + " "):
        return bare in GENERIC_BODIES or full[len(bare) + 1 :] in CORPORATE_SUFFIXES
    adjective = full[: -len(bare) - 1]
    return bare in GENERIC_BODIES and full.endswith(" " + bare) and " " not in adjective \
        and ADJECTIVE_BEFORE.search(adjective) is not None


def _refers_back(text: str, bare: _Group, full: _Group, by_key: dict[tuple[str, str], _Group]) -> bool:
    """Every bare mention ("МВД") follows the full name ("МВД Таджикистана") and names no other
    country: none before it (in Russian news a bare "МВД" said first is Russia's), none with an
    adjective of its own ("российское МЧС"), no other place named since the full name or in the
    bare mention's sentence ("Полиция Берлина … В Москве полиция тоже … Полиция сообщила")."""
    first = min(m.start for m in full.mentions)
    own_places = {names.fold(w)[:4] for m in full.mentions for w in m.normal.split()}
    places = [m for k, g in by_key.items() if k[0] == "LOC" for m in g.mentions]
    for m in bare.mentions:
        if any(f.start <= m.start < f.end for f in full.mentions):
            continue  # the bare word inside the full name itself (a nested span)
        before = text[max(0, m.start - 30) : m.start].split()
        if m.start < first or before and ADJECTIVE_BEFORE.search(before[-1]) \
                or any((p.sentence == m.sentence or first < p.start < m.start)
                       and names.fold(p.normal)[:4] not in own_places for p in places):
            return False
    return True


def _adjective_place(adjective: str, places: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one place of the document the adjective is made from: the longest shared
    beginning, at least four letters ("казахские" - "казахстан", "российских" - "россия")."""
    word = names.fold(adjective)
    scored = sorted(((len(commonprefix([word, k[1]])), k) for k in places if " " not in k[1]), reverse=True)
    if not scored or scored[0][0] < 4 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _only(candidates: list) -> list:
    """The one candidate, or none of several ("Буш" with both Буш-старший and Буш-младший named)."""
    return candidates if len(candidates) == 1 else []


def _nearest(candidates, mention: _Mention, by_key) -> tuple[str, str]:
    if len(candidates) == 1:
        return candidates[0]

    def distance(key):
        starts = [x.start for x in by_key[("PER", " ".join(key))].mentions]
        before = [mention.start - s for s in starts if s <= mention.start]
        return min(before) if before else 10**9 + min(starts)

    return min(candidates, key=distance)


def _entity(doc_id: str, entity_id: str, g: _Group) -> Entity:
    g.mentions.sort(key=lambda m: m.start)
    name = g.name
    aliases = [name] + [a for a in dict.fromkeys(m.normal for m in g.mentions) if a != name]
    return Entity(
        doc=doc_id,
        id=entity_id,
        type=g.type,
        name=name,
        aliases=tuple(aliases),
        roles=tuple(role_rules.prune([r for m in g.mentions for r in m.roles])),
        mentions=tuple(Mention(m.start, m.end, m.text, m.sentence) for m in g.mentions),
    )


def extract(doc: Doc, morph_vocab, doc_id: str = "") -> list[Entity]:
    found = _glosses(doc.text, mentions(doc, morph_vocab))
    found += _missed_surnames(doc, found)
    return group(found + _quoted_organisations(doc, found), doc_id, doc.text)


# "авиакомпания «СибирьЭйр»", "агрохолдинг «Луговое»": a company's word and its name in quotation marks
QUOTED_ORGANISATION = re.compile(
    r"(?<!\w)(?i:компани|авиакомпани|агрохолдинг|холдинг|завод|комбинат|фабрик|концерн|корпораци|предприяти|фирм|"
    r"банк)\w*\s+«([А-ЯЁA-Z][^«»\n]{1,40})»|(?<!\w)(?:ООО|ОАО|ЗАО|ПАО|АО)\s+«([А-ЯЁA-Z][^«»\n]{1,40})»")


def _quoted_organisations(doc: Doc, found: list[_Mention]) -> list[_Mention]:
    """A company the NER missed, named in quotation marks after its kind's word ("авиакомпания
    «СибирьЭйр» отменила рейсы"): an organisation's mention, the name inside the marks."""
    taken = [(m.start, m.end) for m in found]
    sentences = [(s.start, s.stop) for s in doc.sents]
    extra = []
    for match in QUOTED_ORGANISATION.finditer(doc.text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if any(a < end + 1 and start - 1 < b for a, b in taken):
            continue
        extra.append(_Mention("ORG", start, end, match.group(group), match.group(group), _sentence_at(sentences, start, end)))
        taken.append((start, end))
    return extra


def _glosses(text: str, found: list[_Mention]) -> list[_Mention]:
    """"Эверитт Аарон Джеймсон (Everitt Aaron Jameson)": a person's name in parentheses right
    after a person's name is the same person, spelt another way; it takes the name's key,
    and keeps its own spelling as a mention. Not places or organisations: "в Казани
    (Россия)" names the country the town is in, "ООН (ФАО)" an agency of the UN."""
    for before, m in zip(found, found[1:]):
        if m.type == before.type == "PER" and text[before.end : m.start].strip() == "(" \
                and text[m.end : m.end + 1] == ")":
            m.normal, m.roles = before.normal, []
    return found


def _missed_surnames(doc: Doc, found: list[_Mention]) -> list[_Mention]:
    """A surname of a person named in the document, written again where the NER missed it
    ("Громов приехал в город" before "с Громовым встретился мэр"): one more mention."""
    surnames = {m.normal.split()[-1] for m in found if m.type == "PER" and len(m.normal.split()[-1]) >= 4}
    taken = [(m.start, m.end) for m in found]
    sentences = [(s.start, s.stop) for s in doc.sents]
    extra = []
    for surname in sorted(surnames):
        stem = re.escape(surname[:-1] if surname[-1] in "аяо" else surname)
        for match in re.finditer(rf"(?<![\w-]){stem}\w{{0,3}}(?![\w-])", doc.text):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken) or not doc.text[start].isupper():
                continue
            extra.append(_Mention("PER", start, end, match.group(), surname, _sentence_at(sentences, start, end)))
            taken.append((start, end))
    return extra


def _sentence_at(sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence a found mention starts in (its own span if none)."""
    return next(((a, b) for a, b in sentences if a <= start < b), (start, end))
