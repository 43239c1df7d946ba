"""The ledger's rules one by one, on invented sentences and records."""
import pytest

from svodka.ledger import claims, disputes, places
from svodka.ledger.lemmas import name_words
from svodka.ledger.records import Claim, DocRef, Named
from svodka.link import CorpusEntity, Links
from svodka.pipeline import extract

REF = DocRef("d1", None, "Вести Энска", "2026-03-02")


def _claim(text, who, entity=None, act="assert", **figure):
    return Claim(REF, Named(entity, who), text, 0, len(text), (0, len(text)), act=act, record=f"d1:{who}", **figure)


@pytest.mark.parametrize("title, name, expected", [
    ("Суд в Верхнеозёрске арестовал двоих", "Верхнеозёрск", 2),
    ("Начальник верхнеозёрской полиции ответил правозащитникам", "Верхнеозёрск", 1),
    ("Под Сосновым Бором потушили пожар", "Сосновый Бор", 2),
    ("Забастовка горняков продолжается", "Горняк", 0),
    ("Новости Энска и окрестностей", "Верхнеозёрск", 0),
])
def test_places_are_found_in_titles_in_any_case(title, name, expected):
    assert places.in_title(places.TITLE_WORD.findall(title), name) == expected


def test_gazetteer_towns_not_regions_squares_or_surnames():
    entities = [CorpusEntity("loc-1", "LOC", "Верхнеозёрск", mentions=5),
                CorpusEntity("loc-2", "LOC", "Верхнеозёрская область", mentions=9),
                CorpusEntity("loc-3", "LOC", "Горняков", mentions=2),
                CorpusEntity("loc-4", "LOC", "Сычёв", mentions=1),
                CorpusEntity("per-1", "PER", "Олег Сычёв", mentions=6),
                CorpusEntity("loc-5", "LOC", "Верхнеозёрский район", mentions=1)]
    gazetteer = places.Gazetteer(Links(entities, {}))
    assert gazetteer.title_towns("Пожар в Верхнеозёрске") == ["loc-1"]
    assert gazetteer.title_towns("Власти верхнеозёрской области о паводке") == []
    assert gazetteer.title_towns("Митинг на площади Горняков") == []
    assert gazetteer.title_towns("Сычёв ответил на критику") == []
    assert gazetteer.town("loc-5") == "loc-1"  # the district's story is its town's


def test_name_words_spell_out_compound_abbreviations():
    assert name_words("в облминздраве") <= name_words("министерство здравоохранения Энской области")
    assert name_words("ГУ МЧС по Энской области") >= name_words("МЧС")


def test_claimants_one_body_under_several_names():
    ministry = Named(None, "министерстве здравоохранения Энской области")
    short = Named(None, "облминздраве")
    minister = Named("per-1", "Ольга Пташкина")
    mayor_office = Named(None, "мэрии Энска")
    links = Links([CorpusEntity("per-1", "PER", "Ольга Пташкина",
                                roles=[{"role": "министр здравоохранения Энской области"}])], {})
    keys = claims.Claimants([_claim("x", n.name, n.entity) for n in (ministry, short, minister, mayor_office)],
                            links, {})
    assert keys.key(ministry) == keys.key(short) == keys.key(minister) != keys.key(mayor_office)
    assert keys.official(minister) and not keys.official(Named(None, "жители"))


@pytest.mark.parametrize("denial, assertion, expected", [
    ("Силу к задержанным не применяли", "полицейские применяли силу", True),
    ("Аварии не было", "на подстанции произошла авария", True),
    ("Мой подзащитный денег не получал", "чиновник получил взятку", True),
    ("Котельная была исправна", "котельная была неисправна", True),
    ("Застрахованы не более 5% домов", "многие дома застрахованы", False),
    ("Проект делали для подрядчика, а не для жителей", "жители поддержали проект", False),
    ("Аварии не было", "никакой аварии не было", False),
])
def test_opposite_statements(denial, assertion, expected):
    a, b = _claim(denial, "A", "per-a"), _claim(assertion, "B", "per-b")
    keys = claims.Claimants([a, b], Links([], {}), {})
    assert bool(disputes.statement_disagreements("ev", [a, b], keys)) is expected


def test_burnt_houses_within_damaged_and_lengths_in_one_unit():
    texts = {"d1": "Огонь уничтожил дома. Пятно нефти растянулось далеко. Пятно нефти невелико."}
    keys = claims.Claimants([], Links([], {}), {})

    def figure(who, category, value, obj, sentence=(0, 21)):
        return Claim(REF, Named(None, who), str(value), 0, 1, sentence, value=value, low=value, high=value,
                     category=category, object=obj, record=f"d1:{who}{category}")

    burnt = [figure("жители", "burned", 12, "дом"), figure("администрация", "damaged", 4, "дом")]
    [found] = claims.figure_disagreements("ev", burnt, keys, texts)
    assert found.category == "damaged"
    fewer_burnt = [figure("жители", "burned", 3, "дом"), figure("администрация", "damaged", 4, "дом")]
    assert claims.figure_disagreements("ev", fewer_burnt, keys, texts) == []
    lengths = [figure("экологи", "other", 12, "километр", (22, 53)), figure("компания", "other", 300, "метр", (54, 76))]
    [found] = claims.figure_disagreements("ev", lengths, keys, texts)
    assert [c.value for c in found.claims] == [300, 12]


@pytest.mark.parametrize("text, category", [
    ("На площадь перед мэрией пришли около 700 человек.", "participants"),
    ("В пикете приняли участие 40 человек.", "participants"),
    ("К проходной завода вышли более 200 рабочих.", "participants"),
    ("Врачи пришли к выводу, что 5 человек отравились.", None),
])
def test_crowds_that_came_out_are_participants(models, text, category):
    found = [f.category for f in extract(text, models=models).figures]
    assert (category in found) if category else "participants" not in found


def test_law_wording_is_no_count(models):
    doc = extract("Дело возбуждено по статье о нарушении правил, повлёкшем смерть двух и более лиц. "
                  "В аварии погибли три человека.", models=models)
    assert [f.value for f in doc.figures if f.category == "killed"] == [3]
