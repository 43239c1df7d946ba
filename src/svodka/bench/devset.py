"""Hand-annotated dev sets in tests/data/: where their documents live, and matching.

Rows name a corpus and a document: "own" is examples/corpus/<doc>.txt (offsets
into the text after the front matter, which also gives the publication date);
"nerel" is <data>/nerel/<split>/<doc>.txt, document "<split>/<id>"; "factrueval" the same
under <data>/factrueval ("devset/book_58").
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import SvodkaError
from ..ingest import read_paths
from ..pipeline import STAGES, extract
from ..records import Document
from .corpora import data_dir

# Benchmarks run from a checkout (``make bench``): the dev sets and the sample corpus are
# read relative to the working directory, since an installed package carries neither.
DATA = Path("tests") / "data"
OWN = Path("examples") / "corpus"
LEDGER = Path("tests") / "data" / "ledger" / "articles"


def rows(path: Path, columns: int | tuple[int, ...]) -> dict[tuple[str, str], list[list[str]]]:
    """Rows of a gold TSV grouped by (corpus, document); comments and blanks skipped;
    ``columns`` is the field count, or the counts allowed (a later set may add a column)."""
    allowed = (columns,) if isinstance(columns, int) else columns
    if not path.exists():
        raise SvodkaError(f"{path}: no such gold file")
    grouped = defaultdict(list)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in allowed:
            expected = " or ".join(map(str, allowed))
            raise SvodkaError(f"{path}:{n}: expected {expected} tab-separated fields, got {len(fields)}")
        grouped[(fields[0], fields[1])].append(fields[2:])
    return grouped


def available(corpus: str) -> bool:
    if corpus == "own":
        return True
    try:
        return (data_dir() / corpus).is_dir()
    except SvodkaError:
        return False


def document(corpus: str, doc: str) -> tuple[str, dict[str, str]]:
    """The text of a dev-set document and its metadata (publication date for "own")."""
    if corpus == "own":
        [item] = list(read_paths([OWN / f"{doc}.txt"]))
        if not hasattr(item, "text"):
            raise SvodkaError(str(item))
        return item.text, dict(item.meta)
    split, name = doc.split("/", 1)
    return (data_dir() / corpus / split / f"{name}.txt").read_text(encoding="utf-8"), {}


def extracted(grouped: dict[tuple[str, str], list], skipped: set[str],
              stages: Sequence = STAGES) -> Iterator[tuple[str, str, list, str, Document]]:
    """(corpus, document, gold rows, text, svodka's records) for each dev-set document whose
    text is here, in order; a corpus whose texts are absent goes into ``skipped``."""
    for (corpus, doc), gold_rows in sorted(grouped.items()):
        if not available(corpus):
            skipped.add(corpus)
            continue
        text, meta = document(corpus, doc)
        yield corpus, doc, gold_rows, text, extract(text, stages=stages, **meta)


def overlaps(a: tuple[int, int], b: tuple[int, int], share: float = 0.5) -> bool:
    """Spans share at least ``share`` of the shorter one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= share * min(a[1] - a[0], b[1] - b[0])


def articles() -> list:
    """The sample corpus's and the ledger corpus's articles (the items, with their metadata):
    what the scale and serve benches build their large collections from."""
    items = [i for i in read_paths([OWN, LEDGER]) if hasattr(i, "text")]
    if not items:
        raise SvodkaError(f"no articles under {OWN} or {LEDGER}: run from a checkout")
    return items
