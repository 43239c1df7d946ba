"""Normal forms and comparison keys for names."""
from __future__ import annotations

import re

from .words import fold

# Punctuation that NER sometimes swallows at the edges of a span.  A trailing
# "." is kept: it ends abbreviations ("Inc.", "им.") more often than sentences.
EDGE_CHARS = ",;:!?—–-…"
QUOTES = "«»„“”\"'‘’‚()"
OPENING = "«„“\"'‘("
CLOSING = "»“”\"'’)"
_WS = re.compile(r"\s+")


def _balanced(s: str) -> bool:
    return (
        s.count("«") == s.count("»")
        and s.count("(") == s.count(")")
        and s.count('"') % 2 == 0
        and (s.count("„") + s.count("“") + s.count("”")) % 2 == 0
    )


def trim(start: int, end: int, text: str) -> tuple[int, int]:
    """Shrink [start, end) past edge punctuation, spaces and unpaired quotes.

    Paired quotes inside a name stay (ООО "ТНГК", РГТРК «Останкино»); quotes
    around the whole span go («Газпром» -> Газпром).
    """
    while start < end:
        s = text[start:end]
        if s[0].isspace() or s[0] in EDGE_CHARS or (s[0] in QUOTES and not _balanced(s)):
            start += 1
        elif s[-1].isspace() or s[-1] in EDGE_CHARS or (s[-1] in QUOTES and not _balanced(s)):
            end -= 1
        elif len(s) > 2 and s[0] in OPENING and s[-1] in CLOSING and _balanced(s[1:-1]):
            start, end = start + 1, end - 1
        else:
            break
    # ООО "СК Южстрой": the NER stopped before the closing quote of a name it opened
    if start < end and end < len(text) and text[end] in QUOTES and not _balanced(text[start:end]) \
            and _balanced(text[start : end + 1]):
        end += 1
    return start, end


def is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 8 and sum(c.isupper() for c in letters) >= 2 and " " not in name


