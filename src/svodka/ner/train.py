"""Train the entity tagger from the annotated corpora (``make train-ner``).

Training data: NEREL train, and every second document of factRuEval dev (for its
conventions where they differ from NEREL's), counted twice. Model selection: NEREL
dev and the other half of factRuEval dev (``svodka bench ner`` scores that half).
L-BFGS with fixed settings over a fixed document order: the same data gives the
same model.
"""
from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite

from ..analyse import analyse, load
from ..bench.corpora import BenchDoc, Gold, data_dir, factrueval_halves, load_factrueval, load_nerel
from .crf import export
from .features import INNER_TEMPLATES, OUTER_TEMPLATES, columns, strings, with_outer
from .tagger import INNER, MODELS, OUTER

PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
FACTRUEVAL_WEIGHT = 2


def layers(gold: list[Gold]) -> tuple[list[Gold], list[Gold]]:
    """Outermost mentions, and mentions nested inside one of them (crossing ones dropped)."""
    outer: list[Gold] = []
    inner: list[Gold] = []
    for g in sorted(gold, key=lambda g: (g.start, -(g.end - g.start))):
        if any(o.start <= g.start and g.end <= o.end for o in outer):
            inner.append(g)
        elif not any(o.start < g.end and g.start < o.end for o in outer):
            outer.append(g)
    return outer, inner


def bio(sent, gold: list[Gold]) -> list[str]:
    """Tags of the given mentions; where they nest (a third level: "России" in "МВД России" in
    "ГУ МВД России"), the deeper one's tags win. Dropping the third level instead scored lower
    (NEREL dev .865 against .867)."""
    tags = ["O"] * len(sent.tokens)
    for g in gold:
        first = True
        for k, token in enumerate(sent.tokens):
            if token.start >= g.start and token.stop <= g.end:
                tags[k] = ("B-" if first else "I-") + g.type
                first = False
    return tags


def examples(docs: list[BenchDoc]) -> Iterator[tuple[list, list[str], list, list[str]]]:
    """(outer features, outer tags, inner features, inner tags) per sentence."""
    models = load()
    for doc in docs:
        parsed = analyse(doc.text, models, tagger=False)
        # factRuEval's "компании Genentech" is learnt as NEREL names it: "Genentech"
        outer, inner = layers([Gold(g.type, *g.name) if g.name else g for g in doc.entities])
        for sent in parsed.sents:
            if not sent.tokens:
                continue
            here = [g for g in outer if sent.start <= g.start < sent.stop]
            outer_tags = bio(sent, here)
            inner_tags = bio(sent, [g for g in inner if sent.start <= g.start < sent.stop])
            cols = columns(sent)
            inner_features = strings(with_outer(cols, outer_tags), INNER_TEMPLATES)
            yield strings(cols, OUTER_TEMPLATES), outer_tags, inner_features, inner_tags


def main(out: Path = MODELS) -> None:
    started = time.monotonic()
    data = data_dir()
    train_half, _ = factrueval_halves(load_factrueval(data / "factrueval" / "devset"))
    docs = load_nerel(data / "nerel" / "train") + train_half * FACTRUEVAL_WEIGHT
    trainers = {OUTER: pycrfsuite.Trainer(verbose=False), INNER: pycrfsuite.Trainer(verbose=False)}
    for n, (x_outer, y_outer, x_inner, y_inner) in enumerate(examples(docs), 1):
        trainers[OUTER].append(x_outer, y_outer)
        trainers[INNER].append(x_inner, y_inner)
        if n % 5000 == 0:
            print(f"{n} sentences analysed, {time.monotonic() - started:.0f} s", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name, trainer in trainers.items():
            trained = Path(scratch) / f"{name}.crfsuite"
            trainer.set_params(PARAMS)
            trainer.train(str(trained))
            export(trained, out / name)
            print(f"{out / name}: trained, {time.monotonic() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else MODELS)
