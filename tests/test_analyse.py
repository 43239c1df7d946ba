import pytest

import svodka
from svodka.analyse import analyse


@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            "«Могу заявить, что всё под контролем», — заявил он. Токаев рассказал о планах.",
            ["«Могу заявить, что всё под контролем», — заявил он.", "Токаев рассказал о планах."],
        ),
        (
            "Погибли 16 человек, ранены более 1\u00a0300. Об этом сообщил т. н. штаб.",
            ["Погибли 16 человек, ранены более 1\u00a0300.", "Об этом сообщил т. н. штаб."],
        ),
        # a quoted name's own "!" or "?" ends no sentence; a short exclamation after a verb or colon does
        (
            "Глава движения «Вперёд!» Анна Котова выступила. Ведущий шоу «Что? Где? Когда?» Иван Орлов рад.",
            ["Глава движения «Вперёд!» Анна Котова выступила.", "Ведущий шоу «Что? Где? Когда?» Иван Орлов рад."],
        ),
        (
            "Он крикнул «Стой!» Потом убежал. Она сказала: «Хватит!» Все замолчали.",
            ["Он крикнул «Стой!»", "Потом убежал.", "Она сказала: «Хватит!»", "Все замолчали."],
        ),
        # a slogan after a noun, with no name after it, ends its sentence
        (
            "Толпа скандировала лозунг «Свободу Навальному!» Около ста человек задержали.",
            ["Толпа скандировала лозунг «Свободу Навальному!»", "Около ста человек задержали."],
        ),
        # no sentence ends inside a short parenthesis; one after it does
        (
            "Он умер в Инсбруке (Тироль; Австрия) в кругу семьи. Похороны (закрытые) пройдут в пятницу.",
            ["Он умер в Инсбруке (Тироль; Австрия) в кругу семьи.", "Похороны (закрытые) пройдут в пятницу."],
        ),
        # an agency's dateline is a sentence of its own; a place or a name before a dash is none
        (
            "Омск. 5 мая. ИНТЕРФАКС — Компания «Сибнефтемаш» снизила выпуск.",
            ["Омск. 5 мая. ИНТЕРФАКС —", "Компания «Сибнефтемаш» снизила выпуск."],
        ),
        (
            "ТОМСК, 12 марта /Новости-Сибирь/ — Мэр сообщил о ремонте.",
            ["ТОМСК, 12 марта /Новости-Сибирь/ —", "Мэр сообщил о ремонте."],
        ),
        (
            "Омск. Иван Петров — глава завода «Омскмаш» — сообщил о ремонте.",
            ["Омск.", "Иван Петров — глава завода «Омскмаш» — сообщил о ремонте."],
        ),
        (
            "Лондон, 12 июня. BBC — британская телерадиокомпания — сообщает о забастовке.",
            ["Лондон, 12 июня.", "BBC — британская телерадиокомпания — сообщает о забастовке."],
        ),
    ],
)
def test_analyse_sentences_keep_offsets(models, text, sentences):
    doc = analyse(text, models)
    assert [text[s.start : s.stop] for s in doc.sents] == sentences


def test_analyse_fills_morph_syntax_and_ner(models):
    doc = analyse("Президент Казахстана Касым-Жомарт Токаев выступил в Алматы.", models)
    tokens = doc.tokens
    assert all(t.pos and t.rel and t.head_id for t in tokens)
    verb = next(t for t in tokens if t.text == "выступил")
    assert verb.pos == "VERB" and verb.rel == "root"
    assert [(s.type, s.text) for s in doc.spans] == [
        ("LOC", "Казахстана"), ("PER", "Касым-Жомарт Токаев"), ("LOC", "Алматы"),
    ]


def test_faster_inference_gives_slovnets_own_tags(models):
    """svodka runs slovnet's models through svodka.analyse.inference; on real news text
    every token's POS, features, head and relation, and every NER span, must be what
    slovnet's own inference gives on the same sentences."""
    from natasha import Doc

    from svodka.analyse.models import natasha
    from svodka.analyse.parse import segment, tag_ner
    from tests.conftest import CORPUS

    _, morph, syntax, ner = natasha()
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    assert len(texts) >= 10
    for text in texts:
        ours = analyse(text, models, tagger=False)
        theirs = Doc(text)
        segment(theirs, models)
        theirs.tag_morph(morph)
        theirs.parse_syntax(syntax)
        assert [(t.pos, t.feats, t.id, t.head_id, t.rel) for t in ours.tokens] == [
            (t.pos, t.feats, t.id, t.head_id, t.rel) for t in theirs.tokens
        ]
        stock = [(s.start, s.stop, s.type) for s in ner(text).spans if "\n" not in text[s.start : s.stop]]
        assert [(s.start, s.stop, s.type) for s in ours.spans] == stock


