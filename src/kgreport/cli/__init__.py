"""Command-line interface: parse arguments, call one library function, print.

Every ``KgreportError`` becomes a one-line message on stderr and its exit code.
"""

from __future__ import annotations

from typing import Any

import click

from kgreport import __version__
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


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="kgreport")


# Commands are registered by the modules below, one per command family.
from kgreport.cli import build as cli_build  # noqa: E402,F401  (registers "build")
from kgreport.cli import evaluate as cli_eval  # noqa: E402,F401  (registers "eval")
from kgreport.cli import query as cli_query  # noqa: E402,F401  (query, serve, push)
