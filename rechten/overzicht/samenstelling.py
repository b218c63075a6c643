"""Putting an overview together: which rights are in scope, what is fixed beforehand, and the final Overzicht.

`begin` prepares one person's evaluation (the `Toestand`): the rights of the catalogue that apply where the person
lives (the municipality's own rights, and every higher-level right covering it; a right of an old municipality
inside a merged one is in scope but only *possible* until the part of the municipality is known) and that are
valid on the peildatum; the facts; the entries fixed beforehand (the leefloon advice, rights already received).
The chaining itself runs elsewhere (`beoordeling.fixpunt` or `rules.overzicht`); `stel_samen` then builds the
Overzicht from the decided statuses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rechten.advies import Advies
from rechten.overzicht.beoordeling import WAARSCHIJNLIJK, Toestand, eindoordeel
from rechten.overzicht.catalogus import Catalogus
from rechten.overzicht.feiten import situatie_feiten
from rechten.overzicht.leefloon import Vast, uit_advies
from rechten.overzicht.model import Gemeente, Overzicht, RechtStatus, Rechtuitkomst, Vraagverwijzing
from rechten.overzicht.uitleg import leg_uit
from rechten.overzicht.volgorde import hoofdbedrag, orden, pas_uitsluitingen_toe, rangschik_vragen
from rechten.profiel import Profiel
from rechten.situatie import VELDEN
from rechten.teksten import huidige_taal, t
from rules.voorwaarden import Status, Uitkomst, Weergave

__all__ = ["begin", "stel_samen"]

_NAAR_STATUS = {Status.voldaan: RechtStatus.waarschijnlijk, Status.niet_voldaan: RechtStatus.niet,
                Status.onbekend: RechtStatus.mogelijk}  # fmt: skip


def begin(
    catalogus: Catalogus,
    profiel: Profiel,
    *,
    gemeente: str,
    gebieden: Iterable[str],
    deelgebieden: Iterable[str] = (),
    advies: Advies | None = None,
) -> tuple[Toestand, dict[str, Vast]]:
    """One person's evaluation before the chaining, and the entries fixed beforehand."""
    peil = profiel.peildatum
    gebieden, deelgebieden = frozenset(gebieden), frozenset(deelgebieden)
    bereik = gebieden | deelgebieden
    in_scope = frozenset(
        code for code, d in catalogus.rechten.items() if d.geldig_op(peil) and bereik.intersection(d.gebied)
    )
    vast: dict[str, Vast] = {}
    if advies is not None:
        vast.update({code: v for code, v in uit_advies(advies).items() if code in in_scope})
    ontvangt = list(dict.fromkeys(profiel.situatie.ontvangt)) if profiel.situatie else []
    for code in ontvangt:
        vast[code] = Vast(Uitkomst(Status.voldaan), [t("De persoon ontvangt dit al.")], ontvangt=True)
    toestand = Toestand(
        catalogus=catalogus,
        peildatum=peil,
        feiten=situatie_feiten(profiel),
        gemeente=gemeente,
        gebieden=gebieden,
        deelgebieden=deelgebieden,
        in_scope=in_scope,
        vast={code: v.uitkomst for code, v in vast.items()},
    )
    # A right that does not apply here (another area, not valid on the peildatum) is one the person has not.
    for code in catalogus.rechten:
        if code not in in_scope and code not in toestand.statussen:
            toestand.statussen[code] = "niet"
    return toestand, vast


def _vraag(veld: str, vraag: str) -> Vraagverwijzing:
    if veld in VELDEN:
        return Vraagverwijzing(veld=f"situatie.{veld}", vraag=t(VELDEN[veld].vraag))
    return Vraagverwijzing(veld=veld, vraag=t(vraag))


