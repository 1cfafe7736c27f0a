"""Build the RDF graph of extracted reports (see docs/graph-model.md)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kgreport import __version__
from kgreport.models import EntityClass, ReportGraph
from kgreport.vocab import DATA, KGR, SCHEMA

_KIND = {
    EntityClass.ORGANIZATION: "org",
    EntityClass.PLACE: "place",
    EntityClass.PROJECT: "project",
    EntityClass.PROGRAM: "program",
    EntityClass.HONOR: "honor",
}
#: Characters kept as they are in an IRI path segment: letters, digits, CJK and -._~
_SAFE = "-._~"
_SLUG_UNSAFE = re.compile(r"[^0-9A-Za-z._\-\u3400-\u9fff]+")


def _segment(text: str) -> str:
    """An IRI path segment: CJK kept readable, everything unsafe percent-encoded."""
    return "".join(ch if "\u3400" <= ch <= "\u9fff" else quote(ch, safe=_SAFE) for ch in text)


def report_slug(source: str) -> str:
    """Readable identifier of a report from its file name, e.g. ``kaihua-2023``."""
    stem = source.rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    slug = _SLUG_UNSAFE.sub("-", stem).strip("-").lower()
    return slug or "report"


def entity_iri(cls: EntityClass, label: str) -> URIRef:
    """IRI of an entity: class and canonical label only, so it is the same in every report."""
    return DATA[f"{_KIND[cls]}/{_segment(label)}"]


def bind_prefixes(g: Graph) -> None:
    """Prefixes used in every file kgreport writes."""
    g.bind("kgr", KGR._NS)
    g.bind("kgd", DATA)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("schema", SCHEMA)


def report_graph(rg: ReportGraph, slug: str, graph: Graph | None = None) -> Graph:
    """Triples of one report, added to ``graph`` (or a new graph)."""
    g = graph if graph is not None else Graph()
    bind_prefixes(g)
    doc = rg.document
    meta = doc.meta
    rep = DATA[f"report/{slug}"]
    g.add((rep, RDF.type, KGR.Report))
    g.add((rep, KGR.sourceFile, Literal(doc.source)))
    g.add((rep, KGR.sha256, Literal(doc.sha256)))
    g.add((rep, KGR.extractorVersion, Literal(__version__)))
    if meta.title:
        g.add((rep, DCTERMS.title, Literal(meta.title)))
    if meta.level.value != "unknown":
        g.add((rep, KGR.level, Literal(meta.level.value)))
    if meta.year:
        g.add((rep, KGR.year, Literal(meta.year, datatype=XSD.integer)))
    if meta.date:
        g.add((rep, DCTERMS.date, Literal(meta.date, datatype=XSD.date)))
    if meta.session:
        g.add((rep, KGR.session, Literal(meta.session)))

    section_iri = {}
    for sec in rg.sections:
        s = DATA[f"report/{slug}/section/{sec.index}"]
        section_iri[sec.index] = s
        g.add((s, RDF.type, KGR.Section))
        g.add((s, KGR.inReport, rep))
        g.add((s, KGR.order, Literal(sec.index, datatype=XSD.integer)))
        if sec.title:
            g.add((s, DCTERMS.title, Literal(sec.title)))
    sentence_iri = {}
    for sent in rg.sentences:
        s = DATA[f"report/{slug}/sentence/{sent.index}"]
        sentence_iri[sent.index] = s
        g.add((s, RDF.type, KGR.Sentence))
        g.add((s, KGR.inReport, rep))
        g.add((s, KGR.inSection, section_iri[sent.section]))
        g.add((s, KGR.order, Literal(sent.index, datatype=XSD.integer)))
        g.add((s, KGR.text, Literal(sent.text)))
        g.add((s, KGR.startOffset, Literal(sent.start, datatype=XSD.integer)))
        g.add((s, KGR.endOffset, Literal(sent.end, datatype=XSD.integer)))

    iri_of = {}
    for e in rg.entities:
        node = entity_iri(e.cls, e.label)
        iri_of[e.key] = node
        g.add((node, RDF.type, KGR[e.cls.value]))
        g.add((node, RDFS.label, Literal(e.label)))
        for alt in e.alt_labels:
            g.add((node, SKOS.altLabel, Literal(alt)))
        for i in e.sentences:
            g.add((node, KGR.mentionedIn, sentence_iri[i]))
        if e.division_code:
            g.add((node, RDF.type, KGR.AdministrativeDivision))
            g.add((node, KGR.divisionCode, Literal(e.division_code)))
            if e.admin_level:
                g.add((node, KGR.adminLevel, Literal(e.admin_level)))
    if meta.region and f"Place:{meta.region}" in iri_of:
        g.add((rep, KGR.region, iri_of[f"Place:{meta.region}"]))
    issuer_key = next((k for k in iri_of if k == f"Organization:{meta.issuer}"), None)
    if issuer_key:
        g.add((rep, KGR.issuer, iri_of[issuer_key]))

    for r in rg.relations:
        s, o = iri_of[r.subject], iri_of[r.object]
        p = KGR[r.kind.value]
        g.add((s, p, o))
        digest = hashlib.sha256(f"{s}|{p}|{o}|{r.sentence}".encode()).hexdigest()[:16]
        st = DATA[f"report/{slug}/statement/{digest}"]
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, sentence_iri[r.sentence]))
        g.add((st, KGR.inReport, rep))

    for i, ind in enumerate(rg.indicators):
        node = DATA[f"report/{slug}/indicator/{i}"]
        g.add((node, RDF.type, KGR.Indicator))
        g.add((node, RDFS.label, Literal(ind.label)))
        g.add((node, KGR.value, Literal(_decimal(ind.value), datatype=XSD.decimal)))
        g.add((node, KGR.unit, Literal(ind.unit)))
        g.add((node, KGR.approximate, Literal(ind.approximate)))
        g.add((node, KGR.surfaceForm, Literal(ind.surface)))
        g.add((node, KGR.inReport, rep))
        g.add((node, KGR.mentionedIn, sentence_iri[ind.sentence]))
        g.add((node, PROV.wasDerivedFrom, sentence_iri[ind.sentence]))
    return g


def _decimal(value: float) -> str:
    text = f"{value:.6f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def build_dataset(reports: Iterable[tuple[str, ReportGraph]]) -> Dataset:
    """A dataset with one named graph per report (named by the report IRI)."""
    ds = Dataset()
    bind_prefixes(ds)
    for slug, rg in reports:
        report_graph(rg, slug, ds.graph(DATA[f"report/{slug}"]))
    return ds


def merged_graph(reports: Iterable[tuple[str, ReportGraph]]) -> Graph:
    """All reports in one graph."""
    g = Graph()
    bind_prefixes(g)
    for slug, rg in reports:
        report_graph(rg, slug, g)
    return g
