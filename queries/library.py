"""Reading the `.rq` files of the library and their comment headers.

A header is a run of ``# key: value`` comment lines at the top of the file::

    # title: 产业的重点举措 | Measures by industry
    # description: The measures that develop an industry …
    # param: industry | Industry | 数据智能产业 | the industry, by zh label or IRI
    # example: plankg query measures-by-industry --param industry=数据智能产业

``param`` is ``name | class (or *) | example value | help``; the query uses ``?name``.
``option`` is an optional parameter, ``name ?variable | class | example value | help``: when
given, its entities are bound to ``?variable`` (e.g. ``plan ?p`` restricts a listing to one plan).
``page-by`` is ``?variable | class``: the answer is ordered first by ``?variable``, the zh
``rdfs:label`` of an entity of that class (e.g. ``?plan | Plan``), so that a page can be answered
from the first labels alone instead of sorting every row (see ``queries.run``).
``page-inner: yes`` says the query's first sub-select is ordered like the whole listing and the
outer query only decorates its rows (a label, a sentence: columns added, no row dropped): a page's
LIMIT (offset + rows + 1) is then set on that sub-select too, so only the page's rows are decorated.
Parameters are bound in the first WHERE group, so the outer query omits the keyword WHERE (it is
optional in SPARQL) and the sub-select's WHERE receives them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from builder.errors import InputError, QueryError

LIBRARY_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Param:
    name: str
    cls: str
    example: str
    help: str
    var: str = ""  # the query variable it binds (default: its name)

    @property
    def variable(self) -> str:
        return self.var or self.name


@dataclass(frozen=True)
class PageKey:
    """The leading ORDER BY key of a listing: the zh label ``?variable`` of a ``cls`` entity."""

    variable: str
    cls: str


@dataclass(frozen=True)
class QuerySpec:
    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    example: str = ""
    params: tuple[Param, ...] = field(default_factory=tuple)
    options: tuple[Param, ...] = field(default_factory=tuple)
    page_by: PageKey | None = None
    page_inner: bool = False

    @property
    def title_zh(self) -> str:
        return self.title.split("|")[0].strip()

    @property
    def title_en(self) -> str:
        return self.title.split("|")[-1].strip()


def parse(path: Path) -> QuerySpec:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read query file ({exc})") from exc
    fields: dict[str, str] = {}
    params: list[Param] = []
    options: list[Param] = []
    page_by: PageKey | None = None
    page_inner = False
    last = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        key, sep, value = body.partition(":")
        if sep and key in (
            "title",
            "description",
            "param",
            "option",
            "example",
            "page-by",
            "page-inner",
        ):
            last = key
            if key == "page-inner":
                page_inner = _yes(value, path)
            elif key == "page-by":
                page_by = _page_key(value, path)
            elif key == "param":
                params.append(_param(value, path))
            elif key == "option":
                options.append(_param(value, path, optional=True))
            else:
                fields[key] = value.strip()
        elif last in fields and body:
            fields[last] += " " + body
    return QuerySpec(
        path.stem,
        path,
        text,
        params=tuple(params),
        options=tuple(options),
        page_by=page_by,
        page_inner=page_inner,
        **fields,
    )


def _page_key(value: str, path: Path) -> PageKey:
    variable, sep, cls = (part.strip() for part in value.partition("|"))
    if not sep or not variable.startswith("?") or not variable[1:].isidentifier() or not cls:
        raise QueryError(f"{path}: page-by header needs '?variable | Class', got {value.strip()!r}")
    return PageKey(variable[1:], cls)


def _yes(value: str, path: Path) -> bool:
    if value.strip() not in ("yes", "no"):
        raise QueryError(f"{path}: page-inner header needs 'yes' or 'no', got {value.strip()!r}")
    return value.strip() == "yes"


def _param(value: str, path: Path, optional: bool = False) -> Param:
    parts = [p.strip() for p in value.split("|")]
    name, _, var = parts[0].partition(" ?") if optional else (parts[0], "", "")
    if len(parts) != 4 or not name.isidentifier() or (var and not var.isidentifier()):
        form = "name ?variable" if optional else "name"
        raise QueryError(
            f"{path}: {'option' if optional else 'param'} header needs "
            f"'{form} | Class | example | help', got {value.strip()!r}"
        )
    return Param(name, parts[1], parts[2], parts[3], var=var.strip())


def library() -> list[QuerySpec]:
    """Every query of the library, by name."""
    return [parse(p) for p in sorted(LIBRARY_DIR.glob("*.rq"))]


def find(name_or_file: str) -> QuerySpec:
    """A library query by name, or a query file by path."""
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.exists():
        if not path.is_file():
            raise InputError(path, "no such query file")
        return parse(path)
    candidate = LIBRARY_DIR / f"{name_or_file}.rq"
    if not candidate.is_file():
        names = ", ".join(q.name for q in library())
        raise QueryError(
            f"unknown query {name_or_file!r}; known queries: {names} (or give a FILE.rq)"
        )
    return parse(candidate)