def _vragen(toestand: Toestand, vast: Mapping[str, Vast], code: str, bezig: frozenset[str]) -> list[Vraagverwijzing]:
    """The questions that would settle `code`: its unknown facts, and those of the unknown rights it needs."""
    if code in vast:
        return list(vast[code].vragen)
    uit: dict[tuple[str, str], Vraagverwijzing] = {}
    for gegeven in eindoordeel(toestand, code).ontbrekend:
        if not gegeven.veld.startswith("recht."):
            v = _vraag(gegeven.veld, gegeven.vraag)
            uit.setdefault((v.veld, v.vraag), v)
            continue
        ander = gegeven.veld.removeprefix("recht.")
        onder = (
            [] if ander in bezig or ander not in toestand.in_scope else _vragen(toestand, vast, ander, bezig | {code})
        )
        if not onder:
            naam = toestand.catalogus.naam(ander) or ander.replace("-", " ")
            onder = [Vraagverwijzing(veld="situatie.ontvangt", vraag=t("Ontvangt de persoon al {recht}?", recht=naam))]
        for v in onder:
            uit.setdefault((v.veld, v.vraag), v)
    return list(uit.values())


def _entry(toestand: Toestand, vast: Mapping[str, Vast], code: str, weergave: Weergave) -> Rechtuitkomst:
    d = toestand.catalogus.rechten[code]
    peil = toestand.peildatum
    if code in vast:
        v = vast[code]
        status, redenen, afgeleid, bedrag = _NAAR_STATUS[v.uitkomst.status], list(v.redenen), [], v.bedrag
    else:
        uitleg = leg_uit(toestand, code, weergave)
        beslist = toestand.statussen.get(code)
        status = RechtStatus(beslist) if beslist else RechtStatus.mogelijk
        redenen, afgeleid, bedrag = uitleg.redenen, uitleg.afgeleid_van, None
    vragen = _vragen(toestand, vast, code, frozenset()) if status is RechtStatus.mogelijk else []
    catalogusbedrag = hoofdbedrag(d, peil)
    if bedrag is not None and catalogusbedrag is not None:  # the advice's amount, valid like the catalogue's
        bedrag = bedrag.model_copy(
            update={"geldig_vanaf": catalogusbedrag.geldig_vanaf, "geldig_tot": catalogusbedrag.geldig_tot}
        )
    return Rechtuitkomst(
        id=d.id, code=code, naam=d.namen.get(huidige_taal()) or d.naam, niveau=d.niveau, status=status,
        redenen=redenen, ontbrekende_gegevens=vragen, automatisch=d.automatisch, aanvragen_bij=d.aanvragen_bij,
        afgeleid_van=afgeleid if status is not RechtStatus.niet else [], themas=list(d.themas),
        bedrag=bedrag or catalogusbedrag, ontvangt_al=code in vast and vast[code].ontvangt,
    )  # fmt: skip


def stel_samen(
    toestand: Toestand,
    vast: Mapping[str, Vast],
    *,
    gemeente: Gemeente,
    weergave: Weergave,
    alles: bool,
    regelversie: str,
) -> Overzicht:
    """The Overzicht after the chaining: entries, exclusions, order, ranked questions."""
    rechten = {code: _entry(toestand, vast, code, weergave) for code in sorted(toestand.in_scope)}
    cat = toestand.catalogus
    sluit_uit: dict[str, set[str]] = {}
    for code in rechten:
        for ander in cat.rechten[code].sluit_uit:
            sluit_uit.setdefault(code, set()).add(ander)
            sluit_uit.setdefault(ander, set()).add(code)
    pas_uitsluitingen_toe(rechten, sluit_uit)
    geordend = orden(rechten.values())
    aantallen = {s.value: sum(r.status is s for r in geordend) for s in RechtStatus}
    return Overzicht(
        gemeente=gemeente,
        peildatum=toestand.peildatum,
        rechten=[r for r in geordend if alles or r.status is not RechtStatus.niet],
        vragen=rangschik_vragen(geordend),
        aantallen=aantallen,
        catalogusversie=cat.kenmerk,
        regelversie=regelversie,
    )


assert RechtStatus.waarschijnlijk.value == WAARSCHIJNLIJK
