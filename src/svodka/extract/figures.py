"""Figures: how many, of what, claimed by whom.

A figure is an amount (``numbers.read``) with its qualifier, the noun it counts
(normal form, with the genitive phrase after it: "сотрудник силовых
структур"), a category from the nearest word of the bundled list
(data/figures.txt) in the dependency parse, and the statement whose content
holds it.  Dates and times (found first), years, ages ("23-летний"), ordinals
("14-й"), clock times and scores ("17:00", "14:0"), numbers of laws, articles
and items ("ст. 20.2", "№ 4"), phone numbers and names with digits ("COVID-19")
are not figures.
"""
from __future__ import annotations

import re

from natasha import Doc
from natasha.doc import DocToken

from ..data import FIGURES, table
from ..records import Figure, Statement, Time
from . import numbers
from .parsed import subtree
from .words import YEARS, lemma, whole, yo

NOT_AFTER = {"№", "n", "ст", "ст.", "статья", "статьи", "статьей", "статье", "ч", "ч.", "часть", "части", "п",
             "п.", "пункт", "пункта", "пунктом", "номер", "номером", "дом", "дома", "+", "тел", "тел.", "калибра",
             "калибр", "/", "модели", "версии", "частью", "статьей", "статьёй", "пункту", "пунктам", "пунктов"}
RANGE_DASH = re.compile(r"^(\d+(?:[.,]\d+)?)[–—-](\d+(?:[.,]\d+)?)$")
# Counted in these, a figure is an amount of money or a measure, never casualties or damage.
MEASURES = {"рубль", "доллар", "евро", "юань", "тенге", "гривна", "фунт", "иена", "процент", "метр", "километр",
         "сантиметр", "тонна", "килограмм", "литр", "гектар", "балл", "градус", "раз", "место"}
# units written short ("250 км", "5 тыс. руб.", "4 кг кокаина"): counted as the unit itself
UNIT_ABBREVIATIONS = {"км": "километр", "кг": "килограмм", "руб": "рубль", "долл": "доллар", "га": "гектар",
                      "см": "сантиметр", "мм": "миллиметр", "кв": "квадратный"}
DURATIONS = {"год", "месяц", "неделя", "день", "сутки", "час", "минута", "секунда", "век", "десятилетие", "ночь",
             "утро", "вечер"}
# "частью 3 статьи 30", "по трём статьям УК": parts of laws are not amounts of anything
LEGAL = {"статья", "часть", "пункт", "глава", "подпункт", "фз"}  # "184 ФЗ": a federal law's number
# "выросло до девяти", "сократилось до пяти": the new value, not an upper bound
CHANGES = {"вырасти", "возрасти", "увеличиться", "сократиться", "снизиться", "уменьшиться", "достигнуть",
           "дойти", "подняться", "упасть", "опуститься"}
EXCEEDS = {"превышать", "превысить"}
# "на площадь пришли 5 000 человек", "вышли на митинг", "приняли участие": people who came out
# are a crowd; "пришли к выводу", "вышли из больницы", "ДТП с участием трёх автомобилей" are not
# (which is why прийти, выйти and участие are not in the list)
_CAME = r"(?:пришл|пришё|вышл|выше|собрал)\w*"
_TO = (r"(?<!\w)(?:на\s+(?:\S+\s+)?(?:площад|улиц|митинг|акци|шестви|пикет|демонстраци|марш|протест)\w*"
       r"|(?:к|у)\s+(?!вывод|мнени|соглашени|решени|согласи|финиш)\w+)")
GATHERED = re.compile(rf"{_CAME}\s+(?:\S+\s+){{0,6}}?{_TO}|{_TO}\s+(?:\S+\s+){{0,3}}?{_CAME}"
                      r"|принял\w*\s+участие|участие\s+(?:\S+\s+){0,3}?принял", re.IGNORECASE)
# "за медицинской помощью обратились 12 человек": people who sought care were hurt
SOUGHT_CARE = re.compile(r"обрат\w+\s+(?:\S+\s+){0,2}?за\s+(?:медицинской\s+|мед)?помощ|"
                         r"за\s+(?:медицинской\s+|мед)?помощью\s+(?:\S+\s+){0,2}?обрат", re.IGNORECASE)
