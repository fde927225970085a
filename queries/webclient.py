"""HTTP for `plankg push`: Basic, Digest or bearer auth chosen by the server's challenge, one
timeout for every request, retries only for requests that never reached the server, and the
server's own reason in every error."""

from __future__ import annotations

import http.client
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup

from builder.errors import EndpointError

from .store import USER_AGENT

_GENERIC = re.compile(
    r"^(HTTP/\d\S*\s+\d{3}\b.*|error\s+\w+|\d{3}(\s.*)?|error|request failed)$", re.I
)


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str
    challenge: str = ""

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def reason(self) -> str:
        return reason(self.body, self.content_type)


def reason(body: bytes, content_type: str = "") -> str:
    """The first meaningful line of an answer's body (HTML tags, titles and status lines dropped)."""
    text = body[:65536].decode("utf-8", "replace")
    if not text.strip():
        return ""
    if sum(ch < " " and ch not in "\r\n\t" for ch in text[:512]) > 3 or "\ufffd" in text[:512]:
        return "(binary data, not text)"
    if "html" in content_type or re.match(r"\s*<(!doctype|html)", text, re.I):
        soup = BeautifulSoup(text, "html.parser")
        for tag in soup(["head", "title", "script", "style"]):
            tag.decompose()
        text = soup.get_text("\n")
    for line in text.splitlines():
        line = " ".join(line.split())
        if line and not _GENERIC.match(line):
            return _printable(line, 300)
    return ""


class _Digest(urllib.request.HTTPDigestAuthHandler):
    """urllib's Digest handler, made pre-emptive: once a challenge is known, every request carries
    the answer, so a large body is not sent twice (once to be refused, once with credentials)."""

    challenge: dict[str, str] | None = None

    def retry_http_digest_auth(self, req: Any, auth: str) -> Any:
        _, text = auth.split(" ", 1)
        items = urllib.request.parse_http_list(text)
        self.challenge = urllib.request.parse_keqv_list([item for item in items if item])
        return super().retry_http_digest_auth(req, auth)

    def http_request(self, req: urllib.request.Request) -> urllib.request.Request:
        if self.challenge and not req.has_header("Authorization"):
            answer = self.get_authorization(req, self.challenge)
            if answer:
                req.add_unredirected_header("Authorization", f"Digest {answer}")
        return req

    https_request = http_request


class _Basic(urllib.request.HTTPBasicAuthHandler):
    """urllib's Basic handler, pre-emptive for the whole site once its Basic answer was accepted
    (urllib's own would only be so below the first URL's path)."""

    def http_response(self, req: Any, response: Any) -> Any:
        sent = req.get_header("Authorization") or ""
        if sent.startswith("Basic ") and 200 <= response.code < 300:
            parts = urllib.parse.urlsplit(req.full_url)
            self.passwd.update_authenticated(f"{parts.scheme}://{parts.netloc}/", True)  # type: ignore[attr-defined]
        return response

    https_response = http_response


