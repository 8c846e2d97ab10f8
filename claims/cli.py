"""`python -m claims`: analyse, evaluate, list sources and conflicts, manage models and the db.

Thin: every command calls `claims.*` functions; `ClaimsError`s become one-line messages with
the error's exit status (2 for bad input), never a traceback."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from .errors import ClaimsError

INPUT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx")


class CliError(click.ClickException):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def _fail(exc: ClaimsError) -> CliError:
    return CliError(str(exc), getattr(exc, "exit_code", 1))


@click.group()
@click.version_option(package_name=None, version=__import__("claims").__version__, prog_name="claims")
def main() -> None:
    """Fact-claim and source-attribution checker for Vietnamese news."""


def _expand(paths: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for p in paths:
        if p != "-" and Path(p).is_dir():
            out.extend(sorted(str(x) for x in Path(p).rglob("*") if x.is_file() and x.suffix.lower() in INPUT_SUFFIXES))
        else:
            out.append(p)
    return out


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "csv", "html"]), default="text",
              show_default=True, help="Report format written to stdout.")
@click.option("--db", "db_url", default=None, help="Database URL (default: $CLAIMS_DB_URL or a SQLite file).")
@click.option("--no-store", is_flag=True, help="Do not write to the database (still compares with it).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes on this machine (N > 1 is short for --cluster local:N).")
@click.option("--cluster", "cluster_spec", default=None, metavar="local[:N]|tcp://HOST:PORT",
              help="Run the batch on Dask: a LocalCluster of N workers, or a running scheduler.")
@click.option("--batch-size", type=click.IntRange(1, 1000), default=None,
              help="Inputs per task on a cluster (default: chosen from the number of inputs and workers).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report to a file.")
@click.option("--force", is_flag=True, help="Re-analyse articles already stored with the same text.")
@click.option("--no-report", is_flag=True,
              help="Print only the summary; the reports stay in the database (for archive-sized batches).")
def analyze(paths, fmt, db_url, no_store, jobs, cluster_spec, batch_size, output, force, no_report):
    """Analyse articles (.txt, .md, .html, .docx, folders of them, or - for stdin)."""
    from . import report as report_mod
    from . import store, work
    from .analyze import with_conflicts
    from .cli_archive import archive_reviews
    from .conflicts import is_conflict
    from .ingest import read_input

    files = _expand(paths)
    if not files:
        raise CliError("no input files found", 2)
    if cluster_spec and jobs > 1:
        raise CliError("--jobs and --cluster: give one of them", 2)
    spec = None
    if cluster_spec or jobs > 1:
        from . import batch as batch_mod  # imports Dask: only for a run that uses it

        try:
            spec = batch_mod.parse_spec(cluster_spec) if cluster_spec else batch_mod.ClusterSpec(None, jobs)
        except ClaimsError as exc:
            raise CliError(str(exc), 2)
    many = len(files) > 1
    engine = url = None
    try:
        engine = store.make_engine(db_url)
        url = engine.url.render_as_string(hide_password=False)
        work.use_engine(url, engine)
    except ClaimsError as exc:
        if not no_store:
            raise _fail(exc)
        click.echo(f"warning: {exc}; not comparing with earlier articles", err=True)
    try:
        before = store.last_article_id(engine) if engine is not None else None
    except ClaimsError as exc:
        raise _fail(exc)
    options = work.Options(url, store=not no_store, force=force, stored_before=before, keep_reports=not no_report)
    started = time.perf_counter()
    inputs: list = []
    stdin_failure = None
    for f in files:
        if f == "-":  # read here: a worker on another machine has no access to this terminal
            try:
                inputs.append(read_input("-"))
            except ClaimsError as exc:
                stdin_failure = work.InputResult("-", error=str(exc), exit_code=exc.exit_code)
                inputs.append(None)
        else:
            inputs.append(f)
    todo = [i for i in inputs if i is not None]
    on_cluster = spec is not None and (many or spec.address is not None)
    if on_cluster and url and url.startswith("sqlite") and (":memory:" in url or url == "sqlite://"):
        raise CliError("an in-memory database cannot be shared with batch workers; give --db a file or server", 2)
    bar_ctx = click.progressbar(length=len(todo), label="analysing", file=sys.stderr) \
        if many and todo and sys.stderr.isatty() else _NullBar()
    cross: dict = {}
    passed = None  # how long the closing cross-article pass took
    try:
        with bar_ctx as bar:
            if on_cluster and todo:
                with batch_mod.open_client(spec) as client:
                    done = batch_mod.analyse(client, todo, options, batch_size, bar.update)
                    if engine is not None and not no_store:
                        began = time.perf_counter()
                        cross = batch_mod.cross_pass(client, work.batch_order(done), url, keep=not no_report)
                        passed = time.perf_counter() - began
            else:
                done = []
                for part in work.chunks(todo, batch_size or work.IN_PROCESS_TASK_INPUTS):
                    done += work.run_inputs(part, options)
                    bar.update(len(part))
                if engine is not None and not no_store:
                    began = time.perf_counter()
                    order = work.batch_order(done)
                    cross = store.cross_check_batch(engine, hashes=list(order), order=order)
                    passed = time.perf_counter() - began
    except ClaimsError as exc:
        raise _fail(exc)
    except KeyboardInterrupt:
        click.echo("\ninterrupted: the articles stored so far are kept; run the same command again to finish "
                   "the rest", err=True)
        sys.exit(130)
    results = iter(done)
    ordered = [stdin_failure if i is None else next(results) for i in inputs]
    reports = [r if r.content_hash not in cross or res.skipped else with_conflicts(r, cross[r.content_hash])
               for res in ordered if not res.error for r in res.reports]
    failures = [res for res in ordered if res.error]
    reviews = None
    if engine is not None and not no_report and any(res.skipped for res in ordered if res):
        try:
            reviews = archive_reviews(engine, ordered)
        except ClaimsError as exc:
            raise _fail(exc)
    if reports:
        text = report_mod.render(reports, fmt, reviews)
        if output:
            Path(output).write_text(text, encoding="utf-8")
        else:
            click.echo(text)
    for res in failures:
        click.echo(f"error: {res.error}", err=True)
    if many or no_report:
        ok = [res for res in ordered if not res.error]
        articles = sum(len(res.hashes) for res in ok)
        skipped = sum(1 for res in ok if res.skipped)
        claims_n = sum(res.counts[0] for res in ok)
        unattr = sum(res.counts[1] for res in ok)
        # conflicts only: updates and corrections are counted apart in the reports
        crossed = {h: sum(1 for c in v if is_conflict(c.kind)) if isinstance(v, list) else v for h, v in cross.items()}
        confl = sum(res.counts[2] for res in ok) + sum(crossed.get(h, 0) for res in ok if not res.skipped
                                                        for h in res.hashes)
        click.echo(f"summary: {len(files)} inputs, {articles} articles ({skipped} already stored, skipped), "
                   f"{claims_n} claims, {unattr} unattributed, {confl} conflicts, {len(failures)} failures "
                   f"in {time.perf_counter() - started:.1f}s"
                   + (f" (comparing across articles: {passed:.1f}s)" if passed is not None else ""), err=True)
    if failures:
        sys.exit(max(res.exit_code for res in failures) or 1)


class _NullBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n):
        pass


@main.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--errors", "show_errors", is_flag=True, help="List every miss, by category.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--part", type=click.Choice(["all", "test", "train"]), default="all", show_default=True,
              help="For annotated treebank folders (eval/vtb): the locked test part, the rest, or all.")
def evaluate(directory, show_errors, as_json, part):
    """Score the checker on gold files (the shared corpus format, or eval/vtb's treebank spans)."""
    from .evaluate import evaluate as run, format_scores

    try:
        scores = run(directory, part=part)
    except ClaimsError as exc:
        raise _fail(exc)
    if scores.docs == 0:
        raise CliError(f"{directory}: no gold files found", 2)
    if as_json:
        d = scores.as_dict()
        if show_errors:
            d["errors"] = {k: v for k, v in scores.errors.items()}
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        click.echo(format_scores(scores, with_errors=show_errors))


@main.group(invoke_without_command=True)
@click.pass_context
def models(ctx):
    """Show which Stanza models are in use (`models download` fetches the official ones)."""
    if ctx.invoked_subcommand is None:
        from .nlp import model_info, official_dir

        from .nlp import segmenter

        info = model_info()
        click.echo(f"models in use: {info.kind} ({', '.join(info.processors)}); words segmented by {segmenter()}")
        for k, v in info.paths.items():
            click.echo(f"  {k}: {v}")
        if info.kind == "bundled":
            click.echo(f"official Stanza models: not found in {official_dir()} "
                       "(run `python -m claims models download` on a machine with internet)")


@models.command("download")
def models_download():
    """Download the official Stanza Vietnamese models (needs internet; about 425 MB)."""
    from .nlp import official_dir

    try:
        import stanza

        stanza.download("vi", model_dir=str(official_dir()))
    except Exception as exc:  # network errors come in many types
        raise CliError(f"download failed ({type(exc).__name__}: {exc}); the bundled models stay in use", 1)
    click.echo(f"official models installed in {official_dir()}")


@main.group(invoke_without_command=True)
@click.option("--db", "db_url", default=None, help="Database URL.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
@click.pass_context
def sources(ctx, db_url, fmt):
    """List sources across stored articles (`sources merge`, `sources split` edit them)."""
    ctx.obj = {"db": db_url}
    if ctx.invoked_subcommand is not None:
        return
    from . import store

    try:
        engine = store.make_engine(db_url)
        with store.session_scope(engine) as session:
            rows = store.list_sources(session)
    except ClaimsError as exc:
        raise _fail(exc)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv
        import io

        from .report import csv_cell

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "name", "type", "aliases", "claims", "articles"])
        for r in rows:
            w.writerow([csv_cell(v) for v in (r["id"], r["name"], r["type"], "; ".join(r["aliases"]), r["claims"],
                                              r["articles"])])
        click.echo(buf.getvalue(), nl=False)
    else:
        for r in rows:
            click.echo(f"[{r['id']}] {r['name']} ({r['type']}) — {r['claims']} claims in {r['articles']} articles; "
                       f"aliases: {', '.join(r['aliases'])}")
        if not rows:
            click.echo("no sources stored yet")


