"""Versions and comparisons for people: a changed field's value in a few readable words (a condition in plain
Dutch, a text in Dutch, a list by its names), for the history, the conflict page and the concept comparison."""

from __future__ import annotations

from typing import Any

from api.i18n import N_, gettext
from catalogue.gemeenten import gemeenten
from rules.voorwaarden import VoorwaardeFout, Weergave, beschrijf, parse_voorwaarde

__all__ = ["ACTIES", "VELDNAMEN", "toon_waarde", "veldnaam"]

MAX = 400

# The actions of the version history (catalogue.models.RechtVersie.actie).
ACTIES = {
    "aangemaakt": N_("aangemaakt"),
    "gewijzigd": N_("gewijzigd"),
    "gepubliceerd": N_("gepubliceerd"),
    "gedepubliceerd": N_("offline gehaald"),
    "gearchiveerd": N_("gearchiveerd"),
    "geverifieerd": N_("nagekeken"),
    "concept-overgenomen": N_("concept overgenomen"),
}
VELDNAMEN = {
    "naam": N_("Naam"),
    "beschrijving": N_("Beschrijving"),
    "samenvatting": N_("Samenvatting in eenvoudige taal"),
    "aanvullende_beschrijving": N_("Aanvullende beschrijving"),
    "uitzonderingen": N_("Uitzonderingen"),
    "voorwaarde": N_("Machineleesbare voorwaarde"),
    "voorwaarde_toelichting": N_("Toelichting bij de voorwaarde"),
    "voorwaarden": N_("Voorwaarden"),
    "procedures": N_("Procedures"),
    "kosten": N_("Kosten"),
    "financiele_voordelen": N_("Financiële voordelen"),
    "bedragen": N_("Bedragen met hun geldigheid"),
    "regelgeving": N_("Regelgeving"),
    "contact": N_("Contactpunten"),
    "websites": N_("Websites"),
    "documenten": N_("Mee te brengen documenten"),
    "themas": N_("Thema's"),
    "doelgroepen": N_("Doelgroepen"),
    "sociale_doelgroepen": N_("Sociale doelgroepen"),
    "zoektermen": N_("Zoektermen"),
    "automatisch": N_("Wordt automatisch toegekend"),
    "aanvragen_bij": N_("Waar en hoe aanvragen (één zin)"),
    "gebied": N_("Gebied (NIS-codes)"),
    "bron_url": N_("Officiële bron (webadres)"),
    "laatst_geverifieerd": N_("Laatst nagekeken op"),
    "verificatie_opmerking": N_("Opmerking bij de controle"),
    "status": N_("Status"),
}


def veldnaam(veld: str) -> str:
    """`naam.fr` → "Naam (fr)"."""
    hoofd, _, rest = veld.partition(".")
    naam = gettext(VELDNAMEN[hoofd]) if hoofd in VELDNAMEN else hoofd.replace("_", " ")
    return f"{naam} ({rest})" if rest else naam


def _kort(tekst: str) -> str:
    return tekst if len(tekst) <= MAX else tekst[: MAX - 1] + "…"


def toon_waarde(veld: str, waarde: Any) -> str:
    if waarde is None or waarde == [] or waarde == {}:
        return "—"
    if veld.split(".")[0] == "voorwaarde" and isinstance(waarde, dict):
        try:
            return _kort(beschrijf(parse_voorwaarde(waarde), Weergave(gebiedsnaam=gemeenten().naam)))
        except VoorwaardeFout:
            pass
    if isinstance(waarde, bool):
        return gettext("Ja") if waarde else gettext("Nee")
    if isinstance(waarde, dict):
        if "nl" in waarde:
            return _kort(str(waarde.get("nl") or "—"))
        return _kort(", ".join(f"{k}: {toon_waarde(k, v)}" for k, v in waarde.items() if v not in (None, [], {})))
    if isinstance(waarde, list):
        delen = [_item(w) if isinstance(w, dict) else str(w) for w in waarde]
        return _kort("; ".join(delen))
    return _kort(str(waarde))


def _item(w: dict) -> str:
    if "waarde" in w and "geldig_vanaf" in w:  # a dated amount: its value and date matter
        return f"{w.get('omschrijving', '')} {w['waarde']} ({w['geldig_vanaf']})"
    return str(w.get("naam") or w.get("omschrijving") or w.get("email") or w.get("url") or "…")
