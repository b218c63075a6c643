"""Templates (*sjablonen*) for the common conditions, for the catalogue editor: a named template with
parameters becomes condition JSON, validated by the parser.

    maak_voorwaarde("leeftijd-minstens", {"minimum": 65})
    → {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}

`SJABLONEN` lists them (code, name, explanation, typed parameters) so a form can be generated from
`sjablonen_json()`; `herken` maps condition JSON back to (template, parameters) so a saved condition reopens in
its form. Parameter errors raise `SjabloonFout` (a `VoorwaardeFout`) naming the parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from rechten.situatie import VELDEN, Soort
from rules.voorwaarden.model import VoorwaardeFout, naar_json, parse_voorwaarde
from rules.voorwaarden.sjabloon import (
    CONTROLE,
    INKOMENSVELDEN,
    JA_NEE_VELDEN,
    KEUZE_VELDEN,
    PERSONENVELDEN,
    STATUSSEN,
    Parameter,
    Sjabloon,
    SjabloonFout,
)

__all__ = [
    "SJABLONEN",
    "STATUSSEN",
    "Parameter",
    "Sjabloon",
    "SjabloonFout",
    "combineer",
    "herken",
    "maak_voorwaarde",
    "sjablonen_json",
]


# ## The templates


def _gedateerd(waarde: Any, vanaf: str | None, bron: str | None) -> Any:
    if not vanaf:
        return waarde
    item = {"vanaf": vanaf, "waarde": waarde}
    if bron:
        item["bron"] = bron
    return {"gedateerd": [item]}


def _ongedateerd(waarde: Any) -> tuple[Any, str | None, str | None] | None:
    """(value, from, source) of a plain or single-step dated value; None for longer series."""
    if isinstance(waarde, dict):
        reeks = waarde.get("gedateerd") or []
        if len(reeks) != 1:
            return None
        return reeks[0]["waarde"], reeks[0]["vanaf"], reeks[0].get("bron")
    return waarde, None, None


def _leeftijd(op: str) -> Callable[[dict], dict]:
    return lambda p: {"veld": "aanvrager.leeftijd", "op": op, "waarde": p["minimum" if op == ">=" else "maximum"]}


def _lees_leeftijd(op: str) -> Callable[[dict], dict | None]:
    def lees(v: dict) -> dict | None:
        if v.get("veld") == "aanvrager.leeftijd" and v.get("op") == op and isinstance(v.get("waarde"), int):
            return {"minimum" if op == ">=" else "maximum": v["waarde"]}
        return None

    return lees


def _bouw_tussen(p: dict) -> dict:
    if p["minimum"] > p["maximum"]:
        raise SjabloonFout("maximum", "de maximumleeftijd ligt onder de minimumleeftijd")
    return {"alle": [_leeftijd(">=")(p), _leeftijd("<=")(p)]}


def _lees_tussen(v: dict) -> dict | None:
    delen = v.get("alle")
    if isinstance(delen, list) and len(delen) == 2:
        a, b = _lees_leeftijd(">=")(delen[0]), _lees_leeftijd("<=")(delen[1])
        if a and b:
            return {**a, **b}
    return None


def _bouw_inkomen(p: dict) -> dict:
    vanaf, bron = p.get("geldig_vanaf"), p.get("bron")
    grens: dict[str, Any] = {"inkomen": p["inkomen"], "personen": p["personen"]}
    grens["basis"] = _gedateerd(p["basis"], vanaf, bron)
    if p.get("per_persoon") is not None:
        grens["per_persoon"] = _gedateerd(p["per_persoon"], vanaf, bron)
    return {"inkomensgrens": grens}


def _lees_inkomen(v: dict) -> dict | None:
    g = v.get("inkomensgrens")
    if not isinstance(g, dict) or "basis" not in g:
        return None
    basis = _ongedateerd(g["basis"])
    per = _ongedateerd(g["per_persoon"]) if "per_persoon" in g else (None, basis[1] if basis else None, None)
    if basis is None or per is None or (g.get("per_persoon") is not None and per[1:] != basis[1:]):
        return None
    uit = {"inkomen": g["inkomen"], "personen": g["personen"], "basis": basis[0]}
    if per[0] is not None:
        uit["per_persoon"] = per[0]
    if basis[1]:
        uit["geldig_vanaf"] = basis[1]
        if basis[2]:
            uit["bron"] = basis[2]
    return uit


def _bouw_tabel(p: dict) -> dict:
    vanaf, bron = p.get("geldig_vanaf"), p.get("bron")
    tabel = {n: _gedateerd(w, vanaf, bron) for n, w in p["tabel"].items()}
    return {"inkomensgrens": {"inkomen": p["inkomen"], "personen": p["personen"], "tabel": tabel}}


def _lees_tabel(v: dict) -> dict | None:
    g = v.get("inkomensgrens")
    if not isinstance(g, dict) or "tabel" not in g:
        return None
    rijen = {n: _ongedateerd(w) for n, w in g["tabel"].items()}
    if any(r is None for r in rijen.values()) or len({r[1:] for r in rijen.values()}) != 1:  # type: ignore[index]
        return None
    _, vanaf, bron = next(iter(rijen.values()))  # type: ignore[misc]
    uit = {"inkomen": g["inkomen"], "personen": g["personen"], "tabel": {n: r[0] for n, r in rijen.items()}}  # type: ignore[index]
    if vanaf:
        uit["geldig_vanaf"] = vanaf
        if bron:
            uit["bron"] = bron
    return uit


def _bouw_status(p: dict) -> dict:
    delen = [{"heeft_recht": c} for c in p["statussen"]]
    return delen[0] if len(delen) == 1 else {"een_van": delen}


def _lees_status(v: dict) -> dict | None:
    delen = v.get("een_van", [v])
    codes = [d.get("heeft_recht") for d in delen if isinstance(d, dict)]
    bekend = {c for c, _ in STATUSSEN}
    if codes and len(codes) == len(delen) and all(c in bekend for c in codes):
        return {"statussen": codes}
    return None


def _lees_veld(soort: Soort, op: str) -> Callable[[dict], dict | None]:
    def lees(v: dict) -> dict | None:
        veld = VELDEN.get(v.get("veld", ""))
        if veld and veld.soort is soort and v.get("op") == op:
            return {"veld": v["veld"], ("waarde" if soort is Soort.ja_nee else "waarden"): v["waarde"]}
        return None

    return lees


_ALLE_VELDEN = tuple((n, v.label) for n, v in VELDEN.items())
_OPERATOREN = (("=", "is"), ("!=", "is niet"), ("<", "minder dan"), ("<=", "hoogstens"), (">", "meer dan"),
               (">=", "minstens"), ("in", "een van"), ("niet_in", "geen van"))  # fmt: skip
_MIN = Parameter("minimum", "geheel", "minimumleeftijd (jaar)")
_MAX = Parameter("maximum", "geheel", "maximumleeftijd (jaar)")
_INKOMEN = Parameter("inkomen", "keuze", "welk inkomen", keuzes=INKOMENSVELDEN, standaard="huishouden.inkomen_jaar")
_VANAF = Parameter("geldig_vanaf", "datum", "grens geldig vanaf", verplicht=False)
_BRON = Parameter("bron", "url", "bron van de grens (webadres)", verplicht=False)

SJABLONEN: dict[str, Sjabloon] = {
    s.code: s
    for s in (
        Sjabloon("leeftijd-minstens", "Minimumleeftijd", "De persoon is minstens zo oud.", (_MIN,),
                 _leeftijd(">="), _lees_leeftijd(">=")),
        Sjabloon("leeftijd-hoogstens", "Maximumleeftijd", "De persoon is hoogstens zo oud.", (_MAX,),
                 _leeftijd("<="), _lees_leeftijd("<=")),
        Sjabloon("leeftijd-tussen", "Leeftijd tussen", "De leeftijd ligt tussen twee grenzen (grenzen inbegrepen).",
                 (_MIN, _MAX), _bouw_tussen, _lees_tussen),
        Sjabloon("woont-in", "Woonplaats", "De persoon woont in een van deze gemeenten (NIS) of gebieden (NUTS). "
                 "Na een fusie geldt een recht van de nieuwe gemeente op haar hele grondgebied.",
                 (Parameter("gebieden", "gebieden", "gemeenten of gebieden"),),
                 lambda p: {"woont_in": p["gebieden"]},
                 lambda v: {"gebieden": v["woont_in"]} if "woont_in" in v else None),
        Sjabloon("inkomensgrens", "Inkomensgrens per gezinslast",
                 "Het inkomen is hoogstens een basisbedrag plus een bedrag per persoon ten laste.",
                 (Parameter("basis", "bedrag", "basisgrens (euro)"),
                  Parameter("per_persoon", "bedrag", "verhoging per persoon (euro)", verplicht=False),
                  _INKOMEN,
                  Parameter("personen", "keuze", "per", keuzes=PERSONENVELDEN,
                            standaard="huishouden.personen_ten_laste"),
                  _VANAF, _BRON),
                 _bouw_inkomen, _lees_inkomen),
        Sjabloon("inkomensgrens-tabel", "Inkomensgrens volgens gezinsgrootte",
                 "Een grens per aantal personen; grotere gezinnen krijgen de laatste rij.",
                 (Parameter("tabel", "tabel", "grens per aantal personen"),
                  _INKOMEN,
                  Parameter("personen", "keuze", "aantal", keuzes=PERSONENVELDEN, standaard="huishouden.grootte"),
                  _VANAF, _BRON),
                 _bouw_tabel, _lees_tabel),
        Sjabloon("status", "Sociaal statuut", "De persoon heeft een van deze statuten (leefloon, verhoogde "
                 "tegemoetkoming, IGO, tegemoetkoming voor personen met een handicap, ...).",
                 (Parameter("statussen", "keuzes", "statuten", keuzes=STATUSSEN),),
                 _bouw_status, _lees_status),
        Sjabloon("heeft-recht", "Heeft ander recht", "De persoon heeft (waarschijnlijk) recht op een ander recht "
                 "uit de catalogus.", (Parameter("recht", "recht", "code van het recht"),),
                 lambda p: {"heeft_recht": p["recht"]},
                 lambda v: {"recht": v["heeft_recht"]} if "heeft_recht" in v else None),
        Sjabloon("geen-recht", "Niet samen met ander recht", "De persoon heeft geen recht op een ander recht "
                 "(niet cumuleerbaar).", (Parameter("recht", "recht", "code van het recht"),),
                 lambda p: {"niet": {"heeft_recht": p["recht"]}},
                 lambda v: {"recht": v["niet"]["heeft_recht"]}
                 if isinstance(v.get("niet"), dict) and "heeft_recht" in v["niet"] else None),
        Sjabloon("kenmerk", "Kenmerk ja/nee", "Een kenmerk van de persoon of de woning (huurder, mantelzorger, "
                 "erkende handicap, ...).",
                 (Parameter("veld", "keuze", "kenmerk", keuzes=JA_NEE_VELDEN),
                  Parameter("waarde", "ja_nee", "moet zijn", verplicht=False, standaard=True)),
                 lambda p: {"veld": p["veld"], "op": "=", "waarde": p.get("waarde", True)},
                 _lees_veld(Soort.ja_nee, "=")),
        Sjabloon("keuze", "Een van deze waarden", "Bv. de verblijfsstatus is een van deze.",
                 (Parameter("veld", "keuze", "gegeven", keuzes=KEUZE_VELDEN),
                  Parameter("waarden", "lijst", "toegelaten waarden")),
                 lambda p: {"veld": p["veld"], "op": "in", "waarde": p["waarden"]},
                 _lees_veld(Soort.keuze, "in")),
        Sjabloon("vergelijking", "Vrije vergelijking", "Een gegeven vergeleken met een waarde.",
                 (Parameter("veld", "keuze", "gegeven", keuzes=_ALLE_VELDEN),
                  Parameter("op", "keuze", "vergelijking", keuzes=_OPERATOREN),
                  Parameter("waarde", "waarde", "waarde")),
                 lambda p: {"veld": p["veld"], "op": p["op"], "waarde": p["waarde"]},
                 lambda v: {"veld": v["veld"], "op": v["op"], "waarde": v["waarde"]} if "veld" in v else None),
    )
}  # fmt: skip


def maak_voorwaarde(code: str, parameters: Mapping[str, Any]) -> dict:
    """Condition JSON (normalised by the parser) from template `code` and its parameters."""
    sjabloon = SJABLONEN.get(code)
    if sjabloon is None:
        raise SjabloonFout("sjabloon", f"onbekend sjabloon {code!r}; kies uit {', '.join(SJABLONEN)}")
    if not isinstance(parameters, Mapping):
        raise SjabloonFout("parameters", "verwacht een object met de parameters")
    bekend = {p.naam for p in sjabloon.parameters}
    for naam in parameters:
        if naam not in bekend:
            raise SjabloonFout(str(naam), f"onbekende parameter voor sjabloon {code}")
    waarden: dict[str, Any] = {}
    for p in sjabloon.parameters:
        ruw = parameters.get(p.naam, p.standaard)
        if ruw is None or ruw == "":
            if p.verplicht:
                raise SjabloonFout(p.naam, f"{p.label}: verplicht")
            continue
        waarden[p.naam] = CONTROLE[p.soort](p, ruw)
    try:
        return naar_json(parse_voorwaarde(sjabloon.bouw(waarden)))
    except SjabloonFout:
        raise
    except VoorwaardeFout as fout:
        # The parser names a path inside the condition; the form wants the parameter it came from.
        raise SjabloonFout(_parameter_van(sjabloon, fout.pad, waarden), fout.melding) from None


def _parameter_van(sjabloon: Sjabloon, pad: str, waarden: dict[str, Any]) -> str:
    namen = [p.naam for p in sjabloon.parameters]
    if "waarde" in namen and "waarde" in pad:
        return "waarde"
    if sjabloon.code == "leeftijd-tussen":
        return "maximum" if pad.startswith("alle.1") else "minimum"
    return next(iter(waarden), "parameters")


def combineer(delen: list[dict], *, wijze: str = "alle") -> dict:
    """Several conditions joined with `alle` (all must hold) or `een_van` (at least one)."""
    if wijze not in ("alle", "een_van"):
        raise SjabloonFout("wijze", "kies alle of een_van")
    if not delen:
        raise SjabloonFout("delen", "geef minstens één voorwaarde")
    return naar_json(parse_voorwaarde(delen[0] if len(delen) == 1 else {wijze: list(delen)}))


def herken(voorwaarde: dict) -> tuple[str, dict[str, Any]] | None:
    """The template and parameters that rebuild exactly this (normalised) condition, or None."""
    try:
        doel = naar_json(parse_voorwaarde(voorwaarde))
    except VoorwaardeFout:
        return None
    for sjabloon in SJABLONEN.values():
        try:
            parameters = sjabloon.lees(doel)
        except (KeyError, TypeError, AttributeError, IndexError):
            continue
        if parameters is None:
            continue
        try:
            if maak_voorwaarde(sjabloon.code, parameters) == doel:
                return sjabloon.code, parameters
        except VoorwaardeFout:
            continue
    return None


def sjablonen_json() -> list[dict[str, Any]]:
    """The templates as data for the editor's forms."""
    return [
        {
            "code": s.code,
            "naam": s.naam,
            "uitleg": s.uitleg,
            "parameters": [
                {
                    "naam": p.naam,
                    "soort": p.soort,
                    "label": p.label,
                    "verplicht": p.verplicht,
                    **({"keuzes": [{"waarde": k, "label": lbl} for k, lbl in p.keuzes]} if p.keuzes else {}),
                    **({"standaard": p.standaard} if p.standaard is not None else {}),
                }
                for p in s.parameters
            ],
        }
        for s in SJABLONEN.values()
    ]
