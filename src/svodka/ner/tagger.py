"""svodka's entity tagger: two CRFs over slovnet's tags and the parse.

The outer CRF tags the outermost PER/ORG/LOC mentions ("Министерство обороны
России"); the inner one, given the outer tags, tags mentions nested inside them
("России"). Both were trained by ``svodka.ner.train`` (``make train-ner``) and
ship inside the package, so tagging runs offline.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from natasha import Doc
from natasha.doc import DocSent, DocSpan

from ..errors import SvodkaError
from .crf import CRF
from .features import INNER_TEMPLATES, OUTER_TEMPLATES, columns, with_outer

MODELS = Path(__file__).with_name("models")
OUTER, INNER = "outer.npz", "inner.npz"
GLUE = {"ADP", "CCONJ", "SCONJ"}


class Tagger:
    """Opens its models on first use, so that training (which has none yet) can load the rest."""

    def __init__(self, folder: Path = MODELS) -> None:
        self.folder = folder
        self._crfs: tuple[CRF, CRF] | None = None

    def _open(self) -> tuple[CRF, CRF]:
        for name in (OUTER, INNER):
            if not (self.folder / name).is_file():
                raise SvodkaError(f"{self.folder / name}: svodka's entity model is missing (make train-ner builds it)")
        return CRF.load(self.folder / OUTER), CRF.load(self.folder / INNER)

    def __call__(self, doc: Doc) -> None:
        """Replace slovnet's spans on ``doc`` (and on its sentences) with this tagger's,
        outer mentions before the ones nested in them, all sentences tagged at once."""
        if self._crfs is None:
            self._crfs = self._open()
        outer_crf, inner_crf = self._crfs
        sents = [s for s in doc.sents if s.tokens]
        cols = [columns(s) for s in sents]  # they read slovnet's spans, replaced below
        for sent in doc.sents:
            sent.spans = []
        doc.spans = []
        if not sents:
            return
        outer = outer_crf.tag(cols, OUTER_TEMPLATES)
        # a nested mention lies inside an outer organisation or place of two tokens or more
        # (a person's name holds none in either corpus)
        nesting = [k for k, tags in enumerate(outer)
                   if any(a != "O" and b.startswith("I-") and not b.endswith("PER") for a, b in zip(tags, tags[1:]))]
        inner = dict(zip(nesting, inner_crf.tag([with_outer(cols[k], outer[k]) for k in nesting], INNER_TEMPLATES))) \
            if nesting else {}
        for k, sent in enumerate(sents):
            spans = [_with_legal_form(sent, span) for span in spans_of(sent, outer[k])]
            taken = {(s.start, s.stop) for s in spans}
            # the inner CRF may repeat an outer mention
            spans += [s for s in spans_of(sent, inner.get(k, [])) if (s.start, s.stop) not in taken]
            spans.sort(key=lambda s: (s.start, -s.stop))
            sent.spans = spans
        doc.spans = [span for sent in doc.sents for span in sent.spans]


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
