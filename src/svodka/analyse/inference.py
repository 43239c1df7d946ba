"""Faster inference for slovnet's models: the same weights and the same tags, less work.

Where slovnet's numpy inference spends its time (cProfile over the NEREL dev texts),
and what is done here instead:

- A batch of sentences is padded to its longest one (half the positions of the NEREL
  dev batches are padding), and every layer runs over the padding too. Here the
  embeddings and the CNN run only over real tokens: the batch's sentences are laid end
  to end with a zero row before and after each, so the convolutions see the same zeros
  at a sentence's edges as in the padded batch. Only the syntax heads, which compare the
  tokens of one sentence, get the padded batch back.
- ``Conv1d`` builds an im2col copy of every window after swapping the input to
  channels-first. Here the encoder stays channels-last: one matrix product of the
  input with all kernel taps side by side, then the taps' shifted slices are summed.
  Each layer's batch norm is folded into the next convolution (``_Folded``).
- ``CRF.decode`` picks each step's best scores by fancy indexing with a fresh
  ``np.indices`` grid; the maximum is the same value, taken directly, and a sequence
  without padding (NER reads one document at a time) skips the masking.
- Navec's quantised embedding gathers each word's chunks with two index arrays; one
  ``np.take`` over the flattened codebook does the same.
- Every word's vocabulary id and shape are looked up again in each of the three models
  and in every document; they are cached per encoder (bounded).
- natasha's ``tag_morph`` and ``parse_syntax`` pass every token through two records
  (slovnet's markup, natasha's copy of it) before setting its attributes;
  ``tag_morph`` and ``parse_syntax`` here set them from the model's output directly.

``speed_up`` switches a loaded model's classes in place. The arithmetic is reordered,
so scores differ in the last float32 bits; tests/test_analyse.py checks that tags,
heads, relations and entity spans are slovnet's own on real text.
"""
from __future__ import annotations

import numpy as np
from natasha.doc import DocSent
from slovnet.conll import parse_conll_tag
from slovnet.exec.encoders import WordShapeEncoder
from slovnet.exec.model import CRF, NER, Morph, NavecEmbedding, Syntax, SyntaxPred

CACHE_WORDS = 200_000
GAP = 1  # gap rows around each sentence, at least the convolutions' padding (1 in all three models);
# they hold what the layer before normalises to zero (``_Folded.zero``)


