"""svodka's entity tagger: two CRFs over slovnet's tags and the parse.

The outer CRF tags the outermost PER/ORG/LOC mentions ("Министерство обороны
России"); the inner one, given the outer tags, tags mentions nested inside them
("России"). Both were trained by ``svodka.ner.train`` (``make train-ner``) and
ship inside the package, so tagging runs offline.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pycrfsuite
from natasha import Doc
from natasha.doc import DocSent, DocSpan

from ..errors import SvodkaError
from .features import sentence_features, with_outer

MODELS = Path(__file__).with_name("models")
OUTER, INNER = "outer.crfsuite", "inner.crfsuite"
GLUE = {"ADP", "CCONJ", "SCONJ"}


class Tagger:
    """Opens its models on first use, so that training (which has none yet) can load the rest."""

    def __init__(self, folder: Path = MODELS) -> None:
        self.folder = folder
        self._outer: pycrfsuite.Tagger | None = None
        self._inner: pycrfsuite.Tagger | None = None

    def _open(self) -> None:
        for name in (OUTER, INNER):
            if not (self.folder / name).is_file():
                raise SvodkaError(f"{self.folder / name}: svodka's entity model is missing (make train-ner builds it)")
        self._outer, self._inner = pycrfsuite.Tagger(), pycrfsuite.Tagger()
        self._outer.open(str(self.folder / OUTER))
        self._inner.open(str(self.folder / INNER))

    def sentence(self, sent: DocSent) -> list[DocSpan]:
        """The mentions of one sentence (slovnet's spans already on it), outer before inner."""
        if not sent.tokens:
            return []
        if self._outer is None:
            self._open()
        features = sentence_features(sent)
        outer = self._outer.tag(features)
        # a nested mention lies inside an outer organisation or place of two tokens or more
        # (a person's name holds none in either corpus)
        nested = any(a != "O" and b.startswith("I-") and not b.endswith("PER") for a, b in zip(outer, outer[1:]))
        inner = self._inner.tag(with_outer(features, outer)) if nested else []
        spans = [_with_legal_form(sent, span) for span in spans_of(sent, outer)]
        taken = {(s.start, s.stop) for s in spans}
        spans += [s for s in spans_of(sent, inner) if (s.start, s.stop) not in taken]  # the inner CRF may repeat one
        spans.sort(key=lambda s: (s.start, -s.stop))
        return spans

    def __call__(self, doc: Doc) -> None:
        """Replace slovnet's spans on ``doc`` (and on its sentences) with this tagger's."""
        doc.spans = []
        for sent in doc.sents:
            sent.spans = self.sentence(sent)
            doc.spans.extend(sent.spans)


def spans_of(sent: DocSent, tags: list[str]) -> list[DocSpan]:
    """BIO tags -> spans; an I- tag after O or after another type starts a mention."""
    spans: list[DocSpan] = []
    current = None
    for token, tag in zip(sent.tokens, tags):
        if tag == "O":
            current = None
            continue
        kind, type = tag.split("-", 1)
        if kind == "B" or current is None or current.type != type:
            current = DocSpan(token.start, token.stop, type, token.text)
            current.tokens = [token]
            spans.append(current)
        else:
            current.tokens.append(token)
            current.stop = token.stop
    text = sent.text
    for span in spans:
        # a name neither starts nor ends with a preposition or a conjunction ("МЧС по")
        while span.tokens and span.tokens[-1].pos in GLUE:
            span.tokens.pop()
        while span.tokens and span.tokens[0].pos in GLUE:
            span.tokens.pop(0)
        if span.tokens:
            span.start, span.stop = span.tokens[0].start, span.tokens[-1].stop
            span.text = text[span.start - sent.start : span.stop - sent.start]
    return [span for span in spans if span.tokens]


LEGAL_FORMS = {"ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ГУП", "МУП", "ФГУП", "ГБУ", "МБУ", "АНО", "НКО"}
QUOTES = {"«": "»", '"': '"', "„": "“", "“": "”"}


def _with_legal_form(sent: DocSent, span: DocSpan) -> DocSpan:
    """'ООО "СК Южстрой"' is one name: an organisation right after a legal form (and the
    quotation mark it opens) takes in the form and the closing mark."""
    if span.type != "ORG":
        return span
    tokens = sent.tokens
    k = next(n for n, t in enumerate(tokens) if t is span.tokens[0])
    opening = tokens[k - 1].text if k >= 1 and tokens[k - 1].text in QUOTES else None
    form = k - 2 if opening else k - 1
    if form < 0 or tokens[form].text not in LEGAL_FORMS:
        return span
    last = next(n for n, t in enumerate(tokens) if t is span.tokens[-1])
    if opening and last + 1 < len(tokens) and tokens[last + 1].text == QUOTES[opening]:
        last += 1
    elif opening:
        return span
    found = tokens[form : last + 1]
    start, stop = found[0].start, found[-1].stop
    return DocSpan(start, stop, span.type, sent.text[start - sent.start : stop - sent.start], tokens=found)


@lru_cache(maxsize=1)
def load() -> Tagger:
    return Tagger()
