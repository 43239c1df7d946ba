"""Segmentation (razdel), morphology, dependency syntax and NER (slovnet).

This is exactly the pipeline Natasha users run; the benchmark times it as the
baseline, and svodka's own stages read its layers.
"""
from __future__ import annotations

from natasha import Doc

from .models import Models


def segment(doc: Doc, models: Models) -> None:
    doc.segment(models.segmenter)


def tag_morph(doc: Doc, models: Models) -> None:
    doc.tag_morph(models.morph)


def parse_syntax(doc: Doc, models: Models) -> None:
    doc.parse_syntax(models.syntax)


def tag_ner(doc: Doc, models: Models) -> None:
    doc.tag_ner(models.ner)


STAGES = (segment, tag_morph, parse_syntax, tag_ner)


def analyse(text: str, models: Models) -> Doc:
    doc = Doc(text)
    for stage in STAGES:
        stage(doc, models)
    return doc
