"""The one family of errors the library raises for bad input.

The CLI turns each into a one-line message and the class's ``exit_code``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # push imports this module
    from kgreport.query.push import PushSummary


class KgreportError(Exception):
    """Base of every error a user can cause; never shown as a traceback."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(KgreportError):
    """A path that is missing, unreadable or holds no report."""

    exit_code = 2


class EmptyInputError(InputError):
    """A file with no text, or a folder with no reports."""

    exit_code = 3


class NotAReportError(InputError):
    """Binary data or text that is not a government work report."""

    exit_code = 4


class TooLargeError(InputError):
    """A file past the size limit."""

    exit_code = 5


class QueryError(KgreportError):
    """A malformed, refused or unknown SPARQL query."""

    exit_code = 6


class GraphNotFoundError(KgreportError):
    """The graph file (or store) to query does not exist."""

    exit_code = 7


class StoreError(KgreportError):
    """A failure talking to a local or remote triple store."""

    exit_code = 8


class QueryTimeoutError(QueryError):
    """A query stopped at its time limit (``--timeout``)."""

    exit_code = 9


class QueryMemoryError(QueryError):
    """A query stopped at its memory limit (``--max-memory``)."""

    exit_code = 10


class BusyError(QueryError):
    """Every query slot is taken; try again shortly (``serve`` answers 503)."""

    exit_code = 11


class ForeignOutputError(KgreportError):
    """A file or folder that kgreport did not write has an output's name; ``build`` leaves it alone."""

    exit_code = 12


class DataFileError(KgreportError):
    """A data file (rule list, cue table, gazetteer) that breaks its schema; names file and line."""

    exit_code = 13


class PartialPushError(StoreError):
    """``push`` replaced some named graphs but others failed or were skipped; ``summary`` lists each."""

    exit_code = 14

    def __init__(self, message: str, *, summary: PushSummary) -> None:
        super().__init__(message)
        self.summary = summary


class OutputWriteError(KgreportError):
    """The system refused to write an output (read-only, disk full, permission); the previous outputs are unchanged."""

    exit_code = 15