# "судьба ещё 12 человек неизвестна": missing
FATE_UNKNOWN = re.compile(r"судьб\w*\s+(?:\S+\s+){0,5}?неизвестн|неизвестн\w*\s+(?:\S+\s+){0,2}?судьб"
                          r"|местонахождени\w*\s+(?:\S+\s+){0,5}?не\s+(?:установлен|известн)", re.IGNORECASE)
# phrases that say what happened to people where no single word of the list does
PHRASES = ((GATHERED, "participants"), (SOUGHT_CARE, "injured"), (FATE_UNKNOWN, "missing"))
PEOPLE = {"человек", "житель", "горожанин", "гражданин", "сторонник", "активист", "студент", "рабочий", "пациент",
          "пассажир", "ребенок", "жилец"}
# "повлёкшем смерть двух и более лиц": the wording of a criminal article, not a count
LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
LAW_WORDING = re.compile(r"\s+(?:и|или)\s+более\s+лиц", re.IGNORECASE)
BOTH = {"оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими", "обеими"}
CURRENCIES = {"$": "доллар", "£": "фунт", "€": "евро", "¥": "иена", "₽": "рубль"}
MONTH_WORDS = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
               "ноября", "декабря"}
MONTH_LEMMAS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                "ноябрь", "декабрь"}
MAX_ANCESTORS = 4
WINDOW = 6


def extract(doc: Doc, statements: list[Statement], times: list[Time], vocab, doc_id: str = "") -> list[Figure]:
    text = doc.text
    # numbers inside times and inside links ("rbc.ru/rbcfreenews/58e344f09a79471002e253af") count nothing
    busy = [(t.start, t.end) for t in times] + [m.span() for m in LINK.finditer(text)]
    figures: list[Figure] = []
    for sent in doc.sents:
        tokens = sent.tokens
        children: dict[str, list[DocToken]] = {}
        for t in tokens:
            children.setdefault(t.head_id, []).append(t)
        by_id = {t.id: t for t in tokens}
        i = 0
        while i < len(tokens):
            found = _figure_at(text, tokens, i, busy, vocab)
            if found is None:
                i += 1
                continue
            first, end = found.start, found.end
            number = tokens[end - 1]
            head, obj = _object(tokens, end, vocab)
            unit = _noun(head, vocab) if head is not None and head.text != "%" else None
            if obj is None and tokens[first].text.lower() in BOTH:
                i = end  # "оба" alone points back at two already named; "оба водителя" counts
                continue
            currency = CURRENCIES.get(tokens[first - 1].text) if first else None
            if currency and obj is None:  # "£120 млн", "$1,7 млрд"
                obj = unit = currency
                first -= 1
            # "в двух километрах от села": where something is, not an amount of it; two distances
            # to two places are no disagreement (annotators differ: check3, check4, check6 count them)
            distance = unit in ("километр", "метр") and any(t.text.lower() == "от" for t in tokens[end + 1 : end + 4])
            if unit in DURATIONS or unit in LEGAL or distance or LAW_WORDING.match(text, tokens[end - 1].stop) \
                    or end < len(tokens) and tokens[end].text.lower().startswith(("стать", "част")):
                i = end  # "три года", "статьи 20", "в 3 км от берега": a duration, a law's part, a place
                continue
            category = "other" if unit in MEASURES else _category(tokens, by_id, children, number, head, vocab)
            span = (tokens[first].start, tokens[end - 1].stop)
            if category == "other" and obj in PEOPLE:
                category = next((c for phrase, c in PHRASES if phrase.search(sent.text)), category)
            if FATE_UNKNOWN.search(clause(text, span, (sent.start, sent.stop))):
                category = "missing"  # "погибли семь человек, судьба ещё 12 неизвестна": the 12 are missing
            previous = figures[-1] if figures and figures[-1].sentence[0] == sent.start else None
            if category == "other" and previous and _listed(tokens, previous.end, span[0]):
                category = previous.category  # "150 человек, 8 единиц бронетехники и 11 автомобилей"
            if category == "other" and (obj is None or found.qualifier == "approximate" or end == i + 1 and _one(tokens[i])
                                        or tokens[first].text.lower() in BOTH and head.feats.get("Animacy") != "Anim"):
                # counts nothing we can name: "звенья одной цепи", "несколько волн"; "для обеих
                # сторон" is the two things already named, not an amount reported ("оба гражданина" is)
                i = end
                continue
            statement = next((s.id for s in statements if s.content.start <= span[0] and span[1] <= s.content.end), None)
            figures.append(Figure(
                doc=doc_id, id=f"f{len(figures) + 1}", start=span[0], end=span[1], text=text[span[0] : span[1]],
                value=found.value, low=found.low, high=found.high, qualifier=found.qualifier,
                object=obj, category=category, statement=statement, sentence=(sent.start, sent.stop),
            ))
            i = end
    return figures


