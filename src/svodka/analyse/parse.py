"""Segmentation (razdel), morphology, dependency syntax and NER (slovnet).

These are the stages a Natasha user runs, with two changes for news text:
sentences end at line breaks (``LineSegmenter``), and a named entity never
runs over a line break ("Кронпринц Нарухито⏎Верхняя …" is cut after the name).
``natasha_analyse`` is the unchanged Natasha pipeline, the benchmarks' baseline.
"""
from __future__ import annotations

from natasha import Doc, Segmenter
from natasha.doc import DocSpan

from .models import Models


def segment(doc: Doc, models: Models) -> None:
    doc.segment(models.segmenter)


def tag_morph(doc: Doc, models: Models) -> None:
    doc.tag_morph(models.morph)


def parse_syntax(doc: Doc, models: Models) -> None:
    doc.parse_syntax(models.syntax)


def tag_ner(doc: Doc, models: Models) -> None:
    if not doc.text.strip():
        doc.spans = []
        return
    spans = []
    for span in models.ner(doc.text).spans:
        stop = doc.text.find("\n", span.start, span.stop)
        stop = span.stop if stop < 0 else stop
        text = doc.text[span.start : stop].rstrip()
        if text:
            spans.append(DocSpan(span.start, span.start + len(text), span.type, text))
    doc.spans = spans
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()


STAGES = (segment, tag_morph, parse_syntax, tag_ner)


def analyse(text: str, models: Models) -> Doc:
    doc = Doc(text)
    for stage in STAGES:
        stage(doc, models)
    return doc


_NATASHA_SEGMENTER = Segmenter()


def natasha_analyse(text: str, models: Models) -> Doc:
    """Exactly what a Natasha user gets from the same models."""
    doc = Doc(text)
    doc.segment(_NATASHA_SEGMENTER)
    doc.tag_morph(models.morph)
    doc.parse_syntax(models.syntax)
    doc.tag_ner(models.ner)
    return doc
