"""The leefloon and equivalent-leefloon entries of the overview, from the real leefloon advice.

The overview does not screen the leefloon with the catalogue's rough condition: it takes the advice of
`rules.leefloon.adviseer` for the same profile (the result `/api/v1/leefloon/advies` gives). toekennen →
waarschijnlijk, onvoldoende_gegevens → mogelijk (the advice's open questions are the entry's questions),
weigeren → niet (the failed conditions are the reasons). The equivalent leefloon follows the advice's pointer
(`equivalent_leefloon`): present → its outcome; absent → not for this person when the nationality condition is
met (the person can get the leefloon itself) or failed for another reason, possible while the residence status
is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rechten.advies import Advies, BedragPaar, Status, Uitkomst
from rechten.overzicht.model import Hoofdbedrag, Vraagverwijzing
from rechten.teksten import t
from rules.voorwaarden import Status as VStatus
from rules.voorwaarden import Uitkomst as VUitkomst

__all__ = ["EQUIVALENT", "LEEFLOON", "Vast", "uit_advies"]

LEEFLOON, EQUIVALENT = "leefloon", "equivalent-leefloon"
_STATUS = {
    Uitkomst.toekennen: VStatus.voldaan,
    Uitkomst.weigeren: VStatus.niet_voldaan,
    Uitkomst.onvoldoende_gegevens: VStatus.onbekend,
}
_VERBLIJF = ("aanvrager.verblijfsstatus", "aanvrager.verblijf_sinds")


@dataclass
class Vast:
    """An entry whose status is fixed outside the catalogue's conditions, with its reasons and questions."""

    uitkomst: VUitkomst
    redenen: list[str] = field(default_factory=list)
    vragen: list[Vraagverwijzing] = field(default_factory=list)
    bedrag: Hoofdbedrag | None = None
    ontvangt: bool = False  # the person already receives it (situatie.ontvangt)


def _bedrag(paar: BedragPaar | None, omschrijving: str, advies: Advies) -> Hoofdbedrag | None:
    if paar is None:
        return None
    return Hoofdbedrag(omschrijving=omschrijving, bedrag=paar.maand, eenheid="euro", periode="maand",
                       geldig_vanaf=advies.peildatum, per_jaar=paar.jaar)  # fmt: skip


def _leefloon(advies: Advies) -> Vast:
    status = _STATUS[advies.uitkomst]
    vast = Vast(VUitkomst(status))
    if advies.uitkomst is Uitkomst.toekennen:
        vast.redenen.append(t("Het leefloonadvies is toekennen, in categorie {categorie}: {bedrag} per maand.",
                              categorie=advies.categorie, bedrag=advies.bedrag.maand))  # fmt: skip
        vast.bedrag = _bedrag(advies.bedrag, t("Leefloon volgens het advies"), advies)
        return vast
    if advies.uitkomst is Uitkomst.weigeren:
        vast.redenen.append(t("Het leefloonadvies is weigeren."))
        vast.redenen += [v.uitleg for v in advies.voorwaarden if v.status is Status.niet_voldaan]
        return vast
    vast.redenen.append(t("Voor een volledig leefloonadvies ontbreken nog gegevens."))
    vast.redenen += [v.uitleg for v in advies.voorwaarden if v.status is Status.onbekend]
    vast.vragen = [Vraagverwijzing(veld=v.veld, vraag=v.vraag) for v in advies.ontbrekende_gegevens]
    vast.bedrag = _bedrag(advies.voorlopig_bedrag, t("Voorlopig leefloon als alle open vragen gunstig uitvallen"),
                          advies)  # fmt: skip
    return vast


def _equivalent(advies: Advies) -> Vast:
    wijzer = advies.equivalent_leefloon
    if wijzer is not None:
        vast = Vast(VUitkomst(_STATUS[wijzer.uitkomst]), [wijzer.uitleg])
        if wijzer.uitkomst is Uitkomst.onvoldoende_gegevens:
            vast.vragen = [Vraagverwijzing(veld=v.veld, vraag=v.vraag) for v in advies.ontbrekende_gegevens
                           if v.veld != "aanvrager.verblijfsstatus"]  # fmt: skip
        vast.bedrag = _bedrag(wijzer.bedrag, t("Equivalent leefloon volgens het advies"), advies)
        return vast
    nationaliteit = next((v for v in advies.voorwaarden if v.code == "nationaliteit"), None)
    if nationaliteit is None or nationaliteit.status is Status.onbekend:
        vragen = [Vraagverwijzing(veld=v.veld, vraag=v.vraag) for v in advies.ontbrekende_gegevens
                  if v.veld in _VERBLIJF]  # fmt: skip
        reden = t("Hangt af van de verblijfsstatus: equivalent leefloon is voor wie wettig verblijft maar door de "
                  "nationaliteit of verblijfsstatus geen leefloon kan krijgen.")  # fmt: skip
        return Vast(VUitkomst(VStatus.onbekend), [reden], vragen)
    if nationaliteit.status is Status.voldaan:
        reden = t("De persoon voldoet aan de voorwaarde van nationaliteit of verblijfsstatus voor het leefloon zelf; "
                  "equivalent leefloon is voor wie dat niet doet.")  # fmt: skip
        return Vast(VUitkomst(VStatus.niet_voldaan), [reden])
    return Vast(VUitkomst(VStatus.niet_voldaan), [nationaliteit.uitleg])


def uit_advies(advies: Advies) -> dict[str, Vast]:
    """The fixed entries for `leefloon` and `equivalent-leefloon`."""
    return {LEEFLOON: _leefloon(advies), EQUIVALENT: _equivalent(advies)}
