"""Readable reports for the terminal (Rich renderables); the JSON form is the data."""
from __future__ import annotations

from rich import table as rich_table
from rich.console import Group
from rich.text import Text

from .extract.roles import prune
from .records import Document

class Table(rich_table.Table):
    """Cells are text as written: a name or title from an article ("[/red]", "[link=…]")
    is never read as Rich markup."""

    def add_row(self, *cells, **options) -> None:
        super().add_row(*(Text(c) if isinstance(c, str) else c for c in cells), **options)


TYPE_NAMES = {"PER": "People", "ORG": "Organisations", "LOC": "Places"}


def document_report(doc: Document) -> Group:
    meta = doc.meta
    header = Text()
    header.append(meta.title or "(untitled)", style="bold")
    details = [x for x in (meta.outlet, meta.published, meta.url) if x]
    header.append(f"\n{' · '.join(details)}" if details else "")
    header.append(f"\nid {meta.id} · {len(doc.text):,} characters · {len(doc.sentences)} sentences", style="dim")
    for note in doc.notes:
        header.append(f"\nNote: {note}", style="yellow")
    parts = [header]
    for type_, title in TYPE_NAMES.items():
        entities = [e for e in doc.entities if e.type == type_]
        if not entities:
            continue
        table = Table(title=title, title_justify="left", show_edge=False, expand=False)
        table.add_column("name", style="bold")
        table.add_column("mentions", justify="right")
        table.add_column("also written")
        table.add_column("roles")
        for e in sorted(entities, key=lambda e: (-len(e.mentions), e.mentions[0].start)):
            forms = sorted({m.text for m in e.mentions} - {e.name})
            table.add_row(e.name, str(len(e.mentions)), ", ".join(forms), "; ".join(e.roles))
        parts.append(table)
    if doc.statements:
        parts.append(statements_report(doc))
    if doc.figures:
        parts.append(figures_report(doc))
    if doc.times:
        parts.append(times_report(doc))
    return Group(*parts)


def figures_report(doc: Document) -> Table:
    """Figures in text order, with who claims them and when."""
    names = {e.id: e.name for e in doc.entities}
    said = {st.id: names.get(st.speaker.entity) or st.speaker.antecedent or st.speaker.text for st in doc.statements}
    when = {t.id: t.value or t.text for t in doc.times}
    table = Table(title=f"Figures ({len(doc.figures)})", title_justify="left", show_edge=False)
    for column in ("category", "amount", "of what", "claimed by", "when"):
        table.add_column(column, style="bold" if column == "amount" else None)
    for f in doc.figures:
        table.add_row(f.category, f.text, f.object or "—", said.get(f.statement, "(author)"), when.get(f.time, ""))
    return table


def times_report(doc: Document) -> Table:
    table = Table(title=f"Times ({len(doc.times)})", title_justify="left", show_edge=False)
    for column in ("as written", "date", "precision", "from"):
        table.add_column(column)
    for t in doc.times:
        table.add_row(t.text, t.value or "?", t.precision or "", t.anchor or "")
    return table


def statements_report(doc: Document) -> Table:
    """Statements grouped by speaker, the most quoted first."""
    names = {e.id: e.name for e in doc.entities}
    groups: dict[str, list] = {}
    for st in doc.statements:
        groups.setdefault(names.get(st.speaker.entity) or st.speaker.antecedent or st.speaker.text, []).append(st)
    table = Table(title=f"Statements ({len(doc.statements)})", title_justify="left", show_edge=False,
                  show_lines=True)
    table.add_column("speaker", style="bold")
    table.add_column("said", ratio=1)
    for speaker, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0].content.start)):
        lines = Text()
        for n, st in enumerate(items):
            if n:
                lines.append("\n")
            lines.append(f"{st.cue} · {st.kind} · {st.act}", style="dim")
            if st.speaker.text and st.speaker.text != speaker:
                lines.append(f" · «{st.speaker.text}»", style="dim")
            lines.append(f"\n{st.content.text}")
        table.add_row(f"{speaker}\n({len(items)})", lines)
    return table


