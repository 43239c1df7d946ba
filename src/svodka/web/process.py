"""`svodka serve` as a child process on a free port of 127.0.0.1, for the browser tests
and `svodka bench serve`: started, waited for, and stopped."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import SvodkaError


@contextmanager
def running(db: str | Path, timeout: float = 30.0) -> Iterator[str]:
    """The base URL of a server over ``db``; the server stops when the block ends."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a chatty server never blocks on it
        process = subprocess.Popen([sys.executable, "-m", "svodka", "serve", "--db", str(db), "--port", str(port)],
                                   stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            deadline = time.monotonic() + timeout
            while not _ready(base):
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    process.wait()
                    log.seek(0)
                    raise SvodkaError("svodka serve did not start: " + log.read().decode(errors="replace")[-2000:])
                time.sleep(0.1)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=10)


def _ready(base: str) -> bool:
    try:
        with urllib.request.urlopen(base + "/api/overview", timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False
