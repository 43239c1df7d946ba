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