def _figure_at(text, tokens, i, busy, vocab) -> numbers.Amount | None:
    t = tokens[i]
    if any(a <= t.start < b for a, b in busy):
        return None
    dashed = RANGE_DASH.match(t.text)
    if not (numbers.DIGITS.match(t.text) or dashed or numbers.may_be_number(t)):
        return None
    if not (numbers.DIGITS.match(t.text) or dashed or numbers.word_value(t, vocab) is not None
            or numbers.is_vague(t, vocab) or lemma(t, vocab) in numbers.FRACTIONS):
        return None
    if numbers.DIGITS.match(t.text) and len(t.text) > 9:
        return None  # an identifier (a document number in a link), not an amount
    before = tokens[i - 1].text.lower() if i else ""
    if before == "." and i >= 2 and tokens[i - 2].text.lower() + "." in NOT_AFTER:
        before = tokens[i - 2].text.lower() + "."  # "ч. 2 ст. 216"
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if before in ("«", "„", '"') and after[:1].isupper():
        return None  # a name: «112 Украина»
    digit_before = i >= 2 and tokens[i - 2].text[:1].isdigit()
    if before in NOT_AFTER or before == ":" and digit_before \
            or after == ":" and i + 2 < len(tokens) and tokens[i + 2].text[:1].isdigit():
        return None  # "ст. 20.2", "14:0", "17:00"
    if i + 1 < len(tokens) and after[:1].isupper() and tokens[i + 1].pos in ("VERB", "ADJ", "DET", "PRON", "ADV") \
            and numbers.DIGITS.match(t.text):
        return None  # "постановляю 1 Отрешить …", "2 Настоящий Указ …": an item's number, not a count
    if after in ("-", "–") and i + 2 < len(tokens) and not tokens[i + 2].text[:1].isdigit():
        return None  # "14-й" split by the tokenizer
    if t.text.lower() in ("один", "одна", "одно", "одного", "одной", "одним", "одном") and after == "из":
        return None  # "один из собеседников" names one of them, it counts nothing
    if numbers.DIGITS.match(t.text) and len(t.text) == 4 and int(float(t.text.replace(",", "."))) in YEARS \
            and after.lower().startswith(("г", "год")):
        return None
    if dashed:
        if after.lower() in MONTH_WORDS or numbers.word_value(tokens[i + 1], vocab) is None and \
                lemma(tokens[i + 1], vocab) in MONTH_LEMMAS if i + 1 < len(tokens) else False:
            return None  # "12-13 октября": two days
        low, high = (_number(g) for g in dashed.groups())
        end = i + 1
        if end < len(tokens) and numbers.is_scale(tokens[end], vocab):  # "20-30 тыс. рублей"
            low, high = numbers.scaled(low, tokens[end], vocab), numbers.scaled(high, tokens[end], vocab)
            end += 2 if end + 1 < len(tokens) and tokens[end + 1].text == "." else 1
        return numbers.Amount(i, end, None, low, high, "range")
    read = numbers.read(tokens, i, text, vocab)
    if read is None:
        return None
    end, value = read
    first, qualifier = numbers.qualifier_before(tokens, i)
    if qualifier == "exact" and i and tokens[i - 1].text.lower() in ("в", "во", "на"):
        across, qualifier = numbers.qualifier_before(tokens, i - 1)  # "примерно в 40 городах"
        first = across if qualifier != "exact" else first
    if before == "из" and i >= 2 and (numbers.word_value(tokens[i - 2], vocab) or 0) >= 2:
        return None  # "три из десяти": the ten is the whole a share is taken of ("один из пяти кланов" counts)
    if qualifier == "up_to" and first and lemma(tokens[first - 1], vocab) in CHANGES:
        qualifier = "exact"  # "выросло до девяти" is nine, not "up to nine"
    if qualifier == "exact" and first and lemma(tokens[first - 1], vocab) in EXCEEDS:
        qualifier = "more_than"  # "ущерб превышает 600 тысяч рублей"
    if value is None and qualifier != "exact" and lemma(t, vocab) == "тысяча":
        value = 1000  # "более тысячи человек"; but "тысячи людей" stays vague
    if value is None:
        return numbers.Amount(first, end, None, None, None, "approximate")
    dash = end + 1 < len(tokens) and tokens[end].text in "–—-" and tokens[end].start == tokens[end - 1].stop
    if (before == "от" and end + 1 < len(tokens) and tokens[end].text.lower() == "до") or dash:
        second = numbers.read(tokens, end + 1, text, vocab)
        if second and second[1] is not None:
            # "от 10 до 20 тысяч": the scale of the upper bound is the lower one's too
            scale = next((t for t in tokens[end + 1 : second[0]] if numbers.is_scale(t, vocab)), None)
            if scale is not None and not any(numbers.is_scale(t, vocab) for t in tokens[i:end]):
                value = numbers.scaled(value, scale, vocab)
            return numbers.Amount(i if dash else i - 1, second[0], None, value, second[1], "range")
    if qualifier == "exact" and before == "от":
        qualifier = "more_than"  # "зарплаты от 5 тыс. рублей": a lower bound
        first = i - 1
    low = value if qualifier in ("more_than",) else None
    high = value if qualifier in ("less_than", "up_to") else None
    return numbers.Amount(first, end, value, low, high, qualifier)


