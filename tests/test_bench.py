import json

import pytest
from typer.testing import CliRunner

import svodka
from svodka.bench import corpora
from svodka.bench.score import Scorer
from svodka.cli import app

from .conftest import SHARED

DATA = SHARED / "data"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is absent")


def test_score_exact_and_overlap():
    scorer = Scorer(("PER", "LOC"))
    gold = [("PER", 0, 10), ("PER", 20, 25), ("LOC", 30, 36)]
    predicted = [("PER", 0, 10), ("PER", 19, 25), ("LOC", 40, 45), ("LOC", 31, 33)]
    scorer.add(gold, predicted)
    value = scorer.value()
    assert value["exact"]["PER"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert value["overlap"]["PER"]["f1"] == 1.0
    assert value["overlap"]["LOC"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}
    assert value["exact"]["ALL"]["tp"] == 1 and value["exact"]["ALL"]["fp"] == 3


def test_score_overlap_is_one_to_one():
    scorer = Scorer(("ORG",))
    scorer.add([("ORG", 0, 10)], [("ORG", 0, 4), ("ORG", 5, 10)])
    assert scorer.value()["overlap"]["ORG"]["tp"] == 1 and scorer.value()["overlap"]["ORG"]["fp"] == 1


@needs_data
@pytest.mark.parametrize("corpus", ["nerel", "factrueval"])
def test_bench_loaders_offsets_index_text(corpus):
    docs = corpora.load(corpus)
    assert len(docs) > 90
    assert {g.type for d in docs for g in d.entities} == {"PER", "ORG", "LOC"}
    for doc in docs:
        for g in doc.entities:
            assert 0 <= g.start < g.end <= len(doc.text)
            assert doc.text[g.start:g.end].strip() == doc.text[g.start:g.end]


@pytest.mark.bench
@needs_data
def test_bench_nerel_reads_a_copy_of_the_split(tmp_path):
    source = DATA / "nerel" / "dev"
    for path in sorted(source.iterdir())[:6]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    result = CliRunner().invoke(app, ["bench", "ner", "--corpus", "nerel", "--split", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 3 and set(data["systems"]) == {"natasha", "svodka"}
    assert data["systems"]["svodka"]["exact"]["PER"]["tp"] > 0


def test_bench_says_when_data_is_absent(tmp_path, monkeypatch):
    monkeypatch.setenv("SVODKA_DATA", str(tmp_path / "missing"))
    from svodka.cli import main

    monkeypatch.setattr("sys.argv", ["svodka", "bench", "ner", "--corpus", "nerel"])
    with pytest.raises(SystemExit) as exit:
        main()
    assert exit.value.code == 1


def test_bench_statements_matching_rules():
    from svodka.bench.devset import overlaps
    from svodka.bench.statements import speaker_ok as _speaker_ok

    assert overlaps((0, 10), (5, 40)) and not overlaps((0, 10), (8, 40))
    assert _speaker_ok("Галина Сомова", "Галина Сомова", "она")
    assert _speaker_ok("Галина Сомова", None, "мэр Галина Сомова")
    assert _speaker_ok("МВД", None, "В пресс-службе областного МВД")
    assert not _speaker_ok("Галина Сомова", None, "Сомова")
    assert not _speaker_ok("МВД", "МЧС", "МЧС")
    assert _speaker_ok("врачи", None, "лечащих врачей")  # a short word without its ending
    assert not _speaker_ok("врачи", None, "медики")
    assert not _speaker_ok("Пётр", None, "мэр Петербурга")  # a stem begins a word


def test_bench_statements_credits_coordinated_speakers_together(models, monkeypatch, tmp_path):
    """"Иван Петров и Олег Сидоров заявили": a statement each; a gold row naming both is right
    with the two together, one naming Петров with his; a third name is not made up by them."""
    from svodka.bench import statements

    text = "Иван Петров и Олег Сидоров заявили, что завод закроют."
    doc = svodka.extract(text, models=models)
    start = text.index("завод")
    gold = tmp_path / "gold.tsv"
    gold.write_text("".join(f"own\t{n}\t{speaker}\t{start}\t{len(text) - 1}\n" for n, speaker in
                            enumerate(["Петров и Сидоров", "Петров", "Петров и Орлов"])), encoding="utf-8")
    monkeypatch.setattr(statements, "extracted", lambda grouped, skipped, stages: (
        ("own", d, rows, text, doc) for (_, d), rows in sorted(grouped.items())))
    result = statements.run(gold)
    assert len(doc.statements) == 2
    # the second speaker's statement is spurious beside a row naming the first alone, and beside a wrong pair
    assert (result["speaker"]["tp"], result["speaker"]["fp"], result["content"]["fp"]) == (2, 3, 2)


def test_bench_statements_gold_offsets_are_valid(models):
    from svodka.bench import statements

    gold = statements.load_gold()
    assert sum(len(rows) for rows in gold.values()) >= 60
    for (corpus, doc), rows in gold.items():
        if corpus != "own":
            continue
        text = statements.document_text(corpus, doc)
        for _, start, end in rows:
            assert 0 <= start < end <= len(text) and text[start:end].strip() == text[start:end]


@pytest.mark.bench
@pytest.mark.parametrize("kind", ["times", "figures"])
def test_bench_times_and_figures_json(kind, capsys, monkeypatch):
    from svodka.bench.corpora import data_dir
    from svodka.cli import main

    try:
        data_dir()
    except Exception:
        pytest.skip("../shared/data is absent")
    monkeypatch.setattr("sys.argv", ["svodka", "bench", kind, "--limit", "3", "--json"])
    with pytest.raises(SystemExit) as exit:
        main()
    assert exit.value.code in (0, None)
    result = json.loads(capsys.readouterr().out)
    assert result["nerel"]["documents"] == 3
    assert result["devset"]["found"]["tp"] > 50
    assert set(result["devset"]["corpora"]) == {"nerel", "own"}


@pytest.mark.bench
@needs_data
def test_bench_speed_times_both_systems_in_one_worker_and_in_two(tmp_path):
    result = CliRunner().invoke(app, ["bench", "speed", "--corpus", "nerel", "--limit", "6", "--rounds", "1",
                                      "--workers", "2", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 6 and data["rounds"] == 1
    assert all(data["systems"][name]["seconds"] > 0 for name in ("natasha", "svodka"))
    assert data["ratio_svodka_to_natasha"] == pytest.approx(
        data["systems"]["svodka"]["seconds"] / data["systems"]["natasha"]["seconds"], abs=0.01)
    # the single run's process held both systems' models; a parallel worker holds svodka's alone
    assert data["peak_rss_mb"] > data["workers"]["peak_rss_mb"] > 100
    # two workers against one, both svodka alone; and the machine's own ceiling beside it
    workers = data["workers"]
    # (both times are rounded to a millisecond: on a tenth of a second that alone moves the ratio by
    # about 1%, so the tolerance is the rounding's own bound)
    one, many = workers["one_worker_seconds"], workers["seconds"]
    rounding = one / many * (0.0005 / one + 0.0005 / many) + 0.0005
    assert workers["speedup"] == pytest.approx(one / many, abs=rounding)
    assert 0.5 < workers["machine_speedup"] < 4  # one round of a shared VM: noisy, but a real ratio


@pytest.mark.bench
def test_bench_scale_ingests_a_collection_per_configuration_and_refuses_unknown_ones():
    result = CliRunner().invoke(app, ["bench", "scale", "--documents", "30", "--only", "sqlite 1", "--json"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)["runs"]
    assert row["configuration"] == "sqlite 1" and row["documents"] == 30 and row["failed"] == 0
    assert row["docs_per_s"] > 0 and row["store_mb"] > 0 and row["peak_mb_main"] > 100
    result = CliRunner().invoke(app, ["bench", "scale", "--documents", "30", "--only", "mysql 2"])
    assert result.exit_code != 0 and "unknown configuration" in str(result.exception)


def test_bench_statements_against_a_second_annotation(tmp_path):
    """Two annotators of the same texts: matched by content overlap, speakers agreeing when
    either name holds the other's words; what one has and the other lacks counts once."""
    header = "# corpus\tdoc\tspeaker\tcontent_start\tcontent_end\n"
    first = tmp_path / "a.tsv"
    first.write_text(header + "nerel\ttrain/1\tДмитрий Песков\t10\t50\nnerel\ttrain/1\tМИД\t60\t90\n"
                     "nerel\ttrain/2\tэксперты\t0\t40\n", encoding="utf-8")
    second = tmp_path / "b.tsv"
    second.write_text(header + "nerel\ttrain/1\tПесков\t12\t48\nnerel\ttrain/1\tМинобороны\t61\t90\n"
                      "nerel\ttrain/3\tСМИ\t0\t20\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["bench", "statements", "--gold", str(first), "--against", str(second),
                                      "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert (found["content"]["tp"], found["content"]["fp"], found["content"]["fn"]) == (2, 1, 1)
    assert (found["speaker"]["tp"], found["speaker"]["fp"], found["speaker"]["fn"]) == (1, 2, 2)


def test_bench_statements_tells_a_wrong_entity_from_an_unresolved_speaker(models, monkeypatch, tmp_path):
    """A statement credited to the wrong person is a false attribution; one whose speaker is left
    as written ("источник") is only less informative: the bench counts them apart."""
    from svodka.bench import statements

    text = "Иван Петров прибыл в Москву. Олег Сидоров заявил, что завод закроют. Источник сообщил, что цех откроют."
    doc = svodka.extract(text, models=models)
    gold = tmp_path / "gold.tsv"
    rows = [("Петров", "завод закроют"), ("Петров", "цех откроют")]
    gold.write_text("".join(f"own\tdoc\t{speaker}\t{text.index(content)}\t{text.index(content) + len(content)}\n"
                            for speaker, content in rows), encoding="utf-8")
    monkeypatch.setattr(statements, "extracted", lambda grouped, skipped, stages: (
        ("own", d, rows, text, doc) for (_, d), rows in sorted(grouped.items())))
    result = statements.run(gold)
    assert result["content"]["tp"] == 2 and result["speaker"]["tp"] == 0
    assert result["wrong_speaker"] == {"named": 1, "unnamed": 1}