@pytest.mark.parametrize("written, read", [
    ("раcсказала", "рассказала"),  # a Latin "c" in a Russian word
    ("Tвиттере", "Твиттере"), ("Клишасa", "Клишаса"),
    ("YоuТubе", "YouTube"),  # Cyrillic "о", "Т", "е" in a Latin word
    ("Fruktы", "Fruktы"),  # letters only each alphabet has: left alone
    ("Hа", "На"), ("MТС", "МТС"),  # look-alikes only: the alphabet most are in, Cyrillic on a tie
    ("iPhone и Москва", "iPhone и Москва"),
])
def test_a_word_in_two_alphabets_is_read_in_one(written, read):
    from svodka.analyse.scripts import unmix

    assert unmix(written) == read and len(unmix(written)) == len(written)


def test_a_mixed_script_verb_still_reports(models):
    doc = svodka.extract("Министр Иван Петров раcсказал журналистам, что завод закроют.", models=models)
    [statement] = doc.statements
    assert statement.speaker.text == "Министр Иван Петров" and statement.content.text == "завод закроют"


@pytest.mark.parametrize("text, speaker, content", [
    # a quotation in wiki emphasis is a quotation, its content without the marks
    ("Спикер Анна Котова сказала: ''«Все должны уважать правила. Так было всегда.»''.",
     "Анна Котова", "Все должны уважать правила. Так было всегда."),
    ("''«Мы не закроем завод»'', — заявил директор Иван Петров.", "Иван Петров", "Мы не закроем завод"),
    # a name in emphasis is still a name: the speaker is the person, not "глава"
    ("Глава компании ''Nordwind'' Олег Сомов заявил, что рейсы возобновят в мае.", "Олег Сомов",
     "рейсы возобновят в мае"),
])
def test_wiki_emphasis_is_read_as_spaces(models, text, speaker, content):
    from svodka.analyse.scripts import unmark

    assert len(unmark(text)) == len(text) and "''" not in unmark(text) and unmark("Д'Артаньян") == "Д'Артаньян"
    [statement] = svodka.extract(text, models=models).statements
    assert statement.content.text == content
    assert speaker in statement.speaker.text


@pytest.mark.parametrize("text, speaker, content", [
    # a wiki link around the reporting verb: the verb reports, the address is no word of the sentence
    ("Председатель ОБСЕ Дидье Буркхальтер [http://www.osce.org/ru/cio/116317 заявил], что референдум незаконен.",
     "Дидье Буркхальтер", "референдум незаконен"),
    ("Закон подписан, [https://rada.gov.ua/news/57479 сообщается] на сайте Верховной Рады.",
     "Верховной Рады", "Закон подписан"),
])
def test_wiki_links_are_read_as_their_words(models, text, speaker, content):
    from svodka.analyse.scripts import unmark

    read = unmark(text)
    assert len(read) == len(text) and "http" not in read and "[" not in read and "]" not in read
    assert unmark("Примечание [1] и [см. ниже]") == "Примечание [1] и [см. ниже]"  # no link, as written
    [statement] = svodka.extract(text, models=models).statements
    assert statement.content.text == content
    assert speaker in statement.speaker.text


def test_a_name_ends_where_a_wiki_link_begins(models):
    doc = svodka.extract("Акции Сбербанка [https://www.sberbank.ru/ru/about Сбер] выросли. Решение Центрального банка "
                         "Российской Федерации [https://www.cbr.ru/about/ ЦБ РФ] вступило в силу.", models=models)
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert "Сбербанк" in names and "Центральный банк Российской Федерации" in names
    assert not any("Сбер " in n or n.endswith("ЦБ РФ") for n in names)
    # (a name nested in the one cut keeps its words, and with them its normal form)
    assert "Центрального банка" not in names
