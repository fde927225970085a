"""The service manifest."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .protocol import MAX_QUERIES, NS, PREVIEW_SIZE, VERSIONS

if TYPE_CHECKING:
    from .service import Service


def manifest(service: Service, root: str, view_url: str) -> dict[str, Any]:
    """The service manifest; ``root`` is the service's own URL (ending in /)."""
    width, height = PREVIEW_SIZE
    return {
        "versions": VERSIONS,
        "name": service.name,
        "identifierSpace": service.base,
        "schemaSpace": NS,
        "batchSize": MAX_QUERIES,
        "defaultTypes": [{"id": t.iri, "name": t.name} for t in service.types.values()],
        "view": {"url": view_url},
        "preview": {"url": f"{root}preview?id={{{{id}}}}", "width": width, "height": height},
        "suggest": {
            kind: {"service_url": root.rstrip("/"), "service_path": f"/suggest/{kind}"}
            for kind in ("entity", "type", "property")
        },
        "extend": {
            "propose_properties": {
                "service_url": root.rstrip("/"),
                "service_path": "/properties",
            },
            "property_settings": [
                {
                    "name": "limit",
                    "label": "Limit",
                    "type": "number",
                    "default": 0,
                    "help_text": "Maximum number of values to return per row (0 for no limit)",
                }
            ],
        },
    }
