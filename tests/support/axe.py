"""Run axe-core (from the npm registry, `make test` installs it) in the page; WCAG 2.1 AA violations fail."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from tests.support.omgeving import vereist

__all__ = ["AXE_JS", "controleer_toegankelijkheid"]

AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@lru_cache(maxsize=1)
def _axe_bron() -> str:
    return AXE_JS.read_text(encoding="utf-8") + "\n;undefined"


def controleer_toegankelijkheid(page, *, context: str = "") -> None:
    """Assert that axe-core finds no WCAG 2.1 A/AA violation on the current page state."""
    vereist(AXE_JS.exists(), "axe-core ontbreekt: `npm install` (make test doet dit)")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # evaluate() goes through DevTools, so the page's strict CSP stays on during the check.
        page.evaluate(_axe_bron())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        TAGS,
    )
    schendingen = [
        {
            "regel": v["id"],
            "impact": v["impact"],
            "hulp": v["help"],
            "elementen": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
    ]
    assert not schendingen, f"axe-core vindt WCAG-problemen {context}:\n" + json.dumps(schendingen, indent=2)
