"""The ``query``, ``serve`` and ``push`` commands (added to the group by :mod:`kgreport.cli`)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from kgreport.query.engine import Engine, OutputFormat, query_command
from kgreport.query.limits import DEFAULT_MAX_MEMORY_MB, DEFAULT_PORT, DEFAULT_TIMEOUT, QueryLimits

_F = TypeVar("_F", bound=Callable[..., Any])


@click.command("query")
@click.argument("query", required=False)
@click.option("--file", "file", type=click.Path(path_type=Path, allow_dash=True), help="Read the query from a .rq file (- for standard input).")
@click.option(
    "--example",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[NAME]",
    help="Run a named example query; without NAME, list the examples.",
)
@click.option(
    "--out",
    "--graph",
    "graph",
    type=click.Path(path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Build folder (or a graph file, .ttl/.trig); its store/ is used when fresh. --graph is the older name.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    default=OutputFormat.TABLE.value,
    show_default=True,
    help="Output for SELECT/ASK (CONSTRUCT/DESCRIBE always print Turtle).",
)
@click.option(
    "--engine",
    type=click.Choice([e.value for e in Engine]),
    default=Engine.AUTO.value,
    show_default=True,
    help="auto: the store if fresh, else the graph file in an in-memory store.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="SECONDS",
    help="Stop the query after SECONDS (exit code 9); it then runs in a worker process.",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=1),
    default=None,
    metavar="MB",
    help=f"Memory cap of the query's worker process (exit code 10); {DEFAULT_MAX_MEMORY_MB} with --timeout alone.",
)
@click.pass_context
def query_cmd(
    ctx: click.Context,
    query: str | None,
    file: Path | None,
    example: str | None,
    graph: Path,
    fmt: str,
    engine: str,
    timeout: float | None,
    max_memory: int | None,
) -> None:
    """Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query over the built graph.

    QUERY is the query text, or - to read it from standard input. Prefixes
    kgr, kgd, rdf, rdfs, skos, prov, dcterms, xsd and schema are predeclared;
    the table format prints IRIs that can be pasted back into a query.
    Updates, SERVICE and FROM are refused: queries are read-only. With
    --timeout or --max-memory the query runs in a worker process that is
    stopped at the limit.

    Example:

    \b
        kgreport query 'SELECT ?l { ?p a kgr:Program ; rdfs:label ?l }'
        kgreport query --example relation-evidence --format csv --out out/
        echo 'ASK { ?s a kgr:Honor }' | kgreport query -
    """
    if query == "-":
        query = sys.stdin.read()
    if file is not None and str(file) == "-":
        query, file = sys.stdin.read(), None
    limits = None
    if timeout is not None or max_memory is not None:
        limits = QueryLimits(timeout=timeout, max_memory_mb=max_memory or DEFAULT_MAX_MEMORY_MB)
    started = time.perf_counter()
    text = query_command(
        query, file=file, example=example, graph=graph, fmt=OutputFormat(fmt), engine=Engine(engine), limits=limits
    )
    click.echo(text, nl=False)
    if ctx.meta.get("kgreport.verbosity", 0) > 0 and example != "":
        click.echo(f"query over {graph} ({engine} engine) in {time.perf_counter() - started:.2f} s", err=True)


def _out_option(help_text: str) -> Callable[[_F], _F]:
    """The --out option of the commands that read a build folder."""
    return click.option("--out", type=click.Path(path_type=Path), default=Path("out"), show_default=True, help=help_text)


@click.command("serve")
@_out_option("Build folder holding store/ (and graph.html).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=DEFAULT_PORT, show_default=True, help="Port to listen on (0: any free port).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Time limit of one query (answer 504); 0: none.",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_MEMORY_MB,
    show_default=True,
    metavar="MB",
    help="Memory cap of each query worker process (answer 503); 0: none.",
)
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, help="Query worker processes.")
@click.option(
    "--max-concurrent",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Queries in flight beyond which the answer is 503 with Retry-After.",
)
def serve_cmd(
    out: Path, host: str, port: int, timeout: float, max_memory: int, workers: int, max_concurrent: int
) -> None:
    """Serve a read-only SPARQL 1.1 endpoint at /sparql and a query page at /.

    Each query runs in a worker process, stopped at --timeout and capped at
    --max-memory.

    Example:

        kgreport serve --out out/ --port 7383
    """
    from kgreport.query.serve import serve

    limits = QueryLimits(timeout=timeout or None, max_memory_mb=max_memory or None)
    serve(
        out,
        host=host,
        port=port,
        announce=lambda msg: click.echo(msg, err=True),
        limits=limits,
        workers=workers,
        max_concurrent=max_concurrent,
    )


#: Environment variable read for ``push --password`` (so the password need not be on the command line).
PASSWORD_ENV = "KGREPORT_PASSWORD"


@click.command("push")
@click.argument("url")
@_out_option("Build folder holding graph.trig (or graph.ttl).")
@click.option("--user", default=None, help="User name for HTTP basic authentication.")
@click.option(
    "--password", default=None, envvar=PASSWORD_ENV, show_envvar=True,
    help="Password for HTTP basic authentication (else $KGREPORT_PASSWORD; with --user and neither, it is asked for).",
)
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds to wait for the store's answer to each PUT.")
@click.option("--retries", default=2, show_default=True, type=click.IntRange(min=0), help="Tries again after a 5xx answer or a time-out, 1 s, 2 s, … apart.")
@click.option(
    "--oxigraph-bulk", "bulk", is_flag=True,
    help="The store is an Oxigraph server: load each graph with its bulk loader (DELETE, then POST ?no_transaction), not a transaction per PUT.",
)
def push_cmd(url: str, out: Path, user: str | None, password: str | None, timeout: float, retries: int, bulk: bool) -> None:
    """Replace one named graph per report in a remote store (SPARQL 1.1 Graph Store Protocol).

    URL is the store's Graph Store endpoint, e.g. http://localhost:7878/store
    (Oxigraph) or http://localhost:3030/ds/data (Apache Jena Fuseki). Each
    named graph of graph.trig is sent as it is, one report at a time.
    A disk-backed Oxigraph server loads a corpus many times faster with
    --oxigraph-bulk.

    Example:

        KGREPORT_PASSWORD=secret kgreport push http://localhost:3030/ds/data --out out/ --user admin

        kgreport push http://localhost:7878/store --out out/ --oxigraph-bulk
    """
    import sys

    from kgreport.errors import PartialPushError
    from kgreport.query.push import push

    if user is not None and password is None:
        password = click.prompt(f"Password for {user}", hide_input=True, err=True, default="", show_default=False)
    # The bar only on a terminal: piped or logged, the error stays the one line of stderr.
    bar = click.progressbar(length=1, label="Pushing named graphs", file=sys.stderr) if sys.stderr.isatty() else None

    def progress(done: int, total: int) -> None:
        if bar is not None:
            bar.length = total
            bar.update(done - bar.pos)

    try:
        summary = push(url, out, user=user, password=password, timeout=timeout, retries=retries, progress=progress, bulk=bulk)
    except PartialPushError as exc:
        click.echo(exc.summary.describe(), err=True)
        raise
    finally:
        if bar is not None:
            bar.render_finish()
    click.echo(summary.describe())
