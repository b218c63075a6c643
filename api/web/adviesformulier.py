"""The leefloon advice form (`/advies`): form values → Profiel with errors on the fields, and the "what if"
comparison with the previous submission. The fields themselves are in `api.web.adviesvelden`.

The previous profile travels with the form in a hidden field (JSON): nothing is stored on the server.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from api.i18n import N_, gettext
from api.web.adviesvelden import FORMULIER, LIJSTEN
from api.web.formulier import (
    GEEN,
    LIJST,
    Omgezet,
    Veldfout,
    bouw,
    fouten_op_velden,
    label_van_pad,
    rijen,
    veld_van_pad,
    veldnamen,
)
from api.web.jinja import datum, geld, getal
from api.web.labels import LABELS, label
from rechten.advies import Advies
from rechten.profiel import Profiel

__all__ = [
    "FORMULIER",
    "GEEN",
    "LIJST",
    "LIJSTEN",
    "Invoer",
    "Verschil",
    "beginwaarden",
    "lees_profiel",
    "profiel_json",
    "toon_waarde",
    "velden_context",
    "verschillen",
    "vorig_profiel",
]


def beginwaarden(vandaag: date | None = None) -> dict[str, str]:
    """An empty form: the peildatum is today, everything else unknown."""
    return {"peildatum": (vandaag or date.today()).isoformat()}


def velden_context(waarden: dict[str, str], fouten: Iterable[Veldfout], focus: str | None) -> dict[str, Any]:
    """What the form's fields (template advies/_velden.html, on /advies and on a client profile) need: the schema,
    the values as typed, the first error per field, where to put the focus, and the row numbers of a list."""
    return {
        "formulier": FORMULIER,
        "waarden": waarden,
        "fouten": {f.naam: f.tekst for f in reversed(list(fouten))},
        "focus": focus,
        "rijen": rijen,
    }


@dataclass
class Invoer:
    """A submitted form: the profile when it is valid, else the errors on the fields."""

    profiel: Profiel | None
    fouten: list[Veldfout] = field(default_factory=list)
    omgezet: Omgezet | None = None


def lees_profiel(waarden: dict[str, str]) -> Invoer:
    """Form values → a validated Profiel, or the errors on the fields (local ones and pydantic's)."""
    omgezet = bouw(FORMULIER, waarden)
    omgezet.model.setdefault("aanvrager", {})  # an applicant of whom nothing is known yet is still an applicant
    namen = veldnamen(FORMULIER, waarden) | {f.naam for f in omgezet.fouten}
    fouten = list(omgezet.fouten)
    try:
        profiel = Profiel.model_validate(omgezet.model)
    except ValidationError as exc:
        for fout in fouten_op_velden(exc.errors(), omgezet, namen, FORMULIER):
            # An amount chosen for "meetellen" is typed in its companion field.
            if fout.naam.endswith(".meetellen") and waarden.get(fout.naam) == "bedrag":
                fout.naam += "_bedrag"
            if not any(f.naam == fout.naam for f in fouten):
                fouten.append(fout)
        profiel = None
    if fouten:
        return Invoer(None, fouten, omgezet)
    return Invoer(profiel, [], omgezet)


# ---- "what if": the previous submission -------------------------------------------------------------------


def vorig_profiel(tekst: str | None) -> Profiel | None:
    """The previous profile from the hidden field; anything invalid is ignored (it is only a comparison)."""
    if not tekst or len(tekst) > 500_000:
        return None
    try:
        return Profiel.model_validate(json.loads(tekst))
    except (ValueError, ValidationError):
        return None


@dataclass
class Verschil:
    wat: str  # label of what changed
    vorig: Any
    nieuw: Any
    soort: str = "tekst"  # tekst | geld | status | categorie | uitkomst


def _plat(waarde: Any, pad: str = "") -> dict[str, Any]:
    if isinstance(waarde, dict):
        uit: dict[str, Any] = {}
        for k, v in waarde.items():
            uit.update(_plat(v, f"{pad}.{k}" if pad else k))
        return uit
    if isinstance(waarde, list):
        if not waarde:
            return {pad: "[]"}
        uit = {}
        for i, v in enumerate(waarde):
            uit.update(_plat(v, f"{pad}.{i}"))
        return uit
    return {pad: waarde}


def verschillen(
    vorig: Profiel, nieuw: Profiel, vorig_advies: Advies, advies: Advies
) -> tuple[list[Verschil], list[Verschil]]:
    """What changed in the input (label, previous, new) and in the advice (outcome, category, amounts, conditions)."""
    a, b = _plat(vorig.model_dump(mode="json")), _plat(nieuw.model_dump(mode="json"))
    invoer = [
        Verschil(label_van_pad(FORMULIER, pad), toon_waarde(pad, a.get(pad)), toon_waarde(pad, b.get(pad)))
        for pad in sorted(set(a) | set(b), key=lambda p: (p.count("."), p))
        if a.get(pad) != b.get(pad)
    ]
    uitkomst: list[Verschil] = []
    if vorig_advies.uitkomst != advies.uitkomst:
        uitkomst.append(Verschil(N_("Uitkomst"), vorig_advies.uitkomst.value, advies.uitkomst.value, "uitkomst"))
    if vorig_advies.categorie != advies.categorie:
        uitkomst.append(Verschil(N_("Categorie"), vorig_advies.categorie, advies.categorie, "categorie"))
    for naam, per in ((N_("Leefloon per maand"), "maand"), (N_("Leefloon per jaar"), "jaar")):
        oud, nw = _bedrag(vorig_advies, per), _bedrag(advies, per)
        if oud != nw:
            uitkomst.append(Verschil(naam, oud, nw, "geld"))
    oude = {v.code: v.status.value for v in vorig_advies.voorwaarden}
    for v in advies.voorwaarden:
        if oude.get(v.code) != v.status.value:
            uitkomst.append(Verschil(v.code, oude.get(v.code), v.status.value, "status"))
    return invoer, uitkomst


def toon_waarde(pad: str, waarde: Any) -> str:
    """An input value as the reader writes it: labels for codes, Ja/Nee, money and dates per language."""
    if waarde is None:
        return "–"
    if waarde == "[]":
        return gettext("geen")
    veld = veld_van_pad(FORMULIER, pad)
    soort = getattr(veld, "soort", None)
    if waarde is True or waarde is False:
        return gettext("Ja") if waarde else gettext("Nee")
    if soort in ("keuze", "meetellen") and veld.keuzes:
        return label(veld.keuzes, waarde) if str(waarde) in LABELS.get(veld.keuzes, {}) else geld(waarde)
    if soort == "bedrag":
        return geld(waarde)
    if soort == "getal":
        return getal(waarde)
    if soort == "datum":
        return datum(waarde)
    return str(waarde)


def _bedrag(advies: Advies, per: str) -> Decimal | None:
    return getattr(advies.bedrag, per) if advies.bedrag else None


def profiel_json(profiel: Profiel) -> str:
    """The profile as compact JSON, for the hidden "previous" field."""
    return profiel.model_dump_json(exclude_none=True)
