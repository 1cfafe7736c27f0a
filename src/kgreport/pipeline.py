"""The one place that knows the order of the stages.

read → segment → extract entities → extract relations → link/canonicalize →
indicators → build RDF → write (Turtle, TriG, store, graph.html).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from kgreport import gazetteer, rdf, read
from kgreport.entities import extract_mentions
from kgreport.errors import KgreportError
from kgreport.indicators import extract_indicators
from kgreport.link import issuer_of, link
from kgreport.models import Document, Level, ReportGraph
from kgreport.relations import extract_relations
from kgreport.resources import bundled_reports_dir
from kgreport.segment import split_sections, split_sentences


def complete_meta(doc: Document) -> Document:
    """Fill the region's code and parents from the gazetteer."""
    meta = doc.meta
    if not meta.region:
        guessed = _region_from_text(doc.text, meta.level.value)
        if guessed is None:
            return doc
        level = meta.level if meta.level is not Level.UNKNOWN else Level(guessed.level)
        meta = replace(meta, region=guessed.name, level=level, issuer=meta.issuer or f"{guessed.name}人民政府")
    d = gazetteer.resolve_division(meta.region) or _resolve_by_text(meta.region, doc.text)
    if d is None:
        return doc
    parents = tuple(a.name for a in gazetteer.ancestors(d.code))
    return replace(doc, meta=replace(meta, region=d.name, region_code=d.code, parents=parents))


def _region_from_text(text: str, level: str) -> gazetteer.Division | None:
    """The division of ``level`` a report names most often (for "我代表区人民政府" with no place)."""
    if level not in ("province", "city", "county"):
        return None  # with no level to go by, names hidden in words (老城区改造) mislead
    levels = [level]
    head = text[:20000]
    best, best_score = None, 2
    for d in gazetteer.all_divisions(levels):
        if len(d.name) < 3:
            continue  # 城区, 郊区, 矿区: also plain words
        score = head.count(d.name) * 2
        if len(d.short) >= 2 and len(levels) == 1:  # short forms (合作, 平安) are often plain words
            score += head.count(d.short)
        if level == "province":  # a province report names its cities more than itself (深圳, 广州 → 广东省)
            score += sum(_mentions(head, c) for c in gazetteer.all_divisions(["city"]) if c.parent_code == d.code)
        if score:  # a name can hide in a longer word (滨海城区): its parents must be named too
            parents = sum(head.count(a.short if len(a.short) >= 2 else a.name) for a in gazetteer.ancestors(d.code))
            score = score * 2 if parents else score // 2
        if score > best_score:
            best, best_score = d, score
    return best


def _mentions(text: str, d: gazetteer.Division) -> int:
    return text.count(d.name) + (text.count(d.short) if len(d.short) >= 2 and d.short != d.name else 0)


def _resolve_by_text(region: str, text: str) -> gazetteer.Division | None:
    """An ambiguous region name (南山区) resolved by which enclosing divisions the text names."""
    head = text[:5000]
    best, best_score = None, 0
    for cand in gazetteer.division_by_name(region):
        score = sum(head.count(a.name) + (head.count(a.short) if len(a.short) >= 2 else 0) for a in gazetteer.ancestors(cand.code))
        if score > best_score:
            best, best_score = cand, score
    return best


def extract(doc: Document) -> ReportGraph:
    """Everything the rules find in one document."""
    doc = complete_meta(doc)
    sections = split_sections(doc.text)
    sentences = split_sentences(doc.text, sections)
    mentions = extract_mentions(doc, sentences)
    relations = extract_relations(sentences, mentions)
    linked = link(doc, sentences, mentions, relations)
    indicators = extract_indicators(sentences)
    return ReportGraph(
        document=doc,
        sections=sections,
        sentences=sentences,
        entities=linked.entities,
        relations=linked.relations,
        indicators=tuple(indicators),
    )


