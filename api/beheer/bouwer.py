"""The condition form builder: a right's machine-readable condition as a tree of form fields, never JSON typing.

Each node is a group (`alle` / `een_van`), a template from `rules.voorwaarden.sjablonen` with its parameters, an
income ceiling with its periods (`api.beheer.grens`), a threshold that changes over time (a comparison with a
value per period: `drempel`), or — for a part none of these describes — a fixed part that is kept as it is and
shown in plain Dutch. Any node can be negated ("niet"). Nodes are named by their path
(`vw`, `vw.0`, `vw.0.2`), which is also the prefix of their fields (`vw.0.2.sjabloon`, `vw.0.2.p.minimum`).

Without JavaScript everything is a form post: "add a condition", "add a group", "remove", "add a period" are
submit buttons (`actie=vw-voeg:vw.0`…) handled here, and the page comes back with the preview. `bouw` gives the
condition JSON (normalised by the parser) and the errors per field, named like the fields.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from api.beheer.grens import bouw_drempel, bouw_grens, lees_grens, vrije_waarde
from api.i18n import gettext
from api.web.invoer import bedrag, datum, een, janee, nummers, stukken
from rules.voorwaarden import SJABLONEN, SjabloonFout, VoorwaardeFout, herken, maak_voorwaarde, naar_json
from rules.voorwaarden import parse_voorwaarde as parse

__all__ = ["DREMPEL", "NIEUW_STANDAARD", "WORTEL", "Knoop", "bouw", "pas_toe", "uit_formulier", "uit_voorwaarde"]

WORTEL = "vw"
GRENS_SJABLONEN = ("inkomensgrens", "inkomensgrens-tabel")
DREMPEL = "drempel"  # the builder's own kind: a comparison with dated values (not a template of rules/)
NIEUW_STANDAARD = "leeftijd-minstens"
TABELRIJEN = 6  # empty rows offered for a table of ceilings per household size


@dataclass
class Knoop:
    pad: str
    soort: str  # groep | sjabloon | grens | drempel | vast
    niet: bool = False
    wijze: str = "alle"
    kinderen: list[Knoop] = field(default_factory=list)
    sjabloon: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)  # as the form shows them (text, lists, table rows)
    grens: dict[str, Any] = field(default_factory=dict)  # also a dated threshold: veld, op, perioden
    vast: dict | None = None

    def hernummer(self, pad: str | None = None) -> None:
        self.pad = pad or self.pad
        for i, kind in enumerate(self.kinderen):
            kind.hernummer(f"{self.pad}.{i}")


# ---- condition JSON → tree --------------------------------------------------------------------------------


def _param_tekst(soort: str, waarde: Any) -> Any:
    """A template parameter's value as the form shows it."""
    if waarde is None:
        return [] if soort in ("keuzes", "lijst") else ""
    if soort in ("gebieden", "rechten"):
        return ", ".join(map(str, waarde))
    if soort in ("keuzes", "lijst"):
        return [str(w) for w in waarde]
    if soort == "tabel":
        return [[str(n), str(b)] for n, b in sorted(waarde.items(), key=lambda kv: int(kv[0]))]
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, list):
        return ", ".join(map(str, waarde))
    return str(waarde)


def _leeg_sjabloon(pad: str, code: str) -> Knoop:
    if code == DREMPEL:
        d = {"veld": "huishouden.inkomen_jaar", "op": "<=", "perioden": [{"vanaf": "", "bron": "", "waarde": ""}]}
        return Knoop(pad, "drempel", grens=d)
    if code in GRENS_SJABLONEN:
        g = {
            "inkomen": "huishouden.inkomen_jaar",
            "modus": "tabel" if code.endswith("tabel") else "basis",
            "personen": "huishouden.grootte" if code.endswith("tabel") else "huishouden.personen_ten_laste",
            "perioden": [{"vanaf": "", "bron": "", "waarden": {}}],
        }
        return Knoop(pad, "grens", grens=g)
    sjabloon = SJABLONEN[code]
    parameters = {p.naam: _param_tekst(p.soort, p.standaard) for p in sjabloon.parameters}
    return Knoop(pad, "sjabloon", sjabloon=code, parameters=parameters)


