"""The only IRI factory. IRIs are readable (zh labels are legal in IRIs), deterministic and free of
counters: the same entity named in two documents gets the same IRI; an element of a plan (a
measure, a phase, …) is scoped by its plan."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .model import EntityKey

_UNSAFE = re.compile(r"[^\w\-()]+")
_QUOTES = re.compile(r"[“”‘’\"'《》「」]")
_MAX = 48


def slug(label: str) -> str:
    """A path segment from a label: NFKC, punctuation dropped, long labels cut and hashed."""
    text = _QUOTES.sub("", unicodedata.normalize("NFKC", label))
    text = _UNSAFE.sub("-", text).strip("-") or "x"
    if len(text) > _MAX:
        digest = hashlib.sha1(label.encode("utf-8")).hexdigest()[:8]
        text = f"{text[:_MAX].rstrip('-')}-{digest}"
    return text


def class_segment(cls: str) -> str:
    """ "GovernmentBody" → "government-body"."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", cls).lower()


def division_id(code: str, start: str = "", latest: bool = True) -> str:
    """The local name of a division concept: the code for the latest (or only) division that held
    it, code and first year for an earlier one, so a code number used twice names two concepts."""
    return code if latest or not start else f"{code}-{start}"


class Minter:
    """Mints every IRI of a build from one base IRI."""

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, key: EntityKey) -> str:
        if key.cls == "Plan":
            return f"{self.base}plan/{slug(key.label)}"
        if key.scope:
            return f"{self.plan(key.scope)}/{class_segment(key.cls)}/{slug(key.label)}"
        return f"{self.base}{class_segment(key.cls)}/{slug(key.label)}"

    def plan(self, title: str) -> str:
        return f"{self.base}plan/{slug(title)}"

    def document(self, doc_slug: str) -> str:
        return f"{self.base}doc/{doc_slug}"

    def span(self, doc_iri: str, begin: int, end: int) -> str:
        """RFC 5147 style fragment, as NIF uses: ``…#char=12,40``."""
        return f"{doc_iri}#char={begin},{end}"

    def statement(self, subject: str, predicate: str, obj: str, evidence: str) -> str:
        digest = hashlib.sha1("\n".join((subject, predicate, obj, evidence)).encode("utf-8"))
        return f"{self.base}statement/{digest.hexdigest()[:20]}"

    def instant(self, value: str) -> str:
        return f"{self.base}time/{value}"

    def code(self, scheme: str, code: str) -> str:
        """A concept of a reference code list: ``division/310106``, ``gbt4754-2017/J``."""
        return f"{self.base}{scheme}/{code}"

    def division(self, code: str, start: str = "", latest: bool = True) -> str:
        """A division concept: ``division/310106``; an earlier holder of a code number that was
        later used for another division keeps its first year: ``division/132201-1981``."""
        return self.code("division", division_id(code, start, latest))

    def scheme(self, name: str) -> str:
        return f"{self.base}scheme/{name}"

    def dataset(self, label: str) -> str:
        """The graph of one build as a dcat:Dataset, named by its plan (or ``corpus``)."""
        return f"{self.base}dataset/{slug(label)}"

    def catalog(self, label: str) -> str:
        """The dcat:Catalog that lists the dataset of one build."""
        return f"{self.base}catalog/{slug(label)}"

    def agent(self, name: str) -> str:
        """A publisher of dataset.ttl (a foaf:Agent), named by --publisher."""
        return f"{self.base}agent/{slug(name)}"

    def mapping(self, subject: str, predicate: str, obj: str) -> str:
        """The IRI of a mapping (an SSSOM-style annotated axiom) between two resources."""
        digest = hashlib.sha1("\n".join((subject, predicate, obj)).encode("utf-8"))
        return f"{self.base}mapping/{digest.hexdigest()[:20]}"
