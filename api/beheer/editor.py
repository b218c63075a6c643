"""The editor page's model: from a stored right or a submitted form to what the template shows, and saving.

`Bewerking` holds the record dict and the condition tree the editor is working on, with the errors per field.
Reading a form never loses what was typed; saving validates the record (a condition error lands on the builder
field it came from), checks the area and the version (`VersieConflict` → the conflict page).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, select

from api.beheer import bouwer, formulier
from api.beheer.bouwer_weergave import knoop_weergave, sjabloonkeuzes
from api.beheer.catalogus import eigen_gebieden, is_admin, onvolledig
from api.beheer.rechtformulier import EENHEDEN, PERIODES, PRODUCTTYPES, RECHT_FORMULIER
from api.beheer.validatie import Recordfout, valideer_record
from api.beheer.voorbeelden import voorvertoning
from api.i18n import gettext
from api.web.formulier import melding
from api.web.labels import keuzes as labelkeuzes
from catalogue.gemeenten import gemeenten
from catalogue.models import Gebruiker, Recht
from catalogue.schema import RechtRecord
from rules.voorwaarden import Weergave

__all__ = ["MAX_VELDEN", "Bewerking", "context", "opties", "uit_formulier", "uit_recht", "valideer"]

MAX_VELDEN = 5_000
# Fields the form does not edit: they come from the stored right.
VAST = ("code", "status", "concept")


@dataclass
class Bewerking:
    data: dict[str, Any]
    knoop: bouwer.Knoop
    versie: int
    fouten: dict[str, str] = field(default_factory=dict)  # form field name → message
    algemeen: list[str] = field(default_factory=list)  # errors not tied to one field
    peildatum: date | None = None


def uit_recht(rij: Recht) -> Bewerking:
    return Bewerking(dict(rij.record), bouwer.uit_voorwaarde(rij.record.get("voorwaarde")), rij.versie)


def uit_formulier(form: dict[str, list[str]], rij: Recht) -> Bewerking:
    data = formulier.lees(RECHT_FORMULIER, form)
    for sleutel in VAST:
        data[sleutel] = rij.record.get(sleutel)
    try:
        versie = int((form.get("versie") or [""])[-1])
    except ValueError:
        versie = 0
    try:
        peildatum = date.fromisoformat((form.get("peildatum") or [""])[-1])
    except ValueError:
        peildatum = None
    return Bewerking(data, bouwer.uit_formulier(form), versie, peildatum=peildatum)


def _veldnamen(data: dict[str, Any]) -> set[str]:
    waarden = formulier.waarden(RECHT_FORMULIER, data)
    rijen = waarden.pop("#rijen")
    return set(waarden) | set(rijen) | {f"{lijst}.{n}" for lijst, ns in rijen.items() for n in ns}


def _op_veld(loc: tuple, namen: set[str]) -> str | None:
    delen = [str(p) for p in loc if not ("[" in str(p) and "]" in str(p))]
    if delen[:1] == ["voorwaarde"]:
        return bouwer.WORTEL
    for i in range(len(delen), 0, -1):
        kandidaat = ".".join(delen[:i])
        if kandidaat in namen:
            return kandidaat
    return None


def valideer(b: Bewerking, gebruiker: Gebruiker) -> RechtRecord | None:
    """The record to save, or None with the errors on `b` (builder, record and area)."""
    voorwaarde, bouwfouten = bouwer.bouw(b.knoop)
    b.fouten.update(bouwfouten)
    b.data["voorwaarde"] = voorwaarde
    if not is_admin(gebruiker):
        buiten = [c for c in b.data.get("gebied") or [] if c not in eigen_gebieden(gebruiker)]
        if b.data.get("niveau") != "lokaal":
            b.fouten["niveau"] = gettext("Een redacteur van een gemeente beheert alleen lokale rechten.")
        if buiten or not b.data.get("gebied"):
            b.fouten["gebied"] = gettext(
                "Het gebied mag alleen uw gemeente (%(nis)s) of haar deelgemeenten bevatten."
            ) % {"nis": gebruiker.organisatie}
    try:
        record = valideer_record(b.data)
    except Recordfout as exc:
        namen = _veldnamen(b.data)
        for err in exc.fouten:
            naam = _op_veld(tuple(err.get("loc", ())), namen)
            if naam == bouwer.WORTEL and bouwfouten:
                continue
            tekst = melding(err)
            if naam:
                b.fouten.setdefault(naam, tekst)
            elif tekst not in b.algemeen:
                b.algemeen.append(tekst)
        return None
    return None if b.fouten else record


def opties(sleutel: str | None, huidig: Any = None) -> list[tuple[str, str]]:
    """The choices of a form field (code, label); current values not in the list stay selectable."""
    lijsten = {
        "producttype": PRODUCTTYPES,
        "eenheid_bedrag": EENHEDEN,
        "periode": PERIODES,
    }
    if sleutel in lijsten:
        keuzes = [(k, gettext(v)) for k, v in lijsten[sleutel].items()]
    elif sleutel == "uitvoerend_niveau":
        keuzes = labelkeuzes("niveau")
    elif sleutel == "niveau":
        keuzes = [(k, v) for k, v in labelkeuzes("niveau") if k != "derden"]
    else:
        keuzes = labelkeuzes(sleutel or "")
    bekend = {k for k, _ in keuzes}
    extra = huidig if isinstance(huidig, list) else [huidig] if huidig else []
    return keuzes + [(str(w), str(w)) for w in extra if str(w) not in bekend]


def _rechtnamen(session: Session) -> dict[str, str]:
    return dict(session.exec(select(Recht.code, Recht.naam).where(Recht.soort == "instantie")).all())


def voorbeeld(session: Session, b: Bewerking, rij: Recht, *, fouten_eerst: bool = True) -> dict[str, Any]:
    """The preview of the condition the editor is building (nothing when the builder has errors)."""
    voorwaarde, bouwfouten = bouwer.bouw(b.knoop)
    if bouwfouten and fouten_eerst:
        return {"regels": [], "voorbeelden": [], "fout": None, "bouwfouten": True,
                "peildatum": b.peildatum or date.today()}  # fmt: skip
    namen = _rechtnamen(session)
    uit = voorvertoning(voorwaarde, organisatie=rij.organisatie or "44021", peildatum=b.peildatum,
                        rechtnaam=namen.get)  # fmt: skip
    uit["bouwfouten"] = bool(bouwfouten)
    return uit


def context(session: Session, gebruiker: Gebruiker, rij: Recht, b: Bewerking) -> dict[str, Any]:
    """Everything the editor template needs."""
    waarden = formulier.waarden(RECHT_FORMULIER, b.data)
    rijen = waarden.pop("#rijen")
    namen = _rechtnamen(session)
    weergave = Weergave(gebiedsnaam=gemeenten().naam, rechtnaam=namen.get)
    foutenlijst = [{"id": naam.replace(".", "-"), "tekst": tekst} for naam, tekst in b.fouten.items()]
    foutenlijst += [{"id": "editor", "tekst": tekst} for tekst in b.algemeen]
    return {
        "rij": rij,
        "bewerking": b,
        "formulier": RECHT_FORMULIER,
        "waarden": waarden,
        "rijen": rijen,
        "fouten": b.fouten,
        "foutenlijst": foutenlijst,
        "bouwer": knoop_weergave(b.knoop, b.fouten, weergave),
        "sjabloonkeuzes": sjabloonkeuzes(),
        "voorbeeld": voorbeeld(session, b, rij),
        "opties": opties,
        "admin": is_admin(gebruiker),
        "onvolledig": onvolledig(rij.record),
        "rechtcodes": sorted(namen),
        "actie_url": f"/beheer/rechten/{rij.id}",
        "open_vertalingen": any(n.endswith((".fr", ".en")) for n in b.fouten),
    }
