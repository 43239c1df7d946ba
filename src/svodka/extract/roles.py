"""Roles from appositions: "Президент Казахстана Касым-Жомарт Токаев".

Walk left from a person's name over the noun phrase that precedes it, inside
the sentence, and cut it into role phrases, each headed by a noun from the
bundled role lexicon ("премьер-министр Армении и председатель ОДКБ").  An
apposition agrees with the name in case, so:
- "помощник Ивана Сидорова Анна Котова": Сидоров, in the genitive, is whose
  assistant Котова is, and gets no role; Котова is "помощник" (a role never
  carries another person's name);
- "сообщил репортёрам глава пресс-службы Иван Петров": the role starts at
  "глава", not at "репортёрам";
- "кандидат в депутаты Иван Петров" keeps its preposition: a candidate is not a deputy;
- "Президент Франции Эмманюэль Макрон и премьер-министр Франции Мишель Барнье": a name
  in the same case is another apposition's end, and its role is not the next name's.
"""
from __future__ import annotations

import re

from natasha.doc import DocToken

from ..data import ROLES, wordlist
from .words import fold, lemma

MAX_WINDOW = 10
MAX_GLOSS = 12  # tokens of a parenthetical gloss between a role and its name
QUOTE_MARKS = {"«", "»", "„", "“", "”", '"'}
NAME_MARKS = {"!", "?"}  # part of a name in quotation marks ("«Экозащита!»", "«Что? Где? Когда?»")
PREPOSITIONS = {"в", "на"}
OPEN_HEADS = {"кандидат", "претендент"}  # roles completed by a preposition: "кандидат в депутаты"
# verbs that give their subject a post: "стал главой", "назначен министром", "является послом"
BECOMING = {"стать", "становиться", "являться", "назначить", "назначать", "избрать", "избирать", "утвердить",
            "работать", "служить"}
# offices a clause puts a person in: "в должности президента", "на посту мэра"; appointing
# puts its object there ("назначил Петрова на пост министра", "вступил в должность губернатора")
OFFICES = {"должность", "пост"}
APPOINTING = {"назначить", "назначать", "избрать", "избирать", "утвердить", "утверждать"}
ENTERING = {"вступить", "вступать"}
# A genitive phrase like "страны" points back at a country named elsewhere; we
# keep such a role only when no more specific role with the same head exists.
ANAPHORIC = {"страны", "государства", "республики", "региона", "города", "ведомства"}


def _is_role(token: DocToken, morph_vocab) -> bool:
    return token.pos in ("NOUN", "PROPN") and lemma(token, morph_vocab) in wordlist(ROLES)


def _opening(tokens: list[DocToken], j: int) -> int | None:
    """Where the parenthesis closed at ``tokens[j]`` opens, if within a short gloss."""
    for k in range(j - 1, max(-1, j - MAX_GLOSS), -1):
        if tokens[k].text in "()":
            return k if tokens[k].text == "(" else None
    return None


def _may_extend(tokens: list[DocToken], j: int, inside_name: set[int], morph_vocab) -> bool:
    token = tokens[j]
    if id(token) in inside_name or _is_role(token, morph_vocab):
        return True
    if token.text in QUOTE_MARKS:  # the marks around an organisation's name: "глава «Газпрома»"
        return any(0 <= k < len(tokens) and id(tokens[k]) in inside_name for k in (j - 1, j + 1))
    if token.text in NAME_MARKS:  # "группы «Экозащита!»": the name's own mark, before its closing quote
        return 0 < j < len(tokens) - 1 and id(tokens[j - 1]) in inside_name and tokens[j + 1].text in QUOTE_MARKS
    if token.text.lower() == "и" or token.pos == "ADJ":
        return True
    if token.text == "," and _genitives_joined(tokens, j):
        return True  # "министр природных ресурсов, экологии и туризма республики"
    if token.text == "№" or j > 0 and tokens[j - 1].text == "№" and token.text[:1].isdigit():
        return True  # "директор школы № 5 Наталья Гордеева"
    if token.text.lower() in PREPOSITIONS and j > 0 and lemma(tokens[j - 1], morph_vocab) in OPEN_HEADS:
        return True  # "кандидат в депутаты", "кандидат на пост мэра"
    if _one_of(tokens, j, morph_vocab):
        return True  # "адвокат одного из задержанных", "мать одной из погибших"
    # a genitive noun or participle ("мать пострадавшего"); an accusative after "в/на"
    return token.pos in ("NOUN", "PROPN", "VERB") and token.feats.get("Case") in ("Gen", "Acc") and (
        token.feats.get("Case") == "Gen" or j > 0 and tokens[j - 1].text.lower() in PREPOSITIONS)


