"""The parent side of the query worker's pipe protocol."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kgreport.errors import KgreportError, QueryError, StoreError
from kgreport.query.engine import QueryKind, QueryResult
from kgreport.query.worker import decode_result, encode_result, reply_error

_SENT = StoreError("store is locked")


@pytest.mark.parametrize(
    ("status", "payload", "expected_type", "message"),
    [
        ("error", _SENT, StoreError, "store is locked"),
        # Not an exception where one belongs: told as a QueryError, not "raise <str>" failing with a TypeError.
        ("error", "store is locked", QueryError, "unexpected reply ('error')"),
        ("ok", None, QueryError, "unexpected reply ('ok')"),
        ("ready", None, QueryError, "unexpected reply ('ready')"),
    ],
)
def test_reply_error_is_always_a_kgreport_error(
    status: str, payload: object, expected_type: type[KgreportError], message: str
) -> None:
    error = reply_error(status, payload)
    assert type(error) is expected_type
    assert message in str(error)
    if isinstance(payload, KgreportError):
        assert error is payload


def test_encoded_result_decodes_to_the_same_terms() -> None:
    iri, blank = URIRef("http://example.org/a"), BNode("b0")
    number = Literal("07", datatype=XSD.integer, normalize=False)
    result = QueryResult(
        QueryKind.SELECT,
        variables=("x", "y"),
        rows=((iri, None), (blank, Literal("文", lang="zh")), (number, Literal("t"))),
        triples=((iri, iri, number), (blank, iri, Literal("t"))),
    )
    back = decode_result(encode_result(result))
    assert back == result
    assert str(back.rows[2][0]) == "07"  # the lexical form survives, not rdflib's normalised "7"
