"""Times and figures against NEREL's DATE and NUMBER spans, and against the
hand-annotated dev sets tests/data/times_dev.tsv and figures_dev.tsv.

NEREL (span match, exact and overlap, scorer of ``score.Scorer``): every time
svodka finds is compared with DATE, every figure with NUMBER.  NEREL's DATE also
marks durations ("два года") and NUMBER marks every cardinal, so recall there
measures coverage of things svodka leaves out on purpose; figures that overlap
a MONEY or PERCENT span are not counted either way (NEREL types them apart).

Dev sets (whole documents annotated): a found item matches a gold one when their
spans overlap (one-to-one, in text order); then the normalised value (and for
times the anchor, for figures the category and the claimant) must agree.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ..pipeline import extract
from ..records import Document
from .corpora import BenchDoc
from .devset import DATA, extracted, overlaps, rows
from .score import PRF, Scorer

TIMES_GOLD = DATA / "times_dev.tsv"
IGNORED = {"figures": ("MONEY", "PERCENT"), "times": ()}
NEREL_TYPE = {"figures": "NUMBER", "times": "DATE"}


def nerel(kind: str, docs: list[BenchDoc], on_doc: Callable[[], None] | None = None) -> dict:
    """P/R/F1 of svodka's times (or figures) against NEREL DATE (or NUMBER) spans."""
    type_ = NEREL_TYPE[kind]
    scorer = Scorer((type_,))
    for doc in docs:
        ignored = [(g.start, g.end) for g in doc.gold if g.type in IGNORED[kind]]
        found = [_span(x) for x in _items(kind, extract(doc.text))
                 if not any(overlaps(_span(x), i, share=0.01) for i in ignored)]
        scorer.add([(type_, g.start, g.end) for g in doc.gold if g.type == type_],
                   [(type_, a, b) for a, b in found])
        if on_doc:
            on_doc()
    value = scorer.value()
    return {"documents": len(docs), "exact": value["exact"][type_], "overlap": value["overlap"][type_]}


def devset(kind: str, gold_path: Path, columns: int | tuple[int, ...], agree: dict[str, Callable]) -> dict:
    """Detection P/R/F1 and, over the matched items, how often each field agrees (a check
    that returns None did not apply to the row); over all rows and per corpus."""
    groups: dict[str, tuple[PRF, dict[str, list[int]]]] = {}

    def scores(corpus: str) -> Iterator[tuple[PRF, dict[str, list[int]]]]:
        for name in ("all", corpus):
            yield groups.setdefault(name, (PRF(), {f: [0, 0] for f in agree}))

    def tally(corpus: str, outcome: str) -> None:
        for prf, _ in scores(corpus):
            setattr(prf, outcome, getattr(prf, outcome) + 1)

    def judge(corpus: str, field: str, ok: bool) -> None:
        for _, fields in scores(corpus):
            fields[field][0] += ok
            fields[field][1] += 1

    errors, skipped, counted = [], set(), 0
    for corpus, doc, gold_rows, text, found in extracted(rows(gold_path, columns), skipped):
        counted += len(gold_rows)
        items = _items(kind, found)
        used = set()
        for row in gold_rows:
            span = (int(row[0]), int(row[1]))
            match = next((x for x in items if x.id not in used and overlaps(_span(x), span, share=0.01)), None)
            if match is None:
                tally(corpus, "fn")
                errors.append({"doc": doc, "missed": text[span[0] : span[1]]})
                continue
            used.add(match.id)
            tally(corpus, "tp")
            for name, check in agree.items():
                ok = check(row, match, found)
                if ok is None:
                    continue
                judge(corpus, name, ok)
                if not ok:
                    errors.append({"doc": doc, "wrong": name, "text": text[span[0] : span[1]], "gold": row[2:]})
        for x in items:
            if x.id not in used:
                tally(corpus, "fp")
                start, end = _span(x)
                errors.append({"doc": doc, "spurious": text[start:end]})

    def summary(prf: PRF, fields: dict[str, list[int]]) -> dict:
        return {"found": prf.as_dict(),
                "agreement": {name: {"right": r, "matched": n, "accuracy": round(r / n, 4) if n else 0.0}
                              for name, (r, n) in fields.items()}}

    empty = (PRF(), {f: [0, 0] for f in agree})
    result = {"gold": str(gold_path), "items": counted, "skipped": sorted(skipped), **summary(*groups.get("all", empty))}
    result["corpora"] = {name: summary(*g) for name, g in sorted(groups.items()) if name != "all"}
    result["errors"] = errors
    return result


def _items(kind: str, document: Document) -> tuple:
    return document.times if kind == "times" else document.figures


def _span(item) -> tuple[int, int]:
    return item.start, item.end


def run_devset(gold_path: Path = TIMES_GOLD) -> dict:
    """Gold rows: corpus, doc, start, end, value, precision, anchor. A time the text cannot fix
    ("-") is right as unknown, whatever precision and anchor a gold row gives it ("сегодня" is
    a day counted from the publication date even when there is none)."""
    return devset("times", gold_path, 7, {
        "value": lambda row, t, _: (t.value or "-") == row[2] and (row[2] == "-" or (t.precision or "-") == row[3]),
        "anchor": lambda row, t, _: row[2] == "-" and t.value is None or (t.anchor or "-") == row[4],
    })
