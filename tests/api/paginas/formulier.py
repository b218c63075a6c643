"""A Profiel (JSON form) as the fields of the `/advies` form, the way a case handler would fill them in."""

from __future__ import annotations

from typing import Any

__all__ = ["als_formulier"]

DRIEWAARDIG = {"inkomsten", "huisgenoten"}  # lists with a "not known / none / the rows below" select


def als_formulier(profiel: dict[str, Any]) -> dict[str, str]:
    velden: dict[str, str] = {}

    def loop(waarde: Any, pad: str) -> None:
        naam = pad.rsplit(".", 1)[-1]
        if waarde is None:
            return
        if isinstance(waarde, dict):
            for k, v in waarde.items():
                loop(v, f"{pad}.{k}" if pad else k)
        elif isinstance(waarde, list):
            if naam in DRIEWAARDIG:
                velden[pad] = "lijst" if waarde else "geen"
            for i, v in enumerate(waarde):
                velden[f"{pad}.{i}._rij"] = "1"
                loop(v, f"{pad}.{i}")
        elif naam == "meetellen" and waarde not in ("ja", "nee"):
            velden[pad] = "bedrag"
            velden[pad + "_bedrag"] = str(waarde)
        elif isinstance(waarde, bool):
            velden[pad] = "ja" if waarde else "nee"
        else:
            velden[pad] = str(waarde)

    loop(profiel, "")
    return velden
