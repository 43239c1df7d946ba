"""The svodka command line: thin commands over the Python API."""
from __future__ import annotations

import json
import sys
import time
from datetime import date
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from . import __version__
from .batch import ingest as ingest_batch
from .errors import ItemError, SvodkaError
from .ingest import DEFAULT_MAX_BYTES, read_paths, text_item
from .ingest.fetch import is_url
from .ingest.items import python_encoding
from .pipeline import extract as extract_text
from .report import disagreements_report, document_report, events_report, stats_report
from .runners import check_cluster
from .store import open_store

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Russian news -> a source-attributed ledger of facts.")
console = Console()
err = Console(stderr=True, soft_wrap=True)  # one error, one line: easy to grep

DB_OPTION = typer.Option("svodka.db", "--db", help="Store: a SQLite file path or sqlite:///path URL.")


class Format(str, Enum):
    json = "json"
    text = "text"


def _version(value: bool) -> None:
    if value:
        console.print(f"svodka {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """svodka turns Russian news into who said what, where, when and how many."""


@app.command()
def extract(
    file: str = typer.Argument(..., help="An article (.txt with optional front matter, .html, …), an http(s) URL, "
                                         "or '-' for stdin."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text: a readable report; json: the records."),
    published: str = typer.Option(None, help="Publication date (YYYY-MM-DD), if the file does not give it."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, min=1, help="Refuse inputs larger than this."),
    encoding: str = typer.Option("utf-8", help="Encoding of the input file."),
) -> None:
    """Extract the records of one article.

    Example: svodka extract article.txt --format json
    """
    _check_encoding(encoding)
    if str(file) == "-":
        item = text_item(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", encoding, max_bytes)
    else:
        items = list(read_paths([file if is_url(file) else Path(file)], max_bytes=max_bytes, encoding=encoding))
        if len(items) != 1:
            _fail(f"{file}: expected one article, found {len(items)} items; use `svodka ingest` for collections")
        item = items[0]
    if isinstance(item, ItemError):
        _fail(str(item))
    meta = dict(item.meta)
    if published:
        try:
            date.fromisoformat(published[:10])
        except ValueError:
            _fail(f"--published {published!r}: not a date; give YYYY-MM-DD")
        meta["published"] = published
    document = extract_text(item.text, **meta)
    if format is Format.json:
        sys.stdout.write(json.dumps(document.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(document_report(document))


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files or folders (.txt, .jsonl, .csv, .html, .rss/.atom/.xml, "
                                                ".warc[.gz]) and http(s) URLs of pages or feeds."),
    db: str = DB_OPTION,
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Extraction processes."),
    batch_size: int = typer.Option(50, min=1, help="Documents per committed transaction."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, min=1, help="Per-item size limit in bytes."),
    encoding: str = typer.Option("utf-8", help="Encoding of the input files."),
    text_column: str = typer.Option("text", help="CSV column holding the article text."),
    follow: bool = typer.Option(False, "--follow", help="For a feed URL, fetch the page each entry links to."),
    cluster: str = typer.Option(None, "--cluster", help="Extract on Dask: local, local:N (a LocalCluster of N "
                                                        "processes) or a scheduler address tcp://host:8786."),
) -> None:
    """Extract and store articles; re-running stores nothing twice.

    Example: svodka ingest examples/corpus --db svodka.db
    Exit code 1 if some items failed (each is named on stderr), 0 otherwise.
    """
    _check_encoding(encoding)
    if cluster:
        check_cluster(cluster)
    missing = [p for p in paths if not is_url(p) and not Path(p).exists()]
    if len(missing) == len(paths):  # nothing to read: no store is created for it
        _fail(f"no such file or folder: {', '.join(missing)}")
    started = time.perf_counter()
    with open_store(db) as store, Progress(
        SpinnerColumn(), TextColumn("{task.description} {task.completed:,} items"), RateColumn(),
        TimeElapsedColumn(), console=err, transient=True,
    ) as progress:
        # the input is read as a stream, so its size is not known in advance: counts and a rate
        task = progress.add_task("ingesting", total=None)

        def on_item(item, outcome):
            if isinstance(item, ItemError):
                progress.console.print(f"[red]error[/red] {escape(str(item))}", highlight=False)
            progress.advance(task)

        summary = ingest_batch(
            [p if is_url(p) else Path(p) for p in paths], store, workers=workers, batch_size=batch_size,
            max_bytes=max_bytes, encoding=encoding, text_column=text_column, follow=follow, cluster=cluster,
            on_item=on_item,
        )
    seconds = time.perf_counter() - started
    console.print(
        f"added {summary.added}, already stored {summary.skipped}, failed {summary.failed}"
        f" in {seconds:.1f}s -> {db}"
    )
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def stats(
    db: str = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
    top: int = typer.Option(10, help="How many top entities to list."),
) -> None:
    """Summarise a store: documents, outlets, entities.

    Example: svodka stats --db svodka.db
    """
    with open_store(db, create=False) as store:
        data = store.stats(top=top)
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(stats_report(data))


@app.command()
def link(db: str = DB_OPTION) -> None:
    """Link the entities of every stored document again (ingest does this by itself).

    Example: svodka link --db svodka.db
    """
    from .corpus import update

    started = time.perf_counter()
    with open_store(db, create=False) as store:
        update(store)
        data = store.stats(top=0)
    console.print(f"linked {data['documents']:,} documents into "
                  f"{sum(data['entities'].values()):,} entities in {time.perf_counter() - started:.1f}s")


@app.command()
def events(db: str = DB_OPTION, as_json: bool = typer.Option(False, "--json", help="Print JSON records.")) -> None:
    """Events across sources: type, place, dates, reports and their outlets.

    Example: svodka events --db svodka.db
    """
    with open_store(db, create=False) as store:
        data = store.events()
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(events_report(data))


@app.command()
def disagreements(db: str = DB_OPTION, as_json: bool = typer.Option(False, "--json", help="Print JSON records.")) -> None:
    """Where sources disagree: figures that cannot both be true, denials against claims.

    Example: svodka disagreements --db svodka.db
    """
    with open_store(db, create=False) as store:
        data, names = store.disagreements(), {e["id"]: e for e in store.events()}
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(disagreements_report(data, names))


class ExportKind(str, Enum):
    documents = "documents"
    entities = "entities"
    statements = "statements"
    figures = "figures"
    events = "events"
    disagreements = "disagreements"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    acled = "acled"


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """A read-only web UI and JSON API over the store: overview, search, documents, entities,
    events, disagreements, map; OpenAPI docs at /docs.

    Example: svodka serve --db svodka.db --port 8000
    """
    import uvicorn

    from .web.app import create_app

    application = create_app(db)  # fails here, with one line, on a missing or unreadable store
    err.print(f"svodka: serving {db} read-only on http://{host}:{port}/ (Ctrl+C stops)", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def export(
    kind: ExportKind = typer.Argument(..., help="Which records."),
    db: str = DB_OPTION,
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                        help="jsonl, csv, parquet; acled: events in ACLED's columns (CSV)."),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
) -> None:
    """Export records for other tools.

    Example: svodka export events --format acled --output events.csv
    """
    from . import export as exporter

    if format is ExportFormat.acled and kind is not ExportKind.events:
        _fail("--format acled is for events only")
    if format is ExportFormat.parquet and output is None:
        _fail("--format parquet needs --output FILE")
    with open_store(db, create=False) as store:
        records = exporter.acled(store) if format is ExportFormat.acled else exporter.rows(store, kind.value)
        if output is None:
            count = exporter.write(records, format.value, sys.stdout.buffer)
        else:
            with open(output, "wb") as out:
                count = exporter.write(records, format.value, out)
    err.print(f"{count:,} {kind.value} -> {output or 'stdout'}", highlight=False)


bench_app = typer.Typer(no_args_is_help=True, help="Measure quality and speed against ../shared/data.")
app.add_typer(bench_app, name="bench")


class Corpus(str, Enum):
    nerel = "nerel"
    factrueval = "factrueval"


CORPUS_OPTION = typer.Option(Corpus.nerel, "--corpus", help="Which annotated corpus.")
SPLIT_OPTION = typer.Option(
    None, "--split", help="Folder of the corpus's documents (default: ../shared/data/nerel/dev or factrueval/devset)."
)
LIMIT_OPTION = typer.Option(None, "--limit", min=1, help="Use only the first N documents.")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON instead of a table.")
GOLD_OPTION = typer.Option(None, "--gold", help="Hand-annotated TSV (default: tests/data/<kind>_dev.tsv).")
ERRORS_OPTION = typer.Option(False, "--errors", help="List misses, spurious items and wrong fields.")


def _print_result(result: dict, as_json: bool, table) -> None:
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(table)


@bench_app.command("ner")
def bench_ner(
    corpus: Corpus = CORPUS_OPTION, split: Path = SPLIT_OPTION, limit: int = LIMIT_OPTION, as_json: bool = JSON_OPTION
) -> None:
    """PER/ORG/LOC precision/recall/F1 of svodka and of plain Natasha on the same documents.

    Example: svodka bench ner --corpus factrueval --split ../shared/data/factrueval/devset
    """
    from .bench import corpora, ner, tables

    docs = corpora.load(corpus.value, split)
    where = str(corpora.split_path(corpus.value, split))
    default = corpora.split_path(corpus.value, None).resolve() if corpus is Corpus.factrueval else None
    if default and Path(where).resolve() == default:  # half of it trained svodka's tagger: score the other half
        docs = corpora.factrueval_halves(docs)[1]
        where += " (the half not used in training)"
    docs = docs[:limit] if limit else docs
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task(f"{corpus.value}", total=len(docs))
        result = ner.run(docs, on_doc=lambda: progress.advance(task))
    result.update(corpus=corpus.value, split=where)
    _print_result(result, as_json, tables.ner_table(result, f"{corpus.value}: {where}, {len(docs)} documents"))


@bench_app.command("speed")
def bench_speed(
    corpus: Corpus = CORPUS_OPTION, split: Path = SPLIT_OPTION, limit: int = LIMIT_OPTION,
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Also time svodka with N worker processes."),
    rounds: int = typer.Option(3, min=1, help="Timed rounds; the median is reported."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Documents/second of svodka's full extraction and of Natasha's pipeline, in the same run.

    Example: svodka bench speed --corpus nerel --workers 2
    """
    from .bench import corpora, speed, tables

    texts = [d.text for d in corpora.load(corpus.value, split, limit)]
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("timing", total=rounds)
        result = speed.run(texts, workers=workers, rounds=rounds, on_round=lambda: progress.advance(task))
    result.update(corpus=corpus.value, split=str(corpora.split_path(corpus.value, split)))
    _print_result(result, as_json, tables.speed_table(result, f"speed: {result['split']}"))


@bench_app.command("statements")
def bench_statements(
    gold: Path = typer.Option(None, "--gold", help="Gold TSV (default: tests/data/statements_dev.tsv)."),
    as_json: bool = JSON_OPTION,
    show_errors: bool = ERRORS_OPTION,
    trace: bool = typer.Option(False, "--trace", help="List the errors (as --errors) with the rule that found each "
                                                       "wrong or spurious statement and how its speaker was resolved."),
    against: Path = typer.Option(None, "--against", help="Score this second annotation of the same texts instead "
                                                         "of svodka: how far two annotators agree."),
) -> None:
    """Precision/recall/F1 of statement content and speaker attribution against a hand-annotated set.

    Example: svodka bench statements --errors --trace
    Example: svodka bench statements --gold tests/data/statements_check19.tsv --against tests/data/statements_check19b.tsv
    """
    from .bench import statements, tables

    if against is not None:
        result = statements.agreement(gold or statements.DEFAULT_GOLD, against)
    else:
        result = statements.run(gold, trace) if gold else statements.run(trace=trace)
    if not show_errors and not trace and not as_json:
        result.pop("errors")
    _print_result(result, as_json, tables.statements_table(result))


def _bench_facts(kind: str, split: Path | None, gold: Path | None, limit: int | None, as_json: bool,
                 show_errors: bool) -> None:
    from .bench import corpora, figures, tables, times

    result: dict = {}
    try:
        docs = corpora.load("nerel", split, limit)
    except SvodkaError as error:
        result["nerel"] = {"skipped": str(error)}
    else:
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task(f"nerel {kind}", total=len(docs))
            result["nerel"] = times.nerel(kind, docs, on_doc=lambda: progress.advance(task))
        result["nerel"]["split"] = str(corpora.split_path("nerel", split))
    module = times if kind == "times" else figures
    result["devset"] = module.run_devset(gold) if gold else module.run_devset()
    if not show_errors and not as_json:
        result["devset"].pop("errors")
    _print_result(result, as_json, tables.facts_table(kind, result))
    if "skipped" in result["nerel"]:
        raise typer.Exit(1)


@bench_app.command("times")
def bench_times(split: Path = SPLIT_OPTION, gold: Path = GOLD_OPTION, limit: int = LIMIT_OPTION,
                as_json: bool = JSON_OPTION, show_errors: bool = ERRORS_OPTION) -> None:
    """Times against NEREL DATE spans, and values and anchors against a hand-annotated set.

    Example: svodka bench times --errors
    """
    _bench_facts("times", split, gold, limit, as_json, show_errors)


@bench_app.command("figures")
def bench_figures(split: Path = SPLIT_OPTION, gold: Path = GOLD_OPTION, limit: int = LIMIT_OPTION,
                  as_json: bool = JSON_OPTION, show_errors: bool = ERRORS_OPTION) -> None:
    """Figures against NEREL NUMBER spans, and values, categories and claimants against a hand-annotated set.

    Example: svodka bench figures --split ../shared/data/nerel/dev
    """
    _bench_facts("figures", split, gold, limit, as_json, show_errors)


@bench_app.command("ledger")
def bench_ledger(
    corpus: Path = typer.Option(Path("tests/data/ledger"), "--corpus", help="Folder with articles/ and gold.json."),
    scale: int = typer.Option(0, "--scale", min=0,
                              help="Also time linking and the ledger over this many documents copied from the corpus."),
    as_json: bool = JSON_OPTION,
    show_errors: bool = ERRORS_OPTION,
) -> None:
    """Events (pairwise document P/R/F1), entity links, disagreements and revisions against a hand-annotated
    multi-source corpus.

    Example: svodka bench ledger --errors; svodka bench ledger --scale 10000
    """
    from .bench import ledger, tables

    result = ledger.run(corpus, scale=scale)
    if not show_errors and not as_json:
        for part in ("disagreements", "revisions", "entities"):
            for key in ("missed", "spurious", "errors"):
                result[part].pop(key, None)
        result["events"].pop("clusters")
    _print_result(result, as_json, tables.ledger_table(result))


@bench_app.command("scale")
def bench_scale(
    documents: int = typer.Option(10_000, "--documents", min=1, help="Documents in the collection built from the dev texts."),
    postgres: str = typer.Option(None, "--postgres", help="postgresql:// URL of an empty database to measure too."),
    only: list[str] = typer.Option(None, "--only", help='Just these configurations (repeatable): "sqlite 1", '
                                   '"sqlite 2", "sqlite dask:2", "postgres 2".'),
    as_json: bool = JSON_OPTION,
) -> None:
    """Ingest at scale: docs/s, peak memory and store size for SQLite with 1 and 2 workers, a Dask
    LocalCluster of 2, and PostgreSQL.

    Example: svodka bench scale --documents 10000 --postgres postgresql://me@/svodka_bench;
    svodka bench scale --only "postgres 2" --postgres postgresql://me@/svodka_bench
    """
    from .bench import scale, tables

    unknown = [name for name in only or [] if name not in scale.CONFIGURATIONS]
    if unknown:
        raise SvodkaError(f"unknown configuration {unknown[0]!r}: choose from {', '.join(scale.CONFIGURATIONS)}")
    result = scale.run(documents, postgres, only or None)
    _print_result(result, as_json, tables.scale_table(result))


@bench_app.command("serve")
def bench_serve(
    documents: int = typer.Option(10_000, "--documents", min=1, help="Documents in the store the bench builds."),
    requests: int = typer.Option(200, "--requests", min=1, help="Requests per page type."),
    db: Path = typer.Option(None, "--db", help="Use this store instead of building one."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Latency (p50/p95 ms) of every page type and of the JSON API of `svodka serve` on a large store.

    Example: svodka bench serve --documents 10000
    """
    from .bench import serve, tables

    result = serve.run(documents, requests, db)
    _print_result(result, as_json, tables.serve_table(result))


class RateColumn(ProgressColumn):
    """Items per second, once there is a rate to show."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "", style="dim")


def _check_encoding(encoding: str) -> None:
    try:
        python_encoding(encoding)
    except LookupError:
        _fail(f"unknown encoding {encoding!r} (for example: utf-8, cp1251, koi8-r)")


def _fail(message: str) -> None:
    err.print(f"[red]error[/red] {escape(message)}", highlight=False)
    raise typer.Exit(1)


def main() -> None:
    try:
        app()
    except SvodkaError as error:
        err.print(f"[red]error[/red] {escape(str(error))}", highlight=False)
        sys.exit(1)
