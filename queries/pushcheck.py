"""After `plankg push`: ask the store what landed — a COUNT on the target graph and an ASK for the
first and last triple sent — before saying "pushed"."""

from __future__ import annotations

import json
import urllib.parse
from typing import TYPE_CHECKING

from builder.errors import EndpointError

from .webclient import Client, Reply

if TYPE_CHECKING:
    from .push import Target

RESULTS_JSON = "application/sparql-results+json"


def query_endpoints(target: Target, protocol: str) -> list[str]:
    """Where to ask: --query-endpoint, else the update endpoint (Virtuoso's /sparql-auth answers
    queries) and the usual siblings of the endpoint (Oxigraph /query, Virtuoso and Fuseki /sparql).
    A Graph Store endpoint is not asked: it may answer a query string with the graph itself."""
    if target.query_endpoint:
        return [target.query_endpoint]
    store = target.endpoint.split("?", 1)[0] if protocol == "gsp" else None
    found: list[str] = []
    for url in (target.update_endpoint, target.endpoint):
        base = url.split("?", 1)[0].rsplit("/", 1)[0]
        for candidate in (url, f"{base}/query", f"{base}/sparql"):
            if candidate.split("?", 1)[0] != store and candidate not in found:
                found.append(candidate)
    return found


def _where(graph: str | None, pattern: str) -> str:
    return f"GRAPH <{graph}> {{ {pattern} }}" if graph else pattern


def ask(client: Client, url: str, query: str) -> dict[str, object] | None:
    """The JSON answer, None when this URL is no query endpoint; raises on a 2xx that is not one."""
    sep = "&" if "?" in url else "?"
    reply = client.send(
        url + sep + urllib.parse.urlencode({"query": query}), method="GET", accept=RESULTS_JSON
    )
    if not reply.ok:
        return None
    try:
        answer = json.loads(reply.body.decode("utf-8"))
        if not isinstance(answer, dict) or not ("boolean" in answer or "results" in answer):
            raise ValueError("no 'results' or 'boolean' member")
        return answer
    except (ValueError, UnicodeDecodeError) as exc:
        raise EndpointError(
            f"{url}: answered HTTP {reply.status} with something that is not a SPARQL result "
            f"({_what(reply)}); the push cannot be confirmed — is this a SPARQL store?"
        ) from exc


def _what(reply: Reply) -> str:
    said = reply.reason() or "an empty body"
    return f"{reply.content_type or 'no Content-Type'}: {said}"


def verify(
    client: Client, target: Target, lines: list[str], protocol: str
) -> tuple[int | None, str]:
    """(triples counted in the target graph, "") — or (None, why) when no endpoint could be asked.
    Raises EndpointError when the store answers but does not hold what was sent."""
    graph = target.named_graph
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ {_where(graph, '?s ?p ?o')} }}"
    probe = f"ASK {{ {_where(graph, ' '.join(samples(lines)))} }}"
    tried = query_endpoints(target, protocol)
    for url in tried:
        counted = ask(client, url, count)
        if counted is None:
            continue
        number = _count(url, counted)
        present = ask(client, url, probe)
        found = present is not None and present.get("boolean") is True
        if number < len(lines) or not found:
            where = f"<{graph}>" if graph else "the default graph"
            lacks = "" if found else ", and lacks the first or last triple sent"
            raise EndpointError(
                f"{url}: after the push, {where} holds {number} triples{lacks}, not the "
                f"{len(lines)} of the graph file; the store accepted the requests but did not "
                "keep them all (a proxy or a read-only store answering 200?)"
            )
        return number, ""
    return None, (
        "not verified: no SPARQL query endpoint answered at "
        + ", ".join(tried)
        + "; give --query-endpoint URL to check"
    )


def samples(lines: list[str], longest: int = 600) -> list[str]:
    """The first and the last triple short enough to ask about in a URL."""
    short = [line for line in (*lines[:50], *lines[-50:]) if len(line) <= longest]
    return [short[0], short[-1]] if short else []


def _count(url: str, answer: dict[str, object]) -> int:
    try:
        rows = answer["results"]["bindings"]  # type: ignore[index]
        return int(rows[0]["n"]["value"])
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise EndpointError(f"{url}: the COUNT query gave no number ({answer!r:.200})") from exc