def _ontleed(v: Any, pad: str) -> Knoop:
    if isinstance(v, dict) and "inkomensgrens" in v:
        g = lees_grens(v)
        return Knoop(pad, "grens", grens=g) if g else Knoop(pad, "vast", vast=v)
    if isinstance(v, dict) and "veld" in v and isinstance(v.get("waarde"), dict):
        reeks = v["waarde"].get("gedateerd", [])
        perioden = [{"vanaf": str(i["vanaf"]), "bron": i.get("bron", ""), "waarde": str(i["waarde"])} for i in reeks]
        return Knoop(pad, "drempel", grens={"veld": v["veld"], "op": v["op"], "perioden": perioden})
    herkend = herken(v) if isinstance(v, dict) else None
    if herkend and herkend[0] not in GRENS_SJABLONEN:
        code, parameters = herkend
        soorten = {p.naam: p.soort for p in SJABLONEN[code].parameters}
        return Knoop(
            pad, "sjabloon", sjabloon=code, parameters={n: _param_tekst(soorten[n], w) for n, w in parameters.items()}
        )
    if isinstance(v, dict) and ("alle" in v or "een_van" in v):
        wijze = "alle" if "alle" in v else "een_van"
        knoop = Knoop(pad, "groep", wijze=wijze)
        knoop.kinderen = [_ontleed(d, f"{pad}.{i}") for i, d in enumerate(v[wijze])]
        return knoop
    if isinstance(v, dict) and "niet" in v:
        knoop = _ontleed(v["niet"], pad)
        knoop.niet = not knoop.niet
        return knoop
    return Knoop(pad, "vast", vast=v)


def uit_voorwaarde(voorwaarde: dict | None) -> Knoop:
    """The tree of a stored condition; the root is always a group (empty: no machine-readable condition)."""
    if not voorwaarde:
        return Knoop(WORTEL, "groep")
    knoop = _ontleed(naar_json(parse(voorwaarde)), WORTEL)
    if knoop.soort != "groep":
        knoop.pad = f"{WORTEL}.0"
        knoop = Knoop(WORTEL, "groep", kinderen=[knoop])
    knoop.hernummer(WORTEL)
    return knoop


# ---- form → tree ------------------------------------------------------------------------------------------


def _kinderen(form: Mapping[str, list[str]], pad: str) -> list[int]:
    return nummers(form, pad, r"\._soort$")


def _tabelrijen(form: Mapping[str, list[str]], naam: str) -> list[list[str]]:
    rijen = [
        [een(form, f"{naam}.{i}.personen"), een(form, f"{naam}.{i}.bedrag")]
        for i in nummers(form, naam, r"\.personen$")
    ]
    return [r for r in rijen if r[0] or r[1]]


def _periodes(form: Mapping[str, list[str]], pad: str) -> list[int]:
    return nummers(form, f"{pad}.per", r"\._rij$")