def clause(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> str:
    """The words between the punctuation marks around a figure."""
    start = max([sentence[0]] + [text.rfind(mark, sentence[0], span[0]) + 1 for mark in ",;:—"])
    ends = [i for i in (text.find(mark, span[1], sentence[1]) for mark in ",;:—") if i >= 0]
    return text[start : min(ends, default=sentence[1])]


def _breaks(tokens: list[DocToken], n: int) -> bool:
    """A clause boundary; not the dash of a route or a pair of names ("трасса Черемшанск — Полынск")."""
    text = tokens[n].text
    if text in "—–" and 0 < n < len(tokens) - 1:
        return not (tokens[n - 1].text[:1].isupper() and tokens[n + 1].text[:1].isupper())
    return text in ",;:—–()"


def _one(token: DocToken) -> bool:
    return token.text.lower().startswith(("один", "одн"))


def _listed(tokens: list[DocToken], after: int, before: int) -> bool:
    """Only nouns, adjectives, commas and "и" between two figures: one list."""
    between = [t for t in tokens if after <= t.start < before]
    return all(t.pos in ("NOUN", "PROPN", "ADJ", "NUM", "CCONJ", "PUNCT") and t.text not in ".;:" for t in between)


def _number(text: str) -> int | float:
    return whole(float(text.replace(",", ".")))


def _object(tokens: list[DocToken], end: int, vocab) -> tuple[DocToken | None, str | None]:
    """The counted noun after the number, in normal form, with the genitive phrase after it;
    a participle standing for a noun counts too ("34 задержанных" -> "задержанный")."""
    k, adjectives = end, []
    while k < len(tokens) and _attributive(tokens[k]) and len(adjectives) < 3:
        adjectives.append(tokens[k])
        k += 1
    if k < len(tokens) and tokens[k].text == "%":
        # "12,5% акций банка": the percentage is the unit, the shares what is counted
        tail = _genitive_tail(tokens, k + 1)
        return tokens[k], " ".join(["процент"] + tail)
    if k >= len(tokens) or tokens[k].pos not in ("NOUN", "PROPN"):
        if adjectives:
            head = adjectives[-1]
            return head, " ".join(_agree(a, head, vocab) for a in adjectives)
        return None, None
    head = tokens[k]
    words = [_agree(a, head, vocab) for a in adjectives] + [_noun(head, vocab)]
    return head, " ".join(words + _genitive_tail(tokens, k + 1))


def _genitive_tail(tokens: list[DocToken], k: int) -> list[str]:
    """The genitive phrase from ``tokens[k]`` on, as written ("акций банка")."""
    tail = []
    for t in tokens[k : k + 4]:
        if t.pos in ("NOUN", "PROPN", "ADJ") and t.feats.get("Case") == "Gen":
            tail.append(t.text)
        else:
            break
    if tail and tokens[k - 1 + len(tail)].pos == "ADJ":
        tail = tail[:-1]  # an adjective must end on its noun
    return tail


def _attributive(token: DocToken) -> bool:
    """An adjective or a full participle ("пострадавших"), not a short form ("признаны", "неизвестна")."""
    if token.feats.get("Variant") == "Short":
        return False
    return token.pos in ("ADJ", "DET") or token.pos == "VERB" and token.feats.get("VerbForm") == "Part"


def _noun(token: DocToken, vocab) -> str:
    """Normal form of a noun; a substantivised participle ("пострадавших"), which the
    lemmatiser turns into its verb, as "пострадавший"."""
    short = UNIT_ABBREVIATIONS.get(token.text.lower().rstrip("."))
    if short:
        return short
    normal = lemma(token, vocab)
    if not normal.endswith(("ть", "ться", "ти", "чь")):
        return normal
    for parse in vocab.parse(token.text.lower()):
        if parse.tag.POS == "NOUN":
            return yo(parse.normal_form)
        if parse.tag.POS in ("ADJF", "PRTF"):
            form = parse.inflect({"Nom", "Sing", "Masc"})
            return yo(form.word if form else parse.normal_form)
    return lemma(token, vocab)


def _agree(adjective: DocToken, noun: DocToken, vocab) -> str:
    """"полицейских авто" -> "полицейский" agreeing with the noun's gender in the nominative."""
    gender = noun.feats.get("Gender") if noun is not adjective else "Masc"
    for parse in vocab.parse(adjective.text.lower()):
        if parse.tag.POS in ("ADJF", "PRTF"):
            form = parse.inflect({"Nom", "Sing", gender} if gender else {"Nom", "Sing"})
            if form:
                return yo(form.word)
    return lemma(adjective, vocab)


def _category(tokens, by_id, children, number: DocToken, head: DocToken | None, vocab) -> str:
    """What happened to what is counted, looked for in this order: the verb the amount
    belongs to and its own words ("двое пострадавших скончались", "1 300 получили
    ранения"); the counted noun ("16 погибших"); the rest of its clause ("около 500 авто
    было сожжено" after "разграблено более 100 …"); further up the parse; nearby words."""
    words = table(FIGURES)
    node, ancestors = head or number, []
    for _ in range(MAX_ANCESTORS):
        parent = by_id.get(node.head_id)
        if parent is None:
            break
        ancestors.append(parent)
        node = parent
    verb = next((a for a in ancestors if a.pos in ("VERB", "AUX")), None)
    index = {t.id: n for n, t in enumerate(tokens)}
    at = index[number.id]
    lo, hi = at, at
    while lo > 0 and not _breaks(tokens, lo - 1):
        lo -= 1
    while hi + 1 < len(tokens) and not _breaks(tokens, hi + 1):
        hi += 1
    # the words that describe the counted noun do not say what happened to it:
    # "жителей затопленных районов" counts people, not flooded districts
    own = set(subtree(children, head)) if head is not None else {number.id}
    predicate = [verb] + [c for c in children.get(verb.id, []) if c.id not in own] if verb else []
    around = ancestors + [c for a in ancestors for c in children.get(a.id, [])]
    groups = (
        [t for t in predicate if lo <= index[t.id] <= hi],
        [head] if head is not None else [],
        tokens[lo : hi + 1],
        around,
        tokens[max(0, at - WINDOW) : at + WINDOW],
    )
    for group in groups:
        # nearest first; at equal distance the word after the amount ("пять получили ранения")
        for t in sorted(group, key=lambda t: (abs(index[t.id] - at), index[t.id] < at)):
            category = None if t.id in own and t is not head or t is head and lemma(t, vocab) in AGENTS \
                else words.get(lemma(t, vocab))  # "двоих убийц" counts killers, not the killed
            if category == "deployed" and not _deployable(head, vocab):
                continue  # "отправил жене 33 смс": messages are sent, not deployed
            if category:
                return category
    return "other"


AGENTS = {"убийца"}  # says what happened to whom they killed, not to themselves
# what is deployed besides people: units, vehicles, equipment ("направили 12 единиц техники");
# lemmas with е for ё, as ``lemma`` gives them
DEPLOYABLE = {"единица", "техника", "машина", "автомобиль", "самолет", "вертолет", "судно", "корабль", "катер", "танк",
              "бронетехника", "подразделение", "батальон", "рота", "бригада", "расчет", "экипаж", "отряд", "группа", "лодка",
              "наряд", "борт", "дрон", "беспилотник", "поезд", "автобус"}


def _deployable(head: DocToken | None, vocab) -> bool:
    return head is None or head.feats.get("Animacy") == "Anim" or lemma(head, vocab) in DEPLOYABLE
