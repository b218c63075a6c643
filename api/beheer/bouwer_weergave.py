"""The form builder's tree as view models for the template (`beheer/_bouwer.html`), and the same tree as the
form values a browser would post (`formulierwaarden`), so page and parser agree on every field name.

Every label is translated (gettext); the texts of templates and facts are registered in `sjabloonteksten`.
"""

from __future__ import annotations

from typing import Any

from api.beheer.bouwer import DREMPEL, GRENS_SJABLONEN, TABELRIJEN, Knoop
from api.beheer.grens import DREMPEL_OPERATOREN, INKOMENSVELDEN, PERSONENVELDEN
from api.i18n import N_, gettext
from api.web.labels import label
from rechten.situatie import VELDEN
from rules.voorwaarden import SJABLONEN, Weergave, beschrijf, parse_voorwaarde

__all__ = ["KEUZELIJSTEN", "OPERATOREN", "formulierwaarden", "knoop_weergave", "sjabloonkeuzes"]

# Facts whose values have labels in api.web.labels.
KEUZELIJSTEN = {
    "aanvrager.verblijfsstatus": "verblijfsstatus",
    "aanvrager.burgerlijke_staat": "burgerlijke_staat",
    "aanvrager.onderwijs": "onderwijs",
    "woning.verwarming": "verwarming",
}
HTML_SOORT = {
    "geheel": "getal",
    "bedrag": "bedrag",
    "datum": "datum",
    "url": "url",
    "keuze": "keuze",
    "keuzes": "vinkjes",
    "lijst": "vinkjes",
    "tabel": "tabel",
    "ja_nee": "janee",
}
HINTS = {
    "gebieden": N_("NIS-codes gescheiden door komma's, bv. 44021 (Gent) of 11002 (Antwerpen)."),
    "recht": N_("De code van een recht uit de catalogus, bv. verhoogde-tegemoetkoming."),
    "waarde": N_("Voor 'een van' of 'geen van': waarden gescheiden door komma's."),
    "bedrag": N_("In euro, bv. 26000 of 26.000,50."),
}


def _id(naam: str) -> str:
    return naam.replace(".", "-")


OPERATOREN = {
    "<": N_("minder dan"),
    "<=": N_("hoogstens"),
    ">": N_("meer dan"),
    ">=": N_("minstens"),
    "=": N_("is"),
    "!=": N_("is niet"),
}


def sjabloonkeuzes() -> list[tuple[str, str]]:
    """The kinds of condition an editor can add: the templates and the dated threshold."""
    return [(s.code, gettext(s.naam)) for s in SJABLONEN.values()] + [(DREMPEL, gettext(DREMPEL_NAAM))]


DREMPEL_NAAM = N_("Drempel die met de tijd verandert (indexering)")


def _waardekeuzes(veldnaam: str) -> list[tuple[str, str]]:
    veld = VELDEN.get(veldnaam)
    if veld is None:
        return []
    lijst = KEUZELIJSTEN.get(veldnaam)
    return [(k, label(lijst, k) if lijst else k.replace("_", " ")) for k in veld.keuzes]


def _veld(naam: str, label_: str, soort: str, waarde: Any, fouten: dict[str, str], **extra) -> dict[str, Any]:
    return {
        "naam": naam,
        "id": _id(naam),
        "label": gettext(label_),
        "soort": soort,
        "waarde": waarde,
        "fout": fouten.get(naam),
        **extra,
    }


def _tabel(naam: str, rijen: list[list[str]], fouten: dict[str, str], label_: str) -> dict[str, Any]:
    rijen = [*rijen, *([["", ""]] * max(1, TABELRIJEN - len(rijen)))]
    return _veld(
        naam,
        label_,
        "tabel",
        None,
        fouten,
        rijen=[
            {
                "personen": {"naam": f"{naam}.{i}.personen", "id": _id(f"{naam}.{i}.personen"), "waarde": p},
                "bedrag": {"naam": f"{naam}.{i}.bedrag", "id": _id(f"{naam}.{i}.bedrag"), "waarde": b},
            }
            for i, (p, b) in enumerate(rijen)
        ],
    )