def _one_of(tokens: list[DocToken], j: int, morph_vocab) -> bool:
    """``tokens[j]`` is "одного"/"одной" or the "из" after it, of one among many in the genitive."""
    token = tokens[j]
    if fold(token.text) == "из":
        return j > 0 and lemma(tokens[j - 1], morph_vocab) == "один" and tokens[j - 1].feats.get("Case") == "Gen"
    return lemma(token, morph_vocab) == "один" and token.feats.get("Case") == "Gen" \
        and j + 1 < len(tokens) and fold(tokens[j + 1].text) == "из"


def _by_phrase(tokens: list[DocToken], index: int, morph_vocab) -> set[int]:
    """The tokens of a "по" phrase that completes the role right before the name: "проректор по
    науке", "уполномоченный по правам человека", "вице-президент по связям с общественностью";
    or the place a post is in or a person is from: "посол России в Индии", "пенсионерка из Твери"."""
    for k in range(index - 1, max(0, index - 7), -1):
        case = PHRASE_CASES.get(tokens[k].text.lower())
        if case is None:
            continue
        tail = tokens[k + 1 : index]
        # (after the role's head or its genitive: "глава Роспотребнадзора по Подмосковью")
        # (or the name in quotation marks: "владелец сети «Хлебница» в Вологде")
        named = k > 1 and tokens[k - 1].text in QUOTE_MARKS
        before = tokens[k - 2] if named else tokens[k - 1]
        if tail and (_is_role(before, morph_vocab) or before.pos in ("NOUN", "PROPN") and (
                    named or before.feats.get("Case") == "Gen")) \
                and tail[0].feats.get("Case") == case \
                and (case == "Dat" or len(tail) <= 3 and tail[-1].pos == "PROPN") \
                and all(t.pos in ("NOUN", "PROPN", "ADJ") or t.text.lower() in ("с", "и") for t in tail):
            # and one before it: "уполномоченный по правам человека в России"
            return {id(t) for t in tokens[k:index]} | _by_phrase(tokens, k, morph_vocab)
        return set()
    return set()


# the case a role's prepositional phrase takes ("по правам человека"; "в Индии", for a place; "из Твери")
PHRASE_CASES = {"по": "Dat", "в": "Loc", "во": "Loc", "из": "Gen"}


def _noun_only(word: str, morph_vocab) -> bool:
    """The dictionary knows the word only as a noun (the tagger called "репортёрам" an adjective)."""
    parses = morph_vocab.parse(word.lower())
    return bool(parses) and all("NOUN" in p.tag for p in parses)


def _can_be_nominative(word: str, morph_vocab) -> bool:
    """A name with a Russian surname's oblique ending ("-ой", "-ым", "-ому" …) that the dictionary
    allows in no nominative is not one ("Новаковой"); any other may be ("Силуанов", "Стармер",
    whatever the dictionary guesses for them)."""
    if not word.lower().endswith(OBLIQUE_SURNAME_ENDINGS):
        return True
    return any("nomn" in str(p.tag) for p in morph_vocab.parse(word.lower()))


OBLIQUE_SURNAME_ENDINGS = ("ой", "ою", "ому", "ого", "ым", "ыми", "ых")


