"""kgreport serve speaks the SPARQL 1.1 Protocol to the clients people use.

A real server on a free loopback port, queried with urllib (every result
format, by Accept and by ``format=``), SPARQLWrapper and rdflib's SPARQLStore
at their default settings.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, urlencode
from urllib.request import Request, urlopen

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result
from SPARQLWrapper import SPARQLWrapper

from kgreport.query.engine import QueryKind, QueryResult, get_example
from kgreport.query.serve import format_parameter, format_xml, make_server, negotiate
from conftest import sample_store_build, serving

KGR = "https://w3id.org/kgreport/ontology#"
PREFIXES = f"PREFIX kgr: <{KGR}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
ORGS = PREFIXES + "SELECT ?l WHERE { ?o a kgr:Organization ; rdfs:label ?l } ORDER BY ?l"
ORG_LABELS = ["安吉县人民政府", "浙江大学", "湖州师范学院"]
ASK_TRUE = PREFIXES + "ASK { ?s kgr:builds ?o }"
ASK_FALSE = PREFIXES + "ASK { ?s kgr:builds ?s }"
ZJU = "https://w3id.org/kgreport/id/org/浙江大学"
DESCRIBE = f"DESCRIBE <{ZJU}>"
SR = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_store_build(tmp_path_factory.mktemp("out"))


@pytest.fixture(scope="module")
def base_url(build: Path) -> Iterator[str]:
    with serving(make_server(build, "127.0.0.1", 0)) as url:
        yield url


@pytest.fixture(scope="module")
def construct_graph(build: Path) -> Graph:
    """What the cooperation-network example builds, computed by rdflib from the graph file itself."""
    return Graph().parse(build / "graph.ttl").query(PREFIXES + get_example("cooperation-network").text).graph


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    """(status, media type, body) of one request; HTTP errors are returned, not raised."""
    try:
        with urlopen(Request(url, data=data, headers=headers or {}), timeout=30) as response:
            return response.status, response.headers.get("Content-Type", "").split(";")[0], response.read()
    except HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", "").split(";")[0], exc.read()


def select_labels(media: str, body: bytes) -> list[str]:
    """The ``?l`` column of a SELECT answer in any of the four result formats, parsed by rdflib or csv."""
    if media == "text/csv":
        rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
        assert rows[0] == ["l"]
        return [r[0] for r in rows[1:]]
    kind = {"application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
            "text/tab-separated-values": "tsv"}.get(media, "json")
    return [str(row[0]) for row in Result.parse(io.BytesIO(body), format=kind)]


# ------------------------------------------------------------------ SELECT / ASK formats


@pytest.mark.parametrize(
    "accept, media",
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("application/xml", "application/xml"),
        ("text/xml", "text/xml"),
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml;q=0.9, application/sparql-results+json", "application/sparql-results+json"),
        ("image/png, application/sparql-results+xml;q=0.1", "application/sparql-results+xml"),
    ],
)
def test_select_in_every_result_format_by_accept(base_url: str, accept: str, media: str) -> None:
    status, got, body = fetch(f"{base_url}/sparql?query={quote(ORGS)}", headers={"Accept": accept})
    assert (status, got) == (200, media)
    assert select_labels(media, body) == ORG_LABELS


@pytest.mark.parametrize(
    "value, media",
    [
        ("xml", "application/sparql-results+xml"),
        ("json", "application/sparql-results+json"),
        ("csv", "text/csv"),
        ("tsv", "text/tab-separated-values"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("SRX", "application/sparql-results+xml"),
    ],
)
def test_format_parameter_wins_over_accept(base_url: str, value: str, media: str) -> None:
    url = f"{base_url}/sparql?query={quote(ORGS)}&format={quote(value)}"
    status, got, body = fetch(url, headers={"Accept": "image/png"})
    assert (status, got) == (200, media)
    assert select_labels(media, body) == ORG_LABELS
    form = urlencode({"query": ORGS, "output": value}).encode()  # in a POSTed form, by Fuseki's name
    status, got, body = fetch(f"{base_url}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert (status, got) == (200, media) and select_labels(media, body) == ORG_LABELS


@pytest.mark.parametrize("query, expected", [(ASK_TRUE, True), (ASK_FALSE, False)])
@pytest.mark.parametrize("fmt", ["xml", "json", "csv", "tsv"])
def test_ask_in_every_result_format(base_url: str, query: str, expected: bool, fmt: str) -> None:
    status, media, body = fetch(f"{base_url}/sparql?query={quote(query)}&format={fmt}")
    assert status == 200
    if fmt in ("csv", "tsv"):
        assert body.decode().strip() == str(expected).lower()
    else:
        assert Result.parse(io.BytesIO(body), format=fmt).askAnswer is expected


def test_xml_results_follow_the_schema_shape(base_url: str) -> None:
    query = PREFIXES + "SELECT ?r ?y ?t WHERE { ?r a kgr:Report ; kgr:year ?y . OPTIONAL { ?r kgr:none ?t } } ORDER BY ?y"
    status, _, body = fetch(f"{base_url}/sparql?query={quote(query)}", headers={"Accept": "application/sparql-results+xml"})
    root = ET.fromstring(body)
    assert status == 200 and root.tag == f"{SR}sparql"
    assert [v.get("name") for v in root.iter(f"{SR}variable")] == ["r", "y", "t"]
    results = list(root.iter(f"{SR}result"))
    assert len(results) == 2
    first = {b.get("name"): b[0] for b in results[0]}
    assert set(first) == {"r", "y"}  # unbound ?t is left out, as the format says
    assert first["r"].tag == f"{SR}uri" and first["r"].text == "https://w3id.org/kgreport/id/report/anji-2022"
    assert first["y"].tag == f"{SR}literal" and first["y"].text == "2022"
    assert first["y"].get("datatype") == "http://www.w3.org/2001/XMLSchema#integer"


# ------------------------------------------------------------------ CONSTRUCT / DESCRIBE formats

GRAPH_FORMATS = [
    ("text/turtle", "turtle", "turtle"),
    ("application/n-triples", "nt", "nt"),
    ("application/rdf+xml", "xml", "xml"),
    ("application/ld+json", "jsonld", "json-ld"),
]


@pytest.mark.parametrize("media, name, parser", GRAPH_FORMATS)
def test_construct_in_every_rdf_format(base_url: str, construct_graph: Graph, media: str, name: str, parser: str) -> None:
    query = get_example("cooperation-network").text
    status, got, body = fetch(f"{base_url}/sparql?query={quote(query)}", headers={"Accept": media})
    assert (status, got) == (200, media)
    assert len(construct_graph) == 5 and isomorphic(Graph().parse(data=body, format=parser), construct_graph)
    status, got, body = fetch(f"{base_url}/sparql?query={quote(query)}&format={name}")
    assert (status, got) == (200, media)
    assert isomorphic(Graph().parse(data=body, format=parser), construct_graph)


@pytest.mark.parametrize("media, name, parser", GRAPH_FORMATS)
def test_describe_in_every_rdf_format(base_url: str, build: Path, media: str, name: str, parser: str) -> None:
    expected = {(p, o) for p, o in Graph().parse(build / "graph.ttl").predicate_objects(URIRef(ZJU))}
    status, got, body = fetch(f"{base_url}/sparql", DESCRIBE.encode(),
                              {"Content-Type": "application/sparql-query", "Accept": media})
    assert (status, got) == (200, media)
    described = Graph().parse(data=body, format=parser)
    # The store adds what it derives for the examples: the reports naming the entity, their count,
    # regions and years, its ranks in its class, and (named by both reports) its place among the
    # organizations named by several reports.
    kgr = "https://w3id.org/kgreport/ontology#"
    derived = {URIRef(kgr + t) for t in ("mentionedInReport", "reportCount", "regionCount", "firstYear", "lastYear",
                                         "labelRank", "firstYearRank", "severalReportsRank")}
    pairs = set(described.predicate_objects(URIRef(ZJU)))
    assert expected and {(p, o) for p, o in pairs if p not in derived} == expected
    assert {p for p, o in pairs if p in derived} == derived  # the store's derived facts come with it


@pytest.mark.parametrize(
    "query, accept, fmt",
    [
        (ORGS, "image/png", None),
        (ORGS, "text/turtle", None),  # an RDF type for a SELECT: really not offered
        (ORGS, None, "png"),
        (DESCRIBE, "application/sparql-results+json", None),
        (DESCRIBE, None, "csv"),
    ],
)
def test_406_only_for_types_not_offered(base_url: str, query: str, accept: str | None, fmt: str | None) -> None:
    url = f"{base_url}/sparql?query={quote(query)}" + (f"&format={fmt}" if fmt else "")
    status, media, body = fetch(url, headers={"Accept": accept} if accept else {})
    assert status == 406 and media == "text/plain"
    assert "acceptable types:" in body.decode()


@pytest.mark.parametrize(
    "accept, kind, expected",
    [
        ("application/sparql-results+xml", QueryKind.SELECT, "xml"),
        ("application/sparql-results+xml", QueryKind.ASK, "xml"),
        ("application/rdf+xml", QueryKind.CONSTRUCT, "rdfxml"),
        ("application/json", QueryKind.DESCRIBE, "jsonld"),
        ("text/*", QueryKind.CONSTRUCT, "turtle"),
        ("application/*", QueryKind.CONSTRUCT, "turtle"),
        ("application/rdf+xml", QueryKind.SELECT, None),
    ],
)
def test_negotiate_new_types(accept: str, kind: QueryKind, expected: str | None) -> None:
    chosen = negotiate(accept, kind)
    assert (chosen[1] if chosen else None) == expected


@pytest.mark.parametrize(
    "values, kind, expected",
    [
        (["xml"], QueryKind.SELECT, "application/sparql-results+xml"),
        (["xml"], QueryKind.CONSTRUCT, "application/rdf+xml"),
        (["json"], QueryKind.DESCRIBE, "application/ld+json"),
        (["tsv", "text/tab-separated-values"], QueryKind.SELECT, "text/tab-separated-values"),
        (["rdf+xml", "application/rdf+xml"], QueryKind.CONSTRUCT, "application/rdf+xml"),  # SPARQLWrapper's pair
        (["nonsense"], QueryKind.SELECT, None),
    ],
)
def test_format_parameter_names(values: list[str], kind: QueryKind, expected: str | None) -> None:
    chosen = format_parameter(values, kind)
    assert (chosen[0] if chosen else None) == expected


# XML 1.0 cannot carry these code points; everything else must come back unchanged.
_XML_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08"
                           "\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff")


@settings(max_examples=200, deadline=None)
@given(value=st.text(_XML_CHARS), lang=st.sampled_from([None, "zh", "en-GB"]))
def test_xml_results_round_trip_any_text(value: str, lang: str | None) -> None:
    literal = Literal(value, lang=lang)
    result = QueryResult(QueryKind.SELECT, ("a", "b", "c"),
                         ((literal, URIRef("https://w3id.org/kgreport/id/org/" + quote(value)), BNode("b0")),
                          (None, None, Literal(value, datatype=URIRef("http://www.w3.org/2001/XMLSchema#token")))))
    parsed = list(Result.parse(io.StringIO(format_xml(result)), format="xml"))
    assert [tuple(row) for row in parsed] == [
        (literal, URIRef("https://w3id.org/kgreport/id/org/" + quote(value)), BNode("b0")),
        (None, None, Literal(value, datatype=URIRef("http://www.w3.org/2001/XMLSchema#token"))),
    ]


def test_xml_results_replace_what_xml_cannot_carry() -> None:
    result = QueryResult(QueryKind.SELECT, ("a",), ((Literal("a\x00b\x1fc"),),))
    (row,) = Result.parse(io.StringIO(format_xml(result)), format="xml")
    assert str(row[0]) == "a\ufffdb\ufffdc"


# ------------------------------------------------------------------ clients at their defaults


def test_sparqlwrapper_defaults_select_ask_construct_describe(base_url: str, construct_graph: Graph) -> None:
    def run(query: str):  # type: ignore[no-untyped-def]
        client = SPARQLWrapper(f"{base_url}/sparql")  # defaults: GET, XML results, RDF/XML graphs
        client.setQuery(query)
        return client.query().convert()

    doc = run(ORGS)  # an xml.dom.minidom document of SPARQL XML results
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == ORG_LABELS
    assert doc.getElementsByTagName("boolean") == []
    assert run(ASK_TRUE).getElementsByTagName("boolean")[0].firstChild.data == "true"
    assert run(ASK_FALSE).getElementsByTagName("boolean")[0].firstChild.data == "false"
    constructed = run(get_example("cooperation-network").text)
    assert isinstance(constructed, Graph) and isomorphic(constructed, construct_graph)
    described = run(DESCRIBE)
    assert isinstance(described, Graph) and (URIRef(ZJU), RDFS.label, Literal("浙江大学")) in described


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_sparqlwrapper_json_and_post(base_url: str, method: str) -> None:
    client = SPARQLWrapper(f"{base_url}/sparql", returnFormat="json")
    client.setMethod(method)
    client.setQuery(ORGS)
    data = client.query().convert()
    assert [b["l"]["value"] for b in data["results"]["bindings"]] == ORG_LABELS


def test_rdflib_sparqlstore_defaults_select_ask_construct_describe(base_url: str, construct_graph: Graph) -> None:
    graph = Graph(SPARQLStore(f"{base_url}/sparql"))  # defaults: GET, XML results, RDF/XML graphs
    assert [str(r[0]) for r in graph.query(ORGS)] == ORG_LABELS
    assert graph.query(ASK_TRUE).askAnswer is True
    assert graph.query(ASK_FALSE).askAnswer is False
    constructed = graph.query(get_example("cooperation-network").text).graph
    assert constructed is not None and isomorphic(constructed, construct_graph)
    described = graph.query(DESCRIBE).graph
    assert described is not None and (URIRef(ZJU), RDFS.label, Literal("浙江大学")) in described
    # The store's own triple pattern API runs SELECTs too.
    assert {str(o) for o in graph.objects(URIRef(ZJU), RDFS.label)} == {"浙江大学"}


def test_json_results_unchanged(base_url: str) -> None:
    status, media, body = fetch(f"{base_url}/sparql?query={quote(ORGS)}")
    assert (status, media) == (200, "application/sparql-results+json")
    assert [b["l"]["value"] for b in json.loads(body)["results"]["bindings"]] == ORG_LABELS


# ------------------------------------------------------------------ the default port

ROOT = Path(__file__).resolve().parents[1]


def test_default_port_is_our_own_and_documented() -> None:
    import re

    from click.testing import CliRunner

    from kgreport.cli import cli
    from kgreport.query.serve import DEFAULT_PORT

    assert DEFAULT_PORT not in (7878, 3030, 7200, 8890, 9999, 8080, 8000)  # Oxigraph, Fuseki, GraphDB, Virtuoso, Blazegraph, web
    assert f"[default: {DEFAULT_PORT}]" in CliRunner().invoke(cli, ["serve", "--help"]).output
    for doc in (ROOT / "README.md", ROOT / "docs" / "query-serve-push.md"):
        ports = {int(p) for p in re.findall(r"127\.0\.0\.1:(\d+)/sparql", doc.read_text(encoding="utf-8"))}
        assert ports == {DEFAULT_PORT}, doc


def test_the_client_examples_of_the_docs_run(base_url: str) -> None:
    """The SPARQLWrapper and SPARQLStore snippets of docs/query-serve-push.md, run against this server."""
    lines = (ROOT / "docs" / "query-serve-push.md").read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("    from SPARQLWrapper import"))
    block = []
    for line in lines[start:]:
        if line and not line.startswith("    "):  # the indented code block ends at the next paragraph
            break
        block.append(line[4:])
    code = "\n".join(block).replace("http://127.0.0.1:7383", base_url)
    assert "SPARQLStore" in code
    scope: dict[str, object] = {}
    exec(compile(code, "docs/query-serve-push.md", "exec"), scope)  # noqa: S102 - our own documentation
    document = scope["document"]
    assert sorted(n.firstChild.data for n in document.getElementsByTagName("literal")) == sorted(ORG_LABELS)  # type: ignore[attr-defined]
    assert sorted(str(r[0]) for r in scope["rows"]) == sorted(ORG_LABELS)  # type: ignore[attr-defined]


# ------------------------------------------------------------------ service description

SD = "http://www.w3.org/ns/sparql-service-description#"


@pytest.mark.parametrize(
    "headers, suffix, parser",
    [({}, "", "turtle"), ({"Accept": "application/rdf+xml"}, "", "xml"), ({}, "?format=jsonld", "json-ld"),
     ({"Host": "bad host/<x>"}, "", "turtle")],
)
def test_get_without_a_query_is_the_service_description(base_url: str, headers: dict[str, str], suffix: str, parser: str) -> None:
    status, media, body = fetch(f"{base_url}/sparql{suffix}", headers=headers)
    assert status == 200
    graph = Graph().parse(data=body, format=parser)
    (service,) = graph.subjects(URIRef(SD + "endpoint"), URIRef(f"{base_url}/sparql"))
    assert (service, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Query")) in graph
    formats = {str(o).rsplit("/", 1)[1] for o in graph.objects(service, URIRef(SD + "resultFormat"))}
    assert formats == {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                       "Turtle", "N-Triples", "RDF_XML", "JSON-LD"}
    assert (service, URIRef(SD + "feature"), URIRef(SD + "UnionDefaultGraph")) in graph


def test_a_graph_rdfxml_cannot_write_is_406_naming_the_other_formats(base_url: str) -> None:
    query = "CONSTRUCT { ?o <http://example.org/1> ?l } WHERE { ?o a kgr:Organization ; rdfs:label ?l }"
    status, media, body = fetch(f"{base_url}/sparql?query={quote(query)}", headers={"Accept": "application/rdf+xml"})
    assert status == 406 and "cannot be written as application/rdf+xml" in body.decode()
    assert "text/turtle" in body.decode() and "application/ld+json" in body.decode()
    status, media, body = fetch(f"{base_url}/sparql?query={quote(query)}", headers={"Accept": "text/turtle"})
    assert status == 200 and len(Graph().parse(data=body, format="turtle")) == len(ORG_LABELS)


def test_rdfxml_replaces_what_xml_cannot_carry() -> None:
    from kgreport.query.serve import render

    result = QueryResult(QueryKind.CONSTRUCT, triples=((URIRef("http://a/s"), RDFS.label, Literal("a\x00b")),))
    graph = Graph().parse(data=render(result, "rdfxml"), format="xml")
    assert set(graph) == {(URIRef("http://a/s"), RDFS.label, Literal("a\ufffdb"))}


def test_the_serve_example_of_the_docs_runs(build: Path) -> None:
    """The two shell lines under "kgreport serve" in docs/query-serve-push.md, on a free port and this build."""
    import socket
    import subprocess
    import sys

    lines = (ROOT / "docs" / "query-serve-push.md").read_text(encoding="utf-8").split("\n")
    start = lines.index("## `kgreport serve`") + 2
    block = []
    for line in lines[start:]:
        if not line.startswith("    "):
            break
        block.append(line[4:])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    script = ("\n".join(block).replace("7383", str(port)).replace("--out out/", f"--out {build}")
              .replace("kgreport serve", f"{sys.executable} -m kgreport serve"))
    assert script.count(str(port)) == 2 and " &" in script
    # The background server is killed on the way out, whatever happens.
    done = subprocess.run(["bash", "-c", "trap 'kill %1 2>/dev/null' EXIT\n" + script],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout, newline="")))
    expected = sorted(str(r[0]) for r in Graph().parse(build / "graph.ttl").query(
        PREFIXES + "SELECT ?l { ?p a kgr:Program ; rdfs:label ?l }"))
    assert rows[0] == ["l"] and sorted(r[0] for r in rows[1:]) == expected and expected
