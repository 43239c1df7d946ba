"""Statement quality against a hand-annotated dev set (tests/data/statements_dev.tsv).

Each gold row: corpus, document, speaker name, content start, content end.
Corpus "own" is examples/corpus/<doc>.txt (offsets into the text after the
front matter); "nerel" is <data>/nerel/<split>/<doc>.txt; "factrueval" is
<data>/factrueval/devset/<doc>.txt (document "devset/book_58").

``wrong_speaker`` splits the found statements whose speaker is not the gold's into those
resolved to a wrong entity ("named": a false attribution) and those left unresolved.

A predicted statement matches a gold one when their contents overlap by at
least half of the shorter (one-to-one, in text order; of several, one with the gold
row's speaker first).  "content" scores that
match; "speaker" also requires the speaker to be right: the resolved entity's
name, the phrase a pronoun points back to, or the speaker as written, contains every word of the gold
speaker's name (compared by their first five letters, a five-letter word without its
last, a shorter one whole, so that inflection does not matter: "врачи" is "врачей";
each such stem must begin a word: "Пётр" is not in "Петербург"). Coordinated speakers have
a statement each with the same content; a gold row naming them all ("Иванов и Петров") is
answered by those statements together. ``agreement`` scores a second annotation of the same
texts the same way: the agreement between two annotators.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..extract import statements
from ..extract.words import fold
from ..pipeline import STAGES
from .devset import DATA, document, extracted, overlaps, rows
from .score import PRF

WORD = re.compile(r"\w+")

DEFAULT_GOLD = DATA / "statements_dev.tsv"


def load_gold(path: Path = DEFAULT_GOLD) -> dict[tuple[str, str], list[tuple[str, int, int]]]:
    return {key: [(speaker, int(start), int(end)) for speaker, start, end in group]
            for key, group in rows(path, 5).items()}


def document_text(corpus: str, doc: str) -> str:
    return document(corpus, doc)[0]


def speaker_ok(gold: str, *candidates: str | None) -> bool:
    stems = [w if len(w) <= 4 else w[: min(5, len(w) - 1)] for w in WORD.findall(fold(gold))]
    for candidate in candidates:
        # each stem begins a word of the candidate ("Пётр" is not in "Петербург")
        words = WORD.findall(fold(candidate)) if candidate else []
        if words and all(any(w.startswith(s) for w in words) for s in stems):
            return True
    return False


def run(gold_path: Path = DEFAULT_GOLD, trace: bool = False) -> dict:
    """Scores over all gold rows, and per corpus ("own", "nerel"); a corpus whose
    texts are absent is listed under "skipped" and left out of every score. ``trace``:
    each wrong or spurious statement's error says which rules found it and its speaker."""
    gold = load_gold(gold_path)
    scores: dict[str, dict[str, PRF]] = defaultdict(lambda: {"content": PRF(), "speaker": PRF()})
    errors, skipped, counted = [], set(), 0
    # of the statements found, those whose speaker was resolved to the wrong entity (a false
    # attribution, what costs a reader's trust) and those left as written, not the gold's
    wrong = {"named": 0, "unnamed": 0}
    rules: dict[str, str] = {}
    for corpus, doc, gold_rows, text, found in extracted(gold, skipped, _tracing(rules) if trace else STAGES):
        counted += len(gold_rows)
        names = {e.id: e.aliases for e in found.entities}  # the name first, then the others it is written as
        predicted = list(found.statements)
        used = set()
        outcomes = []  # (content outcome, speaker outcome) as "tp" / "fp" / "fn" / "fp+fn"
        for name, start, end in gold_rows:
            candidates = [p for p in predicted if p.id not in used
                          and overlaps((p.content.start, p.content.end), (start, end))]
            # (of coordinated speakers' statements, each with the same content, the one this row names)
            match = next((p for p in candidates if speaker_ok(name, *_said_by(p, names.get(p.speaker.entity, ())))),
                         candidates[0] if candidates else None)
            if match is None:
                outcomes.append(("fn", "fn"))
                errors.append({"doc": doc, "missed": text[start:end][:80], "speaker": name})
                continue
            used.add(match.id)
            # coordinated speakers ("заявили Иванов и Петров") have a statement each, with the same
            # content: together they answer a gold row that names them all ("Иванов и Петров")
            together = [match] + [p for p in predicted if p.id not in used and p.content == match.content]
            said = [_said_by(p, names.get(p.speaker.entity, ())) for p in together]
            joint = " и ".join(next(filter(None, names_of), "") for names_of in said)
            alone = speaker_ok(name, *said[0])
            if alone or len(together) > 1 and speaker_ok(name, joint):
                if not alone:
                    used.update(p.id for p in together)
                outcomes.append(("tp", "tp"))
            else:
                outcomes.append(("tp", "fp+fn"))
                wrong["named" if match.speaker.entity is not None else "unnamed"] += 1
                errors.append({"doc": doc, "wrong_speaker": match.speaker.text, "speaker": name,
                               "content": match.content.text[:80], **_rule(rules, match.id)})
        for p in predicted:
            if p.id not in used:
                outcomes.append(("fp", "fp"))
                errors.append({"doc": doc, "spurious": p.content.text[:80], "speaker_text": p.speaker.text,
                               **_rule(rules, p.id)})
        for group in ("all", corpus):
            for match, outcome in zip(("content", "speaker"), zip(*outcomes)):
                for o in outcome:
                    for field in o.split("+"):
                        setattr(scores[group][match], field, getattr(scores[group][match], field) + 1)
    result = {"gold": str(gold_path), "statements": counted, "skipped": sorted(skipped)}
    for group, by_match in scores.items():
        target = result if group == "all" else result.setdefault("corpora", {}).setdefault(group, {})
        for match, prf in by_match.items():
            target[match] = prf.as_dict()
    result.setdefault("content", PRF().as_dict())
    result.setdefault("speaker", PRF().as_dict())
    result["wrong_speaker"] = wrong
    result["errors"] = errors
    return result


