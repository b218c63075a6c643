"""The editor's preview: how a condition reads in plain Dutch, and which of a few sample people it matches.

The sample people are fictitious and cover the usual cases (a pensioner, a single parent on leefloon, a student,
a working couple, someone with a disability, a newcomer of whom little is known). They live in the editor's own
municipality, except the working couple (in another one), so a `woont_in` condition shows its effect. The
evaluation is the reference evaluator of `rules.voorwaarden` on the editor's peildatum (today by default), the
same three-valued logic the rights overview uses: a fact the person did not give stays unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from api.i18n import N_, gettext
from catalogue.gemeenten import gemeenten
from rules.voorwaarden import Context, Status, VoorwaardeFout, Weergave, beschrijf_regels, evalueer, parse_voorwaarde

__all__ = ["VOORBEELDEN", "Voorbeeld", "voorvertoning"]

ANDERE_GEMEENTE = ("11002", "44021")  # Antwerpen, or Gent for Antwerpen's own editors


@dataclass(frozen=True)
class Voorbeeld:
    naam: str  # message id
    feiten: dict[str, Any]
    rechten: dict[str, bool]
    elders: bool = False  # lives in another municipality than the editor's


VOORBEELDEN: tuple[Voorbeeld, ...] = (
    Voorbeeld(
        N_("Marie, 72, weduwe, gepensioneerd, huurt alleen een appartement"),
        {"aanvrager.leeftijd": 72, "aanvrager.verblijfsstatus": "belg", "aanvrager.burgerlijke_staat": "weduwe",
         "aanvrager.gepensioneerd": True, "aanvrager.werkend": False, "aanvrager.student": False,
         "huishouden.grootte": 1, "huishouden.personen_ten_laste": 0, "huishouden.kinderen": 0,
         "huishouden.inkomen_jaar": 17400, "huishouden.inkomen_netto_maand": 1450, "huishouden.vermogen": 6000,
         "woning.huurder": True, "woning.sociale_huurder": False, "woning.eigenaar": False,
         "woning.huurprijs_maand": 640, "woning.verwarming": "aardgas"},
        {"verhoogde-tegemoetkoming": True, "leefloon": False, "inkomensgarantie-ouderen": False},
    ),
    Voorbeeld(
        N_("Sara, 34, alleenstaande moeder van twee kinderen, leefloon, sociale huurwoning"),
        {"aanvrager.leeftijd": 34, "aanvrager.verblijfsstatus": "belg", "aanvrager.burgerlijke_staat": "gescheiden",
         "aanvrager.werkend": False, "aanvrager.werkzoekend": True, "aanvrager.student": False,
         "aanvrager.ocmw_begeleiding": True, "huishouden.grootte": 3, "huishouden.personen_ten_laste": 2,
         "huishouden.kinderen": 2, "huishouden.jongste_kind_leeftijd": 4, "huishouden.alleenstaande_ouder": True,
         "huishouden.inkomen_jaar": 16800, "huishouden.inkomen_netto_maand": 1400, "huishouden.vermogen": 300,
         "woning.huurder": True, "woning.sociale_huurder": True, "woning.eigenaar": False},
        {"leefloon": True, "verhoogde-tegemoetkoming": True, "equivalent-leefloon": False},
    ),
    Voorbeeld(
        N_("Yusuf, 20, student hoger onderwijs, woont bij zijn ouders"),
        {"aanvrager.leeftijd": 20, "aanvrager.verblijfsstatus": "belg", "aanvrager.burgerlijke_staat": "ongehuwd",
         "aanvrager.student": True, "aanvrager.onderwijs": "hoger", "aanvrager.werkend": False,
         "huishouden.grootte": 4, "huishouden.personen_ten_laste": 0, "huishouden.kinderen": 1,
         "huishouden.inkomen_jaar": 58000, "huishouden.inkomen_netto_maand": 4100, "woning.huurder": False,
         "woning.eigenaar": True, "woning.sociale_huurder": False},
        {"leefloon": False, "verhoogde-tegemoetkoming": False},
    ),
    Voorbeeld(
        N_("Koppel, 45 en 43, allebei aan het werk, twee kinderen, eigen woning (andere gemeente)"),
        {"aanvrager.leeftijd": 45, "aanvrager.verblijfsstatus": "belg", "aanvrager.burgerlijke_staat": "gehuwd",
         "aanvrager.werkend": True, "aanvrager.student": False, "aanvrager.gepensioneerd": False,
         "huishouden.grootte": 4, "huishouden.personen_ten_laste": 2, "huishouden.kinderen": 2,
         "huishouden.jongste_kind_leeftijd": 9, "huishouden.alleenstaande_ouder": False,
         "huishouden.inkomen_jaar": 71000, "huishouden.inkomen_netto_maand": 5200, "woning.huurder": False,
         "woning.eigenaar": True, "woning.sociale_huurder": False},
        {"leefloon": False, "verhoogde-tegemoetkoming": False},
        elders=True,
    ),
    Voorbeeld(
        N_("Luc, 52, erkende handicap (66 %), alleenstaand, inkomensvervangende tegemoetkoming"),
        {"aanvrager.leeftijd": 52, "aanvrager.verblijfsstatus": "belg", "aanvrager.burgerlijke_staat": "ongehuwd",
         "aanvrager.erkende_handicap": True, "aanvrager.handicap_percentage": 66, "aanvrager.werkend": False,
         "aanvrager.arbeidsongeschikt": True, "huishouden.grootte": 1, "huishouden.personen_ten_laste": 0,
         "huishouden.kinderen": 0, "huishouden.inkomen_jaar": 19500, "huishouden.inkomen_netto_maand": 1590,
         "woning.huurder": True, "woning.sociale_huurder": False, "woning.eigenaar": False},
        {"inkomensvervangende-tegemoetkoming": True, "integratietegemoetkoming": True,
         "verhoogde-tegemoetkoming": True, "leefloon": False},
    ),
    Voorbeeld(
        N_("Amina, 28, erkend vluchteling, net aangekomen: verder nog niets bekend"),
        {"aanvrager.leeftijd": 28, "aanvrager.verblijfsstatus": "erkend_vluchteling"},
        {},
    ),
)  # fmt: skip

STATUS_TEKST = {
    Status.voldaan: N_("voldoet"),
    Status.niet_voldaan: N_("voldoet niet"),
    Status.onbekend: N_("nog niet te zeggen"),
}


def _andere(nis: str) -> str:
    return ANDERE_GEMEENTE[0] if nis != ANDERE_GEMEENTE[0] else ANDERE_GEMEENTE[1]


def voorvertoning(
    voorwaarde: dict | None,
    *,
    organisatie: str,
    peildatum: date | None = None,
    rechtnaam: Callable[[str], str | None] | None = None,
) -> dict[str, Any]:
    """`{"regels": [(depth, text)], "voorbeelden": [...], "fout": str | None}` for the preview panel."""
    peildatum = peildatum or date.today()
    if not voorwaarde:
        return {"regels": [], "voorbeelden": [], "fout": None, "peildatum": peildatum}
    try:
        geparsed = parse_voorwaarde(voorwaarde)
    except VoorwaardeFout as fout:
        return {"regels": [], "voorbeelden": [], "fout": str(fout), "peildatum": peildatum}
    register = gemeenten()
    weergave = Weergave(gebiedsnaam=register.naam, rechtnaam=rechtnaam, peildatum=peildatum)
    uitkomsten = []
    for voorbeeld in VOORBEELDEN:
        nis = _andere(organisatie) if voorbeeld.elders else organisatie
        context = Context(peildatum=peildatum, feiten=voorbeeld.feiten, gemeente=nis,
                          gebieden=register.omvattende_gebieden, deelgebieden=register.deelgebieden,
                          rechten=voorbeeld.rechten)  # fmt: skip
        uitkomst = evalueer(geparsed, context)
        uitkomsten.append({
            "naam": gettext(voorbeeld.naam),
            "gemeente": register.naam(nis) or nis,
            "status": uitkomst.status.value,
            "status_tekst": gettext(STATUS_TEKST[uitkomst.status]),
            "vragen": [o.vraag for o in uitkomst.ontbrekend][:3],
            "opmerkingen": list(uitkomst.opmerkingen),
        })  # fmt: skip
    return {"regels": beschrijf_regels(geparsed, weergave), "voorbeelden": uitkomsten, "fout": None,
            "peildatum": peildatum}  # fmt: skip
