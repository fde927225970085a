"""One error hierarchy; the CLI turns any of these into one stderr line and exit code 2."""

from __future__ import annotations


class PlankgError(Exception):
    """A problem the user can fix; the message names the file and says what to do."""


class InputError(PlankgError):
    """A plan file that cannot be read as plan text (missing, empty, binary, undecodable)."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class VocabError(PlankgError):
    """The curated vocabulary under data/vocab is malformed."""


class QueryError(PlankgError):
    """A malformed query (with line and column), an unknown query or a missing parameter."""


class EndpointError(PlankgError):
    """An endpoint that cannot be reached or refuses us."""
