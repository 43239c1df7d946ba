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
    return Models(
        segmenter=LineSegmenter(),
        morph_vocab=MorphVocab(),
        morph=NewsMorphTagger(embedding),
        syntax=NewsSyntaxParser(embedding),
        ner=NewsNERTagger(embedding),
        entities=load_tagger(),
    )