def _sjabloonvelden(k: Knoop, fouten: dict[str, str]) -> list[dict[str, Any]]:
    velden = []
    for p in SJABLONEN[k.sjabloon].parameters:
        naam = f"{k.pad}.p.{p.naam}"
        soort = HTML_SOORT.get(p.soort, "tekst")
        waarde = k.parameters.get(p.naam, [] if soort == "vinkjes" else "")
        keuzes = [(c, gettext(lbl)) for c, lbl in p.keuzes]
        if p.soort == "lijst":  # the allowed values depend on the chosen fact
            keuzes = _waardekeuzes(str(k.parameters.get("veld", "")))
            if not keuzes:
                soort, waarde = "tekst", ", ".join(waarde) if isinstance(waarde, list) else waarde
        if p.soort == "tabel":
            velden.append(_tabel(naam, waarde or [], fouten, p.label))
            continue
        velden.append(
            _veld(
                naam,
                p.label,
                soort,
                waarde,
                fouten,
                keuzes=keuzes,
                verplicht=p.verplicht,
                hint=gettext(HINTS[p.soort]) if p.soort in HINTS else None,
            )
        )
    return velden


def _grensvelden(k: Knoop, fouten: dict[str, str]) -> tuple[list[dict], list[dict]]:
    g = k.grens
    velden = [
        _veld(
            f"{k.pad}.modus",
            N_("soort grens"),
            "keuze",
            g.get("modus", "basis"),
            fouten,
            keuzes=[
                ("basis", gettext("basisbedrag + bedrag per persoon")),
                ("tabel", gettext("een grens per gezinsgrootte")),
            ],
        ),
        _veld(
            f"{k.pad}.inkomen",
            N_("welk inkomen"),
            "keuze",
            g.get("inkomen", ""),
            fouten,
            keuzes=[(c, gettext(lbl)) for c, lbl in INKOMENSVELDEN],
        ),
        _veld(
            f"{k.pad}.personen",
            N_("per") if g.get("modus") != "tabel" else N_("aantal"),
            "keuze",
            g.get("personen", ""),
            fouten,
            keuzes=[(c, gettext(lbl)) for c, lbl in PERSONENVELDEN],
        ),
    ]
    perioden = []
    for j, p in enumerate(g.get("perioden", [])):
        ppad = f"{k.pad}.per.{j}"
        pvelden = [
            _veld(f"{ppad}.vanaf", N_("geldig vanaf"), "datum", p.get("vanaf", ""), fouten),
            _veld(f"{ppad}.bron", N_("bron (webadres)"), "url", p.get("bron", ""), fouten),
        ]
        if g.get("modus") == "tabel":
            rijen = sorted(([n, w] for n, w in p.get("waarden", {}).items()), key=lambda r: int(r[0] or 0))
            pvelden.append(_tabel(f"{ppad}.tabel", rijen, fouten, N_("grens per aantal personen")))
        else:
            pvelden += [
                _veld(f"{ppad}.basis", N_("basisgrens (euro)"), "bedrag", p["waarden"].get("basis", ""), fouten),
                _veld(
                    f"{ppad}.per_persoon",
                    N_("verhoging per persoon (euro)"),
                    "bedrag",
                    p["waarden"].get("per_persoon", ""),
                    fouten,
                ),
            ]
        perioden.append({"pad": ppad, "id": _id(ppad), "nummer": j + 1, "velden": pvelden, "fout": fouten.get(ppad)})
    return velden, perioden