def agreement(gold_path: Path, other_path: Path) -> dict:
    """A second annotation of the same texts scored against the gold as svodka is (content
    overlap, one-to-one in text order), the speaker right when either name holds every word
    of the other ("Песков" and "Дмитрий Песков" agree): how far two careful readers agree,
    the ceiling of what the gold can tell about svodka."""
    gold, other = load_gold(gold_path), load_gold(other_path)
    content, speaker = PRF(), PRF()
    errors = []
    for key in sorted(set(gold) | set(other)):
        theirs = sorted(other.get(key, []), key=lambda row: row[1])
        used: set[int] = set()
        for name, start, end in sorted(gold.get(key, []), key=lambda row: row[1]):
            k = next((k for k, row in enumerate(theirs) if k not in used and overlaps(row[1:], (start, end))), None)
            if k is None:
                content.fn += 1
                speaker.fn += 1
                errors.append({"doc": key[1], "missed": f"{start}-{end}", "speaker": name})
                continue
            used.add(k)
            content.tp += 1
            if speaker_ok(name, theirs[k][0]) or speaker_ok(theirs[k][0], name):
                speaker.tp += 1
            else:
                speaker.fp += 1
                speaker.fn += 1
                errors.append({"doc": key[1], "wrong_speaker": theirs[k][0], "speaker": name})
        for k in set(range(len(theirs))) - used:
            content.fp += 1
            speaker.fp += 1
            errors.append({"doc": key[1], "spurious": f"{theirs[k][1]}-{theirs[k][2]}", "speaker_text": theirs[k][0]})
    return {"gold": str(gold_path), "against": str(other_path), "statements": sum(map(len, gold.values())),
            "skipped": [], "content": content.as_dict(), "speaker": speaker.as_dict(), "errors": errors}


def _said_by(statement, aliases: tuple[str, ...]) -> tuple[str | None, ...]:
    """Names the statement's speaker answers to: the resolved entity's, the phrase a pronoun
    points back to, and the phrase as written only when it names the entity found or none was
    (a description resolved to someone, "мэр" -> a person, is right only if that person is)."""
    written = statement.speaker.text if not aliases or any(speaker_ok(a, statement.speaker.text) for a in aliases) \
        else None
    return (*aliases, statement.speaker.antecedent, written)


def _tracing(rules: dict[str, str]) -> tuple:
    """The pipeline's stages, with the statements stage recording its rules into ``rules``
    (statement ids repeat across documents: each document's are read before the next)."""
    def traced(layers) -> None:
        rules.clear()
        layers.statements = statements.extract(layers.parse, layers.entities, layers.models.morph_vocab,
                                               doc_id=layers.meta.id, trace=rules)
    return tuple((name, traced if name == "statements" else stage) for name, stage in STAGES)


def _rule(rules: dict[str, str], statement_id: str) -> dict[str, str]:
    return {"rule": rules[statement_id]} if statement_id in rules else {}
