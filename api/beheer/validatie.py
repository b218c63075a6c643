"""Turning an editor's record (JSON or form) into a `RechtRecord`, with errors that name the exact field.

A condition error names its path inside the condition (`voorwaarde.alle.1.waarde`), not just `voorwaarde`.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from catalogue.schema import RechtRecord
from rules.voorwaarden import VoorwaardeFout, parse_voorwaarde

__all__ = ["Recordfout", "valideer_record"]


class Recordfout(ValueError):
    """Invalid record: `fouten` are pydantic-style errors (`loc`, `type`, `msg`, `ctx`)."""

    def __init__(self, fouten: list[dict[str, Any]]) -> None:
        self.fouten = fouten
        super().__init__("; ".join(".".join(map(str, f["loc"])) + ": " + str(f.get("msg")) for f in fouten))


def fout(loc: tuple, melding: str) -> dict[str, Any]:
    return {"type": "value_error", "loc": loc, "msg": melding, "input": None, "ctx": {"error": melding}}


def valideer_record(data: Any) -> RechtRecord:
    """The validated record; `Recordfout` listing every problem (condition errors with their full path)."""
    if not isinstance(data, dict):
        raise Recordfout([fout((), "verwacht een object met de velden van een recht")])
    fouten: list[dict[str, Any]] = []
    voorwaarde = data.get("voorwaarde")
    if voorwaarde is not None:
        try:
            parse_voorwaarde(voorwaarde)
        except VoorwaardeFout as vf:
            pad = tuple(int(p) if p.isdigit() else p for p in vf.pad.split(".") if p) if vf.pad else ()
            fouten.append(fout(("voorwaarde", *pad), vf.melding))
    try:
        record = RechtRecord.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            if fouten and err.get("loc", ())[:1] == ("voorwaarde",):
                continue  # already reported with its exact path
            fouten.append({k: err.get(k) for k in ("type", "loc", "msg", "input", "ctx")})
        raise Recordfout(fouten) from None
    if fouten:
        raise Recordfout(fouten)
    return record
