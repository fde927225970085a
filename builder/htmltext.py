"""Body text of a plan page saved from a government website (part of the load stage)."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import BeautifulSoup, CData, NavigableString, PageElement, Tag

_NOISE = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "form",
    "iframe",
    "select",
    "button",
    "textarea",
    "template",
)
_STRINGS = (NavigableString, CData)  # what get_text() gives: not comments, scripts, doctypes
_BLOCKS = (
    "p",
    "div",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "table",
    "td",
)
_CONTENT_HINTS = ("zoom", "content", "article", "trs_editor", "detail", "main", "text", "body")


def body_text(html: str) -> str:
    """The page's main text with one line per block element.

    One pass over the tree without recursion and without changing it, so a page of deeply nested
    elements costs time in proportion to its size (inserting line breaks into the tree, as this
    did before, walked each element's descendants: minutes for 30,000 nested divs)."""
    soup = BeautifulSoup(html, "html.parser")
    root = _main_container(soup)
    return _text(root if root is not None else soup)


def _events(root: Tag) -> Iterator[tuple[PageElement, bool]]:
    """(node, True) on entering every element and string under ``root`` and (element, False) on
    leaving an element, in document order, noise elements and what they hold left out."""
    stack: list[tuple[PageElement, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        yield node, entering
        if entering and isinstance(node, Tag):
            stack.append((node, False))
            stack.extend(
                (child, True)
                for child in reversed(node.contents)
                if not (isinstance(child, Tag) and child.name in _NOISE)
            )


def _text(root: Tag) -> str:
    """What ``get_text`` gives (plain strings and CDATA), with a line break for each <br> and
    around each block element."""
    out: list[str] = []
    for node, entering in _events(root):
        if type(node) in _STRINGS:
            out.append(str(node))
        elif isinstance(node, Tag) and (node.name in _BLOCKS or (entering and node.name == "br")):
            out.append("\n")
    return "".join(out)


def _main_container(soup: BeautifulSoup) -> Tag | None:
    """The element that looks like the article body: hinted by id/class, with the most text
    (the first in document order of equals)."""
    best: tuple[int, int, Tag | None] = (-1, 0, None)  # (text length, -position, element)
    open_tags: list[list[int]] = []  # [text length so far, position] of each element walked into
    for position, (node, entering) in enumerate(_events(soup)):
        if type(node) in _STRINGS:
            if open_tags:
                open_tags[-1][0] += len(str(node).strip())
        elif isinstance(node, Tag) and entering:
            open_tags.append([0, position])
        elif isinstance(node, Tag):
            size, start = open_tags.pop()
            if open_tags:
                open_tags[-1][0] += size
            if (size, -start) > best[:2] and any(h in _attrs(node) for h in _CONTENT_HINTS):
                best = (size, -start, node)
    if best[2] is None:
        body = soup.body
        return body if isinstance(body, Tag) else None
    return best[2]


def _attrs(tag: Tag) -> str:
    names = [str(c) for c in tag.get_attribute_list("class") if c]
    return (" ".join(names) + " " + str(tag.get("id") or "")).lower()
