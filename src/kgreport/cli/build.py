"""``kgreport build``: reports in, graph.ttl / graph.trig / store / graph.html out."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False), help="Folder for the outputs.")
@click.option("--encoding", default=None, help="Text encoding of the inputs (detected when not given).")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read instead of skipping it.")
@click.option("--max-nodes", default=3000, show_default=True, type=click.IntRange(min=1), help="Most entities drawn in graph.html (top by degree).")
@click.option(
    "--jobs", "-j", default=None, type=click.IntRange(min=1),
    help="Processes extracting in parallel (default: all cores; 1: no worker processes).",
)
@click.option("--no-cache", is_flag=True, help="Extract every report again instead of reusing OUT/.cache/.")
@click.option(
    "--no-store", is_flag=True,
    help="Do not write OUT/store/ (about half a corpus build's time); `kgreport query` then loads graph.ttl.",
)
@click.option(
    "--rules", type=click.Path(file_okay=False, path_type=Path), default=None, envvar="KGREPORT_RULES", show_envvar=True,
    help="User rules folder: files at the paths of the package's data files (gazetteers/programs.txt,"
    " gazetteers/central_soes.tsv, rules/suffixes.tsv, …) whose entries are added to the package's.",
)
@click.pass_context
def build(
    ctx: click.Context, inputs: tuple[str, ...], out_dir: str, encoding: str | None, strict: bool, max_nodes: int,
    jobs: int | None, no_cache: bool, no_store: bool, rules: Path | None,
) -> None:
    """Build the knowledge graph of report files or folders of them.

    INPUT is a report (.txt, .html, .docx, .pdf), a folder of reports, or - for
    standard input; without INPUT the bundled report is built. Writes
    graph.ttl, graph.trig, store/ (not with --no-store) and graph.html into
    --out; the outputs are replaced only once all of them are complete. Reports unchanged since the
    last build into the same --out are taken from OUT/.cache/.

    Example:

    \b
        kgreport build data/reports/ --out out/ --jobs 2
        kgreport build path/to/reports/ --out corpus-out/ --no-store
        kgreport build report.txt --rules my-rules/    # my-rules/gazetteers/programs.txt adds programmes
    """
    from kgreport import resources

    resources.use_user_rules(rules)  # before the rules are compiled, which importing the pipeline does
    from kgreport.build.pipeline import build as run_build

    verbosity = ctx.meta.get("kgreport.verbosity", 0)
    with click.progressbar(length=1, label="Extracting", file=sys.stderr if verbosity >= 0 else io.StringIO()) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

        def writing() -> None:
            bar.label = "Writing graph.ttl, graph.trig, graph.html" + ("" if no_store else " and the store")
            bar.render_progress()

        result = run_build(
            list(inputs), Path(out_dir), encoding=encoding, strict=strict, max_nodes=max_nodes,
            progress=progress, jobs=jobs, use_cache=not no_cache, with_store=not no_store, on_writing=writing,
        )
    for s in result.skipped:
        click.echo(f"  skipped {s.message}", err=True)
    for _, graph in result.reports:
        for warning in graph.warnings:
            click.echo(f"  warning: {warning}", err=True)
    if any(s.internal for s in result.skipped) or any(graph.warnings for _, graph in result.reports):
        click.echo(f"  failures and warnings listed in {Path(out_dir) / 'errors.log'}", err=True)
    if verbosity < 0:
        return
    extracted = len(result.reports) - result.cached
    click.echo(
        f"Reports read: {len(result.reports)}"
        + (f" (skipped {len(result.skipped)})" if result.skipped else "")
        + f"; extracted {extracted} with {result.jobs} process{'es' if result.jobs > 1 else ''}, {result.cached} from cache"
    )
    if verbosity > 0:
        for slug, graph in result.reports:
            click.echo(
                f"  {slug}: {graph.entities} entities, {graph.relations} relations,"
                f" {graph.indicators} indicators ({graph.source})"
            )
    entities = result.entity_counts
    click.echo(f"Entities (distinct nodes): {sum(entities.values())}: " + ", ".join(f"{k} {v}" for k, v in entities.items()))
    edges, statements = result.relation_counts, result.statement_counts
    click.echo(
        f"Relations (distinct edges / statements with their sentence): {sum(edges.values())} / {sum(statements.values())}"
        + (": " + ", ".join(f"{k} {edges[k]} / {statements[k]}" for k in edges) if edges else "")
    )
    click.echo(f"Indicators: {result.indicator_count}")
    if result.html_total > result.html_nodes:
        click.echo(f"graph.html draws the {result.html_nodes} best-connected of {result.html_total} entities (--max-nodes)")
    click.echo(
        f"Wrote {', '.join(str(p) for p in result.outputs)} in {result.seconds:.2f} s"
        f" (extraction {result.extract_seconds:.2f} s, writing {result.seconds - result.extract_seconds:.2f} s)"
    )