def _encode(model, word_id: np.ndarray, shape_id: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """The encoder's output for the real tokens of a batch, (tokens, filters), in order."""
    lengths = keep.sum(1)
    # sentence n's tokens start after n + 1 gaps: one before every sentence, one after the last
    places = np.arange(int(lengths.sum())) + np.repeat(np.arange(1, len(lengths) + 1) * GAP, lengths)
    gaps = np.ones(len(places) + GAP * (len(lengths) + 1), dtype=bool)
    gaps[places] = False
    embedded = model.emb(word_id[keep], shape_id[keep])
    flat = np.zeros((len(gaps), embedded.shape[1]), dtype=embedded.dtype)
    flat[places] = embedded
    for layer in model.encoder.layers:
        flat = _layer(layer, flat)
        flat[gaps] = layer.folded.zero
    last = model.encoder.layers[-1].folded
    return flat[places] * last.scale + last.shift


class _Folded:
    """A layer's convolution with the batch norm before it folded in.

    ``BatchNorm1d`` after the ReLU is ``y = scale * r + shift`` per channel, and the next
    convolution is linear in ``y``: it can read ``r`` with its weights scaled and a bias
    that takes in the shift. Padding must read as ``y = 0``, so the gaps hold
    ``r = -shift / scale`` (``zero``) instead of zeros. That spares two passes over every
    layer's output; only the last layer's norm is applied, to the real tokens alone.
    """

    def __init__(self, layer, before: "_Folded | None") -> None:
        conv, norm = layer.conv, layer.norm
        filters, in_dim, kernel = conv.weight.array.shape
        # in x (kernel * filters): tap k's filters are columns k*filters … (k+1)*filters
        taps = conv.weight.array.transpose(1, 2, 0).reshape(in_dim, kernel * filters)
        bias = conv.bias.array
        if before is not None:
            bias = bias + (before.shift @ taps).reshape(kernel, filters).sum(0)
            taps = taps * before.scale[:, None]
        self.taps, self.bias = np.ascontiguousarray(taps, dtype=np.float32), bias.astype(np.float32)
        self.filters, self.kernel, self.padding = filters, kernel, conv.padding
        self.scale = (norm.weight.array / norm.std.array).astype(np.float32)
        self.shift = (norm.bias.array - norm.mean.array * self.scale).astype(np.float32)
        if not np.all(self.scale):
            raise ValueError("a batch norm scales a channel by 0: it cannot be folded into the next layer")
        self.zero = -self.shift / self.scale


def _layer(layer, input: np.ndarray) -> np.ndarray:
    """Conv1d and ReLU over a (positions, channels) array whose first and last ``padding``
    rows are gaps; the output's gap rows are left for the caller to fill."""
    f = layer.folded
    products = input @ f.taps
    size, filters, pad = len(input), f.filters, f.padding
    output = np.empty((size, filters), dtype=products.dtype)
    inner = output[pad : size - pad]
    np.add(products[0 : size - 2 * pad, 0:filters], f.bias, out=inner)
    for k in range(1, f.kernel):
        inner += products[k : k + size - 2 * pad, k * filters : (k + 1) * filters]
    np.maximum(inner, 0, out=inner)
    return output


def _padded(values: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Real tokens' rows back into the (batch, seq, …) shape slovnet's heads and decoders
    read, zeros at the padding."""
    output = np.zeros(keep.shape + values.shape[1:], dtype=values.dtype)
    output[keep] = values
    return output


class _RealTokens:
    """Morph and NER: embeddings, encoder and the tag projection over real tokens only."""

    def __call__(self, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
        keep = ~pad_mask
        return _padded(self.head(_encode(self, word_id, shape_id, keep)), keep)


class FastMorph(_RealTokens, Morph):
    pass


class FastNER(_RealTokens, NER):
    pass


class FastSyntax(Syntax):
    def __call__(self, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray) -> SyntaxPred:
        keep = ~pad_mask
        x = _padded(_encode(self, word_id, shape_id, keep), keep)
        head_id = self.head(x)
        return SyntaxPred(head_id, self.rel(x, self.head.decode(head_id, keep)))


class MaxCRF(CRF):
    def decode(self, emissions: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
        batch_size, seq_len, tags_num = emissions.shape
        emissions = emissions.swapaxes(1, 0)
        mask = mask.swapaxes(1, 0)
        transitions = self.transitions.array
        history = []
        score = emissions[0]
        full = bool(mask.all())  # one document's tokens, no padding: no masking step
        for index in range(1, seq_len):
            candidates = score[:, :, None] + transitions + emissions[index][:, None, :]
            indexes = candidates.argmax(-2)
            best = candidates.max(-2)
            score = best if full else np.where(mask[index][:, None], best, score)
            history.append(indexes)
        sizes = mask.sum(0) - 1
        batch = []
        for index in range(batch_size):
            best = score[index].argmax()
            tags = [best]
            for indexes in reversed(history[: sizes[index]]):
                best = indexes[index][best]
                tags.append(best)
            tags.reverse()
            batch.append(np.array(tags))
        return batch


class TakeNavec(NavecEmbedding):
    """A word's vector is its 100 quantised chunks, one centroid each: the chunks are
    taken from the flattened codebook with ``np.take`` at computed offsets, 3× faster
    than indexing the 3-d codebook with two index arrays."""

    def __call__(self, input: np.ndarray) -> np.ndarray:
        codes = self.codes.array
        qdim, centroids, chunk = codes.shape
        offsets = getattr(self, "offsets", None)
        if offsets is None:
            offsets = self.offsets = np.arange(qdim, dtype=np.int32) * centroids
        chunks = self.indexes.array[input.ravel()].astype(np.int32) + offsets
        return np.take(codes.reshape(qdim * centroids, chunk), chunks, axis=0).reshape(*input.shape, qdim * chunk)


class CachedEncoder(WordShapeEncoder):
    def item(self, words: list[str]) -> tuple[list[int], list[int]]:
        cache = self.__dict__.setdefault("cache", {})
        if len(cache) > CACHE_WORDS:
            cache.clear()
        word_ids, shape_ids = [], []
        for word in words:
            ids = cache.get(word)
            if ids is None:
                (word_id,), (shape_id,) = WordShapeEncoder.item(self, [word])
                ids = cache[word] = (word_id, shape_id)
            word_ids.append(ids[0])
            shape_ids.append(ids[1])
        return word_ids, shape_ids


def tag_morph(tagger, sents: list[DocSent]) -> None:
    """Each token's POS and features, written straight onto it: natasha's ``tag_morph``
    builds two records per token on the way (slovnet's markup, then natasha's copy) and
    parses the tag string of every one."""
    infer = tagger.infer
    vocab = infer.decoder.tags_vocab
    tags = getattr(vocab, "parsed", None)
    if tags is None:
        tags = vocab.parsed = [parse_conll_tag(t) for t in vocab.items]
    for sent, pred in zip(sents, infer.process(infer.encoder([[t.text for t in s.tokens] for s in sents]))):
        for token, tag in zip(sent.tokens, pred.tolist()):
            token.pos, feats = tags[tag]
            token.feats = dict(feats)


def parse_syntax(parser, sents: list[DocSent]) -> None:
    """Each token's id, head and relation, written straight onto it, numbered as
    natasha's ``parse_syntax`` numbers them ("3_1": sentence 3, token 1; head "3_0": root)."""
    infer = parser.infer
    rels = infer.decoder.rels_vocab.items
    pairs = infer.process(infer.encoder([[t.text for t in s.tokens] for s in sents]))
    for number, (sent, (heads, relations)) in enumerate(zip(sents, pairs), 1):
        for k, (token, head, rel) in enumerate(zip(sent.tokens, heads.tolist(), relations.tolist()), 1):
            token.id, token.head_id, token.rel = f"{number}_{k}", f"{number}_{head}", rels[rel]


FASTER = {Morph: FastMorph, NER: FastNER, Syntax: FastSyntax}


def speed_up(tagger) -> None:
    """``tagger``: a natasha ``NewsMorphTagger``, ``NewsSyntaxParser`` or ``NewsNERTagger``."""
    infer = tagger.infer
    model = infer.model
    # The gaps stand for slovnet's padding only if a convolution sees no further than its
    # padding and a padded position embeds to zeros, as in the models natasha ships.
    for layer in model.encoder.layers:
        kernel, padding = layer.conv.weight.array.shape[2], layer.conv.padding
        if padding > GAP or kernel != 2 * padding + 1:
            raise ValueError(f"a convolution of width {kernel} padded by {padding}: the gaps would not stand for it")
    pad = model.emb(np.array([infer.encoder.words_vocab.pad_id]), np.array([infer.encoder.shapes_vocab.pad_id]))
    if np.any(pad):
        raise ValueError("padding does not embed to zeros: the gaps would not stand for it")
    before = None
    for layer in model.encoder.layers:
        layer.folded = before = _Folded(layer, before)
    model.__class__ = FASTER[type(model)]
    if type(model.emb.word) is NavecEmbedding:
        model.emb.word.__class__ = TakeNavec
    if isinstance(model, NER):
        model.head.crf.__class__ = MaxCRF
    # TagEncoder and SyntaxEncoder add nothing to WordShapeEncoder
    infer.encoder.__class__ = CachedEncoder
