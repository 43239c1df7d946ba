import json

import pytest
from typer.testing import CliRunner

from svodka import __version__
from svodka.cli import app

from .conftest import CORPUS, SEED

runner = CliRunner()


def test_cli_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_cli_extract_seed_json(models, seed_text):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    people = {e["name"]: e for e in data["entities"] if e["type"] == "PER"}
    assert {"Касым-Жомарт Токаев", "Токаев"} <= set(people["Касым-Жомарт Токаев"]["aliases"])


def test_cli_extract_text_report_and_stdin(models):
    result = runner.invoke(app, ["extract", "-"], input="Мэр Верхнеозёрска Галина Сомова встретилась с жителями.")
    assert result.exit_code == 0
    assert "Галина Сомова" in result.stdout and "мэр Верхнеозёрска" in result.stdout


def test_cli_extract_bad_file(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1 and "empty text" in result.stderr


def test_cli_ingest_reports_failures_in_exit_code(models, tmp_path):
    db = str(tmp_path / "s.db")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    result = runner.invoke(app, ["ingest", str(CORPUS), str(tmp_path / "bad.txt"), "--db", db])
    assert result.exit_code == 1
    assert "bad.txt: binary content" in result.stderr
    assert "added 12, already stored 0, failed 1" in result.stdout
    result = runner.invoke(app, ["ingest", str(CORPUS), "--db", db])
    assert result.exit_code == 0 and "added 0, already stored 12, failed 0" in result.stdout
    stats = runner.invoke(app, ["stats", "--db", db, "--json"])
    assert json.loads(stats.stdout)["documents"] == 12


@pytest.mark.parametrize("command", ["extract", "ingest", "stats"])
def test_cli_every_command_has_help_and_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