def _agrees(head: DocToken, name: DocToken, nominative: bool = False) -> bool:
    """Apposition: the role noun stands in the name's case ("с президентом … Путиным"), or in the
    nominative where the name may be one whatever its tag (``nominative``)."""
    a, b = head.feats.get("Case"), name.feats.get("Case")
    if nominative and a == "Nom":
        return True
    # an animate masculine accusative is written as the genitive; "племянницу губернатора Ивана
    # Петрова" is no apposition
    return a is None or b is None or a == b or {a, b} == {"Acc", "Gen"} and head.feats.get("Gender") != "Fem"


def roles_before(
    tokens: list[DocToken], index: int, inside_name: set[int], morph_vocab, persons: set[int] | None = None
) -> list[str]:
    """Roles named by the phrase that ends right before ``tokens[index]``; ``persons``
    holds the tokens of person names, which never go into a role."""
    persons = persons or set()
    shared = _shared_role(tokens, index, inside_name, morph_vocab, persons)
    if shared is not None:
        return shared
    window: list[DocToken] = []
    by = _by_phrase(tokens, index, morph_vocab)
    j = index - 1
    while j >= 0 and len(window) < MAX_WINDOW:
        if id(tokens[j]) in by:
            window.insert(0, tokens[j])
            j -= 1
            continue
        if tokens[j].text == ")" and (opening := _opening(tokens, j)) is not None:
            j = opening - 1  # "представитель союза (Unión Nacional …) Сесар Дуран": a gloss, not the role
            continue
        if not _may_extend(tokens, j, inside_name, morph_vocab):
            break
        if id(tokens[j]) in persons and tokens[j].feats.get("Case") == tokens[index].feats.get("Case") != "Gen":
            break  # "Президент Франции Эмманюэль Макрон и премьер-министр …": Macron's role is not the next name's
        window.insert(0, tokens[j])
        j -= 1
    # The phrase must start at a role noun in the name's case (with its adjectives); drop what precedes.
    # (the tagger may call a name in the genitive a nominative: "Тренер Новаковой Иржи Странский")
    nominative = tokens[index].feats.get("Case") != "Nom" or _can_be_nominative(tokens[index].text, morph_vocab)
    glossed = _glossed_nominative(tokens, index, persons, morph_vocab)
    heads = [k for k, t in enumerate(window) if _is_role(t, morph_vocab) and id(t) not in inside_name
             and _agrees(t, tokens[index], glossed) and (nominative or t.feats.get("Case") != "Nom")]
    if not heads:
        return []
    first = heads[0]
    while first > 0 and window[first - 1].pos == "ADJ" and not _noun_only(window[first - 1].text, morph_vocab) \
            and lemma(window[first - 1], morph_vocab) != "сам":
        first -= 1  # its adjectives, but not a noun the tagger took for one ("репортёрам"), nor "сам хоккеист"
    window = window[first:]
    phrases: list[list[DocToken]] = [[]]
    for n, token in enumerate(window):
        if token.text.lower() == "и" and not _genitives_joined(window, n):
            phrases.append([])
            continue
        if phrases[-1] and _another(phrases[-1], token, tokens[index], morph_vocab):
            phrases.append([])
        phrases[-1].append(token)
    roles = []
    for phrase in phrases:
        named = next((n for n, t in enumerate(phrase) if id(t) in persons), None)
        if named is not None:
            # "помощник Ивана Сидорова Анна Котова": the role ends before the other name, and is
            # ours when that name is in another case (whose assistant); "дочь президента
            # Узбекистана Ислама Каримова Лолла Каримова": in the role's own case, the other
            # name is the role's holder
            head = next((t for t in phrase[:named] if _is_role(t, morph_vocab)), None)
            if head is not None and head.feats.get("Case") == phrase[named].feats.get("Case"):
                continue
            phrase = phrase[:named]
        if phrase and (role := _normal(phrase, morph_vocab)):
            roles.append(role)
    return roles


