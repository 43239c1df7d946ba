import pytest

import svodka


def figures(text, **meta):
    doc = svodka.extract(text, **meta)
    return [(f.text, f.value, f.low, f.high, f.qualifier, f.object, f.category) for f in doc.figures]


def times(text, published=None):
    return [(t.text, t.value, t.precision, t.anchor) for t in svodka.extract(text, published=published).times]


def test_figures_seed_article(seed_doc):
    names = {e.id: e.name for e in seed_doc.entities}
    speaker = {s.id: names.get(s.speaker.entity) or s.speaker.text for s in seed_doc.statements}
    found = {(f.text, f.category): (f.value, f.low, f.qualifier, f.object, speaker.get(f.statement))
             for f in seed_doc.figures}
    assert found[("16", "killed")] == (16, None, "exact", "сотрудник силовых структур", "Касым-Жомарт Токаев")
    assert found[("более 1 300", "injured")] == (1300, 1300, "more_than", None, "Касым-Жомарт Токаев")
    assert found[("1 270", "damaged")][0] == 1270
    assert found[("более 100", "looted")][:3] == (100, 100, "more_than")
    assert found[("около 500", "burned")][:3] == (500, None, "about")
    for text, value in (("150", 150), ("8", 8), ("11", 11)):
        assert found[(text, "deployed")][0] == value
    assert found[("десятки", "killed")] == (None, None, "approximate", "человек", "МВД")
    assert found[("несколько", "killed")] == (None, None, "approximate", "человек", "казахские СМИ")
    assert len(seed_doc.figures) == 10  # and no dates, years or "звенья одной цепи"


def test_times_seed_article(seed_doc):
    found = [(t.text.lower(), t.value, t.anchor) for t in seed_doc.times]
    assert ("10 января", "2022-01-10", "document") in found
    assert ("2 января 2022 года", "2022-01-02", "explicit") in found
    assert ("5 января", "2022-01-05", "document") in found
    assert ("6 января", "2022-01-06", "document") in found
    assert ("в ту же ночь", "2022-01-05", "previous_time") in found
    assert ("к вечеру того же дня", "2022-01-06", "previous_time") in found
    first = seed_doc.statements[0]
    assert first.time == seed_doc.times[0].id  # "Токаев 10 января выступил … назвал"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Из зоны подтопления эвакуировали около 1\u00a0500 человек.",
         ("около 1\u00a0500", 1500, None, None, "about", "человек", "evacuated")),
        ("В акции участвовали от 10 до 20 тысяч человек.",
         ("от 10 до 20 тысяч", None, 10000, 20000, "range", "человек", "participants")),
        ("Задержаны 15–20 участников акции.",
         ("15–20", None, 15, 20, "range", "участник акции", "detained")),
        ("При пожаре погибли полторы тысячи голов скота.",
         ("полторы тысячи", 1500, None, None, "exact", "голова скота", "killed")),
        ("Ранены не менее пяти полицейских.",
         ("не менее пяти", 5, 5, None, "more_than", "полицейский", "injured")),
        ("Ущерб превысил 2,3 млрд рублей.",
         ("2,3 млрд", 2300000000, 2300000000, None, "more_than", "рубль", "other")),
        ("Спасатели нашли тела двоих погибших.",
         ("двоих", 2, None, None, "exact", "погибший", "killed")),
        ("Десятки домов были разрушены.",
         ("Десятки", None, None, None, "approximate", "дом", "damaged")),
        # a capitalised noun after the number is still what is counted
        ("В результате обстрела погибли 5 Человек.", ("5", 5, None, None, "exact", "человек", "killed")),
        # the percentage is the unit, the shares are what is counted
        ("Компания купила 12,5% акций банка.",
         ("12,5", 12.5, None, None, "exact", "процент акций банка", "other")),
    ],
)
def test_figures_amounts(models, text, expected):
    assert figures(text) == [expected]


