"""Income ceilings and dated thresholds in the form builder, with their periods: after an indexation the editor
adds a period with its start date and the new amounts, and the older periods stay for earlier peildatums.

A ceiling is `basis` (+ `per_persoon` per person) or a `tabel` (a ceiling per household size). In the condition
language each amount is its own dated series; here a period holds every amount that starts on one date. A
series whose amounts start on different dates is rebuilt per date (the value in force on each date), which
evaluates the same; a ceiling that cannot be shown that way (one amount starting later than another) is not
recognised and stays as it is in the builder.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from api.i18n import gettext
from api.web import invoer
from rechten.situatie import VELDEN, Soort
from rules.voorwaarden.model import Gedateerd, Inkomensgrens, VoorwaardeFout, naar_json, parse_voorwaarde
from rules.voorwaarden.sjabloon import PERSONENVELDEN

__all__ = [
    "DREMPEL_OPERATOREN",
    "INKOMENSVELDEN",
    "PERSONENVELDEN",
    "bouw_drempel",
    "bouw_grens",
    "inkomenslabel",
    "lees_grens",
    "vrije_waarde",
]

# Every amount a ceiling may apply to: household incomes first (the templates' list), then the others (rent...).
INKOMENSVELDEN = tuple(
    sorted(
        ((n, v.label) for n, v in VELDEN.items() if v.soort is Soort.bedrag),
        key=lambda nv: not nv[0].startswith("huis"),
    )
)


def _tekst(waarde: Any) -> str:
    return "" if waarde is None else str(waarde)


def lees_grens(v: dict) -> dict[str, Any] | None:
    """The builder's form of an `inkomensgrens` condition, or None when it cannot be edited as periods."""
    try:
        grens = parse_voorwaarde(v)
    except VoorwaardeFout:
        return None
    if not isinstance(grens, Inkomensgrens):
        return None
    reeksen: dict[str, Any] = {}
    if grens.tabel:
        modus = "tabel"
        for n, waarde in grens.tabel:
            reeksen[str(n)] = waarde
    else:
        modus = "basis"
        reeksen["basis"] = grens.basis
        if grens.per_persoon is not None:
            reeksen["per_persoon"] = grens.per_persoon
    gedateerd = [w for w in reeksen.values() if isinstance(w, Gedateerd)]
    if gedateerd and len(gedateerd) != len(reeksen):
        return None  # some amounts dated, others not
    if not gedateerd:
        perioden = [{"vanaf": "", "bron": "", "waarden": {k: _tekst(w) for k, w in reeksen.items()}}]
    else:
        eerste = {w.reeks[0].vanaf for w in gedateerd}
        if len(eerste) != 1:
            return None  # an amount that starts later has no value before: not expressible per period
        datums = sorted({item.vanaf for w in gedateerd for item in w.reeks})
        perioden = []
        for dag in datums:
            bron = next((i.bron for w in gedateerd for i in w.reeks if i.vanaf == dag and i.bron), "")
            perioden.append(
                {"vanaf": dag.isoformat(), "bron": bron, "waarden": {k: _tekst(w.op(dag)) for k, w in reeksen.items()}}
            )
    return {"inkomen": grens.inkomen, "personen": grens.personen, "modus": modus, "perioden": perioden}


def _bedrag(tekst: str) -> Decimal | None:
    try:
        waarde = Decimal(invoer.bedrag(tekst))
    except InvalidOperation:
        return None
    if not waarde.is_finite() or waarde < 0 or waarde.as_tuple().exponent < -2:  # type: ignore[operator]
        return None
    return waarde


