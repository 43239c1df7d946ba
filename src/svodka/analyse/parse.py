"""Segmentation (razdel), morphology, dependency syntax and NER (slovnet).

These are the stages a Natasha user runs, with three changes for news text:
sentences end at line breaks (``LineSegmenter``), a named entity never runs
over a line break ("Кронпринц Нарухито⏎Верхняя …" is cut after the name), and
svodka's entity tagger (``svodka.ner``) has the last word on the spans.
``natasha_analyse`` is the unchanged Natasha pipeline, the benchmarks' baseline.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from natasha import Doc
from natasha.doc import DocSent, DocSpan
from slovnet.bio import bio_spans

from ..data import ROLES, wordlist
from ..extract.words import known_outlet
from . import inference
from .scripts import links, unmark, unmix
from .models import Models, natasha

CYRILLIC = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё -]*")
# an outlet's own word before its name, and a part of it that speaks for it ("пресс-служба РБК")
OUTLET_WORDS = {"агентство", "информагентство", "холдинг", "медиахолдинг", "телеканал", "газета", "издание", "журнал",
                "портал", "радиостанция", "сайт", "телекомпания", "радио", "пресс-служба", "редакция", "компания",
                "группа", "медиагруппа"}

MAX_TOKENS = 300
BREAKS = {",", ";", ":", ")", "»", "—", "–", "-", "."}


def segment(doc: Doc, models: Models) -> None:
    doc.segment(models.segmenter)
    doc.sents = [piece for sent in doc.sents for piece in _bounded(doc, sent)]


def _bounded(doc: Doc, sent: DocSent) -> list[DocSent]:
    """The syntax parser's time and memory grow with the square of a sentence's length (a
    20 000-character run of quotation marks took 6 GB): a longer sentence is cut into pieces
    of at most ``MAX_TOKENS``, after the last punctuation mark in the second half of each."""
    tokens, pieces = sent.tokens, []
    while len(tokens) > MAX_TOKENS:
        cut = next((n + 1 for n in range(MAX_TOKENS - 1, MAX_TOKENS // 2, -1) if tokens[n].text in BREAKS), MAX_TOKENS)
        pieces.append(tokens[:cut])
        tokens = tokens[cut:]
    if not pieces:
        return [sent] if sent.tokens else []
    pieces.append(tokens)
    found = []
    for piece in pieces:
        if piece:
            part = DocSent(piece[0].start, piece[-1].stop, doc.text[piece[0].start : piece[-1].stop])
            part.tokens = piece
            found.append(part)
    return found


def tag_morph(doc: Doc, models: Models) -> None:
    inference.tag_morph(models.morph, doc.sents)


def parse_syntax(doc: Doc, models: Models) -> None:
    inference.parse_syntax(models.syntax, doc.sents)


def tag_ner(doc: Doc, models: Models) -> None:
    """slovnet's NER over the document's own tokens: ``NewsNERTagger(text)`` would
    tokenise the text a second time, into the same tokens."""
    spans = []
    if doc.tokens:
        infer = models.ner.infer
        tags = next(infer.decoder(infer.process(infer.encoder([[t.text for t in doc.tokens]]))))
        for span in bio_spans(doc.tokens, tags):
            stop = doc.text.find("\n", span.start, span.stop)
            stop = span.stop if stop < 0 else stop
            text = doc.text[span.start : stop].rstrip()
            if text:
                spans.append(DocSpan(span.start, span.start + len(text), span.type, text))
    doc.spans = spans
    doc.envelop_span_tokens()
    doc.envelop_sent_spans()


def tag_entities(doc: Doc, models: Models) -> None:
    """svodka's own tagger (``svodka.ner``) reads slovnet's spans and the parse, and
    replaces the spans with its own, nested ones included; a person of one word that is a post
    or an occupation ("Гроссмейстер рассказал", "Внук вспоминает" at a sentence's start) and no
    name the dictionary knows ("Мадонна" stays, unknown to it) is no name."""
    models.entities(doc)
    posts = wordlist(ROLES)
    vocab = models.morph_vocab

    def a_post(word: str) -> bool:
        parses = vocab.parse(word.lower())
        return bool(parses) and parses[0].normal_form.replace("ё", "е") in posts

    def post(span: DocSpan) -> bool:
        if span.type != "PER" or len(span.tokens) != 1 or not a_post(span.tokens[0].text):
            return False
        return not any({"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(","))
                       for p in vocab.parse(span.tokens[0].text.lower()))

    def person_inside(span: DocSpan) -> int | None:
        """Where a post's word in lower case begins inside an organisation's name: "РИА Новости
        посол России" (the outlet told, then the ambassador) is the outlet; "посол России" none."""
        if span.type != "ORG" or any(c in "«»\"„“" for c in doc.text[max(0, span.start - 1) : span.stop + 1]):
            return None  # («Сельский учитель» is a name as written)
        # (a person in the nominative singular: "Союз этических граждан" keeps its citizens)
        return next((n for n, t in enumerate(span.tokens) if t.text.islower() and t.pos == "NOUN"
                     and t.feats.get("Animacy") == "Anim" and t.feats.get("Case") == "Nom"
                     and t.feats.get("Number") == "Sing" and a_post(t.text)), None)

    def outlet_after(span: DocSpan) -> int | None:
        """Where a known outlet's name ends an organisation's name after a body's name of its own:
        "В Минпромторге РБК сообщили" (the ministry told РБК), not "агентство РИА Новости"."""
        if span.type != "ORG" or len(span.tokens) < 2 or not span.tokens[0].text[:1].isupper():
            return None
        for cut in range(len(span.tokens) - 1, 0, -1):
            tail = " ".join(t.text for t in span.tokens[cut:] if t.text not in "«»\"„“")
            head = " ".join(t.text for t in span.tokens[:cut])
            # (a body's name in Cyrillic, not a part of the outlet's: "The Wall Street Journal", "ИА Regnum")
            last = span.tokens[cut - 1]
            # (not "«Кедровские вести»", nor the outlet's own word: "Агентство Интерфакс", "Холдинг РБК")
            if known_outlet(tail) and len(head) > 3 and CYRILLIC.fullmatch(head) \
                    and last.pos in ("NOUN", "PROPN") and tail[:1].isupper() \
                    and vocab.parse(last.text.lower())[0].normal_form not in OUTLET_WORDS:
                return cut
        return None

    def place_word_before(span: DocSpan) -> bool:
        """"Жительница Ростова Великого Марина Абрамова": the person's name took the place's
        adjective before it, a word the dictionary knows as no name, in another case."""
        if span.type != "PER" or len(span.tokens) < 3:
            return False
        first, second = span.tokens[:2]
        parses = vocab.parse(first.text.lower())
        return any(p.tag.POS == "ADJF" for p in parses) and not any(
            {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses) \
            and None != first.feats.get("Case") != second.feats.get("Case") != None

    kept, changed = [], False
    for span in doc.spans:
        if place_word_before(span):
            rest = span.tokens[1:]
            span = DocSpan(rest[0].start, span.stop, span.type, doc.text[rest[0].start : span.stop], tokens=rest)
            changed = True
        if (split := outlet_after(span)) is not None:
            head, tail = span.tokens[:split], span.tokens[split:]
            kept.append(DocSpan(span.start, head[-1].stop, "ORG", doc.text[span.start : head[-1].stop]))
            kept.append(DocSpan(tail[0].start, span.stop, "ORG", doc.text[tail[0].start : span.stop]))
            changed = True
            continue
        cut = person_inside(span)
        if post(span) or cut == 0:
            changed = True
            continue
        if cut is not None:
            stop = span.tokens[cut - 1].stop
            span = DocSpan(span.start, stop, span.type, doc.text[span.start : stop])
            changed = True
        kept.append(span)
    if changed:
        doc.spans = kept
        _envelop(doc)


def _envelop(doc: Doc) -> None:
    """Each span's tokens and each sentence's spans, nested spans too (natasha's own envelope gives a
    token to one span only, and a name nested in another, "Центрального банка" of "Центрального
    банка Российской Федерации", would lose its words and with them its normal form)."""
    starts = [t.start for t in doc.tokens]
    for span in doc.spans:
        first, last = bisect_left(starts, span.start), bisect_left(starts, span.stop)
        span.tokens = [t for t in doc.tokens[first:last] if t.stop <= span.stop]
    doc.envelop_sent_spans()


STAGES = (segment, tag_morph, parse_syntax, tag_ner, tag_entities)


def analyse(text: str, models: Models, *, tagger: bool = True) -> Doc:
    """``tagger=False`` stops at slovnet's spans: what svodka's tagger is trained on. Words
    in two alphabets are read in one (``scripts.unmix``, one character for one): the models
    see the tokens so, while ``doc.text`` stays the text as written, so that every record's
    ``text[start:end]`` is what the article says (but for wiki emphasis marks and link markup,
    ``scripts.unmark``, read as the spaces they stand for)."""
    read = unmark(text)
    doc = Doc(unmix(read))
    for stage in STAGES if tagger else STAGES[:-1]:
        stage(doc, models)
    _within_links(doc, links(text))
    doc.text = read
    return doc


def _within_links(doc: Doc, found: list[tuple[int, int, int]]) -> None:
    """A name ends where a wiki link's words begin or end: "Центрального банка РФ [https://… ЦБ РФ]"
    is the bank named twice, not one name read across the blanked address."""
    kept, changed = [], False
    for span in doc.spans:
        # (at the link's opening for a name begun before it, at its closing bracket for one begun in its words)
        cut = min((b for a, words, close in found for b in (a, close - 1) if span.start < b < span.stop
                   and (b == a or span.start >= words)), default=None)
        if cut is not None:
            tokens = [t for t in span.tokens if t.stop <= cut]
            changed = True
            if not tokens:
                continue
            span = DocSpan(span.start, tokens[-1].stop, span.type, doc.text[span.start : tokens[-1].stop], tokens=tokens)
            if any((k.start, k.stop, k.type) == (span.start, span.stop, span.type) for k in kept + doc.spans):
                continue  # (the name as the NER also found it without the link's words)
        kept.append(span)
    if changed:
        doc.spans = kept
        _envelop(doc)


def natasha_analyse(text: str) -> Doc:
    """Exactly what a Natasha user gets: the same models, Natasha's own inference."""
    segmenter, morph, syntax, ner = natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_morph(morph)
    doc.parse_syntax(syntax)
    doc.tag_ner(ner)
    return doc
