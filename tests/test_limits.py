"""Work bounded by the input's size: the worst cases a batch meets (long punctuation runs,
a 100 000-character "word") stay linear in time and under 500 MB each, measured in a
child process of their own (its own peak, VmHWM: getrusage would count the test process's
memory at the fork as the child's)."""
import subprocess
import sys
import textwrap

import pytest

WORST = {
    "commas": '"Начало. " + ", " * 10000 + " конец."',
    "quotation marks": '"Он сказал: " + "«" * 10000 + "»" * 10000',
    "dashes": '"Текст " + "— " * 10000',
    "one long word": '"Слово " + "а" * 100000 + " конец."',
    "one long word in two alphabets": '"Слово " + "бa" * 50000 + " конец."',
    "alphabets switching at every letter": '"Слово " + "аa" * 50000 + " конец."',
    # every colon looks for a name before it and a quotation after it; every "в котором он" for
    # the people named before it
    "names and colons": '"Иван Петров: «Мы победим». " * 3000',
    "pronouns in relative clauses": '"Интервью Ивана Петрова, в котором он заявил, что всё хорошо. " * 2000',
    # every source with no comma looks up the names its words are in; every "они" the people
    # named together before it; every wiki mark is read as spaces
    "sources without commas": '"По данным агентства Кедров-Пресс Ивана Петрова и Анны Котовой дом снесут. " * 2000',
    "pairs and they": '"Иван Петров и Анна Котова поженились. Они сообщили, что счастливы. " * 2000',
    "wiki emphasis": '"\'\'«Мы победим»\'\', — заявил \'\'\'Иван Петров\'\'\'. " * 3000',
    # wiki links opened and never closed, or closed thousands of times on one line
    "wiki links left open": '"Министр сказал, что всё хорошо. " + "[http://текстновости" * 30000',
    "wiki links": '"Министр [http://example.org/a заявил], что всё хорошо. " * 3000',
    # an agency's dateline before a line naming thousands of organisations; thousands of datelines
    "a dateline before a long line": '"Москва. 21 февраля. ИНТЕРФАКС — " + "Компания «Ромашка» сообщила, что цены растут. " * 3000',
    "datelines": '"Омск, 5 мая. ТАСС — Компания «Ромашка» сообщила, что цены растут.\\n" * 3000',
    # one sentence of thousands of "там" reports, each pointing back to the places before it
    "reports from there": '"Жалобу направили в прокуратуру. " + "Там, как нам сообщили, " * 5000 + "проверка идёт."',
}


@pytest.mark.parametrize("name", sorted(WORST))
def test_worst_cases_stay_small(name):
    code = textwrap.dedent(f"""
        import time, svodka
        from svodka.workers import peak_rss_mb
        text = {WORST[name]}
        started = time.time()
        svodka.extract(text)
        print(time.time() - started, peak_rss_mb())
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    seconds, peak_mb = map(float, run.stdout.split()[-2:])
    assert seconds < 30 and peak_mb < 500, (seconds, peak_mb)


def test_a_huge_document_is_read_in_pieces_with_offsets_in_the_whole(models):
    import svodka
    from svodka.chunks import CHUNK_CHARS

    paragraph = ("Глава района Иван Петров заявил, что 12 домов подтоплены. "
                 "«Мы эвакуировали 40 человек», — сказал он 3 мая.\n\n")
    text = paragraph * (CHUNK_CHARS * 5 // 2 // len(paragraph))
    doc = svodka.extract(text, published="2026-05-04", models=models)
    count = text.count("Иван Петров")
    assert len(doc.statements) == 2 * count and len({s.id for s in doc.statements}) == len(doc.statements)
    assert all(text[s.content.start : s.content.end] == s.content.text for s in doc.statements)
    assert all(text[f.start : f.end] == f.text for f in doc.figures) and len(doc.figures) == 2 * count
    assert all(text[m.start : m.end] == m.text for e in doc.entities for m in e.mentions)
    ids = {e.id for e in doc.entities}
    assert all(s.speaker.entity in ids for s in doc.statements if s.speaker.entity)
    assert doc.statements[-1].start > 2 * CHUNK_CHARS  # the last piece's records are there, at their place
