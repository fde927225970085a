"""The query library: one question per ``.rq`` file, with a self-documenting header, and the
runner that binds parameters safely and formats answers (see docs/queries.md)."""

from .library import QuerySpec, find, library
from .run import run_query

__all__ = ["QuerySpec", "find", "library", "run_query"]