def _glossed_nominative(tokens: list[DocToken], index: int, persons: set[int], morph_vocab) -> bool:
    """The name at ``tokens[index]`` is glossed in Latin letters ("Карл-Хенрик Хелдин (Carl-Henrik
    Heldin)"), where the tagger reads its case from the gloss, and its words may be nominatives
    ("Ивана Сидорова (Ivan Sidorov)" may not)."""
    end = index
    while end + 1 < len(tokens) and id(tokens[end + 1]) in persons:
        end += 1
    if not (end + 2 < len(tokens) and tokens[end + 1].text == "(" and LATIN.match(tokens[end + 2].text)):
        return False
    close = next((k for k in range(end + 2, len(tokens)) if tokens[k].text == ")"), None)
    if close is not None and close + 1 < len(tokens) and id(tokens[close + 1]) in persons:
        return False  # "Пресс-секретарь Ангелы Меркель (Angela Merkel) Штеффен Зайберт": whose, the genitive
    return all(_can_be_nominative(t.text, morph_vocab) and any(
        {"nomn", "sing"} <= p.tag.grammemes for p in morph_vocab.parse(t.text.lower())) for t in tokens[index : end + 1])


LATIN = re.compile(r"[A-Za-z]")


def _shared_role(tokens: list[DocToken], index: int, inside_name: set[int], morph_vocab,
                 persons: set[int]) -> list[str] | None:
    """"учёным Джону Хопфилду и Джеффри Хинтону", "адвокаты Иван Петров и Анна Котова": a role in the
    plural before two names joined by "и" is the second's too (None: the name is no such second)."""
    if index < 2 or tokens[index - 1].text.lower() != "и" or id(tokens[index - 2]) not in persons:
        return None
    k = index - 2
    while k > 0 and id(tokens[k - 1]) in persons:
        k -= 1
    head = tokens[k - 1] if k > 0 else None
    if head is None or not _is_role(head, morph_vocab) or head.feats.get("Number") != "Plur" \
            or head.feats.get("Case") != tokens[index].feats.get("Case"):
        return None
    return roles_before(tokens, k, inside_name, morph_vocab, persons)


def roles_after(
    tokens: list[DocToken], first: int, last: int, inside_name: set[int], morph_vocab, persons: set[int]
) -> list[str]:
    """The apposition set off by a comma after the name ``tokens[first..last]``: "Антон Силуанов,
    министр финансов, заявил", "сообщил Иван Петров, глава Одинцовского района." — a role noun
    in the name's case (with its adjectives before it and what may extend a role after it),
    ended by a comma, a dash or the sentence's end; not a clause ("Иван Петров, который …")."""
    if last + 1 >= len(tokens) or tokens[last + 1].text != ",":
        return []
    end = last + 2
    while end < len(tokens) and end - last - 2 < MAX_WINDOW and tokens[end].text not in (",", "—", "–", ".", ";", ":", ")", "!", "?"):
        end += 1
    window = list(range(last + 2, end))
    if not window or end - last - 2 >= MAX_WINDOW and end < len(tokens):
        return []
    head = next((k for k in window if tokens[k].pos in ("NOUN", "PROPN")), None)
    if head is None or not _is_role(tokens[head], morph_vocab) or not _agrees(tokens[head], tokens[first]) \
            or tokens[head].feats.get("Case") not in (None, tokens[first].feats.get("Case")) \
            or any(tokens[k].pos != "ADJ" for k in window if k < head) \
            or any(id(tokens[k]) in persons for k in window) \
            or not all(_may_extend(tokens, k, inside_name, morph_vocab) for k in window if k > head):
        return []
    role = _normal([tokens[k] for k in window], morph_vocab)
    return [role] if role else []


