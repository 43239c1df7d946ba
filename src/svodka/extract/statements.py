"""Statements: who said what.

Three constructions, found in this order (a word used by one is not reused):

1. Quotation first, attribution after a dash: «…», — заявил Токаев.       -> direct
2. "According to": По его словам, … / …, по данным МВД.                   -> according_to
3. A finite reporting verb from the lexicon (data/cues.txt), not inside a
   quotation, with its content taken from the dependency parse:
   Токаев заявил, что … / опроверг информацию о том, что … / пообещал
   предоставить … / Однако, добавил он, …                                  -> indirect, or
   mixed when the content holds quoted words; direct after a colon.

Speakers are the subject of the verb (or, for "В МВД заявили", the place
phrase; for "говорится в сообщении МВД", the document's owner), resolved to
entities by speakers.py.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from natasha import Doc
from natasha.doc import DocToken

from ..data import ACCUSATIONS, CUES, ROLES, table, wordlist
from ..records import Entity, Span, Speaker, Statement
from . import quotes as quote_marks
from .numbers import SCALES, VAGUE
from .words import DICTIONARY_GENDERS, fold, yo
from .parsed import PRONOUNS, RELATIVE, SUBJECT_RELS, Parsed, span_of
from .entities import GENERIC_BODIES
from .speakers import (ISSUING, LEGAL_FORMS, ORG_ANAPHORS, PAGES, POSSESSIVE, PRESS_OFFICES, PRONOUN_FORM,
                       STATEMENT_NOUNS, Resolver, outlet)

DASHES = "—–-"
# a line of dialogue after a dash: "— Вы волнуетесь?"
DIALOGUE_LINE = re.compile(r"^[ \t\u00a0]*[—–][ \t\u00a0]*(\S[^\n]*)$", re.MULTILINE)
# a line that says whose words it holds: "— …, — ответила Волкова. — …", "— …, — смеётся он"
SELF_ATTRIBUTED = re.compile(r"[,.!?…]\s*[—–]\s*[а-яё]+(?:л|ла|ли|ет|ит|ют|ят|ёт)(?:ся|сь)?\b")
# an interview's words: who was talked with or asked, who answered ("ответил на вопросы")
INTERVIEWING = {"поговорить", "побеседовать", "беседовать", "расспросить", "спросить", "интервью", "пообщаться",
                "ответить", "отвечать", "вопрос"}
ANSWERING = {"ответить", "отвечать"}
TAKING_INTERVIEWS = {"взять", "брать", "провести", "проводить", "записать", "записывать", "спросить", "спрашивать",
                     "задать", "задавать", "публиковать", "опубликовать", "читать", "расспросить", "расспрашивать",
                     "интервьюировать", "побеседовать", "беседовать", "поговорить"}
CONTINUES = re.compile(r"[\s.]*[—–-]\s*")
ACCORDING_NOUNS = {"слово": "по словам", "данные": "по данным", "мнение": "по мнению",
                   "информация": "по информации", "сведение": "по сведениям", "оценка": "по оценке",
                   "признание": "по признанию", "подсчет": "по подсчетам", "утверждение": "по утверждению",
                   "версия": "по версии", "сообщение": "по сообщению", "заверение": "по заверению",
                   "убеждение": "по убеждению", "формулировка": "по формулировке",
                   "заявление": "по заявлению", "опрос": "по опросам"}
# these name a source only opening a clause, with a comma after it ("По прогнозам синоптиков, …"):
# "переговоры по заключению договора", "фильм по рассказам Шукшина" are no sources
OPENING_ACCORDING = {"прогноз": "по прогнозам", "расчет": "по расчетам", "показание": "по показаниям",
                     "свидетельство": "по свидетельствам", "заключение": "по заключению", "ожидание": "по ожиданиям",
                     "рассказ": "по рассказам", "предположение": "по предположению", "наблюдение": "по наблюдениям"}
ACCORDING_NOUNS |= OPENING_ACCORDING
# "на его взгляд", "на взгляд экспертов" (but not "на словах": "на" takes these nouns only)
ON_NOUNS = {"взгляд": "на взгляд"}
# "согласно данным МВД", "согласно решению суда"
ACCORDING_PREPOSITIONS = {"по", "согласно", "на"}
SOURCES = {"сми", "источник", "эксперт", "аналитик", "свидетель", "очевидец", "пресса"}
# "По последним опросам, …", "согласно апрельским опросам": the polls say it, whoever ran them
POLLS = {"опрос", "соцопрос"}
# where a report appeared is its source: "согласно сообщениям в прессе" (not "по данным на борту")
PUBLISHED_IN = {"пресса", "сми", "газета", "журнал", "издание", "сайт", "блог", "сеть", "соцсеть", "интернет",
                "эфир", "канал", "телеканал", "радио", "печать", "твиттер", "микроблог", "страница", "аккаунт"}
ACCORDING_DOCUMENTS = {"решение", "заявление", "приговор", "постановление", "доклад", "отчет", "прогноз",
                       "исследование", "опрос", "данные", "оценка", "сообщение", "документ", "декларация", "указ"}
DISCOURSE = {"однако", "также", "кроме", "этого", "того", "при", "этом", "вместе", "с", "тем", "и", "а", "но",
             "впрочем", "между", "в", "свою", "очередь", "временем", "напомним", "кстати", "итак", "наконец"}
POINTING = {"этом", "том", "своих", "своем", "своей", "своём", "его", "ее", "её", "их", "них", "нем", "ней"}
# "Такие данные приводит Роспотребнадзор", "Эти цифры привёл министр": the figures of the sentence before
BRINGING = {"привести", "приводить", "высказать", "высказывать", "озвучить", "озвучивать"}  # ("Такое мнение высказал")
DATA_POINTER = re.compile(r"(?:(?:такие|эти|подобные|приведенные)(?: \w+)? (?:данные|цифры|сведения|оценки|результаты"
                          r"|подсчеты|прогнозы|выводы|расчеты)|(?:такой|этот|подобный)(?: \w+)? (?:прогноз|вывод|расчет)"
                          r"|(?:такая|эта|подобная)(?: \w+)? оценка|(?:такую|эту|подобную)(?: \w+)? оценку"
                          r"|(?:такое|это|подобное)(?: \w+)? (?:мнение|заявление|предположение|утверждение))\b")
ANAPHORIC_CONTENT = {"об этом", "о том", "это", "об этом же", "так"}  # ("Так заявила глава облизбиркома")
# "подтвердил эту информацию": the claim is the one the placeholder points back to
PLACEHOLDERS = {"эту информацию", "эти данные", "эту версию", "это сообщение", "эти сведения", "этот факт",
                "эту новость", "эти сообщения"}
COMPLEMENT_RELS = ("ccomp", "xcomp", "obj", "iobj", "obl", "nmod")
# verbs that report only with this word: "дал понять", "обратил внимание"
# (and with a noun of speech or evidence, a "что" clause: "сделал заявление о том, что …", "дал
# объяснение, что …", "располагает доказательствами, что …", "выдвинул версию, что …")
TAKES = {"дать": {"понять", "объяснение", "гарантия", "обещание", "показание"}, "давать": {"объяснение", "гарантия",
         "обещание", "показание"}, "обратить": {"внимание"}, "обращать": {"внимание"},
         "сделать": {"заявление", "предположение", "вывод", "признание", "прогноз", "предупреждение", "оговорка"},
         "делать": {"заявление", "предположение", "вывод", "прогноз", "предупреждение", "оговорка"},
         "выдвинуть": {"версия", "предположение"}, "выдвигать": {"версия", "предположение"},
         "привести": {"довод", "аргумент", "доказательство", "данные", "цифра", "сведение", "оценка"},
         "приводить": {"довод", "аргумент", "доказательство", "данные", "цифра", "сведение", "оценка"},
         "располагать": {"доказательство", "данные", "сведение", "информация"}}
# "возложила ответственность за отравление на Россию" blames whom it names (not "возложили венки",
# nor a duty: "возложил ответственность за подготовку к зиме на губернаторов"): for a harm only
BLAMES = {"возложить": {"ответственность"}, "возлагать": {"ответственность"}}
HARMS = {"отравление", "убийство", "взрыв", "теракт", "нападение", "гибель", "смерть", "катастрофа", "авария",
         "крушение", "обстрел", "атака", "кризис", "провал", "срыв", "заключение", "арест", "ущерб", "пожар",
         "беспорядки", "насилие", "эскалация", "трагедия", "преступление", "инцидент", "поражение", "война",
         "конфликт", "бойня", "расстрел", "уничтожение", "разрушение", "похищение", "отставка", "коррупция"}
OWN = {"свой", "своё", "свое", "свою", "свои", "своего", "своей", "своих", "своим"}
SEASONS = {"лето", "зима", "весна", "осень", "ночь", "день", "неделя", "месяц", "год"}
TIME_NOUNS = SEASONS | {"время", "утро", "вечер", "сутки", "квартал", "полугодие", "период", "выходные", "час",
                        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
                        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                        "октябрь", "ноябрь", "декабрь", "начало", "конец", "середина"}
ASKING = {"спросить", "спрашивать", "поинтересоваться"}
QUESTION_WORDS = {"кто", "что", "как", "почему", "зачем", "где", "когда", "куда", "откуда", "сколько", "чем"}
BELIEFS = {"считать", "полагать", "думать", "сомневаться", "надеяться", "опасаться", "бояться", "подозревать"}
CONJUNCTIONS = {"что", "чтобы", "как", "когда", "если", "это", "то", "все", "всё"}  # and pointing words
# "обратился с просьбой …", "выступил с заявлением о …"
APPEALING = {"обратиться", "обращаться", "выступить", "выступать"}
APPEALS = {"просьба": "request", "предложение": "request", "призыв": "request", "требование": "request",
           "ходатайство": "request", "запрос": "request", "жалоба": "request", "заявление": "assert",
           "обвинение": "accuse"}
# "С таким прогнозом выступил …": what the sentence before said
POINTED_APPEALS = {"прогноз", "заявление", "оценка", "предложение", "инициатива"}
SUCH = {"таким", "такой", "этим", "этой", "подобным", "подобной"}
AGED = re.compile(r"\d+-летн(?:ий|яя|ее|ие)$", re.IGNORECASE)  # "52-летний", "39-летняя" (nominative)
# words a relative "что" points back to: "всё, что думает", "то, что сказал"
POINTERS = {"все", "всё", "всем", "всём", "всего", "то", "тем", "том", "того", "тому"}
# "выразил желание уйти", "высказал готовность помочь": a will to act is said without a clause
EXPRESSING = {"выразить", "выражать", "высказать", "высказывать"}
STANCES = {"желание", "готовность", "намерение", "стремление"}
# ... and a position against something said in words: "выразили протест против …", "высказал
# сомнения в правильности решения" (not a bare feeling: "выразил озабоченность")
OBJECTIONS = {"протест", "сомнение", "несогласие", "недоверие", "возражение"}
# "суд признал, что …" reports; "суд признал его виновным" is a verdict, not speech
# (likewise a converb reports only with a clause: "заявляя, что …", not "называя это «…»").
CLAUSE_ONLY = {"признать", "признавать", "выразить", "выражать", "прокомментировать", "комментировать",
               "настаивать", "настоять", "вспоминать", "вспомнить", "поделиться", "делиться", "думать",
               "сомневаться", "надеяться", "передать", "передавать", "признаваться", "проинформировать",
               "информировать", "заметить", "замечать", "уведомить", "уведомлять", "опасаться", "бояться", "подозревать",
               "отозваться", "отзываться", "приводиться",
               "пожелать", "желать", "посчитать", "подсчитать", "угрожать", "гарантировать", "предполагать", "предположить",
               "утверждаться", "заключить", "заключать", "согласиться", "соглашаться", "повторить", "повторять",
               "намекнуть", "намекать", "известить", "извещать", "высказать", "высказывать", "допустить", "допускать",
               "пошутить", "шутить", "усомниться", "возмутиться", "возмущаться", "похвастаться", "хвастаться",
               "сознаться", "удивиться", "удивляться", "извиниться", "извиняться", "рассчитывать"} | ASKING | set(TAKES)
# ... or an infinitive: "пожелал ей набрать форму", "угрожает уйти", "посоветовали ей уехать" (not
# "угрожал ему ножом", "гарантировал кредит", "посоветовали хорошего юриста")
WISHES = {"пожелать", "желать", "угрожать", "гарантировать", "посоветовать", "советовать", "порекомендовать",
          "рекомендовать", "предлагать"}
CLAUSE_ONLY |= WISHES
ADVISING = {"посоветовать", "советовать", "порекомендовать", "рекомендовать"}  # ("не рекомендует купаться")
# "Медведев не исключил возвращения": only with "не"
ONLY_DENIED = {"исключить", "исключать", "скрывать"}  # ("не скрывает, что …" admits it)
# "признал вину", "признал своё участие в драке": the speaker's own admission, not a verdict
REFUSING = {"отказаться", "отказываться"}
ADMITTED = {"вина", "участие", "причастность", "поражение"}  # (a court "признал факт нарушения" finds)
# short adjectives that report a belief with a clause: "уверен, что …", "убеждена, что …"
SHORT_CUES = {"уверенный", "убежденный", "убедить", "уверить"}  # "убеждена", "уверены" are lemmatised as verbs
CLAUSE_ONLY |= SHORT_CUES
SHOUTING = {"кричать", "закричать", "крикнуть", "выкрикивать", "выкрикнуть", "скандировать", "воскликнуть",
            "восклицать"}
CLAUSE_ONLY |= SHOUTING | {"мотивировать", "ожидать", "скрывать"}  # ("ожидает решения суда" waits)
# ("выразил уверенность, что …", "прокомментировал:" and the quotation, "настаивает на том, что …";
# not "выразил озабоченность", "прокомментировал решение суда")
# "отметил, что …", "как отметил X, …" report; "отметил юбилей" (a plain object) celebrates
NOT_WITH_AN_OBJECT = {"отметить", "отмечать"}
# Acts on a direct object, not reports: "объявили траур", "объявили два тендера" (any object;
# "объявил о намерении …" reports), "написал заявление о прекращении полномочий" (a document written)
WRITTEN = {"заявление", "письмо", "книга", "статья", "песня", "роман", "сценарий", "жалоба", "прошение", "рапорт",
           "завещание", "стихотворение", "диссертация", "музыка", "картина", "работа", "портрет", "пьеса", "повесть",
           "симфония", "опера", "мемуары", "биография", "сочинение", "стих", "поэма", "эссе", "полотно", "трек",
           "композиция", "аранжировка", "мелодия"}
ACTS_ON_AN_OBJECT: dict[str, set[str] | None] = {"объявить": None, "объявлять": None, "написать": WRITTEN,
                                                  "писать": WRITTEN,
                                                  # "предложил вознаграждение", "добавил «мигалок»"
                                                  "предложить": None, "предлагать": None, "добавить": None,
                                                  "добавлять": None,  # "добавляет в борщ сахара"
                                                  "ответить": {"отказ", "согласие"}}  # "ответил отказом"
OFFERS = {"предложить", "предлагать"}
# "— цитирует издание мать пограничника": the quoted person is the object, not the subject.
QUOTING = {"цитировать", "процитировать"}
QUOTING_CONVERBS = {"цитировать", "процитировать", "приводить", "привести", "зачитать", "зачитывать", "показать",
                    "показывать", "вспоминать", "вспомнить", "пересказать", "пересказывать", "передать",
                    "передавать", "сослаться", "ссылаться"}
WORDS_NOUNS = {"слово", "цитата", "высказывание", "рассказ"}  # "приводит слова министра"
COUNTING = set(SCALES) | VAGUE | {"ряд", "пара", "серия", "множество"}
# "— говорится в сообщении МВД", "говорится в их заявлении": whose document speaks.
# Where and when something was said: "во время выступления", "в ходе брифинга", "в интервью"
OCCASIONS = {"время", "ход", "течение", "рамка", "интервью", "конференция", "пресс-конференция", "брифинг",
             "выступление", "речь", "встреча", "эфир", "заседание", "визит", "беседа", "церемония", "форум",
             "совещание", "презентация", "митинг", "саммит", "съезд", "финиш", "пресс-подход", "слушание",
             "собрание", "акция", "пикет", "матч", "концерт", "похороны"}
ABOUT = {"о", "об", "обо"}
RELAYING = {"сообщать", "передавать", "писать"}  # "сообщает агентство", "передаёт телеканал", "пишет газета"
MEDIA = {"агентство", "информагентство", "издание", "газета", "телеканал", "журнал", "портал", "радиостанция",
         "сайт", "телекомпания", "канал", "телерадиокомпания", "радио", "таблоид"}
# "в заявлении говорится", "в документе указывается, что …": the document's owner speaks
SAID_IN = {"говориться", "сообщаться", "указываться", "поясняться", "отмечаться", "подчеркиваться", "уточняться",
           "утверждаться", "приводиться", "содержаться"}
# "в документе сказано, что …", "в нём указано": the same, as a short passive participle
SAID_AS_WRITTEN = {"сказать", "указать", "написать", "отметить", "подчеркнуть", "заявить", "сообщить", "уточнить",
                   "пояснить"}
# "большинство депутатов высказалось за": a vote, not a statement
VOTERS = {"большинство", "меньшинство", "половина", "парламент", "дума", "сенат", "совет", "комитет", "депутат",
          "сенатор", "избиратель", "участник", "акционер"}
QUANTITIES = {"большинство", "меньшинство", "часть", "половина", "ряд", "множество", "треть", "четверть", "группа"}
TIME_WORDS = {"вчера", "сегодня", "позавчера", "накануне", "утро", "вечер", "днем", "ночью", "утром", "вечером",
              "ранее", "позже", "прошлый", "этот", "следующий", "минувший"}
AND = re.compile(r"\s*(?:,\s*(?:а\s+также\s+)?|и\s+|а\s+также\s+)")  # between coordinated speakers
ROLE_BREAK = re.compile(r"[,;:—–()]|\b(?:и|или|а)\b", re.IGNORECASE)  # a role before a name is one phrase
# "во вторник сообщили", "в среду заявили": a time, not who spoke
WHEN = {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "день", "утро", "вечер",
        "ночь", "время", "момент", "ход", "течение", "итог", "результат", "прошлое", "настоящее", "будущее", "год",
        "месяц", "неделя", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
        "октябрь", "ноябрь", "декабрь", "конец", "начало", "середина"}
# "в интервью телеканалу CNN заявили", "в ответ на запрос РБК сообщили": not who speaks
NOT_PLACES = WHEN | OCCASIONS | {"ответ", "связь", "результат", "случай", "интервью", "эфир", "комментарий", "очередь"}
DOCUMENTS = {"сообщение", "заявление", "пресс-релиз", "документ", "письмо", "доклад", "отчет", "отчетность",
             "приговор", "указ",
             "приказ", "распоряжение", "законопроект", "решение", "постановление", "интервью", "статья", "материал",
             "публикация", "пост", "обращение", "релиз",
             "послание", "бюллетень", "сводка", "протокол", "записка", "резолюция", "декларация", "коммюнике",
             "телеграмма", "комментарий", "петиция", "эссе", "поздравление", "некролог", "приветствие",
             # what a body publishes on a market or a budget: "говорится в прогнозе АКАР", "в заключении
             # Счётной палаты", "в исследовании Гильдии", "в обзоре союза"
             "прогноз", "заключение", "исследование", "обзор",
             # a reply to a request, a party's filing: "в ответе пресс-службы", "в иске ведомства"
             "ответ", "иск", "жалоба", "ходатайство"}


LINE_END = re.compile(r"[ \t\xa0]*(\n|$)")
FIRST_PERSON = {"я", "мы"}
FIRST_PERSON_FORMS = FIRST_PERSON | {"меня", "мне", "мной", "нас", "нам", "нами", "мой", "моя", "моё", "мое", "мои",
                                     "наш", "наша", "наше", "наши"}
MY = {"мой", "моя", "мое", "моё", "мои", "моего", "моей", "моих", "моему", "моим"}
AS_WHAT = re.compile(r"\bв\s+качестве\b", re.IGNORECASE)  # "в качестве причины назвал …"
ASIDE = re.compile(r"(?:в частности|в свою очередь|в том числе|также|однако|при этом|кроме того|впрочем)[,\s]+",
                   re.IGNORECASE)
NAMED_AFTER = re.compile(r"\bв\s+честь\b", re.IGNORECASE)
QUOTE_MARKS = re.compile(r"[«»„“”]")
# what an assessment says: "как тяжёлое", "в 37,5 миллиарда долларов"
ASSESSED = re.compile(r"(?:^|\s)как\s|(?:^|\s)в\s+(?:\$|€|£|\d[\d\s,.]*(?:тыс|млн|млрд|трлн|миллион|миллиард|"
                      r"триллион|доллар|рубл|евро|фунт|юан|процент|%)|\w*(?:тысяч|миллион|миллиард|триллион))")
# what someone sees in a thing or links it with is their reading of it: "усмотрел в обложке
# пропаганду", "видит в этом угрозу", "СМИ связывают отставку с …" (the verb's object and the
# preposition after it; "увидел в окне свет" is sight, "мост связывает Крым с материком" no one's word)
INTERPRETING = {"усмотреть": "в", "усматривать": "в", "видеть": "в", "увидеть": "в", "связывать": "с", "связать": "с"}
SEEING = {"видеть", "увидеть"}
ORG_WORDS = set(ORG_ANAPHORS) | {"сми", "власть", "власти", "правительство", "полиция", "суд", "следствие"}
SEEN_AS = {"угроза", "опасность", "сигнал", "шанс", "причина", "смысл", "повод", "выход", "проблема", "признак",
           "попытка", "пример", "доказательство", "нарушение", "пропаганда"}
ABSTRACT = re.compile(r"(?:ние|тие|ость|ство|ция|изм)$")
NOT_READINGS = {"надежда", "ожидание", "свет", "роль", "будущее", "судьба", "жизнь", "карьера"}
# what happened, and what is read into it: "связывают отставку с …", "видит в решении суда …"
EVENTS = {"рост", "падение", "снижение", "повышение", "уход", "отставка", "решение", "смерть", "увольнение",
          "задержание", "арест", "дело", "инцидент", "происшествие", "событие", "результат", "действие", "поступок",
          "заявление", "выборы", "приговор", "инициатива", "законопроект", "закон", "реформа", "поведение"}
WORKS = {"фильм", "книга", "роман", "спектакль", "сериал", "картина", "песня", "альбом", "выставка", "пьеса", "повесть",
         "мультфильм", "клип", "постановка", "опера", "балет", "мюзикл", "экспозиция", "сказка", "поэма"}
# inanimate nouns that speak: bodies, documents, sources, outlets ("Минздрав сообщил", "В докладе говорится",
# "Опрос показал", "Газета пишет")
VOICING = ORG_WORDS | GENERIC_BODIES | set(STATEMENT_NOUNS) | SOURCES | PUBLISHED_IN | POLLS | {
    "сторона", "делегация", "штаб", "команда", "консульство", "департамент", "управление", "отдел", "канцелярия",
    "секретариат", "совет", "дума", "руководство", "профсоюз", "движение", "организация", "группа", "коалиция",
    "блок", "фракция", "редакция", "трибунал", "обвинение", "защита", "командование", "исследование",
    "статистика", "перепись", "расследование", "экспертиза", "проверка", "аудит", "рейтинг", "прогноз", "кремль",
    "палата", "правление", "ассамблея", "собрание", "съезд", "конференция", "саммит", "форум", "миссия",
    "представительство", "наблюдатель", "радиостанция", "телевидение", "объединение", "заключение"}
# where words are written, not said: "«Не влезай — убьёт», — гласит табличка", "— было написано на плакате"
SIGNS = {"табличка", "надпись", "плакат", "вывеска", "билборд", "баннер", "транспарант", "листовка", "граффити",
         "указатель", "знак", "стена", "футболка"}
# what may happen and be ruled out: "исключил повышение НДС" (not "исключил упоминание спонсора")
RULED_OUT = {"повышение", "снижение", "рост", "падение", "отставка", "уход", "увольнение", "возвращение", "повтор",
             "дефолт", "девальвация", "девальвирование", "закрытие", "сокращение", "отмена", "перенос", "введение"}
# what is told without claiming anything: "рассказала детям сказку", "объяснил ученикам задачу"
NARRATIVES = {"сказка", "легенда", "анекдот", "притча", "байка", "стихотворение", "стих"}
# things that "say" only in a figure of speech: devices, circumstances, figures, garments, seasons
THINGS = {"датчик", "прибор", "навигатор", "приложение", "инструкция", "правило", "ситуация",
          "обстановка", "цифра", "факт", "лицо", "фотография", "снимок", "запах", "платье", "зима",
          "лето", "весна", "осень", "погода", "практика", "опыт", "идея", "кризис", "история", "жизнь", "время",
          "термометр", "счётчик", "счетчик", "табло", "экран", "закон",
          "высказывание", "предположение", "слух", "мысль", "ощущение", "впечатление", "чувство"}
# outlets one tells things to: "рассказал порталу «X» Иван Петров"
TOLD_OUTLETS = {"портал", "агентство", "издание", "газета", "телеканал", "радиостанция", "журнал", "сайт",
                "интернет-издание", "телеграм-канал", "радио", "блог"}
ALSO = {"также", "тоже", "же", "еще", "ещё", "при", "этом", "кроме", "того", "однако", "впрочем"}
# evidence that says things by its figures: "Данные Банка России показывают, что …", "статистика МВД
# свидетельствует, что …" — the data's owner speaks
EVIDENCING = {"показывать", "показать", "свидетельствовать"}
EVIDENCE = {"данные", "статистика", "исследование", "мониторинг", "опрос", "доклад", "отчет", "отчёт"}
# where one is taken and others speak: "…доставили в городскую больницу. Там рассказали"
PLACE_NOUNS = {"больница", "клиника", "госпиталь", "морг", "отделение", "травмпункт", "реанимация", "роддом",
               "поликлиника", "медцентр", "стационар", "хоспис", "санаторий", "сад", "детсад", "гимназия", "отдел",
               "участок", "суд", "школа", "музей", "театр", "диспансер", "пункт", "университет", "институт",
               "посольство", "консульство", "офис", "здание", "колония", "сизо", "изолятор", "центр", "лагерь",
               "приют", "библиотека", "администрация", "мэрия", "министерство",
               "ведомство", "штаб", "компания", "управление", "служба", "департамент", "комитет", "прокуратура",
               "полиция", "банк", "завод", "редакция", "кремль", "правительство", "совет", "дума"}
# what is concluded rather than what concludes: "по заключению контракта", "по заключении мира"
DEALS = {"договор", "контракт", "соглашение", "сделка", "брак", "мир", "перемирие", "союз", "пакт", "договоренность"}
# what takes readings, not what says things: "по показаниям приборов", "по данным датчиков"
INSTRUMENTS = {"датчик", "прибор", "термометр", "счетчик", "табло", "спидометр", "тахограф", "регистратор",
               "видеорегистратор", "радар", "трекер", "барометр", "манометр", "тонометр", "алкотестер", "сейсмограф",
               "камера", "навигатор"}
# where people work and speak for the place: "на предприятии сообщили"
ON_PLACES = {"предприятие", "завод", "фабрика", "комбинат", "шахта", "верфь", "рудник", "телеканал", "радиостанция",
             "станция", "факультет", "кафедра", "производство"}
# "появилась информация": news appearing somewhere, and the nouns for it
APPEARED = {"появиться", "появляться"}
NEWS = {"информация", "сообщение", "сведение", "новость", "данные", "публикация", "заявление", "статья"}
DEMONSTRATIVES = {"этот", "эта", "это", "эти", "этого", "эту", "этих", "этой", "этим"}
DONE = {"успеть", "поспешить", "спешить", "преминуть"}  # "успел заявить": it was said
MAX_TOLD = 12  # words between a reporting verb and its "что" ("признал в суде во время слушания, что …")
SOURCED = re.compile(r"[\s»\"]*со\s+ссылкой\s+на\s+", re.IGNORECASE)
# a term or a punishment after "осудили": "на 10 лет", "к пяти годам колонии", "к пожизненному заключению"
SENTENCED = re.compile(r"(?:\s+[^\s,.]+){0,3}?\s+(?:на\s+(?:\d+|[а-яё]+)(?:\s+[а-яё]+)?\s+(?:год|года|лет|месяц|месяца|"
                       r"месяцев|суток)\b|к\s+(?:\d+|[а-яё]+)(?:\s+[а-яё]+)?\s+(?:году|годам|месяцам|суткам)\b|к\s+"
                       r"(?:пожизненному|лишению\s+свободы|штрафу|исправительным|обязательным|условному))", re.IGNORECASE)


@dataclass
class _Draft:
    cue: str
    kind: str
    act: str
    content: tuple[int, int]
    sentence: tuple[int, int]
    speaker: tuple[int, int] | None  # span of the speaker as written
    cue_start: int
    via: tuple[int, int] | None = None  # the outlet that relays the words: "— цитирует РИА Новости министра"
    rule: str = ""  # which rule found it, for `svodka bench statements --trace`


class _Context(Parsed):
    """The parse, and the words already taken by a statement."""

    def __init__(self, doc: Doc, morph_vocab) -> None:
        super().__init__(doc, morph_vocab)
        self.used: set[str] = set()
        # the place that spoke with each verb: "Там добавили" asks for the verbs before it, and a
        # chain of them would otherwise be asked again and again
        self.places: dict[str, tuple[int, int] | None] = {}

    def said_in(self, token: DocToken) -> bool:
        """"говорится", "в заявлении сказано": said in a document, whose is its owner's."""
        lemma = self.lemma(token)
        return lemma in SAID_IN or lemma in SAID_AS_WRITTEN and token.pos == "VERB" and token.feats.get(
            "VerbForm") == "Part" and token.feats.get("Variant") == "Short" and token.feats.get("Gender") == "Neut"

    def _blames(self, verb: DocToken) -> bool:
        """"возложил ответственность за взрыв на …": a harm laid on someone else (not "на себя")."""
        words = [t for c in self.children.get(verb.id, []) for t in self.subtree(c)]
        harm = any(self.lemma(t) in HARMS for t in words)
        return harm and not any(t.text.lower() == "себя" for t in words)

    def cue_act(self, token: DocToken) -> str | None:
        form = token.feats.get("VerbForm")
        if token.pos == "ADJ" and token.feats.get("Variant") in ("Short", "Brev") and self.lemma(token) in SHORT_CUES:
            return "assert"  # "Столбунов уверен, что …"
        if self.said_in(token) and form == "Part":
            return "assert"
        # a converb reports too when it hangs on a finite verb: "…, заявляя, что …"; an infinitive
        # when its verb says it was done: "успел заявить, что …" (not "хочет заявить")
        head = self.by_id.get(token.head_id)
        done = form == "Inf" and token.rel == "xcomp" and head is not None and self.lemma(head) in DONE \
            and head.feats.get("VerbForm") == "Fin" and not any(
                c.text.lower() == "не" for c in self.children.get(head.id, []))  # "не успел заявить"
        # "отказался признать вину": a plea too
        done = done or form == "Inf" and head is not None and self.lemma(head) in REFUSING and _a_plea(self, token)
        # (a converb with no comma before it the parse may make the root: "покинул зал заявив: «…»")
        if token.pos != "VERB" or not (form == "Fin" or form == "Conv" and token.rel in ("advcl", "root") or done):
            return None
        lemma = self.lemma(token)
        taken = TAKES.get(lemma) or BLAMES.get(lemma)
        if taken and not any(self.lemma(c) in taken for c in self.children.get(token.id, [])) \
                or lemma in BLAMES and not self._blames(token):
            return None  # "дал понять, что …", "обратил внимание, что …" report; "дал интервью" does not
        return table(CUES).get(lemma)


