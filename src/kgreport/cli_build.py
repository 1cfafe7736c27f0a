"""``kgreport build``: reports in, graph.ttl / graph.trig / store / graph.html out."""

from __future__ import annotations

from pathlib import Path

import click

from kgreport.cli import cli


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False), help="Folder for the outputs.")
@click.option("--encoding", default=None, help="Text encoding of the inputs (detected when not given).")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read instead of skipping it.")
@click.option("--max-nodes", default=3000, show_default=True, help="Most entities drawn in graph.html (top by degree).")
def build(inputs: tuple[str, ...], out_dir: str, encoding: str | None, strict: bool, max_nodes: int) -> None:
    """Build the knowledge graph of report files or folders of them.

    INPUT is a report (.txt, .html, .docx, .pdf), a folder of reports, or - for
    standard input; without INPUT the bundled report is built. Writes
    graph.ttl, graph.trig, store/ and graph.html into --out.

    Example:

        kgreport build data/reports/ --out out/
    """
    from kgreport.pipeline import build as run_build

    with click.progressbar(length=1, label="Extracting", file=click.get_text_stream("stderr")) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

        result = run_build(list(inputs), Path(out_dir), encoding=encoding, strict=strict, max_nodes=max_nodes, progress=progress)
    click.echo(f"Reports read: {len(result.reports)}" + (f" (skipped {len(result.skipped)})" if result.skipped else ""))
    for s in result.skipped:
        click.echo(f"  skipped {s.message}", err=True)
    click.echo("Entities: " + ", ".join(f"{k} {v}" for k, v in result.entity_counts.items()))
    click.echo("Relations: " + (", ".join(f"{k} {v}" for k, v in result.relation_counts.items()) or "none"))
    click.echo(f"Indicators: {result.indicator_count}")
    click.echo(f"Wrote {', '.join(str(p) for p in result.outputs)} in {result.seconds:.2f} s")