def initials(name: str) -> str:
    """"Организация Договора о коллективной безопасности" -> "ОДКБ"."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if len(word) > 2).upper()


INITIALS = re.compile(r"^(?:[А-ЯЁA-Z]\.\s*)+(?=\w)")


def person_parts(name: str) -> tuple[str, str]:
    """(first, last) of a normal-form person name; first is '' for a bare surname and for
    a surname after initials ("А. Кудрин", "А.Кудрин"): those join a full name by surname."""
    words = name[m.end() :].split() if (m := INITIALS.match(name)) else name.split()
    if len(words) == 1 or m:
        return "", fold(words[-1])
    return fold(words[0]), fold(words[-1])


def initial(name: str) -> str:
    """The first initial of "А.Кудрин" ("а"), '' for a name without initials."""
    return fold(name[0]) if INITIALS.match(name) else ""


def same_surname(a: str, b: str) -> bool:
    # The normalizer can leave a female/oblique form ("Назарбаева") next to the
    # lemma ("Назарбаев"); treat a trailing "а" as the same surname.
    return a == b or a == b + "а" or b == a + "а"


# a surname's endings in the oblique cases by its nominative's last letter ("" for a consonant)
# ("-а" after a consonant is left out: "Петрова" is Петров's wife as often as his genitive)
CASE_ENDINGS = {"": ("у", "ом", "е", "ым"), "а": ("ы", "и", "е", "у", "ой", "ою"), "я": ("и", "е", "ю", "ей", "ею"),
                "й": ("я", "ю", "ем", "е"), "ь": ("я", "ю", "ем", "е", "и", "ью")}
# Russian surnames the normaliser declines itself, and whose other forms are another person's
RUSSIAN_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "ий", "ой", "ая", "ова", "ева", "ина", "ына")


def oblique_of(form: str, nominative: str) -> bool:
    """``form`` is ``nominative`` in an oblique case the normaliser did not undo, as it does not
    for a name it does not know ("Хинтону" of "Хинтон", "Руденей" of "Руденя"); folded words,
    a nominative of four letters or more."""
    if len(nominative) < 4 or form == nominative or nominative.endswith(RUSSIAN_SURNAME):
        return False
    stem, endings = (nominative[:-1], CASE_ENDINGS[nominative[-1]]) if nominative[-1] in CASE_ENDINGS \
        else (nominative, CASE_ENDINGS[""])
    return form.startswith(stem) and form[len(stem) :] in endings


VOWELS = set("аеёиоуыэюя")
GENERATIONS = {"старший", "младший", "ст", "мл", "jr", "sr"}


def with_generation(surname: str, double: str) -> bool:
    """"Буш" is "Буш-младший" (the caller takes it only when one such person is named). Not
    one part of a double-barrelled surname: "Джонс" is as often another man as "Зета-Джонс"."""
    parts = double.split("-")
    return len(parts) == 2 and surname == parts[0] and parts[1] in GENERATIONS


_SPANISH_LL = re.compile(r"ль(?=[еёиоюя])")


def _plain(name: str) -> str:
    """Without soft signs and doubled letters: how transliterations of one name differ most;
    the Spanish "ll" as "й" ("Кабельо"/"Кабейо"), the English "ou" as "у" ("Роухани"/"Рухани")."""
    name = _SPANISH_LL.sub("й", name).replace("оу", "у").replace("ь", "")
    return "".join(c for k, c in enumerate(name) if k == 0 or c != name[k - 1])


def spelled_alike(a: str, b: str, surname: bool = True) -> bool:
    """Two spellings of one foreign name in one text: the same after э -> е ("Кэрри"/"Керри"),
    or, for a surname of six letters or more, one vowel written for another ("Хантсман"/
    "Хантсмен"), a soft sign or a doubled letter ("Эльбарадей"/"Элбарадей", "Саввина"/"Савина").
    Not another consonant, another letter more or less, nor any change to a first name:
    "Иванов"/"Ивашов", "Кириенко"/"Кириленко", "Евгений"/"Евгения", "Ирина"/"Арина" are
    different people. For within a document only."""
    a, b = a.replace("э", "е"), b.replace("э", "е")
    if a == b:
        return True
    if not surname or min(len(a), len(b)) < 6:
        return False
    if _plain(a) == _plain(b):
        return True  # "Эльбарадей"/"Элбарадей", "Саввина"/"Савина"
    if len(a) != len(b):
        return False
    changed = [(x, y) for x, y in zip(a, b) if x != y]
    return len(changed) == 1 and changed[0][0] in VOWELS and changed[0][1] in VOWELS


def trim_text(name: str) -> str:
    start, end = trim(0, len(name), name)
    return _WS.sub(" ", name[start:end])


def restore_yo(normal: str, written: str) -> str:
    """Put back the ё that the morphological normalizer turns into е.

    Words are aligned by position; a letter is restored where the written form
    has ё at the same place ("Верхнеозёрска" -> "Верхнеозерск" -> "Верхнеозёрск").
    """
    if "ё" not in written.lower():
        return normal
    words = []
    for norm, orig in zip(normal.split(" "), written.split()):
        chars = list(norm)
        for i, (a, b) in enumerate(zip(norm, orig)):
            if a in "еЕ" and b in "ёЁ":
                chars[i] = "ё" if a == "е" else "Ё"
        words.append("".join(chars))
    return " ".join(words + normal.split(" ")[len(words):])


FEMININE_OBLIQUE = re.compile(r"(?<=[а-яё])(ов|ев|ёв|ин|ын)ой$|(?<=[а-яё])(ск|цк)ой$")
FEMININE_ACCUSATIVE = re.compile(r"(?<=[а-яё])(ов|ев|ёв|ин|ын)у$|(?<=[а-яё])(ск|цк)ую$")
MASCULINE_GENITIVE = re.compile(r"(?<=[а-яё])(ов|ев|ёв|ин|ын)а$")
MASCULINE_INSTRUMENTAL = re.compile(r"(?<=[а-яё])(ов|ев|ёв|ин|ын)ым$")


FEMININE_NOMINATIVE = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая)$")


def feminine_surname(name: str, gender: str | None = None, case: str | None = None) -> str:
    """"Галины Сомовой" may come out of the normalizer as "Галина Сомовой": an -овой/-иной/
    -ской surname is only ever a woman's in an oblique case, so it becomes -ова/-ина/-ская.
    With the first name's ``gender`` and ``case`` as the tagger read them: a woman's "Анну
    Котову" is "Анна Котова"; a man's "Игоря Сомова" (genitive) is "Игорь Сомов" ("Пабло
    Кордова" in the nominative stays)."""
    words = name.split(" ")
    last = words[-1]
    if len(words) > 1 and gender == "Fem" and words[0][-1:] in "ая" and (accusative := FEMININE_ACCUSATIVE.search(last)):
        words[-1] = last[: accusative.start()] + (accusative.group(1) + "а" if accusative.group(1)
                                                  else accusative.group(2) + "ая")
        return " ".join(words)
    if len(words) > 1 and gender == "Masc" and case in ("Gen", "Acc") and words[0][-1:] not in "ая" \
            and MASCULINE_GENITIVE.search(last):
        words[-1] = last[:-1]
        return " ".join(words)
    if len(words) > 1 and gender == "Masc" and case == "Ins" and MASCULINE_INSTRUMENTAL.search(last):
        words[-1] = last[:-2]  # "с Игорем Сомовым": "Игорь Сомов"
        return " ".join(words)
    match = FEMININE_OBLIQUE.search(last)
    if not match:
        return name
    if match.group(2) and not (len(words) > 1 and words[0][-1:] in "ая"):
        return name  # "Трубецкой" is a man's name; "Анна Трубецкой" is not
    stem = last[: match.start()]
    words[-1] = stem + (match.group(1) + "а" if match.group(1) else match.group(2) + "ая")
    return " ".join(words)


def kept_feminine(normal: str, written: str) -> str:
    """A woman's first name in the nominative keeps her surname as written: "Валентина Кравцова",
    the surname read as a man's genitive, is not "Валентина Кравцов"."""
    words, marks = normal.split(" "), written.split()
    if len(words) == len(marks) >= 2 and FEMININE_NOMINATIVE.search(marks[-1]) \
            and marks[-1].lower().startswith(words[-1].lower()):
        words[-1] = marks[-1]
    return " ".join(words)


def of_gender(surname: str, gender: str) -> str:
    """A man's surname as a woman's, for ``gender`` "femn" ("смирнов" -> "смирнова",
    "политковский" -> "политковская", "толстой" -> "толстая"; "шмидт" stays)."""
    if gender != "femn":
        return surname
    if surname.endswith(("ый", "ий", "ой")):
        return surname[:-2] + "ая"
    return surname + "а" if surname.endswith(("ов", "ев", "ёв", "ин", "ын")) else surname


def is_patronymic(word: str, morph_vocab) -> bool:
    """"Фёдорович", "Ивановна"; not "Абрамович", which the dictionary also knows as a surname."""
    tags = [parse.tag for parse in morph_vocab.parse(word)]
    return any("Patr" in tag for tag in tags) and not any("Surn" in tag for tag in tags)
