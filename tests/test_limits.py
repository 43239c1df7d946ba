"""Work bounded by the input's size: the worst cases a batch meets (long punctuation runs,
a 100 000-character "word") stay linear in time and under 500 MB each, measured in a
child process of their own."""
import subprocess
import sys
import textwrap

import pytest

WORST = {
    "commas": '"Начало. " + ", " * 10000 + " конец."',
    "quotation marks": '"Он сказал: " + "«" * 10000 + "»" * 10000',
    "dashes": '"Текст " + "— " * 10000',
    "one long word": '"Слово " + "а" * 100000 + " конец."',
}


@pytest.mark.parametrize("name", sorted(WORST))
def test_worst_cases_stay_small(name):
    code = textwrap.dedent(f"""
        import resource, time, svodka
        text = {WORST[name]}
        started = time.time()
        svodka.extract(text)
        print(time.time() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    seconds, peak_mb = map(float, run.stdout.split()[-2:])
    assert seconds < 30 and peak_mb < 500, (seconds, peak_mb)
