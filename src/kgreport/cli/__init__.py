"""Command-line interface: parse arguments, call one library function, print.

Every ``KgreportError`` becomes a one-line message on stderr and its exit code.
"""

from __future__ import annotations

from typing import Any

import click

from kgreport import __version__
from kgreport.cli.build import build
from kgreport.cli.evaluate import eval_command
from kgreport.cli.export import export_cmd
from kgreport.cli.query import push_cmd, query_cmd, serve_cmd
from kgreport.errors import KgreportError

#: Key of ``ctx.meta`` holding the verbosity the commands read: -1 quiet, 0 normal, 1 verbose.
VERBOSITY = "kgreport.verbosity"

#: The exit codes, as ``kgreport --help`` and the README list them.
EXIT_CODES = (
    (0, "done"),
    (1, "other error"),
    (2, "a missing or unreadable path; also click's usage errors (an unknown option, a missing argument: 'Usage:' is printed first)"),
    (3, "empty input"),
    (4, "not a report"),
    (5, "past a size limit"),
    (6, "malformed or refused query"),
    (7, "graph or store missing"),
    (8, "store failure"),
    (9, "query timeout"),
    (10, "query memory limit"),
    (11, "server busy"),
    (12, "a file kgreport did not write is in the way in --out"),
    (13, "broken data file (package or --rules)"),
    (14, "push partly failed"),
    (15, "outputs could not be written"),
    (70, "internal failure (a bug)"),
)


class _Group(click.Group):
    """Click group that turns library errors into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgreportError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Exit codes"):
            formatter.write_dl([(str(code), meaning) for code, meaning in EXIT_CODES])


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="kgreport")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors (no progress bar, no summary).")
@click.option("-v", "--verbose", is_flag=True, help="Print more: per-report counts, the query engine and time.")
@click.pass_context
def cli(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Turn Chinese government work reports into an RDF knowledge graph.

    Every command reads or writes a build folder, --out (default out/).

    Example:

    \b
        kgreport build data/reports/ --out out/
        kgreport query --example issuer-partners --out out/
    """
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose exclude each other")
    ctx.meta[VERBOSITY] = -1 if quiet else 1 if verbose else 0


# One module per command family. Each defines plain click commands and none imports this
# module, so there is no import circle: the group is assembled here, as sqlite-utils does.
for _command in (build, eval_command, query_cmd, serve_cmd, push_cmd, export_cmd):
    cli.add_command(_command)


def _set_verbosity(level: int) -> Any:
    def callback(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value:
            ctx.meta[VERBOSITY] = level  # meta is shared by the group's context and the command's

    return callback


# -q/-v after the command name too (kgreport build -q), as after the group's; the command functions never see them.
for _command in cli.commands.values():
    _command.params += [
        click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, callback=_set_verbosity(-1), help="Print only errors."),
        click.Option(["-v", "--verbose"], is_flag=True, expose_value=False, callback=_set_verbosity(1), help="Print more."),
    ]


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="kgreport")