def extract_text(text: str, source: str = "text.txt") -> ReportGraph:
    """Extract from a string (already clean), metadata read from the text itself."""
    from kgreport.metadata import extract_meta

    import hashlib

    doc = Document(source=source, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), meta=extract_meta(text))
    return extract(doc)


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and why."""

    path: str
    message: str


@dataclass(frozen=True)
class BuildResult:
    """What a build produced."""

    reports: tuple[tuple[str, ReportGraph], ...]  # (slug, graph) in input order
    skipped: tuple[Skipped, ...] = ()
    seconds: float = 0.0
    outputs: tuple[Path, ...] = ()

    @property
    def entity_counts(self) -> dict[str, int]:
        """Distinct entities per class over all reports."""
        seen: dict[str, set[str]] = {}
        for _, rg in self.reports:
            for e in rg.entities:
                seen.setdefault(e.cls.value, set()).add(e.label)
        return {k: len(v) for k, v in sorted(seen.items())}

    @property
    def relation_counts(self) -> dict[str, int]:
        """Relations per kind over all reports."""
        c: Counter[str] = Counter(r.kind.value for _, rg in self.reports for r in rg.relations)
        return dict(sorted(c.items()))

    @property
    def indicator_count(self) -> int:
        """Indicators over all reports."""
        return sum(len(rg.indicators) for _, rg in self.reports)


def _slugs(docs: Sequence[Document]) -> list[str]:
    used: Counter[str] = Counter()
    out = []
    for d in docs:
        base = rdf.report_slug(d.source)
        used[base] += 1
        out.append(base if used[base] == 1 else f"{base}-{used[base]}")
    return out


def extract_all(
    inputs: Sequence[str | Path],
    *,
    encoding: str | None = None,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[tuple[str, ReportGraph]], list[Skipped]]:
    """Read and extract every input; bad files are skipped (or raise, with ``strict``)."""
    paths = read.collect_inputs(list(inputs) or [bundled_reports_dir()])
    graphs: list[ReportGraph] = []
    skipped: list[Skipped] = []
    for i, p in enumerate(paths):
        try:
            graphs.append(extract(read.read_document(p, encoding=encoding)))
        except KgreportError as exc:
            if strict or len(paths) == 1:
                raise
            skipped.append(Skipped(str(p), str(exc)))
        if progress:
            progress(i + 1, len(paths))
    slugs = _slugs([g.document for g in graphs])
    return list(zip(slugs, graphs)), skipped


def build_graph(inputs: Sequence[str | Path], *, encoding: str | None = None) -> Graph:
    """The merged RDF graph of the inputs (nothing written)."""
    reports, _ = extract_all(inputs, encoding=encoding)
    return rdf.merged_graph(reports)


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, then rename into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_outputs(reports: Sequence[tuple[str, ReportGraph]], out_dir: Path, *, max_nodes: int = 3000) -> tuple[Path, ...]:
    """graph.ttl, graph.trig, the SPARQL store and graph.html, each replaced atomically."""
    merged = rdf.merged_graph(reports)
    ttl = out_dir / "graph.ttl"
    trig = out_dir / "graph.trig"
    html = out_dir / "graph.html"
    _atomic_write(ttl, lambda p: p.write_bytes(merged.serialize(format="turtle", encoding="utf-8")))
    dataset = rdf.build_dataset(reports)
    _atomic_write(trig, lambda p: p.write_bytes(dataset.serialize(format="trig", encoding="utf-8")))
    written = [ttl, trig]
    try:
        from kgreport import render
    except ImportError:  # pragma: no cover - until the renderer lands
        render = None  # type: ignore[assignment]
    if render is not None:
        _atomic_write(html, lambda p: render.render_html(merged, p, max_nodes=max_nodes))
        written.append(html)
    try:
        from kgreport import store
    except ImportError:  # pragma: no cover
        store = None  # type: ignore[assignment]
    if store is not None:
        store.write_store(trig, out_dir / "store")
        written.append(out_dir / "store")
    return tuple(written)


def build(
    inputs: Sequence[str | Path],
    out_dir: str | Path = "out",
    *,
    encoding: str | None = None,
    strict: bool = False,
    max_nodes: int = 3000,
    progress: Callable[[int, int], None] | None = None,
) -> BuildResult:
    """Read the inputs, extract, and write every output into ``out_dir``."""
    t0 = time.perf_counter()
    reports, skipped = extract_all(inputs, encoding=encoding, strict=strict, progress=progress)
    if not reports:
        from kgreport.errors import EmptyInputError

        raise EmptyInputError(f"no report could be read ({len(skipped)} skipped)")
    outputs = write_outputs(reports, Path(out_dir), max_nodes=max_nodes)
    return BuildResult(tuple(reports), tuple(skipped), time.perf_counter() - t0, outputs)
