"""svodka's entity tagger (svodka.ner): invented sentences for its conventions, and
the bench against Natasha on the annotated corpora."""
import json

import pytest
from typer.testing import CliRunner

import svodka
from svodka.analyse import analyse
from svodka.bench import corpora
from svodka.bench.ner import gold_for
from svodka.cli import app
from svodka.link import link
from svodka.ner.tagger import Tagger

from .conftest import SHARED

DATA = SHARED / "data"


def mentions(text, models):
    doc = svodka.extract(text, models=models)
    return {(e.type, doc.text[m.start : m.end]) for e in doc.entities for m in e.mentions}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an organisation whole, with the place nested in it
        ("Пресс-служба ГУ МВД по Новосибирской области сообщила о задержании.",
         {("ORG", "Пресс-служба ГУ МВД по Новосибирской области"), ("ORG", "МВД"),
          ("LOC", "Новосибирской области")}),
        ("Законодательное собрание Курганской области приняло закон.",
         {("ORG", "Законодательное собрание Курганской области"), ("LOC", "Курганской области")}),
        # a legal form and the quotation marks belong to the name
        ('Подряд выиграло ЗАО "Верхнекамский литейный завод".', {("ORG", 'ЗАО "Верхнекамский литейный завод"')}),
        ("Акционеры ООО «Северная звезда» собрались в Томске.",
         {("ORG", "ООО «Северная звезда»"), ("LOC", "Томске")}),
        # a person's name without the title before it
        ("Министр финансов Антон Силуанов выступил в Думе.",
         {("PER", "Антон Силуанов"), ("ORG", "Думе")}),
    ],
)
def test_tagger_spans(models, text, expected):
    assert expected <= mentions(text, models)


def test_place_adjective_joins_the_place_it_is_made_from(models):
    doc = svodka.extract("Делегация прибыла во Францию. Французские министры встретили её.", models=models)
    [place] = [e for e in doc.entities if e.type == "LOC"]
    assert place.name == "Франция" and [m.text for m in place.mentions] == ["Францию", "Французские"]
    # before the place, it is still a mention of it, and never its name
    doc = svodka.extract("Казахские СМИ сообщили о протестах в Казахстане.", models=models)
    [place] = [e for e in doc.entities if e.type == "LOC"]
    assert place.name == "Казахстан" and [m.text for m in place.mentions] == ["Казахские", "Казахстане"]
    # with no such place in the article, the tagger's adjective is no entity at all
    text = "Казахские СМИ сообщили о погибших."
    assert ("LOC", "Казахские") in {(s.type, s.text) for s in analyse(text, models).spans}
    assert not svodka.extract(text, models=models).entities


def test_a_lowercase_organisation_is_not_linked_across_articles(models, tmp_path):
    from svodka.store import open_store

    texts = ["Правительство Эстонии ушло в отставку, сообщило правительство.",
             "В Перу правительство объявило режим чрезвычайной ситуации.",
             "Правительство объявило о новых мерах. Министры собрались в Лиме.",
             "Правительство ушло в отставку, заявил премьер Эстонии."]
    with open_store(tmp_path / "s.db") as store:
        store.add((svodka.extract(text, models=models), f"t{n}") for n, text in enumerate(texts))
        rows = store.doc_entities()
    links = link(rows)
    generic = [e for e in links.entities if e.name.lower() == "правительство"]
    assert len(generic) >= 3 and all(len(e.documents) == 1 for e in generic)  # "Правительство" opening a sentence too


def test_missing_model_is_a_clear_error(tmp_path, models):
    from natasha import Doc

    from svodka.errors import SvodkaError

    doc = Doc("Иван Петров приехал в Москву.")
    doc.segment(models.segmenter)
    with pytest.raises(SvodkaError, match="make train-ner"):
        Tagger(tmp_path)(doc)


def test_bench_takes_either_form_of_a_factrueval_name():
    gold = [corpora.Gold("ORG", 0, 18, name=(9, 18)), corpora.Gold("PER", 20, 30)]
    assert gold_for(gold, {("ORG", 9, 18)}) == [("ORG", 9, 18), ("PER", 20, 30)]
    assert gold_for(gold, {("ORG", 0, 18)}) == [("ORG", 0, 18), ("PER", 20, 30)]
    assert gold_for(gold, set()) == [("ORG", 0, 18), ("PER", 20, 30)]


