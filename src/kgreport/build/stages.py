"""The one place that knows the order of the stages of one report.

read → complete metadata → segment → extract entities → extract relations →
link/canonicalize → indicators. Building RDF and writing the outputs (Turtle,
TriG, store, graph.html) follow in :mod:`kgreport.build.outputs`, called by
:func:`kgreport.build.pipeline.build`.
"""

from __future__ import annotations

import hashlib

from kgreport.extract.entities import extract_mentions
from kgreport.extract.indicators import extract_indicators
from kgreport.extract.link import link
from kgreport.extract.relations import extract_relations
from kgreport.models import Document, ReportGraph
from kgreport.read.complete import complete_meta
from kgreport.segment import split_sections, split_sentences


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
    from kgreport.read.metadata import extract_meta

    # surrogatepass: a str from Python code may hold lone surrogates, which no file read ever gives
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    doc = Document(source=source, text=text, sha256=digest, meta=extract_meta(text))
    return extract(doc)
