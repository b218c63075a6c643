"""Ordering the overview, exclusions between rights, and ranking the open questions.

Order (most certain and most valuable first): status (waarschijnlijk, mogelijk, niet), then the yearly value in
euro of the right's main amount (rights without a known value after those with one), then the level (federaal,
vlaams, provinciaal, lokaal, europees: the wider rights usually carry more), then fewer open questions, then name.

Main amount: the first amount of `bedragen` valid on the peildatum that reads as an advantage, else the first one
valid at all. Aanname: the catalogue keeps advantages, prices, thresholds and loan ceilings in the same list; an
amount whose description names a price, a threshold, a loan or an own contribution is not an advantage. Its yearly
value: per maand × 12, per kwartaal × 4, per week × 52, per jaar, per schooljaar or once × 1; a daily amount or a
non-euro amount has no yearly value (how many days is unknown).

Exclusions (`sluit_uit`, read both ways): a right excluded by a right that is likely (waarschijnlijk) becomes
`niet` ("kan niet samen met ..."), unless it is likely itself; two likely rights that exclude each other both stay
likely, each saying it cannot be combined with the other and which is worth more. Possible rights that exclude
each other both stay possible with that note. Exclusions do not withdraw rights that followed from the excluded one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from rechten.overzicht.catalogus import Bedragregel, RechtDefinitie
from rechten.overzicht.model import Hoofdbedrag, RechtStatus, Rechtuitkomst, Vraag
from rechten.teksten import t

__all__ = ["PER_JAAR", "hoofdbedrag", "orden", "pas_uitsluitingen_toe", "rangschik_vragen", "sorteersleutel"]

PER_JAAR = {"jaar": 1, "schooljaar": 1, "eenmalig": 1, "kwartaal": 4, "maand": 12, "week": 52}
GEEN_VOORDEEL = ("inkomensgrens", "grens ", "leenbedrag", "lening", "rentevoet", "minimumfactuur", "eigen bijdrage",
                 "zelf betaal", "volledige ", "abonnement", "standaard", "prijs van", "huurprijs", "maximumprijs",
                 "prijs internet", "tarief", "maaltijd", "driegangen", "dagschotel", "maximale duur")  # fmt: skip
STATUS_RANG = {RechtStatus.waarschijnlijk: 0, RechtStatus.mogelijk: 1, RechtStatus.niet: 2}
NIVEAU_RANG = {"federaal": 0, "vlaams": 1, "provinciaal": 2, "lokaal": 3, "europees": 4}


def _voordeel(b: Bedragregel) -> bool:
    tekst = b.omschrijving.lower()
    return not any(woord in tekst for woord in GEEN_VOORDEEL)


def per_jaar(b: Bedragregel) -> Decimal | None:
    """The yearly value in euro of an advantage, when it has one."""
    if b.eenheid != "euro" or b.periode not in PER_JAAR or not _voordeel(b):
        return None
    return (b.waarde * PER_JAAR[b.periode]).quantize(Decimal("0.01"))


def hoofdbedrag(d: RechtDefinitie, peildatum: date) -> Hoofdbedrag | None:
    """The right's main amount on `peildatum` (see the module docstring), None when it has none then."""
    geldig = [b for b in d.bedragen if b.geldig_op(peildatum)]
    if not geldig:
        return None
    b = next((b for b in geldig if per_jaar(b) is not None), next((b for b in geldig if _voordeel(b)), geldig[0]))
    bedrag = b.waarde.quantize(Decimal("0.01")) if b.eenheid == "euro" else b.waarde
    return Hoofdbedrag(
        omschrijving=b.omschrijving, bedrag=bedrag, eenheid=b.eenheid, periode=b.periode,
        geldig_vanaf=b.geldig_vanaf, geldig_tot=b.geldig_tot, per_jaar=per_jaar(b),
    )  # fmt: skip


def sorteersleutel(r: Rechtuitkomst) -> tuple:
    waarde = r.bedrag.per_jaar if r.bedrag and r.bedrag.per_jaar is not None else None
    return (
        STATUS_RANG[r.status],
        waarde is None,
        -(waarde or 0),
        NIVEAU_RANG.get(r.niveau, 9),
        len(r.ontbrekende_gegevens),
        r.naam.lower(),
        r.code,
    )


def orden(rechten: Iterable[Rechtuitkomst]) -> list[Rechtuitkomst]:
    return sorted(rechten, key=sorteersleutel)


def _waarde(r: Rechtuitkomst) -> Decimal | None:
    return r.bedrag.per_jaar if r.bedrag else None


def pas_uitsluitingen_toe(rechten: dict[str, Rechtuitkomst], sluit_uit: dict[str, set[str]]) -> None:
    """Apply the exclusions in place, on the statuses as they were before (so the order does not matter)."""
    voor = {code: r.status for code, r in rechten.items()}
    for code, r in rechten.items():
        if voor[code] is RechtStatus.niet:
            continue
        for ander in sorted(sluit_uit.get(code, ())):
            if ander not in rechten or voor[ander] is RechtStatus.niet:
                continue
            naam = rechten[ander].naam
            r.kan_niet_samen_met.append(ander)
            if voor[ander] is RechtStatus.waarschijnlijk and voor[code] is not RechtStatus.waarschijnlijk:
                if r.status is not RechtStatus.niet:  # the exclusion is the reason; what followed no longer matters
                    r.status, r.redenen, r.ontbrekende_gegevens, r.afgeleid_van = RechtStatus.niet, [], [], []
                r.redenen.append(
                    t("Kan niet samen met {recht}, waarop de persoon waarschijnlijk recht heeft.", recht=naam)
                )
            elif voor[ander] is RechtStatus.waarschijnlijk:
                r.redenen.append(_keuze(r, rechten[ander]))
            else:
                r.redenen.append(t("Kan niet samen met {recht}.", recht=naam))


def _keuze(r: Rechtuitkomst, ander: Rechtuitkomst) -> str:
    eigen, andere = _waarde(r), _waarde(ander)
    if eigen is None or andere is None or eigen == andere:
        return t("Kan niet samen met {recht}: kies het voordeligste van de twee.", recht=ander.naam)
    meest = r if eigen > andere else ander
    return t(
        "Kan niet samen met {recht}; {meest} is het meest waard ({bedrag} per jaar).",
        recht=ander.naam,
        meest=meest.naam,
        bedrag=max(eigen, andere),
    )


def rangschik_vragen(rechten: list[Rechtuitkomst]) -> list[Vraag]:
    """Questions of the undecided rights, the ones most rights wait for first (then in the overview's order)."""
    per_vraag: dict[tuple[str, str], list[str]] = {}
    for r in rechten:
        if r.status is not RechtStatus.mogelijk:
            continue
        for v in r.ontbrekende_gegevens:
            codes = per_vraag.setdefault((v.veld, v.vraag), [])
            if r.code not in codes:
                codes.append(r.code)
    volgorde = {sleutel: i for i, sleutel in enumerate(per_vraag)}
    vragen = [
        Vraag(veld=veld, vraag=vraag, rechten=codes, aantal=len(codes)) for (veld, vraag), codes in per_vraag.items()
    ]
    return sorted(vragen, key=lambda v: (-v.aantal, volgorde[(v.veld, v.vraag)]))
