"""The `claimtrail` command: thin commands over the engine, the store and the evaluators.

Exit codes: 0 when everything went well, 1 when some inputs failed (each is listed with its
reason) or the store could not be used, 2 for usage errors.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from claimtrail.engine.local import LocalEngine, RunReport
from claimtrail.errors import ClaimtrailError
from claimtrail.ingest.options import IngestOptions
from claimtrail.pipeline import PipelineOptions
from claimtrail.progress import Bar
from claimtrail.store import open_store
from claimtrail.store.base import Store

app = typer.Typer(
    help="claimtrail: who said what, when, across news outlets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure accuracy against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

DEFAULT_INGEST = IngestOptions()
out = Console()
err = Console(stderr=True)


@dataclass(slots=True)
class Settings:
    db: str | None
    is_quiet: bool


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    parquet = "parquet"


@app.callback()
def settings(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="CLAIMTRAIL_DB",
            help="Store URL: sqlite:///path.db (default ./claimtrail.db) or postgresql://...",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")] = False,
) -> None:
    """Options shared by every command."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING)
    ctx.obj = Settings(db=db, is_quiet=quiet)


InputsArg = Annotated[
    list[str],
    typer.Argument(help="Files, directories (recursive), URLs or files listing URLs."),
]
AllowPrivateOpt = Annotated[
    bool,
    typer.Option(
        "--allow-private", help="Let URL fetching reach loopback and private network addresses."
    ),
]
FetchLinkedOpt = Annotated[
    bool, typer.Option("--fetch-linked", help="Fetch the linked page of feed entries without text.")
]
MaxBytesOpt = Annotated[int, typer.Option("--max-file-bytes", help="Largest input file accepted.")]
TimeoutOpt = Annotated[float, typer.Option("--timeout-s", help="URL connect and read timeout.")]


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


EngineOpt = Annotated[
    EngineName, typer.Option("--engine", help="local (this process or --workers) or dask.")
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler", help="Join a running Dask cluster (tcp://host:port); implies dask."
    ),
]
WorkersOpt = Annotated[
    int, typer.Option("--workers", min=1, help="Processes analysing articles (the driver stores).")
]


def _ingest_options(
    allow_private: bool, fetch_linked: bool, max_file_bytes: int, timeout_s: float
) -> IngestOptions:
    return IngestOptions(
        allow_private=allow_private,
        fetch_linked=fetch_linked,
        max_file_bytes=max_file_bytes,
        timeout_s=timeout_s,
    )


def _open(ctx: typer.Context) -> Store:
    settings: Settings = ctx.obj
    return open_store(settings.db)


@dataclass(frozen=True, slots=True)
class EngineChoice:
    name: EngineName
    workers: int
    scheduler: str | None


def _run(
    ctx: typer.Context, inputs: list[str], options: PipelineOptions, verb: str, how: EngineChoice
) -> RunReport:
    settings: Settings = ctx.obj
    with _open(ctx) as store:
        engine: LocalEngine
        if how.name is EngineName.dask or how.scheduler:
            from claimtrail.engine.dask import DaskEngine

            engine = DaskEngine(store, options, workers=how.workers, scheduler=how.scheduler)
        else:
            engine = LocalEngine(store, options, workers=how.workers)
        with Bar(verb, "inputs", err, settings.is_quiet) as bar:
            report = engine.run(inputs, bar)
        _print_run(report, store)
    return report


@app.command()
def ingest(
    ctx: typer.Context,
    inputs: InputsArg,
    allow_private: AllowPrivateOpt = False,
    fetch_linked: FetchLinkedOpt = False,
    max_file_bytes: MaxBytesOpt = DEFAULT_INGEST.max_file_bytes,
    timeout_s: TimeoutOpt = DEFAULT_INGEST.timeout_s,
    workers: WorkersOpt = 1,
    engine: EngineOpt = EngineName.local,
    scheduler: SchedulerOpt = None,
) -> None:
    """Read, clean, deduplicate and store articles (no extraction)."""
    options = PipelineOptions(
        ingest=_ingest_options(allow_private, fetch_linked, max_file_bytes, timeout_s),
        is_extracting=False,
        is_linking=False,
    )
    report = _run(ctx, inputs, options, "ingest", EngineChoice(engine, workers, scheduler))
    raise typer.Exit(1 if report.failures else 0)


@app.command()
def run(
    ctx: typer.Context,
    inputs: InputsArg,
    allow_private: AllowPrivateOpt = False,
    fetch_linked: FetchLinkedOpt = False,
    max_file_bytes: MaxBytesOpt = DEFAULT_INGEST.max_file_bytes,
    timeout_s: TimeoutOpt = DEFAULT_INGEST.timeout_s,
    workers: WorkersOpt = 1,
    engine: EngineOpt = EngineName.local,
    scheduler: SchedulerOpt = None,
    model: Annotated[
        Path | None, typer.Option(help="Attribution model directory (default: the bundled one).")
    ] = None,
    spacy_model: Annotated[
        str | None, typer.Option(help="spaCy pipeline name or path for English parsing.")
    ] = None,
    export: Annotated[
        Path | None, typer.Option(help="Also write the JSON export to this path.")
    ] = None,
) -> None:
    """Ingest and run every analysis stage, then print what is in the store."""
    options = PipelineOptions(
        ingest=_ingest_options(allow_private, fetch_linked, max_file_bytes, timeout_s),
        model_path=model,
        spacy_model=spacy_model,
    )
    report = _run(ctx, inputs, options, "run", EngineChoice(engine, workers, scheduler))
    if export is not None:
        from claimtrail.export import export_json

        with _open(ctx) as store:
            export_json(store, export)
        out.print(f"export: {export}")
    raise typer.Exit(1 if report.failures else 0)


