"""Small, valid fixture records for the store, search and API tests (not the bundled data)."""

from __future__ import annotations

from typing import Any

from catalogue.schema import ConceptRecord, RechtRecord

__all__ = ["concept", "data", "recht"]


def data(code: str, **velden: Any) -> dict[str, Any]:
    """The JSON form of a right; `velden` override the defaults (a local right of Gent)."""
    basis: dict[str, Any] = {
        "code": code,
        "naam": code.replace("-", " ").capitalize(),
        "beschrijving": f"Beschrijving van {code.replace('-', ' ')}.",
        "niveau": "lokaal",
        "uitvoerend_niveau": ["lokaal"],
        "bevoegde_overheid": {"naam": "Stad Gent"},
        "gebied": ["44021"],
        "themas": ["WelzijnGezondheid"],
        "voorwaarde_toelichting": "na sociaal onderzoek",
        "bron_url": "https://stad.gent/nl/welzijn",
        "laatst_geverifieerd": "2026-06-01",
    }
    basis.update(velden)
    if basis.get("niveau") in ("federaal", "vlaams", "europees") and "gebied" not in velden:
        basis["gebied"] = []
    return basis


def recht(code: str, **velden: Any) -> RechtRecord:
    return RechtRecord.model_validate(data(code, **velden))


def concept(code: str, **velden: Any) -> ConceptRecord:
    velden.setdefault("gebied", [])
    velden.setdefault("bevoegde_overheid", {"naam": "Gemeente of OCMW"})
    return ConceptRecord.model_validate(data(code, **velden))
