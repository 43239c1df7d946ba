from pathlib import Path

import pytest

import svodka
from svodka.analyse import load

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_6b49ed6d8beb26fd.txt"
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def models():
    return load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seeds is absent")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text, models):
    return svodka.extract(seed_text, published="2022-01-10")


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server in a temporary directory (Debian's `postgresql` package;
    .ci/run installs it), run as the unprivileged `postgres` user when the tests run as root,
    stopped at the end; None when the package is absent."""
    import glob
    import os
    import shutil
    import subprocess

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        yield None
        return
    import tempfile
    from pathlib import Path

    bin_dir = os.path.dirname(found[-1])
    # not under pytest's tmp dir: that is private to root, and the server runs as postgres
    root = Path(tempfile.mkdtemp(prefix="svodka-pg-"))
    data = root / "data"
    as_user = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*as_user, f"{bin_dir}/initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"],
                   check=True, capture_output=True)
    port = 54300 + os.getpid() % 500
    subprocess.run([*as_user, f"{bin_dir}/pg_ctl", "-D", str(data), "-w", "-l", str(root / "log"),
                    "-o", f"-k {root} -p {port} -c listen_addresses=''", "start"], check=True, capture_output=True)
    yield f"postgresql://postgres@/postgres?host={root}&port={port}"
    subprocess.run([*as_user, f"{bin_dir}/pg_ctl", "-D", str(data), "-m", "fast", "stop"], capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server, request):
    """A fresh database on the test server, for one test."""
    if postgres_server is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    import re

    import psycopg

    name = "t_" + re.sub(r"\W", "_", request.node.name)[:50].lower()
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return postgres_server.replace("/postgres?", f"/{name}?")
