"""Body text of a plan page saved from a government website (part of the load stage)."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

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
)
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
    """The page's main text with one line per block element."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_NOISE):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    root = _main_container(soup)
    return root.get_text("") if root is not None else soup.get_text("")


def _main_container(soup: BeautifulSoup) -> Tag | None:
    """The element that looks like the article body: hinted by id/class, with the most text."""
    candidates = [
        tag
        for tag in soup.find_all(True)
        if isinstance(tag, Tag) and any(h in _attrs(tag) for h in _CONTENT_HINTS)
    ]
    if not candidates:
        body = soup.body
        return body if isinstance(body, Tag) else None
    return max(candidates, key=lambda tag: len(tag.get_text(strip=True)))


def _attrs(tag: Tag) -> str:
    names = [str(c) for c in tag.get_attribute_list("class") if c]
    return (" ".join(names) + " " + str(tag.get("id") or "")).lower()
