"""The one place that knows the order of the stages of one report.

read → complete metadata → segment → extract entities → extract relations →
link/canonicalize → indicators. Building RDF and writing the outputs (Turtle,
TriG, store, graph.html) follow in :mod:`kgreport.build.outputs`, called by
:func:`kgreport.build.pipeline.build`.
"""

from __future__ import annotations

import hashlib
import re

from kgreport.extract.entities import extract_mentions
from kgreport.extract.indicators import extract_indicators
from kgreport.extract.link import link
from kgreport.extract.relations import extract_relations
from kgreport.extract.relations.cues import MentionRelation
from kgreport.models import Document, Indicator, Mention, ReportGraph, Sentence
from kgreport.read.complete import complete_meta
from kgreport.segment import PIECE_CHARS, iter_sentences, sentence_pieces, split_sections


def extract(doc: Document, piece_chars: int = PIECE_CHARS) -> ReportGraph:
    """Everything the rules find in one document.

    Sentences are cut and their mentions, relations and indicators found a piece of about
    ``piece_chars`` characters at a time (whole sections where they fit): every rule but linking
    looks at one sentence, so the result does not depend on the pieces' size; linking then
    merges the mentions of the whole report.
    """
    doc = complete_meta(doc)
    sections = split_sections(doc.text)
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    relations: list[MentionRelation] = []
    indicators: list[Indicator] = []
    for piece in sentence_pieces(iter_sentences(doc.text, sections), piece_chars):
        found = extract_mentions(doc, piece)
        relations.extend(extract_relations(piece, found))
        indicators.extend(extract_indicators(piece))
        mentions.extend(found)
        sentences.extend(piece)
    linked = link(doc, sentences, mentions, relations)
    return ReportGraph(
        document=doc,
        sections=sections,
        sentences=tuple(sentences),
        entities=linked.entities,
        relations=linked.relations,
        indicators=tuple(indicators),
    )


#: A lone surrogate code point, e.g. "\ud800" (a str never holds a surrogate pair: astral characters are one code point).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def extract_text(text: str, source: str = "text.txt") -> ReportGraph:
    """Extract from a string (already clean), metadata read from the text itself."""
    from kgreport.read.metadata import extract_meta

    # A str from Python code may hold lone surrogates, which no file read ever gives and no RDF
    # serializer can encode; each becomes U+FFFD, one character for one, so offsets still hold.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = Document(source=source, text=text, sha256=digest, meta=extract_meta(text))
    return extract(doc)
