"""The extraction core: a pure function from text + metadata to records.

The document flows through ``STAGES``, a list of named steps with one
signature: each reads the layers that earlier steps left on the ``Layers`` and
adds its own.  A new analysis (events, …) is one more entry in the list.
Models are passed in (``models=None`` loads the bundled ones once per process),
so ``extract`` gives the same records for the same input in any process: a
CLI, a worker pool, a Dask cluster.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from natasha import Doc

from .analyse import Models, analyse, load
from .extract import dating, entities, events, figures, statements, times
from . import chunks
from .language import detect
from .records import Document, Entity, Event, Figure, Meta, Statement, Time

_WS = re.compile(r"\s+")


def document_id(text: str) -> str:
    """Hash of the normalised text: the same article re-saved with other spacing or
    Unicode composition is the same document."""
    normal = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


@dataclass
class Layers:
    """The document so far: what the stages have added to the text."""

    meta: Meta
    text: str
    models: Models
    parse: Doc | None = None  # natasha's tokens, sentences, morphology, syntax and NER spans
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def document(self) -> Document:
        sentences = tuple((s.start, s.stop) for s in self.parse.sents) if self.parse else ()
        return Document(self.meta, self.text, sentences, tuple(self.entities), tuple(self.statements),
                        tuple(self.figures), tuple(self.times), tuple(self.events))


Stage = Callable[[Layers], None]


def _analyse(layers: Layers) -> None:
    layers.parse = analyse(layers.text, layers.models)


def _entities(layers: Layers) -> None:
    layers.entities = entities.extract(layers.parse, layers.models.morph_vocab, doc_id=layers.meta.id)


def _times(layers: Layers) -> None:
    layers.times = times.extract(layers.parse, layers.models.morph_vocab, published=layers.meta.published,
                                 doc_id=layers.meta.id)


def _statements(layers: Layers) -> None:
    layers.statements = statements.extract(layers.parse, layers.entities, layers.models.morph_vocab,
                                           doc_id=layers.meta.id)


def _figures(layers: Layers) -> None:
    layers.figures = figures.extract(layers.parse, layers.statements, layers.times, layers.models.morph_vocab,
                                     doc_id=layers.meta.id)


def _dating(layers: Layers) -> None:
    layers.statements, layers.figures = dating.link(layers.statements, layers.figures, layers.times)


def _events(layers: Layers) -> None:
    layers.events = events.extract(layers.parse, layers.entities, layers.times, layers.statements, layers.figures,
                                   layers.models.morph_vocab, doc_id=layers.meta.id)


STAGES: tuple[tuple[str, Stage], ...] = (
    ("analyse", _analyse),
    ("entities", _entities),
    ("times", _times),
    ("statements", _statements),
    ("figures", _figures),
    ("dating", _dating),
    ("events", _events),
)


def extract(
    text: str,
    *,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    models: Models | None = None,
    stages: Sequence[tuple[str, Stage]] = STAGES,
) -> Document:
    """Analyse one article and return its records.

    >>> doc = extract("Президент Казахстана Касым-Жомарт Токаев выступил в Алматы.")
    >>> doc.entities[1].name, doc.entities[1].roles
    ('Касым-Жомарт Токаев', ('президент Казахстана',))
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    if "\x00" in text:  # the same rule as `svodka ingest`: NUL means binary content, not an article
        raise ValueError("binary content (NUL characters), not text")
    meta = Meta(
        id=document_id(text), title=title, url=url, outlet=outlet, published=published,
        language=language or detect(text),
    )
    if meta.language != "ru":  # stored with a note (Document.notes), not read as Russian
        return Layers(meta, text, models).document()
    if len(text) > chunks.CHUNK_CHARS:  # a huge item: in pieces, so that its work stays linear
        models = models or load()
        return chunks.merge(meta, text, [
            (offset, extract(piece, published=published, url=url, title=title, outlet=outlet, language=meta.language,
                             models=models, stages=stages)) for offset, piece in chunks.pieces(text)])
    layers = Layers(meta, text, models or load())
    if text.strip():  # nothing to find in blank text, and the taggers fail on it
        for _name, stage in stages:
            stage(layers)
    return layers.document()
