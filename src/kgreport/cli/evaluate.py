"""``kgreport eval``: score a graph against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--out", "--graph", "graph_path", type=click.Path(path_type=Path),
              help="Score this build folder (or RDF file) instead of building each gold's report. --graph is the older name.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores and misses as JSON.")
@click.option("--max-misses", default=60, show_default=True,
              help="Misses printed per kind (0 prints all).")
@click.option("--scores-only", is_flag=True,
              help="Print the scores, never the misses: for a held-out half whose errors must stay unread.")
def eval_command(gold: tuple[Path, ...], graph_path: Path | None, as_json: bool, max_misses: int, scores_only: bool) -> None:
    """Print precision, recall and F1 per class, relations and indicators, with the misses.

    GOLD is a gold annotation file (.gold.json), or - to read one from standard input.

    Without --out, each GOLD file's "document" is built from the bundled
    reports (or from the folder holding the gold file). With --out (a build
    folder, or its graph.ttl) and several GOLD files, the graph is split per
    report by kgr:sourceFile.

    Example:

    \b
        kgreport eval kaihua-2023.gold.json --out out/
        kgreport eval kaihua-2023.gold.json --out out/graph.ttl --json
        kgreport eval dev/d*[02468].gold.json --scores-only
    """
    # Imported here: scoring's module is not needed by the other commands' start-up (kgreport query's).
    from kgreport.evaluate import evaluate_files, format_table

    result = evaluate_files(list(gold), graph_path)
    if as_json:
        out = result.to_dict()
        if scores_only:
            del out["misses"]
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        click.echo(format_table(result, max_misses=max_misses, misses=not scores_only))