def _genitives_joined(tokens: list[DocToken], j: int) -> bool:
    """``tokens[j]`` ("," or "и") joins two nouns in the genitive of one role ("министр
    природных ресурсов, экологии и туризма", "министр промышленности и торговли"), not two roles
    ("Президент Франции и премьер-министр", "мэр города и губернатор области")."""
    before = tokens[j - 1] if j > 0 else None
    after = next((t for t in tokens[j + 1 : j + 3] if t.pos != "ADJ"), None)
    return before is not None and after is not None and before.pos == "NOUN" == after.pos \
        and before.feats.get("Case") == "Gen" == after.feats.get("Case") \
        and before.feats.get("Animacy") != "Anim" != after.feats.get("Animacy")


def _another(phrase: list[DocToken], token: DocToken, name: DocToken, morph_vocab) -> bool:
    """A second apposition begins at a role noun in the nominative after another's tail or
    its head: "хакер, сын депутата" written without its comma ("российский хакер сын депутата Госдумы
    Роман Селезнёв"), "глава совета маршал Хусейн Тантави". Only the nominative: in "слова
    заместителя министра Иванова" the genitive "министра" is whose deputy."""
    last = phrase[-1]
    return _is_role(token, morph_vocab) and token.feats.get("Case") == "Nom" == name.feats.get("Case") \
        and last.pos in ("NOUN", "PROPN") and (last.feats.get("Case") != "Nom" or _is_role(last, morph_vocab))


def roles_as_predicate(tokens: list[DocToken], index: int, persons: set[int], morph_vocab) -> list[str]:
    """The role a verb of becoming gives the name at ``tokens[index]``, in the instrumental:
    "Новым главой полиции стала Крессида Дик", "Петров назначен министром финансов", "Петров,
    ставший министром". Not "не стал министром", "может стать президентом", "станет мэром".
    Or an office the clause puts its subject, or the object of an appointment, in: "Рухани
    приносит присягу в качестве президента Ирана", "утвердил Рухани в должности президента",
    "назначил Петрова на пост министра" (not "баллотируется на пост мэра")."""
    name = tokens[index]
    verbs = [t for t in tokens if t.id == name.head_id] if name.rel in ("nsubj", "nsubj:pass") else []
    verbs += [t for t in tokens if t.head_id == name.id and t.rel == "acl"]
    for verb in verbs:
        if lemma(verb, morph_vocab) not in BECOMING or not _asserted(tokens, verb):
            continue
        # ("работал с губернатором": whom with, not as what)
        role = next((t for t in tokens if t.head_id == verb.id and t.feats.get("Case") == "Ins"
                     and _is_role(t, morph_vocab) and id(t) not in persons
                     and not any(c.head_id == t.id and c.rel == "case" for c in tokens)), None)
        if role is not None and (found := _phrase(tokens, role, persons, morph_vocab)) is not None:
            return [found]
    return _office(tokens, name, persons, morph_vocab)


def _asserted(tokens: list[DocToken], verb: DocToken) -> bool:
    return verb.feats.get("VerbForm") != "Inf" and verb.feats.get("Tense") != "Fut" \
        and not any(t.head_id == verb.id and t.text.lower() in ("не", "бы") for t in tokens)


