"""Why a right got its status, in plain language: the parts of its condition that decided it.

For a likely right: the rights it follows from and the parts that are met; for a right that is not for this
person: the parts that failed; for a possible one: what is met and what is still unknown. Each part is rendered
by `rules.voorwaarden.weergave` and framed with `rechten.teksten.t`, with the person's own value where it helps
("leeftijd is minstens 65 jaar (bij deze persoon: 70 jaar)").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from rechten.overzicht.beoordeling import Toestand, eindoordeel
from rechten.situatie import VELDEN, Soort
from rechten.teksten import bedrag_tekst, t
from rules.voorwaarden import (
    HeeftRecht,
    Inkomensgrens,
    Status,
    Vergelijking,
    Voorwaarde,
    Weergave,
    WoontIn,
    beschrijf,
    evalueer,
)
from rules.voorwaarden.model import Alle, EenVan

__all__ = ["Uitleg", "leg_uit", "waarde_tekst"]


@dataclass
class Uitleg:
    status: Status
    redenen: list[str] = field(default_factory=list)
    afgeleid_van: list[str] = field(default_factory=list)


def waarde_tekst(naam: str, waarde: Any) -> str:
    """A fact's value as the reader writes it: money, yes/no, a choice, a number with its unit."""
    veld = VELDEN.get(naam)
    if isinstance(waarde, bool):
        return t("ja") if waarde else t("nee")
    if veld is not None and veld.soort is Soort.bedrag:
        return bedrag_tekst(Decimal(waarde))
    if veld is not None and veld.soort is Soort.keuze:
        return str(waarde).replace("_", " ")
    if veld is not None and veld.eenheid == "jaar":
        return t("{aantal} jaar", aantal=waarde)
    if veld is not None and veld.eenheid == "%":
        return f"{waarde} %"
    return str(waarde)


def _beslissend(v: Voorwaarde, toestand: Toestand) -> list[tuple[Voorwaarde, Status]]:
    """The leaves that decided `v` (for an unknown result: the unknown ones and the ones already met)."""
    ctx = toestand.context
    status = evalueer(v, ctx).status
    match v:
        case Alle(delen) | EenVan(delen):
            beslissend = Status.niet_voldaan if isinstance(v, Alle) else Status.voldaan
            if status is beslissend:  # the failed parts of an AND, the met parts of an OR
                gekozen = [d for d in delen if evalueer(d, ctx).status is beslissend]
            elif status is Status.onbekend and isinstance(v, EenVan):  # none met yet: the open ones
                gekozen = [d for d in delen if evalueer(d, ctx).status is Status.onbekend]
            else:  # every part counted: all met (AND), all failed (OR), or an AND still open
                gekozen = list(delen)
            return [deel for d in gekozen for deel in _beslissend(d, toestand)]
    return [(v, status)]


def _deel(v: Voorwaarde, status: Status, toestand: Toestand, weergave: Weergave) -> str:
    tekst = beschrijf(v, weergave)
    gegeven = None
    if isinstance(v, Vergelijking):
        gegeven = toestand.feiten.get(v.veld) if v.veld in toestand.feiten else None
        naam = v.veld
    elif isinstance(v, Inkomensgrens):
        gegeven, naam = toestand.feiten.get(v.inkomen), v.inkomen
    if gegeven is not None:
        tekst = t("{voorwaarde} (bij deze persoon: {waarde})", voorwaarde=tekst, waarde=waarde_tekst(naam, gegeven))
    if isinstance(v, HeeftRecht) and status is Status.voldaan:
        return t("Volgt uit {recht}: wie dat recht heeft, heeft ook recht hierop.", recht=weergave.recht(v.code))
    if status is Status.voldaan:
        return t("Voldaan: {voorwaarde}.", voorwaarde=tekst)
    if status is Status.niet_voldaan:
        return t("Niet voldaan: {voorwaarde}.", voorwaarde=tekst)
    return t("Nog niet bekend: {voorwaarde}.", voorwaarde=tekst)


def leg_uit(toestand: Toestand, code: str, weergave: Weergave) -> Uitleg:
    """The reasons for the status `code` has now (after the chaining)."""
    cat = toestand.catalogus
    d = cat.rechten[code]
    uitkomst = eindoordeel(toestand, code)
    uit = Uitleg(uitkomst.status)
    ctx = toestand.context
    bronnen = {a: evalueer(HeeftRecht(a), ctx).status for a in cat.bronnen.get(code, ())}
    vereist = {c: evalueer(HeeftRecht(c), ctx).status for c in d.vereist}
    eigen = evalueer(d.voorwaarde, ctx).status if d.voorwaarde is not None else Status.onbekend
    gebied = [g for g in d.gebied if g not in ("BE", "BE2")]

    for a, status in bronnen.items():
        if status is Status.voldaan or (uitkomst.status is Status.onbekend and status is Status.onbekend):
            uit.afgeleid_van.append(a)
            if status is Status.voldaan:
                uit.redenen.append(
                    t("Volgt uit {recht}: wie dat recht heeft, heeft ook recht hierop.", recht=weergave.recht(a))
                )
            else:
                uit.redenen.append(
                    t("Kan volgen uit {recht}, als de persoon daar recht op heeft.", recht=weergave.recht(a))
                )
    toon_eigen = d.voorwaarde is not None and (
        eigen is uitkomst.status or (uitkomst.status is Status.onbekend and eigen is Status.voldaan)
    )
    if toon_eigen:
        for deel, status in _beslissend(d.voorwaarde, toestand):
            if isinstance(deel, HeeftRecht) and status is not Status.niet_voldaan:
                uit.afgeleid_van.append(deel.code)
            uit.redenen.append(_deel(deel, status, toestand, weergave))
    if d.voorwaarde is None and uitkomst.status is not Status.voldaan:
        toelichting = d.voorwaarde_toelichting or ""
        uit.redenen.append(t("De voorwaarden zijn niet automatisch te toetsen. {toelichting}", toelichting=toelichting))
    for c, status in vereist.items():
        if uitkomst.status is not Status.niet_voldaan or status is Status.niet_voldaan:
            uit.redenen.append(_deel(HeeftRecht(c), status, toestand, weergave))
    if gebied and uitkomst.status is not Status.niet_voldaan:
        woont = WoontIn(tuple(gebied))
        uit.redenen.append(_deel(woont, evalueer(woont, ctx).status, toestand, weergave))
    for opmerking in uitkomst.opmerkingen:  # e.g. a dated threshold not yet known on the peildatum
        uit.redenen.append(t("Let op: {opmerking}.", opmerking=opmerking))
    uit.afgeleid_van = list(dict.fromkeys(uit.afgeleid_van))
    uit.redenen = list(dict.fromkeys(uit.redenen))
    return uit
