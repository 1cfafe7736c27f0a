"""``kgreport export``: a build folder as JSON-LD, N-Quads, GraphML or CSV tables."""

from __future__ import annotations

from pathlib import Path

import click

from kgreport.graph.export import ExportFormat, export


@click.command("export")
@click.option(
    "--format", "fmt", required=True, type=click.Choice([f.value for f in ExportFormat]),
    help="jsonld / nquads: the graph with one named graph per report; graphml: the entity graph (Gephi);"
    " csv: entities.csv, relations.csv, indicators.csv.",
)
@click.option(
    "--out", "--graph", "out", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
    help="Build folder to export (or its graph.trig / graph.ttl).",
)
@click.option(
    "--to", "dest", type=click.Path(path_type=Path), default=None,
    help="File to write (csv: folder of the three tables). Default: OUT/graph.jsonld, OUT/graph.nq, OUT/graph.graphml, OUT/*.csv.",
)
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, out: Path, dest: Path | None) -> None:
    """Export a build for other tools: JSON-LD, N-Quads, GraphML or CSV with evidence.

    Example:

    \b
        kgreport export --format graphml --out out/
        kgreport export --format csv --out out/ --to tables/
    """
    written = export(out, ExportFormat(fmt), dest)
    if ctx.meta.get("kgreport.verbosity", 0) >= 0:
        click.echo("Wrote " + ", ".join(str(p) for p in written))
