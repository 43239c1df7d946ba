"""Fault injection (`make test-faults`, run by CI): a large batch with garbage of every kind
stores every good item and reports every bad one; `kill -9` in the middle of an ingest with
workers leaves a sound store, no orphaned worker, and a re-run that completes it exactly once."""
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from svodka.batch import ingest
from svodka.store import open_store

pytestmark = pytest.mark.faults

TOWNS = ["Энске", "Зареченске", "Верхнеозёрске", "Луговце", "Ключегорске"]


def _good(n: int) -> dict:
    town = TOWNS[n % len(TOWNS)]
    return {"text": f"В {town} прошёл митинг номер {n}. По данным полиции, задержаны {n % 50 + 1} человек.",
            "title": f"Митинг {n}", "published": "2026-03-14"}


def _batch(folder, total: int, garbage_share: float, seed: int = 7) -> tuple[int, int]:
    """A JSONL file and a few loose files: (good items, bad items)."""
    rng = random.Random(seed)
    good = bad = 0
    lines = []
    for n in range(total):
        if rng.random() < garbage_share:
            bad += 1
            lines.append(rng.choice([
                b"", b"{not json", b'{"text": "\\ud83d broken surrogate"}', b'{"text": ""}', b'{"title": "no text"}',
                b'["a list"]', b'{"text": "\\u0000 binary"}', "{\"text\": \"" .encode() + b"x" * 70_000 + b"\"}",
                b'{"text": "\xff\xfe not utf-8"}',
            ]))
            if lines[-1] == b"":
                bad -= 1  # a blank line is skipped, not an error
        else:
            good += 1
            lines.append(json.dumps(_good(n), ensure_ascii=False).encode())
    (folder / "batch.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return good, bad


def test_a_large_batch_with_garbage_stores_every_good_item(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good, bad = _batch(folder, 10_000, 0.05)
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "cp1251.txt").write_bytes("Пожар в Энске.".encode("cp1251"))
    (folder / "truncated.csv").write_text('text\n"Первый."\n"Второй без конца\n', encoding="utf-8")
    with open_store(tmp_path / "f.db") as store:
        summary = ingest([folder], store, workers=2, batch_size=500, max_bytes=64_000)
        stored = store.count_documents()
    assert stored == good + 1  # every good line, and the first CSV row
    assert summary.failed == bad + 3  # every bad line, the binary file, the cp1251 file, the broken CSV row
    assert all(error.message for error in summary.errors)


def _ingest_process(folder, db, workers: int = 2) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "svodka", "ingest", str(folder), "--db", str(db),
                             "-w", str(workers), "--batch-size", "20"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry))
            except OSError:
                continue
    return found


@pytest.mark.parametrize("seconds", [2.5, 4.0, 6.0])
def test_kill_9_never_corrupts_and_the_rerun_completes_exactly_once(tmp_path, seconds):
    folder = tmp_path / "in"
    folder.mkdir()
    good, _ = _batch(folder, 400, 0.0)
    db = tmp_path / "k.db"
    process = _ingest_process(folder, db)
    time.sleep(seconds)
    workers = _children(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.time() + 15
    while time.time() < deadline and any(os.path.exists(f"/proc/{w}") and _alive(w) for w in workers):
        time.sleep(0.2)
    assert not [w for w in workers if _alive(w)], "workers outlived their killed parent"
    if db.exists():
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rerun = _ingest_process(folder, db, workers=1)
    assert rerun.wait(timeout=600) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (good, good)
        assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == good


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_5_mb_article_is_linear_in_time_and_small_in_memory(tmp_path):
    """Measured in a child process: under 500 MB, and time per megabyte like a small item's."""
    code = (
        "import time, svodka\n"
        "from svodka.workers import peak_rss_mb\n"
        "from pathlib import Path\n"
        "base = Path('examples/corpus/sv-2026-03-12-proryv-damby.txt').read_text().split('---', 2)[2]\n"
        "text = (base + '\\n') * (5_000_000 // len(base.encode()))\n"
        "svodka.extract(base, published='2026-03-12')\n"
        "started = time.time()\n"
        "doc = svodka.extract(text, published='2026-03-12')\n"
        "print(time.time() - started, peak_rss_mb(), len(doc.statements))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-2000:]
    seconds, peak_mb, statements = run.stdout.split()[-3:]
    assert float(peak_mb) < 500 and float(seconds) < 600 and int(statements) > 1000, run.stdout