def _office(tokens: list[DocToken], name: DocToken, persons: set[int], morph_vocab) -> list[str]:
    by_id = {t.id: t for t in tokens}
    holder = name
    while holder.rel in ("appos", "flat:name") and holder.head_id in by_id and by_id[holder.head_id].start < holder.start:
        holder = by_id[holder.head_id]  # "священнослужитель Хасан Рухани приносит присягу"
    verb = by_id.get(holder.head_id)
    if verb is None or verb.pos != "VERB" or not _asserted(tokens, verb):
        return []
    verb_lemma = lemma(verb, morph_vocab)
    if holder.rel == "obj":
        if verb_lemma not in APPOINTING:
            return []
    elif holder.rel not in ("nsubj", "nsubj:pass") or holder.rel == "nsubj" and verb_lemma in APPOINTING or any(
            t.head_id == verb.id and t.rel == "obj" and id(t) in persons for t in tokens):
        # "Хаменеи утвердил Рухани в должности", "назначил на пост министра Петрова" (whatever the
        # parse made of Петров): the one appointed holds it, never the one appointing
        return []
    for noun in (t for t in tokens if t.head_id == verb.id and t.rel == "obl"):
        # its preposition, with "качестве" the parse hangs on it ("в качестве президента")
        cases = {t.id for t in tokens if t.head_id == noun.id and t.rel == "case"}
        marks = {fold(t.text) for t in tokens if t.id in cases or t.head_id in cases and t.rel == "fixed"}
        word, case = lemma(noun, morph_vocab), noun.feats.get("Case")
        if "качестве" in marks and _is_role(noun, morph_vocab):
            role = noun  # "в качестве нового президента Ирана"
        elif word in OFFICES and marks & {"в", "на"} and (case == "Loc" or case == "Acc"
                                                          and verb_lemma in APPOINTING | ENTERING):
            role = next((t for t in tokens if t.head_id == noun.id and t.rel == "nmod"
                         and t.feats.get("Case") == "Gen" and _is_role(t, morph_vocab)), None)
        else:
            continue
        if role is not None and id(role) not in persons and (found := _phrase(tokens, role, persons, morph_vocab)):
            return [found]
    return []


def _phrase(tokens: list[DocToken], role: DocToken, persons: set[int], morph_vocab) -> str | None:
    """The role noun with its adjectives and its genitive tail, in the nominative."""
    k = tokens.index(role)
    first = k
    while first > 0 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].head_id == role.id:
        first -= 1
    last = k
    while last + 1 < len(tokens) and id(tokens[last + 1]) not in persons and (
            tokens[last + 1].pos == "ADJ" or tokens[last + 1].text in QUOTE_MARKS
            or tokens[last + 1].pos in ("NOUN", "PROPN") and tokens[last + 1].feats.get("Case") == "Gen"):
        last += 1
    return _normal(tokens[first : last + 1], morph_vocab)


def _normal(phrase: list[DocToken], morph_vocab) -> str | None:
    """Head noun and its adjectives to the nominative, genitive tail as written."""
    head = next((k for k, t in enumerate(phrase) if _is_role(t, morph_vocab)), None)
    if head is None:
        return None
    # (an adjective agrees with a feminine head: "народная артистка", not "народный артистка"; a
    # participle is no infinitive: "ушедший хирург", not "уйти хирург")
    gender = "Fem" if phrase[head].feats.get("Gender") == "Fem" else "Masc"
    words = " ".join(_agreeing(t, gender, morph_vocab) if t.pos in ("ADJ", "VERB")
                     else lemma(t, morph_vocab) for t in phrase[: head + 1])
    for previous, t in zip(phrase[head:], phrase[head + 1 :]):
        words += (" " if t.start > previous.stop else "") + t.text  # the tail as written, spacing kept
    return words


def _agreeing(token: DocToken, gender: str, morph_vocab) -> str:
    """An adjective or a participle in the nominative singular of ``gender`` ("народной" ->
    "народная", "ушедшего" -> "ушедший")."""
    for parse in morph_vocab.parse(token.text.lower()):
        if "ADJF" in str(parse.tag) or "PRTF" in str(parse.tag):
            form = parse.inflect({"Nom", gender, "Sing"})
            if form is not None:
                return form.word.replace("ё", "е")
    return lemma(token, morph_vocab)


def prune(roles: list[str]) -> list[str]:
    """Drop duplicates, and roles that a more specific one with the same head covers:
    "губернатор" and "губернатор страны" beside "губернатор Приозёрской области"."""
    unique = list(dict.fromkeys(roles))

    def covered(role: str) -> bool:
        words = role.split()
        head = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in ANAPHORIC else role
        return any(other != role and other.startswith(head + " ") for other in unique)

    return [role for role in unique if not covered(role)]