def bouw_grens(g: dict[str, Any], pad: str) -> tuple[dict | None, dict[str, str]]:
    """Condition JSON from the builder's form of a ceiling, and errors per form field (Dutch)."""
    fouten: dict[str, str] = {}
    if g.get("inkomen") not in dict(INKOMENSVELDEN):
        fouten[f"{pad}.inkomen"] = gettext("kies welk inkomen")
    if g.get("personen") not in dict(PERSONENVELDEN):
        fouten[f"{pad}.personen"] = gettext("kies per wat de grens stijgt")
    perioden = [p for p in g.get("perioden", []) if p.get("vanaf") or any(p.get("waarden", {}).values())]
    if not perioden:
        fouten[f"{pad}.per"] = gettext("vul minstens één grens in")
        return None, fouten
    sleutels: list[str] = ["basis", "per_persoon"] if g.get("modus") != "tabel" else []
    if g.get("modus") == "tabel":
        sleutels = sorted({k for p in perioden for k, w in p["waarden"].items() if w}, key=int)
        if not sleutels:
            fouten[f"{pad}.per.0"] = gettext("vul de grens voor minstens één gezinsgrootte in")
    reeksen: dict[str, list[dict]] = {k: [] for k in sleutels}
    for j, p in enumerate(perioden):
        ppad = f"{pad}.per.{j}"
        if len(perioden) > 1 and not p.get("vanaf"):
            fouten[f"{ppad}.vanaf"] = gettext("bij meer dan één periode heeft elke periode een begindatum")
        for k in sleutels:
            tekst = p["waarden"].get(k, "")
            if not tekst:
                if k == "per_persoon" and not any(q["waarden"].get("per_persoon") for q in perioden):
                    continue  # no increase per person at all
                fouten[f"{ppad}.{k}"] = gettext("vul dit bedrag in (voor elke periode dezelfde bedragen)")
                continue
            bedrag = _bedrag(tekst)
            if bedrag is None:
                fouten[f"{ppad}.{k}"] = gettext("verwacht een positief bedrag met hoogstens 2 decimalen, bv. 26000,50")
                continue
            item: dict[str, Any] = {"waarde": str(bedrag)}
            if p.get("vanaf"):
                item["vanaf"] = p["vanaf"]
                if p.get("bron"):
                    item["bron"] = p["bron"]
            reeksen[k].append(item)
    datums = [p["vanaf"] for p in perioden if p.get("vanaf")]
    if len(set(datums)) != len(datums):
        fouten[f"{pad}.per"] = gettext("twee perioden hebben dezelfde begindatum")
    if fouten:
        return None, fouten

    def waarde(items: list[dict]) -> Any:
        if "vanaf" not in items[0]:
            return items[0]["waarde"]
        return {"gedateerd": sorted(items, key=lambda i: i["vanaf"])}

    inhoud: dict[str, Any] = {"inkomen": g["inkomen"], "personen": g["personen"]}
    if g.get("modus") == "tabel":
        inhoud["tabel"] = {k: waarde(items) for k, items in reeksen.items()}
    else:
        inhoud["basis"] = waarde(reeksen["basis"])
        if reeksen.get("per_persoon"):
            inhoud["per_persoon"] = waarde(reeksen["per_persoon"])
    try:
        return naar_json(parse_voorwaarde({"inkomensgrens": inhoud})), {}
    except VoorwaardeFout as fout:
        if "gedateerd" in fout.pad or "vanaf" in fout.pad:
            return None, {f"{pad}.per": fout.melding}
        return None, {pad: fout.melding}


def inkomenslabel(naam: str) -> str:
    return VELDEN[naam].label if naam in VELDEN else naam


# ---- thresholds with periods (a comparison whose value changes on a date) --------------------------------

DREMPEL_OPERATOREN = ("<", "<=", ">", ">=", "=", "!=")


def vrije_waarde(veldnaam: str, tekst: str) -> Any:
    """A free comparison value typed as text, converted to the kind of the chosen fact."""
    veld = VELDEN.get(veldnaam)
    if veld is None:
        return tekst
    if veld.soort is Soort.ja_nee:
        return {"ja": True, "nee": False}.get(tekst.lower(), tekst)
    if veld.soort is Soort.geheel:
        return invoer.geheel(tekst)
    if veld.soort is Soort.bedrag:
        return invoer.bedrag(tekst)
    return tekst


def bouw_drempel(d: dict[str, Any], pad: str) -> tuple[dict | None, dict[str, str]]:
    """A comparison with a value per period (`veld`, `op`, `perioden`) → condition JSON, errors per field."""
    fouten: dict[str, str] = {}
    veld = VELDEN.get(d.get("veld", ""))
    if veld is None or veld.soort not in (Soort.geheel, Soort.bedrag):
        fouten[f"{pad}.veld"] = gettext("kies een gegeven met een getal of bedrag")
        return None, fouten
    if d.get("op") not in DREMPEL_OPERATOREN:
        fouten[f"{pad}.op"] = gettext("kies een vergelijking")
        return None, fouten
    perioden = [p for p in d.get("perioden", []) if p.get("vanaf") or p.get("waarde")]
    if not perioden:
        fouten[f"{pad}.per"] = gettext("vul minstens één waarde in")
        return None, fouten
    items = []
    for j, p in enumerate(perioden):
        if not p.get("waarde"):
            fouten[f"{pad}.per.{j}.waarde"] = gettext("vul de waarde in")
        if len(perioden) > 1 and not p.get("vanaf"):
            fouten[f"{pad}.per.{j}.vanaf"] = gettext("bij meer dan één periode heeft elke periode een begindatum")
        item = {"vanaf": p.get("vanaf"), "waarde": vrije_waarde(d["veld"], p.get("waarde", ""))}
        if p.get("bron"):
            item["bron"] = p["bron"]
        items.append(item)
    if any(k.startswith(f"{pad}.") for k in fouten):
        return None, fouten
    if len(items) == 1 and not items[0]["vanaf"]:
        waarde: Any = items[0]["waarde"]
    else:
        waarde = {"gedateerd": sorted(items, key=lambda i: str(i["vanaf"]))}
    try:
        return naar_json(parse_voorwaarde({"veld": d["veld"], "op": d["op"], "waarde": waarde})), fouten
    except VoorwaardeFout as fout:
        fouten[f"{pad}.per"] = fout.melding
        return None, fouten
