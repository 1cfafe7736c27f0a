"""RDF vocabulary: the kgreport ontology as an rdflib ``DefinedNamespace``."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kgreport.models import relation_specs

ONTOLOGY_IRI = "https://w3id.org/kgreport/ontology#"
#: Base of every data IRI (reports, sentences, entities).
DATA = Namespace("https://w3id.org/kgreport/id/")
SCHEMA = Namespace("https://schema.org/")


class KGR(DefinedNamespace):
    """Terms of ``ontology/kgreport.ttl``; the first block is the fixed contract."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True
    # Every relation kind of data/relations.tsv is a term (the five below are the contract).
    _extras = [spec.iri for spec in relation_specs()]

    # contract: classes
    Organization: URIRef
    Place: URIRef
    Project: URIRef
    Program: URIRef
    Honor: URIRef
    Indicator: URIRef
    # contract: properties
    value: URIRef
    unit: URIRef
    cooperatesWith: URIRef
    receivedHonor: URIRef
    implements: URIRef
    builds: URIRef
    locatedIn: URIRef

    # extensions: documents
    Entity: URIRef
    Report: URIRef
    Section: URIRef
    Sentence: URIRef
    AdministrativeDivision: URIRef
    issuer: URIRef
    region: URIRef
    level: URIRef
    year: URIRef
    session: URIRef
    sourceFile: URIRef
    sha256: URIRef
    inReport: URIRef
    inSection: URIRef
    text: URIRef
    startOffset: URIRef
    endOffset: URIRef
    order: URIRef
    mentionedIn: URIRef
    divisionCode: URIRef
    adminLevel: URIRef
    approximate: URIRef
    surfaceForm: URIRef
    measures: URIRef
    extractorVersion: URIRef
    # derived by the query store (kgreport.graph.store.materialize_aggregates)
    sentenceCount: URIRef
    mentionedInReport: URIRef
    reportCount: URIRef
    regionCount: URIRef
    firstYear: URIRef
    lastYear: URIRef
    labelRank: URIRef
    firstYearRank: URIRef
    unitRank: URIRef
    statementRank: URIRef
    awardRank: URIRef
    awardHonor: URIRef
    awardReceiver: URIRef
    awardYear: URIRef
    partnerRank: URIRef
    partnerIssuer: URIRef
    partner: URIRef
    partnerYear: URIRef
    partnerSentence: URIRef
    severalReportsRank: URIRef