def test_figures_leave_out_what_is_not_an_amount(models):
    text = ("12 марта 2026 года 45-летний водитель, один из участников ДТП, в 14-й раз нарушил "
            "ч. 2 ст. 12.9 КоАП. В 2019 году он уже платил штраф, звонить по телефону 8-800-100-12-12. "
            "Матч закончился со счётом 3:1, встреча началась в 17:00, суд арестовал его на десять суток.")
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Задержание опровергнуто[http://www.news.example/item/58e344f09a79471002e253af В компании опровергли.",
    "Губернатор постановляю 2 Настоящий Указ вступает в силу со дня подписания.",
    "На основании закона от 6 октября 1999 г 184 ФЗ губернатор отстранён.",
])
def test_numbers_in_links_items_and_law_numbers_are_not_figures(models, text):
    assert figures(text) == []


def test_figures_link_to_the_statement_that_claims_them(models):
    doc = svodka.extract("По данным МЧС, погибли семь человек. Позже погибли ещё двое.")
    claimed, own = doc.figures
    statement = next(s for s in doc.statements if s.id == claimed.statement)
    assert statement.speaker.text == "МЧС" and claimed.category == "killed"
    assert own.statement is None and own.value == 2


def test_times_relative_to_publication(models):
    text = ("Вчера в городе прошёл митинг. В понедельник мэр встретилась с жителями, "
            "а в пятницу губернатор подпишет указ. В прошлом году дамбу не ремонтировали.")
    assert times(text, published="2026-03-18") == [  # a Wednesday
        ("Вчера", "2026-03-17", "day", "published"),
        ("В понедельник", "2026-03-16", "day", "published"),
        ("в пятницу", "2026-03-20", "day", "published"),
        ("В прошлом году", "2025", "year", "published"),
    ]


def test_times_chain_from_the_time_before(models):
    text = ("Дамбу прорвало 12 марта 2026 года. На следующий день вода дошла до центра. "
            "В тот же день начали эвакуацию, а накануне синоптики предупреждали о паводке. "
            "В апреле начнётся ремонт.")
    assert times(text) == [
        ("12 марта 2026 года", "2026-03-12", "day", "explicit"),
        ("На следующий день", "2026-03-13", "day", "previous_time"),
        ("В тот же день", "2026-03-13", "day", "previous_time"),
        ("накануне", "2026-03-12", "day", "previous_time"),
        ("В апреле", "2026-04", "month", "document"),
    ]


def test_times_without_anything_to_count_from_stay_unresolved(models):
    assert times("Вчера прошёл митинг. 31 февраля ничего не случилось.") == [
        ("Вчера", None, None, None),
        ("31 февраля", None, None, None),
    ]


def test_times_so_long_ago_count_back_from_the_publication_only(models):
    text = ("Завод закрыли два года назад. Около года назад его купили, а 10 дней назад начали ремонт. "
            "Полгода назад мэр обещал помочь, несколько месяцев назад передумал. На днях рабочие вышли.")
    assert times(text, published="2024-05-20") == [
        ("два года назад", "2022", "year", "published"), ("Около года назад", "2023", "year", "published"),
        ("10 дней назад", "2024-05-10", "day", "published"), ("Полгода назад", "2023-11", "month", "published"),
        ("несколько месяцев назад", None, None, None), ("На днях", None, None, None)]
    # only counts read whole: compound, oblique and vague counts give no value
    assert [(t, v) for t, v, _, _ in times("Две недели назад, около трёх лет назад, тридцать пять лет назад, "
                                           "сотни лет назад.", published="2023-05-10")] == [
        ("Две недели назад", "2023-04-26"), ("лет назад", None), ("пять лет назад", None), ("лет назад", None)]
    # a date line is no publication date: "год назад" may count from the event it tells
    lined = times("Москва, 12 марта 2024 года. Год назад он начал готовить нападение.")
    assert lined[-1] == ("Год назад", None, None, None)


def test_times_a_day_takes_the_year_of_the_nearest_date_no_span_starts_at(models):
    text = ("В среду, 13 июня 2018 года, совет собрался. Он работает с декабря 2015 года. Решение приняли "
            "12 июня.")
    assert times(text)[-1] == ("12 июня", "2018-06-12", "day", "document")
    # a birth date is far, the month said with its year near
    text = "Иван Петров родился 12 апреля 1961 года. В мае 2024 года он стал губернатором. 3 июня он провёл совещание."
    assert times(text)[-1] == ("3 июня", "2024-06-03", "day", "document")


