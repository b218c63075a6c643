"""Worked cases as data (profile → expected advice) and the check that compares an Advies with them."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from rechten.cli import ProfielFout, lees_profiel
from rules.leefloon import adviseer

__all__ = ["CASES", "DEELADVIES_SLEUTELS", "controleer_geval", "lees_gevallen"]

CASES = Path(__file__).parent / "cases"
DEELADVIES_SLEUTELS = {
    "uitkomst",
    "categorie",
    "bedrag",
    "niet_voldaan",
    "voldaan",
    "onbekend",
    "ontbrekend_veld",
    "fout",
    "fout_veld",
    "bestaansmiddelen",
    "voorlopig_bedrag",
    "voorlopige_categorie",
    "aannames_codes",
    "ocmw_keuze",
    "waarschuwing_bevat",
    "verwijzing_bevat",
    "verblijf_buitenland",
    "equivalent_leefloon",
    "eerste_maand",
}


def lees_gevallen(map_: Path) -> list[tuple[str, dict]]:
    """(file name, case) for every YAML case in `map_`, sorted."""
    return [(p.name, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(map_.glob("*.yaml"))]


def _bedragen(werkelijk: Any, verwacht: dict | None) -> list[str]:
    if verwacht is None:
        return [] if werkelijk is None else [f"verwacht geen bedrag, kreeg {werkelijk}"]
    if werkelijk is None:
        return [f"verwacht {verwacht}, kreeg geen bedrag"]
    return [
        f"{k}: {werkelijk.get(k)} != {v}"
        for k, v in verwacht.items()
        if Decimal(str(werkelijk.get(k))) != Decimal(str(v))
    ]


def controleer_geval(geval: dict) -> list[str]:
    """Differences between the advice for `geval['profiel']` and `geval['verwacht']` (empty: the case passes)."""
    verwacht = geval["verwacht"]
    onbekend = set(verwacht) - DEELADVIES_SLEUTELS
    assert not onbekend, f"onbekende sleutels in verwacht: {onbekend}"
    try:
        profiel = lees_profiel(json.dumps(geval["profiel"]))
    except ProfielFout as fout:
        if not verwacht.get("fout"):
            return [f"onverwachte invoerfout: {fout}"]
        veld = verwacht.get("fout_veld")
        if veld and not any(f["veld"] == veld for f in fout.fouten):
            return [f"geen fout op {veld}: {fout.fouten}"]
        return []
    if verwacht.get("fout"):
        return ["verwacht een invoerfout, kreeg een advies"]
    a = json.loads(adviseer(profiel).model_dump_json())
    fouten = []
    for k in ("uitkomst", "categorie", "voorlopige_categorie"):
        if k in verwacht and a[k] != verwacht[k]:
            fouten.append(f"{k}: {a[k]!r} != {verwacht[k]!r}")
    for k in ("bedrag", "voorlopig_bedrag"):
        if k in verwacht:
            fouten += [f"{k}.{f}" for f in _bedragen(a[k], verwacht[k])]
    if "bestaansmiddelen" in verwacht:
        fouten += [f"bestaansmiddelen.{f}" for f in _bedragen(a["bestaansmiddelen"], verwacht["bestaansmiddelen"])]
    statussen = {v["code"]: v["status"] for v in a["voorwaarden"]}
    for sleutel in ("niet_voldaan", "voldaan", "onbekend"):
        for code in verwacht.get(sleutel, []):
            if statussen.get(code) != sleutel:
                fouten.append(f"voorwaarde {code}: {statussen.get(code)} != {sleutel}")
    if "ontbrekend_veld" in verwacht and not any(
        o["veld"] == verwacht["ontbrekend_veld"] for o in a["ontbrekende_gegevens"]
    ):
        fouten.append(f"geen vraag voor {verwacht['ontbrekend_veld']}: {a['ontbrekende_gegevens']}")
    codes = {d["code"]: d for d in a["aannames_details"]}
    for code in verwacht.get("aannames_codes", []):
        if code not in codes or codes[code]["door_ocmw_gekozen"]:
            fouten.append(f"aanname {code} ontbreekt: {sorted(codes)}")
    if "ocmw_keuze" in verwacht and not codes.get(verwacht["ocmw_keuze"], {}).get("door_ocmw_gekozen"):
        fouten.append(f"OCMW-keuze {verwacht['ocmw_keuze']} niet vermeld")
    if "waarschuwing_bevat" in verwacht and not any(verwacht["waarschuwing_bevat"] in w for w in a["waarschuwingen"]):
        fouten.append(f"geen waarschuwing met {verwacht['waarschuwing_bevat']!r}: {a['waarschuwingen']}")
    if "verwijzing_bevat" in verwacht and not any(verwacht["verwijzing_bevat"] in w for w in a["verwijzingen"]):
        fouten.append(f"geen verwijzing met {verwacht['verwijzing_bevat']!r}: {a['verwijzingen']}")
    if "verblijf_buitenland" in verwacht:
        vb = a["verblijf_buitenland"] or {}
        for k, v in verwacht["verblijf_buitenland"].items():
            if str(vb.get(k)) != str(v):
                fouten.append(f"verblijf_buitenland.{k}: {vb.get(k)} != {v}")
    if "equivalent_leefloon" in verwacht:
        eq = a["equivalent_leefloon"]
        if eq is None:
            fouten.append("geen equivalent leefloon")
        else:
            if eq["uitkomst"] != verwacht["equivalent_leefloon"]["uitkomst"]:
                fouten.append(f"equivalent_leefloon.uitkomst: {eq['uitkomst']}")
            if "bedrag" in verwacht["equivalent_leefloon"]:
                fouten += [
                    f"equivalent_leefloon.{f}"
                    for f in _bedragen(eq["bedrag"], verwacht["equivalent_leefloon"]["bedrag"])
                ]
    if "eerste_maand" in verwacht:
        em = a["eerste_maand"] or {}
        for k, v in verwacht["eerste_maand"].items():
            if str(em.get(k)) != str(v):
                fouten.append(f"eerste_maand.{k}: {em.get(k)} != {v}")
    return fouten