def extract(doc: Doc, entities: list[Entity], morph_vocab, doc_id: str = "",
            trace: dict[str, str] | None = None) -> list[Statement]:
    """``trace``, when given, gets each statement's id -> the rule that found it."""
    ctx = _Context(doc, morph_vocab)
    drafts = _quote_first(ctx) + _according_to(ctx) + _follows_from(ctx) + _headline(ctx) + _appeared(ctx)
    drafts += _reporting_verbs(ctx, drafts)
    drafts += _assessed(ctx, drafts)
    drafts += _dash_slot_verb(ctx, drafts)
    drafts += _dash_goes_on(ctx, drafts)
    drafts += _opening_paragraphs(ctx, drafts)
    drafts += _appeals(ctx, drafts)
    drafts += _words_brought(ctx, drafts)
    drafts += _named_colon(ctx, drafts)
    drafts += _manner_colon(ctx, drafts)
    # "я назвал его творение …" outside quotation marks is somebody's unmarked words: whose, the
    # text does not say
    drafts = [d for d in drafts if not (d.speaker and _first_person(ctx, d.speaker))]
    drafts += _first_person_colon(ctx, drafts)
    drafts = _on_the_next_line(ctx, drafts)
    drafts += _own_words_below(ctx, drafts)
    drafts += _interview_answers(ctx, drafts)
    drafts = _attributed_inside(ctx, drafts)
    drafts = [part for d in drafts for part in _quotation_series(ctx, d)]
    drafts = [replace(d, speaker=_whole_names(ctx, d.speaker)) if d.speaker else d for d in drafts]
    drafts = [_sourced(ctx, d) for d in drafts]
    drafts.sort(key=lambda d: d.content[0])
    # a statement whose content is the sentence before its attribution ("Об этом сообщил X") spans both
    drafts = [replace(d, sentence=(_sentence_start(ctx, d.content[0]), d.sentence[1]))
              if d.content[0] < d.sentence[0] else d for d in drafts]
    resolver = Resolver(ctx, entities)
    drafts = [d for d in drafts if not _relayed(ctx, d)]
    found = []
    for d in drafts:
        # words said before their attribution are what was said while it is resolved: "—
        # …, и клиент доволен, — пояснил он" is not the client
        said_before = d.kind == "direct" and d.speaker is not None and d.content[1] <= d.speaker[0]
        if said_before:
            resolver.heard(d.content)
        statement = _finish(ctx, doc_id, f"s{len(found) + 1}", d, resolver)
        # "Супруги заявили": a statement for each of the two
        each = [statement] + [replace(statement, id=f"s{len(found) + 1 + k}", speaker=replace(
            statement.speaker, entity=partner)) for k, partner in enumerate(resolver.partners, 1)]
        if not said_before:
            resolver.heard(d.content)
        for s in each:
            found.append(s)
            if trace is not None:
                trace[s.id] = f"{d.rule}; speaker: {resolver.rule if d.speaker else 'none'}"
    return found


# -- 1. «…», — заявил он ------------------------------------------------------

def _quote_first(ctx: _Context) -> list[_Draft]:
    drafts: list[_Draft] = []
    for start, end in ctx.quotes:
        # («Путин», — ответил Навальный: a one-word answer is speech, standing on its own; not
        # "фаворит консервативного «Движения чаепития» — намекал, что …")
        if _a_name(ctx, (start, end)) and not (re.match(r"[,.!?]?\s*[—–]", ctx.text[end : end + 4])
                                              and ctx.text[:start].rstrip()[-1:] in ("", "\n", ".", "!", "?", ":", "—", "–")):
            continue
        interrupted = _interrupted(ctx, start, end)
        if interrupted:
            drafts += interrupted
            continue
        j = end
        while j < len(ctx.text) and (ctx.text[j] in ",.!?…" or ctx.text[j].isspace()):
            j += 1
        comma = ctx.text[end:j].strip().startswith(",") and j < len(ctx.text) and ctx.text[j] not in DASHES
        if comma and (ctx.text[:start].rstrip()[-1:] not in ("", "\n", ".", "!", "?", ":", "—", "–", "…")
                      and _a_term(ctx, (start, end)) or _reported_before(ctx, start)):
            # "поступило по направлениям «науки о жизни» и «физика», уточнили в РНФ": a term, not speech;
            # "Губернатор пообещал, что «…», сообщили в пресс-службе": the governor's words, not the service's
            continue
        if (j >= len(ctx.text) or ctx.text[j] not in DASHES) and not comma:
            # "«…», — сказал Трамп. — «…»": a quotation right after an attribution goes on with it
            last = drafts[-1] if drafts else None
            # ("«…», сказал Симони: «…»": after a colon too, "говорит Пегги Уитсон: — «…»")
            if last is not None and last.kind == "direct" and (
                    CONTINUES.fullmatch(ctx.text[last.sentence[1] : start])
                    or last.speaker is not None and re.fullmatch(r"\s*:\s*(?:[—–-]\s*)?", ctx.text[last.speaker[1] : start])
                    or _goes_on(ctx, last, start, end)):
                drafts.append(_Draft(last.cue, "direct", last.act, quote_marks.inner((start, end)),
                                     (last.sentence[0], end), last.speaker, last.cue_start, rule="quote_continued"))
            continue
        after = ctx.between(j + (0 if comma else 1), len(ctx.text) + 1)
        if not after:
            continue
        sentence = ctx.sentence_of[after[0].id]
        clause = [t for t in after if t.start < sentence[1]][:6]
        # "«…», сказал X" (a comma, no dash) only with a reporting verb right after it (or after
        # "так": "«…», так сказал Кличко")
        reach = 4 if not comma else 2 if clause and fold(clause[0].text) == "так" else 1
        cue = next((t for t in clause[:reach]
                    if ctx.cue_act(t) or not comma and (_slot_verb(ctx, t) or _words_of(ctx, t))), None)
        if cue is None or not ctx.cue_act(cue) and any(c.rel == "obj" and c.pos == "PRON" for c in ctx.children.get(cue.id, [])) \
                or _a_thing(ctx, cue) or ctx.said_in(cue) and any(
                    ctx.lemma(c) in SIGNS for c in ctx.children.get(cue.id, []) if c.rel == "obl"):
            # (a verb acting on what was quoted says nothing: "«екбург.рф» — их подала мэрия"; nor a sign:
            # "«Не влезай — убьёт», — гласит табличка", "— было написано на плакате")
            continue
        ctx.used.add(cue.id)
        via = None
        if ctx.lemma(cue) in QUOTING:  # "— цитирует РИА Новости министра": the outlet stands between
            # (the parse may call the object, "пресс-службу", a subject: its case says what it is)
            speaker = _object(ctx, cue) or next(
                (span_of([t for t in ctx.subtree(c) if t.pos != "PUNCT"]) for c in ctx.children.get(cue.id, [])
                 if c.start > cue.start and c.pos in ("NOUN", "PROPN") and (c.feats.get("Case") == "Acc" or (
                     c.rel in SUBJECT_RELS and not _nominative_for(ctx, c, cue)))), None)
            person = next((c for c in ctx.children.get(cue.id, []) if c.start > cue.start and c.pos in ("NOUN", "PROPN")
                           and c.feats.get("Animacy") == "Anim"), None)
            if speaker is not None and person is not None and _an_outlet(ctx, speaker) and speaker[0] < person.start:
                # "- цитирует издание мать пограничника": the parse may take the outlet for the object
                speaker = span_of([t for t in ctx.subtree(person) if t.pos != "PUNCT" and t.start >= person.start])
            between = [t for t in ctx.between(cue.stop, min((speaker or (len(ctx.text),))[0],
                                                             ctx.sentence_of[cue.id][1])) if t.pos != "PUNCT"]
            via = span_of(between) if between else _subject(ctx, cue)
        elif ctx.said_in(cue):
            speaker = _document_source(ctx, cue)
        elif words_of := _words_of(ctx, cue):  # "— приводит слова министра РИА Новости"
            speaker, via = words_of
        else:
            speaker, via = _told(ctx, cue, _subject(ctx, cue))
        if speaker is not None and speaker[0] < j:  # the parse hung quoted words on the subject
            words = [t for t in after if speaker[0] <= t.start < speaker[1] and t.pos != "PUNCT" and t is not cue]
            words = [t for t in words if t.start > cue.start] or words  # "— заявил глава …"
            speaker = span_of(words) if words else None
        if speaker is None:
            rest = [t for t in after if t.start > cue.start and t.start < sentence[1] and t.pos != "PUNCT"]
            speaker = _named_after_verb(ctx, cue, sentence) or (span_of(rest[:4]) if rest else None)
        if speaker is not None:  # "сказал Симони: «…»": the name, not the quotation after its colon
            words = list(itertools.takewhile(lambda t: t.text != ":", ctx.between(*speaker)))
            speaker = span_of(words) if words else None
        act = ctx.cue_act(cue) or "assert"
        drafts.append(_Draft(ctx.lemma(cue), "direct", act, quote_marks.inner((start, end)),
                             (_sentence_start(ctx, start), sentence[1]), speaker, cue.start, via,
                             rule="quote_then_verb" if ctx.cue_act(cue) else "quote_slot_verb"))
    return drafts


def _reported_before(ctx: _Context, start: int) -> bool:
    """A reporting verb of the quotation's own sentence before it ("ответил коротко: «Нет»")."""
    token = ctx.token_at(start + 1) or ctx.token_at(start)
    if token is None:
        return False
    since = ctx.sentence_of[token.id][0]
    # (the parse's sentence may run on past a full stop)
    since = max([since] + [since + m.end() for m in re.finditer(r"[.!?…]\s", ctx.text[since:start])])
    return any(ctx.cue_act(t) and _finite(t) and not ctx.in_quote(t.start) for t in ctx.between(since, start))


def _a_term(ctx: _Context, quoted: tuple[int, int]) -> bool:
    """A few words without a verb of their own: a term or a title quoted inside a sentence."""
    words = [t for t in ctx.between(*quote_marks.inner(quoted)) if t.pos != "PUNCT"]
    return len(words) <= 3 and not any(_finite(t) for t in words)


def _a_name(ctx: _Context, quoted: tuple[int, int]) -> bool:
    """Quotation marks around a name or a word, not around speech: "заявил «Коммерсанту»",
    "«Исламский джихад», заявляют …", "называя их «пугалками»": a named entity, or a
    short noun phrase not in the nominative. («Нет», «Всё под контролем» are speech.)"""
    start, end = quote_marks.inner(quoted)
    before = ctx.text[max(0, quoted[0] - 8) : quoted[0]].split()
    # (a company's, after its legal form: "ООО «Меркурий-Инвест»")
    if any((sp.start, sp.stop) == (start, end) for sp in ctx.doc.spans) or before and fold(before[-1]) in LEGAL_FORMS:
        return True
    words = [t for t in ctx.between(start, end) if t.pos != "PUNCT"]
    nouns = [t for t in words if t.pos in ("NOUN", "PROPN")]
    return 0 < len(words) <= 3 and bool(nouns) and all(t.pos in ("NOUN", "PROPN", "ADJ") for t in words) \
        and all(t.feats.get("Case") not in (None, "Nom") for t in nouns)


def _words_of(ctx: _Context, verb: DocToken) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """"«…», — приводит слова руководителя палаты РИА Новости", "The Guardian цитирует
    пресс-службу резиденции:": whose words (the speaker) and who relays them (the outlet that
    brings them, named last or as the subject)."""
    quoting = ctx.lemma(verb) in QUOTING
    if ctx.lemma(verb) not in ("приводить", "привести") and not quoting:
        return None
    # (the parse may call the one quoted a subject: its case says what it is, "цитирует пресс-службу")
    obj = next((c for c in ctx.children.get(verb.id, []) if (c.rel == "obj" or quoting and c.start > verb.start
                and c.pos in ("NOUN", "PROPN") and c.feats.get("Case") == "Acc") and (quoting or ctx.lemma(c) in WORDS_NOUNS)),
               None)
    subject = _subject(ctx, verb)
    if subject is None or obj is not None and subject[0] <= obj.start < subject[1]:
        # (nor an outlet before the verb a subject: "Reuters цитирует …")
        subject = next(((sp.start, sp.stop) for sp in ctx.doc.spans if sp.type == "ORG"
                        and ctx.sentence_of[verb.id][0] <= sp.start and sp.stop <= verb.start), None)
    if quoting and obj is not None and ctx.lemma(obj) not in WORDS_NOUNS:
        whose = obj  # "РИА Новости цитирует министра", "The Guardian цитирует пресс-службу"
    else:
        # whose: a genitive after the noun, or "его", "её" before it ("приводит его рассказ об аварии")
        whose = next((c for c in ctx.children.get(obj.id, []) if c.rel == "nmod" and c.start > obj.start
                      and not ctx.prepositional(c) or c.start < obj.start and fold(c.text) in POSSESSIVE),
                     None) if obj else None
    # (someone's: "слова песни" are no one's)
    if whose is None or not (whose.feats.get("Animacy") == "Anim" or fold(whose.text) in POSSESSIVE
                             or ctx.named(whose.start) or quoting and fold(ctx.lemma(whose)).startswith(PRESS_OFFICES)):
        return None
    # (up to a colon, a quotation or a clause: the parse may hang the words said on the name)
    stop = next((t.start for t in ctx.subtree(whose) if t.start > whose.start and (
        t.text in (":", ",") or t.text in quote_marks.PAIRS or fold(t.text) == "о")), len(ctx.text))
    words = [t for t in ctx.subtree(whose) if t.pos != "PUNCT" and t.start < stop]
    via = None
    for n in range(1, len(words)):
        if outlet(ctx.text[words[n].start : words[-1].stop]):
            words, via = words[:n], (words[n].start, words[-1].stop)
            break
    return span_of(words), via or subject


def _next_verb_of(ctx: _Context, cue: DocToken, verb: DocToken, clause: list[DocToken]) -> bool:
    """Right after a comma in what ``cue`` reported (``clause``), a reporting verb in the cue's form
    (past, its gender and number) with no subject of its own goes on with the cue's speaker
    ("заявил, что референдум является незаконным, призвал воздержаться …"); not where the clause has
    a person of that form who may go on ("сообщил, что мужчина подошёл к кассе, потребовал денег")."""
    return verb.pos == "VERB" and verb.feats.get("VerbForm") == "Fin" and bool(ctx.cue_act(verb)) \
        and cue.feats.get("Tense") == "Past" == verb.feats.get("Tense") \
        and all(cue.feats.get(f) == verb.feats.get(f) for f in ("Gender", "Number")) \
        and not any(c.rel in SUBJECT_RELS for c in ctx.children.get(verb.id, [])) \
        and not any(t.rel in SUBJECT_RELS and (t.feats.get("Animacy") == "Anim" or t.pos == "PRON" or any(
                        sp.type == "PER" and sp.start <= t.start < sp.stop for sp in ctx.doc.spans))
                    and t.feats.get("Number") == verb.feats.get("Number") and fold(t.text) not in RELATIVE
                    for t in clause)


def _slot_verb(ctx: _Context, token: DocToken) -> bool:
    """"«…», — заметил мэр": in the slot after a quotation and a dash, a finite verb in the
    past or present with a subject after it reports, whether or not the lexicon lists it
    (резюмировал, усмехнулся, признаёт)."""
    if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin" or token.feats.get("Tense") == "Fut" \
            or ctx.lemma(token) == "быть":  # "в «Манчестер Юнайтед» — тогда ему было 17 лет"
        return False
    return any(c.rel in SUBJECT_RELS and c.start > token.start for c in ctx.children.get(token.id, []))


