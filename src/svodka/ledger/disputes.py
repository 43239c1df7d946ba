"""Statement disagreements: opposite claims about the same thing within one event.

A denial (or a short negated claim: "Утечки не было") stands against an
assertion or accusation of another claimant when both speak of the same thing:
two content words shared, or the denial names the other side ("отвергло
обвинения экологов").
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..link import Links
from ..records import Document
from .claims import Claimants, claimant
from .lemmas import WORD, content_words, lemma
from .records import Claim, Disagreement, DocRef, make_id

# "не более 5%", "не менее 60", "не только", "в интересах подрядчика, а не жителей": a qualifier
# or a contrast, not a negation
NEGATION = re.compile(r"(?<!\sа\s)(?<!\w)(?:не(?!\s+(?:более|менее|больше|меньше|раньше|позднее|позже"
                      r"|только|так|столько)\b)|нет|никогда|ни)(?!\w)", re.IGNORECASE)
NEGATED_WORD = re.compile(r"(?<!\w)(?:не|ни)\s+(?:(?:в|на|с|к|о|по|за|из|от|у|кого|чего|ком|чем)\s+)?"
                          r"(?:(?:наш|мой|свой|этот|тот|весь|их|его|её)\w*\s+)?([а-яё-]+)", re.IGNORECASE)
CLAUSE = re.compile(r"[.;!?]\s+|,\s+(?:а|но|однако)\s+")
EMPTY_VERBS = {"быть", "являться", "стать", "иметься"}  # "Утечки не было": the noun before says what
DENYING = {"отвергать", "отвергнуть", "отрицать", "опровергать", "опровергнуть"}  # "Я отвергаю обвинения"
NEGATIVE_WORDS = 15  # a denial is said in few words ("Утечки не было"); a long clause merely holds a "не"
SHARED = 2  # content words a denial and an assertion share beyond the event's topic
ACTS = ("assert", "deny", "accuse")


def statement_claims(docs: list[tuple[Document, DocRef]], links: Links, names: dict[str, str]) -> list[Claim]:
    """The claims of statements that can be opposed; the outlet's own unattributed voice is none."""
    claims = []
    for doc, ref in docs:
        for st in doc.statements:
            if st.act not in ACTS:
                continue
            who = claimant(doc, st, links, names)
            if who.name == (doc.meta.outlet or "(author)") and not st.speaker.text:
                continue
            claims.append(Claim(document=ref, claimant=who, text=st.content.text, start=st.start, end=st.end,
                                sentence=st.sentence, act=st.act, record=f"{doc.id}:{st.id}"))
    return claims


def _denies(claim: Claim) -> bool:
    return claim.act == "deny" or bool(content_words(claim.text) & DENYING)


def _negative(claim: Claim) -> bool:
    """A denial, or a claim one of whose short clauses is negated ("Утечки не было. Все
    резервуары герметичны")."""
    return _denies(claim) or any(NEGATION.search(clause) and len(clause.split()) <= NEGATIVE_WORDS
                                 for clause in CLAUSE.split(claim.text))


def _negated(claim: Claim) -> frozenset[str]:
    """What a negated claim says did not happen: the word after "не" ("не применяли" ->
    применять), or the noun before an empty verb ("Утечки не было" -> утечка)."""
    words: set[str] = set()
    for match in NEGATED_WORD.finditer(claim.text):
        after = lemma(match.group(1))
        if after in EMPTY_VERBS:
            before = WORD.findall(claim.text[: match.start()])
            if before:
                words.add(lemma(before[-1]))
        else:
            words.add(after)
    return frozenset(words)


def statement_disagreements(event: str | None, claims: list[Claim], keys: Claimants) -> list[Disagreement]:
    # a claim may deny by a word too: "котельная была неисправна" against "исправна"
    negative = [c for c in claims if _negative(c) or any(w.startswith("не") for w in content_words(c.text))]
    positive = [c for c in claims if not _denies(c)]  # "Завод выбросил аммиак, других источников нет"
    edges: dict[str, set[str]] = defaultdict(set)
    by_record = {c.record: c for c in claims}
    topic = _topic_words(claims)
    # each claim's words once: every denial meets every assertion of its event, and with
    # thousands of claims the lemma caches no longer hold them all (10 000 documents ran for
    # minutes here, recomputing)
    read = {id(c): _Read(c, topic) for c in claims}
    for neg in negative:
        for pos in positive:
            if neg is not pos and keys.key(neg.claimant) != keys.key(pos.claimant) \
                    and _same_thing(read[id(neg)], read[id(pos)]):
                edges[neg.record].add(pos.record)
                edges[pos.record].add(neg.record)
    found, seen = [], set()
    for start in sorted(edges):
        if start in seen:
            continue
        component, todo = [], [start]
        while todo:
            record = todo.pop()
            if record in seen:
                continue
            seen.add(record)
            component.append(by_record[record])
            todo += sorted(edges[record])
        component.sort(key=lambda c: (c.document.published or "", c.document.id, c.start))
        scope = event or f"doc-{component[0].document.id}"
        found.append(Disagreement(make_id("dg", scope, "statements", *[c.record for c in component]), event or "",
                                  "statements", None, component))
    return found


def _topic_words(claims: list[Claim]) -> frozenset[str]:
    """Words most statements of the event share ("автобус", "больница"): they say what the
    event is about, not what one claim says about it."""
    if len(claims) < 4:
        return frozenset()
    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        for word in content_words(c.text):
            counts[word] += 1
    return frozenset(w for w, n in counts.items() if n * 3 > len(claims))


def _stems(words: frozenset[str]) -> set[str]:
    """Verbs without their infinitive ending and stem vowel, so that the aspects and the noun
    of an act meet ("получал"/"получил" -> получ, "выбросил"/"выброс" -> выброс); other words
    as they are ("участник" is not "участвовать")."""
    return {_stem(w) for w in words}


def _stem(word: str) -> str:
    for ending in ("ться", "тись", "ть", "ти"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)].rstrip("аеиоуыэюя")
    return word


class _Read:
    """What _same_thing needs of a claim, worked out once."""

    __slots__ = ("denies", "words", "all_stems", "stems", "negated", "claimant")

    def __init__(self, claim: Claim, topic: frozenset[str]) -> None:
        self.denies = _denies(claim)
        self.words = content_words(claim.text)
        self.all_stems = _stems(self.words)
        self.stems = _stems(self.words - topic)
        self.negated = _stems(_negated(claim))
        self.claimant = content_words(claim.claimant.name)


def _same_thing(denial_read: _Read, assertion_read: _Read) -> bool:
    """Opposite claims about the same thing, as a reader tells them:
    - a denial names the other side ("отвергло обвинения экологов");
    - a denial shares two content words with the assertion beyond the event's topic;
    - a negated claim negates what the other asserts ("Силу не применяли" / "применяли
      силу", "денег не получал" / "получил взятку"), or says the opposite word
      ("исправен" / "неисправна")."""
    said, denied = assertion_read.words, denial_read.words
    other = assertion_read.claimant
    shared = denial_read.stems & assertion_read.stems
    if denial_read.denies and (other and other <= denied or len(shared) >= SHARED):
        return True
    opposite = {w for w in denied if w.startswith("не") and w[2:] in said} | {
        w for w in said if w.startswith("не") and w[2:] in denied}
    # both negating the same thing ("Утечки не было" / "никакой утечки не было") agree
    negated = denial_read.negated & assertion_read.all_stems - assertion_read.negated
    return bool(negated or opposite)