@dataclass
class Client:
    """One user's session with one store: credentials from --user + PLANKG_PASSWORD (Basic or
    Digest, whichever the server asks for) or PLANKG_TOKEN (bearer)."""

    user: str | None = None
    timeout: float = 60.0
    retries: int = 3
    _opener: urllib.request.OpenerDirector = field(init=False, repr=False)
    _token: str | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        handlers: list[urllib.request.BaseHandler] = []
        if self.user:
            passwords = urllib.request.HTTPPasswordMgrWithPriorAuth()
            self._passwords = passwords
            handlers += [_Basic(passwords), _Digest(passwords)]
        else:
            self._token = os.environ.get("PLANKG_TOKEN") or None
        self._opener = urllib.request.build_opener(*handlers)
        self._known: set[str] = set()

    def _credentials_for(self, url: str) -> None:
        if not self.user:
            return
        parts = urllib.parse.urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}/"
        if root not in self._known:
            secret = os.environ.get("PLANKG_PASSWORD", "")
            self._passwords.add_password(None, root, self.user, secret)
            self._known.add(root)

    def send(
        self,
        url: str,
        body: bytes | None = None,
        content_type: str | None = None,
        method: str = "POST",
        accept: str | None = None,
    ) -> Reply:
        """One request; retried (bounded) only when the connection was refused."""
        self._credentials_for(url)
        for attempt in range(self.retries):
            try:
                return self._once(url, body, content_type, method, accept)
            except urllib.error.URLError as exc:
                refused = isinstance(exc.reason, ConnectionRefusedError)
                if not refused or attempt == self.retries - 1:
                    raise EndpointError(_unreachable(url, exc.reason, self.timeout)) from exc
            time.sleep(0.5 * 2**attempt)
        raise EndpointError(f"cannot reach {url}")  # pragma: no cover (the loop returns or raises)

    def _once(
        self,
        url: str,
        body: bytes | None,
        content_type: str | None,
        method: str,
        accept: str | None,
    ) -> Reply:
        headers = {"User-Agent": USER_AGENT}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return Reply(int(response.status), response.read(), _ctype(response.headers))
        except urllib.error.HTTPError as exc:
            return Reply(
                exc.code,
                _read_some(exc),
                _ctype(exc.headers),
                exc.headers.get("WWW-Authenticate", "") if exc.headers else "",
            )
        except ValueError as exc:  # urllib's Digest handler meets a scheme it does not know
            raise EndpointError(f"{url}: {exc}; set PLANKG_TOKEN for a bearer token") from exc
        except TimeoutError as exc:
            raise EndpointError(
                f"{url}: no answer within {self.timeout:g} s; the store may be busy or hung "
                "(try a larger --timeout or a smaller --chunk-size)"
            ) from exc
        except http.client.HTTPException as exc:
            raise EndpointError(
                f"{url}: the server did not answer with HTTP ({type(exc).__name__}: "
                f"{_printable(str(exc))}); is this the store's HTTP address?"
            ) from exc
        except (ConnectionError, OSError) as exc:
            if isinstance(exc, urllib.error.URLError):
                raise
            raise EndpointError(f"{url}: connection lost ({exc}); is the store up?") from exc


def _ctype(headers: Any) -> str:
    return str(headers.get("Content-Type", "")) if headers else ""


def _read_some(exc: urllib.error.HTTPError) -> bytes:
    try:
        return bytes(exc.read(65536))
    except (OSError, http.client.HTTPException):
        return b""


def _printable(text: str, longest: int = 80) -> str:
    """Text from the wire, safe on one line: control characters shown as escapes, cut short."""
    shown = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    return shown if len(shown) <= longest else shown[: longest - 1] + "…"


def _unreachable(url: str, why: object, timeout: float) -> str:
    if isinstance(why, TimeoutError):
        return f"cannot reach {url} (no connection within {timeout:g} s)"
    if isinstance(why, BrokenPipeError | ConnectionResetError):
        return (
            f"{url}: the server closed the connection while the request was being sent ({why}); "
            "is this the store's HTTP address, or does a proxy limit the request size "
            "(try a smaller --chunk-size)?"
        )
    return f"cannot reach {url} ({getattr(why, 'strerror', None) or why}); is the store up?"


def refusal(url: str, reply: Reply, has_user: bool) -> str:
    """A one-line explanation of a 401/403, from the challenge the server sent."""
    scheme = reply.challenge.split(" ", 1)[0].lower() if reply.challenge else ""
    said = reply.reason()
    head = f"{url}: HTTP {reply.status}, refused" + (f" ({said})" if said else "")
    if reply.status == 401 and scheme == "bearer" and not os.environ.get("PLANKG_TOKEN"):
        return f"{head}; the store asks for a bearer token: set PLANKG_TOKEN"
    if reply.status == 401 and scheme in ("basic", "digest") and not has_user:
        return f"{head}; the store asks for {scheme.title()} credentials: give --user and set PLANKG_PASSWORD"
    if reply.status == 401:
        return f"{head}; check --user and PLANKG_PASSWORD (or PLANKG_TOKEN)"
    return (
        f"{head}; this user may not write here: check the user's rights (Virtuoso: the "
        "SPARQL_UPDATE role), and that the store accepts writes (`plankg serve` is read-only)"
    )
