"""Reading an IPDC JSON-LD file into an RDF graph, offline and defensively.

A file that cannot be read as a whole (too large, not UTF-8, not JSON, not JSON-LD, a remote context we will
not fetch, no IPDC instance or concept at all) raises `LeesFout` with a Dutch message: the import then writes
nothing. Known IPDC contexts referenced by URL (`…/ipdc-lpdc-im.jsonld`, `…/ldes.jsonld`, …) are replaced by the
bundled copies in `catalogue/data/ipdc/jsonld/`; any other remote context is refused rather than fetched.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

from rdflib import Graph

from catalogue.ipdc.context import JSONLD_DIR, LPDC, RDF

__all__ = ["MAX_BYTES", "RECORD_TYPES", "LeesFout", "lees_graaf"]

MAX_BYTES = 50 * 1024 * 1024  # 50 MB: far above a full municipal catalogue, far below trouble
RECORD_TYPES = (
    LPDC.InstancePublicServiceSnapshot,
    LPDC.InstancePublicService,
    LPDC.ConceptualPublicServiceSnapshot,
    LPDC.ConceptualPublicService,
)
_BEKENDE_CONTEXTEN = {p.name: p for p in JSONLD_DIR.glob("*.jsonld")}


class LeesFout(Exception):
    """The file as a whole cannot be imported (nothing is written)."""


def _lokale_context(url: str) -> Any:
    naam = url.rstrip("/").rsplit("/", 1)[-1]
    if naam in _BEKENDE_CONTEXTEN:
        return json.loads(_BEKENDE_CONTEXTEN[naam].read_text(encoding="utf-8"))["@context"]
    raise LeesFout(
        f"externe JSON-LD-context {url!r} wordt niet opgehaald; neem de context op in het bestand "
        "(of verwijs naar de officiële IPDC-context ipdc-lpdc-im.jsonld)"
    )


def _vervang_contexten(waarde: Any) -> Any:
    """Replace every remote `@context` (and `@import`) by a bundled copy; refuse unknown ones."""
    if isinstance(waarde, list):
        return [_vervang_contexten(x) for x in waarde]
    if not isinstance(waarde, dict):
        return waarde
    uit = {}
    for sleutel, inhoud in waarde.items():
        if sleutel == "@context":
            uit[sleutel] = _context(inhoud)
        else:
            uit[sleutel] = _vervang_contexten(inhoud)
    return uit


def _context(ctx: Any) -> Any:
    if isinstance(ctx, str):
        return _lokale_context(ctx)
    if isinstance(ctx, list):
        return [_context(c) for c in ctx]
    if isinstance(ctx, dict):
        if isinstance(ctx.get("@import"), str):
            ctx = {**_lokale_context(ctx["@import"]), **{k: v for k, v in ctx.items() if k != "@import"}}
        # Only the scoped contexts inside term definitions are contexts again.
        return {
            k: ({**v, "@context": _context(v["@context"])} if isinstance(v, dict) and "@context" in v else v)
            for k, v in ctx.items()
        }
    return ctx


def lees_graaf(inhoud: bytes | str) -> Graph:
    """Parse a JSON-LD document into a graph. Raises `LeesFout` when the file cannot be used at all."""
    if isinstance(inhoud, str):
        inhoud = inhoud.encode("utf-8")
    if len(inhoud) > MAX_BYTES:
        raise LeesFout(
            f"bestand te groot: {len(inhoud) // (1024 * 1024)} MB (hoogstens {MAX_BYTES // (1024 * 1024)} MB)"
        )
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        raise LeesFout(f"geen UTF-8-tekst (byte {fout.start})") from None
    try:
        data = json.loads(tekst)
    except json.JSONDecodeError as fout:
        raise LeesFout(f"geen geldige JSON: {fout.msg} (regel {fout.lineno}, kolom {fout.colno})") from None
    if not isinstance(data, dict | list):
        raise LeesFout("geen JSON-LD: verwacht een object of een lijst van objecten")
    data = _vervang_contexten(data)
    graaf = Graph()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's JSON-LD parser uses ConjunctiveGraph
            graaf.parse(data=json.dumps(data), format="json-ld")
    except LeesFout:
        raise
    except Exception as fout:  # rdflib raises many kinds for malformed JSON-LD
        raise LeesFout(f"ongeldige JSON-LD: {fout}") from None
    if not any(next(graaf.subjects(RDF.type, t), None) is not None for t in RECORD_TYPES):
        raise LeesFout(
            "geen IPDC-instanties of -concepten gevonden (verwacht @type InstantieSnapshot, Instantie, "
            "ConceptSnapshot of Concept uit de IPDC-LPDC-context)"
        )
    return graaf