def _knoop_uit_formulier(form: Mapping[str, list[str]], pad: str) -> Knoop:
    soort = een(form, f"{pad}._soort") or "groep"
    niet = een(form, f"{pad}.niet") == "ja"
    if soort == "groep":
        knoop = Knoop(pad, "groep", niet=niet, wijze="een_van" if een(form, f"{pad}.wijze") == "een_van" else "alle")
        knoop.kinderen = [_knoop_uit_formulier(form, f"{pad}.{i}") for i in _kinderen(form, pad)]
        return knoop
    if soort == "vast":
        try:
            vast = json.loads(een(form, f"{pad}.json"))
        except ValueError:
            vast = None
        return Knoop(pad, "vast", niet=niet, vast=vast)
    if soort == "grens":
        modus = "tabel" if een(form, f"{pad}.modus") == "tabel" else "basis"
        perioden = []
        for j in _periodes(form, pad):
            ppad = f"{pad}.per.{j}"
            if modus == "tabel":
                waarden = {r[0]: r[1] for r in _tabelrijen(form, f"{ppad}.tabel") if r[0]}
            else:
                waarden = {k: een(form, f"{ppad}.{k}") for k in ("basis", "per_persoon")}
            perioden.append(
                {"vanaf": datum(een(form, f"{ppad}.vanaf")), "bron": een(form, f"{ppad}.bron"), "waarden": waarden}
            )
        g = {
            "inkomen": een(form, f"{pad}.inkomen"),
            "personen": een(form, f"{pad}.personen"),
            "modus": modus,
            "perioden": perioden,
        }
        return Knoop(pad, "grens", niet=niet, grens=g)
    if soort == "drempel":
        perioden = [
            {
                "vanaf": datum(een(form, f"{pad}.per.{j}.vanaf")),
                "bron": een(form, f"{pad}.per.{j}.bron"),
                "waarde": een(form, f"{pad}.per.{j}.waarde"),
            }
            for j in _periodes(form, pad)
        ]
        d = {"veld": een(form, f"{pad}.veld"), "op": een(form, f"{pad}.op"), "perioden": perioden}
        return Knoop(pad, "drempel", niet=niet, grens=d)
    code = een(form, f"{pad}.sjabloon")
    if code not in SJABLONEN and code != DREMPEL:
        code = NIEUW_STANDAARD
    if code in GRENS_SJABLONEN or code == DREMPEL:  # the template was switched to a ceiling: start its period form
        knoop = _leeg_sjabloon(pad, code)
        knoop.niet = niet
        return knoop
    if een(form, f"{pad}.vorig") not in ("", code):
        # Another template was chosen: start from its defaults, keep what has the same name.
        knoop = _leeg_sjabloon(pad, code)
        knoop.niet = niet
        for p in SJABLONEN[code].parameters:
            if p.soort not in ("keuzes", "lijst", "tabel") and een(form, f"{pad}.p.{p.naam}"):
                knoop.parameters[p.naam] = een(form, f"{pad}.p.{p.naam}")
        return knoop
    parameters: dict[str, Any] = {}
    for p in SJABLONEN[code].parameters:
        naam = f"{pad}.p.{p.naam}"
        if p.soort in ("keuzes", "lijst"):
            parameters[p.naam] = [w for w in form.get(naam, []) if w]
        elif p.soort == "tabel":
            parameters[p.naam] = _tabelrijen(form, naam)
        else:
            parameters[p.naam] = een(form, naam)
    return Knoop(pad, "sjabloon", niet=niet, sjabloon=code, parameters=parameters)


def uit_formulier(form: Mapping[str, list[str]]) -> Knoop:
    """The tree as the editor left it in the form (`form`: name → list of values)."""
    knoop = _knoop_uit_formulier(form, WORTEL)
    if knoop.soort != "groep":
        knoop = Knoop(WORTEL, "groep", kinderen=[knoop])
    knoop.hernummer(WORTEL)
    return knoop


# ---- tree → condition JSON ----------------------------------------------------------------------------------


def _parameters(knoop: Knoop) -> dict[str, Any]:
    """The form's texts → the typed parameters `maak_voorwaarde` expects (it checks them)."""
    uit: dict[str, Any] = {}
    for p in SJABLONEN[knoop.sjabloon].parameters:
        waarde = knoop.parameters.get(p.naam)
        if waarde in (None, "", []):
            continue
        match p.soort:
            case "gebieden" | "rechten":
                uit[p.naam] = stukken(waarde, r"[,;\s]+")
            case "tabel":
                uit[p.naam] = {n: bedrag(b) for n, b in waarde if n}
            case "ja_nee":
                uit[p.naam] = janee(waarde)
            case "datum":
                uit[p.naam] = datum(waarde)
            case "bedrag":
                uit[p.naam] = bedrag(waarde)
            case "waarde":
                veld = str(knoop.parameters.get("veld", ""))
                if knoop.parameters.get("op") in ("in", "niet_in"):
                    uit[p.naam] = [vrije_waarde(veld, w.strip()) for w in waarde.split(",") if w.strip()]
                else:
                    uit[p.naam] = vrije_waarde(veld, waarde)
            case _:
                uit[p.naam] = waarde
    return uit


