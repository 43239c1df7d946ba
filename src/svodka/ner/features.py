"""Token features for the entity tagger: what a token looks like, what slovnet,
the morphology and the syntax say of it, and the same of its neighbours.

A token's values are laid out in columns (``columns``); the features are the templates'
values (``OUTER_TEMPLATES``, ``INNER_TEMPLATES``). Training writes them out as strings
(``strings``), tagging reads the columns directly (``svodka.ner.crf``): both from the
same templates, so the features cannot differ between the two.
"""
from __future__ import annotations

from functools import lru_cache

from natasha.doc import DocSent

OPEN_QUOTES = {"«", "„", "“", '"'}
CLOSE_QUOTES = {"»", "“", "”", '"'}


@lru_cache(maxsize=100_000)
def shape(word: str) -> str:
    """'Газпром' -> 'Xx', 'МВД' -> 'X', 'ГУ-2' -> 'X-d', '1990' -> 'd'; runs collapsed."""
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _token_tags(sent: DocSent) -> list[str]:
    """slovnet's span of each token as BIO ('B-ORG', 'I-ORG', 'O')."""
    tags = ["O"] * len(sent.tokens)
    index = {id(t): k for k, t in enumerate(sent.tokens)}
    for span in sent.spans:
        first = True
        for token in span.tokens:
            k = index.get(id(token))
            if k is not None:
                tags[k] = ("B-" if first else "I-") + span.type
                first = False
    return tags


def _in_quotes(sent: DocSent) -> list[bool]:
    inside, result = False, []
    for token in sent.tokens:
        text = token.text
        if text in OPEN_QUOTES and not inside:
            inside = True
            result.append(False)
            continue
        if text in CLOSE_QUOTES and inside:
            inside = False
        result.append(inside)
    return result


# A feature is a column's value at an offset from the token: "w=москва" is the token's own
# word, "-1:pos=ADP" its left neighbour's part of speech. Every token also gets "b" (a bias),
# and the first and last of a sentence "BOS" and "EOS".
OWN = ("w", "sh", "ner", "pos", "case", "st", "sf", "rel", "hd", "hs", "q", "nerpos", "shpos")
OUTER_TEMPLATES = tuple(
    [(c, 0) for c in OWN]
    + [(c, d) for d in (-2, -1, 1, 2) for c in ("w", "sh", "ner", "pos", "st") + (("case", "sf", "rel") if d in (-1, 1) else ())]
)
# the nested-mention tagger also reads the outer layer's tag of the token and its neighbours
INNER_TEMPLATES = OUTER_TEMPLATES + (("x", 0), ("xner", 0), ("x", -1), ("x", 1))
Columns = dict[str, list[str]]


def columns(sent: DocSent) -> Columns:
    """Every column's value for each token of ``sent``."""
    tokens = sent.tokens
    ner = _token_tags(sent)
    ids = {t.id: k for k, t in enumerate(tokens)}
    rows = []
    for k, t in enumerate(tokens):
        word = t.text
        lower = word.lower()
        shp, pos, rel = shape(word), t.pos or "", t.rel or ""
        head = ids.get(t.head_id)
        rows.append((
            lower, shp, ner[k], pos, (t.feats or {}).get("Case", ""), lower[:5], lower[-3:], rel,
            tokens[head].text.lower() if head is not None else "ROOT",
            ("<" if head is not None and head < k else ">") + rel,
            ner[k] + pos, shp + pos,
        ))
    cols = dict(zip(("w", "sh", "ner", "pos", "case", "st", "sf", "rel", "hd", "hs", "nerpos", "shpos"),
                    map(list, zip(*rows))))
    cols["q"] = [str(q) for q in _in_quotes(sent)]
    return cols


def with_outer(cols: Columns, outer: list[str]) -> Columns:
    """The nested-mention tagger's columns: the outer layer's tags added."""
    return {**cols, "x": outer, "xner": [tag + ner for tag, ner in zip(outer, cols["ner"])]}


def strings(cols: Columns, templates: tuple[tuple[str, int], ...]) -> list[list[str]]:
    """The feature strings of every token, as python-crfsuite takes them."""
    n = len(cols["w"])
    result = []
    for k in range(n):
        f = ["b"] + (["BOS"] if k == 0 else []) + (["EOS"] if k == n - 1 else [])
        for c, d in templates:
            if 0 <= k + d < n:
                f.append(f"{d}:{c}={cols[c][k + d]}" if d else f"{c}={cols[c][k]}")
        result.append(f)
    return result
