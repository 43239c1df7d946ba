"""Bundled models, loaded once per process.

natasha, slovnet and navec ship their weights inside the wheels, and svodka's
entity tagger inside svodka's (``svodka/ner/models``), so loading never touches
the network; this is what lets svodka run offline and inside
cluster workers.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from natasha import (
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    NewsSyntaxParser,
    Segmenter,
)

from ..ner.tagger import Tagger, load as load_tagger
from .inference import speed_up
from .segmenter import LineSegmenter


@dataclass(frozen=True)
class Models:
    segmenter: Segmenter
    morph_vocab: MorphVocab
    morph: NewsMorphTagger
    syntax: NewsSyntaxParser
    ner: NewsNERTagger
    entities: Tagger


@lru_cache(maxsize=1)
def load() -> Models:
    embedding = NewsEmbedding()
    morph, syntax, ner = NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)
    for tagger in (morph, syntax, ner):
        speed_up(tagger)
    morph_vocab = MorphVocab()
    return Models(
        segmenter=LineSegmenter(morph_vocab),
        morph_vocab=morph_vocab,
        morph=morph,
        syntax=syntax,
        ner=ner,
        entities=load_tagger(),
    )


@lru_cache(maxsize=1)
def natasha() -> tuple[Segmenter, NewsMorphTagger, NewsSyntaxParser, NewsNERTagger]:
    """Natasha's models as a Natasha user loads them, without svodka's faster inference:
    the benchmarks' baseline."""
    embedding = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)