@pytest.mark.bench
@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is absent")
@pytest.mark.parametrize("corpus", ["nerel", "factrueval"])
def test_bench_ner_svodka_beats_natasha(corpus):
    """Exact F1 on NEREL dev and on the half of factRuEval dev the tagger was not trained on."""
    result = CliRunner().invoke(app, ["bench", "ner", "--corpus", corpus, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    svodka_f1 = {t: v["f1"] for t, v in data["systems"]["svodka"]["exact"].items()}
    natasha_f1 = {t: v["f1"] for t, v in data["systems"]["natasha"]["exact"].items()}
    assert svodka_f1["ALL"] >= natasha_f1["ALL"] + 0.02 and svodka_f1["ORG"] >= natasha_f1["ORG"] + 0.05
    assert svodka_f1["ALL"] >= (0.85 if corpus == "nerel" else 0.82) and svodka_f1["ORG"] >= 0.72
    if corpus == "factrueval":
        assert data["documents"] == 61 and "not used in training" in data["split"]


def test_a_name_does_not_end_with_a_preposition(models):
    from svodka.ner.tagger import spans_of

    [sent] = analyse("Сотрудники управления МЧС по области приехали.", models).sents
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert [(s.type, s.text) for s in spans_of(sent, tags)] == [("ORG", "МЧС")]


def test_coordinated_speakers_are_split_at_the_outermost_names(models):
    doc = svodka.extract("Иван Петров и Министерство обороны России заявили, что учения закончились.", models=models)
    names = {e.id: e.name for e in doc.entities}
    assert sorted(names[s.speaker.entity] for s in doc.statements) == ["Иван Петров", "Министерство обороны России"]


def test_numpy_crf_tags_as_crfsuite_does(models, tmp_path):
    """svodka.ner.crf tags from the columns, without feature strings; a model trained by
    crfsuite on real sentences and exported must tag other real sentences exactly as
    crfsuite itself does, the nested-mention layer included."""
    import pycrfsuite

    from svodka.ner.crf import CRF, export
    from svodka.ner.features import INNER_TEMPLATES, OUTER_TEMPLATES, columns, strings, with_outer
    from tests.conftest import CORPUS

    sents = [s for path in sorted(CORPUS.glob("*.txt"))
             for s in analyse(path.read_text(encoding="utf-8"), models, tagger=False).sents if s.tokens]
    train, test = sents[::2], sents[1::2]
    crfs, ours = {}, {}
    for name, templates in (("outer", OUTER_TEMPLATES), ("inner", INNER_TEMPLATES)):
        trainer = pycrfsuite.Trainer(verbose=False)
        for sent in train:
            cols = columns(sent)
            labels = [("B-" if s.start == t.start else "I-") + s.type if s else "O"
                      for t in sent.tokens for s in [next((s for s in sent.spans if s.start <= t.start < s.stop), None)]]
            trainer.append(strings(with_outer(cols, labels) if name == "inner" else cols, templates), labels)
        trainer.set_params({"max_iterations": 30})
        trainer.train(str(tmp_path / f"{name}.crfsuite"))
        crfs[name] = pycrfsuite.Tagger()
        crfs[name].open(str(tmp_path / f"{name}.crfsuite"))
        export(tmp_path / f"{name}.crfsuite", tmp_path / f"{name}.npz")
        ours[name] = CRF.load(tmp_path / f"{name}.npz")
    cols = [columns(s) for s in test]
    outer = ours["outer"].tag(cols, OUTER_TEMPLATES)
    assert outer == [crfs["outer"].tag(strings(c, OUTER_TEMPLATES)) for c in cols]
    assert sum(tag != "O" for tags in outer for tag in tags) > 20
    inner = ours["inner"].tag([with_outer(c, o) for c, o in zip(cols, outer)], INNER_TEMPLATES)
    assert inner == [crfs["inner"].tag(strings(with_outer(c, o), INNER_TEMPLATES)) for c, o in zip(cols, outer)]