def knoop_weergave(k: Knoop, fouten: dict[str, str], weergave: Weergave | None = None) -> dict[str, Any]:
    """The view model of a node and its children."""
    uit: dict[str, Any] = {
        "pad": k.pad,
        "id": _id(k.pad),
        "soort": k.soort,
        "niet": k.niet,
        "wijze": k.wijze,
        "fout": fouten.get(k.pad),
        "velden": [],
        "kinderen": [],
        "perioden": [],
        "verborgen": [(f"{k.pad}._soort", k.soort)],
    }
    if k.soort == "groep":
        uit["kinderen"] = [knoop_weergave(kind, fouten, weergave) for kind in k.kinderen]
    elif k.soort == "sjabloon":
        sjabloon = SJABLONEN[k.sjabloon]
        uit.update(
            titel=gettext(sjabloon.naam),
            uitleg=gettext(sjabloon.uitleg),
            sjabloon=k.sjabloon,
            velden=_sjabloonvelden(k, fouten),
        )
        uit["verborgen"].append((f"{k.pad}.vorig", k.sjabloon))
    elif k.soort == "grens":
        code = GRENS_SJABLONEN[1] if k.grens.get("modus") == "tabel" else GRENS_SJABLONEN[0]
        uit["titel"] = gettext(SJABLONEN[code].naam)
        uit["uitleg"] = gettext("Bij een indexering: voeg een periode toe met de nieuwe bedragen en hun begindatum.")
        uit["velden"], uit["perioden"] = _grensvelden(k, fouten)
        uit["verborgen"] += [(f"{p['pad']}._rij", "1") for p in uit["perioden"]]
    elif k.soort == "drempel":
        uit["titel"] = gettext(DREMPEL_NAAM)
        uit["uitleg"] = gettext("Een gegeven vergeleken met een waarde die op een bepaalde datum wijzigt.")
        d = k.grens
        getallen = [(n, gettext(v.label)) for n, v in VELDEN.items() if v.soort.value in ("geheel", "bedrag")]
        uit["velden"] = [
            _veld(f"{k.pad}.veld", N_("gegeven"), "keuze", d.get("veld", ""), fouten, keuzes=getallen),
            _veld(
                f"{k.pad}.op",
                N_("vergelijking"),
                "keuze",
                d.get("op", ""),
                fouten,
                keuzes=[(o, gettext(OPERATOREN[o])) for o in DREMPEL_OPERATOREN],
            ),
        ]
        for j, p in enumerate(d.get("perioden", [])):
            ppad = f"{k.pad}.per.{j}"
            uit["perioden"].append(
                {
                    "pad": ppad,
                    "id": _id(ppad),
                    "nummer": j + 1,
                    "fout": fouten.get(ppad),
                    "velden": [
                        _veld(f"{ppad}.vanaf", N_("geldig vanaf"), "datum", p.get("vanaf", ""), fouten),
                        _veld(f"{ppad}.waarde", N_("waarde"), "tekst", p.get("waarde", ""), fouten),
                        _veld(f"{ppad}.bron", N_("bron (webadres)"), "url", p.get("bron", ""), fouten),
                    ],
                }
            )
        uit["verborgen"] += [(f"{p['pad']}._rij", "1") for p in uit["perioden"]]
    else:
        import json

        uit["verborgen"].append((f"{k.pad}.json", json.dumps(k.vast, ensure_ascii=False)))
        try:
            uit["tekst"] = beschrijf(parse_voorwaarde(k.vast), weergave)
        except Exception:  # a damaged part is shown as such, the page still works
            uit["tekst"] = gettext("(onleesbaar deel)")
    return uit


def formulierwaarden(weergave: dict[str, Any]) -> dict[str, list[str]]:
    """What the browser posts for this view model (for tests and for the JavaScript-free round trip)."""
    uit: dict[str, list[str]] = {}
    for naam, waarde in weergave["verborgen"]:
        uit[naam] = [waarde]
    if weergave["niet"]:
        uit[f"{weergave['pad']}.niet"] = ["ja"]
    if weergave["soort"] == "groep":
        uit[f"{weergave['pad']}.wijze"] = [weergave["wijze"]]
    if weergave["soort"] == "sjabloon":
        uit[f"{weergave['pad']}.sjabloon"] = [weergave["sjabloon"]]
    velden = list(weergave["velden"]) + [v for p in weergave["perioden"] for v in p["velden"]]
    for veld in velden:
        if veld["soort"] == "tabel":
            for rij in veld["rijen"]:
                uit[rij["personen"]["naam"]] = [rij["personen"]["waarde"]]
                uit[rij["bedrag"]["naam"]] = [rij["bedrag"]["waarde"]]
        elif veld["soort"] == "vinkjes":
            uit[veld["naam"]] = list(veld["waarde"] or [])
        else:
            uit[veld["naam"]] = [veld["waarde"] or ""]
    for kind in weergave["kinderen"]:
        uit.update(formulierwaarden(kind))
    return uit
