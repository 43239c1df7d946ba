"""Loaders for the annotated corpora in ../shared/data (formats: its README).

Both loaders take any folder laid out like the originals, so a held-out copy of
the same corpora is read the same way.

Type mapping to svodka's PER/ORG/LOC (docs/bench.md):
- NEREL: PERSON -> PER; ORGANIZATION -> ORG; COUNTRY, CITY, STATE_OR_PROVINCE,
  LOCATION, DISTRICT -> LOC.  Nested mentions are all kept as gold.
- factRuEval: Person -> PER; Org -> ORG; Location, LocOrg -> LOC.  A mention is the
  stretch from its first span's start to its last span's end, and takes in the closing
  quotation mark its spans leave out ('партии «Яблоко»').  Its name without the
  descriptor spans ("Яблоко»" of "партии «Яблоко»") is kept as ``Gold.name``: NEREL
  names an organisation without "компании", "партии", factRuEval with them, and the
  NER bench takes either.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SvodkaError

NEREL_TYPES = {
    "PERSON": "PER",
    "ORGANIZATION": "ORG",
    "COUNTRY": "LOC",
    "CITY": "LOC",
    "STATE_OR_PROVINCE": "LOC",
    "LOCATION": "LOC",
    "DISTRICT": "LOC",
}
FACTRUEVAL_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
DESCRIPTORS = {"org_descr", "loc_descr", "job"}  # "компании" in "компании Genentech": not part of the name
NAME_SPANS = {"Org": {"org_name"}, "Location": {"loc_name"}, "LocOrg": {"loc_name"},
              "Person": {"name", "surname", "patronymic", "nickname"}}
DEFAULT_SPLITS = {"nerel": "nerel/dev", "factrueval": "factrueval/devset"}
_ANN = re.compile(r"^T\d+\t(\S+) (\d+(?: \d+)*(?:;\d+ \d+)*)\t")


@dataclass(frozen=True)
class Gold:
    type: str  # svodka's type after mapping (or the corpus type when unmapped)
    start: int
    end: int
    name: tuple[int, int] | None = None  # factRuEval: the mention without its descriptor words, when it has them


@dataclass
class BenchDoc:
    id: str
    text: str
    gold: list[Gold] = field(default_factory=list)  # every annotated span, corpus types
    entities: list[Gold] = field(default_factory=list)  # PER/ORG/LOC after mapping


def data_dir() -> Path:
    """``$SVODKA_DATA``, else ../shared/data beside the working directory or the checkout."""
    env = os.environ.get("SVODKA_DATA")
    candidates = (
        [Path(env)] if env else [Path.cwd().parent / "shared" / "data", Path(__file__).resolve().parents[4] / "shared" / "data"]
    )
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise SvodkaError(
        "evaluation data not found: expected ../shared/data (or set SVODKA_DATA); benchmarks cannot run without it"
    )


def split_path(corpus: str, split: str | Path | None) -> Path:
    path = Path(split) if split else data_dir() / DEFAULT_SPLITS[corpus]
    if not path.is_dir():
        raise SvodkaError(f"{path}: no such folder of {corpus} documents")
    return path


def load(corpus: str, split: str | Path | None = None, limit: int | None = None) -> list[BenchDoc]:
    path = split_path(corpus, split)
    docs = load_nerel(path) if corpus == "nerel" else load_factrueval(path)
    if not docs:
        raise SvodkaError(f"{path}: no {corpus} documents found")
    return docs[:limit] if limit else docs


def factrueval_halves(docs: list[BenchDoc]) -> tuple[list[BenchDoc], list[BenchDoc]]:
    """factRuEval dev in the loader's order: (every second document, which trains svodka's
    entity tagger; the others, held out to score it)."""
    return docs[0::2], docs[1::2]


def load_nerel(path: Path) -> list[BenchDoc]:
    docs = []
    for txt in sorted(path.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        doc = BenchDoc(txt.stem, text)
        ann = txt.with_suffix(".ann")
        lines = ann.read_text(encoding="utf-8").splitlines() if ann.exists() else []
        for line in lines:
            match = _ANN.match(line)
            if not match:
                continue  # relations, links, and the known stray line in train/21013
            fragments = [tuple(map(int, f.split())) for f in match.group(2).split(";")]
            start, end = fragments[0][0], fragments[-1][1]
            doc.gold.append(Gold(match.group(1), start, end))
            if match.group(1) in NEREL_TYPES and len(fragments) == 1:
                doc.entities.append(Gold(NEREL_TYPES[match.group(1)], start, end))
        docs.append(doc)
    return docs


def load_factrueval(path: Path) -> list[BenchDoc]:
    docs = []
    for txt in sorted(path.glob("*.txt"), key=lambda p: _natural(p.stem)):
        text = txt.read_text(encoding="utf-8")
        doc = BenchDoc(txt.stem, text)
        spans = {}
        for line in _lines(txt.with_suffix(".spans")):
            parts = line.split()
            spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]), parts[1])
        for line in _lines(txt.with_suffix(".objects")):
            parts = line.split("#", 1)[0].split()
            if len(parts) < 3 or parts[1] not in FACTRUEVAL_TYPES:
                continue
            bounds = [spans[s] for s in parts[2:] if s in spans]
            if bounds:
                start, end = _stretch(text, bounds)
                # a legal form ("ОАО") is a descriptor to factRuEval, but part of the name to NEREL
                named = [b for b in bounds if b[2] not in DESCRIPTORS or text[b[0] : b[1]].isupper()]
                # "правительства Китая" without its descriptor is another thing's name: no second form
                own = any(b[2] in NAME_SPANS[parts[1]] for b in named)
                name = _stretch(text, named) if named and own else None
                name = name if name != (start, end) else None
                doc.gold.append(Gold(parts[1], start, end, name))
                doc.entities.append(Gold(FACTRUEVAL_TYPES[parts[1]], start, end, name))
        stretches = {(g.start, g.end) for g in doc.entities}
        doc.entities = [Gold(g.type, g.start, g.end, None if g.name in stretches else g.name) for g in doc.entities]
        docs.append(doc)
    return docs


def _stretch(text: str, bounds: list[tuple[int, int, str]]) -> tuple[int, int]:
    start = min(b[0] for b in bounds)
    return start, _close_quote(text, start, max(b[1] for b in bounds))


def _close_quote(text: str, start: int, end: int) -> int:
    """factRuEval's spans stop before the closing mark of a quoted name ('партии «Яблоко'):
    the mark is taken in, so that the name is whole as in NEREL and in svodka's output."""
    name = text[start:end]
    if end < len(text) and (
        (text[end] == "»" and name.count("«") > name.count("»")) or (text[end] == '"' and name.count('"') % 2)
    ):
        return end + 1
    return end


def _lines(path: Path) -> list[str]:
    return [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()] if path.exists() else []


def _natural(stem: str) -> tuple:
    return tuple(int(x) if x.isdigit() else x for x in re.split(r"(\d+)", stem))