def _bouw(knoop: Knoop, fouten: dict[str, str]) -> dict | None:
    if knoop.soort == "groep":
        delen = [d for d in (_bouw(k, fouten) for k in knoop.kinderen) if d is not None]
        if not knoop.kinderen:
            if knoop.pad != WORTEL:
                fouten[knoop.pad] = gettext("deze groep is leeg: voeg een voorwaarde toe of verwijder de groep")
            return None
        if len(delen) != len(knoop.kinderen):
            return None
        v = delen[0] if len(delen) == 1 else {knoop.wijze: delen}
    elif knoop.soort == "grens":
        v, grensfouten = bouw_grens(knoop.grens, knoop.pad)
        fouten.update(grensfouten)
    elif knoop.soort == "drempel":
        v, drempelfouten = bouw_drempel(knoop.grens, knoop.pad)
        fouten.update(drempelfouten)
    elif knoop.soort == "vast":
        v = knoop.vast
        if v is None:
            fouten[knoop.pad] = gettext("dit deel is beschadigd; verwijder het")
    else:
        try:
            v = maak_voorwaarde(knoop.sjabloon, _parameters(knoop))
        except SjabloonFout as fout:
            naam = fout.pad.split(".")[0] if fout.pad else ""
            fouten[f"{knoop.pad}.p.{naam}" if naam else knoop.pad] = fout.melding
            v = None
    if v is None:
        return None
    return {"niet": v} if knoop.niet else v


def bouw(wortel: Knoop) -> tuple[dict | None, dict[str, str]]:
    """(condition JSON or None for "no machine-readable condition", errors per field name)."""
    fouten: dict[str, str] = {}
    v = _bouw(wortel, fouten)
    if fouten or v is None:
        return None, fouten
    try:
        return naar_json(parse(v)), fouten
    except VoorwaardeFout as fout:
        fouten[WORTEL] = f"{fout.pad}: {fout.melding}" if fout.pad else fout.melding
        return None, fouten


# ---- editing actions ----------------------------------------------------------------------------------------


def _zoek(wortel: Knoop, pad: str) -> Knoop | None:
    if wortel.pad == pad:
        return wortel
    for kind in wortel.kinderen:
        if pad == kind.pad or pad.startswith(kind.pad + "."):
            return _zoek(kind, pad)
    return None


def pas_toe(wortel: Knoop, actie: str, form: Mapping[str, list[str]]) -> str | None:
    """Apply a builder button (`vw-voeg:`, `vw-groep:`, `vw-weg:`, `vw-periode:`, `vw-periode-weg:`) to the tree.
    Returns the id of the element to focus afterwards."""
    soort, _, pad = actie.partition(":")
    if soort == "vw-periode-weg":
        knoop_pad, _, nummer = pad.rpartition(".per.")
        knoop = _zoek(wortel, knoop_pad)
        if (
            knoop
            and knoop.soort in ("grens", "drempel")
            and nummer.isdigit()
            and int(nummer) < len(knoop.grens["perioden"])
        ):
            knoop.grens["perioden"].pop(int(nummer))
        return f"{knoop_pad}-per".replace(".", "-")
    knoop = _zoek(wortel, pad)
    if knoop is None:
        return None
    if soort == "vw-voeg" and knoop.soort == "groep":
        code = een(form, f"{pad}.nieuw")
        code = code if code in SJABLONEN or code == DREMPEL else NIEUW_STANDAARD
        knoop.kinderen.append(_leeg_sjabloon(f"{pad}.{len(knoop.kinderen)}", code))
        return f"{pad}.{len(knoop.kinderen) - 1}".replace(".", "-")
    if soort == "vw-groep" and knoop.soort == "groep":
        knoop.kinderen.append(Knoop(f"{pad}.{len(knoop.kinderen)}", "groep", wijze="een_van"))
        return f"{pad}.{len(knoop.kinderen) - 1}".replace(".", "-")
    if soort == "vw-weg" and knoop is not wortel:
        ouder = _zoek(wortel, pad.rpartition(".")[0])
        if ouder is not None:
            ouder.kinderen.remove(knoop)
            wortel.hernummer(WORTEL)
            return ouder.pad.replace(".", "-")
    if soort == "vw-periode" and knoop.soort in ("grens", "drempel"):
        knoop.grens["perioden"].append({"vanaf": "", "bron": "", "waarden": {}, "waarde": ""})
        return f"{pad}.per.{len(knoop.grens['perioden']) - 1}".replace(".", "-")
    return None