def test_times_decades_are_times_of_no_fixed_year(models):
    assert times("В начале 1990-х годов он жил в Риге, в 80-е работал на заводе. Рост на 20-30%.") == [
        ("В начале 1990-х годов", None, None, None), ("в 80-е", None, None, None)]


def test_times_a_weekday_written_with_a_date_confirms_its_year(models):
    text = ("Цены выросли в январе 2013 года. В понедельник 18 февраля премьер отправил министра в отставку, "
            "а во вторник объявил о своей.")
    assert times(text)[1:] == [("18 февраля", "2013-02-18", "day", "document"),
                               ("во вторник", "2013-02-19", "day", "document")]
    assert times(text.replace("В понедельник 18", "В понедельник, 18"))[-1] == ("во вторник", "2013-02-19", "day", "document")
    # a weekday that the inferred year does not give confirms nothing: 18 February 2014 was a Tuesday
    assert times(text.replace("2013", "2014"))[-1] == ("во вторник", None, None, None)


def test_times_a_past_weekday_after_a_date_is_a_day_of_its_week(models):
    text = ("В понедельник 18 февраля 2013 года премьер уволил министра, а во вторник объявил о новых мерах. "
            "Протесты, проходившие в понедельник и во вторник, не утихли.")
    assert [t[1] for t in times(text)] == ["2013-02-18", "2013-02-19", "2013-02-18", "2013-02-19"]


def test_times_with_a_publication_date_a_weekday_counts_from_it(models):
    doc = svodka.extract("Он родился 3 июня 1960 года. В понедельник ему вручили орден.", published="2019-05-16",
                         models=models)
    assert [(t.text, t.value) for t in doc.times] == [("3 июня 1960 года", "1960-06-03"), ("В понедельник", "2019-05-13")]


def test_times_a_birth_date_decades_before_the_story_is_no_date_line(models):
    text = ("Бывший президент Израиля умер вчера в больнице Тель-Авива, сообщили врачи.\n"
            "Он родился 2 августа 1923 года в Польше, а в 2007—2014 годах был президентом страны.")
    assert times(text)[0] == ("вчера", None, None, None)


def test_times_a_date_line_at_the_foot_of_the_page_stands_in_for_nothing_before_it(models):
    text = ("Вчера в столице прошёл митинг против повышения цен на электричество и газ.\n\n"
            "Статья опубликована 7 июля 2013 года в разделе новостей нашего сайта о политике.")
    assert times(text)[0] == ("Вчера", None, None, None)


def test_figures_and_times_dev_sets_are_valid():
    from svodka.bench import devset

    for name, columns in (("figures_dev.tsv", 10), ("times_dev.tsv", 7)):
        rows = devset.rows(devset.DATA / name, columns)
        assert sum(len(r) for r in rows.values()) >= 60
        for (corpus, doc), group in rows.items():
            if not devset.available(corpus):
                continue
            text = devset.document(corpus, doc)[0]
            for row in group:
                start, end = int(row[0]), int(row[1])
                assert 0 <= start < end <= len(text) and text[start:end].strip() == text[start:end]


@pytest.mark.parametrize("text, published, expected", [
    ("В мае прошлого года завод закрыли.", "2026-03-10", [("В мае прошлого года", "2025-05")]),
    ("В марте этого года цены выросли.", "2026-06-10", [("В марте этого года", "2026-03")]),
    ("В конце прошлого года цены упали.", "2026-06-10", [("В конце прошлого года", "2025")]),
    # a past event cannot fall after publication: last November, not next
    ("В ноябре состоялся митинг.", "2026-03-10", [("В ноябре", "2025-11")]),
    ("В ноябре состоится митинг.", "2026-03-10", [("В ноябре", "2026-11")]),
    # months, weeks (their month, if the whole week lies in one), seasons, a month named "прошлый"
    ("В прошлом месяце цены выросли.", "2026-01-20", [("В прошлом месяце", "2025-12")]),
    ("На прошлой неделе министр ушёл.", "2026-03-18", [("На прошлой неделе", "2026-03")]),
    ("На прошлой неделе министр ушёл.", "2026-03-04", [("На прошлой неделе", None)]),
    ("На следующей неделе суд продолжится.", "2026-03-18", [("На следующей неделе", "2026-03")]),
    ("Летом прошлого года прошли выборы.", "2026-03-10", [("Летом прошлого года", "2025")]),
    ("В прошлом октябре она победила.", "2026-03-10", [("В прошлом октябре", "2025-10")]),
    ("На сегодняшний день погибших нет.", "2026-03-10", [("На сегодняшний день", "2026-03-10")]),
])
def test_relative_years_count_from_publication(models, text, published, expected):
    doc = svodka.extract(text, published=published, models=models)
    assert [(t.text, t.value) for t in doc.times] == expected