def stats_report(stats: dict) -> Group:
    summary = Table.grid(padding=(0, 2))
    summary.add_row("documents", f"{stats['documents']:,}")
    published = stats["published"]
    if published["first"]:
        summary.add_row("published", f"{published['first']} … {published['last']}")
    summary.add_row("outlets", ", ".join(f"{o['outlet']} ({o['documents']})" for o in stats["outlets"]) or "—")
    other = {k: v for k, v in stats.get("languages", {}).items() if k != "ru"}
    if other:  # stored, not analysed: say so, or their missing records look like svodka's misses
        summary.add_row("not Russian", ", ".join(f"{k} {v:,}" for k, v in other.items())
                        + " (stored, not analysed until svodka reads these languages)")
    summary.add_row(
        "entities", ", ".join(f"{TYPE_NAMES.get(t, t).lower()} {n:,}" for t, n in stats["entities"].items()) or "—"
    )
    summary.add_row("mentions", f"{stats['mentions']:,}")
    summary.add_row("statements", f"{stats['statements']:,}")
    summary.add_row("figures", ", ".join(
        f"{f['category']} {f['figures']} in {f['documents']} docs ({_range(f['low'], f['high'])})"
        for f in stats.get("figures", [])) or "—")
    top = Table(title="Top entities", title_justify="left", show_edge=False)
    for column in ("type", "name", "documents", "mentions", "roles"):
        top.add_column(column, justify="right" if column in ("documents", "mentions") else "left")
    for e in stats["top_entities"]:
        top.add_row(e["type"], e["name"], str(e["documents"]), str(e["mentions"]), "; ".join(prune(e["roles"])[:3]))
    speakers = Table(title="Top speakers", title_justify="left", show_edge=False)
    for column in ("speaker", "statements", "documents"):
        speakers.add_column(column, justify="left" if column == "speaker" else "right")
    for s in stats["top_speakers"]:
        speakers.add_row(s["speaker"], str(s["statements"]), str(s["documents"]))
    return Group(summary, top, speakers)


def _range(low, high) -> str:
    return f"{low:g}" if low == high else f"{low:g}–{high:g}"


def events_report(events: list[dict]) -> Table:
    table = Table(title=f"Events ({len(events)})", title_justify="left", show_edge=False, show_lines=True)
    for column in ("type", "place", "dates", "reports", "actors"):
        table.add_column(column)
    for e in events:
        dates = e["start"] if e["start"] == e["end"] else f"{e['start']} … {e['end']}"
        reports = "\n".join(f"{d['published'] or '?'} {d['outlet'] or '—'}: {d['title'] or d['id']}"
                             for d in e["documents"])
        table.add_row(f"{e['type']}\n{e['sub_type']}", (e["place"] or {}).get("name", "—"), dates or "?", reports,
                      ", ".join(a["name"] for a in e["actors"][:4]))
    return table


def disagreements_report(disagreements: list[dict], events: dict[str, dict]) -> Group:
    """Each disagreement with its sides: outlet, date, claimant and what they say."""
    parts = [Text(f"Disagreements ({len(disagreements)})", style="bold")]
    for d in disagreements:
        event = events.get(d["event"])
        where = f"{event['type']} · {(event['place'] or {}).get('name', '—')} · {event['start']}" if event else "one report"
        what = f"{d['kind']}: {d['category']}" if d["category"] else d["kind"]
        table = Table(title=Text(f"{what} — {where}"), title_justify="left", show_edge=False)
        for column in ("claimant", "says", "outlet", "published"):
            table.add_column(column, ratio=2 if column == "says" else None)
        for c in d["claims"]:
            says = c["text"] if c["value"] is None and c["low"] is None else f"{c['text']} ({_interval(c)})"
            table.add_row(c["claimant"]["name"], says, c["document"]["outlet"] or "—", c["document"]["published"] or "?")
        parts.append(table)
    return Group(*parts)


def _interval(claim: dict) -> str:
    low, high = claim["low"], claim["high"]
    if high is None or high == float("inf"):
        return f"≥ {low:g}"
    return f"{low:g}" if low == high else f"{low:g}–{high:g}"
