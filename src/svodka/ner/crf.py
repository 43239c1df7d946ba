"""Tagging with a linear-chain CRF trained by crfsuite, in numpy, many sentences at once.

python-crfsuite tags one sentence per call and spends most of its time building every
feature string and handing it to C++ (17 µs a token on NEREL dev, with the strings).
Here no feature string is built: each column's value ("москва" in column "w") is looked
up once per token, its weights for every offset ("w=москва", "-1:w=москва", …) gathered
with numpy, and the Viterbi search runs over all the sentences of a document together.

The model is the trained weights, exported once (``export``) to an ``.npz`` file that
ships in the package: it opens in milliseconds, where reading them back through
``pycrfsuite.Tagger.info`` takes a third of a second.

The scores are crfsuite's (a feature weighs 1, an unknown one nothing, no start or end
transitions) in float64, ties broken for the first label as crfsuite does;
tests/test_ner.py checks the tags against pycrfsuite's on real text.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from .features import Columns

Templates = tuple[tuple[str, int], ...]
OFFSET = re.compile(r"(-?\d+):")


class CRF:
    def __init__(self, labels: list[str], attributes: list[str], state: np.ndarray, transitions: np.ndarray) -> None:
        """``state``: (attributes + 1, labels) weights, row 0 for an unknown attribute, all zeros;
        ``transitions``: (labels, labels), from the row's label to the column's."""
        self.labels = np.array(labels)
        self.attributes = attributes
        self.state, self.transitions = state, transitions
        self._compile(attributes)

    @classmethod
    def load(cls, path: Path) -> "CRF":
        with np.load(path) as saved:
            return cls(saved["labels"].tolist(), saved["attributes"].tolist(), saved["state"], saved["transitions"])

    def save(self, path: Path) -> None:
        np.savez_compressed(path, labels=self.labels, attributes=np.array(self.attributes), state=self.state,
                            transitions=self.transitions)

    def tag(self, batch: list[Columns], templates: Templates) -> list[list[str]]:
        """The best label sequence of each sentence, given its tokens' columns."""
        lengths = np.array([len(cols["w"]) for cols in batch])
        if not len(batch) or not lengths.all():
            raise ValueError("every sentence to tag needs at least one token")
        total = int(lengths.sum())
        place = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)  # the token's place in its sentence
        length = np.repeat(lengths, lengths)
        rows = [np.full(total, self.constant.get("b", 0)),
                np.where(place == 0, self.constant.get("BOS", 0), 0),
                np.where(place == length - 1, self.constant.get("EOS", 0), 0)]
        outside = {d: (place + d < 0) | (place + d >= length) for d in {d for _, d in templates}}
        reach = max(abs(d) for _, d in templates)
        for column in dict.fromkeys(c for c, _ in templates):
            vocabulary = self.vocabulary.get(column)
            if vocabulary is None:
                continue
            get, unknown = vocabulary.get, len(vocabulary)
            ids = np.full(total + 2 * reach, unknown, dtype=np.intp)
            ids[reach : reach + total] = [get(value, unknown) for cols in batch for value in cols[column]]
            for c, d in templates:
                if c == column and (c, d) in self.rows:
                    shifted = ids[reach + d : reach + d + total].copy()
                    shifted[outside[d]] = unknown  # a neighbour in another sentence is none
                    rows.append(self.rows[c, d][shifted])
        emissions = self.state[np.stack(rows)].sum(0)
        steps = int(lengths.max())
        padded = np.zeros((len(batch), steps, len(self.labels)))
        padded[np.arange(steps) < lengths[:, None]] = emissions
        return [self.labels[path[:n]].tolist() for path, n in zip(self._viterbi(padded, lengths), lengths)]

    def _compile(self, attributes: list[str]) -> None:
        """Attribute strings ("-1:w=москва") -> for each (column, offset) a row per value
        of the column's vocabulary (the values any of its templates knows)."""
        by_template: dict[tuple[str, int], dict[str, int]] = {}
        self.constant: dict[str, int] = {}
        for row, attribute in enumerate(attributes, 1):
            if "=" not in attribute:
                self.constant[attribute] = row
                continue
            offset, rest = 0, attribute
            found = OFFSET.match(attribute)
            if found:
                offset, rest = int(found.group(1)), attribute[found.end():]
            column, _, value = rest.partition("=")
            by_template.setdefault((column, offset), {})[value] = row
        self.vocabulary: dict[str, dict[str, int]] = {}
        for (column, _), values in by_template.items():
            vocabulary = self.vocabulary.setdefault(column, {})
            for value in values:
                vocabulary.setdefault(value, len(vocabulary))
        self.rows: dict[tuple[str, int], np.ndarray] = {}
        for (column, offset), values in by_template.items():
            vocabulary = self.vocabulary[column]
            table = np.zeros(len(vocabulary) + 1, dtype=np.intp)  # the last id: a value never seen
            table[[vocabulary[v] for v in values]] = list(values.values())
            self.rows[column, offset] = table

    def _viterbi(self, emissions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        # longest first, so that the sequences still running at a step are a prefix
        order = np.argsort(-lengths, kind="stable")
        emissions, lengths = emissions[order], lengths[order]
        size, steps, labels = emissions.shape
        running = [int((lengths > t).sum()) for t in range(steps)]
        score = emissions[:, 0].copy()
        history = np.zeros((steps, size, labels), dtype=np.intp)
        for t in range(1, steps):
            n = running[t]
            candidates = score[:n, :, None] + self.transitions  # (sequence, from, to)
            history[t, :n] = candidates.argmax(1)
            score[:n] = candidates.max(1) + emissions[:n, t]
        paths = np.zeros((size, steps), dtype=np.intp)
        current = score.argmax(1)
        for t in range(steps - 1, 0, -1):
            n = running[t]
            paths[:n, t] = current[:n]
            current[:n] = history[t, np.arange(n), current[:n]]
        paths[:, 0] = current
        unsorted = np.empty_like(paths)
        unsorted[order] = paths
        return unsorted


def export(crfsuite_model: Path, out: Path) -> None:
    """A model trained by crfsuite, as the ``.npz`` file ``CRF.load`` opens."""
    import pycrfsuite  # training only: tagging needs numpy alone

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crfsuite_model))
    info, labels = tagger.info(), tagger.labels()
    label = {name: n for n, name in enumerate(labels)}
    attributes = sorted({a for a, _ in info.state_features})
    row = {a: n for n, a in enumerate(attributes, 1)}
    state = np.zeros((len(attributes) + 1, len(labels)))
    for (attribute, name), weight in info.state_features.items():
        state[row[attribute], label[name]] = weight
    transitions = np.zeros((len(labels), len(labels)))
    for (a, b), weight in info.transitions.items():
        transitions[label[a], label[b]] = weight
    CRF(labels, attributes, state, transitions).save(out)