def _named_after_verb(ctx: _Context, cue: DocToken, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """"— сказал в беседе с корреспондентом «Голоса Америки» лидер движения Александр Белов",
    "пишет на первой странице ежедневная газета «Ла стампа»": the first person or organisation
    named in the nominative after the verb (an outlet also in its own quotation marks); not one
    after a preposition, nor in a clause after a comma ("— сообщили в ведомстве, которое
    возглавляет Иван Петров")."""
    for sp in ctx.doc.spans:
        if sp.type not in ("PER", "ORG") or not cue.stop < sp.start < sentence[1] \
                or ctx.in_quote(sp.start) and (sp.start - 1, sp.stop + 1) not in ctx.quotes \
                or "," in ctx.text[cue.stop : sp.start]:
            continue
        before = ctx.between(cue.stop, sp.start)
        token = ctx.token_at(sp.start)
        if sp.type == "ORG" and _told_outlet(ctx, token):
            continue  # "— рассказал местному порталу «Печора Онлайн» Сергей Игнатьев"
        if not (before and before[-1].pos == "ADP") and token is not None and token.feats.get("Case") in (None, "Nom"):
            return sp.start, sp.stop
    return None


def _goes_on(ctx: _Context, last: _Draft, start: int, end: int) -> bool:
    """A quotation with no attribution of its own right after the last one's attribution, with
    nothing between, goes on with that speaker: in the same paragraph ("«…», сказал Хоровитц.
    «Пройдет несколько лет …»") or as the next paragraph; when it ends its sentence and says
    something (not "«Трудно быть богом» выйдет в прокат", not a title), is no question (an
    interviewer's) and answers none ("— спросил журналист у министра. «Никогда»"), the
    attribution named no one else ("…, а его соперник лишь усмехнулся. «Посмотрим»") and the
    next sentence does not attribute it ("Так прокомментировал ситуацию аналитик …")."""
    gap = ctx.text[last.sentence[1] : start]
    if last.speaker is None or not re.fullmatch(r"[.!…]?(?:[ \xa0]+|[ \xa0]*\n\s*)", gap):
        return False
    inner = ctx.text[start + 1 : end - 1].rstrip()
    rest = ctx.text[end:]
    ends = re.match(r"[.!…]", rest) or inner[-1:] in ".!…" and re.match(r"\s*(?:$|\n|[A-ZА-ЯЁ«„\"])", rest)
    if "\n" in gap and not re.match(r"[.!…]?[ \xa0]*(?:\n|$)", rest):
        return False  # (as the next paragraph, the whole of it)
    asked = ctx.text[last.content[0] : last.content[1]].rstrip().endswith("?")
    if not ends or inner.endswith("?") or asked or not any(map(_finite, ctx.between(start, end))):
        return False
    others = [sp for sp in ctx.doc.spans if sp.type == "PER" and last.sentence[0] <= sp.start < last.sentence[1]
              and not ctx.in_quote(sp.start) and not last.speaker[0] <= sp.start < last.speaker[1]]
    following = next((t for t in ctx.between(end, end + 100) if t.pos != "PUNCT"), None)
    sentence = ctx.between(*ctx.sentence_of[following.id]) if following is not None else []
    pointed = bool(sentence) and fold(sentence[0].text) in ("так", "это", "эти", "об", "такими") \
        and any(ctx.cue_act(t) for t in sentence)
    return not others and not pointed


def _interrupted(ctx: _Context, start: int, end: int) -> list[_Draft]:
    """«Я должен предположить, — сказал Буффье, — что эти проблемы раздавили его»; the
    attribution may end its sentence: «Мы все стареем, — сказал хоккеист. — Всё кончается»."""
    inside = [t for t in ctx.between(start + 1, end) if t.stop < end]
    for k, t in enumerate(inside[1:-3], 1):
        if t.text not in DASHES or inside[k - 1].text not in (",", ".", "!", "?", "…"):
            continue
        # (in the attribution's slot any verb with its subject after it reports: "— продолжает Тэплин. —";
        # not a thing's: "— звонит телефон, и …")
        cue = next((c for c in inside[k + 1 : k + 3] if ctx.cue_act(c) or _slot_verb(ctx, c) and not any(
            s.rel in SUBJECT_RELS and s.feats.get("Animacy") == "Inan" for s in ctx.children.get(c.id, []))), None)
        if cue is None or inside[k - 1].text == "." and not cue.text[:1].islower():
            continue  # («Мы вернёмся. — Сказал — сделал …»: a saying, not an attribution)
        rest = inside[inside.index(cue) + 1 :]
        close = next((n for n, r in enumerate(rest[1:], 1) if r.text in DASHES and rest[n - 1].text in (",", ".")),
                     None)
        # the attribution may go on: "— сказала она об инциденте, выступая с лекцией в 2005 году. —"
        if close is None or close > 20:
            continue
        attribution = [w for w in rest[: close - 1] if w.pos != "PUNCT"]
        comma = next((n for n, w in enumerate(rest[: close - 1]) if w.text == ","), close - 1)
        words = [w for w in rest[:comma] if w.pos != "PUNCT"] or attribution
        if not words:
            continue
        ctx.used.add(cue.id)
        sentence = (_sentence_start(ctx, start), ctx.sentence_of[inside[-1].id][1])
        # the verb's subject, not an addressee before it ("— рассказал РИА Новости источник"),
        # wherever in the attribution ("— сказал, обращаясь к журналистам, министр. —")
        subject = _subject(ctx, cue)
        if subject is not None and attribution[0].start <= subject[0] and subject[1] <= attribution[-1].stop:
            speaker = subject
        else:
            if words is attribution and len(words) > 1:
                # "— заявил, в частности, министр. —": the noun phrase that ends the attribution
                tail = list(itertools.takewhile(lambda w: w.pos in ("NOUN", "PROPN", "ADJ", "DET"), reversed(words)))
                words = tail[::-1] or words
            while len(words) > 1 and words[0].feats.get("Case") == "Dat" and words[0].pos in ("NOUN", "PRON"):
                words = words[1:]
            speaker = span_of(words)
        draft = _Draft(ctx.lemma(cue), "direct", ctx.cue_act(cue) or "assert", quote_marks.inner((start, end)),
                       sentence, speaker, cue.start, rule="quote_interrupted")
        # two pieces of the quotation around the attribution, each a statement: its content
        # never holds the attribution ("«…, — сказал Буффье, — …»", "«… — сказал хоккеист. — …»")
        first, second = _trim_content(ctx, start + 1, inside[k - 1].stop), _trim_content(ctx, rest[close].stop, end - 1)
        return [replace(draft, content=part) for part in (first, second) if part]
    return []


def _quotation_series(ctx: _Context, d: _Draft) -> list[_Draft]:
    """"скандировали: «Украина превыше всего!» и «Бандера, приди …!»": words said as quotations one
    after another, each a statement of its own (a quotation's content has no marks around it)."""
    if d.kind != "direct":
        return [d]
    series = [q for q in ctx.quotes if d.content[0] <= q[0] and q[1] <= d.content[1]
              and not any(o != q and o[0] <= q[0] and q[1] <= o[1] for o in ctx.quotes)]
    if not series or series[0][0] != d.content[0] or series[-1][1] < d.content[1] - 1:
        return [d]
    gaps = [ctx.text[a[1] : b[0]] for a, b in zip(series, series[1:])]
    if not all(re.fullmatch(r"\s*(?:,|и|,\s*а\s+также)?\s*", gap) for gap in gaps):
        return [d]
    return [replace(d, content=quote_marks.inner(q)) for q in series]


def _names_another(ctx: _Context, d: _Draft) -> bool:
    """Between the draft's speaker and its content, words that bring another's speech ("слова
    сына", "о разговоре с нападающим", "письмо матери"; not "ответил на вопрос журналистов")."""
    if d.speaker is None:
        return True
    return any(fold(ctx.lemma(t)) in ANOTHERS_WORDS for t in ctx.between(d.speaker[1], d.content[0])
               if not ctx.in_quote(t.start))


ANOTHERS_WORDS = WORDS_NOUNS | {"разговор", "беседа", "диалог", "письмо", "записка", "послание", "завещание", "фраза",
                                "реплика", "цитата", "обращение"}


def _attributed_inside(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """"рассказал о том, каково это: «Я всё ещё пытаюсь …, — признался ветеран НХЛ. — Когда ты не
    на льду …»": a quotation with an attribution of its own is the two statements around it, not
    one that holds the attribution; who introduced it is who the attribution describes, unless that
    names someone ("…: «…, — сказал Петров, — …»" stays Petrov's) or the colon brought another's words."""
    pieces = [d for d in drafts if d.rule == "quote_interrupted"]
    if not pieces:
        return drafts
    whole: dict[int, _Draft] = {}
    for d in drafts:
        inside = [p for p in pieces if d.rule != "quote_interrupted" and d.kind == "direct"
                  and d.content[0] <= p.content[0] and p.content[1] <= d.content[1]]
        if len(inside) >= 2:
            whole.update((id(p), d) for p in inside)
    outer = {id(d) for d in whole.values()}
    kept = []
    for d in drafts:
        if id(d) in outer:
            continue
        introduced = whole.get(id(d))
        if introduced is not None and _names_another(ctx, introduced):
            # ("напомнил слова президента: «…, — сказал тогда глава государства. — …»": the colon
            # brings another's words, and the description inside is that other's)
            introduced = None
        # (a description of a person may hold an organisation's name: "ветеран НХЛ")
        if introduced is not None and d.speaker is not None and not any(
                (sp.type == "PER" and d.speaker[0] <= sp.start < d.speaker[1] or sp.start == d.speaker[0])
                for sp in ctx.doc.spans):
            d = replace(d, speaker=introduced.speaker)
        kept.append(d)
    return kept


def _assessed(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """What something is said to be, as an assessment with "как" where the thing assessed is no
    object after the verb: "Состояние пострадавших врачи оценивают как тяжёлое", "Их состояние
    оценивается врачами как тяжёлое" (the passive with who assesses; "Ущерб оценивается как
    значительный" says it of nobody). The content is what follows "как"."""
    drafts = []
    for verb in ctx.tokens:
        lemma = ctx.lemma(verb)
        passive = lemma in ASSESSED_PASSIVE
        if not (passive or lemma in ASSESSING) or verb.feats.get("VerbForm") != "Fin" or verb.id in ctx.used \
                or ctx.in_quote(verb.start) or any(d.content[0] <= verb.start < d.content[1] for d in found):
            continue
        own = ctx.children.get(verb.id, [])
        if not passive and any(c.rel == "obj" and c.start > verb.start for c in own) or verb.rel == "acl:relcl" \
                or any(fold(c.text).startswith(("котор", "что")) for c in own):
            # ("врачи оценивают его состояние как тяжёлое": the verb's object, found already; "Суд,
            # который он охарактеризовал как политический, …": a description inside another sentence)
            continue
        sentence = ctx.sentence_of[verb.id]
        after = ctx.between(verb.stop, sentence[1])
        how = next((n for n, t in enumerate(after[:5]) if fold(t.text) == "как"), None)
        if how is None or how + 1 >= len(after) or how and after[how - 1].text == ",":
            continue  # ("Аналитики оценивают, как быстро восстановится рынок": a question, not an assessment)
        if passive:
            agent = next((c for c in own if c.rel == "obl" and c.feats.get("Case") == "Ins" and c.pos in ("NOUN", "PROPN")
                          and not ctx.prepositional(c)), None)
            speaker = span_of([w for w in ctx.subtree(agent) if w.pos != "PUNCT"]) if agent is not None else None
        else:
            speaker = _subject(ctx, verb)
        content = _trim_content(ctx, after[how + 1].start, _next_report(ctx, after[how + 1].start, sentence[1], cue=verb))
        if speaker is None or content is None or _overlaps_one(content, found + drafts):
            continue
        ctx.used.add(verb.id)
        drafts.append(_Draft(lemma, "indirect", "assert", content, sentence, speaker, verb.start, rule="assessed_as"))
    return drafts


ASSESSING = {"оценить", "оценивать", "охарактеризовать", "характеризовать", "описать", "описывать"}
ASSESSED_PASSIVE = {"оцениваться", "характеризоваться", "описываться"}


def _sentence_start(ctx: _Context, position: int) -> int:
    for token in ctx.tokens:
        if token.stop > position:
            return ctx.sentence_of[token.id][0]
    return position


def _appeared(ctx: _Context) -> list[_Draft]:
    """"В прессе появилась информация о том, что …", "на сайте клуба появилось сообщение, что …":
    where the report appeared says it. With no place named ("появилась информация, что …")
    the claim is nobody's."""
    drafts = []
    for verb in ctx.tokens:
        if ctx.lemma(verb) not in APPEARED or verb.feats.get("VerbForm") != "Fin" or ctx.in_quote(verb.start):
            continue
        own = ctx.children.get(verb.id, [])
        news = next((c for c in own if c.rel in SUBJECT_RELS and ctx.lemma(c) in NEWS), None)
        place = next((c for c in own if c.rel == "obl" and ctx.lemma(c) not in NOT_PLACES and c.feats.get("Case") == "Loc"
                      and ctx.subtree(c)[0].text.lower() in ("в", "во", "на")), None)
        if news is None or place is None:
            continue
        where = ctx.subtree(place)
        # where news appears: a medium ("в прессе", "на сайте") or an organisation, not "в Москве", "в суде"
        if ctx.lemma(place) not in PUBLISHED_IN and not any(
                sp.type == "ORG" and place.start <= sp.start and sp.stop <= where[-1].stop for sp in ctx.doc.spans):
            continue
        sentence = ctx.sentence_of[verb.id]
        after = ctx.between(news.stop, sentence[1])
        said = [t.text.lower() for t in after[:4]]
        if said[:4] == ["о", "том", ",", "что"] or said[:2] == [",", "что"]:
            start = after[3 if said[0] == "о" else 1].stop  # "о том, что …", ", что …": the clause
            end = _next_report(ctx, start, sentence[1], after_comma=True)
        elif said[:1] == ["о"]:
            # "информация о нападении": what it was about ("Информация о … появилась в СМИ" is not news)
            about = next((c for c in ctx.children.get(news.id, []) if ctx.subtree(c)[0] is after[0]), None)
            if about is None or news.start < verb.start:
                continue
            start, end = after[0].start, ctx.subtree(about)[-1].stop
        else:
            continue
        content = _trim_content(ctx, start, end)
        words = [t for t in where if t.pos != "PUNCT" or t.text in quote_marks.PAIRS or QUOTE_MARKS.fullmatch(t.text)][1:]
        if content is None or not words:
            continue
        drafts.append(_Draft(ctx.lemma(verb), "indirect", "assert", content, sentence,
                             (words[0].start, words[-1].stop), verb.start, rule="appeared"))
    return drafts


def _words_brought(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """"Газета приводит слова министра:" and the quotation, or the words on the next line
    ("Life News приводит его рассказ об аварии:"): whose words they are speaks, the one who
    brings them is the channel."""
    drafts = []
    for verb in ctx.tokens:
        if verb.feats.get("VerbForm") != "Fin" or ctx.in_quote(verb.start) or verb.id in ctx.used:
            continue
        whose = _words_of(ctx, verb)
        if whose is None:
            continue
        speaker, via = whose
        sentence = ctx.sentence_of[verb.id]
        rest = ctx.between(speaker[1], sentence[1])
        colon = next((t for t in rest if t.text == ":"), None)
        said = _what_clause(rest)
        if said is not None:  # "приводит слова адвоката, что он готов …", "… о том, что …"
            content, kind = _trim_content(ctx, said.stop, _next_report(ctx, said.stop, sentence[1], after_comma=True)), \
                "indirect"
        elif colon is None or any(t.pos == "VERB" for t in rest if t.start < colon.start):
            continue
        else:
            after = ctx.between(colon.stop, sentence[1])
            quoted = next((q for q in ctx.quotes if after and q[0] == after[0].start), None)
            content = quote_marks.inner(quoted) if quoted else _next_line(ctx, sentence[1]) if not after else None
            line = next((q for q in ctx.quotes if content and q == content), None)
            content = quote_marks.inner(line) if line else content  # (the line below, one quotation)
            kind = "direct"
        if content and not _overlaps_one(content, found + drafts):
            drafts.append(_Draft(ctx.lemma(verb), kind, "assert", content, sentence, speaker, verb.start, via,
                                 rule="words_brought"))
    return drafts


def _statement_made(ctx: _Context, cue: DocToken, content: tuple[int, int],
                    sentence: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
    """What a light verb's noun of speech says ("сделал заявление о своей отставке": the "о" phrase;
    "сделал громкое заявление: страна выходит из договора": what follows the colon)."""
    words = ctx.between(*content)
    noun = next((n for n, t in enumerate(words) if ctx.lemma(t) in TAKES[ctx.lemma(cue)]), None)
    if noun is None or noun + 2 >= len(words) or any(t.pos not in ("ADJ", "DET") for t in words[:noun]):
        return None
    after = words[noun + 1]
    if after.text == ":":
        block = _trim_content(ctx, after.stop, sentence[1])
        return (block, "direct") if block else None
    if fold(after.text) in ("о", "об", "обо"):
        return (after.start, content[1]), "object"
    return None


def _insisted_on(ctx: _Context, content: tuple[int, int]) -> tuple[int, int]:
    """What "настаивать на" insists on ends at its first comma outside quotation marks: "настоял на
    операции, и через неделю …" -> "на операции"."""
    comma = next((t for t in ctx.between(*content) if t.text == "," and not ctx.in_quote(t.start)), None)
    return _trim_content(ctx, content[0], comma.start) if comma is not None else content


def _what_clause(words: list[DocToken]) -> DocToken | None:
    """The "что" that opens the words right after a noun phrase: ", что …" or "о том, что …";
    a conjunction, not a relative's subject or object ("слова министра, что вызвало критику",
    "о том, что стало причиной кризиса")."""
    opening = [fold(t.text) for t in words[:4]]
    what = words[1] if opening[:2] == [",", "что"] else words[3] if opening == ["о", "том", ",", "что"] else None
    return what if what is not None and what.rel == "mark" else None


def _after_colon(ctx: _Context, colon: DocToken) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """What a colon outside quotation marks introduces: a quotation that ends its line (the
    quotation, its inner words), or, when the colon ends its line, the next line (None, it)."""
    if colon.text != ":" or ctx.in_quote(colon.start):
        return None
    gap = len(ctx.text[colon.stop : colon.stop + 10]) - len(ctx.text[colon.stop : colon.stop + 10].lstrip())
    quoted = next((q for q in ctx.quotes if q[0] == colon.stop + gap), None)
    if quoted is not None and not ctx.text[quoted[1] : _line_end(ctx, quoted[1])].strip(" .!?…"):
        return quoted, quote_marks.inner(quoted)
    if not ctx.text[colon.stop : _line_end(ctx, colon.stop)].strip():
        return None, _next_line(ctx, colon.stop)
    return None


def _named_colon(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """Words after a colon that follows a person's name, with no reporting verb: a quotation
    ("Хозяин плантации Джино Дескальси: «Мы шокированы»") or the next line when the colon ends
    its line; the name alone before the colon, or in the subject of the sentence's one verb
    ("Машкова поздравил его учитель Олег Табаков:"). Not a quotation that is a name, nor words
    a reporting verb already gave someone."""
    drafts = []
    names = {sp.stop: sp for sp in ctx.doc.spans if sp.type == "PER"}
    for colon in ctx.tokens:
        after = _after_colon(ctx, colon)
        if after is None or after[0] is not None and _a_name(ctx, after[0]):
            continue
        quoted, content = after
        sentence = ctx.sentence_of[colon.id]
        before = ctx.between(sentence[0], colon.start)
        if content is None or not before or _overlaps_one(content, found):
            continue
        name = names.get(before[-1].stop)
        head = ctx.token_at(name.start) if name is not None else None
        if head is None:
            continue
        # the person the phrase is, in apposition to its head ("Хозяин плантации Джино Дескальси:"),
        # not one in a genitive ("Программа визита губернатора Андрея Лаптева:" is no one's words)
        head = ctx.up(head, ("appos", "flat", "flat:name"))
        said = ctx.between(*content)
        # words that claim something, not a list: "Список составил Иван Петров:\n1. Анна …"
        claims = any(map(_finite, said)) and not said[0].pos == "NUM"
        verbs = [t for t in before if _finite(t)]
        if verbs:
            # the name in the subject of the one verb, and the words on a line of their own
            # ("поздравил его учитель Олег Табаков:"; not the title in "Песню исполнила Мила
            # Рокотова: «Я тебя жду»")
            subject = next((c for c in ctx.children.get(verbs[-1].id, []) if c.rel in SUBJECT_RELS), None)
            if len(verbs) > 1 or ctx.cue_act(verbs[-1]) or head is not subject or quoted is not None or not claims:
                continue
            speaker = span_of([t for t in ctx.subtree(subject) if t.pos != "PUNCT" and t.start < colon.start])
        elif all(t.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or t.text in "«»„“”\"" for t in before) \
                and head is next(t for t in before if t.pos in ("NOUN", "PROPN")) and (quoted is not None or claims):
            speaker = (before[0].start, before[-1].stop)  # "Хозяин плантации Джино Дескальси:"
        else:
            continue
        drafts.append(_Draft(":", "direct", "assert", content, sentence, speaker, colon.start, rule="named_colon"))
    return drafts


def _finite(token: DocToken) -> bool:
    return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin"


# how someone was when speaking: "оказался дипломатичным:", "выглядел расстроенным:"
MANNER_VERBS = {"быть", "оказаться", "выглядеть", "казаться", "остаться", "оставаться"}


def _manner_colon(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """"Сам Александр Белов оказался более дипломатичным: «…»", "Президент был краток: «…»": a
    sentence that only says how someone was (an adjective, with or without "быть", "оказаться",
    "выглядеть"), and a quotation after its colon that ends it and says something (a finite
    verb): the subject's words. Not a title or another's words after a verb or a phrase of its
    own ("проснулся от звонка: «…»", "была шокирована ответом чиновника: «…»", "Песню исполнила
    Мила Рокотова: «Я тебя жду»")."""
    drafts = []
    for colon in ctx.tokens:
        if colon.text != ":" or ctx.in_quote(colon.start):
            continue
        sentence = ctx.sentence_of[colon.id]
        following = ctx.between(colon.stop, sentence[1])
        quoted = next((q for q in ctx.quotes if following and q[0] == following[0].start), None)
        if quoted is None or ctx.text[quoted[1] : sentence[1]].strip(" .!?…\n") or _a_name(ctx, quoted) \
                or _overlaps_one(quote_marks.inner(quoted), found + drafts):
            continue
        before = ctx.between(sentence[0], colon.start)
        root = next((t for t in before if t.rel == "root"), None)
        if root is None or not any(map(_finite, ctx.between(*quote_marks.inner(quoted)))):
            continue
        own = [c for c in ctx.children.get(root.id, []) if c.start < colon.start and c.pos not in ("PUNCT", "ADV", "PART")
               and c.rel not in SUBJECT_RELS + ("cop", "aux")]
        state = root.pos == "ADJ" and not own or ctx.lemma(root) in MANNER_VERBS and len(own) == 1 and own[0].pos == "ADJ" \
            and all(c.pos in ("ADV", "PART") for c in ctx.children.get(own[0].id, []))
        if not state or any(t.pos in ("NOUN", "PROPN") and t.start > root.start for t in before):
            continue
        subject = next((c for c in ctx.children.get(root.id, []) if c.rel in SUBJECT_RELS and c.start < root.start), None)
        if subject is None or not (any(sp.type == "PER" and sp.start <= subject.start < sp.stop for sp in ctx.doc.spans)
                                   or subject.pos == "NOUN" and subject.feats.get("Animacy") == "Anim"):
            continue
        speaker = span_of([t for t in ctx.subtree(subject) if t.pos != "PUNCT" and t.start < root.start])
        drafts.append(_Draft(":", "direct", "assert", quote_marks.inner(quoted), sentence, speaker, colon.start,
                             rule="manner_colon"))
    return drafts


# reading out or passing on words someone else wrote ("зачитала письмо подзащитного:")
READ_OUT = {"зачитать", "зачитывать", "прочитать", "читать", "процитировать", "цитировать", "привести", "приводить",
            "пересказать", "переслать", "показать", "опубликовать", "публиковать"} | WRITTEN - {"заявление"} | {
            "отрывок", "цитата", "записка", "запись", "строка", "слово"}


def _first_person_colon(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """"Вот как он описывал своё укрытие:" and a line or a quotation after the colon that speaks
    in the first person ("Я скрываюсь в таком месте, где …"): the words of the person the
    sentence before is about (its verb's subject), though that verb does not report ("закончила
    интервью необычным заявлением:", "принимала решение самостоятельно:"). Not a short title
    ("исполнила песню: «Я тебя жду»"), nor words whose person the sentence does not give."""
    drafts = []
    for colon in ctx.tokens:
        after = _after_colon(ctx, colon)
        content = after[1] if after is not None else None
        sentence = ctx.sentence_of[colon.id]
        if content is None or _overlaps_one(content, found + drafts):
            continue
        said = [t for t in ctx.between(*content) if t.pos != "PUNCT"]
        first_person = any(fold(t.text) in FIRST_PERSON_FORMS or _finite(t) and t.feats.get("Person") == "1" for t in said)
        if len(said) < 5 or not first_person or not any(map(_finite, said)):
            continue
        before = ctx.between(sentence[0], colon.start)
        root = next((t for t in before if t.rel == "root"), None)
        # (a reporting verb's colon is its own, but describing is no report: "Вот как он описывал …:")
        if root is None or not _finite(root) or ctx.cue_act(root) and ctx.lemma(root) not in ASSESSING or any(
                ctx.lemma(t) in READ_OUT for t in before):
            continue  # ("зачитала письмо подзащитного:", "прочитал отрывок из романа:": another's words)
        subject = next((c for c in ctx.children.get(root.id, []) if c.rel in SUBJECT_RELS), None)
        person = subject is not None and (
            any(sp.type == "PER" and sp.start <= subject.start < sp.stop for sp in ctx.doc.spans)
            or subject.pos == "NOUN" and subject.feats.get("Animacy") == "Anim"
            or subject.pos == "PRON" and subject.feats.get("Person") == "3")
        if not person:
            continue
        speaker = span_of([t for t in ctx.subtree(subject) if t.pos != "PUNCT" and t.start < colon.start])
        drafts.append(_Draft(":", "direct", "assert", content, sentence, speaker, colon.start, rule="first_person_colon"))
    return drafts


def _headline(ctx: _Context) -> list[_Draft]:
    """"Кисин: Продолжайте делать все …" — a line that opens with a name and a colon."""
    drafts = []
    for sent in ctx.doc.sents:
        if sent.start and ctx.text[sent.start - 1] != "\n":
            continue
        colon = next((t for t in sent.tokens[:6] if t.text == ":"), None)
        if colon is None or ctx.in_quote(colon.start):
            continue
        name = [t for t in sent.tokens if t.start < colon.start]
        named = any(s.type in ("PER", "ORG") and (s.start, s.stop) == (sent.start, colon.start) for s in ctx.doc.spans)
        # "Глава Малайзии: …", "СМИ: …": a post or a source named by its noun
        described = 0 < len(name) <= 4 and name[0].pos == "NOUN" and (
            ctx.lemma(name[0]) in wordlist(ROLES) or ctx.lemma(name[0]) in SOURCES) and all(
            t.pos in ("NOUN", "PROPN", "ADJ", "DET") for t in name)
        content = _trim_content(ctx, colon.stop, sent.stop)
        if described and content is not None:
            # a claim, not "Источник фото: пресс-служба", "Министр финансов: кто займёт пост …"
            said = ctx.between(*content)
            described = any(map(_finite, said)) and fold(said[0].text) not in QUESTION_WORDS
        if not (named or described or name and all(t.pos == "PROPN" for t in name)) or content is None \
                or content[1] - content[0] < 15 or any(ctx.cue_act(t) for t in name):
            continue  # ("Министр Зотов уверен: …" is the verb's)
        # "Индонезия: 687 черепах отправили …" names where the news is from; a place speaks in a
        # headline only in its own words ("Россия: мы не признаем …")
        place = any(s.type == "LOC" and s.start <= sent.start and colon.start <= s.stop for s in ctx.doc.spans)
        if place and not (any(fold(t.text) in FIRST_PERSON_FORMS for t in ctx.between(*content))
                          or any(content[0] <= a < content[1] for a, _ in ctx.quotes)):
            continue
        drafts.append(_Draft(":", "direct", "assert", content, (sent.start, sent.stop),
                             span_of(name), colon.start, rule="headline"))
    return drafts


# -- 2. по его словам, … -------------------------------------------------------

def _according_to(ctx: _Context) -> list[_Draft]:
    drafts = []
    tokens = ctx.tokens
    for i, token in enumerate(tokens):
        preposition, k = token.text.lower(), i + 1
        if [t.text.lower() for t in tokens[i : i + 3]] in (["в", "соответствии", "с"], ["в", "соответствии", "со"]) \
                and (i == 0 or tokens[i - 1].start < ctx.sentence_of[token.id][0] or tokens[i - 1].text in ",—–("):
            # "В соответствии с заявлением представителя ООН, …" (not "ведутся в соответствии с
            # данными разведки": a basis, not a source)
            preposition, k = "согласно", i + 3
        follows = [fold(t.text) for t in tokens[i : i + 3]] == ["как", "следует", "из"]
        if follows:
            preposition, k = "согласно", i + 3  # "Как следует из сообщения пресс-службы суда, …"
        if preposition not in ACCORDING_PREPOSITIONS or ctx.in_quote(token.start):
            continue
        pronoun = None
        if k < len(tokens) and tokens[k].text.lower() in PRONOUNS:
            pronoun = tokens[k]
            k += 1
        if k + 1 < len(tokens) and tokens[k + 1].pos == "NOUN" and (tokens[k].pos == "ADJ" or tokens[k].feats.get(
                "VerbForm") == "Part" and preposition == "согласно"):
            # "согласно оглашённому решению суда", "по первоначальным словам девушки", "согласно
            # опубликованной декларации" (not the formula "по имеющейся информации")
            k += 1
        elif preposition == "согласно" and k < len(tokens) and any(   # (the tagger may call it a noun)
                p.tag.POS == "PRTF" and p.tag.case == "datv" for p in ctx.vocab.parse(tokens[k].text.lower())):
            # ... with when or where between: "согласно оглашённому в понедельник решению суда"
            noun = next((n for n in range(k + 1, min(k + 5, len(tokens))) if tokens[n].pos == "NOUN"
                         and tokens[n].feats.get("Case") == "Dat"), None)
            if noun is not None and all(t.text not in ",.;:" for t in tokens[k + 1 : noun]):
                k = noun
        if k >= len(tokens):
            continue
        on, noun_lemma = preposition == "на", ctx.lemma(tokens[k])
        # "на его взгляд, …" opens its clause; "обращают внимание на взгляд девушки" does not
        opens = i == 0 or tokens[i - 1].start < ctx.sentence_of[token.id][0] or tokens[i - 1].text in ",—–("
        # "согласно СМИ, …": the source itself after "согласно"
        # ("согласно The Hollywood Reporter, …", "согласно «Ведомостям», …": a named source)
        source = preposition == "согласно" and (noun_lemma in SOURCES or _names_a_source(ctx, tokens[k])) \
            or noun_lemma in POLLS and not on
        if on and (noun_lemma not in ON_NOUNS or not opens) or not on and noun_lemma not in ACCORDING_NOUNS and not (
                preposition == "согласно" and noun_lemma in ACCORDING_DOCUMENTS) and not source \
                and not (follows and fold(noun_lemma) in FOLLOWING_FROM):  # ("Как следует из материалов дела")
            continue
        noun = tokens[k]
        sentence = ctx.sentence_of[token.id]
        # after "который"/"что" the clause it opens is what was said: "Ковальчук, который по версии
        # следствия является организатором"
        # (or set off by commas after it: "республиканцев, которые, по мнению профсоюза, стоят …")
        opened = not opens and fold(tokens[i - 1].text) in RELATIVE | {"что"} or i > 1 and tokens[i - 1].text == "," \
            and fold(tokens[i - 2].text) in RELATIVE and tokens[i - 2].start >= ctx.sentence_of[token.id][0]
        if ctx.lemma(noun) == "версия" and not opens and not opened:
            continue  # "по версии следствия" opens a clause
        # "заявил, что, по его мнению, цены вырастут": the reporter's own hedge, inside the clause
        # reported (with a source named, "заявил, что, по данным МВД, …", the clause's inner layer)
        reporter = next((t for t in reversed(tokens[:i]) if t.start >= sentence[0] and ctx.cue_act(t)), None)
        reported = i > 1 and tokens[i - 1].text == "," and fold(tokens[i - 2].text) == "что" and reporter is not None
        form = PRONOUN_FORM.get(fold(pronoun.text)) if reported and pronoun is not None else None
        if reported and pronoun is not None and (form is None or (
                form[0] == "Plur" if reporter.feats.get("Number") == "Plur" else form == ("Sing", reporter.feats.get("Gender")))):
            continue  # (but "Женщина сообщила, что, по его словам, …" is his)
        opened = opened or reported
        in_sentence = [t for t in tokens if (token.start if opened else sentence[0]) <= t.start < sentence[1]]
        tail = [noun] if source else []
        if pronoun is None:
            # ("согласно источникам в правительстве, …": the source's own words up to the comma)
            for n, t in enumerate(tokens[k + 1 :], k + 1):
                inner_dot = t.text == "." and t.stop < len(ctx.text) and not ctx.text[t.stop].isspace()
                if _opens_a_subject(ctx, t) or tail and _a_time_phrase(ctx, tokens, n):
                    break  # "По данным изданий 39-летний уроженец …", "По данным МВД за прошлый год …": no comma
                if t.start >= sentence[1] or t.text in ",.;:!?—–" and not inner_dot:
                    # but "по данным Страна.ua" goes on, and so does a name in apposition
                    tail += _named_apposition(ctx, tokens, n, sentence) if tail and t.text == "," else []
                    break
                tail.append(t)
            following = tokens[k + 2] if k + 2 < len(tokens) else None
            if not tail and preposition == "согласно" and noun_lemma in STATEMENT_NOUNS \
                    and ctx.text[noun.stop : noun.stop + 2].strip().startswith(",") \
                    and not (following is not None and following.feats.get("VerbForm") == "Part"):
                tail = [noun]  # "Согласно сообщению, …": the document speaks for whoever issued it
            if not tail or tail[0].pos == "ADP" and not _published_in(ctx, tail) and not source \
                    and not _from_whom(ctx, tail):
                continue  # "по данным за прошлый год": a period is not a source
            if noun_lemma in POLLS and any(t.pos not in ("NOUN", "PROPN", "ADJ", "ADP", "PUNCT") for t in tail):
                continue  # "По опросам видно, что …": no attribution
            whole = tail
            tail = _source_phrase(ctx, noun, tail)
            # "По заявлению пострадавшей полиция возбудила дело": a complaint, not words, without a comma
            if not tail or tail is not whole and noun_lemma == "заявление":
                continue  # "По предварительным данным затраты составят …": no source named
        named = tail[tail[0].pos == "ADP" :] if tail else []
        if pronoun is None and not named:
            continue  # "ПО ДАННЫМ НА REDDIT ПОЛЬЗОВАТЕЛЬ ПОГИБ": the parse left only the preposition
        thing = next((t for t in named if t.pos == "NOUN"), None)
        if thing is not None and fold(ctx.lemma(thing)) in INSTRUMENTS and ctx.named(thing.start) is None:
            continue  # "по показаниям приборов", "по данным электронного счётчика": a reading, not a claim
        if noun_lemma == "заключение" and thing is not None and fold(ctx.lemma(thing)) in DEALS:
            continue  # "По заключению контракта, …": concluding it
        if noun_lemma in OPENING_ACCORDING and not (
                opens and not any(ctx.cue_act(t) for t in tokens[:i] if t.start >= sentence[0])
                and ctx.text[(tail[-1] if tail else noun).stop :].lstrip()[:1] == ","):
            continue  # (not inside another report: "Как рассказал X, по расчётам министерства, …")
        if noun_lemma in POLLS and named and named[0] is noun:
            named = tokens[i + 1 : k] + named  # "социологическим опросам": what polls, with their words
        if follows and named and named[0] is not noun and not any(
                t.feats.get("Animacy") == "Anim" or ctx.named(t.start) is not None for t in named):
            named = [noun] + named  # "Как следует из материалов дела": the documents, not the case
        speaker = (pronoun.start, pronoun.stop) if pronoun else span_of(named)
        phrase_end = (tail[-1] if tail else noun).stop
        content = _around(ctx, in_sentence, token.start, phrase_end)
        if opened and content is not None:
            # "Фильм, который по версии критиков стал лучшим, получил «Оскар»": up to the clause's comma
            words = ctx.between(*content)
            content = next((_trim_content(ctx, content[0], w.start) for w, v in zip(words, words[1:])
                            if w.text == "," and v.pos == "VERB" and v.feats.get("VerbForm") == "Fin"), content)
        if content is None and ctx.text[phrase_end : sentence[1]].strip() == ":" and LINE_END.match(ctx.text, sentence[1]):
            # "По его словам:" and the words on the next line, unless the line is someone's with its
            # own attribution ("— Это ложь, — возразил адвокат")
            content = _next_line(ctx, sentence[1])
            if content and any(ctx.cue_act(t) and not ctx.in_quote(t.start) for t in ctx.between(*content)):
                content = None
        if content is not None and content[0] >= phrase_end:
            # ("по информации от властей, ситуация стабилизировалась, однако жители сообщают о …": theirs)
            content = _trim_content(ctx, content[0], _next_report(ctx, *content, after_comma=True))
        if content is None:
            continue
        phrase = "согласно" if source and preposition == "согласно" else \
            f"согласно {ctx.lemma(noun)}" if preposition == "согласно" else (
            ON_NOUNS if on else ACCORDING_NOUNS)[ctx.lemma(noun)]
        drafts.append(_Draft(phrase, "according_to", "assert", content,
                             sentence, speaker, token.start, rule="according_to"))
        ctx.used.update(t.id for t in tokens[i : k + 1] + tail)
    return drafts


def _follows_from(ctx: _Context) -> list[_Draft]:
    """"Инфляция замедлилась до 7,1%, следует из данных Росстата": what a document or data show,
    after the claim (before it, "Как следует из …", is an according-to phrase); the source is
    whose they are, or the document itself ("следует из материалов дела")."""
    drafts = []
    tokens = ctx.tokens
    for i, token in enumerate(tokens[1:-2], 1):
        if fold(token.text) != "следует" or fold(tokens[i + 1].text) != "из" or tokens[i - 1].text != "," \
                or ctx.in_quote(token.start):
            continue
        sentence = ctx.sentence_of[token.id]
        k = i + 2
        while k + 1 < len(tokens) and (tokens[k].pos == "ADJ" or tokens[k].feats.get("VerbForm") == "Part") \
                and k < i + 5:  # "из обновлённого макроэкономического прогноза"
            k += 1
        if k >= len(tokens) or fold(ctx.lemma(tokens[k])) not in ACCORDING_DOCUMENTS | FOLLOWING_FROM:
            continue
        source = list(itertools.takewhile(lambda t: t.text not in ",.;:!?", ctx.between(tokens[i + 2].start,
                                                                                          sentence[1])))
        owner = [t for t in source if t.start > tokens[k].start]
        if len(owner) > 2 and fold(owner[0].text) in ("на", "в") and ctx.lemma(owner[1]) in PAGES:
            owner = owner[2:]  # "следует из информации на сайте банка": whose the page is
        content = _trim_content(ctx, sentence[0], tokens[i - 1].start)
        rest = ctx.between(source[-1].stop, sentence[1]) if source else []
        claim = ctx.between(*content) if content else []
        # a claim of its own before it, and nothing after the source but a clause about it ("…, которые
        # проанализировала «Метриум»"): not "Чтобы оформить льготу, следует из информации … выбрать",
        # "Если ставка снизится, следует из прогноза ЦБ, кредиты подешевеют", nor a report of its own
        if not claim or not source or fold(claim[0].text) in RELATIVE | SUBORDINATORS \
                or not any(_finite(t) for t in claim) \
                or any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") != "Part" for t in source) \
                or any(ctx.cue_act(t) and _finite(t) and not ctx.in_quote(t.start) for t in claim) \
                or rest and not (rest[0].text in ".!?…" or rest[0].text == "," and len(rest) > 1 and (
                    fold(ctx.lemma(rest[1])) in RELATIVE or rest[1].feats.get("VerbForm") == "Part")):
            continue
        # (whose: "данных Росстата", "приказа генерального директора", "прогноза ведомства"; but
        # "материалов дела" are the speaker)
        whose = owner and owner[0].pos != "ADP" and any(
            t.feats.get("Animacy") == "Anim" or ctx.named(t.start) is not None or fold(ctx.lemma(t)) in ORG_WORDS
            for t in owner)
        # (from whose name on: "обзора финансовой стабильности Банка России" is the bank's; not past
        # the body's own word, "аналитического центра «Уралнедвижимость»")
        named = next((n for n, t in enumerate(owner) if ctx.named(t.start) is not None), None)
        if not named or owner[named - 1].pos != "NOUN" or fold(ctx.lemma(owner[named - 1])) in ORG_WORDS:
            named = 0
        speaker = span_of(owner[named:] if whose else source)
        drafts.append(_Draft("следовать", "according_to", "assert", content, sentence, speaker, token.start,
                             rule="follows_from"))
        ctx.used.update(t.id for t in tokens[i : k + 1])
    return drafts


# words that open a subordinate clause or a circumstance, not a claim ("Если ставка снизится, следует из …")
SUBORDINATORS = {"если", "чтобы", "когда", "пока", "хотя", "при", "для", "что"}
# what a claim follows from, besides the documents an according-to phrase names
# (folded: "отчёт" is "отчет")
FOLLOWING_FROM = {"материал", "материалы", "статистика", "отчет", "отчетность", "приказ", "письмо", "протокол", "ответ",
                  "анализ", "мониторинг", "расчет", "база", "выписка", "справка", "карточка", "пресс-релиз",
                  "релиз", "публикация", "сведение", "сведения", "информация", "документация", "результат",
                  "обзор"}


def _named_apposition(ctx: _Context, tokens: list[DocToken], comma: int, sentence: tuple[int, int]) -> list[DocToken]:
    """"по словам автора законопроекта, депутата Андрея Красова, …": the comma and the
    apposition after it, when it ends in a person's name in the genitive and another comma."""
    end = next((n for n in range(comma + 1, min(len(tokens), comma + 10)) if tokens[n].pos == "PUNCT"
                and tokens[n].text not in "«»\""), None)
    if end is None or tokens[end].text != "," or tokens[end].start >= sentence[1] or end == comma + 1:
        return []
    phrase = tokens[comma + 1 : end]
    last = phrase[-1]
    if _a_person_noun(tokens[comma - 1]):
        return []  # "по словам адвоката обвиняемого, бывшего министра X": X is the accused
    if not all(t.pos in ("ADJ", "NOUN", "PROPN", "ADP") or t.text in "«»\"" for t in phrase) \
            or last.feats.get("Case") != "Gen" \
            or not any(sp.type == "PER" and sp.start <= last.start < sp.stop for sp in ctx.doc.spans):
        return []
    return tokens[comma:end]


def _a_person_noun(token: DocToken) -> bool:
    """A person named by a noun in the genitive ("обвиняемого", "потерпевшей", "мальчика"):
    an apposition after it may be that person's, not the speaker's."""
    return token.pos in ("NOUN", "ADJ") and token.feats.get("Case") == "Gen" and (
        token.feats.get("Animacy") == "Anim" or token.pos == "ADJ")


def _published_in(ctx: _Context, tail: list[DocToken]) -> bool:
    """"согласно сообщениям в прессе", "по публикациям на Reddit", "по сообщениям из Сеула", "по
    информации из СМИ", "по данным из источников в МВД": where a report appeared or came from is
    its source; "по данным на 1 января", "по данным за год" are dates."""
    if len(tail) < 2:
        return False
    # a proper name that is no place: "на Reddit", not "на Украине" ("По данным на Украине погибли …")
    place = any(sp.type == "LOC" and sp.start <= tail[1].start < sp.stop for sp in ctx.doc.spans)
    return tail[0].text.lower() in ("в", "на") and (tail[1].pos == "PROPN" and not place
                                                    or ctx.lemma(tail[1]) in PUBLISHED_IN) \
        or tail[0].text.lower() == "из" and (tail[1].pos == "PROPN" or ctx.lemma(tail[1]) in PUBLISHED_IN | SOURCES
                                            or any(sp.type == "ORG" and sp.start == tail[1].start for sp in ctx.doc.spans))


def _source_phrase(ctx: _Context, noun: DocToken, tail: list[DocToken]) -> list[DocToken]:
    """Without a comma the source runs into the claim ("По сведениям полиции Кинчев
    находится …"): then the source is the noun's own words before the claim's verb, up to
    a preposition (the parse may hang "на щеке" of "По словам женщины на щеке сына …" on
    the source)."""
    if not any(_finite(t) and not ctx.in_quote(t.start)
               for t in tail):
        return tail
    if tail[0].feats.get("Case") not in ("Gen", None) and tail[0].pos != "ADP":
        return []  # "По официальным данным Уго Чавес скончался": the claim's subject, not a source
    own = {t.id for t in ctx.subtree(noun)}
    n = 0
    while n < len(tail) and tail[n].id in own and (tail[n].pos != "ADP" or n == 0):
        n += 1
    return tail[:n]


def _around(ctx, sentence_tokens, phrase_start, phrase_end) -> tuple[int, int] | None:
    """Content of a sentence around a parenthetical phrase: what follows it, or, when it
    closes the sentence, what precedes it."""
    after = [t for t in sentence_tokens if t.start >= phrase_end and (t.pos != "PUNCT" or t.text in quote_marks.PAIRS)]
    before = [t for t in sentence_tokens if t.stop <= phrase_start]
    lead = [t for t in before if t.pos != "PUNCT"]
    # (and "там" the speaker stands for: "Там, как нам сообщили, начали проверку")
    if after and all(t.text.lower() in DISCOURSE | {"там"} for t in lead):
        return _trim_content(ctx, after[0].start, sentence_tokens[-1].stop)
    if after and lead:
        return _trim_content(ctx, lead[0].start, sentence_tokens[-1].stop)
    if lead:
        return _trim_content(ctx, lead[0].start, before[-1].stop)
    return None


def _in_a_side_clause(ctx: _Context, d: _Draft) -> bool:
    """The draft's reporting verb is not its sentence's own: it sits in a clause that hangs on
    another verb ("отказались от проекта, поскольку считают, что …")."""
    cue = ctx.token_at(d.cue_start)
    return cue is not None and cue.rel == "advcl"


def _a_plea(ctx: _Context, cue: DocToken) -> bool:
    """"признал вину", "признал себя виновным": the defendant's own word; "признал виновным" a verdict
    (not another's: "суд признал вину подсудимого", "признал поражение истца"; nor "поражение в
    правах", a sentence)."""
    admitted = {ctx.lemma(c) for c in ctx.children.get(cue.id, []) if not any(
        g.rel == "nmod" and g.feats.get("Case") == "Gen" or ctx.lemma(g) == "право"
        for g in ctx.children.get(c.id, []))}
    return ctx.lemma(cue) in ("признать", "признавать") and bool(admitted & ADMITTED or {"себя", "виновный"} <= admitted)


HIS_WORDS = re.compile(r"по (?:его|ее|её|их) (?:словам|мнению|данным|оценке|информации)", re.IGNORECASE)


def _before_another_report(ctx: _Context, content: tuple[int, int]) -> tuple[int, int]:
    """A reported clause ends where ", но" or ", а" opens another report with its own "что" ("…, что
    проверка завершена, но позже в министерстве уточнили, что она продолжается")."""
    tokens = ctx.between(*content)
    for n, t in enumerate(tokens[:-1]):
        if t.text == "," and fold(tokens[n + 1].text) in ("но", "а", "однако") and any(
                _finite(v) and ctx.cue_act(v) and not ctx.in_quote(v.start)
                and any(fold(ctx.subtree(c)[0].text) == "что" for c in ctx.children.get(v.id, []))
                # (not the reporter's own "…, а профсоюзы, по его словам, согласились, что …")
                and not HIS_WORDS.search(ctx.text, t.start, v.start)
                for v in tokens[n + 2 :]):
            return _trim_content(ctx, content[0], t.start) or content
    return content


def _trim_content(ctx: _Context, start: int, end: int) -> tuple[int, int] | None:
    while end > start and (ctx.text[end - 1] in ".,;:!?…—– " or ctx.text[end - 1].isspace()):
        end -= 1
    while start < end and (ctx.text[start] in ",;:—– " or ctx.text[start].isspace()):
        start += 1
    return (start, end) if end > start else None


# -- 3. Токаев заявил, что … ----------------------------------------------------

def _appeals(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """"обратился к гражданам с предложением провести выборы", "обратились в суд с просьбой
    ограничить …", "выступил с призывом …": what the appeal asks is a request of its maker."""
    drafts = []
    for verb in ctx.tokens:
        if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin" or ctx.lemma(verb) not in APPEALING \
                or ctx.in_quote(verb.start) \
                or any(d.content[0] <= verb.start < d.content[1] for d in found):
            continue
        if any(c.feats.get("Polarity") == "Neg" for c in ctx.children.get(verb.id, [])):
            continue  # "не обращался с просьбой о помиловании"
        for noun in ctx.children.get(verb.id, []):
            words = ctx.subtree(noun)
            if noun.rel == "obl" and words[0].text.lower() in ("с", "со") and noun.start < verb.start \
                    and ctx.lemma(noun) in POINTED_APPEALS and fold(words[1].text) in SUCH:
                # "С таким прогнозом выступила ассоциация": the sentence before is its claim
                sentence = ctx.sentence_of[verb.id]
                content, speaker = _previous_sentence(ctx, sentence), _subject(ctx, verb)
                if content and speaker and not _overlaps_one(content, found + drafts):
                    drafts.append(_Draft(ctx.lemma(verb), "indirect", "assert", content, sentence, speaker,
                                         verb.start, rule="appeal_points_back"))
                continue
            if noun.rel != "obl" or ctx.lemma(noun) not in APPEALS or words[0].text.lower() not in ("с", "со"):
                continue
            # what it asks: the infinitive or the "о …" after the noun, not "к губернатору, который …"
            asked_head = next((c for c in ctx.children.get(noun.id, []) if c.start > noun.stop and (
                c.pos == "VERB" and c.feats.get("VerbForm") == "Inf"
                or fold(ctx.subtree(c)[0].text) in ABOUT)), None)
            asked = [t for t in ctx.subtree(asked_head) if t.start > noun.stop] if asked_head else []
            speaker = _subject(ctx, verb)
            if not asked or speaker is None:
                continue
            sentence = ctx.sentence_of[verb.id]
            content = _trim_content(ctx, asked[0].start, min(asked[-1].stop, sentence[1]))
            if content:
                drafts.append(_Draft(ctx.lemma(noun), "indirect", APPEALS[ctx.lemma(noun)], content, sentence,
                                     speaker, verb.start, rule="appeal"))
        addressed = any(c.rel in ("obl", "iobj") and ctx.subtree(c)[0].text.lower() in ("к", "ко")
                        for c in ctx.children.get(verb.id, []))
        speaker = _subject(ctx, verb) if addressed and not any(d.cue_start == verb.start for d in drafts) else None
        if speaker is not None:
            # "обратился к молящимся:" and the words, quoted or on the next line
            sentence = ctx.sentence_of[verb.id]
            content, kind = _verb_content(ctx, verb, speaker, sentence)
            if content and kind == "direct" and ":" in ctx.text[verb.stop : content[0]]:
                drafts.append(_Draft(ctx.lemma(verb), kind, "assert", content, sentence, speaker, verb.start,
                                     rule="appeal_in_words"))
    return drafts


COPULAS = {"стать", "становиться", "являться", "быть", "оказаться", "остаться", "оставаться"}


def _verb_follows(ctx: _Context, comma: DocToken) -> bool:
    """A finite verb comes right after the comma, past adverbs and particles."""
    for t in ctx.between(comma.stop, ctx.sentence_of[comma.id][1]):
        if t.pos not in ("ADV", "PART"):
            return t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"
    return False


def _participle_act(ctx: _Context, token: DocToken) -> str | None:
    """The act of an active participle of a reporting verb ("утверждающая", "отрицавший",
    "угрожавшего"), for _participle_holder to find whose; not a request ("требующий повышения
    зарплат", "пожелавший остаться неизвестным" describe)."""
    if token.pos != "VERB" or token.feats.get("VerbForm") != "Part" or token.feats.get("Voice") != "Act":
        return None
    act = table(CUES).get(ctx.lemma(token))
    return act if act != "request" else None


def _participle_holder(ctx: _Context, cue: DocToken) -> tuple[int, int] | None:
    """"горничная Диалло, утверждающая, что …", "депутат Пономарев, в выступлении
    охарактеризовавший «Единую Россию» как …": an active participle set off by a comma reports
    for the person before the comma it agrees with in case, number (and gender); the parse hangs
    such participles anywhere, agreement does not lie. Not a thing ("статья, утверждающая …") nor
    a body ("Движения чаепития, призывающего к …" describes the movement)."""
    sentence = ctx.sentence_of[cue.id]
    before = ctx.between(sentence[0], cue.start)
    comma = next((n for n in range(len(before) - 1, -1, -1) if before[n].text == ","), None)
    if comma is None or any(t.pos in ("VERB", "AUX") for t in before[comma + 1 :]):
        return None
    agree = ("Case", "Number") + (("Gender",) if cue.feats.get("Number") == "Sing" else ())
    head = next((t for t in reversed(before[:comma]) if t.pos in ("NOUN", "PROPN")
                 and all(t.feats.get(f) == cue.feats.get(f) for f in agree)), None)
    if head is None or head.feats.get("Animacy") != "Anim" \
            and not any(sp.type == "PER" and sp.start <= head.start < sp.stop for sp in ctx.doc.spans):
        return None  # (a body "призывающего к сокращению расходов" is described, not reported)
    verb = ctx.by_id.get(head.head_id)
    if head.feats.get("Case") == "Ins" and verb is not None and ctx.lemma(verb) in COPULAS:
        return _subject(ctx, verb)  # "Он стал первым кандидатом, объявившим о …": he did
    words = [t for t in ctx.subtree(head) if t.pos != "PUNCT" and t.start < before[comma].start]
    if not words or any(t.pos in ("VERB", "AUX") for t in words):
        return None
    return span_of(words)


def _reporting_verbs(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    drafts = []
    for cue in ctx.tokens:
        # (a reading, "усмотрел в обложке пропаганду", here only: never the verb after a quotation)
        act = ctx.cue_act(cue) or _participle_act(ctx, cue) or (
            "assert" if ctx.lemma(cue) in INTERPRETING and cue.feats.get("VerbForm") == "Fin" else None)
        if not act or cue.id in ctx.used or ctx.in_quote(cue.start):
            continue
        if _finite(cue) and any(c.rel == "mark" and c.text.lower() == "чтобы" for c in ctx.children.get(cue.id, [])):
            continue  # wished or denied, never said: "хочет, чтобы министр заявил …", "не было случая, чтобы она жаловалась"
        # a converb goes with its verb: "признал, что вымогал деньги, угрожая, что …" is inside
        anchor = ctx.by_id.get(cue.head_id, cue) if cue.feats.get("VerbForm") == "Conv" else cue
        said_by = cue  # whose subject is the speaker's (a converb's is its verb's)
        if cue.feats.get("VerbForm") == "Conv" and cue.rel == "root":
            anchor = next((t for t in reversed(ctx.between(ctx.sentence_of[cue.id][0], cue.start))
                           if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"), None)
            if anchor is None:
                continue  # "Заявив о …, …" with no verb of its own
            said_by = anchor
        if anchor is not cue and ctx.in_quote(anchor.start):
            # "«…», — заявил Смирнов, обвинив в убийстве мятежников": the parse hung the converb
            # on a verb inside the quotation; it goes with the verb before it outside
            anchor = next((t for t in reversed(ctx.between(ctx.sentence_of[cue.id][0], cue.start))
                           if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" and not ctx.in_quote(t.start)), None)
            if anchor is None:
                continue
            said_by = anchor
        inside = [d for d in found if d.content[0] <= cue.start < d.content[1] or d.content[0] <= anchor.start < d.content[1]]
        if any(d.kind != "according_to" and not _as_said(ctx, d) for d in inside):
            continue  # reported inside another statement: the outer speaker is the source
        participle = cue.feats.get("VerbForm") == "Part" and not ctx.said_in(cue)  # (not "в документе сказано")
        if participle:
            subject = _participle_holder(ctx, cue)
            if subject is None:
                continue
        else:
            subject = _document_source(ctx, cue) if ctx.said_in(cue) else _subject(ctx, said_by)
        subject, told_to = _told(ctx, cue, subject)
        if subject is not None and _clause_then_place(ctx, cue, subject):
            subject = None  # "Военнослужащие приступили к учениям, сообщили в пресс-службе округа"
        if subject is None:
            subject = _unnamed_referring(ctx, cue)
        # "В МВД заявили": the place speaks; "…, добавили там": the place before, whatever the parse
        # made the subject
        placed = (subject is None or _there_after(ctx, cue) and cue.feats.get("Number") == "Plur") \
            and not ctx.said_in(cue)
        # ("На заводе подтвердили сокращение, уточнив, что …": the converb's verb's place)
        speaker = _place_speaker(ctx, anchor if cue.feats.get("VerbForm") == "Conv" else cue) if placed else subject
        unsaid = speaker is None and placed and _unsaid_subject(ctx, said_by)
        if unsaid:
            speaker = _previous_subject(ctx, said_by)  # "Также заявлял, что …": the subject the text went on with
        which = next((t for t in ctx.between(*speaker) if ctx.lemma(t) in RELATIVE), None) if placed and speaker else None
        if which is not None:
            # "«Яндекс», в пресс-службе которого сообщили": the service speaks for the one it is of
            # (the name right before the comma, if the parse hung the clause on a word after it)
            whose = _antecedent(ctx, cue, (which.start, which.stop))
            speaker = whose if whose and whose[0] < cue.start else _named_before(ctx, speaker[0]) or speaker
        if speaker is None or _folded(ctx, speaker) in CONJUNCTIONS or not placed and not unsaid and _a_thing(ctx, said_by):
            continue  # "так устала, что считала дни", "Это указывает на …", "Датчик сообщил о возгорании": no one speaks
        relative = _folded(ctx, speaker) in RELATIVE
        own = ctx.children.get(cue.id, [])
        if not any(c.rel in SUBJECT_RELS for c in own) and any(
                c.rel in ("obj", "iobj") and ctx.lemma(c) in RELATIVE for c in own):
            continue  # "американцев, которых обвиняли в том, что …" neither
        sentence = ctx.sentence_of[cue.id]
        fronted = _fronted_clause(ctx, sentence, speaker, cue)
        content, kind = fronted or ((_previous_sentence(ctx, sentence), "indirect") if _so_said(ctx, cue, sentence)
                                    else _verb_content(ctx, cue, speaker, sentence))
        # "Такие данные приводит ВЦИОМ по итогам опроса", "Такой прогноз содержится в обзоре X": the
        # figures before, whatever follows the verb
        shouted = next((q for q in ctx.quotes if content and q[0] == content[0]), None) \
            if ctx.lemma(cue) in SHOUTING and kind == "object" else None
        if shouted is not None:
            content, kind = (content[0], max(content[1], shouted[1])), "direct"  # "скандировали «Долой …!»"
        bringing = ctx.lemma(cue) in BRINGING
        pointing = [span_of(ctx.subtree(c)) for c in ctx.children.get(cue.id, [])
                    if bringing and c.rel == "obj" and c.start < cue.start or ctx.said_in(cue) and c.rel in SUBJECT_RELS]
        pointer = next((o for o in pointing if DATA_POINTER.match(_folded(ctx, o))), None)
        if pointer is not None:
            content, kind = pointer, "object"
        quoted = next((q for q in ctx.quotes if q == content), None) \
            if cue.feats.get("VerbForm") == "Conv" and ctx.lemma(cue) not in ("написать", "писать") else None
        if quoted is not None and not _a_name(ctx, quoted) and len(ctx.text[quoted[0] : quoted[1]].split()) > 1:
            content, kind = quote_marks.inner(quoted), "direct"  # ("ушёл, сказав «мы ещё вернёмся»": words said)
        if content is not None and participle:
            # the participle's phrase ends where the sentence's own verb goes on: "Диалло, утверждающая,
            # что её домогались, неоднократно лгала"
            resumed = next((t for t in ctx.between(*content) if t.text == "," and _verb_follows(ctx, t)), None)
            content = _trim_content(ctx, content[0], resumed.start) if resumed is not None else content
        if content is not None and kind == "clause":
            content = _before_another_report(ctx, content)
        if unsaid and (fronted or kind != "clause"):
            continue  # (a subject left unsaid speaks only in a "что" clause: "Писал учебники" is no claim)
        rule = "verb_fronted_clause" if fronted else f"participle_{kind}" if participle else f"verb_{kind}"
        if kind == "direct" and content is not None and content[0] >= sentence[1] and _in_relative_clause(ctx, cue):
            continue
        if ctx.lemma(cue) in BELIEFS and kind != "clause" and placed:
            continue  # "В Украине её считают героиней" is a reputation; "В Кремле считают, что …" speaks
        if relative:
            # "демонстранты, которые требовали …" describes them; "шофёр, который утверждает,
            # что …", "Клинтон, которая объявила о намерении уйти", "адвокат, который заявил:" and
            # his words report for whom they describe
            speaker = _antecedent(ctx, cue, speaker) if kind in ("clause", "direct") or _about(ctx, content) and act == "assert" \
                or _judged(ctx, cue, act, content) else None
            if speaker is None:
                continue
        # "Об этом рассказал тренер: «…»": the words quoted, and the sentence before they bear out
        topic_before = _fronted_topic(ctx, cue, sentence)
        data = content is not None and (bringing or ctx.said_in(cue)) and bool(DATA_POINTER.match(_folded(ctx, content)))
        if content is None or _only_when(ctx, content, after=cue.start) and not (
                (topic_before or data) and kind not in ("clause", "direct")):
            continue  # "Министр заявил в понедельник": a time is never what was said (but "Об этом
            # говорится в обращении союза в Минсельхоз" points to the sentence before)
        if inside and (kind not in ("clause", "direct") or content[0] < cue.start):
            # "по словам источника, министр заявил, что …" reports the minister's words too; but
            # "по данным МВД, задержанный признался в краже" is the ministry's claim alone
            continue
        pointed = kind == "direct" and topic_before
        anaphoric = kind != "clause" and _anaphoric(ctx, content, act)
        if kind != "clause" and (anaphoric or data or topic_before and not pointed):
            content, rule = _previous_sentence(ctx, sentence), "verb_points_back"  # "Об этом сообщила пресс-служба"
            # "Об этом говорится в сообщении дворца. Полиция подтвердила эту информацию": the
            # sentence before only said whose the claim was; this one bears out the same claim
            before = ctx.sentence_before(sentence[0])
            borne_out = next((d.content for d in found if d.rule == "verb_points_back" and d.sentence == before), None)
            if borne_out is not None:
                content = borne_out
            elif content is None or _overlaps_one(content, [d for d in found if not (
                    anaphoric and _in_a_side_clause(ctx, d))]):
                # the sentence before is already somebody's statement: a repetition (but "Об этом"
                # takes a sentence whose report is in a clause of its own: "Власти отказались …,
                # поскольку считают, что … Об этом сообщил мэр")
                continue
        if cue.start < content[0] < speaker[1] and speaker[0] < content[1]:
            # the parse took a subject of what was said for the speaker's: the phrase before the verb
            # (also when it hung a name before the verb on it: "«Коммерсантъ» объяснил тем, что президент …")
            speaker = _subject_before(ctx, cue)
            if speaker is None:
                continue
        cue_lemma = ctx.lemma(cue)
        if cue_lemma in EVIDENCING and not (kind == "clause" and _owned_evidence(ctx, speaker)):
            # whose data: "Данные Банка России показывают, что …"; not "Проверка показала, что …", "Пример
            # Ивана Петрова показывает …", "Доклад о нарушениях в ФСИН свидетельствует …", "показал фильм"
            continue
        negation = next((c for c in ctx.children.get(cue.id, []) if c.feats.get("Polarity") == "Neg"), None)
        negated = negation is not None
        ruled_out = cue_lemma in ONLY_DENIED and not negated and kind == "object" and _ruled_out(ctx, content)
        head = ctx.by_id.get(cue.head_id)
        if (negated or head is not None and ctx.lemma(head) in REFUSING) and _a_plea(ctx, cue):
            act = "deny"  # "Подсудимый не признал вину", "отказался признать вину": a plea, as "отрицает свою вину" is
        # "Роспотребнадзор не рекомендует купаться": advice all the same, its "не" with it (not a
        # class of people's, "Врачи не советуют …", that an "Об этом рассказал X" after it gives X)
        advised = negated and cue_lemma in ADVISING and content[0] > cue.start and _infinitive(ctx, content) \
            and not _a_class_of_people(ctx, speaker)
        if not advised and act != "deny" and negated and cue_lemma not in ONLY_DENIED or cue_lemma in ONLY_DENIED and not (
                negated and (kind == "clause" or _genitive_object(ctx, content))) and not ruled_out:
            # "политик не упоминал вирус"; but "не отрицают, что …" admits, "не исключил возвращения"
            # asserts ("не исключило участки из зоны", "не исключил доказательства" is no speech)
            continue
        if ruled_out:
            act = "deny"  # "Министр исключил повышение НДС": says it will not happen
        if _not_said(ctx, cue, content):
            continue
        admits = _a_plea(ctx, cue)
        infinitive = _infinitive(ctx, content)
        converb = cue.feats.get("VerbForm") == "Conv"
        # a converb reports with a clause, a quotation, "заявив о …" or "пообещав сделать …"
        # (after its verb: "говоря о Геноциде, отметил, что …" only sets the topic)
        head = ctx.by_id.get(cue.head_id)
        trailing = head is not None and head.start < cue.start and not ctx.cue_act(head)
        # ("…, обвинив его в коррупции": an accusation with its charge, whatever verb it hangs on)
        converb_ok = converb and (kind in ("clause", "direct") or _judged(ctx, cue, act, content) or trailing and (
            act == "assert" and _about(ctx, content) or act in ("promise", "request") and infinitive))
        # ("Как заметил министр, цены растут": the parenthesis has what was said around it)
        as_said = _set_off_by_as(ctx, cue, sentence)
        # ("настаивает на своей невиновности": what is insisted on is a claim, that phrase alone;
        # "настаивал" alone is not)
        insists = cue_lemma in ("настаивать", "настоять") and kind in ("object", "indirect") \
            and ctx.text[content[0] : content[1]].split()[0].lower() == "на"
        if insists:
            content = _insisted_on(ctx, content)
        # "сделал заявление о своей отставке", "сделал заявление: страна выходит из договора"
        made = _statement_made(ctx, cue, content, sentence) if kind == "object" and cue_lemma in TAKES else None
        if made is not None:
            (content, kind), rule = made, f"verb_{made[1]}"
        needs_clause = (cue_lemma in CLAUSE_ONLY and not admits and not as_said and not insists and made is None
                        and not data
                        and not (cue_lemma in WISHES and infinitive) and not _a_stance_to_act(ctx, cue, content)) \
            or converb
        if needs_clause and kind not in ("clause", "direct") and not converb_ok or cue_lemma in QUOTING \
                or cue_lemma in NOT_WITH_AN_OBJECT and kind == "object" \
                or cue_lemma in ACTS_ON_AN_OBJECT and _acted_on(ctx, cue, content, kind):
            continue
        if cue_lemma in ("сравнить", "сравнивать") and not re.search(r"(?:^|\s)со?\s", ctx.text[content[0] : content[1]]):
            continue  # "сравнил жизнь с психушкой"; "учёные сравнили данные двух экспедиций" is work
        ctx.used.add(cue.id)
        if cue_lemma in ("назвать", "называть") and _accuses(ctx, content):
            act = "accuse"
        if kind != "direct":
            kind = "mixed" if any(content[0] <= a and b <= content[1] + 1 for a, b in ctx.quotes) else "indirect"
        if advised:
            content = (negation.start, content[1])
        new = [_Draft(cue_lemma, kind, act, content, sentence, one, cue.start, told_to, rule=rule)
               for one in _each_speaker(ctx, speaker)]  # "заявили Иванов и Петров": a statement for each
        colon = ctx.text.rfind(":", cue.stop, content[0]) if kind == "direct" and not converb else -1
        lead = _trim_content(ctx, cue.stop, colon) if colon > 0 else None
        # ("отозвался о проекте так: «…»": the words are all there is)
        if lead and (_about(ctx, lead) or act in ("deny", "accuse")) \
                and fold(ctx.text[lead[0] : lead[1]]).split()[-1] not in ("так", "следующее", "образом"):
            # "заявила о политической ангажированности процесса: «…»", "опровергал сведения о …: «…»":
            # what about, and the words
            new += [replace(d, kind="indirect", content=lead, rule="verb_about_before_quote") for d in new]
        if _relayed(ctx, new[0]):
            continue  # "Министр, сообщает ТАСС, заявил, что …": the minister's words stay his
        back = _previous_sentence(ctx, sentence) if pointed else None
        if back and not _overlaps_one(back, found):
            new = [replace(d, kind="indirect", content=back, rule="verb_points_back") for d in new] + new
        # (two verbs the parse gave one clause: "рекомендуют прививаться, так как уверены, что …")
        new = [d for d in new if not any(o.content == d.content and o.speaker == d.speaker for o in drafts)]
        drafts += new
        found = found + drafts[-1:]
    return drafts


def _told(ctx: _Context, cue: DocToken, speaker: tuple[int, int] | None) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """"Как рассказал «АиФ» врач Сергей Туманов, …": an outlet right after the verb, then a person,
    is who the words were told to; the person speaks (the parse may make the outlet the
    subject). The speaker and the outlet, or the speaker as it was and no outlet."""
    told = (ctx.named(speaker[0]) or speaker) if speaker is not None else None
    if told is not None and told[0] < cue.start and outlet(ctx.text[told[0] : told[1]]):
        # "В Минобороны ТАСС сообщили": the body in "в …" right before the outlet speaks to it
        place = next((sp for sp in ctx.doc.spans if sp.type == "ORG" and sp.stop < told[0]
                      and not ctx.text[sp.stop : told[0]].strip(" «»\"")
                      and re.search(r"(?:^|[\s,])[вВ]о?\s+$", ctx.text[max(0, sp.start - 4) : sp.start])), None)
        if place is not None:
            return (place.start, place.stop), told
    if speaker is None or speaker[0] < cue.stop:
        return speaker, None
    following = [t for t in ctx.between(cue.stop, ctx.sentence_of[cue.id][1])]
    rest = None
    for n in range(min(len(following), 5), 0, -1):
        # (the parse may make the outlet the subject, or the person after it)
        if following[0].start <= speaker[0] < following[n - 1].stop + 2 \
                and outlet(ctx.text[following[0].start : following[n - 1].stop]):
            rest = list(itertools.takewhile(lambda t: t.text not in ",.;:—–", following[n:]))
            outlet_span = (following[0].start, following[n - 1].stop)
            break
    if not rest:
        return speaker, None
    noun = next((t for t in rest if t.pos not in ("ADJ", "PUNCT")), None)
    person = any(sp.type == "PER" and rest[0].start <= sp.start < rest[-1].stop for sp in ctx.doc.spans) or (
        noun is not None and noun.pos == "NOUN" and noun.feats.get("Case") == "Nom"
        and (ctx.lemma(noun) in wordlist(ROLES) or ctx.lemma(noun) in SOURCES))
    words = [t for t in rest if t.pos != "PUNCT"]
    return (span_of(words), outlet_span) if person and words else (speaker, None)


def _as_said(ctx: _Context, d: _Draft) -> bool:
    """"Как сообщает «КП», губернатор заявил, что …": an attribution set off like "по словам",
    inside which the governor's own report is his too."""
    cue = ctx.token_at(d.cue_start)
    return cue is not None and d.content[0] > cue.start and _set_off_by_as(ctx, cue, d.sentence)


def _set_off_by_as(ctx: _Context, cue: DocToken, sentence: tuple[int, int]) -> bool:
    """The cue opens a parenthesis with "как" ("Как сообщили в МВД, …"), not a time ("после того,
    как суд признал его виновным", "после того как он написал, что …")."""
    return any(c.text.lower() == "как" and c.start < cue.start and _opens_clause(ctx, c, sentence)
               for c in ctx.children.get(cue.id, []))


def _a_stance_to_act(ctx: _Context, cue: DocToken, content: tuple[int, int]) -> bool:
    """"выразил желание сложить полномочия", "высказала готовность провести переговоры": a will
    to act, said, with no clause; "выразили протест против …": a position against something."""
    words = [t for t in ctx.between(*content) if t.pos != "PUNCT"]
    return ctx.lemma(cue) in EXPRESSING and len(words) > 1 and (
        ctx.lemma(words[0]) in STANCES and words[1].feats.get("VerbForm") == "Inf"
        or ctx.lemma(words[0]) in OBJECTIONS and words[1].pos == "ADP")


def _judged(ctx: _Context, cue: DocToken, act: str, content: tuple[int, int]) -> bool:
    """A charge or a name given says something even without a clause: "обвинив его в коррупции",
    "критикуя Чавеса за перебои", "называя его «незаконным похищением»", "Гейтс, который назвал
    Оззи одним из лучших программистов"."""
    words = ctx.between(*content)
    if act == "accuse":
        return any(t.text.lower() in ("в", "во", "за") for t in words)
    return ctx.lemma(cue) in ("назвать", "называть") and any(
        t.feats.get("Case") == "Ins" or t.text in quote_marks.PAIRS for t in words)


def _overlaps_one(span: tuple[int, int], drafts: list[_Draft]) -> bool:
    """``span`` shares text with what one of ``drafts`` says."""
    return any(d.content[0] < span[1] and span[0] < d.content[1] for d in drafts)


def _quotes_another(ctx: _Context, token: DocToken) -> bool:
    """Between a verb and its colon, a word that makes what follows someone else's words: another
    reporting verb ("в пресс-службе которого сообщили:"), a converb of quoting ("процитировав
    начальника:", "приводя слова жительницы:")."""
    return token.pos == "VERB" and (token.feats.get("VerbForm") == "Fin" and ctx.cue_act(token) is not None
                                    or token.feats.get("VerbForm") in ("Conv", "Part")  # (the tagger mixes them up)
                                    and ctx.lemma(token) in QUOTING_CONVERBS)


def _first_person(ctx: _Context, speaker: tuple[int, int]) -> bool:
    """"я", "мы", "мои врачи": outside quotation marks, somebody's unmarked words."""
    folded = _folded(ctx, speaker)
    return folded in FIRST_PERSON or any(w in MY for w in folded.split())


def _ruled_out(ctx: _Context, content: tuple[int, int]) -> bool:
    """"исключил повышение НДС": an event ruled out (not "исключил студента из вуза", "исключили
    участки из зоны": taking out of something)."""
    words = ctx.between(*content)
    first = next((t for t in words if t.pos == "NOUN"), None)
    return first is not None and first is words[0] and first.feats.get("Case") == "Acc" \
        and ctx.lemma(first) in RULED_OUT | HARMS and not any(fold(t.text) == "из" for t in words)


def _genitive_object(ctx: _Context, content: tuple[int, int]) -> bool:
    words = [t for t in ctx.between(*content) if t.pos not in ("PUNCT", "ADJ", "DET")]
    return bool(words) and words[0].pos == "NOUN" and words[0].feats.get("Case") == "Gen" \
        and not any(t.text.lower() == "из" for t in words)


def _infinitive(ctx: _Context, content: tuple[int, int]) -> bool:
    # past adverbs: "как можно скорее набрать форму"
    words = [t for t in ctx.between(*content) if t.pos not in ("PUNCT", "ADV", "PART", "SCONJ")]
    # ("быть внимательными": the copula is tagged AUX)
    return bool(words) and words[0].pos in ("VERB", "AUX") and words[0].feats.get("VerbForm") == "Inf"


def _about(ctx: _Context, content: tuple[int, int]) -> bool:
    return fold(ctx.text[content[0] : content[0] + 4]).split(" ")[0] in ABOUT


def _antecedent(ctx: _Context, cue: DocToken, relative: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase a relative clause hangs on, up to the relative word."""
    if cue.rel == "xcomp" and cue.head_id in ctx.by_id:
        cue = ctx.by_id[cue.head_id]  # "который успел заявить"
    head = ctx.by_id.get(cue.head_id) if cue.rel == "acl:relcl" else None
    if head is None or head.pos not in ("NOUN", "PROPN"):
        return None
    word = ctx.token_at(relative[0])
    if word is not None and not _same_form(head, word):
        # "имеет конкурентов: сенатор Барак Обама, который заявил": "который" is singular, the
        # parse hung it on the plural; the nearest noun it agrees with
        head = next((t for t in reversed(ctx.between(ctx.sentence_of[head.id][0], relative[0]))
                     if t.pos in ("NOUN", "PROPN") and _same_form(t, word)), None)
        while head is not None and head.rel in ("flat:name", "flat", "appos") and head.head_id in ctx.by_id \
                and ctx.by_id[head.head_id].start < head.start:
            head = ctx.by_id[head.head_id]  # "Обама" -> "Барак Обама" -> "сенатор Барак Обама"
        if head is None:
            return None
    own = {t.id for t in ctx.subtree(head)}
    named = _apposed_name(ctx, head, word) if word is not None else None
    if named is not None:
        return named
    words: list[DocToken] = []
    for t in ctx.between(head.start, relative[0]):
        if t.text in ",;:—–()":
            break
        if t.id in own:  # past words the parse hung elsewhere: "актера из сериала «…» Энтони Рэппа, который"
            words.append(t)
    for t in reversed(ctx.between(ctx.sentence_of[head.id][0], head.start)):
        if t.id not in own or t.pos in ("PUNCT", "ADP"):
            break  # "от его бывшего шофёра": without the preposition
        words.insert(0, t)
    return span_of(words) if words else None


def _folded(ctx: _Context, span: tuple[int, int]) -> str:
    return fold(ctx.text[span[0] : span[1]])


def _sourced(ctx: _Context, d: _Draft) -> _Draft:
    """"Как сообщает Интерфакс со ссылкой на пресс-службу МВД, …": the press service speaks,
    the agency relays its words."""
    # (an outlet by what it does, too: "…, пишут «Деловые вести» со ссылкой на источники")
    if d.speaker is None or d.via is not None or not (
            _an_outlet(ctx, d.speaker) or "сми" in _folded(ctx, d.speaker).split()
            or d.cue in ("писать", "передавать", "передать") and ctx.named(d.speaker[0]) is not None):
        return d  # "губернатор со ссылкой на данные служб сообщил": the governor's claim
    # right after the outlet's name: "сообщает «Интерфакс» со ссылкой на …"; or opening the sentence
    # before it: "Со ссылкой на источники в отрасли агентство Bloomberg сообщает, что …"
    found = SOURCED.match(ctx.text, d.speaker[1]) or SOURCED.match(ctx.text, d.speaker[1] + 1)
    opening = SOURCED.match(ctx.text, d.sentence[0]) if found is None else None
    found = found or (opening if opening is not None and opening.end() < d.speaker[0] else None)
    if found is None or d.content[0] <= found.start() < d.content[1]:
        return d
    source = _referred_to(ctx, found, d.speaker[0] if found is opening else d.sentence[1], d.content[0])
    return replace(d, speaker=source, via=d.speaker) if source else d


def _referred_to(ctx: _Context, found: re.Match, stop: int, content: int) -> tuple[int, int] | None:
    """Who "со ссылкой на" (``found``) refers to: its words up to a mark, a verb or the content."""
    words = []
    for t in ctx.between(found.end(), stop):
        if t.text in ",.;:—–()" or t.pos in ("VERB", "AUX") or t.start >= content > found.start() or len(words) == 8:
            break
        words.append(t)
    return _whole_names(ctx, span_of(words)) if words else None


def _unnamed_referring(ctx: _Context, cue: DocToken) -> tuple[int, int] | None:
    """"Со ссылкой на источник в Генштабе сообщалось, что …": a verb with no subject says who
    it has the words from, before it in its sentence."""
    found = SOURCED.search(ctx.text, ctx.sentence_of[cue.id][0], cue.start)
    if found is None or any(map(_finite, ctx.between(found.end(), cue.start))):
        return None  # ("…сообщалось, что …, но позже в министерстве уточнили": the first verb's)
    return _referred_to(ctx, found, cue.start, cue.start)


def _whole_names(ctx: _Context, speaker: tuple[int, int]) -> tuple[int, int]:
    """A speaker never cuts a name: the parse hangs "Собянин" in "С. Собянин пообещал" on
    the initial, and the subject's words are "С." alone."""
    start, end = speaker
    for span in ctx.doc.spans:
        if span.start < end and start < span.stop:
            start, end = min(start, span.start), max(end, span.stop)
    # "— заявил … замглавы Минцифры Игорь Селезнёв" parsed with the ministry for the subject: the
    # person named right after an organisation's name is who
    person = next((sp for sp in ctx.doc.spans if sp.type == "PER" and end < sp.start
                   and not ctx.text[end : sp.start].strip()), None)
    body = next((sp for sp in ctx.doc.spans if sp.type == "ORG" and sp.stop == end), None) if person else None
    post = ctx.between(body.start - 30, body.start)[-1:] if body is not None else []
    if post and fold(ctx.lemma(post[0])) in wordlist(ROLES):  # (not "По сведениям полиции Орлов находится …")
        start, end = min(start, post[0].start), person.stop
    # "— заявил, в частности, министр": the aside is not the speaker's
    aside = ASIDE.match(ctx.text, start, end)
    if aside and aside.end() < end:
        start = aside.end()
    # nor a quoted name: "Компания «Ромашка»" keeps its closing mark
    for opening, closing in quote_marks.PAIRS.items():
        if end < len(ctx.text) and ctx.text[end] in closing and opening not in closing and \
                ctx.text.count(opening, start, end) > sum(ctx.text.count(c, start, end) for c in closing):
            end += 1
    return start, end


def _acted_on(ctx: _Context, cue: DocToken, content: tuple[int, int], kind: str) -> bool:
    """"объявили траур", "написал больше 6 тысяч работ": the verb acts on its object, and the
    object is what the content starts with, however the parse hangs it."""
    if kind not in ("object", "indirect"):
        return False
    objects = ACTS_ON_AN_OBJECT[ctx.lemma(cue)]
    if any(c.feats.get("Case") == "Ins" and c.pos in ("NOUN", "ADJ") and ctx.lemma(c) not in (objects or ())
           and ctx.lemma(c) not in WHEN | TIME_WORDS | SEASONS  # "объявило конкурс прошлым летом"
           and not ctx.prepositional(c) for c in ctx.children.get(cue.id, [])):
        return False  # "объявил смерть певицы убийством": declaring what something is
    if objects is None:
        # "предложил вознаграждение" offers a thing; "предложил на своё место заместителя"
        # proposes a person, which is a statement
        # (not a word of the subject's participle phrase the parse hung on the verb: "Шмидт,
        # возглавлявший интернет-компанию, объявил о своём уходе")
        return kind == "object" and any(c.rel == "obj" and not (ctx.lemma(cue) in OFFERS and (
            c.feats.get("Animacy") == "Anim" or ctx.lemma(c) == "кандидатура"))
            and not (c.start < cue.start and "," in ctx.text[c.stop : cue.start]) for c in ctx.children.get(cue.id, []))
    # past the counting words: "больше 6 тысяч работ", "десятки картин"
    first = next((t for t in ctx.between(*content) if t.pos == "NOUN" and ctx.lemma(t) not in COUNTING), None) \
        if content[0] > cue.start else None  # "Работа над мостом завершена, написал губернатор" reports
    return any(c.rel == "obj" and ctx.lemma(c) in objects for c in ctx.children.get(cue.id, [])) \
        or first is not None and ctx.lemma(first) in objects


def _on_the_next_line(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """"Алексей повторил, что жалеет о содеянном:" and his words on the next line: a
    statement whose sentence ends its line with a colon goes on in the line below, which
    is the same speaker's words (direct). What the speaker says there in the first person
    ("Я написал в суд") is part of them; a line where somebody else is reported is not."""
    added = []
    for d in found:
        end = d.sentence[1]
        if d.kind == "direct" or d.speaker is None or not ctx.text[d.content[1] : end].rstrip().endswith(":") \
                or not LINE_END.match(ctx.text, end):
            continue
        block = _next_line(ctx, end)
        if block is None or not any(t.pos in ("VERB", "AUX") for t in ctx.between(*block)):
            continue  # "вошли следующие компании:" and a list of names: no words said
        inside = [o for o in found if block[0] <= o.cue_start < block[1]]
        # ("Да, я видела письмо. Он мне его прочитал. Он просил о …": her words, whoever she reports)
        own = any(fold(t.text) in FIRST_PERSON_FORMS for t in ctx.between(*block))
        if _in_relative_clause(ctx, ctx.token_at(d.cue_start)):
            continue
        if (own or all(o.speaker and _folded(ctx, o.speaker) in FIRST_PERSON for o in inside)) \
                and not _overlaps_one(block, [o for o in found + added if o not in inside]):
            added.append(replace(d, kind="direct", content=block, rule="next_line_after_colon"))
            found = [o for o in found if o not in inside]
    return found + added


def _apposed_name(ctx: _Context, head: DocToken, relative: DocToken) -> tuple[int, int] | None:
    """The name set off by a dash after the noun, right before the relative word: "другой адвокат
    экс-руководителя — Рубен Маркарьян, который заявил" describes Маркарьян (the parse hangs the
    clause on the noun the name is in apposition to)."""
    before = [t for t in ctx.between(head.stop, relative.start) if t.text != ","]
    if not before or before[-1].pos != "PROPN":
        return None
    name = before[-1]
    name = ctx.up(name, ("flat:name",))
    if name.rel != "appos" or name.head_id != head.id or name.feats.get("Case") != head.feats.get("Case") \
            or not _same_form(name, relative) or not any(t.text in "—–" for t in before if t.start < name.start):
        return None
    return name.start, before[-1].stop


def _in_relative_clause(ctx: _Context, cue: DocToken | None) -> bool:
    """The words on the line below a colon are not of a verb in a relative clause with a subject
    of its own: in "пролила свет на письмо, о котором говорил Песков:" the colon ends her
    sentence, not his clause (but "опубликовал статью, где ответил Суркову:" goes on with his, and
    "записку, которую написал его подзащитный:" is what he wrote)."""
    if cue is None or cue.rel != "acl:relcl":
        return False
    own = ctx.children.get(cue.id, [])
    return any(c.rel in SUBJECT_RELS and fold(c.text) not in RELATIVE for c in own) \
        and not any(c.rel == "obj" and fold(c.text).startswith(("котор", "что")) for c in own)


def _own_words_below(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """"Певица Карина Кокс присоединилась к поздравлениям:" and on the next line "Мои
    поздравления Жанне! …": a person named as the subject of a line ending in a colon, and a
    next line in the first person or exclaiming, are that person's words."""
    drafts = []
    for sent in ctx.doc.sents:
        end = sent.stop
        if not ctx.text[sent.start : end].rstrip().endswith(":") or not LINE_END.match(ctx.text, end):
            continue
        root = next((t for t in sent.tokens if t.rel == "root" and t.pos == "VERB"
                     and t.feats.get("VerbForm") == "Fin"), None)
        subject = next((c for c in ctx.children.get(root.id, []) if c.rel in SUBJECT_RELS), None) if root else None
        phrase = [w for w in ctx.subtree(subject) if w.start < root.start] if subject is not None else []
        person = next((sp for sp in ctx.doc.spans if sp.type == "PER" and phrase
                       and phrase[0].start <= sp.start < phrase[-1].stop), None)
        block = _next_line(ctx, end) if person is not None else None
        if block is None or _overlaps_one(block, found + drafts):
            continue
        words = ctx.between(*block)
        if not any(fold(t.text) in FIRST_PERSON_FORMS for t in words) and "!" not in ctx.text[block[0] : block[1]]:
            continue
        speaker = span_of([w for w in phrase if w.pos != "PUNCT"])
        drafts.append(_Draft(ctx.lemma(root), "direct", "assert", block, (sent.start, block[1]), speaker,
                             root.start, rule="own_words_below"))
    return drafts


def _interview_answers(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """An interview set out as dialogue: "Мы поговорили с балериной Софьей Лаптевой." and then
    lines "— Вы волнуетесь?" / "— Конечно. Это мой первый сезон …": each line that answers a
    question line is the words of the one person named in the paragraph before the first
    question (not a line that names its own speaker, not when that paragraph names two)."""
    lines = [(m.start(1), m.end(1)) for m in DIALOGUE_LINE.finditer(ctx.text)]
    drafts: list[_Draft] = []
    interviewee = None
    for (q_start, q_end), (a_start, a_end) in zip(lines, lines[1:]):
        question = ctx.text[q_start:q_end].rstrip()
        if not question.endswith("?") or ctx.text[q_end:a_start].count("\n") > 2 or ctx.text[a_start:a_end].rstrip().endswith("?"):
            continue
        intro = _line_before(ctx, q_start)
        if intro is not None and not DIALOGUE_LINE.match(ctx.text, intro[0]):
            # the paragraph before the dialogue, and the one person it names
            interviewee = _interviewee(ctx, intro)
        # (up to an attribution of its own by "он"/"она": "— Привычно хорошим, — смеётся он"; a line
        # that names its own speaker is that one's, "— …, — отвечает заведующий отделением Игорь Лавров")
        attributed = SELF_ATTRIBUTED.search(ctx.text, a_start, a_end)
        by = ctx.text[attributed.end() : a_end].split()[:1] if attributed else []
        content = _trim_content(ctx, a_start, attributed.start() + 1 if attributed else a_end)
        if interviewee is None or content is None or _overlaps_one(content, found + drafts) \
                or attributed and not (by and fold(by[0].strip(".,!?…")) in ("он", "она")):
            continue
        drafts.append(_Draft(":", "direct", "assert", content, content, interviewee, a_start, rule="interview_answer"))
    return drafts


def _interviewee(ctx: _Context, intro: tuple[int, int]) -> tuple[int, int] | None:
    """The one person a paragraph before a dialogue names as interviewed: talked with or asked
    ("поговорили с балериной Софьей Лаптевой", "спросили директора Волкову"), or answering
    ("Андрей Пахомов ответил на вопросы корреспондента"); not the one who asks or talks
    ("Корреспондент Анна Белова поговорила с жителями", "Беседовала Ирина Котова"), nor
    anyone in a paragraph with no word of an interview."""
    words = ctx.between(*intro)
    cues = [t for t in words if ctx.lemma(t) in INTERVIEWING]
    people = {(sp.start, sp.stop) for sp in ctx.doc.spans if sp.type == "PER" and intro[0] <= sp.start < intro[1]}
    if len(people) != 1 or not cues or ctx.text[intro[0] : intro[1]].rstrip().endswith(":"):
        return None
    person = people.pop()
    token = ctx.token_at(person[0])
    nominative = token is not None and token.feats.get("Case") in (None, "Nom")
    # ("Валентина Сомова в интервью «КП» рассказала …", "дал интервью": the one who gives it, who opens
    # the paragraph, whatever case the tagger read; not "взяла интервью у …", "провела интервью с …",
    # "в интервью с X спросила")
    giving = any(ctx.lemma(t) == "интервью" for t in cues) and not any(
        ctx.lemma(t) in TAKING_INTERVIEWS or fold(t.text) in ("с", "со", "у") for t in words)
    if giving:
        return person if nominative or not ctx.text[intro[0] : person[0]].strip() else None
    answering = any(ctx.lemma(t) in ANSWERING for t in cues)
    return person if answering == nominative else None


def _line_before(ctx: _Context, position: int) -> tuple[int, int] | None:
    """The last line with words before the line holding ``position``."""
    end = ctx.text.rfind("\n", 0, position)
    while end > 0:
        start = ctx.text.rfind("\n", 0, end) + 1
        if ctx.text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _dash_goes_on(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """Speech set off by dashes, interrupted by its attribution: "— Мы открыли двадцать клиник, —
    говорит она. — В следующем году откроем ещё десять." The words after the attribution's full
    stop and dash, on the same line, are the same speaker's."""
    drafts = []
    for d in found:
        line_start = ctx.text.rfind("\n", 0, d.content[0]) + 1
        # (speech set off by a dash is direct too; words in quotation marks go on by their own rules)
        if ctx.text[d.content[0] - 1 : d.content[0]] in quote_marks.PAIRS \
                or not d.rule.startswith(("verb_", "dash_slot")) or d.content[1] > d.cue_start \
                or not re.match(r"[ \t\u00a0]*[—–]", ctx.text[line_start : d.content[0]]):
            continue
        after = re.match(r"[.!?…][ \t\u00a0]*[—–][ \t\u00a0]*", ctx.text[d.sentence[1] - 1 : d.sentence[1] + 4])
        if after is None:
            continue
        start = d.sentence[1] - 1 + after.end()
        content = _trim_content(ctx, start, _line_end(ctx, start))
        if content is not None and not _overlaps_one(content, found) \
                and not SELF_ATTRIBUTED.search(ctx.text, content[0], content[1]):
            drafts.append(replace(d, content=content, rule="dash_goes_on"))
    return drafts


def _owned_evidence(ctx: _Context, speaker: tuple[int, int] | None) -> bool:
    """The speaker phrase is data and its owner named right after it ("Данные Банка России",
    "Статистика МВД", "Опрос ВЦИОМ")."""
    words = ctx.between(*speaker) if speaker is not None else []
    return any(ctx.lemma(t) in EVIDENCE and n + 1 < len(words) and any(
        sp.type in ("PER", "ORG") and sp.start == words[n + 1].start for sp in ctx.doc.spans)
        for n, t in enumerate(words))


def _opening_paragraphs(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """A quotation over several paragraphs, each opened with « and only the last closed and
    attributed ("«…\n\n«…», — сказал он."): the paragraphs before it are the same speaker's words."""
    drafts = []
    for d in found:
        if d.kind != "direct" or d.speaker is None:
            continue
        quote = next((q for q in ctx.quotes if q[0] < d.content[0] <= q[0] + 1), None)
        while quote is not None:
            # the quotation before, a paragraph with no closing mark, right before this one
            before = next((q for q in ctx.quotes if q[1] <= quote[0] and not ctx.text[q[1] : quote[0]].strip()
                           and ctx.text[q[1] - 1] not in quote_marks.CLOSING), None)
            content = quote_marks.inner(before) if before is not None else None
            if content is None or _overlaps_one(content, found + drafts):
                break
            drafts.append(replace(d, content=_trim_content(ctx, content[0], before[1]) or content,
                                  rule="opening_paragraph"))
            quote = before
    return drafts


def _not_said(ctx: _Context, cue: DocToken, content: tuple[int, int]) -> bool:
    """Reporting verbs that report nothing said: the future ("министерство расскажет"), the
    subjunctive ("мы бы сказали"), a vote ("высказалось за закон"), naming a child ("назвали
    дочь Алисой"), motivating people ("мотивировал игроков тем, что …")."""
    if cue.feats.get("Tense") == "Fut" or cue.feats.get("Mood") == "Cnd" or any(
            c.text.lower() == "бы" for c in ctx.children.get(cue.id, [])):
        return True
    if ctx.lemma(cue) == "мотивировать" and any(c.rel == "obj" and c.feats.get("Animacy") == "Anim"
                                                 for c in ctx.children.get(cue.id, [])):
        return True  # "мотивировал игроков тем, что пообещал премию" moves people, says nothing
    words = ctx.between(*content)
    if words and words[0].text.lower() in ("за", "против") and (ctx.lemma(cue) in ("проголосовать", "голосовать") or (
            ctx.lemma(cue) == "высказаться" and any(c.rel in SUBJECT_RELS and (ctx.lemma(c) in VOTERS or any(
                t.pos == "NUM" or t.text == "%" for t in ctx.subtree(c))) for c in ctx.children.get(cue.id, [])))):
        return True  # a person who "высказался за право …" gives an opinion
    if any(c.text.lower() == "чем" for c in ctx.children.get(cue.id, [])):
        return True  # "меньшее наказание, чем требовала сторона обвинения": a comparison
    if table(CUES).get(ctx.lemma(cue)) == "accuse" and words and all(
            t.pos in ("PUNCT", "ADJ", "PROPN") or t.pos == "NOUN" and ctx.lemma(t) in wordlist(ROLES) for t in words) \
            and any(t.pos == "PROPN" for t in words):
        return True  # "критиковала президента Владимира Путина": whom, with nothing said
    if ctx.lemma(cue) in ("считать", "счесть") and not QUOTE_MARKS.search(ctx.text, content[0], content[1]) and \
            content[0] >= cue.stop and ctx.text[cue.stop : content[0]].strip(" ,") == "" \
            and not any(t.feats.get("Case") == "Ins" for t in words):
        return True  # "считала дни": counting; "считает его виновным" is an opinion
    if ctx.lemma(cue) in INTERPRETING and not _interprets(ctx, cue, words):
        return True
    if ctx.lemma(cue) in ("оценить", "оценивать", "описать", "описывать") and (
            not ASSESSED.search(ctx.text, content[0], content[1]) or "," in ctx.text[cue.stop : content[0]]):
        # ("описывает, как устроена система": how it works, a question; not what it is said to be)
        return True  # "оценил игру": appraised; "оценил состояние в $37 млрд", "оценивают как тяжёлое" say what it is
    # (what a "что" clause says is said, however short: "заявил, что это ложь")
    clause = content[0] > cue.start and re.search(r"(?:^|[\s,])(?:что|чтобы)\s*$", ctx.text[cue.stop : content[0]],
                                                  re.IGNORECASE) is not None
    if 0 < len(words) <= 3 and not clause and fold(words[0].text) in DEMONSTRATIVES \
            and table(CUES).get(ctx.lemma(cue)) != "deny" \
            and all(t.pos in ("NOUN", "ADJ") and t.feats.get("Case") != "Ins" for t in words[1:]):
        # "критиковали этот арест", "осудил эти законы": about what, nothing said ("отверг эти
        # обвинения" says no; "назвал это цензурой" says what it is)
        return True
    if 0 < len(words) <= 2 and not clause and fold(words[0].text) in OWN \
            and not (len(words) == 2 and ctx.lemma(words[1]) in ADMITTED):
        return True  # "подтвердил своё намерение", "защитили свои титулы": what, it does not say ("свою вину" does)
    if words and words[0].text.lower() == "на" and any(ctx.lemma(t) == "язык" for t in words[1:3]):
        return True  # "говорит на языке дари": speaking a language
    if words and words[0].text.lower() == "на" and ctx.lemma(cue) in ("ответить", "отвечать"):
        return True  # "ответил на вопросы жителей": what was answered, not the answer
    if any(c.rel in SUBJECT_RELS and c.pos == "NOUN" and ctx.lemma(c) in WORKS and c.feats.get("Number") == "Sing"
           and ctx.named(c.start) is None for c in ctx.children.get(cue.id, [])):
        return True  # "Фильм рассказывает о войне": what a work is about, nobody's claim
    if any(fold(c.text) == "ли" and c.pos == "PART" for c in ctx.children.get(cue.id, [])):
        return True  # "Сказал ли президент правду?": a question about speech
    if not clause and _other_sense(ctx, cue, words):
        return True
    if ctx.lemma(cue) in ("назвать", "называть") and any(
            c.text.lower() == "как" and c.start < cue.start for c in ctx.children.get(cue.id, [])):
        return True  # "(как называют себя сотрудники)": what people are called
    if ctx.lemma(cue) in ("осудить", "осуждать") and SENTENCED.match(ctx.text, cue.stop):
        return True  # "Овьедо осудили на 10 лет": a sentence passed, not words said
    if ctx.lemma(cue) in ("назвать", "называть") and not AS_WHAT.search(ctx.text, ctx.sentence_of[cue.id][0], cue.start) \
            and (NAMED_AFTER.search(ctx.text, cue.stop, content[1]) or not any(
            t.feats.get("Case") == "Ins" or t.pos == "NUM" for t in words)
            and not any(content[0] <= a < content[1] + 4 for a, _ in ctx.quotes)  # a quotation right after too
            and not QUOTE_MARKS.search(ctx.text, content[0], content[1])):
        # "назвала корабль в честь лётчика", "назвал состав правительства": naming or listing;
        # "назвал решение ошибкой" (what it is called as) and "назвал другую цифру — 34" are claims
        return True
    return ctx.lemma(cue) in ("назвать", "называть") and (any(
        t.pos == "PROPN" and t.feats.get("Case") == "Ins" for t in words) or _a_name_given(ctx, content))


def _interprets(ctx: _Context, cue: DocToken, words: list[DocToken]) -> bool:
    """A reading of an event, said by someone: "усмотрел в обложке альбома пропаганду", "видит в
    этом угрозу", "увидел в результатах голосования укрепление дисциплины", "СМИ связывают
    увеличение с приходом Володина". Not a sight ("увидел в окне свет", "увидел в ней пистолет"),
    not a link made by hand ("связали провода с клеммами", "связал пострадавшего с врачом",
    "связал свою карьеру с клубом"), not a question, not what a clause says ("увидел, что …")."""
    lemma = ctx.lemma(cue)
    own = ctx.children.get(cue.id, [])
    sentence = ctx.sentence_of[cue.id]
    if not words or words[0].start < cue.stop or re.search(r"\bчто\b", ctx.text[cue.stop : words[0].start]) \
            or ctx.text[sentence[0] : sentence[1]].rstrip().endswith("?"):
        return False
    subject = next((c for c in own if c.rel in SUBJECT_RELS), None)
    if subject is not None and subject.pos in ("NOUN", "PROPN") and subject.feats.get("Animacy") == "Inan" \
            and fold(ctx.lemma(subject)) not in ORG_WORDS and not any(
                sp.type == "ORG" and sp.start <= subject.start < sp.stop for sp in ctx.doc.spans):
        return False  # something, not someone: "мост связывает …", "телескоп «Уэбб» увидел …"
    # the preposition's phrase and the object, in the content; the object not in the phrase
    n = next((n for n, t in enumerate(words) if t.pos == "ADP" and fold(t.text) in (INTERPRETING[lemma],
                                                                                   INTERPRETING[lemma] + "о")), None)
    if n is None or n + 1 >= len(words) or fold(words[n + 1].text) == "помощью":
        return False  # ("связали берега с помощью моста")
    phrase = {t.id for t in ctx.subtree(words[n + 1])} if words[n + 1].pos != "ADP" else set()
    objects = [t for t in words if t.pos in ("NOUN", "PRON") and t.id not in phrase and t.feats.get("Case") in ("Acc", "Nom")
               and not ctx.prepositional(t) and fold(t.text) not in ("себя", "это")]
    if INTERPRETING[lemma] == "с":
        objects = [c for c in own if c.rel == "obj" and c.start > cue.stop] or objects
    if not objects or objects[0].feats.get("Animacy") == "Anim" and INTERPRETING[lemma] == "с" \
            or any(fold(c.text) in OWN for c in ctx.children.get(objects[0].id, [])) \
            or ctx.lemma(objects[0]) in NOT_READINGS:
        return False
    thing = ctx.lemma(objects[0])
    event = thing in SEEN_AS or thing in HARMS or thing in EVENTS or bool(ABSTRACT.search(thing))
    if lemma not in SEEING:
        return event or INTERPRETING[lemma] == "в"  # (what is linked is an event; what is "усмотрено", anything)
    # "видеть": what is seen in an event, a decision, "в этом"
    seen_in = words[n + 1]
    return thing in SEEN_AS or (seen_in.pos in ("PRON", "DET") or ctx.lemma(seen_in) in EVENTS) \
        and (event or objects[0].feats.get("Animacy") == "Anim")


def _other_sense(ctx: _Context, cue: DocToken, words: list[DocToken]) -> bool:
    """A reporting verb in a sense that says nothing: telling a story ("рассказала детям сказку"),
    an idiom ("говорят о многом", "заявил о себе", "сказал своё веское слово"), certifying
    ("заверила копии документов"), entering a player ("заявил Зайцева на турнир"), a draft
    ("призвал на срочную службу"), a phone call ("говорил по телефону"), love ("признался в любви")."""
    lemma, text = ctx.lemma(cue), " ".join(fold(w.text) for w in words)
    first = words[0] if words else None
    nouns = [ctx.lemma(w) for w in words if w.pos == "NOUN"]
    return bool(
        lemma in ("рассказать", "рассказывать", "объяснить", "объяснять") and first is not None and first.pos != "ADP"
        and nouns and nouns[0] in NARRATIVES
        or text in ("о многом", "за себя", "само за себя") or text.startswith("о многом ")
        or lemma in ("заявить", "заявлять") and (text + " ").startswith("о себе ") and " как " not in f" {text} "
        or nouns[:1] == ["слово"] and first is not None and fold(first.text) in OWN
        or lemma in ("заверить", "заверять") and first is not None and first.pos == "NOUN" and first.feats.get("Case") == "Acc"
        and first.feats.get("Animacy") == "Inan"
        or lemma in ("заявить", "заявлять") and first is not None and first.pos in ("NOUN", "PROPN")
        and first.feats.get("Case") == "Acc" and first.feats.get("Animacy") == "Anim"
        or lemma in ("призвать", "призывать") and re.search(r"(?:^| )(?:на (?:срочную |военную )?службу|в армию)(?: |$)", text)
        and not any(w.feats.get("VerbForm") == "Inf" for w in words)
        or lemma in ("говорить", "разговаривать") and any(ctx.lemma(c) == "телефон" for c in ctx.children.get(cue.id, []))
        and not re.search(r"(?:^| )(?:о|об|обо) ", text)
        or lemma in ("признаться", "признаваться") and text.startswith("в любви"))


def _a_name_given(ctx: _Context, content: tuple[int, int]) -> bool:
    """"назвав яхту «Надеждой»", "назвал парк «Парком Победы»": a proper name in quotation marks
    after what is named is the name it is given; "назвал его «незаконным похищением»" says what
    it is, and "назвал «Реал» лучшим клубом" what the club is."""
    last = next((q for q in ctx.quotes if content[0] < q[0] < q[1] <= content[1] + 1
                 and ctx.text[q[1] : content[1] + 1].strip(" .") == ""), None)
    return last is not None and ctx.text[last[0] + 1 : last[0] + 2].isupper()


def _each_speaker(ctx: _Context, speaker: tuple[int, int]) -> list[tuple[int, int]]:
    """Coordinated speakers ("Иван Петров и Олег Сидоров заявили"), each with a statement of
    their own (docs/schema.md); one speaker otherwise.  Only people and organisations the NER
    names are split, so "мать и отец погибшего" stays one speaker."""
    inside = [span for span in ctx.doc.spans if span.type in ("PER", "ORG")
              and speaker[0] <= span.start and span.stop <= speaker[1]]
    # the outermost names only: "МВД" inside "МВД России" is no second speaker
    names = [n for n in inside if not any(o is not n and o.start <= n.start and n.stop <= o.stop for o in inside)]
    # of two people or more, an organisation is in a role: "Депутаты Госдумы Шхагошев и Грибов",
    # "Петров и глава МВД Сидоров" (each person from the conjunction on, role and all)
    people = [n for n in names if n.type == "PER"]
    if len(people) >= 2:
        # (but one listed with them stays: "Федерация хоккея, Игорь Ларин и Павел Бурцев заявили")
        names = [n for n, after in zip(names, names[1:] + [None]) if n.type == "PER"
                 or after is not None and AND.fullmatch(ctx.text, n.stop, after.start)]
        people = names
    if len(names) < 2:
        return [speaker]
    spans, start = [], speaker[0]
    for name, after in zip(names, names[1:] + [None]):
        spans.append((start, name.stop))
        if after is None:
            break
        joint = AND.match(ctx.text, name.stop, after.start)
        if joint is None or names is people and any(
                ctx.lemma(w) in RELATIVE or w.feats.get("VerbForm") == "Fin" for w in ctx.between(start, name.stop)):
            return [speaker]  # "глава МЧС Петров", "глава газеты, где работала Политковская, Прусенкова": one
        role = ctx.text[joint.end() : after.start]
        # a role only after "и" ("Мако, внучка императора Акихито" is one person), in one phrase,
        # before a name in the nominative ("Панфилова и жена Кинчева" is not Кинчев)
        first = ctx.token_at(after.start)
        if role and (names is not people or not {"и", "также"} & set(joint.group().split())
                     or ROLE_BREAK.search(role) or first is not None and first.feats.get("Case", "Nom") != "Nom"):
            return [speaker]
        start = joint.end()
    return spans


def _verb_content(ctx, cue, speaker, sentence) -> tuple[tuple[int, int] | None, str]:
    # "Как сообщили в ведомстве, выясняется …": the clause around the cue is the attribution
    if _set_off_by_as(ctx, cue, sentence):
        # "Как заявила Мария Фомушина, пресс-секретарь суда, …, Данилов уже отбыл …": what follows
        # the speaker's comma, however the parse hangs it
        following = ctx.between(speaker[1], sentence[1]) if speaker and speaker[0] > cue.start else []
        if following and following[0].text == ",":
            start = following[0].stop
            if len(following) > 1 and following[1].feats.get("VerbForm") == "Conv":
                # "Как заявил министр, выступая в Думе, бюджет …": past the converb phrase
                comma = next((t for t in following[2:] if t.text == ","), None)
                start = comma.stop if comma else start
            return _trim_content(ctx, start, _next_report(ctx, start, sentence[1], after_comma=True)), "indirect"
        clause = ctx.subtree(cue)
        if clause[-1].stop < sentence[1] - 1:
            # ("Как сообщило агентство, певица утонула, однако врач добавил, что …": up to the next report)
            content = _around(ctx, ctx.between(*sentence), clause[0].start, clause[-1].stop)
            return (content and _trim_content(ctx, content[0], _next_report(ctx, *content, after_comma=True))), \
                "indirect"
    after_cue = [t for t in _own_subtree(ctx, cue) if t.start > cue.stop and t.start < sentence[1]]
    after_cue = [t for t in after_cue if not (speaker and speaker[0] <= t.start < speaker[1])]
    # "Более 40 человек задержаны, сообщили правозащитники": content first, attribution after;
    # but "В качестве повода, сказал глава Казахстана, они использовали …" goes on after the
    # attribution (the parenthetical case below)
    before = ctx.between(sentence[0], cue.start)
    after_speaker = ctx.between(speaker[1], sentence[1]) if speaker and speaker[1] > sentence[0] else []
    # (but "…, сообщило агентство, добавив, что …" ends the attribution with a converb of its own)
    goes_on = len(after_speaker) > 2 and after_speaker[0].text in ",—–" \
        and after_speaker[1].feats.get("VerbForm") != "Conv"
    aside = bool(before) and all(fold(t.text) in DISCOURSE for t in before if t.pos != "PUNCT")
    # (the speaker "там" stands for may be in the sentence before: "…, добавили там")
    if before and before[-1].text in ",—–" and speaker and (speaker[0] > cue.start or _there_after(ctx, cue)) \
            and not goes_on and not aside:
        content = _trim_content(ctx, sentence[0], before[-1].start)
        if content and content[1] - content[0] > 10:
            if DASH_ATTRIBUTION.fullmatch(ctx.text, content[1], cue.start):
                # speech set off by a dash: "— Работы отстают. Мы направили претензию, — сказал он."
                return _dash_speech(ctx, content), "direct"
            return content, "indirect"
    closed = list(itertools.dropwhile(lambda t: t.text in "»\"”", after_speaker))  # (past the name's own marks)
    if aside and before[-1].text == "," and len(closed) > 1 and closed[0].text == ",":
        # "Тем временем, сообщает «Новый Регион», 1 февраля …": an aside; what follows it was said
        start = closed[1].start
        return _trim_content(ctx, start, _next_report(ctx, start, sentence[1], after_comma=True)), "indirect"
    # "заявил: «…»"
    following = ctx.between(cue.stop, sentence[1])
    if following and following[0].text == ":":
        if len(following) > 1:
            # "вспоминает: «Никто не был так вежлив. Никто …»": the whole quotation, however many sentences
            quoted = next((q for q in ctx.quotes if q[0] == following[1].start), None)
            # (not "заявил: «Газпром» продолжит поставки": a quoted name opens the sentence; but
            # "ответила: «Посмотрим» и ушла" goes on with the speaker's acts, not words)
            after = ctx.between(quoted[1], sentence[1]) if quoted is not None else []
            acted = len(after) > 1 and fold(after[0].text) == "и" and after[1].pos == "VERB" \
                and after[1].feats.get("VerbForm") == "Fin"
            if quoted is not None and (not ctx.text[quoted[1] : sentence[1]].strip(" .!?…\n") or acted):
                return quote_marks.inner(quoted), "direct"
            return _trim_content(ctx, following[0].stop, sentence[1]), "direct"
        return _next_line(ctx, sentence[1]), "direct"  # "Цветков сообщил:" and what he said on the next line
    # "заявила о политической ангажированности процесса: «…»": the quotation is what was said
    colon = next((n for n, t in enumerate(following) if t.text == ":" and not ctx.in_quote(t.start)), None)
    if colon is not None and colon + 1 < len(following):
        quoted = next((q for q in ctx.quotes if q[0] == following[colon + 1].start), None)
        # (not another verb's colon: "выразил соболезнования Путин, в пресс-службе которого сообщили: «…»";
        # nor someone else's words: "рассказал X, процитировав своего начальника: «…»")
        if quoted is not None and not ctx.text[quoted[1] : sentence[1]].strip(" .!?…\n") \
                and not any(t.text.lower() in ("что", "чтобы") or _quotes_another(ctx, t) for t in following[:colon]):
            return quote_marks.inner(quoted), "direct"
    # ("заявил делегатам съезда, проходящего в Астане:" — to whom, and the words on the next line)
    to_whom = bool(following) and following[0].pos == "NOUN" and following[0].feats.get("Case") == "Dat"
    if following and following[-1].text == ":" and not any(
            t.text.lower() in ("что", "чтобы") or t.text == "," and not to_whom
            for t in _outside_parentheses(following[:-1])):
        block = _next_line(ctx, sentence[1])  # "написал в Twitter:" and the post on its own line
        if block:
            return block, "direct"
    # "заявил, что …" / "сообщили о том, что …"
    for t in after_cue:
        # (not one inside a quotation after it: "просит их давить, «если хотят, чтобы это прекратилось»";
        # but "сказав, «что готов принять вызов»")
        if t.text.lower() in ("что", "чтобы", "будто") and t.rel in ("mark", "obj", "nsubj", "obl") and (
                not ctx.in_quote(t.start) or ctx.text[t.start - 2 : t.start].strip() in quote_marks.PAIRS) \
                and not _not_the_cues(ctx, t, cue) and not _relative_what(ctx, t) and not _which_of_about(ctx, t, cue) \
                and ctx.lemma(cue) not in ("назвать", "называть"):  # ("назвал ложью слухи о том, что …": the object's)
            end = _next_report(ctx, t.stop, max(x.stop for x in after_cue), after_comma=True, cue=cue)
            return _trim_content(ctx, t.stop, end), "clause"
    # "спросил, предоставил ли Флинн …", "спросила, когда …": the question asked
    if ctx.lemma(cue) in ASKING and len(following) >= 2 and following[0].text == "," and (
            fold(following[1].text) in QUESTION_WORDS or any(fold(t.text) == "ли" for t in following[1:4])):
        # ("спрашивала, все ли хорошо с детьми, ей отвечали, что …": the answer is not the question)
        rest = ctx.between(following[1].start, sentence[1])
        answered = next((t.start for n, t in enumerate(rest) if t.text == "," and any(
            w.feats.get("VerbForm") == "Fin" and ctx.cue_act(w) for w in rest[n + 1 : n + 4])), sentence[1])
        end = min(answered, _next_report(ctx, following[1].start, sentence[1], after_comma=True, cue=cue))
        return _trim_content(ctx, following[1].start, end), "clause"
    # "рассказал, что расстался …, и подтвердил, что …" parsed with the clause hung elsewhere:
    # the words say it — the clause runs from "что" to the next reporting verb
    # (past to whom, where and when: "заявил «Коммерсанту», что …", "признал в суде во время
    # слушания, что …", however the parse hung the clause)
    told = next((n for n, t in enumerate(following[:MAX_TOLD + 1]) if t.text == "," and n + 1 < len(following)
                 and following[n + 1].text.lower() in ("что", "чтобы")), None)
    clause = following[told:] if told is not None and not any(
        t.pos in ("VERB", "AUX") or t.text in ",;:—–()" for t in following[:told]) else following
    if len(clause) >= 2 and clause[0].text == "," and clause[1].text.lower() in ("что", "чтобы") \
            and not _which_of_about(ctx, clause[1], cue):
        rest = clause[2:]
        stop = next((n for n, t in enumerate(rest) if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"
                     and ctx.cue_act(t) and n and rest[n - 1].text.lower() in ("и", ",")), None)
        if stop is not None:
            while stop and rest[stop - 1].text.lower() in ("и", ","):
                stop -= 1
            end = rest[stop].start if stop < len(rest) else sentence[1]
        else:
            end = sentence[1]
        if not any(t.text.lower() in ("что", "чтобы") for t in after_cue):
            end = _next_report(ctx, clause[1].stop, end, after_comma=True, cue=cue)
            return _trim_content(ctx, clause[1].stop, end), "clause"
    # "заявил во время выступления в парламенте": where and when it was said, not what
    complements = [c for c in ctx.children.get(cue.id, []) if c.rel in COMPLEMENT_RELS and c.start > cue.stop
                   and not (c.rel == "obl" and ctx.lemma(c) in OCCASIONS)]
    about = _fronted_about(ctx, cue, sentence) or _fronted_denial(ctx, cue, speaker)
    if about and not any(t.text in quote_marks.PAIRS for t in ctx.between(cue.stop, sentence[1])):
        return about, "object"  # "Об отставке правительства премьер заявил во время выступления"
    if complements and after_cue:
        # what was said, not to whom: "заявил журналистам «…»" starts at the quotation
        said = [c for c in complements if c.feats.get("Case") != "Dat"]
        # (nor where: "сообщили в МЧС о пожаре", "пожаловались в администрацию на …", before what)
        # (but a place is where what was said happens: "прогнозируют в Москве похолодание")
        said = [c for c in said if ctx.lemma(cue) in INTERPRETING or ctx.cue_act(cue) == "accuse" or not (
            c.rel == "obl" and fold(ctx.subtree(c)[0].text) in ("в", "во")
            and any(o.start > c.start for o in said if o is not c)
            and not any(sp.type == "LOC" and sp.start <= c.start < sp.stop for sp in ctx.doc.spans))]
        quote = next((t for t in ctx.between(cue.stop, sentence[1]) if t.text in quote_marks.PAIRS), None)
        span = next(((a, b) for a, b in ctx.quotes if a == quote.start), None) if quote else None
        if not said and span is not None and not _a_name(ctx, span) \
                and not any(_quotes_another(ctx, t) for t in ctx.between(cue.stop, span[0])):
            return quote_marks.inner(span), "direct"
        start = min(t.start for c in said or complements for t in ctx.subtree(c) if t.start > cue.stop)
        start = min([start] + [t.start for t in after_cue if t.text in quote_marks.PAIRS])
        end = _through_quote(ctx, max(x.stop for x in after_cue), sentence)
        # "призвали аграриев активнее пользоваться страхованием": the infinitive the parse hung elsewhere
        following = list(itertools.dropwhile(lambda t: t.pos == "ADV", ctx.between(end, sentence[1])))
        if ctx.cue_act(cue) == "request" and following and following[0].pos == "VERB" \
                and following[0].feats.get("VerbForm") == "Inf":
            end = max(t.stop for t in ctx.subtree(following[0]) if t.stop <= sentence[1])
        # ("оценил ситуацию как сложную, сообщил Песков": the report of it ends the object; so does a
        # relative clause that reports itself: "отверг критику оппозиции, которая заявляет, что …")
        words = ctx.between(start, end)
        end = next((w.start for w, v in zip(words, words[1:]) if w.text == "," and not ctx.in_quote(w.start) and (
            v.feats.get("VerbForm") == "Fin" and ctx.cue_act(v) or _reporting_relative(ctx, v)
            or fold(v.text) == "что" and _which_of_about(ctx, v, cue))), end)
        return _trim_content(ctx, start, _next_report(ctx, start, end, after_comma=True)), "object"
    # "процесс, который он охарактеризовал как политический": no parenthesis, only what follows the verb
    if any(ctx.lemma(c) in RELATIVE and c.rel == "obj" for c in ctx.children.get(cue.id, [])):
        return (_trim_content(ctx, after_cue[0].start, after_cue[-1].stop) if after_cue else None), "object"
    # "Однако, добавил он, организаторы …" — a parenthetical attribution
    sentence_tokens = ctx.between(*sentence)
    which = [t for t in sentence_tokens if t.stop <= cue.start][-2:]
    if len(which) == 2 and which[0].text == "," and fold(which[1].text) == "что" and which[1].head_id == cue.id:
        # "Минобороны сообщило о поражении склада, что подтвердили местные власти": what it refers to
        return _trim_content(ctx, sentence[0], which[0].start), "indirect"
    phrase_start = min(cue.start, speaker[0]) if speaker else cue.start
    phrase_end = max(cue.stop, speaker[1]) if speaker else cue.stop
    content = _around(ctx, sentence_tokens, phrase_start, phrase_end)
    return (content[0], _next_report(ctx, *content, after_comma=True)) if content else None, "indirect"


# the attribution after speech set off by a dash: "…, — сказал он", "…! — воскликнул"
DASH_ATTRIBUTION = re.compile(r"\s*[,!?…]*\s*[—–]\s*")
# where speech set off by a dash opens: a line's start, or a sentence's end before it
# (after a sentence's end, the speech begins with a capital: "2023 г. — 5 млрд", "А. А. — директор" are none)
DASH_OPENING = re.compile(r"^[ \t\u00a0]*[—–][ \t\u00a0]+|(?<=[.!?…])[ \t\u00a0]*[—–][ \t\u00a0]+(?=[А-ЯЁA-Z])",
                          re.MULTILINE)


def _dash_slot_verb(ctx: _Context, found: list[_Draft]) -> list[_Draft]:
    """"— Дом есть, а желающих ехать нет, — развёл руками он.": speech set off by a dash and, in the
    slot after it, a finite verb with its subject after it, whether or not the lexicon lists the
    verb (as "«…», — усмехнулся мэр" for a quotation)."""
    drafts = []
    for verb in ctx.tokens:
        if verb.id in ctx.used or ctx.cue_act(verb) or ctx.in_quote(verb.start) or not _slot_verb(ctx, verb):
            continue
        line_start = ctx.text.rfind("\n", 0, verb.start) + 1
        slot = re.search(r"[,!?…]\s*[—–]\s*$", ctx.text[line_start : verb.start])
        if slot is None:
            continue
        said_end = line_start + slot.start()
        # (from the last dash that opens speech before the slot: the speech over all its sentences)
        opening = [m for m in DASH_OPENING.finditer(ctx.text, line_start, said_end) if m.end() < said_end]
        if not opening:
            continue
        content = _trim_content(ctx, opening[-1].end(), said_end + (ctx.text[said_end] in "!?…"))
        subject = _subject(ctx, verb)
        if content is None or subject is None or subject[0] < verb.start or _overlaps_one(content, found) \
                or QUOTE_MARKS.search(ctx.text, *content):
            continue
        drafts.append(_Draft(ctx.lemma(verb), "direct", "assert", content, ctx.sentence_of[verb.id], subject,
                             verb.start, rule="dash_slot_verb"))
    return drafts


def _dash_speech(ctx: _Context, content: tuple[int, int]) -> tuple[int, int]:
    """Speech set off by a dash that runs over several sentences before its attribution: from the
    dash that opens it on its line ("— Работы отстают … Мы направили подрядчику претензию, —
    сказал он."), if nothing between is another's words (quotation marks, another attribution)."""
    line_start = ctx.text.rfind("\n", 0, content[0]) + 1
    opening = list(DASH_OPENING.finditer(ctx.text, line_start, content[0] + 1))
    inside = list(DASH_OPENING.finditer(ctx.text, content[0] + 1, content[1]))
    if inside and not (opening and opening[-1].end() == content[0]):
        # the parse ran a sentence of narration into the speech after it ("…, рассказала, что
        # цена выросла. — Но и требования стали жёстче, — добавила она"): the speech is from its dash
        return inside[-1].end(), content[1]
    if not opening:
        return content
    start = opening[-1].end()
    between = ctx.text[start : content[0]]
    if start >= content[0] or QUOTE_MARKS.search(between) or re.search(r"[,!?…]\s*[—–]\s", between):
        return content
    return start, content[1]


def _next_report(ctx: _Context, start: int, end: int, after_comma: bool = False, cue: DocToken | None = None) -> int:
    """Where the clause gives way to another report after a dash or a semicolon: "сказал,
    что шокирован — он назвал сына добрым человеком" ends before "— он назвал"; what was
    said about something ends at a comma too: "объявили о победе, противники и
    правозащитники заявляют о нарушениях"; a clause ends where a verb coordinated with its
    own reports again: "заявил, что …, однако напомнил, что …"."""
    words = ctx.between(start, end)
    for n, t in enumerate(words):
        if cue is not None and t.rel == "conj" and (t.head_id == cue.id or t.head_id in ctx.by_id
                                                     and _subject_clash(ctx, ctx.by_id[t.head_id], t) and not _other_gender(cue, t)
                                                     and not any(c.rel in SUBJECT_RELS for c in ctx.children.get(t.id, []))) \
                and ctx.cue_act(t) and t.feats.get("VerbForm") == "Fin" and n:
            k = n
            while k and (words[k - 1].pos in ("CCONJ", "ADV") or words[k - 1].text == ","):
                k -= 1
            return words[k].start
        if t.text == "," and n and n + 1 < len(words) and _converb_outside(ctx, words[n + 1], start):
            return t.start  # "указывая на то, что …, обвинив единороссов в …": the speaker's next report
        # ("заявил, что референдум незаконен, (и) призвал воздержаться …": the speaker's next)
        following = n + 2 if n + 2 < len(words) and fold(words[n + 1].text) == "и" else n + 1
        if cue is not None and t.text == "," and following < len(words) \
                and _next_verb_of(ctx, cue, words[following], words[:n]):
            return t.start
        if t.text in ("—", "–") and n and words[n - 1].text in (".", "!", "?", "…") and n + 1 < len(words) \
                and words[n + 1].text[:1].isupper():
            return words[n - 1].start  # "… выросла до 150 тыс. руб. — Но и требования …": speech of its own
        if t.text in ("—", "–", ";") and n + 2 < len(words):
            subject, verb = words[n + 1], words[n + 2]
            if subject.pos in ("PRON", "PROPN", "NOUN") and subject.rel in SUBJECT_RELS and ctx.cue_act(verb):
                return t.start
        if t.text in ("—", "–") and n and words[n - 1].text == "," and n + 1 < len(words) \
                and not ctx.in_quote(t.start) and _slot_verb(ctx, words[n + 1]):
            # "Я считаю, что это рука Москвы, — сказал премьер": the words end where they are attributed
            return words[n - 1].start
        if after_comma and t.text == "," and not ctx.in_quote(t.start) and n + 1 < len(words) \
                and words[n + 1].feats.get("VerbForm") == "Fin" and ctx.cue_act(words[n + 1]) \
                and not any(c.rel in ("obj", "ccomp") for c in ctx.children.get(words[n + 1].id, [])) \
                and (any(c.rel in SUBJECT_RELS and c.start > words[n + 1].start
                         for c in ctx.children.get(words[n + 1].id, [])) or _place_speaker(ctx, words[n + 1])) \
                and not any(w.text == "," for w in words[n + 2 :]):
            # "подозревают, что пожар устроен намеренно, сообщили в СК": the attribution of it all
            # at the end (not a parenthesis: "В качестве повода, сказал мэр, они использовали …")
            return t.start
        if after_comma and t.text == "," and not ctx.in_quote(t.start):
            # ("…, однако военные власти гарантировали …"; "…, тогда как защита просила …")
            lead = next((len(c) for c in CONTRASTS if [fold(w.text) for w in words[n + 1 : n + 1 + len(c)]] == c), 0)
            # (looking on to the sentence's end: the parse may have hung the next subject on this verb)
            ahead = words + ctx.between(words[-1].stop, ctx.sentence_of[words[-1].id][1])
            phrase = list(itertools.takewhile(lambda w: w.pos in ("NOUN", "PROPN", "ADJ", "CCONJ", "PRON")
                                              or w.text.lower() == "однако", ahead[n + 1 + lead : n + 6 + lead]))
            # (past an adverb: "однако врач также добавил")
            following = next((w for w in ahead[n + 1 + lead + len(phrase) :] if w.pos not in ("ADV", "PART")), None)
            # (a pronoun goes on with the same speaker: "сообщил, что …, но он думал, что …")
            nominative = next((w for w in phrase if w.pos in ("NOUN", "PROPN", "ADJ")), None)
            if nominative is not None and nominative.rel == "conj" and nominative.head_id in {w.id for w in words[:n]} \
                    and phrase[0].text.lower() != "однако":
                continue  # "губернаторы, мэры и чиновники обещают …": one list of subjects
            if nominative is not None and following is not None and following.feats.get("VerbForm") == "Fin" \
                    and ctx.cue_act(following) and nominative.feats.get("Case") == "Nom":
                return t.start
            verb = next((w for w in ahead[n + 1 + lead : n + 9 + lead] if w.pos == "VERB"), None) if lead else None
            if verb is not None and fold(ahead[n + 1 + lead].text) in ("в", "во") and ctx.cue_act(verb) \
                    and _place_speaker(ctx, verb) is not None:
                return t.start  # "…, тогда как в областной прокуратуре заявили, что …": another place's report
    return end


# what opens a contrasting clause with a subject of its own: "…, тогда как защита просила …"
CONTRASTS = (["тогда", "как"],)  # ("в то время как" is as often "while": "ударил охранника, в то время как …")


def _converb_outside(ctx: _Context, token: DocToken, start: int) -> bool:
    """A reporting converb that hangs on a verb before ``start``: it reports for that verb's
    subject, not inside the clause it follows ("сказал, что уходит, добавив, что …"; but
    "заявил, что министр ушёл, обвинив коллег" where the parse hangs it on "ушёл" stays)."""
    head = ctx.by_id.get(token.head_id)
    return token.feats.get("VerbForm") == "Conv" and head is not None and head.start < start \
        and not ctx.in_quote(token.start) and bool(ctx.cue_act(token))


def _opens_clause(ctx: _Context, token: DocToken, sentence: tuple[int, int]) -> bool:
    """"Как сообщили в МВД, …" but not "после того как он заявил …"."""
    before = ctx.between(sentence[0], token.start)
    if not before:
        return True
    return before[-1].text in ",(—–" and (len(before) < 2 or fold(before[-2].text) not in ("того", "тех", "так"))


def _own_subtree(ctx: _Context, verb: DocToken) -> list[DocToken]:
    """The verb's subtree without reporting verbs coordinated with it (in "назвал выборы
    «мошенничеством» и сообщил о созыве совещания" each verb has its own content) and
    without converb clauses."""
    skip, cut = set(), None
    for child in ctx.children.get(verb.id, []):
        form = child.feats.get("VerbForm")
        # (a converb right after "что," is the reported clause's: "заявил, что, возглавив список, он …")
        opened = [fold(t.text) for t in ctx.between(child.start - 8, child.start)[-2:]] == ["что", ","]
        if child.pos == "VERB" and (child.rel == "conj" and form == "Fin" and ctx.cue_act(child)
                                    or form == "Conv" and child.start > verb.start and not opened):
            skip.update(t.id for t in ctx.subtree(child))
            cut = child.start if cut is None else min(cut, child.start)
    # what follows a converb clause belongs to it, even where the parse hangs it on the verb
    return [t for t in ctx.subtree(verb) if t.id not in skip and (cut is None or t.start < cut)]


def _outside_parentheses(tokens: list[DocToken]) -> list[DocToken]:
    depth, kept = 0, []
    for t in tokens:
        depth += t.text == "("
        if depth == 0:
            kept.append(t)
        depth -= t.text == ")" and depth > 0
    return kept


def _next_line(ctx: _Context, position: int) -> tuple[int, int] | None:
    """The next line after the one ending at ``position`` ("написал в Twitter:" and the
    post, blank lines between allowed); not a line that is itself an attribution ("Жена
    актёра сказала:") or a signature: those are not what was said."""
    start = ctx.text.find("\n", position)
    if start < 0 or ctx.in_quote(start):
        return None
    gap = start
    while start < len(ctx.text) and ctx.text[start].isspace():
        start += 1
    if ctx.text.count("\n", gap, start) > 2 and ctx.text[start : start + 1] not in "«„\"—–" and not any(
            fold(t.text) in FIRST_PERSON_FORMS for t in ctx.between(start, _line_end(ctx, start))):
        # two blank lines: where a quotation box stood and was lost (web pages, Wikinews), and the
        # story goes on ("заявил:" and then "28 июня сервис был включен в реестр …"); not a line
        # that opens as speech or speaks in the first person
        return None
    quoted = next(((a, b) for a, b in ctx.quotes if a == start), None)
    if quoted is not None and ctx.text.count("\n", *quoted) and not ctx.text[quoted[1] : _line_end(ctx, quoted[1])].strip(" .!?…"):
        return quote_marks.inner(quoted)  # a quotation over several paragraphs, whole
    end = _line_end(ctx, start)
    line = ctx.text[start:end].rstrip()
    words = [t for t in ctx.between(start, end) if t.pos != "PUNCT"]
    if not line or line.endswith(":") or len(words) < 3 or all(t.pos == "PROPN" for t in words):
        return None
    # "В заявлении FCA говорится:" and a line whose second sentence is "Президент федерации
    # Балахничев сообщил, что …": that sentence is his report, not more of the statement (but
    # "… и Андрей предложил …" in the speaker's own story names no reporter of the news)
    for sentence in ctx.doc.sents:
        if start < sentence.start < end and any(_named_report(ctx, t) for t in sentence.tokens):
            end = sentence.start
            break
    return _trim_content(ctx, start, end)


def _line_end(ctx: _Context, position: int) -> int:
    end = ctx.text.find("\n", position)
    return len(ctx.text) if end < 0 else end


def _named_report(ctx: _Context, token: DocToken) -> bool:
    """A reporting verb (not in a quotation, not a wish: "да пожелает того Аллах") whose
    subject is a name with a post or in full ("Президент федерации Балахничев сообщил",
    "Герман Галущенко заявил"), not a first name alone ("Андрей предложил")."""
    return bool(ctx.cue_act(token)) and token.feats.get("Tense") in ("Past", "Pres") \
        and not ctx.in_quote(token.start) and any(
            c.rel in SUBJECT_RELS and any(w.pos == "PROPN" for w in words) and len(words) >= 2
            for c in ctx.children.get(token.id, [])
            for words in [[w for w in ctx.subtree(c) if w.pos != "PUNCT"]])


def _fronted_clause(ctx: _Context, sentence: tuple[int, int], speaker: tuple[int, int],
                    cue: DocToken) -> tuple[tuple[int, int], str] | None:
    """"О том, что завод закроют, министр заявлял ещё в июне": the clause before the speaker."""
    words = ctx.between(sentence[0], min(speaker[0], cue.start))
    if len(words) < 5 or [fold(t.text) for t in words[:3]] != ["о", "том", ","] or fold(words[3].text) != "что":
        return None
    comma = next((t for t in reversed(words) if t.text == ","), None)
    if comma is None or comma.start <= words[3].stop:
        return None
    content = _trim_content(ctx, words[3].stop, comma.start)
    return (content, "clause") if content else None


def _only_when(ctx: _Context, content: tuple[int, int], after: int | None = None) -> bool:
    """The content is a time, an occasion or a medium and nothing else: "в понедельник",
    "вчера", "на телеканале NBC в программе «Сегодня»"."""
    words = [t for t in ctx.between(*content) if t.pos != "PUNCT"]
    if 0 < len(words) <= 4 and all(t.pos == "ADP" or ctx.lemma(t) in WHEN | TIME_WORDS for t in words):
        return True
    circumstances = WHEN | TIME_WORDS | OCCASIONS | PUBLISHED_IN | DOCUMENTS | {"программа", "передача", "шоу",
                                                                             "телефон", "видеосвязь"}
    named = [(sp.start, sp.stop) for sp in ctx.doc.spans if content[0] <= sp.start < content[1]]
    if 0 < len(words) <= 8 and words[0].pos == "ADP" and all(
            t.pos in ("ADP", "PROPN", "ADJ", "DET", "NUM") or t.pos == "NOUN" and ctx.lemma(t) in circumstances
            or any(a <= t.start < b for a, b in named)
            # and to whom ("к диалогу" is what), and whose ("журналистам агентства")
            or t.pos == "NOUN" and not ctx.prepositional(t) and (t.feats.get("Case") == "Dat" or t.feats.get(
                "Case") == "Gen" and t.rel == "nmod" and any(w.id == t.head_id for w in words))
            for t in words):
        return True
    # "говорит по-китайски"; "заявил делегатам съезда, …": a language, or to whom, not what (but
    # "Детям необходима защита, подчеркнул омбудсмен" says something before its verb)
    # ("рекомендовали горожанам меньше находиться на улице": to whom, and what, an infinitive)
    return bool(words) and (fold(words[0].text).startswith("по-") and fold(words[0].text).endswith("ски")
                            and len(words) <= 2 or after is not None and content[0] > after and (
        words[0].pos == "NOUN" and words[0].feats.get("Case") == "Dat" and not any(
            t.feats.get("VerbForm") in ("Fin", "Inf") for t in words) and not QUOTE_MARKS.search(ctx.text, *content)))


def _fronted_o(ctx: _Context, cue: DocToken, sentence: tuple[int, int]) -> list[DocToken]:
    """The words of the "о …" complement that opens the sentence before the verb, if any."""
    # past an adverb or a conjunction: "Впервые о готовящемся законе президент заявил …"
    first = next((t for t in ctx.between(sentence[0], cue.start) if t.pos not in ("ADV", "CCONJ", "PUNCT")), None)
    if first is None or first.start >= cue.start or fold(first.text) not in ABOUT:
        return []
    for c in ctx.children.get(cue.id, []):
        words = ctx.subtree(c)
        if c.rel in ("obl", "obj") and c.start < cue.start and words[0] is first:
            return words
    return []


def _fronted_about(ctx: _Context, cue: DocToken, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The "о …" phrase as the content: "Об отставке правительства премьер-министр заявил …"."""
    words = _fronted_o(ctx, cue, sentence)
    return (words[0].start, words[-1].stop) if words and words[-1].stop < cue.start else None


def _a_time_phrase(ctx: _Context, tokens: list[DocToken], n: int) -> bool:
    """A preposition at ``tokens[n]`` opens a time ("за прошлый год", "в ближайшее время", "к утру",
    "в мае", "с 2010 года"), which is no part of a source's name."""
    if tokens[n].pos != "ADP":
        return False
    following = next((t for t in tokens[n + 1 : n + 4] if t.pos not in ("ADJ", "DET")), None)
    return following is not None and (following.pos == "NUM" or following.text[:1].isdigit()
                                      or ctx.lemma(following) in TIME_NOUNS)


def _names_a_source(ctx: _Context, token: DocToken) -> bool:
    """A name of an organisation or a person begins at ``token`` (or inside its quotation marks)."""
    start = token.stop if token.text in quote_marks.PAIRS else token.start
    return any((name := ctx.named(at)) is not None and name[0] == at for at in (start, start + 1))


def _opens_a_subject(ctx: _Context, token: DocToken) -> bool:
    """A nominative word outside any name ("39-летний", "погибший", "водитель"): after "по данным
    изданий" it begins what they say."""
    nominative = token.feats.get("Case") == "Nom" and (
        token.pos in ("ADJ", "NOUN", "NUM") or token.pos == "VERB" and token.feats.get("VerbForm") == "Part")
    return (nominative or AGED.match(token.text) is not None) and not ctx.named(token.start)


def _from_whom(ctx: _Context, tail: list[DocToken]) -> bool:
    """"по информации от представителей резиденции": "от" and who (people, or a body the NER
    named), not a date ("по данным от 5 мая") nor a thing ("по данным от датчиков")."""
    if fold(tail[0].text) != "от" or len(tail) < 2:
        return False
    who = tail[1]
    return who.feats.get("Animacy") == "Anim" and who.pos == "NOUN" or ctx.named(who.start) is not None


def _fronted_denial(ctx: _Context, cue: DocToken, speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    """What a denial denies, put before its verb: "Бывший президент обвинения отрицал",
    "Обвинения в коррупции Петров отрицает"; a noun's phrase only (not "это", not a clause)."""
    if ctx.cue_act(cue) != "deny" or any(c.rel == "obj" and c.start > cue.stop for c in ctx.children.get(cue.id, [])):
        return None
    denied = next((c for c in ctx.children.get(cue.id, []) if c.rel == "obj" and c.start < cue.start
                   and c.pos == "NOUN" and not (speaker and speaker[0] <= c.start < speaker[1])), None)
    if denied is None:
        return None
    words = ctx.subtree(denied)
    return (words[0].start, words[-1].stop) if words[-1].stop <= cue.start else None


def _fronted_topic(ctx: _Context, cue: DocToken, sentence: tuple[int, int]) -> bool:
    """"О своих планах Лужков рассказал …", "Об этом сообщило агентство": the sentence opens
    with what the report is about, which the sentence before has said (but not "О смерти
    Мендонсы сообщила его дочь")."""
    return any(fold(w.text) in POINTING for w in _fronted_o(ctx, cue, sentence)[1:3]) or _so_said(ctx, cue, sentence)


def _so_said(ctx: _Context, cue: DocToken, sentence: tuple[int, int]) -> bool:
    """"Так прокомментировал решение адвокат", "Именно так ответил журналистам министр": the
    sentence before is what was said."""
    # (not when the words follow: "Так ответил министр: «…»")
    return [fold(w.text) for w in ctx.between(sentence[0], cue.start)] in (["так"], ["именно", "так"], ["вот", "так"]) \
        and not any(t.text == ":" or t.text in quote_marks.PAIRS for t in ctx.between(cue.stop, sentence[1]))


def _anaphoric(ctx: _Context, content: tuple[int, int], act: str = "assert") -> bool:
    """"Об этом сообщил X", "X подтвердил эту информацию": the claim is the sentence before.
    A denial of "эти сведения" keeps its own words: the sentence before is what it denies."""
    text = _folded(ctx, content)
    if text in PLACEHOLDERS:
        return act != "deny"
    return text in ANAPHORIC_CONTENT or text.startswith("об этом ")


def _previous_sentence(ctx: _Context, sentence: tuple[int, int]) -> tuple[int, int] | None:
    previous = ctx.sentence_before(sentence[0])
    return _trim_content(ctx, *previous) if previous else None


def _through_quote(ctx: _Context, end: int, sentence: tuple[int, int]) -> int:
    """"назвал события «самым тяжелым кризисом» в истории": the parse often hangs the
    quoted words elsewhere; a quotation right after the content still belongs to it."""
    for a, b in ctx.quotes:
        if end <= a < sentence[1] and "," not in ctx.text[end:a] and b <= sentence[1] and not any(
                t.feats.get("VerbForm") == "Fin" for t in ctx.between(end, a)):  # "… и критиковал «…»" is its own
            rest = ctx.between(b, sentence[1])
            if any(t.text == "," or t.feats.get("VerbForm") == "Fin" for t in rest):
                return b
            return sentence[1]
    return end


def _accuses(ctx, content) -> bool:
    stems = wordlist(ACCUSATIONS)
    quoted = yo(" ".join(ctx.text[a:b] for a, b in ctx.quotes if content[0] <= a < content[1]).lower())
    return any(stem in quoted for stem in stems)


def _subject(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    """The verb's subject; a coordinated or relative verb takes its head's subject.

    A subject that does not agree with the verb in number is a parse error (a
    heading run into the sentence, a subject hung on the wrong verb); then the
    nearest nominative phrase before the verb stands in.
    """
    token = verb
    if verb.feats.get("VerbForm") == "Conv" and verb.head_id in ctx.by_id:
        token = ctx.by_id[verb.head_id]
    first = _reported_before_it(ctx, verb)
    if first is not None:
        return _subject(ctx, first)
    through = False  # come up from a clause of its own ("…, поскольку считают, что …")
    for _ in range(3):
        subjects = [c for c in ctx.children.get(token.id, []) if c.rel in SUBJECT_RELS]
        objects = [c for c in ctx.children.get(token.id, []) if c.rel == "obj"]
        if not subjects and len(objects) == 2 and objects[0].start < token.start < objects[1].start \
                and objects[1].feats.get("Case") == "Nom" and objects[1].pos in ("NOUN", "PROPN"):
            subjects = [objects[1]]  # "Такие данные приводит управление Росрыболовства": two objects, one the subject
        # with two (a parse error), the one the dictionary allows as the verb's subject ("процитировал
        # Гюнтеля собеседник агентства": "Гюнтеля" is no masculine nominative), else the nearest
        # ("Марк, рабочий из цеха, назвал …": a name and the description after its comma, both
        # made subjects; the name is who, also a surname the NER missed: "Вителли, премьер-министр страны,")
        names = [(c, next(((sp.start, sp.stop) for sp in ctx.doc.spans if sp.type == "PER" and sp.start <= c.start < sp.stop),
                          span_of([c] + [f for f in ctx.children.get(c.id, []) if f.rel == "flat:name"])))
                 for c in subjects if c.pos == "PROPN" and c.feats.get("Animacy") == "Anim"]
        later = max(subjects, key=lambda c: c.start) if subjects else None
        if len(subjects) == 2 and len(names) == 1 and names[0][0] is not later \
                and ctx.text[names[0][1][1] : later.start].strip() == ",":
            subjects = [names[0][0]]
        fitting = [c for c in subjects if _nominative_for(ctx, c, token)] if len(subjects) > 1 else []
        subjects = fitting if len(fitting) == 1 else subjects
        subject = min(subjects, key=lambda c: abs(c.start - token.start)) if subjects else None
        # "сказал поддерживающий Чавеса законодатель Хосе Авила": a participle the parse made a
        # subject of its own describes the noun after it
        described = next((c for c in subjects if subject is not None and subject.pos == "VERB"
                          and c.pos in ("NOUN", "PROPN") and c.start > subject.start > token.start), None)
        if described is not None:
            participle, subject = subject, described
        if subject is not None and _in_a_genitive_chain(ctx, subject):
            return _subject_before(ctx, token)  # "о рокировке Пейджа и Шмидта Google сообщил": not a genitive
        between = ctx.between(token.stop, subject.start) if subject is not None and subject.start > token.start else []
        last_verb = max((n for n, t in enumerate(between) if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"),
                        default=None)
        if last_verb is not None and not any(t.text == "," for t in between[last_verb:]):
            # "обвиняют в атаке, в результате которой погибли двое журналистов": another verb's
            # (but "сказал на встрече, которая прошла в Кремле, президент" is the president)
            subject = None
        if subject is not None and _across_clauses(ctx, subject, token):
            subject = None  # the parse crossed two clauses: the nominative phrase before the verb stands in
        subject = _told_outlet(ctx, subject) or subject
        if through and subject is not None and ctx.named(subject.start) is None and (
                subject.feats.get("Case") not in (None, "Nom")
                or subject.feats.get("Animacy") == "Inan" and fold(ctx.lemma(subject)) not in ORG_WORDS):
            return None  # "Школы закрыли, так как говорят, что …": the verb's own unnamed "they"
        if subject is not None and _agrees(subject, token, ctx):
            # ("— рассказала она «Тверской жизни»": a pronoun has no genitive of its own; the
            # outlet told hangs on it by a parse error)
            pronoun = subject.pos == "PRON" and fold(subject.text) in ("он", "она", "они") and not any(
                c.rel == "conj" for c in ctx.children.get(subject.id, []))
            words = [subject] if pronoun else [t for t in _phrase_end(ctx, subject, token) if t.pos != "PUNCT"]
            if described is not None:
                words = [t for t in ctx.subtree(participle) if t.pos != "PUNCT"] + words
            whose = ctx.between(token.stop, words[0].start) if words and words[0].start > token.start else []
            if whose and fold(whose[-1].text) in ("его", "ее", "их"):
                words = [whose[-1]] + words  # "сообщила её пресс-служба": the parse hung "её" on the verb
            return span_of(words + _name_cut_off(ctx, subject, words, token)) if words else None
        # "стала лидером, хотя всегда подчеркивала, что …": a concessive clause without a subject of
        # its own (not "оцепила район, когда сообщили о бомбе": that "сообщили" is nobody's)
        # (or a causal one: "выступают за запрет, поскольку считают, что …", "так как полагает")
        subordinate = token.rel == "advcl" and any(
            fold(c.text) in ("хотя", "поскольку", "ибо", "так") and c.rel == "mark" for c in ctx.children.get(token.id, []))
        # "отказался сообщить …, добавив, что …": an infinitive's subject is its verb's
        controlled = token.rel == "xcomp" and token.feats.get("VerbForm") == "Inf"
        if subject is None and token is verb and token.rel == "acl:relcl" and (_place_speaker(ctx, token) or any(
                c.text.lower() in ("где", "куда", "откуда", "когда") for c in ctx.children.get(token.id, []))
                and verb.feats.get("Number") == "Plur"):
            # "Путин, в пресс-службе которого сообщили": the press service, where it was said;
            # "прилетел в Сочи, где сообщили …": whoever it was, not Putin
            return None
        if subject is not None or token.rel not in ("conj", "acl:relcl") and not subordinate and not controlled \
                or token.head_id not in ctx.by_id:
            return (subject is None and _shared_subject(ctx, token)) or _subject_before(ctx, token)
        head = ctx.by_id[token.head_id]
        if token is verb and verb.rel == "conj" and verb.feats.get("Number") == "Plur" and head.feats.get("Number") == "Sing":
            return None  # "заявил, что …, а в СК добавили, что …": nobody's the singular subject was
        if token.rel == "conj" and (_other_gender(head, verb) or ctx.in_quote(head.start) and not ctx.in_quote(verb.start)
                                    or _subject_clash(ctx, head, verb) or _skips_a_verb(ctx, head, verb)):
            # ("«…», — сказал прораб и добавил: «…»": the parse joined "добавил" to a verb of the quotation;
            # "сообщила, что банк выплатит …, а затем пообещала": to the reported clause's verb)
            # "Фролова приехала на завод, где он выступил … и сказал": the parse joined "сказал" to
            # the wrong verb; the verb before it of its gender has its subject
            return _subject_of_the_verb_before(ctx, verb)
        token, through = head, subordinate
        for _ in range(10):  # bounded: the parse may hold a cycle
            if token.pos in ("VERB", "AUX") or token.head_id not in ctx.by_id or token.rel == "root":
                break
            token = ctx.by_id[token.head_id]
    return None


def _reported_before_it(ctx: _Context, verb: DocToken) -> DocToken | None:
    """"заявил, что референдум незаконен, (и) призвал воздержаться …": the reporting verb the
    reporter goes on from, whatever verb of its clause the parse hung this one on."""
    sentence_start = ctx.sentence_of[verb.id][0]
    last = ctx.between(max(sentence_start, verb.start - 40), verb.start)[-2:]  # (first the cheap look: a comma)
    if not (last and last[-1].text == "," or len(last) == 2 and last[0].text == "," and fold(last[1].text) == "и"):
        return None
    before = ctx.between(sentence_start, verb.start)
    if fold(before[-1].text) == "и":
        before = before[:-1]
    said = [t for t in before if fold(t.text) == "что"]
    if not said:
        return None
    return next((t for t in before if t.stop <= said[0].start and t.pos == "VERB"
                 and _next_verb_of(ctx, t, verb, [w for w in before if w.start > said[0].start])), None)


def _name_cut_off(ctx: _Context, subject: DocToken, words: list[DocToken], verb: DocToken) -> list[DocToken]:
    """The name the parse cut from a description before the verb ("Переводчица романа на
    английский Рейчел Грин рассказала": the name hung on the outlet told after the verb):
    the person named right before the verb, with no comma or verb between, in the nominative
    or, an indeclinable foreign name read so by the tagger, the genitive ("Рейчел Браун")."""
    if subject.pos != "NOUN" or subject.feats.get("Animacy") != "Anim" or words[-1].stop > verb.start \
            or any(sp.type == "PER" and words[0].start <= sp.start < words[-1].stop for sp in ctx.doc.spans):
        return []
    between = ctx.between(words[-1].stop, verb.start)
    name = next((sp for sp in ctx.doc.spans if sp.type == "PER" and between and sp.stop == between[-1].stop), None)
    if name is None or any(t.text in ",;:—–-«»\"" or t.pos in ("VERB", "AUX") for t in between) \
            or ctx.token_at(name.start) is None or ctx.token_at(name.start).feats.get("Case") not in ("Nom", "Gen"):
        return []
    return [t for t in between if t.start >= name.start]


def _told_outlet(ctx: _Context, subject: DocToken | None) -> DocToken | None:
    """"— рассказал местному порталу «Печора Онлайн» Сергей Игнатьев": the outlet told, after its
    word in the dative, is no subject; the person named right after it is."""
    outlet = next((sp for sp in ctx.doc.spans if sp.type == "ORG" and subject is not None
                   and sp.start <= subject.start < sp.stop), None)
    before = ctx.between(outlet.start - 30, outlet.start) if outlet is not None else []
    before = [t for t in before if t.text not in "«\"„"]
    if not before or before[-1].feats.get("Case") != "Dat" or fold(ctx.lemma(before[-1])) not in TOLD_OUTLETS:
        return None
    person = next((sp for sp in ctx.doc.spans if sp.type == "PER" and sp.start >= outlet.stop
                   and not ctx.text[outlet.stop : sp.start].strip(" »\"“")), None)
    return ctx.token_at(person.start) if person is not None else None


def _other_gender(a: DocToken, b: DocToken) -> bool:
    """Two singular verbs that show different genders ("приехала", "сказал")."""
    return a.feats.get("Number") == b.feats.get("Number") == "Sing" \
        and None not in (_gender(a), _gender(b)) and _gender(a) != _gender(b)


def _gender(verb: DocToken) -> str | None:
    """A past verb's gender as its ending shows it (the tagger may call "дослушал" feminine)."""
    if verb.feats.get("Tense") == "Past" and verb.feats.get("Number") == "Sing":
        word = fold(verb.text)
        for endings, gender in ((("ла", "лась"), "Fem"), (("ло", "лось"), "Neut"), (("л", "лся"), "Masc")):
            if word.endswith(endings):
                return gender
    return verb.feats.get("Gender")


def _relative_what(ctx: _Context, token: DocToken) -> bool:
    """"высказал всё, что думает", "извинился за то, что сказал": a "что" that is its clause's own
    object or subject after a pointing word is what was thought or said, not a claim."""
    if token.rel not in ("obj", "nsubj") or fold(token.text) != "что":
        return False
    before = ctx.between(max(0, token.start - 12), token.start)
    return len(before) >= 2 and before[-1].text == "," and fold(before[-2].text) in POINTERS


def _a_class_of_people(ctx: _Context, speaker: tuple[int, int]) -> bool:
    """"Врачи", "Эксперты", "Синоптики": people by a plural noun, no name."""
    words = [t for t in ctx.between(*speaker) if t.pos != "PUNCT"]
    return bool(words) and all(t.pos in ("NOUN", "ADJ") for t in words) and not any(ctx.named(t.start) for t in words) \
        and any(t.pos == "NOUN" and t.feats.get("Number") == "Plur" for t in words)


def _which_of_about(ctx: _Context, what: DocToken, cue: DocToken) -> bool:
    """"заявили о выходе из коалиции, что, как предполагается, позволит …": a "что" right after
    the comma that ends the verb's "о" object, its verb next with no subject of its own, is that
    phrase's "which", not what was said ("отозвался о новичке, что тот не готов"; "сообщил о
    том, что …")."""
    about = next((c for c in ctx.children.get(cue.id, []) if c.rel == "obl" and cue.start < c.start < what.start
                  and fold(ctx.subtree(c)[0].text) in ("о", "об") and fold(c.text) not in POINTERS), None)
    if about is None:
        return False
    # (up to the "что": the parse may hang the clause on the object's noun)
    end = max(t.stop for t in ctx.subtree(about) if t.stop <= what.start and t.pos != "PUNCT")
    between = ctx.between(end, what.start)
    if not between or not all(t.pos == "PUNCT" for t in between) or between[-1].text != ",":
        return False
    after = _outside_parentheses(ctx.between(what.stop, ctx.sentence_of[what.id][1]))
    if after and after[0].text == ",":  # ("что, как предполагается, позволит": an aside first)
        after = after[next((n for n, t in enumerate(after[1:], 1) if t.text == ","), 0) + 1:]
    return bool(after) and after[0].pos in ("VERB", "AUX") and after[0].feats.get("VerbForm") == "Fin"


def _reporting_relative(ctx: _Context, word: DocToken) -> bool:
    """``word`` ("которая") opens a relative clause whose verb reports with a clause of its own."""
    verb = ctx.by_id.get(word.head_id)
    noun = ctx.by_id.get(verb.head_id) if verb is not None else None
    # (a verb of speech, or one of thought said of someone: "программа, которая предполагает, что …"
    # only provides)
    return ctx.lemma(word) in RELATIVE and verb is not None and verb.rel == "acl:relcl" and noun is not None \
        and (ctx.lemma(verb) not in CLAUSE_ONLY or noun.feats.get("Animacy") == "Anim" or ctx.named(noun.start)) \
        and ctx.cue_act(verb) is not None and any(fold(t.text) in ("что", "чтобы") for t in ctx.subtree(verb))


def _not_the_cues(ctx: _Context, token: DocToken, cue: DocToken) -> bool:
    """``token`` ("что", "чтобы") opens another verb's clause under the cue: the one of a relative
    clause, right after its verb ("опроверг слова депутата, который утверждал, что …": the
    deputy's; "обещал реформу, которая означает, что …": the reform's), or a purpose of another
    verb ("обещал продолжать реформу, …, чтобы вывести …"). ("заявил журналистам, которые
    спрашивали о бюджете, что …" stays the cue's: the parse hangs it on the relative clause as
    often.)"""
    node, seen = token, 0
    while node is not None and node is not cue and seen < 50:
        if node.rel == "acl:relcl" and node.pos == "VERB" \
                and any(ctx.lemma(c) in RELATIVE for c in ctx.children.get(node.id, [])) \
                and not ctx.text[node.stop : token.start].strip(" ,"):
            return True
        if node.rel == "advcl" and fold(token.text) == "чтобы" and ctx.by_id.get(node.head_id) is not cue:
            return True
        node, seen = ctx.by_id.get(node.head_id), seen + 1
    return False


def _nominative_for(ctx: _Context, word: DocToken, verb: DocToken) -> bool:
    """A dictionary reading of ``word`` is a nominative in the verb's gender and number, if
    the verb shows them (a masculine noun for a person may be a woman's: "сообщила публицист")."""
    gender = DICTIONARY_GENDERS.get(verb.feats.get("Gender"))
    plural = verb.feats.get("Number") == "Plur"
    for p in ctx.vocab.parse(word.text.lower()):
        if "nomn" in p.tag and ("plur" in p.tag) == plural and (
                gender is None or plural or gender in p.tag or gender == "femn" and {"masc", "anim"} in p.tag):
            return True
    return False


def _unsaid_subject(ctx: _Context, verb: DocToken) -> bool:
    """A sentence whose verb leaves its subject to the sentence before ("Неоднократно выступал с
    заявлениями. Также заявлял, что …"): a finite singular active verb at the root of its sentence,
    past (or third person), with no subject in the sentence. Not a plural ("Сообщили, что …" is
    nobody's), not an impersonal or passive form ("Сообщается, что …")."""
    feats = verb.feats
    if verb.rel != "root" or feats.get("VerbForm") != "Fin" or feats.get("Mood") != "Ind" \
            or feats.get("Number") != "Sing" or feats.get("Voice") != "Act" \
            or not (feats.get("Tense") == "Past" and feats.get("Gender") in ("Masc", "Fem")
                    or feats.get("Person") == "3"):
        return False
    sentence = ctx.sentence_of[verb.id]
    # (the reported clause may have its own: "Рассказал, что бюджет исполнен"; nor one whose
    # subject follows, unparsed: "Заявила, что уходит, глава МВФ Кристалина Георгиева")
    return not any(c.rel in SUBJECT_RELS or c.rel == "expl" for c in ctx.children.get(verb.id, [])) and not any(
        sp.type in ("PER", "ORG") and sentence[0] <= sp.start < sentence[1] for sp in ctx.doc.spans)


def _previous_subject(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    """The subject of the sentence before (or of the last one before it that named its subject,
    if those between left theirs unsaid too, as a biography does) that agrees with ``verb`` in
    number, and in gender where both show one."""
    start = ctx.sentence_of[verb.id][0]
    for _ in range(8):
        before = ctx.sentence_before(start)
        if before is None:
            return None
        root = next((t for t in ctx.between(*before) if t.rel == "root"), None)
        if root is None or root.pos not in ("VERB", "AUX", "ADJ") or ctx.in_quote(root.start):
            return None
        subject = next((c for c in ctx.children.get(root.id, []) if c.rel in SUBJECT_RELS), None)
        if subject is None:
            if root.pos == "VERB" and root.feats.get("VerbForm") == "Fin" and not _other_gender(root, verb):
                start = before[0]  # "Неоднократно выступал с заявлениями. Также заявлял, что …"
                continue
            return None
        if subject.feats.get("Number") not in (None, verb.feats.get("Number")) or _other_gender(root, verb) \
                or not (subject.pos in ("NOUN", "PROPN", "ADJ") or subject.feats.get("VerbForm") == "Part") \
                or fold(subject.text) in RELATIVE:
            return None
        words = [t for t in _phrase_end(ctx, subject, root) if t.pos != "PUNCT"]
        return span_of(words) if words else None
    return None


def _across_clauses(ctx: _Context, subject: DocToken, verb: DocToken) -> bool:
    """A subject in another clause than its verb: "Президент … объявил о переизбрании, однако лидер
    оппозиции … назвал итоги подтасованными" parsed with "Президент" for "назвал" (a finite verb
    between them, not of the subject's own phrase) and "лидер" for "объявил" (after ", однако")."""
    if subject.start < verb.start:
        # (the verb between has a subject of its own after it: the two subjects were swapped; not an
        # aside: "Министр, сообщает ТАСС, заявил …")
        return any(any(c.rel in SUBJECT_RELS and t.start < c.start < verb.start and "," not in ctx.text[c.stop : verb.start]
                       for c in ctx.children.get(t.id, []))
                   for t in _verbs_between(ctx, subject, verb, {t.id for t in ctx.subtree(subject)}))
    between = ctx.between(verb.stop, subject.start)
    # (not a parenthetical "однако": "— сказал, однако, министр")
    return any(t.text == "," and fold(w.text) in ("однако", "но", "а", "хотя") and (n + 2 >= len(between) or between[n + 2].text != ",")
               for n, (t, w) in enumerate(zip(between, between[1:])))


def _skips_a_verb(ctx: _Context, head: DocToken, verb: DocToken) -> bool:
    """"объявил о …, однако лидер … назвал итоги подтасованными и призвал …" parsed with "призвал"
    joined to "объявил": a verb of another clause (not the head's own) stands between them."""
    if head.start > verb.start:
        return False
    return bool(_verbs_between(ctx, head, verb, {t.id for t in ctx.subtree(head)} | {t.id for t in ctx.subtree(verb)}))


def _verbs_between(ctx: _Context, first: DocToken, last: DocToken, own: set[str]) -> list[DocToken]:
    """The finite verbs between two words, outside quotation marks, but for those of ``own``."""
    return [t for t in ctx.between(first.stop, last.start) if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"
            and t.id not in own and not ctx.in_quote(t.start)]


def _a_thing(ctx: _Context, verb: DocToken) -> bool:
    """The verb's subject is a thing, not someone: "Датчик сообщил о возгорании", "Инструкция требует
    …", "Запах хлеба напомнил детство" (not a body, a document, a source, a named organisation)."""
    subject = next((c for c in ctx.children.get(verb.id, []) if c.rel in SUBJECT_RELS), None)
    lemma = fold(ctx.lemma(subject)) if subject is not None else ""
    return subject is not None and subject.pos == "NOUN" and subject.feats.get("Animacy") == "Inan" \
        and lemma in THINGS | SIGNS and lemma not in VOICING | QUANTITIES \
        and ctx.named(subject.start) is None and not any(
            c.rel in ("appos", "flat:name") or ctx.named(c.start) is not None for c in ctx.children.get(subject.id, [])) \
        and not any(t.feats.get("Animacy") == "Anim" and t.feats.get("Case") == "Nom"  # (a headline run into it)
                    for t in ctx.between(subject.stop, verb.start))


def _subject_clash(ctx: _Context, head: DocToken, verb: DocToken) -> bool:
    """The head's subject is a noun of another gender than the verb shows ("банк выплатит …,
    а затем пообещала"): the verb is not the head's."""
    subject = next((c for c in ctx.children.get(head.id, []) if c.rel in SUBJECT_RELS), None)
    return subject is not None and subject.pos == "NOUN" and verb.feats.get("Number") == "Sing" \
        and subject.feats.get("Number") == "Sing" and None not in (subject.feats.get("Gender"), verb.feats.get("Gender")) \
        and subject.feats["Gender"] != verb.feats["Gender"] and subject.feats.get("Animacy") != "Anim"


def _subject_of_the_verb_before(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    previous = next((t for t in reversed(ctx.between(ctx.sentence_of[verb.id][0], verb.start))
                     if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" and not _other_gender(t, verb)
                     and t.feats.get("Number") == verb.feats.get("Number") and not ctx.in_quote(t.start)
                     and not _subject_clash(ctx, t, verb)), None)
    subject = next((c for c in ctx.children.get(previous.id, []) if c.rel in SUBJECT_RELS), None) if previous else None
    words = [t for t in _phrase_end(ctx, subject, previous) if t.pos != "PUNCT"] if subject is not None else []
    return span_of(words) if words else None


def _shared_subject(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    """Verbs in a row share the subject the parse gave the first, however it hung the second:
    "он летал в Тбилиси, а не так давно заявил, что …", "Юноша клянется в преданности,
    утверждает, что …" (each its own root). Only a verb joined by a comma or "а/и/но" to the
    finite verb before it, on the same level of the parse, of the same number and gender."""
    before = ctx.between(ctx.sentence_of[verb.id][0], verb.start)
    k = len(before)
    while k and before[k - 1].pos in ("ADV", "PART"):  # "а не так давно заявил"
        k -= 1
    then = k > 2 and [t.text.lower() for t in before[k - 2 : k]] == ["после", "чего"]  # ", после чего сообщил"
    k -= 2 if then else 0
    if not k or before[k - 1].text.lower() not in (",", "а", "и", "но"):
        return None
    # (a verb the parse hung aside goes on only after "после чего", "и", "а": "…, сообщили в суде"
    # after a clause is the attribution of it)
    then = then or before[k - 1].text != ","
    previous = next((t for t in reversed(before) if _finite(t)), None)
    if previous is None or not (previous.rel == verb.rel == "root" or (previous.rel, previous.head_id) == (
            verb.rel, verb.head_id) or then and verb.rel == "parataxis" and verb.head_id == previous.id) \
            or any(previous.feats.get(f) != verb.feats.get(f) for f in ("Number", "Gender")):
        return None
    subject = next((c for c in ctx.children.get(previous.id, []) if c.rel in SUBJECT_RELS), None)
    if subject is None or not _agrees(subject, previous, ctx):
        return None
    words = [t for t in _phrase_end(ctx, subject, previous) if t.pos != "PUNCT"]
    return span_of(words) if words else None


def _in_a_genitive_chain(ctx: _Context, token: DocToken) -> bool:
    """A genitive right after a noun ("рокировке Шмидта") or after "и" and a genitive: the
    tagger's case of a lone word is not to be trusted ("молодожёны" tagged dative), a chain is."""
    if token.feats.get("Case") != "Gen":
        return False
    before = ctx.between(ctx.sentence_of[token.id][0], token.start)
    if len(before) >= 2 and before[-1].text.lower() == "и":
        before = before[:-1]
    return bool(before) and before[-1].pos in ("NOUN", "PROPN") and before[-1].feats.get("Case") == "Gen" \
        or bool(before) and before[-1].pos == "NOUN" and before[-1].feats.get("Case") not in (None, "Nom")


def _phrase_end(ctx: _Context, subject: DocToken, verb: DocToken) -> list[DocToken]:
    """The subject's subtree; after the verb, only up to the first comma outside quotation
    marks and parentheses that the subtree does not go on after: in "Как заявил
    представитель «…» (…) Сесар Дуран, смерть … совпала … в 1989 году" the parse may hang
    words of the reported clause on the name."""
    words = ctx.subtree(subject)
    if subject.start < verb.start:
        # "голкипер, которому исполнится 40 лет, сказал, что …": never the verb and after
        return [w for w in words if w.stop <= verb.start]
    # "— сказала чемпионка на церемонии награждения": where it was said is no part of who said it
    occasion = next((w for w in words if w.pos == "ADP" and w.start > subject.start
                     and ctx.lemma(ctx.by_id.get(w.head_id, w)) in OCCASIONS), None)
    if occasion is not None:
        words = [w for w in words if w.start < occasion.start]
    inside, depth = {w.id for w in words}, 0
    following = ctx.between(subject.stop, ctx.sentence_of[subject.id][1])
    for n, t in enumerate(following):
        depth += (t.text == "(") - (t.text == ")" and depth > 0)
        # but "один из организаторов акции, местный активист Тимур Ахмедов" goes on
        if t.text == "," and depth == 0 and not ctx.in_quote(t.start) and (
                n + 1 == len(following) or following[n + 1].id not in inside):
            return [w for w in words if w.start < t.start] + _one_of_them_named(ctx, subject, following[n:])
    return words


def _one_of_them_named(ctx: _Context, subject: DocToken, after: list[DocToken]) -> list[DocToken]:
    """"— рассказала одна из пострадавших, учительница Елена Сафонова.": the apposition naming
    "one of them" after the verb, however the parse hung it, up to a name in the nominative
    that ends the sentence or the clause."""
    if fold(subject.text) not in ("один", "одна") or not any(
            fold(c.text) == "из" for k in ctx.children.get(subject.id, []) for c in [k, *ctx.children.get(k.id, [])]):
        return []
    for n, t in enumerate(after[1:9], 1):
        name = next((sp for sp in ctx.doc.spans if sp.type == "PER" and sp.start == t.start), None)
        if name is not None:
            rest = [w for w in after if w.start >= name.stop]
            if (not rest or rest[0].text in ",.;") and t.feats.get("Case") in (None, "Nom"):
                return [w for w in after if w.stop <= name.stop]
            return []
        if t.pos not in ("ADJ", "NOUN", "PROPN", "ADP", "NUM") and t.text not in "«»\"-":
            return []
    return []


def _object(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    obj = next((c for c in ctx.children.get(verb.id, []) if c.rel == "obj"), None)
    words = [t for t in ctx.subtree(obj) if t.pos != "PUNCT"] if obj else []
    return span_of(words) if words else None


def _same_form(noun: DocToken, relative: DocToken) -> bool:
    """A relative word agrees with its noun in number, and in gender when singular."""
    def known(feature: str) -> bool:
        return bool(noun.feats.get(feature)) and bool(relative.feats.get(feature))
    if known("Number") and noun.feats["Number"] != relative.feats["Number"]:
        return False
    # ("директору, которая заявила": a post in the masculine is held by women too)
    return not (relative.feats.get("Number") == "Sing" and known("Gender")
                and noun.feats["Gender"] != relative.feats["Gender"]
                and not (noun.feats["Gender"] == "Masc" and noun.feats.get("Animacy") == "Anim"))


def _oblique_form(noun: DocToken, relative: DocToken) -> bool:
    """A relative word in an oblique case agrees with its noun: "котором" is masculine and
    neuter alike ("заявление, в котором"), so the tagger's choice between them says nothing."""
    genders = {noun.feats.get("Gender"), relative.feats.get("Gender")}
    return _same_form(noun, relative) or genders == {"Masc", "Neut"} \
        and noun.feats.get("Number") == relative.feats.get("Number") == "Sing"


def _agrees(subject: DocToken, verb: DocToken, ctx: Parsed | None = None) -> bool:
    # The tagger often gets the number of a name wrong ("Викиновости сообщали").
    a, b = subject.feats.get("Number"), verb.feats.get("Number")
    # "Большинство историков считают": a quantity takes either number; so does a noun counted
    # by a numeral ("две фракции заявили", the noun in the genitive singular)
    counted = ctx is not None and any(c.rel in ("nummod", "nummod:gov") for c in ctx.children.get(subject.id, []))
    # ("Губернатор Анна Сомова и мэр Олег Пташкин заявили": two subjects, one plural)
    joined = ctx is not None and b == "Plur" and any(c.rel == "conj" and c.pos in ("NOUN", "PROPN")
                                                      for c in ctx.children.get(subject.id, []))
    if subject.feats.get("Case") in ("Dat", "Ins", "Loc"):
        return False  # "Черновой пообещали выделить средства": to whom, not who
    # one person, a part of whose name is in an oblique case, and a plural verb: whom "считали
    # противником" ("Т.Донилона считали …"), no one's words (but "Петров с женой заявили",
    # "Кличко заявили")
    person = next((sp for sp in ctx.doc.spans if sp.type == "PER" and sp.start <= subject.start < sp.stop), None) \
        if ctx is not None and subject.pos == "PROPN" and a == "Sing" and b == "Plur" and not joined else None
    if person is not None and any(t.feats.get("Case") in ("Gen", "Acc", "Dat", "Ins", "Loc")
                                  and fold(ctx.lemma(t)) != fold(t.text)
                                  for t in ctx.between(person.start, person.stop) if t.pos == "PROPN"):
        return False
    return a is None or b is None or a == b or subject.pos in ("PRON", "PROPN") or fold(subject.text) in QUANTITIES \
        or counted or joined


def _before_relative_clause(ctx: _Context, start: DocToken) -> tuple[int, int] | None:
    """The name in the nominative before ", который …," that ends right before ``start``."""
    before = ctx.between(ctx.sentence_of[start.id][0], start.start)
    if not before or before[-1].text != ",":
        return None
    opening = next((n for n in range(len(before) - 2, 0, -1) if before[n].text == ","
                    and ctx.lemma(before[n + 1]) in RELATIVE), None)
    if opening is None or any(t.text == "," for t in before[opening + 2 : -1] if not ctx.in_quote(t.start)):
        return None
    name = ctx.named(before[opening - 1].start)
    token = ctx.token_at(name[0]) if name else None
    return name if token is not None and token.feats.get("Case") in (None, "Nom") else None


def _subject_before(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    """Nearest nominative noun phrase before the verb within its clause, agreeing in number;
    a person named there is preferred ("премьер-министр Армении … Никол Пашинян сообщил")."""
    sentence = ctx.sentence_of[verb.id]
    before = ctx.between(sentence[0], verb.start)
    clause = []
    for t in reversed(before):
        if _finite(t) or t.text in ",;:—–":
            break
        clause.insert(0, t)
    persons = [s for s in ctx.doc.spans if s.type == "PER" and clause and clause[0].start <= s.start < verb.start]
    # "о рокировке Пейджа и Шмидта Google сообщил": a name in a genitive chain with a noun after it
    # is not the subject ("После гибели мужа Корасон Акино стала …" with nothing after it may be)
    persons = [s for s in persons if not ((t := ctx.token_at(s.start)) is not None and _in_a_genitive_chain(ctx, t)
                                          and any(w.pos in ("NOUN", "PROPN") and w.start >= s.stop for w in clause))]
    # nor one of another gender than a past verb's: "Канцелярия президента Джейкоба Зумы распространила"
    gender = verb.feats.get("Gender")
    persons = [s for s in persons if not (gender and (t := ctx.token_at(s.start)) is not None
                                          and t.feats.get("Gender") not in (None, gender))]
    if persons and verb.feats.get("Number") != "Plur":
        last = ctx.token_at(persons[-1].start)
        if last is not None and last.feats.get("Case") == "Gen":
            # "Берлускони, который является лидером партии, за несколько часов до заявления Монти
            # сообщил": the one the relative clause describes, not a genitive in a time phrase
            return _before_relative_clause(ctx, clause[0]) or (persons[-1].start, persons[-1].stop)
        return persons[-1].start, persons[-1].stop
    for n in range(len(clause) - 1, -1, -1):
        t = clause[n]
        k = n
        while k and clause[k - 1].pos in ("ADJ", "DET", "NUM"):
            k -= 1
        if k and clause[k - 1].pos == "ADP":
            continue  # "В ходе задержания супругам сообщили": a noun after a preposition is no subject
        if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Nom" and _agrees(t, verb, ctx):
            words = [w for w in ctx.subtree(t) if w.pos != "PUNCT" and w.start < verb.start]
            return span_of(words) if words else None
    # "Харви Питт, который занимал пост главы SEC, так комментировал …": past the relative clause
    name = _before_relative_clause(ctx, clause[0] if clause else verb)
    token = ctx.token_at(name[0]) if name else None
    return name if token is not None and token.feats.get("Number") == verb.feats.get("Number") \
        and not _other_gender(token, verb) else None


def _document_source(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    """"говорится в сообщении МВД" -> "МВД"; "в их заявлении" -> "их"; "в пресс-релизе" -> itself;
    "МИД распространил заявление, в котором говорится …" -> "МИД"."""
    for child in ctx.children.get(verb.id, []):
        words = ctx.subtree(child)
        if child.rel != "obl" or not words or words[0].text.lower() not in ("в", "во", "на"):
            continue
        if ctx.lemma(child) in RELATIVE and verb.rel == "acl:relcl" and verb.head_id in ctx.by_id:
            document = _document_of(ctx, verb, child)
            if document is None:
                continue
            # (whose: a genitive, someone's, not "сообщение для печати", "материалы дела"; up to the clause)
            owner = next((c for c in ctx.children.get(document.id, []) if c.rel == "nmod" and c.start > document.start
                          and not ctx.prepositional(c) and (ctx.named(c.start) is not None or c.feats.get(
                              "Animacy") == "Anim" or fold(ctx.lemma(c)) in ORG_WORDS)), None)
            words = [w for w in ctx.subtree(owner) if w.pos != "PUNCT" and w.start < words[0].start] if owner else []
            if words:
                return span_of(words)
            # "распространила заявление, в котором …"; not "полиция изъяла письмо, в котором …": the
            # document itself, whoever wrote it ("получила анонимное письмо, в котором сообщалось")
            issuer = ctx.by_id.get(document.head_id)
            if issuer is not None and ctx.lemma(issuer) in ISSUING:
                return _subject(ctx, issuer)
            return span_of([t for t in ctx.subtree(document) if t.start <= document.start and t.pos in ("ADJ", "NOUN")])
        if fold(child.text) in ("нем", "ней") and len(words) == 2:
            # "МИД опубликовал комментарий. В нём сказано …": the document named last, in this
            # sentence or the one before
            sentence = ctx.sentence_of[verb.id]
            previous = max((s.start for s in ctx.doc.sents if s.stop <= sentence[0]), default=sentence[0])
            # (the document itself, not one it is about: "комментарий по поводу решения")
            document = next((t for t in reversed(ctx.between(previous, child.start)) if ctx.lemma(t) in DOCUMENTS
                             and t.rel in ("obj", "nsubj", "nsubj:pass", "root")), None)
            return (document.start, document.stop) if document is not None else None
        page = ctx.lemma(child) in PAGES
        if not page and (ctx.lemma(child) not in DOCUMENTS or words[0].text.lower() == "на"):
            continue  # "сообщалось в июле" names no source
        owners = [c for c in ctx.children.get(child.id, []) if c.rel in ("nmod", "det") and c.start > words[0].start]
        owner = next((c for c in owners if c.rel == "nmod" or fold(c.text) in PRONOUNS), None)
        if page:  # the page speaks, "сайт Кремля", if it says whose ("сообщается на сайте" does not)
            return span_of([w for w in words[1:] if w.pos != "PUNCT"]) if owner is not None else None
        if owner is not None:
            return span_of([w for w in ctx.subtree(owner) if w.pos != "PUNCT"])
        return span_of([w for w in words[1:] if w.pos != "PUNCT"])
    return None


def _document_of(ctx: _Context, verb: DocToken, relative: DocToken) -> DocToken | None:
    """The document a relative clause is in ("заявление, в котором говорится"); the parse may
    hang the clause on a word of the document's phrase ("сообщение для печати, в котором") or
    farther off in a long sentence: the document is then the word before the comma that
    "котором" agrees with."""
    head = ctx.by_id[verb.head_id]
    if ctx.lemma(head) in DOCUMENTS and _oblique_form(head, relative):
        return head
    phrase = []
    for t in reversed(ctx.between(ctx.sentence_of[verb.id][0], ctx.subtree(relative)[0].start)):
        if t.pos == "PUNCT" and phrase or t.pos in ("VERB", "AUX") or len(phrase) > 5:
            break
        phrase.append(t)
    return next((t for t in phrase if ctx.lemma(t) in DOCUMENTS and _oblique_form(t, relative)), None)


def _named_before(ctx: _Context, position: int) -> tuple[int, int] | None:
    """The name of a person or an organisation ending right before the comma before ``position``
    (and its "в": ", в пресс-службе которого")."""
    comma = ctx.text.rfind(",", 0, position)
    if comma < 0 or ctx.text[comma + 1 : position].strip().lower() not in ("", "в", "во"):
        return None
    end = len(ctx.text[:comma].rstrip(" »\"”"))
    return ctx.named(end - 1) if end else None


def _place_speaker(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    """"В МВД заявили" / "сообщили в ведомстве": the organisation speaks (plural, no subject)."""
    if verb.id not in ctx.places:
        ctx.places[verb.id] = _place_of(ctx, verb)
    return ctx.places[verb.id]


def _place_of(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    if verb.feats.get("Number") != "Plur":
        return None
    if _there_after(ctx, verb):
        return _there(ctx, verb)  # "…, добавили там"
    for child in ctx.children.get(verb.id, []):
        if child.rel != "obl":
            continue
        # (without a closing mark the parse hung on the name from before: "«биология», уточнили в фонде «Наука»")
        words = list(itertools.dropwhile(lambda w: w.pos == "PUNCT", ctx.subtree(child)))
        # "в ГУ МЧС по Энской области", not "во вторник" nor "в ходе задержания" (a compound preposition);
        # "на предприятии", "на заводе"
        if words and (words[0].text.lower() in ("в", "во") or words[0].text.lower() == "на"
                      and ctx.lemma(child) in ON_PLACES) and len(words) <= 12 \
                and ctx.lemma(child) not in NOT_PLACES and not any(w.rel == "fixed" for w in words[:3]) \
                and (len(words) < 2 or ctx.lemma(words[1]) not in NOT_PLACES) \
                and ctx.lemma(child) not in RELATIVE:  # "убийство, в котором обвиняют …": no place
            return span_of([w for w in words[1:] if w.pos != "PUNCT"])
    # the parse may hang the opening "В пресс-центре …" on the reported clause: the words
    # between the sentence's "в" and the verb say the same
    # (or after a comma: "…Путин, в пресс-службе которого сообщили: «…»" with the parse crossing
    # into the quotation)
    before = ctx.between(ctx.sentence_of[verb.id][0], verb.start)
    comma = max((n for n, t in enumerate(before) if t.text == ","), default=-1)
    if 0 <= comma and comma + 1 < len(before) and before[comma + 1].text.lower() in ("в", "во") \
            and any(ctx.lemma(t) in RELATIVE for t in before[comma + 1 :]):
        before = before[comma + 1 :]
    if 2 <= len(before) <= 12 and before[0].text.lower() in ("в", "во") and ctx.lemma(before[1]) not in NOT_PLACES \
            and ctx.lemma(before[1]) not in RELATIVE and all(
                t.pos in ("NOUN", "PROPN", "ADJ", "ADP", "PUNCT", "X") or ctx.lemma(t) in RELATIVE for t in before[1:]):
        return span_of([w for w in before[1:] if w.pos != "PUNCT"])
    if _only_there(before):
        return _there(ctx, verb)  # "Там добавили", "Там также уточнили", "Там, как нам сообщили, …"
    if before and fold(before[-1].text) == "как":
        # "Как сообщили в областной таможне, …" with the parse hanging the place on the clause's verb
        after = list(itertools.takewhile(lambda t: t.text != ",", ctx.between(verb.stop, ctx.sentence_of[verb.id][1])))
        if 2 <= len(after) <= 12 and fold(after[0].text) in ("в", "во") \
                and not any(ctx.lemma(t) in NOT_PLACES | TIME_NOUNS for t in after) \
                and all(t.pos in ("NOUN", "PROPN", "ADJ", "ADP", "PUNCT", "X") for t in after[1:]):
            return span_of([w for w in after[1:] if w.pos != "PUNCT"])
    head = ctx.by_id.get(verb.head_id)
    if verb.rel == "conj" and head is not None and head.pos == "VERB" and head.start < verb.start \
            and ctx.cue_act(head) \
            and any(fold(c.text) == "и" for c in ctx.children.get(verb.id, []) if c.rel == "cc") \
            and not any(c.rel in SUBJECT_RELS for c in ctx.children.get(head.id, [])):
        # "В банке подтвердили сбой и сообщили, что …": the place of the first report says the second
        # (not "…, а в Генштабе сообщили", nor "В Подмосковье задержали … и сообщили")
        return _place_speaker(ctx, head)
    first = _reported_before_it(ctx, verb)  # "В минсельхозе напомнили, что …, и призвали …"
    return _place_speaker(ctx, first) if first is not None else None


THERE_ASIDES = ALSO | {"как", "нам", "мне"}


def _only_there(words: list[DocToken]) -> bool:
    """The words before the verb are "там" and asides only ("Там, как нам сообщили,"); stops at the
    first other word, not a pass over a long sentence."""
    there = False
    for t in words:
        word = fold(t.text)
        if t.text == "," or word in THERE_ASIDES:
            continue
        if word != "там" or there:
            return False
        there = True
    return there


def _clause_then_place(ctx: _Context, verb: DocToken, subject: tuple[int, int]) -> bool:
    """"Более 3 тысяч военнослужащих приступили к учениям, сообщили в пресс-службе округа": the parse
    gave the clause's subject to the plural reporting verb after its comma, which has a place that
    spoke; the subject is the clause's own verb's."""
    before = ctx.between(subject[1], verb.start)
    return bool(before) and before[-1].text == "," and verb.feats.get("Number") == "Plur" \
        and any(t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" for t in before) \
        and _place_speaker(ctx, verb) is not None


def _there_after(ctx: _Context, verb: DocToken) -> bool:
    """"…, добавили там": the verb's "там" after it."""
    return any(fold(c.text) == "там" and c.start > verb.start for c in ctx.children.get(verb.id, []))


def _there(ctx: _Context, verb: DocToken) -> tuple[int, int] | None:
    """"В министерстве объяснили, что … Там добавили, что …": the place that spoke in the sentence
    before (or the one before it)."""
    sentence = ctx.sentence_of[verb.id]
    before = ctx.sentence_before(sentence[0])
    earlier = (ctx.sentence_before(before[0]) or before) if before else None
    if earlier is None:
        return None
    for t in reversed(ctx.between(earlier[0], sentence[0])):
        if t.pos == "VERB" and t.feats.get("Number") == "Plur" and ctx.cue_act(t) and not ctx.in_quote(t.start) \
                and not any(c.rel in SUBJECT_RELS for c in ctx.children.get(t.id, [])):
            place = _place_speaker(ctx, t)
            if place is not None and ctx.text[place[0] : place[1]].lower() != "там":
                # (not past another place named since: "…доставили в городскую больницу. Там рассказали")
                return _place_named(ctx, place[1], sentence[0]) or place
    # "Жалобу направили в прокуратуру. Там, как нам сообщили, начали проверку": the place named last
    return _place_named(ctx, before[0], sentence[0])


def _place_named(ctx: _Context, start: int, end: int) -> tuple[int, int] | None:
    """The last place "в/на" names between ``start`` and ``end``: a name, or a noun of one ("в
    городскую больницу", "в прокуратуру области"; "о нападении на таксиста" names none)."""
    words = ctx.between(start, end)
    for n in reversed(range(len(words))):
        if fold(words[n].text) not in ("в", "во", "на"):
            continue
        b = next((b for b in words[n + 1 : n + 4] if b.pos != "ADJ"), None)
        if b is not None and b.pos in ("NOUN", "PROPN") \
                and ctx.lemma(b) not in TIME_NOUNS | WHEN and (
                ctx.named(b.start) is not None or ctx.lemma(b) in PLACE_NOUNS
                or any(sp.type == "LOC" and sp.start <= b.start < sp.stop for sp in ctx.doc.spans)):
            phrase = [w for w in ctx.subtree(b) if words[n].stop <= w.start < end and w.pos != "PUNCT"]
            return span_of(phrase) if phrase else None
    return None


# -- speakers to entities ---------------------------------------------------------

def _relayed(ctx: _Context, d: _Draft) -> bool:
    """"…, сообщает агентство Reuters", "Кроме того, передаёт РБК, …": the outlet, named as
    one or known as one (data/outlets.txt), relays the news item and makes no claim of its
    own (docs/statements-annotation.md); "пишет издание, что …", "по данным издания" and
    what it has from someone ("сообщает газета со ссылкой на Дмитрия Пескова") stay."""
    cue = ctx.token_at(d.cue_start)
    if d.cue not in RELAYING or cue is None or cue.feats.get("Tense") != "Pres" or d.speaker is None:
        return False
    before = ctx.between(d.sentence[0], d.cue_start)
    after = ctx.between(d.speaker[1], d.sentence[1])
    # after the news it relays, or set off by commas inside it
    # (not "Об этом в среду, 3 октября, сообщает сайт …": a sentence of its own that points back)
    aside = before and before[-1].text in ",—–" and (d.content[1] <= d.cue_start or after and after[0].text in ",—–") \
        and [fold(t.text) for t in ctx.between(ctx.sentence_of[cue.id][0], cue.start)[:2]] != ["об", "этом"]
    # "Как передаёт РИА Новости, …": relaying, set off like "по словам" ("как сообщает X, …" and
    # "как пишет X, …" may be the outlet's own finding and stay)
    passed_on = d.cue == "передавать" and any(c.text.lower() == "как" and c.start < cue.start
                                              for c in ctx.children.get(cue.id, []))
    if not (aside or passed_on) or SOURCED.search(ctx.text, d.cue_start, d.sentence[1]):
        return False
    # (an organisation that "пишет" or "передаёт" a news item is an outlet, known or not: "…, пишет
    # «Тамбовская жизнь»"; "сообщает «Газпром»" may be the company's own word)
    return _an_outlet(ctx, d.speaker) or d.cue in ("писать", "передавать") and d.kind != "direct" and any(
        sp.type == "ORG" and sp.start == d.speaker[0] + (ctx.text[d.speaker[0]] in quote_marks.PAIRS)
        for sp in ctx.doc.spans)


def _an_outlet(ctx: _Context, span: tuple[int, int]) -> bool:
    """Named as an outlet by its own words ("агентство Reuters") or known as one."""
    words = [t for t in ctx.between(*span) if t.pos != "PUNCT"]
    return bool(words) and (any(ctx.lemma(t).lower() in MEDIA for t in words[:2] if t.pos in ("NOUN", "PROPN"))
                            or outlet(ctx.text[span[0] : span[1]]))


def _finish(ctx: _Context, doc_id: str, statement_id: str, d: _Draft, resolver: Resolver) -> Statement:
    text = ctx.text
    speaker_text = text[d.speaker[0] : d.speaker[1]] if d.speaker else ""
    # a participle's holder as a bare noun ("оштрафовал водителя, утверждавшего, что …") is someone
    # the sentence acts on, not the person the text is about: only a name or a pronoun resolves it
    holder = d.rule.startswith("participle") and d.speaker is not None and not resolver.named_or_pronoun(d.speaker)
    entity, antecedent = resolver.resolve(d.speaker, d.cue_start) if d.speaker and not holder else (None, None)
    quotes = tuple(
        Span(a + 1, b - 1, text[a + 1 : b - 1])
        for a, b in ctx.quotes
        if d.content[0] <= a + 1 and b - 1 <= d.content[1]
    )
    return Statement(
        doc=doc_id,
        id=statement_id,
        speaker=Speaker(entity, speaker_text, antecedent),
        cue=d.cue,
        kind=d.kind,
        act=d.act,
        content=Span(d.content[0], d.content[1], text[d.content[0] : d.content[1]]),
        quotes=quotes,
        sentence=d.sentence,
        via=text[d.via[0] : d.via[1]] if d.via else None,
    )


