"""The preview: a small HTML page about an entity."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .service import Service


def preview(service: Service, identifier: str) -> str | None:
    """A small HTML page about the entity (None when the id is unknown)."""
    entity = service.lookup(identifier)
    if entity is None:
        return None
    esc = html.escape
    types = " · ".join(service.types[t].name for t in entity.types)
    sentences = "".join(
        f"<blockquote>{esc(s)}</blockquote>" for s in service.sentences.get(entity.iri, [])
    )
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
        f"<title>{esc(entity.name)}</title><style>{_PREVIEW_CSS}</style></head><body>"
        f"<b>{esc(entity.name)}</b> <span class=m>{esc(entity.name_en)}</span>"
        f"<div class=m>{esc(types)}</div>{sentences}"
        f"<div class=m>{esc(entity.iri)}</div></body></html>"
    )


_PREVIEW_CSS = (
    "body{font:13px/1.4 'Noto Sans CJK SC',sans-serif;margin:6px}.m{color:#667}"
    "blockquote{margin:4px 0;padding-left:6px;border-left:3px solid #cbd5e1}"
)
