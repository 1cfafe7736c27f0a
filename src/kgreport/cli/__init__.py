"""Command-line interface: parse arguments, call one library function, print.

Every ``KgreportError`` becomes a one-line message on stderr and its exit code.
"""

from __future__ import annotations

from typing import Any

import click

from kgreport import __version__
from kgreport.cli.build import build
from kgreport.cli.evaluate import eval_command
from kgreport.cli.query import push_cmd, query_cmd, serve_cmd
from kgreport.errors import KgreportError


class _Group(click.Group):
    """Click group that turns library errors into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgreportError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="kgreport")
def cli() -> None:
    """Turn Chinese government work reports into an RDF knowledge graph.

    Example:

        kgreport build data/reports/ --out out/
    """


# One module per command family. Each defines plain click commands and none imports this
# module, so there is no import circle: the group is assembled here, as sqlite-utils does.
for _command in (build, eval_command, query_cmd, serve_cmd, push_cmd):
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="kgreport")
