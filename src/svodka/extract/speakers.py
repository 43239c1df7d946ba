"""Speakers to entities: who a speaker phrase names.

A person named inside the phrase (not in the genitive: "представитель Обамы" is
not Obama), a role noun ("глава Казахстана") to the person holding that post, a
lone surname the NER missed to the one person of that surname; pronouns and bare
nouns ("он", "музыкант", "издание") to the nearest earlier candidate of the same
gender and number, in text order.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from os.path import commonprefix

from natasha.doc import DocToken

from ..data import AGENCIES, CUES, NATIONALITIES, ROLES, rows, table, wordlist
from ..analyse.segmenter import dateline
from ..records import Entity
from . import quotes as quote_marks
from .entities import GENERIC_BODIES
from .words import fold, known_outlet, unquoted
from .parsed import RELATIVE, SUBJECT_RELS, Parsed, span_of

# "глава Казахстана" names the same post as "президент Казахстана".
HEAD_SYNONYMS = {"монарх": {"король", "королева", "император", "императрица", "монарх", "султан", "эмир"},
                 "глава": {"президент", "премьер-министр", "глава", "руководитель", "губернатор", "мэр"},
                 "лидер": {"президент", "лидер", "глава"}, "руководитель": {"глава", "руководитель", "директор"},
                 "премьер": {"премьер", "премьер-министр"}, "премьер-министр": {"премьер", "премьер-министр"},
                 "директор": {"директор", "гендиректор"}}
GENERIC_HEADS = {"глава", "руководитель", "лидер"}  # heads of any body: "глава МИД" is a minister
MEMBERSHIPS = {"член", "участник", "участница", "сторонник", "сторонница", "выпускник", "выпускница", "уроженец",
               "уроженка", "лауреат", "обладатель", "обладательница"}
# a company's legal form before its name ("АО «…»"; "УК", "ГК": a managing company, a group)
COMPANY_FORMS = {"ао", "оао", "зао", "пао", "ооо"}
LEGAL_FORMS = COMPANY_FORMS | {"нао", "ук", "гк"}
# adjectives that may describe any institution of its kind ("столичный театр"), unlike "районный суд"
ANY_ONE_OF_ITS_KIND = {"этот", "тот", "столичный", "местный", "крупный", "известный", "ведущий", "крупнейший",
                       "частный", "новый", "старый", "знаменитый"}
# words for any person, which may stand for the unnamed one who spoke last
ANYONE = {"мужчина", "женщина", "человек", "пенсионер", "пенсионерка", "девушка", "парень", "юноша", "старик",
          "старушка", "пожилой", "горожанин", "горожанка", "собеседник", "собеседница"}
# adjectives that describe an organisation, never begin its name
DESCRIBING = {"столичный", "региональный", "областной", "краевой", "городской", "местный", "районный",
              "муниципальный", "крупный", "известный", "ведущий", "крупнейший", "частный", "иностранный",
              "зарубежный", "отечественный", "этот", "тот"}
# people of an organisation who do not speak for it ("вкладчики банка"), and bodies of its people
# ("профсоюз работников завода")
MEMBERS = {"вкладчик", "клиент", "пассажир", "житель", "работник", "акционер", "болельщик", "студент", "пациент",
           "покупатель", "абонент", "заемщик", "заёмщик", "пользователь", "участник", "член", "сторонник", "фанат",
           "зритель", "выпускник", "ученик", "родитель", "дольщик", "инвестор", "кредитор", "подписчик", "читатель",
           "посетитель", "жилец", "арендатор"}
MEMBERS_BODIES = {"профсоюз", "ассоциация", "объединение", "союз", "движение", "коалиция", "совет", "комитет"}
# one post, two words for it: "Мэр Костромы … Градоначальник пообещала", "Адвокат … По словам защитника"
SAME_POSTS = [{"мэр", "градоначальник"}, {"адвокат", "защитник"}, {"тренер", "наставник"}, {"омбудсмен", "уполномоченный"}]
TWO_WORD_POSTS = {"главный врач": "главврач", "главный редактор": "главред", "генеральный директор": "гендиректор",
                  "генеральный прокурор": "генпрокурор", "генеральный секретарь": "генсек",
                  "заместитель министра": "замминистра", "заместитель главы": "замглавы",
                  "заместитель председателя": "зампред"}
# an occupation a text may name by its kind on second mention ("Хирург Игорь Лабутин … — объяснил врач")
KIND_OF = {**dict.fromkeys(("хирург", "терапевт", "педиатр", "стоматолог", "офтальмолог", "анестезиолог",
                            "реаниматолог", "онколог", "кардиолог", "невролог", "инфекционист", "главврач"), "врач"),
           **dict.fromkeys(("учитель", "учительница", "преподаватель", "преподавательница", "воспитатель",
                            "воспитательница"), "педагог"),
           **dict.fromkeys(("депутат", "сенатор"), "парламентарий")}
PRONOUN_FORM = {"он": ("Sing", "Masc"), "его": ("Sing", "Masc"), "она": ("Sing", "Fem"), "ее": ("Sing", "Fem"),
                "они": ("Plur", None), "их": ("Plur", None)}
# "глава региона", "мэр города", "директор компании": the one who holds that post in the text
POINTING_TAILS = [["регио"], ["облас"], ["район"], ["город"], ["респу"], ["ведом"], ["компа"], ["края"],
                  ["завод"], ["предп"], ["перев"], ["вуз"], ["вуза"], ["униве"], ["банка"]]
POINTING_STEMS = {stem for stems in POINTING_TAILS for stem in stems}  # ("глава региона добавил": whoever heads it)
INTERLOCUTORS = {"собеседник", "источник"}
OBLIQUE = "obl"  # the kind of an antecedent named as an object
FAMILY = {"жена", "муж", "мать", "отец", "сын", "дочь", "брат", "сестра", "супруга", "супруг", "родственник",
          "родственница", "бабушка", "дедушка", "вдова", "невеста", "жених", "подруга", "друг"}
CLAUSES = {"ccomp", "csubj", "advcl", "acl", "acl:relcl"}
# participles that are part of a title, not a story's event ("бывший", "ведущий эксперт", "исполняющий обязанности")
TITLE_PARTICIPLES = ("бывш", "ведущ", "будущ", "действующ", "следующ", "исполняющ", "управляющ", "заведующ",
                     "командующ", "настоящ", "пишущ", "выдающ")
FORMER = ("экс-", "бывш", "ex-")  # a former post: "экс-глава", "бывший министр" (not "эксперт")
# "глава государства" is the president, "глава правительства" the prime minister, whatever
# country the text named them with
STATE_WORDS = {"правительства", "рф", "страны", "государства", "республики"}
STATE_POSTS = {"госуд": {"президент", "лидер"}, "стран": {"президент", "лидер"},
               "прави": {"премьер-министр", "премьер", "председатель"}, "кабми": {"премьер-министр", "премьер", "председатель"}}
# the post of the head of a state or a government by the word after "глава" ("глава кабинета
# министров"; not "председатель правительственной комиссии", "Председатель Государственной думы")
STATE_HEADS = {"государства": {"президент"}, "страны": {"президент"}, "правительства": {"премьер-министр", "премьер"},
               "кабинета": {"премьер-министр", "премьер"}, "кабмина": {"премьер-министр", "премьер"}}
# "глава Минфина" is its "министр": with the body named, any head of a body may be meant
BODY_HEADS = {"министр", "председатель", "директор", "гендиректор", "начальник", "руководитель", "глава"}
# who heads a body the text points back to by its kind, and the kind of body the holder's role must
# name: "глава ведомства" is a minister or the head of an agency (not a governor, not the head of a
# company), "руководитель компании" a company's director (not a minister), "глава вуза" its rector
AGENCY_HEADS = {"министр", "руководитель", "глава", "начальник", "председатель", "директор"}
COMPANY_HEADS = {"директор", "гендиректор", "руководитель", "глава", "председатель", "президент"}
BODY_TAILS = {"ведом": (AGENCY_HEADS, "agency"), "компа": (COMPANY_HEADS, "company"),
              "завод": (COMPANY_HEADS, "company"), "предп": (COMPANY_HEADS, "company"),
              "перев": (COMPANY_HEADS, "company"), "банка": (COMPANY_HEADS, "company"), "вуз": ({"ректор"}, None),
              "вуза": ({"ректор"}, None), "униве": ({"ректор"}, None), "регио": (None, "region"),
              "облас": (None, "region"), "края": (None, "region"), "респу": (None, "region"), "город": (None, "city"),
              "район": (None, "district")}
# the level of a region, a city or a district a role names: "Глава Московской области" is no mayor of
# Moscow nor "глава Одинцовского района", "глава города" no governor of a region
CITY_REGIONS = ("москв", "петербург", "севастопол")  # cities that are regions
LEVELS = {"district": ("район", "поселен", "муниципальн", "сельсовет"), "city": ("город", "мэр", "градоначальник"),
          "region": ("област", "края", "республик", "регион")}
# the levels a description's word excludes ("глава региона" may be the mayor of Moscow, not a district's head)
NOT_AT = {"region": {"district"}, "city": {"district", "region"}, "district": {"city", "region", None}}
# federal services and agencies known by their Рос- names (not "Роснефть", "Ростех", "Роскосмос": companies)
FEDERAL_AGENCIES = ("росстат", "росавиац", "росгвард", "росреестр", "ростуризм", "роснедр", "росморреч",
                    "росрыболов", "росимущ", "росархив", "росмолодеж", "росфинмонитор", "росаккредитац", "росалкогол",
                    "росжелдор", "росавтодор", "росводресурс", "рослесхоз", "роспатент", "росстандарт", "росгидромет")
AGENCY_WORDS = ("мин", "ведомств", "служб", "агентств", "управлени", "департамент", "инспекци", "палат",
                "фонд") + FEDERAL_AGENCIES
# federal bodies known by their letters ("директор ФСБ", "глава ФАС"), for none a company
AGENCY_ABBREVIATIONS = {"фас", "фнс", "фсб", "ск", "мвд", "мчс", "мид", "фсин", "фссп", "фмба", "фтс", "фсо", "свр",
                        "фмс", "фскн", "пфр", "сфр", "фсс", "фомс", "гибдд", "гувд", "умвд", "фсвтс", "фстэк", "фгуп"}
PUBLIC_BODIES = ("комитет", "госдум", "дум", "совет", "парламент", "правительств", "администрац", "парти", "фракци",
                 "суд", "сенат", "собрани", "палат")
COMPANY_WORDS = {"компании", "корпорации", "холдинга", "концерна", "банка", "группы", "завода", "предприятия",
                 "авиакомпании", "фирмы", "комбината"} | COMPANY_FORMS
# Bare nouns that, as a speaker, point back to an organisation named before ("по данным издания").
OFFICE_WORDS = {"гу", "су", "гсу", "управление", "главное управление", "отдел", "пресс-служба", "служба", "департамент"}
# Each with the kinds of organisation it can point back to ("издание" is a media outlet,
# never the company named last); None: any organisation.
ORG_ANAPHORS: dict[str, set[str] | None] = {
    "издание": {"media"}, "газета": {"media"}, "телеканал": {"media"}, "журнал": {"media"}, "портал": {"media"},
    "агентство": {"media", "body"}, "министерство": {"ministry"}, "ведомство": {"ministry", "body"},
    "служба": None, "компания": {"company"}, "концерн": {"company"}, "корпорация": {"company"},
    "предприятие": {"company"}, "банк": {"bank"}, "регулятор": {"regulator", "body"}, "холдинг": {"company"},
    "агрохолдинг": {"company"}, "ритейлер": {"company"},
    "авиакомпания": {"company"}, "перевозчик": {"company"}, "завод": {"company"}, "комбинат": {"company"},
    "госкорпорация": {"company"}, "маркетплейс": {"company"}, "сервис": {"company"}, "ретейлер": {"company"},
    "застройщик": {"company"}, "девелопер": {"company"}, "вуз": {"университет", "институт", "академия"},
}
# institutions a text calls by their kind's word ("Институт Лобачевского … В институте рассказали"):
# only the one it called so, never another organisation
INSTITUTIONS = {"институт", "университет", "музей", "театр", "больница", "клиника", "фонд", "партия", "клуб",
                "академия", "епархия", "школа", "колледж", "лицей", "библиотека", "консерватория", "суд", "мэрия",
                "ассоциация", "профсоюз", "заповедник", "организация", "управление", "двор", "департамент", "комитет",
                "инспекция"}
ORG_ANAPHORS |= {noun: {noun} for noun in INSTITUTIONS}
GENERIC_KINDS = {"организация"}  # what any body is, named so or not
# "В заявлении говорится": the statement's source is who issued it, or who was quoted from it before.
WRITINGS = {"публикация", "пост"}  # an article, a post: its writer's
STATEMENT_NOUNS = {"сообщение", "заявление", "пресс-релиз", "коммюнике", "документ", "комментарий", "телеграмма",
                   "отчетность", *WRITINGS,
                   "приговор", "указ", "приказ", "постановление", "доклад", "отчет", "отчёт", "резолюция",
                   "законопроект", "проект", "декларация",
                   "письмо", "релиз", "поздравление", "обращение", "послание", "некролог", "приветствие",
                   "прогноз", "заключение", "исследование", "обзор"}
VERDICTS = {"приговор", "вердикт"}  # a court's, whether it "spoke" or passed the sentence
RELEASES = {"сообщение", "пресс-релиз", "релиз", "заявление", "коммюнике"}  # what a press service puts out
# doing it issues the document named so: "поздравил", then "в поздравлении говорится"
DOCUMENT_ACTS = {"поздравить": "поздравление", "поздравлять": "поздравление", "приветствовать": "приветствие",
                 "поприветствовать": "приветствие"}
POSTING = {"написать", "опубликовать", "разместить"}  # on a page of one's own
# what one does to a document one issues ("МИД распространил заявление"), not "потребовал отчёта"
ISSUING = {"распространить", "распространять", "опубликовать", "публиковать", "выпустить", "выпускать",
           "обнародовать", "разместить", "размещать", "направить", "направлять", "издать", "представить",
           "подготовить", "принять", "сделать", "подписать", "вынести", "зарегистрировать", "составить",
           "огласить", "оглашать", "зачитать"}
AUTHORS = {"автор", "составитель", "разработчик"}  # "авторы документа" speak for whoever issued it
# What kind of organisation a word before its name ("британское издание Daily Mirror",
# "компания «Ромашка»") or its own first word ("Министерство обороны") makes it.
# (an institution's kind is its own word unless it is of a kind already: "ведомство" is a "департамент" too)
ORG_KINDS = {noun: noun for noun in INSTITUTIONS} | {
             "издание": "media", "газета": "media", "телеканал": "media", "журнал": "media", "портал": "media",
             "информагентство": "media", "радиостанция": "media", "сайт": "media", "министерство": "ministry",
             "компания": "company", "концерн": "company", "корпорация": "company", "предприятие": "company",
             "холдинг": "company", "банк": "bank", "центробанк": "regulator", "служба": "body", "комитет": "body",
             "завод": "company", "фабрика": "company", "комбинат": "company", "авиакомпания": "company",
             "агрохолдинг": "company", "фирма": "company", "сервис": "company", "ретейлер": "company",
             "застройщик": "company", "девелопер": "company", "госкорпорация": "company", "палата": "body",
             "генпрокуратура": "body",
             # (the powers themselves: no "ведомство", "регулятор" nor company named since)
             "правительство": "authority", "администрация": "authority", "парламент": "authority", "дума": "authority",
             "госдума": "authority", "совет": "authority",
             "агентство": "body", "управление": "body", "прокуратура": "body", "департамент": "body",
             "интернет-издание": "media", "интернет-портал": "media", "онлайн-издание": "media",
             "телекомпания": "media"}
# a country's central bank, the "регулятор" of the banks (not a bank named since: "ЦБ отозвал лицензию у банка
# «Меридиан». Регулятор объяснил …")
CENTRAL_BANK = re.compile(r"(?:цб|центробанк|центральный банк|банк россии|национальный банк|нацбанк|федеральная резервная"
                          r" система|фрс|европейский центральный банк|ецб)\b")
NEWSPAPER_WORDS = {"times", "post", "journal", "news", "herald", "telegraph", "tribune", "gazette", "mirror",
                   "guardian", "independent", "observer", "express", "standard", "chronicle", "monitor", "zeitung",
                   "monde", "figaro", "inquirer", "examiner", "globe", "star", "sun", "today", "magazine"}
MINISTRY_ABBREVIATIONS = {"мвд", "мид", "мчс"}
CLUB_FORMS = {"фк", "пфк", "хк", "бк", "вк"}  # футбольный, хоккейный, баскетбольный … клуб
NEWS_VERBS = {"сообщать", "писать", "передавать"}
# a post is held by one person in a text; an occupation ("актёр", "политик") is shared
POSTS = {"министр", "президент", "губернатор", "мэр", "премьер", "премьер-министр", "посол", "прокурор", "судья",
         "генсек", "спикер", "канцлер", "король", "королева", "папа", "патриарх", "глава", "председатель",
         "директор", "руководитель", "начальник", "лидер", "замминистра", "вице-премьер", "пресс-секретарь",
         "представитель", "госсекретарь", "шериф", "тренер", "капитан", "обвинитель", "адвокат", "следователь",
         "защитник", "секретарь", "зампред", "вице-президент", "генпрокурор", "гендиректор", "главред", "главврач",
         "ректор", "командующий", "главнокомандующий", "омбудсмен", "аким", "градоначальник"}
# parts of an organisation that speak for it: "руководство компании", "редакция издания"
UNITS = {"руководство", "редакция", "пресс-служба", "пресс-центр", "правление", "дирекция", "менеджмент",
         "администрация", "совет", "штаб"}
UNIT_STEMS = tuple(sorted({u[:-1] for u in UNITS}))  # any case: "в пресс-службе", "руководства"
# people as one: "приняли делегацию шахтёров"
GROUPS = {"делегация", "группа", "толпа", "команда", "коллектив", "семья", "бригада", "экипаж", "отряд"}
# posts held of a country or a body, never of a person: "министра Олега Травина" is the minister
OWN_OFFICES = {"министр", "президент", "губернатор", "мэр", "премьер", "премьер-министр", "посол", "прокурор", "судья",
               "генсек", "канцлер", "король", "королева", "патриарх", "замминистра", "вице-премьер", "госсекретарь",
               "вице-президент", "генпрокурор", "гендиректор", "ректор", "омбудсмен", "аким", "депутат", "сенатор"}
# posts that speak for their organisation: "представитель МВД" is the ministry's voice, "глава МВД" a person
VOICES = {"представитель", "представительница", "пресс-секретарь", "спикер", "сотрудник", "сотрудница"}
# a description with one of these heads brings in someone new ("представитель полиции",
# "житель Москвы"), not the person named before
NEWCOMERS = {"представитель", "пресс-секретарь", "сотрудник", "собеседник", "источник", "очевидец", "очевидица",
             "свидетель", "свидетельница",
             "житель", "жительница", "пользователь", "эксперт", "аналитик", "специалист", "член", "участник",
             "адвокат", "защитник", "следователь", "врач", "юрист", "один", "другой", "коллега", "сосед", "соседка",
             "информатор", "инсайдер", "злоумышленник", "преступник", "незнакомец", "прохожий", "пассажир",
             # the sides of a case, never the one it is about: "Гособвинитель просил для подсудимого …"
             "гособвинитель", "обвинитель", "истец", "ответчик"}
# descriptions of the person just introduced ("— говорит эксперт" after "Аналитик «Финама» Олег
# Дронов не согласен"), and the roles that make someone one
EXPERTS = {"эксперт", "аналитик", "специалист", "экономист"}
COACHES = {"тренер", "наставник"}  # "специалист" in sports news
AGED = re.compile(r"\d+-летн")  # "52-летний специалист"
LAWYERS = {"юрист", "адвокат", "защитник"}
VICTIMS = ("пострадавш", "потерпевш")  # "пострадавшая", "потерпевший"
# masculine nouns of posts and occupations that name women too
COMMON_GENDER = POSTS | EXPERTS | LAWYERS | {"врач", "педагог", "парламентарий", "депутат", "сенатор", "политик",
                                             "дипломат", "чиновник", "хирург"}
EXPERT_ROLES = {"аналитик", "экономист", "эксперт", "политолог", "социолог", "специалист", "консультант", "стратег",
                "профессор", "исследователь", "партнер"}
# or who heads or works at a place of research ("директор Центра развития ВШЭ")
EXPERT_BODIES = ("центр", "институт", "лаборатор", "академи", "университет", "кафедр", "аналитич", "исследоват",
                 "рейтингов", "консалтинг")
# "Чиновник добавил": a verb that goes on with what was said goes on with whoever said it
CONTINUING = {"добавить", "продолжить", "дополнить", "заключить", "резюмировать", "подытожить"}
POSSESSIVE = {"его", "ее", "её", "их"}
# people spoken of as one body: "Её защита указала", "его семья заявила"
SIDES = {"защита", "семья", "команда", "пресс-служба", "штаб", "окружение", "родня"}
INDEFINITE = {"один", "одна", "одно", "некий", "некая", "некое", "какой-то", "какая-то", "неназванный",
              "неназванная", "анонимный", "анонимная"}
EMPHATIC = {"сам", "сама", "сами", "самого", "самой", "самих"}
ANOTHER = {"другой", "другая", "второй", "вторая", "другого", "второго"}
# two people spoken of as one: "Супруги заявили" after "Иван Петров и его жена Анна" (plural;
# "пара" singular: "Близкие пары" are other couples)
COUPLES = {"супруг", "супруги", "пара", "молодожен", "молодожены", "влюбленные"}
PARTNERS = re.compile(r"\s*,?\s*и\s+(?:(?:его|ее|её)\s+)?(?P<kin>(?:жена|муж|супруга|супруг|невеста|жених|"
                      r"возлюбленная|возлюбленный)\s+)?$")
ROLE_WORD = re.compile(r"\w[\w-]*")
# a place's name and its adjective that do not share their first letters ("РФ", "российский"), by
# the name as a word and by the first letters of a name or an adjective
PLACE_NAMES = {"рф": "росс", "фрг": "герм", "кнр": "кита", "сша": "сша", "соединенных": "сша", "спб": "санк",
               "соединенного": "вели", "соединенное": "вели", "соединенному": "вели"}
PLACE_ALIASES = {"бри": "вели", "анг": "вели", "гол": "ниде", "кыр": "кирг", "пет": "санк"}
PLACE_PREPOSITIONS = {"в", "во", "по", "на", "при"}  # "посол России в США": the place a post is for
PRESS_OFFICES = ("пресс-служб", "пресс-центр")
REGIONAL = ("регионал", "областн", "краев", "республиканск", "городск", "местн", "муниципальн", "окружн")
ANONYMOUS = re.compile(r"неназванн|анонимн|остаться неизвестн|не называ|не назвавш|попросивш\w* не называть")
# a noun declined as an adjective describes a part in the story: "пострадавший", "задержанная"
PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ую|им|их)$")  # "кубинский", "российская"
PARTICIPLE = re.compile(r"(?:вш|щ)(?:ий|ая|ее|ие|его|ей|ую|им|ими|их|ем|ого|ому)$")
ADJECTIVAL = ("ый", "ий", "ой", "ая", "яя", "ые", "ие", "ого", "его", "ую", "юю")


# "сообщается на сайте певицы", "говорится в блоге министра", "в Твиттере шерифа появилась
# запись": whose page it is speaks
PAGES = {"сайт", "страница", "блог", "аккаунт", "твиттер", "микроблог", "телеграм-канал", "канал", "инстаграм",
         "instagram", "twitter", "facebook", "фейсбук", "telegram", "телеграм", "telegram-канал"}


@dataclass
class _Antecedent:
    position: int
    entity: str | None
    text: str
    number: str | None
    gender: str | None
    kind: str  # PER, ORG, or "" for a source that is not an entity ("его дочь")
    bare: bool = False  # a person noun with no words of its own ("музыкант"): may name someone known
    spoke: bool = False  # the speaker of a statement
    said_as: str | None = None  # the gender its verb showed ("Белый дом охарактеризовал")
    stop: int = -1  # where a speaker's phrase ends
    oblique: bool = False  # named in a case other than the nominative ("проверила «Роскосмос»")


class Resolver:
    """Speakers to entities, in text order, so that "Она рассказала" can point back
    to the speaker of the statement before ("сообщила его дочь")."""

    def __init__(self, ctx: Parsed, entities: list[Entity]) -> None:
        self.ctx, self.entities = ctx, entities
        self.seen: list[_Antecedent] = []
        self.rule = ""  # how the last speaker was resolved, for `svodka bench statements --trace`
        self.partners: list[str] = []  # who else the last speaker was ("супруги": the second of the pair)
        self.genders: dict[str, str] = {}  # a person's gender as a verb of theirs showed it ("заявил")
        self.name_genders: dict[str, str | None] = {}  # as the dictionary knows the name
        self.documented: set[str] = set()  # speakers whose statement was quoted from a document ("в заявлении МВД")
        self.pointed: dict[int, str | None] = {}  # where a word of its kind pointed back to an organisation
        self.types = {e.id: e.type for e in entities}
        self.roles = {e.id: e.roles for e in entities}
        self.names = {e.id: e.name for e in entities}
        self.person_mentions = sorted((m.start, e.id) for e in entities if e.type == "PER" for m in e.mentions)
        self.places = _places(entities)
        self.mentions = {e.id: e.mentions for e in entities}
        self.datelines: dict[int, int] = {}  # a line's start -> the length of its dateline
        # what the statements resolved so far reported, in order of start: the starts, and the
        # furthest end among the contents that start at or before each
        self.reported_starts: list[int] = []
        self.reported_reach: list[int] = []
        # the word that says what an organisation is ("агентство Рейтер"), and so its kind
        # (an outlet known as one is none of the kinds the text's words around it may suggest: "В
        # представительстве компании РБК заявили" is the company's words told to РБК)
        self.org_nouns = {e.id: noun for e in entities if e.type == "ORG" and (noun := _org_noun(ctx, e))
                          and (_an_outlets_word(noun) or not outlet(e.name))}
        # (an outlet known by its name is one: "опубликовал «Коммерсантъ». По данным газеты")
        self.org_kinds = {e.id: "media" for e in entities if e.type == "ORG" and outlet(e.name)} | {
            e: ORG_KINDS[noun] for e, noun in self.org_nouns.items()} | {
            e.id: "regulator" for e in entities if e.type == "ORG" and CENTRAL_BANK.match(fold(e.name))}
        for e in entities:
            if e.type not in ("PER", "ORG"):
                continue
            for m in e.mentions:
                token = ctx.token_at(m.start)
                # not one named inside a quotation, but an organisation's name in quotation marks of
                # its own ("в газете «Московский комсомолец»", "театр «Ленком»") is named in the text
                opening = ctx.text[m.start - 1] if m.start else ""
                own_marks = opening in quote_marks.PAIRS and m.end < len(ctx.text) \
                    and ctx.text[m.end] in quote_marks.PAIRS[opening] and e.type == "ORG"
                if token is None or ctx.in_quote(m.start) and not own_marks or e.type == "ORG" and self._in_dateline(m.start):
                    continue  # (the agency whose dateline opens the item wrote it: "в заявлении агентства" is another's)
                if e.type == "PER" and token.feats.get("Case") not in (None, "Nom") and not self._page_owner(token):
                    continue  # "после известия о смерти Дадашева" does not set up "он" (but "в Твиттере шерифа" does)
                gender = (_adjective_gender(ctx, token) or _surname_gender(ctx.vocab, m.text)
                          if e.type == "PER" else None) or token.feats.get("Gender")
                self.seen.append(_Antecedent(m.start, e.id, m.text, "Sing" if e.type == "PER" else None,
                                             gender, e.type, oblique=_oblique(ctx, token)))
        named = {m.start for e in entities for m in e.mentions}
        # "X опубликовал заявление": where, and X; None where a document was only asked for or
        # received ("потребовал от ФСБ отчёта"), whose it is unknown
        self.issued: list[tuple[int, str | None, str]] = []  # (where, who, the document's noun)
        self.issued_with: dict[int, list[str]] = {}  # where, and who else issued it jointly
        for t in ctx.tokens:
            act = DOCUMENT_ACTS.get(ctx.lemma(t))
            if ctx.lemma(t) in POSTING and any(c.rel == "obl" and fold(ctx.lemma(c)) in PAGES
                                               for c in ctx.children.get(t.id, [])):
                act = "публикация"  # "написал на своей странице во «ВКонтакте» губернатор": his post
            if act and t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" and not ctx.in_quote(t.start):
                # "Президент поздравил актёра. В поздравлении говорится": who did it issued it
                who = next((c for c in ctx.children.get(t.id, []) if c.rel in SUBJECT_RELS), None)
                words = [w for w in ctx.subtree(who) if w.pos != "PUNCT"] if who is not None else []
                found = _resolve(ctx, span_of(words), entities, self.places) if words else None
                if found:
                    self.issued.append((t.start, found, act))
                continue
            if ctx.lemma(t) not in STATEMENT_NOUNS or ctx.in_quote(t.start):
                continue
            # "приказ ФСБ", "указ президента": whose it is (a genitive without a preposition: not
            # "комментарий по поводу решения"); "МИД опубликовал заявление": who issued it
            issuers = [c for c in ctx.children.get(t.id, []) if c.rel == "nmod" and c.feats.get("Case") == "Gen"
                       and not ctx.prepositional(c)]
            verb = ctx.by_id.get(t.head_id) if t.rel in ("obj", "obl") else None
            # issued ("опубликовал приказ") or acted by ("Путин своим указом освободил …")
            if verb is not None and not (
                    ctx.lemma(verb) in ISSUING if t.rel == "obj" else t.feats.get("Case") == "Ins"):
                if t.rel == "obj" and not issuers:
                    self.issued.append((t.start, None, ctx.lemma(t)))
                verb = None
            climbed: set[str] = set()  # (the parse may hold a cycle)
            while verb is not None and verb.id not in climbed:
                climbed.add(verb.id)
                issuers += [c for c in ctx.children.get(verb.id, []) if c.rel in SUBJECT_RELS]
                # "ФСБ зарегистрировала и опубликовала приказ": the subject of the first verb
                verb = ctx.by_id.get(verb.head_id) if verb.rel == "conj" else None
            for issuer in issuers:
                # a subject before the document ends before it, whatever the parse hung on it
                words = [w for w in ctx.subtree(issuer) if w.pos != "PUNCT" and (issuer.start > t.start or w.start < t.start)]
                found = _resolve(ctx, span_of(words), entities, self.places) if words else None
                if found is None and len(words) == 1 and words[0].pos == "NOUN":
                    found = self._called(words[0])  # "Письмо ассоциации есть у РБК": the association named
                if found:
                    self.issued.append((t.start, found, ctx.lemma(t)))
                    # "Трамп и Путин сделали совместное заявление": both issued it
                    self.issued_with[t.start] = [e for c in ctx.children.get(issuer.id, []) if c.rel == "conj"
                                                 for e in [_resolve(ctx, span_of(ctx.subtree(c)), entities, self.places)]
                                                 if e is not None and e != found]
                    break
        for t in ctx.tokens:
            # unnamed people as subjects: "Родители погибшей приехали …  Они умоляли …"
            if (t.rel in SUBJECT_RELS and t.pos == "NOUN" and t.feats.get("Animacy") == "Anim"
                    and not ctx.in_quote(t.start) and t.start not in named
                    # of a main clause: in "обратил внимание на то, что господин Зубков остался"
                    # the one who speaks is not the subject of the reported clause
                    and getattr(ctx.by_id.get(t.head_id), "rel", "root") not in CLAUSES):
                words = [w for w in ctx.subtree(t) if w.pos != "PUNCT" and not ctx.in_quote(w.start)]
                span = (words[0].start, words[-1].stop)
                entity = _resolve(ctx, span, entities, self.places)  # "глава Казахстана" is a named person
                if entity is not None and self.types.get(entity) == "ORG" and (
                        _of_an_organisation(ctx, t, span) or ctx.lemma(t) in INTERLOCUTORS):
                    # "Сотрудники завода «Волгомаш» вышли на пикет. Они …": the workers; "Собеседник
                    # «Ведомостей» настроен скептически … — считает он": the source, not the paper
                    entity = None
                # (a source is nobody known: "Собеседник «Ведомостей» настроен скептически")
                bare = all(w is t or w.pos in ("ADJ", "DET", "NUM") for w in words) and ctx.lemma(t) not in INTERLOCUTORS
                # "представитель ведомства" stands for the organisation: no person a later
                # "министр" could be
                kind = self.types.get(entity, "")
                # the verb's gender over the noun's: "Министр Ирина Ольхова посетила" is a woman
                verb = ctx.by_id.get(t.head_id)
                gender = verb.feats.get("Gender") if verb is not None and verb.feats.get("Gender") else \
                    None if kind == "PER" else t.feats.get("Gender")
                # ("его жена и братья": people together, no "она")
                number = "Plur" if entity is None and any(c.rel == "conj" for c in ctx.children.get(t.id, [])) \
                    else t.feats.get("Number")
                self.seen.append(_Antecedent(t.start, entity, "" if entity else ctx.text[span[0] : span[1]],
                                             number, gender, kind, bare))
            elif (t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and t.rel in ("obj", "iobj", "obl")
                  and ctx.lemma(t) in FAMILY and not ctx.in_quote(t.start)):
                # "отправил жене 33 смс … Она ответила": a relative named as an object (by the
                # noun's lemma), for a pronoun no subject fits
                self.seen.append(_Antecedent(t.start, None, ctx.lemma(t), t.feats.get("Number"), t.feats.get("Gender"),
                                             OBLIQUE))

    def _in_dateline(self, position: int) -> bool:
        text = self.ctx.text
        line = text.rfind("\n", 0, position) + 1
        if line not in self.datelines:  # (once a line: a long one may name thousands)
            end = text.find("\n", position)
            self.datelines[line] = dateline(text[line : end if end >= 0 else len(text)])
        return position < line + self.datelines[line]

    def _called(self, noun: DocToken) -> str | None:
        """The one organisation named before ``noun`` that the text called by it ("Ассоциация
        производителей проката «Промсталь» … Письмо ассоциации")."""
        word = fold(self.ctx.lemma(noun))
        called = {e for e, n in self.org_nouns.items() if n == word
                  and any(m.start < noun.start for m in self.mentions.get(e, ()))}
        return called.pop() if len(called) == 1 else None

    def _page_owner(self, token: DocToken) -> bool:
        """The name is whose page the text speaks of: "В Твиттере шерифа округа Эда Гонсалеса
        появилась просьба. «…», — написал он" (by the words before it, in the genitive: the parse
        may hang them elsewhere)."""
        sentence = self.ctx.sentence_of[token.id]
        if any(sp.type == "PER" and token.stop < sp.start < sentence[1] for sp in self.ctx.doc.spans):
            return False  # ("На канале блогера … вышло интервью с Иваном Ургантом. — сказал он": the guest)
        before = self.ctx.between(token.start - 80, token.start)
        for t in reversed(before[-6:]):
            if fold(self.ctx.lemma(t)) in PAGES:
                return True
            if t.pos not in ("NOUN", "PROPN", "ADJ") or t.feats.get("Case") not in ("Gen", None):
                return False
        return False

    def heard(self, content: tuple[int, int]) -> None:
        """A statement's content (given in order of start): the people named in it are what
        was said, not who speaks next."""
        self.reported_starts.append(content[0])
        self.reported_reach.append(max(content[1], self.reported_reach[-1] if self.reported_reach else 0))

    def _in_reported(self, position: int) -> bool:
        n = bisect_right(self.reported_starts, position)
        return n > 0 and self.reported_reach[n - 1] > position

    def named_or_pronoun(self, span: tuple[int, int]) -> bool:
        """The phrase names an entity or is a pronoun ("Он стал первым кандидатом, объявившим …")."""
        words = [t for t in self.ctx.between(*span) if t.pos != "PUNCT"]
        return len(words) == 1 and fold(words[0].text) in PRONOUN_FORM \
            or _resolve(self.ctx, span, self.entities, self.places) is not None

    def resolve(self, span: tuple[int, int], position: int) -> tuple[str | None, str | None]:
        ctx = self.ctx
        start, end = span
        words = [t for t in ctx.between(start, end) if t.pos != "PUNCT"]
        if len(words) > 1 and fold(words[0].text) in ("в", "во", "на"):
            # "— отметили в компании": the place that spoke, without its preposition
            start, words = words[1].start, words[1:]
            span = (start, end)
        head = _head(ctx, words) if words else None
        owner = [t for t in words if head is not None and t.start > head.start]
        owner_head = _head(ctx, owner) if owner else None
        if head is not None and fold(ctx.lemma(head)) in PAGES and owner_head is not None \
                and owner_head.feats.get("Case") == "Gen" and owner_head.feats.get("Animacy") == "Inan" \
                and not any(sp.type in ("PER", "ORG") and start <= sp.start < end for sp in ctx.doc.spans):
            # "на официальном сайте московского клуба говорится": the body whose page it is, in words
            # (a person's, "сайт президента", is the page's own voice)
            start, words = owner[0].start, owner
            span = (start, end)
        told = next((sp for sp in ctx.doc.spans if sp.type == "ORG" and sp.stop == end and sp.start > start
                     and outlet(ctx.text[sp.start : sp.stop])), None)
        before = [t for t in words if t.stop <= told.start] if told is not None else []
        place = fold(ctx.lemma(before[-1])) if before else ""
        if before and before[-1].pos == "NOUN" and before[-1].feats.get("Case") != "Nom" \
                and not _an_outlets_word(place) and not place.startswith(UNIT_STEMS):  # ("в пресс-службе РБК" is RBC's)
            # "(в) представительстве компании РБК заявили": the outlet told, after the place that spoke
            words, end = before, before[-1].stop
            span = (start, end)
        entity, antecedent = self._resolve(span, words, position)
        if self.rule == "joint_subject":
            # a later "они" is the same people, not the first of them
            names = " и ".join(self.names[e] for e in [entity] + self.partners)
            self.seen.append(_Antecedent(start, None, names, "Plur", None, "", spoke=True, stop=end))
            return entity, antecedent
        if entity is None and antecedent is None and words:
            entity = self._named_after(span, _head(ctx, words))
        if entity is None and antecedent is None and words:
            head = _head(ctx, words)
            # ("Одна из пострадавших, 78-летняя жительница Коломны": the person noun after the numeral)
            head = head if head.pos in ("NOUN", "PROPN") else next(
                (t for t in words if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim"), head)
            if head.pos in ("NOUN", "PROPN") and fold(head.text) not in RELATIVE:
                # the verb knows the speaker's gender better than the noun ("диспетчер сообщила")
                cue = ctx.token_at(position)
                feats = cue.feats if cue is not None and cue.feats.get("Gender") else head.feats
                self.seen.append(_Antecedent(start, None, ctx.text[start:end], feats.get("Number"),
                                             feats.get("Gender"), "", spoke=True, said_as=feats.get("Gender"),
                                             stop=end))
            anchored = self._anchored(span, words)
            if anchored:
                self.rule = "anchored"
                if self.seen and self.seen[-1].position == start:
                    self.seen[-1].text = anchored  # (whose it is goes on with it: "— говорится в сообщении")
                return None, anchored
        elif entity is not None:
            kind = self.types.get(entity, "")
            cue = ctx.token_at(position)
            number = cue.feats.get("Number") if cue is not None else None
            # "заявил прокурор Рикар … Она ответила": the verb (or the name) says the speaker's
            # gender, so that a later "она" does not take him
            # (not the noun of "По словам X": its gender is the word's)
            gender = cue.feats.get("Gender") if cue is not None and cue.pos in ("VERB", "AUX") else None
            if gender is None and kind == "PER":
                # the name's own gender, not an organisation's in the phrase ("епископа Апостольской
                # Церкви Григория …")
                named = [(m.start, m.end) for m in self.mentions.get(entity, ()) if start <= m.start < end]
                gender = next((t.feats.get("Gender") for t in words if t.pos == "PROPN" and t.feats.get("Gender")
                               and any(a <= t.start < b for a, b in named)), None)
            if kind == "PER" and gender and self._named_gender(entity) not in (None, gender):
                gender = None  # ("Шевчук заявила" given to Игорь Шевчук: a later "она" is not him)
            if kind == "PER" and gender:
                self.genders.setdefault(entity, gender)
            noun = next((t for t in words if t.pos == "NOUN"), None)  # (the parse may hang it on the name)
            text = antecedent or ""
            if kind == "ORG" and noun is not None and ctx.lemma(noun) in VOICES:
                # "представитель IKEA сообщил … По его словам": a person speaking for it, whom "он" takes
                kind, text = "", ctx.text[start:end]
            self.seen.append(_Antecedent(start, entity, text, number, gender if kind != "ORG" else None,
                                         kind, spoke=True, said_as=gender, stop=end))
            before = ctx.between(start - 30, start)
            if before and ctx.lemma(before[-1]) in STATEMENT_NOUNS:
                self.documented.add(entity)
        return entity, antecedent

    def _resolve(self, span, words, position) -> tuple[str | None, str | None]:
        ctx = self.ctx
        self.rule = "unresolved"
        self.partners = []
        couple = words[-1] if words else None
        if couple is not None and couple.pos == "NOUN" and fold(ctx.lemma(couple)) in COUPLES \
                and couple.feats.get("Case") in (None, "Nom") and all(t.pos in ("ADJ", "DET") for t in words[:-1]) \
                and (couple.feats.get("Number") == "Plur") != (fold(ctx.lemma(couple)) == "пара"):
            pair = self._couple(span[0])
            if pair:
                self.rule = "couple"
                self.partners = pair[1:]
                return pair[0], None
        if len(words) >= 2 and fold(words[0].text) in ("оба", "обе") \
                and _head(ctx, words).feats.get("Animacy") == "Anim":
            # "оба лидера признают": the last two people named, each of them, or no one
            self.rule = "both"
            pair = self._last_two(span[0])
            self.partners = pair[1:]
            return (pair[0] if pair else None), None
        if len(words) == 1 and fold(ctx.lemma(words[0])).startswith(PRESS_OFFICES):
            # "сообщили в пресс-службе округа. По данным пресс-службы, …": the press service that spoke last
            self.rule = "press_office"
            # (not a guess: which press service, the text has not said by a speaker)
            return self._last_press_office(span[0])
        if len(words) == 1 and fold(words[0].text) in PRONOUN_FORM:
            number, gender = PRONOUN_FORM[fold(words[0].text)]
            # "он сказал" is a person sooner than the agency named last
            kinds = (("PER", ""), ("ORG",), (OBLIQUE,)) if number == "Sing" else (("PER", "ORG", ""), (OBLIQUE,))
            self.rule = "pronoun"
            cue = ctx.token_at(position)
            if cue is not None and any(fold(c.text) == "также" for c in ctx.children.get(cue.id, [])):
                # "Белый дом охарактеризовал его как «провидца». Он также назвал его …": whoever
                # spoke last goes on, an organisation too, if its verb showed the same gender
                last = self._last_speaker(span[0])
                if last is not None and last.said_as == gender and gender is not None:
                    return last.entity, (last.text if last.entity is None else None)
            named = self._before_relative(span, number, gender)
            if named is not None:
                self.rule = "pronoun_in_relative_clause"
                return named, None
            joint = self._joint_subject(span[0]) if number == "Plur" else []
            if joint:
                self.rule = "joint_subject"
                self.partners = joint[1:]
                return joint[0], None
            for group in kinds:
                # an organisation only if it has spoken: "она" is not the magazine named in a quotation;
                # "Песков сообщил, что Сурков ушёл … Он подчёркивал": a person named in what was
                # reported is passed over for one who spoke
                found = self._back(span[0], number, gender, kinds=group, spoke=group == ("ORG",), heard=False)
                if found == (None, None) and "PER" in group:  # nobody else: the person the report named
                    found = self._back(span[0], number, gender, kinds=group)
                if found != (None, None):
                    return found
            return None, None
        if 2 <= len(words) <= 3 and fold(words[0].text) in POSSESSIVE and words[-1].pos == "NOUN" \
                and (words[-1].feats.get("Animacy") == "Anim" or ctx.lemma(words[-1]) in SIDES):
            # "Её адвокаты", "его сторонники": whose they are, said in words
            number, gender = PRONOUN_FORM[fold(words[0].text)]
            owner, _ = self._back(span[0], number, gender, kinds=("PER",), heard=False)
            name = self.names.get(owner)
            self.rule = "possessive"
            return None, (f"{ctx.text[words[1].start : span[1]]} ({name})" if name else None)
        head = _head(ctx, words) if words else None
        if head is not None and ctx.lemma(head) in INTERLOCUTORS \
                and not any(sp.type == "PER" and span[0] <= sp.start < span[1] for sp in ctx.doc.spans):
            # "собеседник издания", "собеседник «Коммерсанта»": the one source the outlet talked to,
            # introduced before ("информированный источник", "сотрудник администрации"); "источник
            # РИА Новости" is a source of its own. Never the outlet, never a named person by guess.
            self.rule = "interlocutor"
            if ctx.lemma(head) != "собеседник" or head.feats.get("Number") == "Plur" \
                    or any(fold(w.text) in ANOTHER for w in words):  # ("Другой собеседник": someone new)
                return None, None
            interviewed = self._interviewed(span[0]) if len(words) <= 2 else None
            since = self._last_seen(interviewed, span[0])
            if interviewed and not any(e != interviewed and since < start < span[0]
                                       for start, e in self.person_mentions) \
                    and not any(a.entity is None and a.kind == "" and a.spoke and since < a.position < span[0]
                                for a in self.seen):
                # "Асанбеков в интервью РИА Новости заявил … Собеседник агентства также рассказал": the
                # one who gave the interview, no one named nor an unnamed source heard since
                return interviewed, None
            entity, source = self._back(span[0], "Sing", None, kinds=("",))
            if source and fold(source).removeprefix("в ").startswith(UNIT_STEMS):
                return None, None  # a person, not "в пресс-службе регулятора" that spoke before
            return entity, source
        if words and fold(words[0].text) in EMPHATIC and len(words) > 1 \
                and not fold(words[-1].text).endswith(ADJECTIVAL) \
                and not any(sp.type == "PER" and span[0] <= sp.start < span[1] for sp in ctx.doc.spans):
            # "сама певица сообщила", "Сама женщина заявила": the person the text is about, even
            # if another singer was named since; but "сам пострадавший" is whoever the text called so
            self.rule = "emphatic"
            return self._topic(words[-1].feats.get("Gender"), words[-1].feats.get("Number")), None
        if ANONYMOUS.search(fold(ctx.text[span[0] : span[1]])):
            self.rule = "anonymous"  # "Девелопер, пожелавший остаться неназванным": no one the text names
            return None, None
        entity = _resolve(ctx, span, self.entities, self.places)
        if entity is not None and self._common_words(entity, span):
            entity = None  # "в пресс-службе ведомства", "надзорное ведомство": no name, whatever the NER said
        if entity is not None and self.types.get(entity) == "ORG" and head is not None and _of_an_organisation(ctx, head, span):
            # "вкладчики банка «Прогресс-Кредит»", "профсоюз работников «Вектор-Авто»": people or a body
            # of the organisation, not it
            self.rule = "members"
            return None, None
        if entity is not None and self.types.get(entity) == "ORG" and head is not None and (
                ctx.lemma(head) in POSTS or ctx.lemma(head) in wordlist(ROLES) and head.feats.get("Number") == "Sing"):
            # "новый глава столичной полиции сказала", "хакер, сын депутата Госдумы": a person, not
            # the police; unless the text says who, the post as written ("представитель полиции"
            # speaks for the police)
            described = self._described(span, head, position) if ctx.lemma(head) in POSTS else None
            if ctx.lemma(head) in VOICES and head.feats.get("Number") == "Sing":
                described = self._voice_went_on(span, entity, position)
            if described or ctx.lemma(head) not in VOICES:
                self.rule = "post_of_organisation"
                return described or self._salient(span, head, position), None
        if entity is not None and self.types.get(entity) == "ORG" and self._elsewhere(words, entity):
            self.rule = "other_body"  # "норвежский МИД", "региональное Минприроды": not the bare name's body
            return None, None
        if entity is not None and self.types.get(entity) == "PER" and len(words) == 1:
            entity = self._same_surname(entity, words[0], position)
        if entity is not None:
            self.rule = "named_or_role_holder"
            occupation = self._occupation(span, words)
            if occupation and self.types.get(entity) == "PER":
                # "Актёр признался": of the actors, the one the text is about
                noun = ctx.lemma(occupation).lower()
                topic = self._topic(occupation.feats.get("Gender"), "Sing", before=span[0], noun=noun)
                # but one the text called so ("Скульптор Георгий Франгулян") and named since the
                # topic is not beaten by a topic the text never called so (the president the
                # sculptor's monument is to)
                named = self._holds(entity, {noun}) and not self._holds(topic, {noun}) \
                    and self._last_seen(entity, span[0]) > self._last_seen(topic, span[0])
                if topic and len(self.mentions[topic]) > len(self.mentions[entity]) and not named:
                    self.rule = "occupation_topic"
                    return topic, None
            return entity, None
        # "драматург, в последнее время живший в России": the clause after the comma describes
        comma = next((t.start for t in ctx.between(*span) if t.text == ","), None)
        if comma is not None:
            words = [w for w in words if w.start < comma] or words
        if len(words) <= 2:
            head = _head(ctx, words)
            bare = all(t is head or t.pos in ("ADJ", "DET", "NUM") for t in words)
            noun = ctx.lemma(head).lower() if bare and head.pos in ("NOUN", "PROPN") else ""
            # "В заявлении говорится"; "как пишут авторы документа": who issued it
            authored = ctx.lemma(head).lower() in AUTHORS and any(
                ctx.lemma(c) in STATEMENT_NOUNS for c in ctx.children.get(head.id, []))
            if noun in STATEMENT_NOUNS or authored:
                self.rule = "statement_noun"
                issuer = self._issuer(span[0], ctx.lemma(head))
                if issuer is None and noun in RELEASES:
                    # "…, сообщили в пресс-службе ведомства. «…», — говорится в сообщении": its release
                    return self._last_press_office(span[0])
                return issuer, None
            if noun == "интервью":  # "— говорится в интервью": the one who gave it
                self.rule = "interview"
                return self._interviewed(span[0]), None
            body = self._bare_body(span, head, noun) if len(words) == 1 and head.pos == "NOUN" else None
            if body is not None:
                self.rule = "bare_body"
                return body, None
            if noun == "ведомство" and any(fold(w.text).startswith("надзорн") for w in words):
                # "надзорное ведомство" is the prosecutor's office or a "…надзор", not the court named since
                self.rule = "organisation_word"
                return self._back(span[0], None, None, kinds=("ORG",), accept=lambda e: any(
                    k in fold(self.names.get(e, "")) for k in ("прокурат", "надзор")))[0], None
            if noun in ORG_ANAPHORS:
                self.rule = "organisation_word"  # "Российские издания" are not the one named last
                cue = ctx.token_at(position)  # ("Агентства уточнили", not "в министерстве заявили")
                plural = head.feats.get("Number") == "Plur" or cue is not None and cue.feats.get("Number") == "Plur" \
                    and (head.feats.get("Case") == "Nom" or head.rel in SUBJECT_RELS)
                found = None if plural else self._organisation(span[0], noun)
                self.pointed[head.start] = found
                # ("в районном суде" is not the "Верховный суд" named before)
                if found is not None and noun in INSTITUTIONS and any(
                        t.pos == "ADJ" and fold(ctx.lemma(t)) not in ANY_ONE_OF_ITS_KIND
                        and fold(t.text)[:5] not in fold(self.names.get(found, "")) for t in words):
                    found = None
                return found, None
            unnamed = head.pos == "NOUN" or head.pos == "PROPN" and not any(
                sp.start <= head.start < sp.stop for sp in ctx.doc.spans)  # "Индонезиец рассказал"
            if any(fold(w.text) in INDEFINITE for w in words):
                self.rule = "person_noun"
                return None, None  # "Один агент рассказал", "некий житель": someone not named
            cue = ctx.token_at(position)
            verb_gender = cue.feats.get("Gender") if cue is not None else None
            if len(words) == 1 and head.pos in ("ADJ", "VERB") and fold(head.text).endswith(ADJECTIVAL):
                said = self._unnamed_last(span[0], verb_gender or head.feats.get("Gender"), head)
                if said is not None:
                    self.rule = "unnamed_last_speaker"  # "Одна из пассажирок рассказала … — сказала пострадавшая"
                    return None, said
                described = self._part_went_on(span, verb_gender or head.feats.get("Gender"), head)
                if described is not None:
                    self.rule = "part_went_on"
                    return described, None
            if bare and unnamed and head.feats.get("Animacy") == "Anim" and head.feats.get("Number") == "Sing" \
                    and (cue is None or cue.feats.get("Number") != "Plur"):  # "Активисты-правозащитники отмечают"
                # "заявил музыкант", "61-летняя певица сообщила": the person the text is about;
                # "министр сообщил" is not the one whose roles the text gives, none of them a minister
                went_on = self._went_on(span, verb_gender, cue, noun) or self._expert_went_on(span, verb_gender, noun)
                if went_on:
                    return went_on, None
                self.rule = "person_noun"
                # ("по словам парламентария": a masculine post is a woman's too; "пенсионер" is a man)
                gender = verb_gender or (None if noun in COMMON_GENDER else head.feats.get("Gender"))
                last = self._unnamed_last(span[0], gender, head, words)
                if last is not None:
                    # "…, 78-летняя жительница Коломны, рассказала … — призналась пенсионерка": the unnamed
                    # person who spoke last, not a name further back
                    self.rule = "unnamed_last_speaker"
                    return None, last
                if any(t is not head and (t.feats.get("VerbForm") == "Part" or PARTICIPLE.search(fold(t.text)))
                       and not fold(ctx.lemma(t)).startswith(TITLE_PARTICIPLES) for t in words):
                    return None, None  # "Проигравшая теннисистка": which one the story says, not a name's place
                called = self._called_so(span[0], noun) if len(words) == 1 else None
                if called is not None:
                    self.rule = "called_so"
                    return called, None
                introduced = self._introduced(span[0], gender, noun) if len(words) == 1 else None
                if introduced is not None:
                    self.rule = "introduced"
                    return introduced, None
                posts = _posts(noun)

                countries = _countries(words, self.places)
                era = _era([w.text for w in words])

                def fits(e: str | None) -> bool:
                    if any(_abroad(countries, role, self.places) for role in self.roles.get(e) or ()):
                        return False
                    if countries and self._called_abroad(e, countries):
                        return False  # "российский дипломат" is not the one called "сербским коллегой"
                    if not _era_fits(era, [ROLE_WORD.findall(role) for role in self.roles.get(e) or ()], False):
                        return False  # "Экс-министр" is not one the text never called so, nor "Министр" a former one
                    if noun in NEWCOMERS:  # "адвокат", "инсайдер": one the text named so, or someone new
                        return self._holds(e, posts)
                    # (an occupation, "политик", may be anyone's besides the roles the text gives);
                    # "глава МИД" is a "министр", "глава Сбербанка" is not
                    return noun not in wordlist(ROLES) or noun not in POSTS or self._holds(e, posts) \
                        or noun == "министр" and self._heads_ministry(e)
                # (the verb's gender over the noun's: "сенатор посоветовала" is a woman)
                found, _ = self._back(span[0], "Sing", gender, kinds=("PER",), accept=fits)
                # of those it fits, the person the text names most, if named more than the nearest; but
                # "пострадавший" is whoever the text called so
                topic = self._topic(gender, "Sing", before=span[0], accept=fits, noun=noun) \
                    if not fold(head.text).endswith(ADJECTIVAL) and noun not in POSTS else None
                found = topic if topic and len(self.mentions[topic]) > len(self.mentions.get(found, ())) else found
                return found or self._salient(span, head, position), None
        if words:
            head = _head(ctx, words)
            return self._described(span, head, position) or self._salient(span, head, position), None
        return None, None

    def _before_relative(self, span: tuple[int, int], number: str | None, gender: str | None) -> str | None:
        """"на интервью господина Рахимова, в котором он раскритиковал …", "инаугурация президента
        Эммерсона Мнангагвы, где он заявил": a pronoun subject of a relative clause is the one
        person of its gender named before the relative word in that sentence, in whatever case."""
        ctx = self.ctx
        pronoun = ctx.token_at(span[0])
        verb = ctx.by_id.get(pronoun.head_id) if pronoun is not None and pronoun.rel in SUBJECT_RELS else None
        if verb is None or number != "Sing" or gender is None:
            return None

        def opens(c: DocToken) -> bool:  # "который", "где", "когда", "в котором"
            return c.start < pronoun.start and (ctx.lemma(c) in RELATIVE or fold(c.text) in ("где", "когда") or (
                c.rel == "obl" and any(ctx.lemma(g) in RELATIVE for g in ctx.children.get(c.id, []))))

        relative = next((c for c in ctx.children.get(verb.id, []) if opens(c)), None)
        if relative is None:
            return None
        start = ctx.sentence_of[pronoun.id][0]
        found = set()
        for position, entity in self.person_mentions[bisect_left(self.person_mentions, (start, "")) :]:
            if position >= relative.start:
                break
            token = ctx.token_at(position)
            if token is None or ctx.in_quote(position):
                continue
            if (self.genders.get(entity) or _adjective_gender(ctx, token) or token.feats.get("Gender")) == gender:
                found.add(entity)
        # (of two: "встреча Лаврова с Рубио, на которой он обвинил …" does not say which)
        return found.pop() if len(found) == 1 else None

    def _anchored(self, span: tuple[int, int], words: list[DocToken]) -> str | None:
        """"собеседники издания", "источник агентства", "адвокат футболиста": an unnamed speaker
        described by whose they are, with that one named, when the genitive points back to the
        organisation of its kind or the person the text calls so ("собеседники издания
        (Коммерсантъ)"); the speaker stays unnamed."""
        ctx = self.ctx
        head = _head(ctx, words)
        rest = [w for w in words if w.start > head.start]
        owner = rest[0] if len(rest) == 1 else None
        if head.pos != "NOUN" or head.feats.get("Animacy") != "Anim" and ctx.lemma(head) not in NEWCOMERS | UNITS \
                or owner is None or owner.pos != "NOUN" \
                or owner.feats.get("Case") != "Gen" or owner.feats.get("Number") == "Plur" or owner.head_id != head.id:
            return None
        noun = ctx.lemma(owner).lower()
        found = None
        if noun in ORG_ANAPHORS:
            found = self._one_of_its_kind(span[0], noun)
        elif owner.feats.get("Animacy") == "Anim" and noun in wordlist(ROLES) - NEWCOMERS - FAMILY:
            # "адвокат футболиста": the one person the text calls a footballer
            # (and one the text is about: named twice, or the only person named)
            holders = [e for e in self.entities if e.type == "PER" and self._holds(e.id, {noun})
                       and e.mentions[0].start < span[0]]
            people = [e for e in self.entities if e.type == "PER"]
            found = holders[0].id if len(holders) == 1 and (len(holders[0].mentions) > 1 or len(people) == 1) \
                else None
        return f"{ctx.text[span[0] : span[1]]} ({self.names[found]})" if found else None

    def _one_of_its_kind(self, position: int, noun: str) -> str | None:
        """The organisation a word of its kind points back to, if the text named one of that
        kind before (of "Бумага" and "Дождь", "издания" is either)."""
        if noun not in ORG_ANAPHORS:
            return None
        kinds = ORG_ANAPHORS[noun] or set(ORG_KINDS.values())
        named = {a.entity for a in self.seen if a.position < position and a.kind == "ORG"
                 and (self.org_kinds.get(a.entity) in kinds or self.org_nouns.get(a.entity) == noun)}
        return self._organisation(position, noun) if len(named) == 1 else None

    def _joint_subject(self, position: int) -> list[str]:
        """"Топ-модель Анна Лыткина и сын миллиардера Олег Травин поженились. Они сообщили …":
        the people named together as the subject of the last clause before "они", if that
        subject is people only (not "Путин и делегация", not one person: then "они" is someone
        else) and no other people are in the clause."""
        ctx = self.ctx
        pronoun = ctx.token_at(position)
        if pronoun is None:
            return []
        own = ctx.sentence_of[pronoun.id]
        for sentence in (own, ctx.sentence_before(own[0])):
            if sentence is None:
                return []
            subjects = [t for t in ctx.between(sentence[0], min(sentence[1], position)) if t.rel in SUBJECT_RELS
                        and t.start < position and (head := ctx.by_id.get(t.head_id)) is not None
                        and head.feats.get("VerbForm") == "Fin" and not ctx.in_quote(t.start)]
            if not subjects:
                continue
            subject = subjects[-1]
            # (people only: "Президент Петров и делегация" is no pair; where the parse hung the
            # second name does not matter, "топ-модель Анна Лыткина и сын миллиардера Олег Травин")
            people = self._people_in(subject)
            conjuncts = [c for c in ctx.children.get(subject.id, []) if c.rel == "conj"]
            if len(people) != len(conjuncts) + 1 or len(people) < 2:
                return []
            # (not with other people in the clause: "Сомов и Рябов приняли делегацию шахтёров. Они
            # пожаловались …" are the miners)
            phrase = {t.id for t in ctx.subtree(subject)}
            if any(t.id not in phrase and (t.pos == "NOUN" and (t.feats.get("Animacy") == "Anim" and t.feats.get(
                    "Number") == "Plur" or ctx.lemma(t) in GROUPS) or _people_as_a_noun(t))
                   for t in ctx.between(*sentence)):
                return []
            return people
        return []

    def _people_in(self, token: DocToken) -> list[str]:
        """The people a phrase names in the nominative, in order ("сын миллиардера Олег Травин":
        the son; the billionaire, in the genitive, is not one)."""
        found: list[str] = []
        for t in self.ctx.subtree(token):
            k = bisect_left(self.person_mentions, (t.start, ""))
            if t.feats.get("Case") in (None, "Nom") and k < len(self.person_mentions) \
                    and self.person_mentions[k][0] == t.start and self.person_mentions[k][1] not in found:
                found.append(self.person_mentions[k][1])
        return found

    def _bare_body(self, span: tuple[int, int], head: DocToken, noun: str) -> str | None:
        """"Власти заявили", "по данным властей" (no name to the NER) after "власти США": the one
        body the text named so before; not with a word of its own ("Местные власти"), another place
        named before it in its sentence ("В соседней Сирии, по данным властей") or another country
        acting in the sentence before ("Китай назвал это провокацией. Власти заявили …"; but "…
        попасть через Турцию в Сирию. Власти считают …" are still the ones named)."""
        ctx = self.ctx
        if noun not in GENERIC_BODIES:
            return None
        bodies = [e for e in self.entities if e.type == "ORG" and e.mentions[0].start < span[0]
                  and fold(e.name).split()[0][:5] == noun[:5] and " " in e.name]
        if len(bodies) != 1:
            return None
        sentence = ctx.sentence_of[head.id]
        since = (ctx.sentence_before(sentence[0]) or sentence)[0]
        own = {fold(w)[:4] for w in bodies[0].name.split()}

        def elsewhere(sp) -> bool:
            if sp.type != "LOC" or not since <= sp.start < span[0] or all(fold(w)[:4] in own for w in sp.text.split()):
                return False
            token = ctx.token_at(sp.start)
            return sp.start >= sentence[0] or token is not None and token.rel in SUBJECT_RELS
        return None if any(elsewhere(sp) for sp in ctx.doc.spans) else bodies[0].id

    def _elsewhere(self, words: list[DocToken], entity: str) -> bool:
        """A body named by the text's generic word with an adjective of another country or a
        region before it ("норвежский МИД", "в региональном Минприроды"), while the entity's name
        says no place: the entity would read as the federal or the home country's (Russia's) one."""
        name = self.names.get(entity, "")
        if any(_country(w, self.places) for w in name.split()) or any(
                sp.type == "ORG" and words[0].start >= sp.start and sp.stop >= words[-1].stop for sp in self.ctx.doc.spans):
            return False  # ("Министерство иностранных дел России"; an adjective inside the name: "Казанский университет")
        before = [t for t in words if t.pos == "ADJ" and not any(
            m.start <= t.start < m.end for m in self.mentions.get(entity, ()))]
        # (a Russian text's bare "МИД" is Russia's: "российский МИД" is the same; a region's ministry
        # is another body than the federal one, but "в региональном управлении МЧС" speaks for МЧС)
        ministry = fold(name).startswith("мин")
        return any(_country(t.text, self.places) not in (None, "росс")
                   or ministry and fold(t.text).startswith(REGIONAL) and t.head_id in {m.id for m in words if fold(
                       m.text).startswith("мин")} for t in before)

    def _same_surname(self, entity: str, surname: DocToken, position: int) -> str:
        """"Ирина Коваленко и её муж Андрей Коваленко … Коваленко рассказала": of two people with
        one surname, the one whose first name is of the gender the verb shows."""
        cue = self.ctx.token_at(position)
        gender = cue.feats.get("Gender") if cue is not None and cue.feats.get("Number") == "Sing" else None
        if gender is None or self._named_gender(entity) in (None, gender):
            return entity
        stem = fold(surname.text)[:4]
        twins = [e.id for e in self.entities if e.type == "PER" and e.id != entity and len(e.name.split()) > 1
                 and fold(e.name.split()[-1]).startswith(stem) and self._named_gender(e.id) == gender]
        return twins[0] if len(twins) == 1 else entity

    def _person_since(self, start: int, end: int) -> bool:
        return any(e.type == "PER" and any(start < m.start < end for m in e.mentions) for e in self.entities)

    def _interviewed(self, position: int) -> str | None:
        """Who gave the interview last named before ``position``: the subject of "дал интервью",
        or the one "интервью у / с" names ("взял интервью у актёра Петрова"); nobody else, not
        the interviewer nor whoever spoke last."""
        ctx = self.ctx
        for t in reversed(ctx.between(0, position)):
            if ctx.lemma(t) != "интервью":
                continue
            verb = ctx.by_id.get(t.head_id)
            # "X дал интервью", "в интервью X отметил"
            given = [c for c in ctx.children.get(verb.id, []) if c.rel in SUBJECT_RELS] \
                if verb is not None and (ctx.lemma(verb) in ("дать", "давать") or t.rel == "obl") else []
            # "интервью у актёра", "интервью с Олегом Дерипаской", on the noun or on its verb
            given += [c for h in (t, verb) if h is not None for c in ctx.children.get(h.id, [])
                      if c.rel in ("nmod", "obl") and any(p.rel == "case" and fold(p.text) in ("у", "с", "со")
                                                        for p in ctx.children.get(c.id, []))]
            for who in given:
                words = [w for w in ctx.subtree(who) if w.pos != "PUNCT"]
                found = _resolve(ctx, span_of(words), self.entities, self.places) if words else None
                if found is not None and self.types.get(found) == "PER":
                    return found
            return None
        return None

    def _couple(self, position: int) -> list[str]:
        """The last two people named together before ``position``: "Марк Цукерберг и его жена
        Присцилла Чан", "Мако и Кэй Комуро" are who "Супруги", "Пара" are."""
        ctx = self.ctx
        mentions = sorted((m.start, m.end, e.id) for e in self.entities if e.type == "PER" for m in e.mentions
                          if m.end <= position)
        for (a_start, a_end, a), (b_start, _, b) in reversed(list(zip(mentions, mentions[1:]))):
            joined = PARTNERS.match(ctx.text, a_end, b_start)
            if a == b or joined is None or "\n" in ctx.text[a_end:b_start]:
                continue
            first, second = ctx.token_at(a_start), ctx.token_at(b_start)
            if first is None or second is None or first.feats.get("Case") not in (None, "Nom"):
                return []  # "встретился с Блинкеном и Нуланд": people met, no couple
            # "Иван Петров и его жена Анна", or a man and a woman named together ("Путин и Трамп" are no couple)
            genders = {self.genders.get(a) or first.feats.get("Gender"), self.genders.get(b) or second.feats.get("Gender")}
            return [a, b] if joined.group("kin") or genders == {"Masc", "Fem"} else []
        return []

    def _last_two(self, position: int) -> list[str]:
        """The two people the paragraph names before ``position`` (outside what was reported);
        none if it names another number of them."""
        start = self.ctx.text.rfind("\n", 0, position) + 1
        people = list(dict.fromkeys(e for p, e in self.person_mentions
                                    if start <= p < position and not self._in_reported(p)))
        return people if len(people) == 2 else []

    def _named_after(self, span: tuple[int, int], head: DocToken) -> str | None:
        """"пояснил автор законопроекта, первый зампред комитета по обороне Андрей Красов": a
        description whose apposition after the comma names the person, in the same case."""
        ctx = self.ctx
        # ("директор музея и археолог из Кедрова, Олег Травин": a second description of
        # the same person, joined by "и", before the comma)
        joined = re.match(r"\s+и\s+[^,.;:!?—–\n]{1,60}?(?=,)", ctx.text[span[1] : span[1] + 70])
        if joined and not any(t.pos == "VERB" for t in ctx.between(span[1], span[1] + joined.end())):
            span = (span[0], span[1] + joined.end())
        if head.pos != "NOUN" or head.feats.get("Number") == "Plur" or ctx.text[span[1] : span[1] + 2].strip()[:1] != ",":
            return None
        last_word = [t for t in ctx.between(*span) if t.pos != "PUNCT"][-1]
        if last_word is not head and last_word.feats.get("Case") == "Gen" and (
                last_word.feats.get("Animacy") == "Anim" or last_word.pos == "ADJ"):
            return None  # "адвокат обвиняемого, бывший министр X": X may be the accused
        after = ctx.between(span[1], ctx.sentence_of[head.id][1])[1:]
        stop = next((n for n, t in enumerate(after) if t.pos == "PUNCT" and t.text not in "«»\"-"), len(after))
        phrase = after[:stop]
        # a noun phrase ("по данным прессы, в качестве причины ухода Оззи …" is what was said)
        if not phrase or phrase[0].pos == "ADP" or not all(
                t.pos in ("ADJ", "NOUN", "PROPN", "ADP", "DET") or t.text in "«»\"" for t in phrase):
            return None
        last = phrase[-1]
        named = next((e for e in self.entities if e.type == "PER"
                      and any(m.start <= last.start < m.end and m.start > span[1] for m in e.mentions)), None)
        if named is None:
            return None
        first = next(m for m in named.mentions if m.start <= last.start < m.end)
        name = ctx.token_at(first.start)
        # the apposition stands in the description's case ("по словам автора, депутата Андрея Красова")
        if name is None or name.feats.get("Case") != head.feats.get("Case") \
                or any(t.pos in ("NOUN", "PROPN") and t.start < first.start and t.feats.get("Case") == "Nom"
                       and head.feats.get("Case") != "Nom" for t in phrase):
            return None
        self.rule = "named_after_comma"
        return named.id

    def _called_so(self, position: int, noun: str) -> str | None:
        """The one person the text named right after that noun ("британец Оливер Кент", "второе
        место заняла американка Кейси Уолш") before ``position``: "— отметил британец" is him,
        not the nearest man, whatever his roles."""
        ctx = self.ctx
        called = set()
        for e in self.entities:
            if e.type != "PER":
                continue
            for m in e.mentions:
                if m.start >= position:
                    break
                name = ctx.token_at(m.start)
                before = ctx.between(ctx.sentence_of[name.id][0], m.start) if name is not None else []
                while before and (before[-1].pos in ("ADJ", "DET", "NUM") or before[-1].text in "«\"„"):
                    before.pop()
                if before and before[-1].pos == "NOUN" and ctx.lemma(before[-1]).lower() == noun \
                        and before[-1].feats.get("Case") == name.feats.get("Case"):
                    called.add(e.id)
        return called.pop() if len(called) == 1 else None

    def _introduced(self, position: int, gender: str | None, noun: str) -> str | None:
        """"Аналитик «Финама» Олег Дронов не согласен. — …, — говорит эксперт": an expert's or a
        lawyer's description is the person the text introduced just before (named as a subject,
        no one else named or described since outside what was said, at most a paragraph back), if
        a role the text gives them is an expert's ("аналитик «Финама»", "директор Центра развития")
        or a lawyer's."""
        if noun not in EXPERTS | LAWYERS:
            return None
        people = [a for a in self.seen if a.kind == "PER" and a.position < position and not self._in_reported(a.position)]
        if not people:
            return None
        last = max(people, key=lambda a: a.position)
        # (no one else since, named or not: "Однако другой эксперт, пожелавший остаться неназванным, …")
        if last.entity is None or last.oblique or not self._paragraph_back(last.position, position) \
                or any(a.entity != last.entity and last.position < a.position < position and a.kind in ("PER", "")
                       for a in self.seen):
            return None
        known = last.gender or self.genders.get(last.entity)
        if gender and known and gender != known:
            return None
        words = {w for role in self.roles.get(last.entity) or () for w in ROLE_WORD.findall(fold(role))}
        # ("Иван Петров заявил, что невиновен. Адвокат сообщил …": his lawyer, whom the text does not name)
        expert = words & EXPERT_ROLES or any(w.startswith(EXPERT_BODIES) for w in words)
        if not (words & (LAWYERS | {"партнер"}) if noun in LAWYERS else expert):
            return None
        return last.entity

    def _described(self, span: tuple[int, int], head: DocToken, position: int) -> str | None:
        """A description after a verb that goes on ("заключил сопредседатель группы", "новый
        глава столичной полиции добавила"): the last speaker. A post is not otherwise given to
        the person named before: "Иванов прибыл в Москву. Мэр города заявил" is someone else
        as often as not."""
        ctx = self.ctx
        if head.pos != "NOUN" or head.feats.get("Number") == "Plur" or ctx.lemma(head).lower() in NEWCOMERS \
                or fold(head.text).endswith(ADJECTIVAL) \
                or any(sp.type == "PER" and span[0] <= sp.start < span[1] for sp in ctx.doc.spans):
            return None
        cue = ctx.token_at(position)
        gender = (cue.feats.get("Gender") if cue is not None else None) or head.feats.get("Gender")
        return self._went_on(span, gender, cue, ctx.lemma(head).lower())

    def _salient(self, span: tuple[int, int], head: DocToken, position: int) -> str | None:
        """A description nothing else resolved ("Глава Facebook выразил надежду"): the person the
        text is about, named before, at least twice and twice as often as anyone else of the
        speaker's gender, if a role the text gave them fits it: the same post ("глава" also
        takes a president, a governor …) with the same body if one is named, or a generic head
        ("глава", "руководитель") of the body a role names ("основатель сети Facebook")."""
        ctx = self.ctx
        words = [t for t in ctx.between(*span) if t.pos != "PUNCT"]
        lemma = ctx.lemma(head).lower()
        if head.pos != "NOUN" or head.feats.get("Number") == "Plur" or head.feats.get("Animacy") != "Anim" \
                or lemma in NEWCOMERS or lemma in AUTHORS or lemma in FAMILY \
                or any(t.pos == "PRON" or t is not head and t.feats.get("Animacy") == "Anim" for t in words) \
                or any(sp.type == "PER" and span[0] <= sp.start < span[1] for sp in ctx.doc.spans):
            return None
        cue = ctx.token_at(position)
        # ("По словам главы ЦИК": "глава" is a man or a woman, the verb did not say)
        gender = (cue.feats.get("Gender") if cue is not None else None) or (
            head.feats.get("Gender") if lemma != "глава" else None)
        shown = self._shown_genders()
        heads = {lemma} | (HEAD_SYNONYMS.get(lemma, set()) if lemma in GENERIC_HEADS else set())
        tail = {fold(t.text)[:5] for t in words if t is not head and t.pos in ("NOUN", "PROPN")}
        spelled = tail | {alias for word in tail for alias in BODY_ALIASES.get(word, ())}
        for t in words:  # "Глава госкорпорации": the body's name, the one organisation of that kind named before
            # ("глава ведомства" is a minister or an agency's head, whichever the text named: BODY_TAILS)
            body = self._one_of_its_kind(span[0], ctx.lemma(t)) if t is not head \
                and fold(ctx.lemma(t))[:5] not in BODY_TAILS else None
            spelled |= {w[:5] for w in fold(self.names[body]).split()} if body else set()

        countries = _countries(words, self.places)

        # ("Глава государства" is its president or leader, not the "председатель Государственной думы")
        state = next((posts for word, posts in STATE_POSTS.items() if tail == {word}), None)

        def fits(e: str) -> bool:
            for role in self.roles.get(e) or ():
                role_words = [fold(w) for w in ROLE_WORD.findall(role)]
                if any(w.startswith(FORMER) for w in role_words) or _abroad(countries, role, self.places) \
                        or state is not None and not state & set(role_words):
                    continue  # "экс-глава Facebook" is not "Глава Facebook", "кубинский лидер" not "президент России"
                named = bool(tail & {w[:5] for w in role_words})
                if heads & set(role_words) and (named or not tail) or lemma in GENERIC_HEADS and named:
                    return True
            return False
        counts = sorted(((len(e.mentions), e.id) for e in self.entities if e.type == "PER" and e.mentions
                         and e.mentions[0].start < span[0] and (gender is None and len(shown.get(e.id, ())) < 2
                                                                 or shown.get(e.id) == {gender})), reverse=True)
        # a post with its body ("глава МИД РФ") that the role of just one of them spells out: a role
        # that is that post (not "заместитель министра", "директор департамента МИД"), of the
        # description's country if it names one
        # ("глава турецкого МИД" is its minister, "глава ЦИК" its chairman, "Глава РЭО" the general
        # director of the «Российский экологический оператор» the role names)
        body_heads = heads | BODY_HEADS if lemma in GENERIC_HEADS else heads
        initials = {fold(t.text) for t in words if t is not head and t.text.isupper() and 2 <= len(t.text) <= 5}

        def holds(e: str) -> bool:
            for role in self.roles.get(e) or ():
                role_words = [fold(w) for w in ROLE_WORD.findall(_one_word_posts(fold(role)))]
                if role_words and role_words[0] in body_heads and (state is None or state & set(role_words)) \
                        and (spelled & {w[:5] for w in role_words} or initials & _acronyms(role_words[1:])
                             or spelled & self._pointed_to(e, role_words[1:])) \
                        and not _abroad(countries, role, self.places) \
                        and (not countries or any(_country(w, self.places) for w in role_words)):
                    return True
            return False
        holders = [e for _, e in counts if holds(e)] if tail else []
        if len(holders) == 1 and not any(holds(e.id) for e in self.entities if e.type == "PER" and e.id != holders[0]):
            self.rule = "salient"
            return holders[0]
        if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] * 2 > counts[0][0] \
                or not fits(counts[0][1]):
            return None
        self.rule = "salient"
        return counts[0][1]

    def _pointed_to(self, person: str, words: list[str]) -> set[str]:
        """The stems of the name of the organisation a word of its kind in a role points back to
        where the text gave the role ("… РЖД … генеральный директор компании Василий Гордеев")."""
        nouns = {noun[:5]: noun for noun in ORG_ANAPHORS if len(noun) > 4}
        noun = next((nouns[w[:5]] for w in words if w[:5] in nouns), None)
        body = self._organisation(self.mentions[person][0].start, noun) if noun and self.mentions.get(person) else None
        return {w[:5] for w in fold(self.names[body]).split()} if body else set()

    def _last_press_office(self, position: int) -> tuple[str | None, str | None]:
        """The press service that spoke last: its entity, or its words where it has none."""
        last = next((a for a in sorted(self.seen, key=lambda a: -a.position) if a.spoke and a.position < position
                     and fold(self.ctx.text[a.position : a.stop]).startswith(PRESS_OFFICES)), None)
        if last is None:
            return None, None
        return last.entity, (last.text if last.entity is None else None)

    def _issuer(self, position: int, noun: str) -> str | None:
        """Who issued the document last named ("Компания опубликовала заявление", "приказ
        ФСБ"), or nobody known if it was asked for ("потребовал от ФСБ отчёта. В документе
        говорится"); else whose statement ("в заявлении МВД говорится") was quoted last; else
        the organisation that spoke last: a person says things, a message is an organisation's."""
        # (one who congratulated issued a "поздравление" only, not whatever document comes next;
        # "В поздравлении говорится" is the congratulation's, not an appeal's named since)
        issued = [(start, entity, document) for start, entity, document in self.issued if start <= position
                  and (entity is not None or noun in (document, "документ"))
                  and (document not in DOCUMENT_ACTS.values() or noun == document)]
        same = [(start, entity) for start, entity, document in issued if document == noun]
        if same or issued:
            start, entity = (same or [(start, entity) for start, entity, _ in issued])[-1]
            if noun in WRITINGS and any(a.kind == "ORG" and not a.oblique and start < a.position < position
                                        for a in self.seen):
                return None  # "Гладков написал в Telegram-канале … Bloomberg сообщило … говорится в публикации"
            self.partners = self.issued_with.get(start, []) if entity is not None else []
            return entity
        documented = self._back(position, None, None, kinds=("ORG", "PER"), spoke=True,
                                accept=lambda e: e in self.documented)[0]
        if not documented and noun in VERDICTS:
            # "В приговоре отмечается": the court named last as acting, not "Дело передано в Тверской суд"
            return next((a.entity for a in sorted(self.seen, key=lambda a: -a.position)
                         if a.position < position and a.kind == "ORG" and not a.oblique
                         and any(w.endswith("суд") for w in fold(self.names.get(a.entity, "")).split())), None)
        if documented or noun in WRITINGS:
            # (an article or a post is its writer's or an outlet's, not the organisation's that spoke last)
            return documented or self._organisation(position, "издание")
        return self._back(position, None, None, kinds=("ORG",), spoke=True)[0]

    def _went_on(self, span: tuple[int, int], gender: str | None, cue: DocToken | None, noun: str) -> str | None:
        """"Чиновник добавил", "Норвежский премьер также отметил": the last speaker of that
        gender goes on, if nobody else was named since (outside what was reported) and no role the
        text gives them is another post."""
        if cue is None or noun in NEWCOMERS or self.ctx.lemma(cue) not in CONTINUING and not any(
                fold(c.text) == "также" for c in self.ctx.children.get(cue.id, [])):
            return None
        last = self._last_person_speaker(span[0], gender)
        if last is None:
            return None
        if noun in POSTS and self.roles.get(last.entity) and not self._holds(last.entity, _posts(noun)):
            return None  # "Боррель назвал … Российский министр резюмировал": not Borrell
        roles = [ROLE_WORD.findall(fold(r)) for r in self.roles.get(last.entity) or ()]
        if any(noun in w and noun != w for words in roles for w in words) and not any(noun in words for words in roles):
            return None  # "Проректор Андрей Фрейман … Ректор вуза добавил": another post
        words = [t for t in self.ctx.between(*span) if t.pos != "PUNCT"]
        if not _era_fits(_era([t.text for t in words]), roles, any(t.pos in ("NOUN", "PROPN") for t in words[1:])):
            return None  # "Бывший министр Ефимов задержан … Нынешний глава министерства заявил"
        head = _head(self.ctx, words)
        tail = {fold(t.text)[:5] for t in words if t is not head and t.pos in ("NOUN", "PROPN")} - POINTING_STEMS
        if tail and roles and not any(tail & {w[:5] for w in role} for role in roles):
            return None  # "Министр финансов … Министр обороны также отметил": another's post
        countries = _countries(words, self.places)
        nations = set(_nations().values())  # (countries only: "скандинавского королевства" is none)

        def national(word: str) -> str | None:  # (a country's name, whether the text names it or not)
            return _country(word, self.places) or (_place_key(word) if word[:1].isupper() else None)
        named = {c for t in words if (c := national(t.text)) in nations}
        said_for = {c for role in self.roles.get(last.entity) or () for w in ROLE_WORD.findall(role)
                    if (c := national(w)) in nations}
        if (countries | named) & nations and said_for and not (countries | named) & said_for:
            return None  # "Президент России … Американский президент также заявил"
        if not roles and self.ctx.lemma(cue) not in CONTINUING and (tail or countries):
            return None  # "Нетаньяху заявил … Президент США также заявил": also, someone else, as often
        _, kind = BODY_TAILS.get(fold(words[-1].text)[:5], (None, None)) if len(words) > 1 else (None, None)
        if kind in NOT_AT and roles and all(_level(r) in NOT_AT[kind] for r in roles):
            return None  # "Глава района сообщил … Глава города добавил": another level's head
        self.rule = "description"
        return last.entity

    def _expert_went_on(self, span: tuple[int, int], gender: str | None, noun: str) -> str | None:
        """"Георгий Остапкович считает, что … — сказал эксперт": a bare "эксперт", "аналитик",
        "специалист" (with an age at most: "52-летний специалист") right after a person spoke, no
        one named since, is that person, if a role the text gives them, if any, is one an expert
        has."""
        words = [t for t in self.ctx.between(*span) if t.pos != "PUNCT"]
        if noun not in EXPERTS or not all(t is words[-1] or AGED.match(fold(t.text)) for t in words):
            return None  # ("Футбольный эксперт", "опрошенный изданием эксперт": someone new)
        last = self._last_person_speaker(span[0], gender)
        roles = {w for role in self.roles.get(last.entity) or () for w in ROLE_WORD.findall(fold(role))} if last else set()
        # (a role, if any, that makes one: an analyst's, an expert body's, an industry union's, a coach
        # for "специалист"; not a company's own head, a lawyer, a footballer)
        if last is None or roles and not (roles & (EXPERT_ROLES | COACHES | {"врач"}) or any(
                w.startswith(EXPERT_BODIES) or any(w.startswith(b[:-1]) and len(w) <= len(b) + 1
                                                   for b in MEMBERS_BODIES)
                or w.endswith("лог") for w in roles)):  # ("эколог", "кардиолог", "вирусолог")
            return None
        self.rule = "expert_went_on"
        return last.entity

    def _part_went_on(self, span: tuple[int, int], gender: str | None, word: DocToken) -> str | None:
        """"Жительница Самары Юлия Никитина рассказала … «…», — говорит пострадавшая": a victim
        right after a named person of that gender spoke (no one named since, at most a paragraph
        back, no other person of that gender spoken of) is that person, unless a role the text
        gives them is a post, a side's ("адвокат", "очевидец") or a relative's, or names another
        victim ("мать пострадавшей девочки")."""
        last = self._last_person_speaker(span[0], gender)
        if gender is None or last is None or last.entity is None or not fold(word.text).startswith(VICTIMS) \
                or not self._paragraph_back(last.position, span[0]):
            return None
        # (not when anything since her name names another of her gender: "рассказала, что её соседку избили")
        named = max((m.end for m in self.mentions.get(last.entity, ()) if m.start < span[0]), default=last.position)
        if any(t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and t.feats.get("Gender") in (gender, None)
               for t in self.ctx.between(named, span[0])):
            return None
        for role in self.roles.get(last.entity) or ():
            words = ROLE_WORD.findall(fold(role))
            if words[0] in POSTS | FAMILY | NEWCOMERS - {"житель", "жительница", "пассажир"} \
                    or any(w.startswith(VICTIMS) for w in words):
                return None
        return last.entity

    def _voice_went_on(self, span: tuple[int, int], body: str, position: int) -> str | None:
        """"Заместитель официального представителя генсека ООН Рафаэль Мартинес заявил … Представитель
        ООН ответил": the spokesperson who spoke last (no one named since, at most a paragraph back),
        if their role names that body (not "пресс-секретарь президента" for "представитель МИД")."""
        cue = self.ctx.token_at(position)
        last = self._last_person_speaker(span[0], cue.feats.get("Gender") if cue is not None else None)
        if last is None or last.entity is None or not self._paragraph_back(last.position, span[0]):
            return None
        own = {fold(w) for e in self.entities if e.id == body for name in (e.name, *e.aliases)
               for w in ROLE_WORD.findall(name)}
        for role in self.roles.get(last.entity) or ():
            words = ROLE_WORD.findall(role)
            if not any(fold(w).startswith(("представител", "пресс-секретар", "спикер")) for w in words):
                continue
            bodies = {fold(w) for w in words[1:] if w[:1].isupper() and not _country(w, self.places)}
            if any(_same_word(a, b) for a in bodies for b in own):
                return last.entity
        return None

    def _paragraph_back(self, since: int, position: int) -> bool:
        """``since`` is in the paragraph of ``position`` or the one before it."""
        return self.ctx.text.count("\n\n", since, position) <= 1

    def _last_person_speaker(self, position: int, gender: str | None) -> _Antecedent | None:
        """The person who spoke last, no one named since, if not of another gender than ``gender``."""
        last = self._last_speaker(position)
        known = last.gender or self.genders.get(last.entity or "") if last else None
        if last is None or last.kind != "PER" or gender and known and gender != known:
            return None
        return last

    def _holds(self, entity: str | None, posts: set[str]) -> bool:
        """One of the roles the text gives ``entity`` is one of ``posts`` ("главный врач больницы" is
        a "главврач", "глава кабинета министров" a "премьер")."""
        return any(posts & _post_words(r) for r in self.roles.get(entity) or ())

    def _heads_ministry(self, entity: str | None) -> bool:
        """A role of ``entity`` is the head of a ministry ("глава МИД", "руководитель Минфина", "глава
        ведомства")."""
        return any(words[0] in GENERIC_HEADS and any(
            w in MINISTRY_ABBREVIATIONS or w.startswith(("мин", "ведомств")) for w in words[1:])
            for words in (fold(r).split() for r in self.roles.get(entity) or ()))

    def _last_speaker(self, position: int) -> _Antecedent | None:
        """Who spoke last before ``position``, if no one else has been named since (outside
        what was reported): "Пентагон сообщил … Президент Трамп провёл совещание. Он также
        заявил" is Trump's."""
        spoken = [a for a in self.seen if a.spoke and a.position < position]
        if not spoken:
            return None
        last = max(spoken, key=lambda a: a.position)
        # (an organisation named as an object is no new speaker: "Очевидец рассказал НГС, что …")
        if any(a.kind in ("PER", "ORG") and a.entity != last.entity and max(last.position + 1, last.stop) <= a.position
               < position and not self._in_reported(a.position)
               and not (a.kind == "ORG" and (a.oblique or self._told_to(a))) for a in self.seen):
            return None
        return last

    def _body_spoke_since(self, since: int, position: int, kinds: set[str]) -> bool:
        """A body the text gave no name spoke between ``since`` and ``position`` ("сообщили в
        региональном департаменте здравоохранения"): a word of its kind points to it, not further back."""
        stems = {noun[:5] for noun, kind in ORG_KINDS.items() if kind in kinds and len(noun) > 4}
        # (not one's own part pointing back to it: "сообщили в пресс-службе предприятия")
        return any(a.entity is None and a.spoke and since < a.position < position
                   and fold(a.text).split()[0] not in UNITS and not fold(a.text).startswith(PRESS_OFFICES)
                   and any(w[:5] in stems for w in fold(a.text).split()) for a in self.seen)

    def _told(self, a: _Antecedent) -> bool:
        """An organisation a reporting verb names in the dative ("«Известиям» заявили"): told, not telling."""
        token = self.ctx.token_at(a.position)
        head = self.ctx.by_id.get(token.head_id) if token is not None else None
        return token is not None and token.feats.get("Case") == "Dat" and token.rel in ("iobj", "obl") \
            and head is not None and self.ctx.lemma(head) in table(CUES)

    def _told_to(self, a: _Antecedent) -> bool:
        """An organisation named right after a word in the dative: "рассказала телеканалу «360»"."""
        before = [t for t in self.ctx.between(a.position - 30, a.position) if t.text not in "«\"„"]
        return bool(before) and before[-1].pos == "NOUN" and before[-1].feats.get("Case") == "Dat"

    def _last_seen(self, entity: str | None, position: int) -> int:
        """Where ``entity`` was last named or pointed to before ``position`` (-1: never)."""
        return max((a.position for a in self.seen if a.entity == entity and a.position < position), default=-1)

    def _named_gender(self, entity: str) -> str | None:
        """The gender the dictionary gives the person's first name ("Лариса") or surname; none for a
        name it does not know ("Мэллори"), whatever the tagger guessed."""
        if entity not in self.name_genders:
            name = self.names.get(entity, "")
            self.name_genders[entity] = None if self.types.get(entity) != "PER" or not name.split() else \
                _dictionary_gender(self.ctx.vocab, name.split()[0], "Name", nominative=True) or _surname_gender(self.ctx.vocab, name)
        return self.name_genders[entity]

    def _shown_genders(self) -> dict[str, set[str]]:
        """Each entity's genders as the text showed them: by its mentions, by its verbs."""
        shown: dict[str, set[str]] = {}
        for a in self.seen:
            if a.entity and a.gender:
                shown.setdefault(a.entity, set()).add(a.gender)
        for entity, known in self.genders.items():
            shown.setdefault(entity, set()).add(known)
        return shown

    def _topic(self, gender: str | None, number: str | None, before: int | None = None,
               accept=None, noun: str | None = None) -> str | None:
        """The person named most often (the first of them on a tie), of the gender given;
        ``before``: named before that position. With ``noun`` (a description: "актёр"), only
        a person whose gender the text shows and whose roles, if any, include that noun when it
        names an occupation: a director is not "актёр", the defendant not "прокурор" (a businessman
        may be "жених"); "девушка" may be "гражданка Израиля"."""
        if number == "Plur":
            return None
        shown = self._shown_genders()
        counts = [(len(e.mentions), -e.mentions[0].start, e.id) for e in self.entities if e.type == "PER"
                  and e.mentions and (before is None or e.mentions[0].start < before)
                  and (accept is None or accept(e.id))
                  and (gender is None or shown.get(e.id, {gender}) == {gender})
                  and (noun is None or gender and shown.get(e.id) == {gender} and (
                      not _occupations(self.roles.get(e.id)) or noun not in wordlist(ROLES) or noun in FAMILY
                      or any(noun in fold(r).split() for r in self.roles[e.id])))]
        return max(counts)[2] if counts else None

    def _occupation(self, span: tuple[int, int], words: list[DocToken]) -> DocToken | None:
        """The noun of a bare occupation ("Актёр", "известный политик"), not a post
        ("министр", "глава"), a description ("пострадавший") or a name."""
        ctx = self.ctx
        if not words or len(words) > 2 or any(sp.start < span[1] and span[0] < sp.stop for sp in ctx.doc.spans):
            return None
        head = _head(ctx, words)
        if head.pos not in ("NOUN", "PROPN") or head.feats.get("Number") != "Sing" \
                or fold(head.text).endswith(ADJECTIVAL) \
                or not all(t is head or t.pos in ("ADJ", "DET") for t in words):
            return None
        lemma = ctx.lemma(head).lower()
        return head if lemma in wordlist(ROLES) and lemma not in POSTS and not _posts(lemma) - {lemma} else None

    def _organisation(self, position: int, noun: str) -> str | None:
        """The organisation named last before ``position`` that the text called ``noun``
        ("агентство Рейтер" for "агентство", over a TV channel named since); failing that, of
        one of the noun's kinds; failing that, the last one whose kind the text does not say
        (not for "министерство": a ministry's name says it is one, "Национальная служба
        здравоохранения" is not; for an outlet, only one that reported: "Акции Tesla упали.
        Издание отмечает" is not Tesla, "сообщила The Bell. По словам издания" is The Bell)."""
        kinds = ORG_ANAPHORS[noun]
        if kinds is None:
            return self._back(position, None, None, kinds=("ORG",))[0]
        # ("издание" is what any outlet is: the nearest, not the last one called so)
        passes = [lambda a: self.org_nouns.get(a.entity) == noun] if noun != "издание" else []
        passes.append(lambda a: self.org_kinds.get(a.entity) in kinds)
        if kinds == {"media"}:  # (a name that reported, not "полиция" that spoke before)
            passes.append(lambda a: a.entity not in self.org_kinds and a.spoke and self.names.get(a.entity, "")[:1].isupper())
        elif kinds != {"ministry"} and noun not in INSTITUTIONS:
            # (not one told it: "«Известиям» заявили … — считают в компании")
            passes.append(lambda a: a.entity not in self.org_kinds and not self._told(a))
        ctx = self.ctx
        if noun in INSTITUTIONS:
            # (of two theatres named, "Театр сообщил" does not say which)
            called = {a.entity for a in self.seen if a.position < position and a.kind == "ORG" and passes[0](a)}
            # (a part the NER cut from a fuller name, "Пушкина" of "института Пушкина", is that one)
            # (but "Департамент транспорта" is no part of "Департамент культуры Москвы")
            stems = {e: {w[:4] for w in fold(self.names.get(e, "")).split() if w != noun} for e in called}
            parts = {e for e in called if any(o != e and stems[e] and stems[e] <= stems[o]
                                              and len(self.names[o]) > len(self.names[e]) for o in called)}
            if len(called - parts) != 1:
                return None
            chosen = (called - parts).pop()
            # ("Международная организация по миграции … Всемирная продовольственная программа … По
            # оценке организации": any body is one, the nearest may be meant; not one named as an
            # object, "ВОЗ призвала правительства стран Африки …")
            last = max(a.position for a in self.seen if a.entity in parts | {chosen} and a.position < position)
            if noun in GENERIC_KINDS and any(a.kind == "ORG" and a.entity not in (chosen, None) and last < a.position < position
                                             and not a.oblique and self.org_kinds.get(a.entity) != "media"
                                             for a in self.seen):
                return None
            # ("Департамент культуры … Департамент транспорта добавил … в департаменте": the one named since)
            return None if self._another_called_so(chosen, last, position, noun) else chosen
        for fits in passes:
            found = [a for a in sorted(self.seen, key=lambda a: (-a.position, not a.spoke))
                     if a.position < position and a.kind == "ORG" and fits(a)]
            if found:
                # ("Счётная палата проверила «Роскосмос». Ведомство сообщило": of the nearest sentence's,
                # the one named as the subject, not one named as an object; never a subject further back)
                token = ctx.token_at(found[0].position)
                start, stop = ctx.sentence_of[token.id] if token is not None else (found[0].position, position)
                chosen = next((a for a in found if not a.oblique and start <= a.position < stop), found[0])
                if self._body_spoke_since(chosen.position, position, kinds):
                    return None  # "Об этом сообщили в региональном департаменте … По данным ведомства": that one
                # ("ТСЖ обвинило управляющую компанию … Компания отвергла": the company named by the word
                # since, with no name of its own; not an outlet's word, "британские издания")
                if "media" not in kinds and self._another_called_so(chosen.entity, chosen.position, position, noun):
                    return None
                return chosen.entity
        return None

    def _another_called_so(self, chosen: str, since: int, position: int, noun: str) -> bool:
        """A body the text called by ``noun`` between ``since`` and ``position``, with no name of its
        own the NER found, other than ``chosen`` (but "в пресс-службе банка", "в сообщении банка" and
        the word that pointed back to it before are ``chosen`` itself)."""
        ctx = self.ctx
        names = [(sp.start, sp.stop) for sp in ctx.doc.spans if sp.type in ("ORG", "PER")]
        return any(ctx.lemma(t) == noun and not any(a <= t.start < b or t.stop < a <= t.stop + 3 for a, b in names)
                   and not self._points_back(t) and self.pointed.get(t.start) != chosen
                   for t in ctx.between(since, position) if t.pos == "NOUN" and t.start < position - 1)

    def _unnamed_last(self, position: int, gender: str | None, word: DocToken,
                      words: list[DocToken] = ()) -> str | None:
        """The description of the unnamed person of ``gender`` who spoke last, with no one named
        since ("Одна из пострадавших, 78-летняя жительница Коломны, рассказала …"), if ``word`` is
        one any person is ("женщина", "пенсионерка") or the description's own ("пострадавшая"
        after "Одна из пострадавших"; not "задержанный" after "Один из полицейских")."""
        last = self._last_speaker(position)
        if last is None or last.entity is not None or last.kind != "" or last.bare or last.number == "Plur" \
                or gender is None or last.gender != gender:
            return None
        described = self.ctx.between(last.position, last.stop)
        if {fold(t.text)[:4] for t in words if t is not word and t.pos in ("ADJ", "PROPN", "NOUN")} \
                - {fold(t.text)[:4] for t in described}:
            return None  # "российский премьер … Вьетнамский премьер подчеркнул": another
        stem = fold(self.ctx.lemma(word))[:5]
        if fold(self.ctx.lemma(word)) not in ANYONE and not any(fold(t.text).startswith(stem) for t in described):
            return None
        people = any(t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" for t in described)
        return self.ctx.text[last.position : last.stop] if people else None

    def _called_abroad(self, entity: str | None, countries: set[str]) -> bool:
        """The text calls the person by another country's adjective right before a mention
        ("с сербским коллегой Милошем Радовановичем")."""
        ctx = self.ctx
        for m in self.mentions.get(entity, ()):
            before = [t for t in ctx.between(m.start - 40, m.start) if t.pos != "PUNCT"][-3:]
            if any(t.pos == "ADJ" and (c := _country(t.text, self.places)) and c not in countries for t in before):
                return True
        return False

    def _common_words(self, entity: str, span: tuple[int, int]) -> bool:
        """The organisation the NER found in the phrase is only words for one named before: an
        organisation's word ("надзорное ведомство") or its part's with one ("пресс-служба
        концерна"), no name of its own, so that the organisation pointed back to is resolved."""
        if self.types.get(entity) != "ORG":
            return False
        ctx = self.ctx
        mention = next((m for m in self.mentions[entity] if span[0] <= m.start and m.end <= span[1]), None)
        words = [t for t in ctx.between(mention.start, mention.end) if t.pos != "PUNCT"] if mention else []
        # (capitals past a sentence's first word, or quotation marks, make a name: "Российская газета")
        if not words or any(t.pos == "PROPN" or t.text[:1].isupper() and (
                t is not words[0] or ctx.sentence_of[t.id][0] != t.start) for t in words) \
                or ctx.text[max(0, mention.start - 1) : mention.start] in quote_marks.PAIRS:
            return False
        last, head = words[-1], _head(ctx, words)
        if fold(ctx.lemma(head)) in ORG_ANAPHORS:
            # (a sentence's first "Центральный банк", "Большой театр" may be a name: not "Надзорное ведомство")
            # (but "Столичный театр", "Крупный банк" describe one)
            return all(t is head or t.pos == "ADJ" for t in words) and (
                fold(ctx.lemma(head)) not in ORG_KINDS or not any(t.text[:1].isupper() for t in words)
                or fold(ctx.lemma(words[0])) in DESCRIBING)
        return len(words) == 2 and fold(ctx.lemma(head)) in UNITS and fold(ctx.lemma(last)) in ORG_ANAPHORS \
            and last.feats.get("Case") == "Gen"

    def _points_back(self, noun: DocToken) -> bool:
        """"пресс-службе банка", "в сообщении компании", "представитель ведомства": a bare word
        for an organisation that speaks through its part or its document is one named before."""
        ctx = self.ctx
        owner = ctx.by_id.get(noun.head_id)
        return noun.feats.get("Case") == "Gen" and not ctx.children.get(noun.id) and owner is not None \
            and fold(ctx.lemma(owner)) in UNITS | VOICES | STATEMENT_NOUNS

    def _back(self, position, number, gender, kinds, spoke=False, accept=None,
              heard=True) -> tuple[str | None, str | None]:
        """The nearest antecedent before ``position`` that fits; ``heard=False`` passes over
        one named inside a statement's content, unless it has spoken itself."""
        # (of two at one place, the speaker as resolved before the subject as the parse saw it)
        for a in sorted(self.seen, key=lambda a: (-a.position, not a.spoke)):
            if a.position >= position or a.kind not in kinds:
                continue
            if not heard and not a.spoke and self._in_reported(a.position):
                continue
            if spoke and not a.spoke or accept is not None and not accept(a.entity):
                continue
            if number and a.number and number != a.number:
                continue
            # (the gender the person's name showed elsewhere, if this mention shows none: "По её словам")
            known = a.gender or self.genders.get(a.entity or "") or (a.entity is not None and self._named_gender(a.entity))
            if gender and known and gender != known and a.number != "Plur":
                continue
            if number == "Plur" and a.number != "Plur":
                continue
            if "PER" in kinds and a.kind == "" and a.entity is not None and self._person_since(a.position, position):
                continue  # "Представитель МВД рассказал, что Смирнов задержан. Он заявил": Smirnov
            if a.entity is None and a.bare and a.number != "Plur":  # ("врачи … Они сообщают": the doctors)
                # (of the description's country: "Южнокорейский министр отметил … Он" is not Japan's)
                noun = self.ctx.token_at(a.position)
                countries = _countries([noun, *self.ctx.children.get(noun.id, [])], self.places) if noun else set()
                named = self._back(a.position, "Sing", a.gender, kinds=("PER",), accept=lambda e: not any(
                    _abroad(countries, role, self.places) for role in self.roles.get(e) or ()))
                if named[0] is not None:
                    return named  # "66-летний музыкант сообщил … — сказал он"
            return a.entity, (a.text if a.entity is None or a.kind == "" else None)
        return None, None


# a body's short name and the stems of the words that spell it out, so that "глава МИД РФ" fits
# "глава внешнеполитического ведомства России" and "министр иностранных дел"
BODY_ALIASES = {"мид": ("иност", "внешн"), "миноб": ("оборо", "военн"), "мвд": ("внутр",),
                "минфи": ("финан",), "минюс": ("юстиц",), "минзд": ("здрав",)}


def _oblique(ctx: Parsed, token: DocToken) -> bool:
    """Named in a case other than the nominative or as an object; a name in apposition as its
    noun is ("сети супермаркетов «Азбука вкуса»"); not a subject, whatever case the tagger read
    ("ПАО «Магнит» завершило": "ПАО" read as a genitive), nor a genitive of the subject ("Акции
    автопроизводителя Rheinwerk AG упали")."""
    if token.rel in ("appos", "flat", "flat:name") and token.head_id in ctx.by_id:
        token = ctx.by_id[token.head_id]
    head = ctx.by_id.get(token.head_id)
    # (not a name nested in the subject's: "СК" of "Следственное управление СК по … области")
    if token.rel in SUBJECT_RELS or token.rel == "nmod" and head is not None and head.rel in SUBJECT_RELS \
            and ctx.named(head.start) is None:
        return False
    return token.feats.get("Case") not in (None, "Nom") or token.rel in ("obj", "iobj", "obl", "nmod")


def _an_outlets_word(noun: str) -> bool:
    """A word an outlet is called by ("издание", "газета", "агентство")."""
    return ORG_KINDS.get(noun) == "media" or noun == "агентство"


def _occupations(roles: tuple[str, ...] | None) -> list[str]:
    """The roles that say what someone does, not what they belong to or won ("член НП «…»",
    "лауреат премии": a sportsman or an actor all the same)."""
    return [r for r in roles or () if fold(r).split()[0] not in MEMBERSHIPS]


def _org_noun(ctx: Parsed, entity: Entity) -> str | None:
    """The word of ORG_KINDS the text calls an organisation by: its name's first word
    ("Министерство обороны"), the noun before its name ("агентство Рейтер"), "министерство"
    for "МИД", "издание" for one that "сообщает"."""
    # ("музей-заповедник" is a museum, "Государственный музей-заповедник «Петергоф»" too)
    words = [w if w in ORG_KINDS or w.split("-")[0] not in ORG_KINDS else w.split("-")[0]
             for w in fold(entity.name).split()]
    first = words[0]
    if first in MINISTRY_ABBREVIATIONS or first.startswith("мин") and first in rows(AGENCIES):
        return "министерство"
    if first in LEGAL_FORMS:  # "АО «Тагилэнергомаш»"
        return "компания"
    if first in CLUB_FORMS:  # "ФК «Спартак»", "ХК «Сибирь»"
        return "клуб"
    if first in ORG_KINDS:
        return first
    if first.startswith(PRESS_OFFICES) and len(words) > 1:
        # "Пресс-служба мэрии Новосибирска" is what the мэрия says: the kind of the body after it
        return next((kind for kind in ORG_KINDS if len(kind) > 3 and words[1].startswith(kind[:-1])), None)
    if any(w in AGENCY_ABBREVIATIONS or w.startswith(FEDERAL_AGENCIES) or "надзор" in w for w in words):
        return "служба"  # "Следственное управление СК …", "Роспотребнадзор": a state body, no company
    if words[-1] in ORG_KINDS:  # "Большой театр", "Следственный комитет"
        return words[-1]
    if len(words) > 1 and words[1] in INSTITUTIONS:  # "Арбитражный суд Свердловской области"
        return words[1]
    if len(words) == 1 and first.endswith("суд"):  # "Мосгорсуд"
        return "суд"
    for m in entity.mentions:
        token = ctx.token_at(m.start)
        verb = ctx.by_id.get(token.head_id) if token is not None else None
        if verb is not None and ctx.lemma(verb) in NEWS_VERBS and verb.feats.get("Tense") == "Pres":
            return "издание"  # "…, сообщает Daily Mirror со ссылкой на …": who reports the news
        # the noun just before the name, past its adjectives and an opening quotation mark
        before = ctx.between(m.start - 40, m.start)
        while before and (before[-1].pos == "ADJ" or before[-1].text in ("«", "„", '"')):
            before.pop()
        # (in the singular: "одно из корпоративных изданий IKEA" are IKEA's, not what IKEA is)
        # (nor a name in the genitive after a nominative: "дочерняя компания «Газпрома»" is not it)
        # (the tagger takes a capitalised "Банк «Восход»" opening a sentence for a name)
        if before and fold(before[-1].text) in CLUB_FORMS:
            return "клуб"
        if before and before[-1].pos in ("NOUN", "PROPN") and ctx.lemma(before[-1]) in ORG_KINDS \
                and before[-1].feats.get("Number") != "Plur" and not (
                    token is not None and token.feats.get("Case") == "Gen" and before[-1].feats.get("Case") in ("Nom", "Acc")):
            return ctx.lemma(before[-1])
    return None


def _adjective_gender(ctx: Parsed, name: DocToken) -> str | None:
    """The gender an adjective before a name shows by its ending ("61-летняя Мартин Обри"): the
    tagger gives a foreign first name's gender, and the adjective's, by guess."""
    for t in ctx.children.get(name.id, []):
        if t.rel == "amod" and t.start < name.start:
            word = fold(t.text)
            if word.endswith(("ая", "яя")):
                return "Fem"
            if word.endswith(("ый", "ий", "ой")):
                return "Masc"
    return None


def _people_as_a_noun(token: DocToken) -> bool:
    """A participle standing for people: "встретились с протестующими", "к собравшимся"."""
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Part" and token.feats.get("Number") == "Plur" \
        and token.rel in ("obl", "obj", "nsubj", "iobj", "nmod")


def _surname_gender(vocab, mention: str) -> str | None:
    """The gender a surname shows in the dictionary whatever its case ("с Гульнарой Хабибуллиной"
    was tagged a masculine nominative: "Хабибуллиной" is only a woman's); None where either may
    have it ("Петрова", "Толстой", "Котову")."""
    words = mention.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    return _dictionary_gender(vocab, words[-1], "Surn")


def _dictionary_gender(vocab, word: str, kind: str, nominative: bool = False) -> str | None:
    """The one gender the dictionary gives ``word`` as a ``kind`` of name ("Name", "Surn"); as a
    ``nominative`` singular only, where the word is a name's normal form ("Эд" is no "Эда")."""
    genders = {"Fem" if "femn" in p.tag else "Masc" for p in vocab.parse(word.lower())
               if kind in p.tag and ("femn" in p.tag or "masc" in p.tag)
               and not (nominative and ("nomn" not in p.tag or "sing" not in p.tag))}
    return genders.pop() if len(genders) == 1 else None


def _head(ctx: Parsed, words: list[DocToken]) -> DocToken:
    ids = {t.id for t in words}
    return next((t for t in words if t.head_id not in ids), words[0])


def _resolve(ctx: Parsed, span: tuple[int, int], entities: list[Entity], places: set[str]) -> str | None:
    start, end = span
    first = ctx.token_at(start)
    if first is not None and ctx.lemma(first) == "слово" and first.stop < end:
        # "цитирует ТАСС слова главы компании «Агроэкспорт» Сергея Пашина": whose words, the genitive
        rest = ctx.between(first.stop, end)
        start = rest[0].start if rest else start
    # A person named inside the phrase speaks unless named in the genitive
    # ("представитель Обамы" is not Obama); a place speaks only as the whole phrase.
    # but not one named in a clause inside it ("Руководитель пресс-службы газеты, где работала
    # Политковская, Надежда Прусенкова")
    span_tokens = ctx.between(start, end)
    inside_span = {t.id for t in span_tokens}
    clauses = {w.start for t in span_tokens if t.rel in CLAUSES and t.head_id in inside_span for w in ctx.subtree(t)}
    inside = [(e, m) for e in entities for m in e.mentions
              if start <= m.start and m.end <= end and m.start not in clauses]
    # (a name's gloss in parentheses is the name again: "Пресс-секретарь Ангелы Меркель (Angela Merkel)
    # Штеффен Зайберт" is Зайберт's phrase)
    people = [(e, m) for e, m in inside
              if e.type == "PER" and not _possessor(ctx, m.start, inside_span) and not _acted_on(ctx, m.start, inside_span)
              and not ctx.text[start : m.start].rstrip().endswith("(")]
    if people:
        # of two, the one named in full: "Адвокат Ермакова Наталья Ведерникова" is Ведерникова (the
        # tagger may call the genitive "Ермакова" a nominative)
        return next((e for e, m in people if len(m.text.split()) > 1), people[0][0]).id
    holder = _role_holder(ctx, (start, end), entities, places)
    if holder:
        return holder
    words = ctx.text[start:end].split()
    if len(words) == 1 and words[0][:1].isupper():
        # a surname the NER missed ("Сомова заявила"): the person of that name
        stem = fold(words[0])[:5]
        named = [e for e in entities if e.type == "PER" and any(fold(w).startswith(stem) for w in e.name.split()[1:])]
        if len(named) == 1:
            return named[0].id
    # "В МВД заявили", "казахские СМИ", "Россия заявила"; in "ГУ МЧС" (two ORG spans to the
    # NER) the agency speaks, not the generic office word
    found = [(e, m) for e, m in inside if e.type == "ORG" or (m.start, m.end) == (start, end)]
    # of nested names the outer one: "МИД РФ", not the bare "МИД" inside it
    found = [(e, m) for e, m in found if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                                 for _, o in found)]
    if found:
        return min(found, key=lambda em: fold(em[0].name) in OFFICE_WORDS)[0].id
    return _shortened(ctx, (start, end), entities)


def _shortened(ctx: Parsed, span: tuple[int, int], entities: list[Entity]) -> str | None:
    """An organisation named again by the last words of its name, no entity to the NER
    ("Федеральное авиационное управление … Авиационное управление сообщило"): the one
    organisation named before whose name ends so, by at least two words, the first an adjective."""
    tokens = [t for t in ctx.between(*span) if t.pos != "PUNCT"]
    words = [fold(t.text) for t in tokens]
    # (opening with its own adjective: "служба охраны" at a stadium is any service)
    if len(words) < 2 or tokens[0].pos != "ADJ" or any(t.pos not in ("ADJ", "NOUN", "PROPN") for t in tokens):
        return None
    named = {e.id for e in entities if e.type == "ORG" and any(m.start < span[0] for m in e.mentions)
             and any(fold(m.text).split()[-len(words):] == words and len(fold(m.text).split()) > len(words)
                     for m in e.mentions)}
    return named.pop() if len(named) == 1 else None


def _of_an_organisation(ctx: Parsed, head: DocToken, span: tuple[int, int]) -> bool:
    """The phrase's head is people of an organisation named after it in the genitive ("вкладчики
    банка «X»") or a body of its people ("профсоюз работников «X»"), not one speaking for it."""
    lemma = fold(ctx.lemma(head))
    after = [t for t in ctx.between(head.stop, span[1]) if t.pos in ("NOUN", "PROPN")]
    return bool(after) and after[0].feats.get("Case") == "Gen" and ctx.named(head.start) is None and (
        lemma in MEMBERS or lemma in MEMBERS_BODIES and after[0].feats.get("Animacy") == "Anim")


def _acronyms(words: list[str]) -> set[str]:
    """The initials of each run of words ("центральной избирательной комиссии" -> "цик"; "публично-правовой
    компании российский экологический оператор" -> "рэо" among them)."""
    return {"".join(w[0] for w in words[i:j])
            for i in range(len(words)) for j in range(i + 2, min(len(words), i + 5) + 1)}


def _posts(noun: str) -> set[str]:
    """The role words that name the same post as ``noun``: "мэр" is also a "глава", a "градоначальник"
    (but not a "губернатор", another "глава")."""
    return {noun}.union(*(words | {key} if noun == key or key not in GENERIC_HEADS else {key}
                          for key, words in HEAD_SYNONYMS.items() if noun == key or noun in words),
                        *(words for words in SAME_POSTS if noun in words))


def _named_last(ctx: Parsed, person: Entity, entities: list[Entity], position: int, noun: str) -> bool:
    """``person`` is the one named last before ``position``, with no ``noun`` since ("Хирург Игорь
    Лабутин … осмотрел другой врач. — сообщил врач" is the other)."""
    mentions = [(m.start, e.id) for e in entities if e.type == "PER" for m in e.mentions if m.start < position]
    if not mentions or max(mentions)[1] != person.id:
        return False
    since = max(m.end for m in person.mentions if m.start < position)
    return not any(ctx.lemma(t) == noun for t in ctx.between(since, position))


def _same_word(a: str, b: str) -> bool:
    """Two folded words are one in another case ("мида", "мид"), not two that start alike
    ("роскосмоса", "роскомнадзора")."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) - len(short) <= 2 and len(short) >= 2


def _post_words(role: str) -> set[str]:
    """A role's words, with the one-word post of a two-word one ("главврач") and the head of a
    state or a government its post ("глава государства" a "президент", "глава кабинета
    министров" a "премьер-министр")."""
    words = _one_word_posts(fold(role)).split()
    for head, body in zip(words, words[1:]):
        if head in GENERIC_HEADS | {"председатель"} and body in STATE_HEADS:
            words += STATE_HEADS[body]
        if head == "замглавы" and (body in MINISTRY_ABBREVIATIONS or body.startswith("министерств") or
                                   body.startswith("мин") and any(body.startswith(agency) and len(body) - len(agency) <= 2
                                                                 for agency in rows(AGENCIES))):
            # "замглавы Минцифры", "замглавы Минпромторга" (in any case), "заместитель главы министерства"
            words.append("замминистра")
    return set(words)


def _one_word_posts(role: str) -> str:
    """A folded role with its two-word posts as the one word a text may also use."""
    for two, one in TWO_WORD_POSTS.items():
        role = role.replace(two, one)
    return role


def _acted_on(ctx: Parsed, position: int, phrase: set[str]) -> bool:
    """A name that is the object of a participle in the phrase ("поддерживающий Чавеса
    законодатель"): whom the speaker acts on, not the speaker."""
    token = ctx.token_at(position)
    head = ctx.by_id.get(token.head_id) if token is not None and token.rel in ("obj", "iobj", "obl", "nmod") else None
    # (and the noun described comes after it: in "спасший троих детей пожарный Олег Титов" the parse
    # may make "Олег" the object too)
    described = any(t.id in phrase and t.pos == "NOUN" and t.start > token.start
                    for t in ctx.between(token.start, ctx.sentence_of[token.id][1]))
    return head is not None and head.id in phrase and described and (
        head.pos == "VERB" or PARTICIPLE.search(fold(head.text)) is not None)  # (tagged a noun: "сопровождавший")


def _possessor(ctx: Parsed, position: int, phrase: set[str]) -> bool:
    """A name in the genitive hung on a noun of the phrase ("представитель Обамы", "по словам
    представителя Ивана Орлова") or in apposition to such a noun ("мать рядового Владислава
    Челаха"); not one in apposition to the phrase's own noun ("по словам депутата Ивана
    Орлова") or the phrase itself ("по словам Орлова")."""
    token = ctx.token_at(position)
    if token is None or token.feats.get("Case") != "Gen" or token.head_id not in phrase:
        return False
    head = ctx.by_id.get(token.head_id)
    if token.rel == "nmod":
        # but "цитирует министра Олега Травина": an office no one holds of a person, in the name's
        # case, is the name's apposition however the parse hung it
        return not (head is not None and ctx.lemma(head) in OWN_OFFICES and head.feats.get("Case") in ("Gen", "Acc"))
    # "Представитель президента Украины Владимира Зеленского": in apposition to a possessor
    case = head.feats.get("Case") if head is not None else None
    if token.rel == "appos" and head.pos == "NOUN" and case is not None and case != "Gen" and not (
            case == "Acc" and head.feats.get("Gender") != "Fem"):
        # "адвокат Эльсаеда", "сестру Ивана" parsed as an apposition: in apposition it would agree
        # (a masculine accusative may be written as the genitive: "брата Ивана" is either)
        return True
    return token.rel in ("appos", "flat", "flat:name") and head is not None and head.rel == "nmod" \
        and head.head_id in phrase


def _role_holder(ctx: Parsed, span: tuple[int, int], entities: list[Entity], places: set[str]) -> str | None:
    """The person whose role in the text the phrase describes: "глава Военного совета" is
    the "глава … Высшего совета вооруженных сил", "представитель" the one "официальный
    представитель", "глава Минфина" the "министр финансов", "глава государства" the
    president. Several holders: the one mentioned last before the phrase."""
    start, end = span
    tokens = ctx.between(start, end)
    # "Папа" capitalised may be tagged a proper noun
    head = next((t for t in tokens if t.pos in ("NOUN", "PROPN") and ctx.lemma(t) in wordlist(ROLES)), None)
    if head is None or any(t.pos in ("NOUN", "PROPN") for t in tokens if t.start < head.start) \
            or head.feats.get("Number") == "Plur":
        return None  # "пресс-служба главы государства" is not the head of state, "сенаторы" not one
    head_lemma = ctx.lemma(head)
    heads = HEAD_SYNONYMS.get(head_lemma, {head_lemma}).union(*(same for same in SAME_POSTS if head_lemma in same))
    tail = [t for t in tokens if t.start > head.start and t.pos != "PUNCT"]
    # the nouns say whose post it is; adjectives may differ ("Военного" for "Высшего … вооруженных сил")
    wanted = {word for t in tail if t.pos in ("NOUN", "PROPN") for word in _stems(ctx, t)}
    pointing = [fold(t.text)[:5] for t in tail[-1:]] in POINTING_TAILS
    body, kind = BODY_TAILS.get(fold(tail[-1].text)[:5], (None, None)) if pointing and head_lemma in GENERIC_HEADS \
        else (None, None)
    heads = body or heads
    named_place = any(t.pos == "ADJ" for t in tail)
    # only the head of the state itself: "пресс-секретарь главы государства" is not the president
    # ("глава российского государства" too: its adjective may then pick one of several)
    posts = next((p for word, p in STATE_POSTS.items()
                  if [word] == [fold(t.text)[:5] for t in tail if t.pos != "ADJ"]), None) \
        if head_lemma in HEAD_SYNONYMS or head_lemma == "председатель" else None
    # ("Глава соседнего Хабаровского края": its adjectives after the head say where too)
    countries = _countries([t for t in tokens if t.start < head.start or t.pos == "ADJ" and t is not head], places)
    era = _era([t.text for t in tokens if t.start <= head.start])
    holders = []
    for e in entities:
        if e.type != "PER":
            continue
        for role in e.roles:
            role_words = ROLE_WORD.findall(role)  # "группы «Экозащита!»": the words, not the marks
            if _abroad(countries, role, places) or not _era_fits(era, [role_words], bool(wanted)):
                continue
            # ("Бывший глава Минфина" is the "экс-министр финансов", "Министр энергетики" the "глава Минэнерго")
            role_words = [w[4:] if fold(w).startswith("экс-") else w for w in role_words]
            # its head word, past adjectives ("официальный представитель"); "глава кабинета
            # министров" is a prime minister, "глава государства" a president
            role_head = next((w for w in role_words if w in wordlist(ROLES)), role_words[0])
            after = role_words[role_words.index(role_head) + 1 :]
            by_kind = KIND_OF.get(fold(role_head)) == head_lemma
            if by_kind:  # "хирург" for "— объяснил врач", if named last and no other "врач" since
                if not _named_last(ctx, e, entities, start, head_lemma):
                    continue
                role_head = head_lemma
            if role_head in GENERIC_HEADS and [fold(w)[:5] for w in after[:1]] in (["прави"], ["кабин"], ["госуд"]) \
                    or role_head == "председатель" and [fold(w) for w in after[:1]] in (["правительства"], ["кабинета"]):
                # ("председатель правительства" is its premier too, not of "правительственной комиссии")
                role_head = "президент" if fold(after[0]).startswith("госуд") else "премьер-министр"
                after = [w for w in after[1:] if fold(w) != "министров"]  # whose: "кабинета министров Киргизии"
            if posts is not None:
                # the head of a state or a government, not "президент «Лукойла»"
                fits = role_head in posts and all(fold(w)[:5] in places or fold(w) in STATE_WORDS for w in after)
            elif not tail or pointing:
                fits = role_head in heads and _of_kind(kind, role, role_words, named_place)
            else:
                # ("глава Минфина" is its minister; a bare "Министр же" is not the "глава ЦБ")
                named = heads | BODY_HEADS if head_lemma in BODY_HEADS and wanted else heads
                role_words += [w for word in role_words for w in _spelt(word)]
                fits = bool(named & {*role_words, role_head}) and all(
                    any(fold(w).startswith(stem) for w in role_words) for stem in wanted)
            if fits:
                holders.append(e)
                break
    if not holders:
        # "Российский хакер сын депутата Госдумы" for the one the text called "российский хакер"
        # and "сын депутата Госдумы": a role of two words or more, every word of it in the phrase
        phrase = {fold(w)[:5] for w in ROLE_WORD.findall(ctx.text[start:end])}
        holders = [e for e in entities if e.type == "PER" and any(
            len(words) > 1 and head_lemma in words and {fold(w)[:5] for w in words} <= phrase
            for words in map(ROLE_WORD.findall, e.roles))]
        return holders[0].id if len(holders) == 1 else None
    if posts is not None and len(holders) > 1:
        adjectives = {fold(t.text)[:4] for t in tail if t.pos == "ADJ"}
        holders = [e for e in holders if any(fold(w)[:4] in adjectives for r in e.roles for w in r.split())]
        if len(holders) != 1:
            return None  # "Путин встретился с президентом Франции Макроном. Глава государства …": which one
    if body and len(holders) > 1:
        return None  # "глава ведомства" after two ministers: which one
    if kind in NOT_AT and len(holders) > 1:
        # "Глава региона" after a governor and a mayor: the governor, whose level it names
        exact = [e for e in holders if any(_level(ROLE_WORD.findall(r)) == kind for r in e.roles)]
        holders = exact or holders
    if len(holders) > 1:
        # "Казанский ректор" after the rectors of a Kazan and a Perm university: the one whose role
        # has the description's adjective
        adjectives = {fold(t.text)[:4] for t in tokens if t.pos == "ADJ"}
        own = [e for e in holders if any(fold(w)[:4] in adjectives for r in e.roles for w in ROLE_WORD.findall(r))]
        holders = own if len(own) == 1 else holders
    # (a description points back: a holder named only after it is someone the reader has not met,
    # but for a headline's, "Премьер Японии объявил …" before the text names him)
    headline = "\n" in ctx.text[start:] and not ctx.text[: start].strip(" \t").count("\n")
    # (or the name after the description in its phrase: "пресс-секретарь президента России Песков",
    # "жительница микрорайона Приволжский Анна Котова"; the parse may leave it out of the span)
    phrase_end = next((t.start for t in ctx.between(end, end + 60) if t.text in ",.;:!?—–()" or t.pos == "VERB"),
                      end + 60)
    return _last_person(holders, phrase_end) or (holders[0].id if headline else None)


def _of_kind(kind: str | None, role: str, role_words: list[str], named_place: bool) -> bool:
    """A role in the kind of body a description points back to (``BODY_TAILS``): a region's head for
    "глава региона" (or the mayor of a city that is one), only a region's for a region named ("Глава
    Московской области"), a company's for "глава компании"."""
    if kind is None:
        return True
    if kind not in NOT_AT:
        return _body_kind(role, role_words) == kind
    if kind == "region" and _level(role_words) == "city" \
            and not any(fold(w).startswith(CITY_REGIONS) for w in role_words):
        return False  # the mayor of Moscow heads a region, not the mayor of Grozny
    return _level(role_words) == kind if named_place else _level(role_words) not in NOT_AT[kind]


def _level(role_words: list[str]) -> str | None:
    """"district", "city" or "region": what a role is the head of, by its words."""
    words = [fold(w) for w in role_words]
    return next((level for level, marks in LEVELS.items() if any(w.startswith(marks) for w in words)), None)


def _body_kind(role: str, role_words: list[str]) -> str | None:
    """"agency" for a role in a ministry or an agency ("министр энергетики", "глава Роспотребнадзора",
    "начальник управления"), "company" for one in a company ("гендиректор «Северстали»", "директор
    завода"), None for any other ("губернатор", "директор школы", "председатель комитета Госдумы")."""
    words = [fold(w) for w in role_words]
    if any(w.startswith(AGENCY_WORDS) or "надзор" in w or w in AGENCY_ABBREVIATIONS for w in words):
        return "agency"
    # ("Президент ЛУКОЙЛа" too; not "председатель комитета Госдумы")
    if any(w in COMPANY_WORDS or "банк" in w for w in words) or any(mark in role for mark in "«\"") or any(
            w[:1].isupper() and not w.isupper() for w in role_words[1:]) and not any(w.startswith(PUBLIC_BODIES) for w in words):
        return "company"
    return None


def _era(words: list[str]) -> str | None:
    """"former" for a post held before ("бывший министр", "экс-глава"), "current" for one held now
    ("нынешний", "действующий"), by the words up to its head ("Директор бывшего завода" is no
    former director)."""
    head = next((n for n, w in enumerate(words) if fold(w) in wordlist(ROLES)), len(words))
    before = [fold(w) for w in words[: head + 1]]
    if any(w.startswith(FORMER) for w in before):
        return "former"
    return "current" if any(w.startswith(("нынешн", "действующ")) for w in before) else None


def _era_fits(era: str | None, roles: list[list[str]], of_a_body: bool) -> bool:
    """A description of a former holder ("Бывший глава Минфина") fits only a role held before; the
    holder now ("Нынешний глава министерства") or the head of a body named ("Глава Facebook" after
    "Экс-глава Facebook Марк Цукерберг") not one whose every role the text gives was held before; a
    bare title ("Судья заявил" after "Бывший судья Иван Петров") anyone, as does an occupation
    ("политик"). ("Новый министр" may be the one the text named plainly: "Министр обороны Эштон
    Картер … новый министр заявил".)"""
    eras = {_era(words) for words in roles}
    if era == "former":
        return "former" in eras
    return not ((era == "current" or of_a_body) and eras == {"former"})


def _places(entities: list[Entity]) -> set[str]:
    """The first letters of every word of every place the text names."""
    return {fold(w)[:5] for e in entities if e.type == "LOC" for name in e.aliases for w in name.split()}


def _country(word: str, places: set[str]) -> str | None:
    """The key of the place a word names: itself ("России", "РФ"), by a country's adjective
    ("французский", named in the text or not) or by the adjective of a place the text names
    ("кубинский" for its Куба; "олимпийская" names no place)."""
    word = fold(word)
    if word in PLACE_NAMES:
        return PLACE_NAMES[word]
    nation = next((_nations().get(word[:-cut]) for cut in (2, 3) if word[:-cut] in _nations()), None)
    if nation is not None:
        return nation
    if word[:5] in places:
        return _place_key(word)
    if PLACE_ADJECTIVE.search(word):
        return next((_place_key(p) for p in sorted(places) if p[:3] == word[:3]), None)
    return None


def _place_key(name: str) -> str:
    """What two words of one place share, and no other place's do: four letters ("турц", "турк";
    "китай" and "Китая"), five where four are shared ("слова", "слове"), another name's for a
    place with two ("Британии" is "вели")."""
    name = fold(name)
    return PLACE_ALIASES.get(name[:3]) or (name[:5] if name.startswith(("слов", "авст")) else name[:4])


@lru_cache(maxsize=1)
def _nations() -> dict[str, str]:
    """A country adjective's stem ("французск") -> its country's key ("фран")."""
    return {fold(adjective)[:-2]: _place_key(names[0]) for adjective, names in rows(NATIONALITIES).items()}


def _countries(words: list[DocToken], places: set[str]) -> set[str]:
    """The places a description names by an adjective ("кубинский лидер", "Французский президент")
    or by name after its head ("глава МИД РФ")."""
    return {c for n, t in enumerate(words) if (t.pos == "ADJ" or t.pos == "PROPN" and n) and (c := _country(t.text, places))}


def _abroad(countries: set[str], role: str, places: set[str]) -> bool:
    """"Новый кубинский лидер" is not the "президент России" nor the "российский президент",
    "Турецкий министр" not the "министр иностранных дел России": a description's place against
    another place the role names, by a name or an adjective."""
    words = ROLE_WORD.findall(role)
    # (not a place the post is for: "посол России в США", "спецпредставитель по Ближнему Востоку")
    own = {c for n, w in enumerate(words) if (c := _country(w, places))
           and not any(fold(v) in PLACE_PREPOSITIONS for v in words[max(0, n - 2) : n])}
    return bool(countries and own and not countries & own)


def _stems(ctx: Parsed, token: DocToken) -> tuple[str, ...]:
    """"Минфина" -> the stems of "министерство финансы": a compound abbreviation spelt out; "связи"
    -> "связ", what its form and its lemma share."""
    spelt = _spelt(ctx.lemma(token)) or _spelt(token.text)
    if spelt:
        return tuple(w[:5] if len(w) > 5 else w[:-1] for w in spelt)
    return (commonprefix([fold(token.text), fold(ctx.lemma(token))])[:5] or fold(token.text)[:5],)


def _spelt(word: str) -> tuple[str, ...]:
    """A compound abbreviation's words in any case: "Минспорта" -> "министерство спорт"."""
    word = fold(word)
    return next((rows(AGENCIES)[word[: len(word) - cut]] for cut in (0, 1, 2) if word[: len(word) - cut] in rows(AGENCIES)), ())


def _last_person(persons: list[Entity], position: int) -> str | None:
    best = None
    for e in persons:
        for m in e.mentions:
            if m.start < position and (best is None or m.start > best[0]):
                best = (m.start, e.id)
    return best[1] if best else None


def outlet(name: str) -> bool:
    """Known as an outlet (data/outlets.txt), or a Latin name that ends as newspapers' names
    do ("Los Angeles Times", "Daily Mirror", "Süddeutsche Zeitung")."""
    words = unquoted(name).split()  # "РИА «Новости»" is "РИА Новости"
    return known_outlet(name) or bool(words) and words[-1].lower() in NEWSPAPER_WORDS and all(
        w[:1].isascii() or not w[:1].isalpha() for w in words) or bool(words) and words[0].lower() == "daily"

