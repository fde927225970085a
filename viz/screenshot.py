"""Screenshot an HTML view in the system's headless Chromium (no browser download, no network).

python -m viz.screenshot build/graph.html docs/img/graph.png     # `make screenshot`
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CHROMIUM = os.environ.get("PLANKG_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def screenshot(html: Path, png: Path, settle_ms: int = 3000) -> Path:
    from playwright.sync_api import sync_playwright

    png.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        context.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort()
        )
        page = context.new_page()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.plankgView && window.plankgView.ready")
        page.wait_for_timeout(settle_ms)
        page.screenshot(path=str(png))
        browser.close()
    return png


if __name__ == "__main__":
    if len(sys.argv) != 3 or not Path(CHROMIUM).exists():
        print(
            f"usage: python -m viz.screenshot PAGE.html OUT.png (needs Chromium at {CHROMIUM})",
            file=sys.stderr,
        )
        raise SystemExit(2)
    print(f"wrote {screenshot(Path(sys.argv[1]), Path(sys.argv[2]))}")