@pytest.mark.parametrize("text, expected", [
    ("Штрафы составили 20-30 тыс. рублей.", [(None, 20000, 30000, "range", "рубль")]),
    # units written short are the unit; a distance from somewhere is a place, not an amount
    ("Штраф составит от 3 до 5 тыс. руб.", [(None, 3000, 5000, "range", "рубль")]),
    ("У него нашли почти 4 кг кокаина.", [(4, None, None, "about", "килограмм кокаина")]),
    ("Судно затонуло в 3 км от берега.", []),
    ("Колонна прошла 40 км за день.", [(40, None, None, "exact", "километр")]),
    ("Компания потеряла $1,7 млрд.", [(1_700_000_000, None, None, "exact", "доллар")]),
    ("Сделка оценена в £120 млн фунтов.", [(120_000_000, None, None, "exact", "фунт")]),
    ("Бюджет сократили на треть миллиарда рублей.", [(333_333_333, None, None, "exact", "рубль")]),
    ("На счёт поступило полмиллиона рублей.", [(500_000, None, None, "exact", "рубль")]),
    ("Акции прошли примерно в 40 городах.", [(40, None, None, "about", "город")]),
    ("Протесты прошли более чем в тридцати регионах.", [(30, 30, None, "more_than", "регион")]),
    ("Зарплаты от 5 тыс. рублей.", [(5000, 5000, None, "more_than", "рубль")]),
    ("Форум пройдёт 12-13 октября.", []),
    ("Оба водителя погибли.", [(2, None, None, "exact", "водитель")]),
    ("Водитель и пассажир ранены, оба доставлены в больницу.", []),
    # "обеих сторон" are the two already named; "оба гражданина" are people counted
    ("Договор обязателен для обеих сторон.", []),
    ("Как отмечает телеканал, оба гражданина могут быть обвинены.", [(2, None, None, "exact", "гражданин")]),
    # a qualifier of several words set apart by a comma
    ("По меньшей мере, 35 детей погибли.", [(35, 35, None, "more_than", "ребенок")]),
])
def test_figures_read_as_a_reader_does(models, text, expected):
    doc = svodka.extract(text, models=models)
    assert [(f.value, f.low, f.high, f.qualifier, f.object) for f in doc.figures] == expected


def test_fate_unknown_is_missing(models):
    [figure] = svodka.extract("Судьба ещё 12 человек неизвестна.", models=models).figures
    assert (figure.value, figure.category) == (12, "missing")


def test_fate_unknown_beside_the_dead_is_missing_not_killed(models):
    doc = svodka.extract("Глава МЧС Олег Бурцев сообщил, что погибли семь человек, судьба ещё 12 неизвестна.",
                         models=models)
    assert [(f.value, f.category) for f in doc.figures] == [(7, "killed"), (12, "missing")]


@pytest.mark.parametrize("text, expected", [
    ("Зарезавший четырёх полицейских был радикалом.", [("полицейский", "killed")]),
    ("Убийца двух журналистов задержан.", [("журналист", "killed")]),
    ("В район направили 12 единиц техники и 40 спасателей.", [("единица техники", "deployed"),
                                                            ("спасатель", "deployed")]),
    ("Полиция разыскивает двоих убийц.", [("убийца", "other")]),
    # what is sent is not deployed unless it is people, units or vehicles
    ("В день нападения он отправил жене 33 смс.", [("смс", "other")]),
])
def test_figures_category_from_what_is_done_to_what_is_counted(models, text, expected):
    doc = svodka.extract(text, models=models)
    assert [(f.object, f.category) for f in doc.figures] == expected
