"""A document in a notebook: its text with the records highlighted in place (entities by
type, statements with their speaker, figures, times), a legend, every piece of the text
escaped.  ``Document._repr_html_`` uses it; ``svodka.show(doc, layers=[…])`` picks layers."""
from __future__ import annotations

from collections.abc import Iterable
from html import escape

from .records import Document
from .web.text import records, segments

LAYERS = ("entity", "statement", "figure", "time")
STYLE = {
    "entity PER": "border-bottom:2px solid #7b3fb5", "entity ORG": "border-bottom:2px solid #0b7a75",
    "entity LOC": "border-bottom:2px solid #b35c00", "statement": "background:#fff3c4",
    "figure": "background:#d9ecff;font-weight:600", "time": "background:#e8f5e0",
}
LEGEND = {"entity PER": "person", "entity ORG": "organisation", "entity LOC": "place", "statement": "statement",
          "figure": "figure", "time": "time"}


class HTML:
    """Shown as HTML by Jupyter (and anything that knows ``_repr_html_``)."""

    def __init__(self, html: str) -> None:
        self.html = html

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def to_html(doc: Document, layers: Iterable[str] = LAYERS) -> str:
    chosen = set(layers)
    unknown = chosen - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown layers {sorted(unknown)}; choose from {list(LAYERS)}")
    marks = [r for r in records(doc) if r["kind"] in chosen]
    parts = []
    for piece in segments(doc.text, marks):
        text = escape(piece.text)
        if not piece.marks:
            parts.append(text)
            continue
        style = ";".join(STYLE[_key(m)] for m in piece.marks)
        title = escape(" | ".join(m["title"] for m in piece.marks), quote=True)
        parts.append(f'<span style="{style}" title="{title}">{text}</span>')
    legend = " ".join(f'<span style="{STYLE[k]};padding:0 4px">{v}</span>' for k, v in LEGEND.items()
                      if k.split()[0] in chosen)
    title = escape(doc.meta.title or doc.id)
    meta = escape(" · ".join(x for x in (doc.meta.outlet, doc.meta.published) if x))
    said = "".join(f"<li><b>{escape(m['speaker'])}</b> → {escape(m['text'])}</li>"
                   for m in marks if m["kind"] == "statement")
    return (f'<div class="svodka-doc"><div><b>{title}</b> <span style="color:#666">{meta}</span></div>'
            f'<div style="font-size:90%;margin:4px 0">{legend}</div>'
            f'<div style="white-space:pre-wrap;line-height:1.7">{"".join(parts)}</div>'
            + (f'<ol style="font-size:90%">{said}</ol>' if said else "") + "</div>")


def show(doc: Document, layers: Iterable[str] = LAYERS) -> HTML:
    """``svodka.show(doc, layers=["entity", "statement"])`` in a notebook cell."""
    return HTML(to_html(doc, layers))


def _key(mark: dict) -> str:
    return f"entity {mark['type']}" if mark["kind"] == "entity" else mark["kind"]
