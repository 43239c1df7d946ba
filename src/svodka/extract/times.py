"""Times: dates and relative expressions, resolved to calendar values.

Explicit dates come from natasha's yargy grammar (``DatesExtractor``: "2 января
2022 года", "в марте 2020 года", "в 2019 году", "10 января"); month names and
relative expressions ("накануне", "в ту же ночь", "на следующий день", "в
понедельник", "вчера", "в прошлом году") from the patterns below.  They are then
resolved in text order:

- a full date is ``explicit``;
- a day and month take the year of the nearest full date in the text, not one a
  span starts or ends at ("с декабря 2015 года") (``document``), failing that of the
  publication date (``published``), failing that of a bare year named earlier in the
  same paragraph;
- "в ту же ночь", "к вечеру того же дня", "на следующий день", "накануне" count
  from the time before them (``previous_time``), or from the publication date;
- "вчера", "сегодня", a weekday, "в прошлом году" count from the publication date.

What cannot be resolved keeps ``value`` null, so a reader still sees it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from natasha import DatesExtractor, Doc

from ..records import Time
from .numbers import NUMERALS
from .words import YEARS as PLAUSIBLE_YEARS

# Month and weekday names: written once here, every pattern below is built from them.
MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
MONTH_FORMS = (r"январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|"
               r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]")
# the forms after "в"/"во" ("в среду"), Monday first
WEEKDAY_FORMS = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
WEEKDAYS = {form: n for n, form in enumerate(WEEKDAY_FORMS)}
WEEKDAY_WORDS = "|".join(WEEKDAY_FORMS)

# "в марте", "до мая", "в конце июня": a month with its preposition (a bare "Май" may be a name)
MONTH = re.compile(
    rf"\b(?:в|во|с|до|к|на|по|в\s+конце|в\s+начале|в\s+середине)\s+({MONTH_FORMS})\b", re.IGNORECASE,
)
YEAR = r"(?:1[89]\d\d|20\d\d)"
# Years without "год" next to them: "2009, 2011, 2012 и 2014 годы", "с 1995 по 2003 год",
# and in parentheses "(2003)", "(1903 — физика, 1911 — химия)".
LISTED_YEAR = re.compile(rf"\b{YEAR}\b(?=(?:\s*(?:,|и|–|—|-|по)\s*{YEAR})+\s+(?:год|гг))")
PARENS = re.compile(r"\([^()]{1,120}\)")
YEAR_IN_PARENS = re.compile(rf"(?<![\d.,]){YEAR}(?!\d)(?=\s*(?:,|\)|[—–-]\s|и\s))")
NUMERIC_SHORT = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2}$")
WEEKDAY = re.compile(rf"\b(?:в|во)\s+({WEEKDAY_WORDS})\b", re.IGNORECASE)
# pattern -> (days from the reference, which reference)
RELATIVE = [
    (r"в\s+(?:ту|тот|то)\s+же\s+(?:ночь|день|вечер|утро)", 0, "previous_time"),
    (r"(?:к|до)\s+(?:вечеру|утру|ночи|концу)\s+(?:того\s+же|этого)\s+дня", 0, "previous_time"),
    (r"тем\s+же\s+(?:вечером|утром|днём|днем)", 0, "previous_time"),
    (r"(?:вечером|утром|днём|днем|ночью)\s+(?:того\s+же|этого)\s+дня", 0, "previous_time"),
    (r"на\s+следующ(?:ий|ее|ую)\s+(?:день|утро|ночь)|наутро", 1, "previous_time"),
    (r"накануне(?!\s+(?:вечером|утром)?\s*\d)", -1, "previous_time"),
    (r"позавчера", -2, "published"),
    (r"вчера", -1, "published"),
    (r"сегодня|на\s+сегодняшний\s+день", 0, "published"),
    (r"завтра", 1, "published"),
]
RELATIVE_RE = [(re.compile(r"\b(?:" + p + r")\b", re.IGNORECASE), d, a) for p, d, a in RELATIVE]
# "в мае прошлого года", "в марте этого года": the year counts from the publication date
YEAR_AFTER_MONTH = re.compile(r"^\s+(прошлого|позапрошлого|этого|текущего|нынешнего|следующего|будущего)\s+года\b",
                              re.IGNORECASE)
YEAR_WORDS = {"позапрошлого": -2, "прошлого": -1, "этого": 0, "текущего": 0, "нынешнего": 0, "следующего": 1,
              "будущего": 1}
FROM_WORDS = "words"  # a shift read from the expression's words (YEAR_WORDS)
YEARS = [
    (re.compile(r"\bв\s+(?:начале|конце|середине)\s+(?:прошлого|этого|текущего|нынешнего)\s+года\b",
                re.IGNORECASE), FROM_WORDS),
    (re.compile(r"\bв\s+прошлом\s+году\b", re.IGNORECASE), -1),
    (re.compile(r"\bв\s+том\s+же\s+году\b", re.IGNORECASE), None),
    (re.compile(r"\bв\s+(?:этом|нынешнем|текущем)\s+году\b", re.IGNORECASE), 0),
    (re.compile(r"\bв\s+следующем\s+году\b", re.IGNORECASE), 1),
    # "летом прошлого года": the season's year ("летом следующего года" after "в 2019 году" is
    # 2020, the year after the one told: left out)
    (re.compile(r"\b(?:летом|зимой|весной|осенью)\s+(?:позапрошлого|прошлого|этого|текущего|нынешнего)"
                r"\s+года\b", re.IGNORECASE), FROM_WORDS),
]
SHIFTS = {"позапрошл": -2, "прошл": -1, "минувш": -1, "эт": 0, "текущ": 0, "нынешн": 0, "следующ": 1, "будущ": 1}
SHIFT_WORDS = r"(позапрошл|прошл|минувш|эт|текущ|нынешн|следующ|будущ)(?:ом|ей|ой)"
# "в прошлом месяце", "на прошлой неделе": counted from the publication date
MONTH_AGO = re.compile(rf"\bв\s+{SHIFT_WORDS}\s+месяце\b", re.IGNORECASE)
WEEK_AGO = re.compile(rf"\bна\s+{SHIFT_WORDS}\s+неделе\b", re.IGNORECASE)
# "в прошлом октябре": that month a year before
LAST_MONTH_NAMED = re.compile(rf"\bв\s+прошлом\s+({MONTH_FORMS})\b", re.IGNORECASE)


# "два года назад", "около года назад", "10 лет назад", "полгода назад": counted back from the
# publication date; "несколько месяцев назад", "на днях" are times too, of no fixed value
UNITS = r"(?:год|года|лет|месяц|месяца|месяцев|неделю|недели|недель|день|дня|дней|сутки|суток)"
QUALIFIERS = ("около", "примерно", "почти", "более", "менее", "свыше", "больше", "меньше")
AGO = re.compile(rf"\b(?:(?:{'|'.join(QUALIFIERS)})\s+)?(?:(\d{{1,3}}|[а-яё]+)\s+)?({UNITS}|полгода)\s+назад\b",
                 re.IGNORECASE)
SINGULAR_UNITS = {"год", "месяц", "неделю", "день", "сутки", "полгода"}
ONE_UNIT_AFTER = {"года", "месяца", "недели", "дня", "суток"}  # "около года": one, in the genitive
# the counts a unit "назад" takes in the nominative or accusative: "две недели", "одну неделю"
COUNT_FORMS = {"одну": 1, "одна": 1, "две": 2, "обе": 2}
VAGUE_COUNTS = {"несколько", "нескольких", "пару", "много", "считанные"}
RECENTLY = re.compile(r"\bна\s+днях\b", re.IGNORECASE)
# "в 1990-х годах", "в начале 90-х", "1980-е годы": a decade, a time of no day, month or year
DECADE = re.compile(r"(?<![\d.,])(?:1[89]|20)?\d0-(?:х|е|ых)(?:\s+(?:годах|годов|годы|гг\.?))?(?![\w-])"
                    r"(?!\s+числ)", re.IGNORECASE)  # not "в 20-х числах марта"


def _span_of_time(count: str | None, unit: str) -> tuple[str, int] | None:
    """("year"|"month"|"day", how many) for "два года", "полгода", "10 дней", "год"; None when
    the count is vague ("несколько лет", "сотни лет"), in another case ("около трёх лет") or
    missing before a plural ("лет назад")."""
    unit = unit.lower()
    if unit == "полгода":
        return ("month", 6) if count is None else None
    if count is None:
        number = 1 if unit in SINGULAR_UNITS else None
    else:
        number = int(count) if count.isdigit() else COUNT_FORMS.get(count.lower(), NUMERALS.get(count.lower()))
    if not isinstance(number, int) or number <= 0:
        return None
    if unit.startswith(("год", "лет")):
        return "year", number
    if unit.startswith("месяц"):
        return "month", number
    return "day", number * 7 if unit.startswith("недел") else number


@dataclass
class _Found:
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    shift: int | None = None  # days from a reference
    reference: str | None = None  # previous_time | published
    weekday: int | None = None
    year_shift: int | None = None
    month_shift: int | None = None
    week_shift: int | None = None  # "на прошлой неделе": -1
    forward: bool = False  # a weekday or month in the future: the next one, not the last
    ago: bool = False  # "два года назад": counts back from a publication date only, not from a date line


@lru_cache(maxsize=2)
def _dates(morph_vocab) -> DatesExtractor:
    return DatesExtractor(morph_vocab)  # the pipeline's dictionary, not a second copy


def extract(doc: Doc, morph_vocab, published: str | None = None, doc_id: str = "") -> list[Time]:
    """Times of the parsed ``doc``; a weekday looks forward when its verb is in the future
    ("в понедельник президент поручит …")."""
    text = doc.text
    found = _explicit(text, morph_vocab) + _patterns(text)
    for f in found:
        if f.weekday is not None or f.month and f.year is None:
            f.forward = _future_verb(doc, f.end)
        if f.month and f.year is None:
            m = YEAR_AFTER_MONTH.match(text[f.end : f.end + 30])
            if m:
                f.end, f.year_shift, f.reference = f.end + m.end(), YEAR_WORDS[m.group(1).lower()], "published"
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[_Found] = []
    for f in found:  # an expression inside a longer one is part of it
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    for f in kept:
        _widen(text, f)
    given = _published(published)
    if given:
        times = _resolve(text, kept, given, "published")
    else:
        line = _dateline(text, kept)
        times = _resolve(text, kept, line[0] if line else None, "document", since=line[1] if line else 0)
    sentences = [(s.start, s.stop) for s in doc.sents]
    return [replace(t, doc=doc_id, sentence=_sentence(sentences, t.start)) for t in times]


def _sentence(sentences: list[tuple[int, int]], position: int) -> tuple[int, int]:
    k = bisect_right(sentences, (position, 1 << 62)) - 1
    return sentences[k] if k >= 0 else (position, position)


# What belongs to a date on its left and right: "в начале 2017 года", "В воскресенье,
# 11 июня", "с 27 апреля", "В 1979–1980 годы", "в ноябре-декабре" (the span is as a
# reader would quote it; the value is the date's own).
LEFT = [
    re.compile(r"(?:\b(?:в|во)\s+(?:начале|конце|середине|течение)|\b(?:в|во|с|со|на|до|к|ко|по|от|к\s+концу))\s+$",
               re.IGNORECASE),
    re.compile(rf"\b(?:в|во)\s+(?:{WEEKDAY_WORDS})\s*,\s*$", re.IGNORECASE),
    re.compile(r"\b\d{4}\s*[–—-]\s*$"),
]
RIGHT = re.compile(rf"^[–—-](?:{MONTH_FORMS})\w*", re.IGNORECASE)


def _widen(text: str, f: _Found) -> None:
    if f.reference in ("previous_time", "published") and f.weekday is None and f.year_shift is None:
        return  # "накануне", "вчера": nothing to add
    widened = True
    while widened:
        widened = False
        for pattern in LEFT:
            m = pattern.search(text, max(0, f.start - 40), f.start)
            if m and m.end() == f.start and m.start() < f.start:
                f.start, widened = m.start(), True
    m = RIGHT.match(text[f.end : f.end + 15])
    if m and not re.match(r"\s+\d", text[f.end + m.end() : f.end + m.end() + 3]):
        f.end += m.end()  # but "в ноябре-декабре 2019 года" leaves "декабре 2019 года" its own


def _explicit(text: str, morph_vocab) -> list[_Found]:
    found = []
    for match in _date_matches(text, morph_vocab):
        fact = match.fact
        if NUMERIC_SHORT.match(text[match.start : match.stop]):
            continue  # "24.03.02" is as often a code as a date
        if fact.year is None and fact.month is None:
            continue
        if fact.year is not None and fact.year not in PLAUSIBLE_YEARS:
            continue
        found.append(_Found(match.start, match.stop, fact.year, fact.month, fact.day))
    covered = [(f.start, f.end) for f in found]
    bare = list(LISTED_YEAR.finditer(text))
    for group in PARENS.finditer(text):
        bare += YEAR_IN_PARENS.finditer(text, group.start(), group.end())
    for m in bare:
        if not any(a <= m.start() < b for a, b in covered):
            found.append(_Found(m.start(), m.end(), int(m.group(0))))
            covered.append((m.start(), m.end()))
    for m in MONTH.finditer(text):
        start = m.start(1)
        if any(a <= start < b for a, b in covered):
            continue
        month = next(i for i, stem in enumerate(MONTHS, 1) if m.group(1).lower().startswith(stem))
        found.append(_Found(start, m.end(1), month=month))
    return found


# Where a date may be: a month name, a year word, digits with dots. The yargy grammar
# is slow on long texts, so it runs only on the stretches around these.
HINT = re.compile(rf"\b(?:{MONTH_FORMS})|\bгод|\bг\.|\dг|\d\.\d", re.IGNORECASE)
REACH = 16
SPAN_BOUND = r"(?:с|со|до|по|начиная\s+с)\s"  # "с декабря 2015 года": where a span starts or ends
DATELINE_SPAN = 10  # years a date line may lie before the latest year its text names (plans, forecasts)
WEEK_REACH = 600  # characters after a full date within which a weekday means a day next to it
MARK = re.compile(rf"{HINT.pattern}|\d+|\bгг?\b", re.IGNORECASE)


@dataclass
class _Match:
    start: int
    stop: int
    fact: object


def _date_matches(text: str, morph_vocab) -> list[_Match]:
    windows: list[list[int]] = []
    for m in HINT.finditer(text):
        start, end = max(0, m.start() - REACH), min(len(text), m.end() + REACH)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    matches, seen = [], set()
    for start, end in windows:
        start, end = _whole_words(text, start, end)  # so that a number is never cut in two
        marks = [(m.start(), m.end()) for m in MARK.finditer(text, start, end)]
        if not any(text[a].isdigit() for a, _ in marks):
            continue  # "в марте", "в прошлом году" are the patterns' work; the grammar needs digits
        # the grammar's dates are made of these marks alone: the words around them only
        # cost parsing time
        start, end = _whole_words(text, marks[0][0], marks[-1][1])
        for match in _dates(morph_vocab)(text[start:end]):
            key = (match.start + start, match.stop + start)
            if key not in seen:
                seen.add(key)
                matches.append(_Match(key[0], key[1], match.fact))
    return matches


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _patterns(text: str) -> list[_Found]:
    found = []
    for pattern, shift, reference in RELATIVE_RE:
        for m in pattern.finditer(text):
            found.append(_Found(m.start(), m.end(), shift=shift, reference=reference))
    for m in WEEKDAY.finditer(text):
        follow = text[m.end() : m.end() + 4]
        if re.match(r"\s*,?\s*\d", follow):
            continue  # "в понедельник, 30 марта": the date says it
        found.append(_Found(m.start(), m.end(), weekday=WEEKDAYS[m.group(1).lower()], reference="published"))
    for m in AGO.finditer(text):
        count, start = m.group(1), m.start()
        if count and not _a_count(count):
            count, start = None, m.start(2)  # "которые год назад": the word before is no count
        elif count and _a_count(_word_before(text, m.start(1))):
            count = "несколько"  # "тридцать пять лет назад": a compound numeral, not read here
        if count is None and m.group(0).split()[0].lower() in QUALIFIERS and m.group(2).lower() in ONE_UNIT_AFTER:
            count = "1"  # "около года назад", "более месяца назад": about one
        found.append(_ago(start, m.end(), count, m.group(2)))
    for pattern in (RECENTLY, DECADE):
        for m in pattern.finditer(text):
            found.append(_Found(m.start(), m.end()))
    for m in MONTH_AGO.finditer(text):
        found.append(_Found(m.start(), m.end(), month_shift=SHIFTS[m.group(1).lower()], reference="published"))
    for m in WEEK_AGO.finditer(text):
        found.append(_Found(m.start(), m.end(), week_shift=SHIFTS[m.group(1).lower()], reference="published"))
    for m in LAST_MONTH_NAMED.finditer(text):
        month = next(k for k, stem in enumerate(MONTHS, 1) if m.group(1).lower().startswith(stem))
        found.append(_Found(m.start(), m.end(), month=month, year_shift=-1, reference="published"))
    for pattern, given in YEARS:
        for m in pattern.finditer(text):
            shift = next(v for w, v in YEAR_WORDS.items() if w in m.group().lower()) if given == FROM_WORDS else given
            found.append(_Found(m.start(), m.end(), year_shift=shift,
                                reference="previous_time" if shift is None else "published"))
    return found


def _a_count(word: str) -> bool:
    word = word.lower()
    return word.isdigit() or word in NUMERALS or word in COUNT_FORMS or word in VAGUE_COUNTS


def _word_before(text: str, position: int) -> str:
    words = text[max(0, position - 30) : position].split()
    return words[-1] if words else ""


def _ago(start: int, end: int, count: str | None, unit: str) -> _Found:
    """A time ``count`` ``unit``s before the publication."""
    span = _span_of_time(count, unit)
    if span is None:
        return _Found(start, end)  # a time, but of no fixed value
    kind, number = span
    shifts = {"year": {"year_shift": -number}, "month": {"month_shift": -number}, "day": {"shift": -number}}[kind]
    return _Found(start, end, reference="published", ago=True, **shifts)


def _future_verb(doc: Doc, position: int) -> bool:
    for sent in doc.sents:
        if sent.start <= position < sent.stop:
            verbs = [t for t in sent.tokens if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"]
            after = [t for t in verbs if t.start >= position] or verbs[::-1]
            if after:
                feats = after[0].feats
                return feats.get("Tense") == "Fut" or feats.get("Tense") == "Pres" and feats.get("Aspect") == "Perf"
    return False


def _dateline(text: str, found: list[_Found]) -> tuple[date, int] | None:
    """Without a publication date, the first full date said in a sentence of the text (not
    in a photo caption, nor decades before the latest year the text names) stands in for
    it: "5 августа 2016 года ФК «Спартак» объявил …", then "Вчера москвичи проиграли …".
    With where it is said: it stands in for what is said after it, not for a "вчера"
    before a date at the foot of the page."""
    latest = max((f.year for f in found if f.year is not None), default=0)
    for f in found:
        if f.year is not None and f.year < latest - DATELINE_SPAN:
            continue  # "Перес родился 2 августа 1923 г." in a text about 2014 is the story's date, not the page's
        if f.year is not None and f.month and f.day:
            line_start = text.rfind("\n", 0, f.start) + 1
            line_end = text.find("\n", f.end)
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if len(line.split()) >= 8:
                day = _day_or_none(f.year, f.month, f.day)
                return (day, line_start) if day else None
    return None


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _resolve(text: str, found: list[_Found], dated: date | None, source: str, since: int = 0) -> list[Time]:
    """``dated`` is the publication date, or the date line standing in for it (then what
    counts from it is anchored to the ``document``, from position ``since`` on)."""
    # the year of a dated event ("2 января 2022 года"), not of background ("основана в 1592 году")
    # (not of one a span starts or ends at: "12 июня" after "13 июня 2018 года … работает с декабря
    # 2015 года" is in 2018)
    years = [(f.start, f.year) for f in found if f.year is not None and f.month
             and not (not f.day and _bounds_a_span(text, f.start))]
    bare = [(f.start, f.year) for f in found if f.year is not None and not f.month]
    times: list[Time] = []
    previous: date | None = None
    last_year: int | None = None
    explicit: tuple[int, date] | None = None  # the last date said in full, and where
    for n, f in enumerate(found, 1):
        value, precision, anchor = None, None, None
        published = dated if f.start >= since else None
        if f.year is not None and f.month and f.day:
            value, precision, anchor = _day(f.year, f.month, f.day), "day", "explicit"
        elif f.year is not None and f.month:
            value, precision, anchor = f"{f.year:04d}-{f.month:02d}", "month", "explicit"
        elif f.year is not None:
            value, precision, anchor = f"{f.year:04d}", "year", "explicit"
        elif f.month:
            if f.year_shift is not None:  # "в мае прошлого года"
                year, anchor = (published.year + f.year_shift, source) if published else (None, None)
            else:
                year, anchor = _year_for(text, f.start, years, bare, published, source)
                from_published = published is not None and not years and year == published.year
                if from_published and not f.forward and (f.month, f.day or 1) > (published.month, published.day):
                    year -= 1  # "в ноябре состоялся митинг" in a March article: last November
            if year is not None:
                value = _day(year, f.month, f.day) if f.day else f"{year:04d}-{f.month:02d}"
                precision = "day" if f.day else "month"
        elif f.ago and source != "published":
            pass  # "около года назад" under a date line may count from the event told, not the line
        elif f.shift is not None:
            base, anchor = (previous, "previous_time") if f.reference == "previous_time" and previous else (published, source)
            if base is not None:
                value, precision = (base + timedelta(days=f.shift)).isoformat(), "day"
            else:
                anchor = None
        elif f.weekday is not None and not f.forward and source == "document" and explicit \
                and f.start - explicit[0] <= WEEK_REACH:
            # Without a publication date: "В понедельник 18 февраля …, а во вторник …" is the
            # named weekday nearest the full date just said (at most three days from it)
            shift = (f.weekday - explicit[1].weekday()) % 7
            day = explicit[1] + timedelta(days=shift if shift <= 3 else shift - 7)
            value, precision, anchor = day.isoformat(), "day", "document"
        elif f.weekday is not None and published is not None:
            if f.forward:
                day = published + timedelta(days=(f.weekday - published.weekday()) % 7 or 7)
            else:
                day = published - timedelta(days=(published.weekday() - f.weekday) % 7)
            value, precision, anchor = day.isoformat(), "day", source
        elif f.reference == "previous_time" and f.shift is None:  # "в том же году"
            year = previous.year if previous else last_year
            if year is not None:
                value, precision, anchor = f"{year:04d}", "year", "previous_time"
        elif f.year_shift is not None and published is not None:
            value, precision, anchor = f"{published.year + f.year_shift:04d}", "year", source
        elif f.month_shift is not None and published is not None:  # "три месяца назад"
            year, month = divmod(published.year * 12 + published.month - 1 + f.month_shift, 12)
            value, precision, anchor = f"{year:04d}-{month + 1:02d}", "month", source
        elif f.week_shift is not None and published is not None:
            # "на прошлой неделе": its month, if the whole week lies in one (a week is no precision of ours)
            monday = published - timedelta(days=published.weekday() - 7 * f.week_shift)
            sunday = monday + timedelta(days=6)
            if (monday.year, monday.month) == (sunday.year, sunday.month):
                value, precision, anchor = f"{monday.year:04d}-{monday.month:02d}", "month", source
        if value is None:
            precision = anchor = None
        elif precision == "day":
            previous = date.fromisoformat(value)
            if f.day and (f.year is not None or _weekday_before(text, f.start) == previous.weekday()):
                # a date said in full ("18 февраля 2013 года"), or with the weekday that its
                # year makes it ("В понедельник 18 февраля", 2013): then the year is right
                explicit = (f.start, previous)
        if value:
            last_year = int(value[:4])
        times.append(Time("", f"t{n}", f.start, f.end, text[f.start : f.end], value, precision, anchor))
    return times


WEEKDAY_BEFORE = re.compile(rf"\b(?:в|во)\s+({WEEKDAY_WORDS})\s*,?\s*$", re.IGNORECASE)
WEEKDAY_OPENING = re.compile(rf"(?:в|во)\s+({WEEKDAY_WORDS})\s*,?\s*\d", re.IGNORECASE)


def _weekday_before(text: str, position: int) -> int | None:
    """The weekday named right before a date ("в понедельник, 18 февраля"), as 0-6; the date
    may have taken it into its own span."""
    m = WEEKDAY_BEFORE.search(text, max(0, position - 20), position) or WEEKDAY_OPENING.match(text, position)
    return WEEKDAYS[m.group(1).lower()] if m else None


def _bounds_a_span(text: str, start: int) -> bool:
    """The time at ``start`` opens or closes a span, its preposition in its words or before them."""
    return bool(re.match(SPAN_BOUND, text[start : start + 12], re.IGNORECASE)
                or re.search(r"(?:^|\s)" + SPAN_BOUND + r"\s*$", text[max(0, start - 12) : start], re.IGNORECASE))


def _year_for(text: str, position: int, years: list[tuple[int, int]], bare: list[tuple[int, int]],
              published: date | None, source: str) -> tuple[int | None, str | None]:
    """Year of a day and month: the nearest dated event, else the publication date,
    else a year named earlier in the same paragraph."""
    if years:
        return min(years, key=lambda y: abs(y[0] - position))[1], "document"
    if published is not None:
        return published.year, source
    paragraph = text.rfind("\n", 0, position)
    earlier = [y for start, y in bare if paragraph < start < position]
    if earlier:
        return earlier[-1], "document"
    return None, None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # "31 февраля": keep the words, claim no date
        return None