@sources.command("merge")
@click.argument("keep_id", type=int)
@click.argument("other_ids", type=int, nargs=-1, required=True)
@click.pass_context
def sources_merge(ctx, keep_id, other_ids):
    """Merge sources OTHER_IDS into KEEP_ID (aliases and claims move)."""
    from sources.registry import merge

    from . import store

    try:
        engine = store.make_engine(ctx.obj["db"])
        with store.session_scope(engine) as session:
            merge(session, keep_id=keep_id, merge_ids=other_ids)
    except ClaimsError as exc:
        raise _fail(exc)
    click.echo(f"merged {', '.join(map(str, other_ids))} into {keep_id}")


@sources.command("split")
@click.argument("source_id", type=int)
@click.argument("alias")
@click.pass_context
def sources_split(ctx, source_id, alias):
    """Move ALIAS (and its claims) out of SOURCE_ID into a new source."""
    from sources.registry import split

    from . import store

    try:
        engine = store.make_engine(ctx.obj["db"])
        with store.session_scope(engine) as session:
            new = split(session, source_id=source_id, alias=alias)
            new_id = new.id
    except ClaimsError as exc:
        raise _fail(exc)
    click.echo(f"'{alias}' is now source {new_id}")


@main.command()
@click.option("--db", "db_url", default=None, help="Database URL.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def conflicts(db_url, fmt):
    """List stored conflicts."""
    from . import store

    try:
        engine = store.make_engine(db_url)
        with store.session_scope(engine) as session:
            rows = store.list_conflicts(session)
    except ClaimsError as exc:
        raise _fail(exc)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"[{r['id']}] {r['kind']} ({r['score']:.2f}): {r['reason']}\n"
                   f"    {r['article']} [{r['sentence']}]: {r['text']}\n"
                   f"    {r['other_article']} [{r['other_sentence']}]: {r['other_text']}")
    if not rows:
        click.echo("no conflicts stored")


@main.group()
def db():
    """Database schema commands."""


@db.command("upgrade")
@click.option("--db", "db_url", default=None, help="Database URL (default: $CLAIMS_DB_URL or the SQLite file).")
def db_upgrade(db_url):
    """Migrate the database to the schema this version needs (Alembic)."""
    from . import store

    try:
        before, after = store.upgrade_db(db_url)
    except ClaimsError as exc:
        raise _fail(exc)
    click.echo(f"database schema: {before or 'none'} -> {after}")


# `claims show` and `claims audit`: the archive with its reviews and the audit trail
from .cli_archive import audit_cmd, show  # noqa: E402

main.add_command(show)
main.add_command(audit_cmd)


def run() -> None:
    try:
        main(standalone_mode=True)
    except ClaimsError as exc:  # a safety net: commands convert these themselves
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:  # a bug, not bad input: say so in one line, details on request
        if os.environ.get("CLAIMS_DEBUG"):
            raise
        click.echo(f"error: internal error ({type(exc).__name__}: {exc}); rerun with CLAIMS_DEBUG=1 for details",
                   err=True)
        sys.exit(70)


if __name__ == "__main__":
    run()
