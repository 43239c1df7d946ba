"""Rich tables for benchmark results (the dicts are the data; ``--json`` prints them)."""
from __future__ import annotations

from rich.table import Table


def ner_table(result: dict, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("type")
    for system in result["systems"]:
        for match in ("exact", "overlap"):
            table.add_column(f"{system}\n{match} P/R/F1", justify="right")
    first = next(iter(result["systems"].values()))
    for type_ in first["exact"]:
        cells = []
        for scores in result["systems"].values():
            for match in ("exact", "overlap"):
                s = scores[match][type_]
                cells.append(f"{s['precision']:.3f} / {s['recall']:.3f} / [bold]{s['f1']:.3f}[/bold]")
        table.add_row(type_, *cells)
    return table


def speed_table(result: dict, title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("system", "seconds", "docs/s", "MB/s", "vs natasha"):
        table.add_column(column, justify="left" if column == "system" else "right")
    natasha = result["systems"]["natasha"]["seconds"]
    for name, row in result["systems"].items():
        table.add_row(name, f"{row['seconds']:.2f}", f"{row['docs_per_second']:.1f}", f"{row['mb_per_second']:.3f}",
                      f"{row['seconds'] / natasha:.2f}×")
    if "workers" in result:
        w = result["workers"]
        table.add_row(f"svodka, {w['workers']} workers", f"{w['seconds']:.2f}", f"{w['docs_per_second']:.1f}",
                      f"{w['mb_per_second']:.3f}", f"speed-up {w['speedup']:.2f}×")
    workers = (f"; svodka alone in 1 worker {result['workers']['one_worker_seconds']:.2f} s; the machine's own "
               f"speed-up (a pure-CPU loop) {result['workers']['machine_speedup']:.2f}×; a worker's peak RSS "
               f"{result['workers']['peak_rss_mb']} MB") if "workers" in result else ""
    table.caption = (f"{result['documents']} documents, {result['megabytes']} MB, median of {result['rounds']} rounds;"
                     f" peak RSS {result['peak_rss_mb']} MB with both systems' models{workers}")
    return table


def statements_table(result: dict) -> Table:
    against = f", against {result['against']}" if result.get("against") else ""
    table = Table(title=f"statements: {result['gold']}, {result['statements']} gold{against}", title_justify="left")
    for column in ("match", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "match" else "right")
    groups = [("", result)] + [(f"{name}: ", scores) for name, scores in sorted(result.get("corpora", {}).items())]
    for prefix, scores in groups:
        for match in ("content", "speaker"):
            s = scores[match]
            table.add_row(prefix + match, f"{s['precision']:.3f}", f"{s['recall']:.3f}",
                          f"[bold]{s['f1']:.3f}[/bold]", str(s["tp"]), str(s["fp"]), str(s["fn"]))
    if result.get("skipped"):
        table.title += f" (skipped, texts absent: {', '.join(result['skipped'])})"
    lines = []
    if "wrong_speaker" in result:
        found, wrong = result["content"]["tp"], result["wrong_speaker"]
        share = f" ({wrong['named'] / found:.1%} of {found})" if found else ""
        lines.append(f"wrong speakers: {wrong['named']} wrong entity{share}, {wrong['unnamed']} unresolved")
    lines += [", ".join(f"{k}: {v}" for k, v in error.items()) for error in result.get("errors", [])]
    if lines:
        table.caption, table.caption_justify = "\n".join(lines), "left"
    return table


def facts_table(kind: str, result: dict) -> Table:
    """NEREL span match, then the dev set's detection and field agreement."""
    dev = result["devset"]
    table = Table(title=f"{kind}", title_justify="left")
    for column in ("against", "match", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column in ("against", "match") else "right")
    nerel = result["nerel"]
    label = "NEREL " + ("DATE" if kind == "times" else "NUMBER")
    if "skipped" in nerel:
        table.add_row(label, "skipped: " + nerel["skipped"], *[""] * 6)
    else:
        for match in ("exact", "overlap"):
            s = nerel[match]
            table.add_row(f"{label} ({nerel['documents']} docs)", match, f"{s['precision']:.3f}", f"{s['recall']:.3f}",
                          f"[bold]{s['f1']:.3f}[/bold]", str(s["tp"]), str(s["fp"]), str(s["fn"]))
    parts = [(f"dev set ({dev['items']} {kind})", dev)]
    parts += [(f"  {name}", scores) for name, scores in dev.get("corpora", {}).items()]
    for label, scores in parts:
        s = scores["found"]
        table.add_row(label, "found", f"{s['precision']:.3f}", f"{s['recall']:.3f}",
                      f"[bold]{s['f1']:.3f}[/bold]", str(s["tp"]), str(s["fp"]), str(s["fn"]))
        for name, a in scores["agreement"].items():
            table.add_row("", f"{name} right", f"{a['accuracy']:.3f}", "", "", f"{a['right']}/{a['matched']}", "", "")
    notes = []
    if dev.get("skipped"):
        notes.append(f"dev set rows skipped, texts absent: {', '.join(dev['skipped'])}")
    notes += [", ".join(f"{k}: {v}" for k, v in e.items()) for e in dev.get("errors", [])]
    table.caption = "\n".join(notes) or None
    return table


def ledger_table(result: dict) -> Table:
    table = Table(title=f"ledger: {result['corpus']}, {result['documents']} documents, ingested in {result['seconds']}s",
                  title_justify="left")
    for column in ("measure", "precision", "recall", "f1", "counts"):
        table.add_column(column, justify="left" if column in ("measure", "counts") else "right")

    def prf(name: str, value: dict) -> None:
        table.add_row(name, f"{value['precision']:.3f}", f"{value['recall']:.3f}", f"{value['f1']:.3f}",
                      f"tp {value['tp']} fp {value['fp']} fn {value['fn']}")

    events = result["events"]
    prf("event pairs", events["pairs"])
    table.add_row("events", "", "", "", f"gold {events['gold_events']}, svodka {events['svodka_events']}, "
                  f"unrelated put in an event {len(events['unrelated_in_an_event'])}")
    for kind in ("all", "figures", "statements"):
        prf(f"disagreements: {kind}", result["disagreements"][kind])
    r = result["revisions"]
    table.add_row("revisions", "", "", "", f"gold {r['gold']}, found {r['found']}, svodka {r['svodka_revisions']}")
    e = result["entities"]
    table.add_row("entities", "", "", "", f"gold {e['gold']}, one linked entity {e['one_entity']}, "
                  f"document coverage {e['document_coverage']:.3f}, wrong merges {len(e['wrong_merges'])}")
    if "scale" in result:
        s = result["scale"]
        table.add_row("corpus pass", "", "", "", f"{s['documents']:,} documents: linking {s['link_seconds']}s, "
                      f"ledger {s['ledger_seconds']}s ({s['events']:,} events, {s['entities']:,} entities)")
    return table


def serve_table(result: dict) -> Table:
    store = result["store"]
    title = (f"serve: {store.get('documents') or store.get('reused')} documents, "
             f"{result['requests_per_page']} requests per page, one at a time")
    table = Table(title=title, title_justify="left")
    for column in ("page", "p50 ms", "p95 ms", "failures"):
        table.add_column(column, justify="left" if column == "page" else "right")
    for name, row in result["pages"].items():
        table.add_row(name, f"{row['p50_ms']:.1f}", f"{row['p95_ms']:.1f}", str(row["failures"]))
    return table


def scale_table(result: dict) -> Table:
    table = Table(title=f"scale: {result['documents']:,} documents ({result['input_mb']} MB), {result['cores']} cores",
                  title_justify="left")
    columns = ("configuration", "docs/s", "seconds", "peak MB main", "peak MB worker", "store MB", "failed")
    for column in columns:
        table.add_column(column, justify="left" if column == "configuration" else "right")
    for r in result["runs"]:
        table.add_row(r["configuration"], f"{r['docs_per_s']:.1f}", f"{r['seconds']:.1f}", str(r["peak_mb_main"]),
                      str(r["peak_mb_worker"]), f"{r['store_mb']:.1f}", str(r["failed"]))
    return table
