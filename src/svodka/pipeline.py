"""The extraction core: a pure function from text + metadata to records.

Models are loaded once per process and never change, so ``extract`` gives the
same records for the same input in any process: a CLI, a worker pool, a Dask
cluster.
"""
from __future__ import annotations

from dataclasses import replace

import hashlib
import re
import unicodedata

from .analyse import analyse, load
from .extract import entities, figures, statements, times
from .records import Document, Meta

_WS = re.compile(r"\s+")


def document_id(text: str) -> str:
    """Hash of the normalised text: the same article re-saved with other spacing or
    Unicode composition is the same document."""
    normal = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def extract(
    text: str,
    *,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    language: str = "ru",
) -> Document:
    """Analyse one article and return its records.

    >>> doc = extract("Президент Казахстана Касым-Жомарт Токаев выступил в Алматы.")
    >>> doc.entities[1].name, doc.entities[1].roles
    ('Касым-Жомарт Токаев', ('президент Казахстана',))
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    models = load()
    meta = Meta(
        id=document_id(text), title=title, url=url, outlet=outlet, published=published,
        language=language,
    )
    if not text.strip():
        return Document(meta=meta, text=text)  # nothing to find; the taggers fail on empty input
    doc = analyse(text, models)
    found = entities.extract(doc, models.morph_vocab)
    when = times.extract(text, published, doc)
    said = [replace(s, time=figures.time_near(when, s.sentence, s.sentence))
            for s in statements.extract(doc, found, models.morph_vocab)]
    return Document(
        meta=meta,
        text=text,
        sentences=tuple((s.start, s.stop) for s in doc.sents),
        entities=tuple(found),
        statements=tuple(said),
        figures=tuple(figures.extract(doc, said, when, models.morph_vocab)),
        times=tuple(when),
    )