@app.command("export")
def export_command(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="File (json) or directory.")],
    format_: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.json,
) -> None:
    """Write the store as JSON (one file), or CSV / Parquet (one file per table)."""
    from claimtrail import export as exporter

    writers = {
        ExportFormat.json: exporter.export_json,
        ExportFormat.csv: exporter.export_csv,
        ExportFormat.parquet: exporter.export_parquet,
    }
    with _open(ctx) as store:
        counts = writers[format_](store, output)
    out.print(f"wrote {output}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))


@app.command()
def stats(ctx: typer.Context) -> None:
    """Counts of what the store holds."""
    with _open(ctx) as store:
        _print_stats(store)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to bind; non-loopback needs a token.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8080,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="CLAIMTRAIL_TOKEN",
            help="Bearer token for writes (default: a random one, printed once).",
        ),
    ] = None,
) -> None:
    """Serve the web UI and the REST API (/api/, docs at /docs) over the store."""
    from claimtrail.api.server import serve as run_server

    settings: Settings = ctx.obj
    run_server(settings.db, host=host, port=port, token=token)


@app.command()
def extract(
    ctx: typer.Context,
    text_dir: Annotated[Path, typer.Argument(help="Directory of NAME.txt files.")],
    output_dir: Annotated[Path, typer.Option("--output-dir", "-o", help="Where NAME.json go.")],
    model: Annotated[Path | None, typer.Option(help="Attribution model directory.")] = None,
    language: Annotated[str, typer.Option(help="Language of the texts (ISO 639-1).")] = "en",
) -> None:
    """Write attributions of every NAME.txt as NAME.json, in the PolNeAR format."""
    from claimtrail.extract import Extractor, extract_directory

    settings: Settings = ctx.obj
    if not text_dir.is_dir():
        raise typer.BadParameter(f"{text_dir} is not a directory", param_hint="TEXT_DIR")
    extractor = Extractor.load(model)
    total = len(list(text_dir.glob("*.txt")))
    with Bar("extract", "articles", err, settings.is_quiet) as bar:
        bar.start(total)
        count = extract_directory(
            text_dir, output_dir, extractor, lambda _n: bar.advance(), language=language
        )
    out.print(f"wrote {count} files to {output_dir}")


@eval_app.command("attributions")
def eval_attributions(
    split_dir: Annotated[Path, typer.Argument(help="A directory with text/ and gold/.")],
    model: Annotated[Path | None, typer.Option(help="Attribution model directory.")] = None,
    pred_dir: Annotated[
        Path | None, typer.Option(help="Keep the predictions here (default: a temp dir).")
    ] = None,
) -> None:
    """Extract on SPLIT_DIR/text and print attrscore's metrics against SPLIT_DIR/gold."""
    from claimtrail.evaluate.attributions import evaluate_attributions, format_attribution_report
    from claimtrail.extract import Extractor

    for part in ("text", "gold"):
        if not (split_dir / part).is_dir():
            raise typer.BadParameter(f"{split_dir / part} is not a directory")
    metrics = evaluate_attributions(split_dir, Extractor.load(model), pred_dir)
    print(format_attribution_report(metrics))


@eval_app.command("stories")
def eval_stories(
    ctx: typer.Context,
    gold_dir: Annotated[Path, typer.Argument(help="gold.json, meta.jsonl and docs/<id>.txt.")],
    export: Annotated[
        Path | None, typer.Option(help="Score this export instead of running the pipeline.")
    ] = None,
    keep: Annotated[
        Path | None, typer.Option(help="Keep the run's store, input and export in this directory.")
    ] = None,
    by_language: Annotated[
        bool, typer.Option("--by-language", help="Also print statement scores per language.")
    ] = False,
) -> None:
    """Print storyscore's metrics: for an export, or for a fresh run on GOLD_DIR's docs."""
    import json
    import tempfile

    from claimtrail.evaluate.runner import run_on_gold
    from claimtrail.evaluate.stories import (
        format_language_table,
        format_story_report,
        load_export,
        score_stories,
        statement_scores_by_language,
    )
    from claimtrail.evaluate.storygold import load_gold

    settings: Settings = ctx.obj
    gold = load_gold(gold_dir)
    if export is not None:
        document = load_export(export)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            work = keep or Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            with Bar("eval", "inputs", err, settings.is_quiet) as bar:
                document = run_on_gold(gold_dir, work, PipelineOptions(), bar)
            (work / "export.json").write_text(
                json.dumps(document, ensure_ascii=False), encoding="utf-8"
            )
    if by_language:
        print(format_language_table(statement_scores_by_language(gold, document)))
    print(format_story_report(score_stories(gold, document)))


def _print_run(report: RunReport, store: Store) -> None:
    out.print(
        f"{report.partitions} inputs ({report.partitions_skipped} already done), "
        f"{report.documents} documents: {report.stored} stored, {report.unchanged} unchanged, "
        f"{report.statements} statements, {len(report.failures)} failed"
    )
    for failure in report.failures:
        err.print(f"[red]failed[/red] {failure.origin}: {failure.reason}", markup=True)
    _print_stats(store)


def _print_stats(store: Store) -> None:
    table = Table(title=f"store {store.url}", show_header=False)
    for name, value in store.stats().items():
        table.add_row(name, f"{value:,}")
    out.print(table)


def main() -> None:
    """Console-script entry point: ClaimtrailError becomes a one-line message and exit 1."""
    try:
        app()
    except ClaimtrailError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(1)
