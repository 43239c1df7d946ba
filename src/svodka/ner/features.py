"""Token features for the entity tagger: what a token looks like, what slovnet,
the morphology and the syntax say of it, and the same of its neighbours.

One list of feature strings per token of a sentence, as python-crfsuite takes them.
The features must be computed the same way at training and at run time, so both
go through ``sentence_features``.
"""
from __future__ import annotations

from functools import lru_cache

from natasha.doc import DocSent

OPEN_QUOTES = {"«", "„", "“", '"'}
CLOSE_QUOTES = {"»", "“", "”", '"'}
NER_AT = 3  # where slovnet's tag is in a token's features


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


def sentence_features(sent: DocSent) -> list[list[str]]:
    """Features of every token of ``sent``."""
    tokens = sent.tokens
    n = len(tokens)
    ner = _token_tags(sent)
    quoted = _in_quotes(sent)
    ids = {t.id: k for k, t in enumerate(tokens)}
    own = []
    for k, t in enumerate(tokens):
        word = t.text
        lower = word.lower()
        feats = t.feats or {}
        head = ids.get(t.head_id)
        own.append((
            lower,
            shape(word),
            ner[k],
            t.pos or "",
            feats.get("Case", ""),
            lower[:5],
            lower[-3:],
            t.rel or "",
            tokens[head].text.lower() if head is not None else "ROOT",
            "<" if head is not None and head < k else ">",
        ))
    result = []
    for k in range(n):
        lower, shp, tag, pos, case, stem, suffix, rel, head, side = own[k]
        f = [
            "b", "w=" + lower, "sh=" + shp, "ner=" + tag, "pos=" + pos, "case=" + case, "st=" + stem,
            "sf=" + suffix, "rel=" + rel, "hd=" + head, "hs=" + side + rel, "q=" + str(quoted[k]),
            "nerpos=" + tag + pos, "shpos=" + shp + pos,
        ]
        if k == 0:
            f.append("BOS")
        if k == n - 1:
            f.append("EOS")
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < n:
                o = own[j]
                p = f"{d}:"
                f += [p + "w=" + o[0], p + "sh=" + o[1], p + "ner=" + o[2], p + "pos=" + o[3], p + "st=" + o[5]]
                if d in (-1, 1):
                    f += [p + "case=" + o[4], p + "sf=" + o[6], p + "rel=" + o[7]]
        result.append(f)
    return result


def with_outer(features: list[list[str]], outer: list[str]) -> list[list[str]]:
    """The nested-mention tagger's features: a sentence's features and the outer
    layer's tag of each token and of its neighbours."""
    n = len(outer)
    result = []
    for k, f in enumerate(features):
        extra = ["x=" + outer[k], "xner=" + outer[k] + f[NER_AT][len("ner="):]]
        if k > 0:
            extra.append("-1:x=" + outer[k - 1])
        if k + 1 < n:
            extra.append("1:x=" + outer[k + 1])
        result.append(f + extra)
    return result
