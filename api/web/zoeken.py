"""The search page's helpers: the municipality a user typed (name, postcode or NIS code), paging, browse counts.

A municipality is resolved the way a social worker expects: a postcode or NIS code directly; a name when it is
exact (the pre-merger municipality first, so its own rights are found too) or the only match; several matches
become a choice ("Bedoelt u…"); none is an error next to the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import Session, select

from api.i18n import N_, huidige_taal
from catalogue.gemeenten import Gemeente, gemeenten, normaliseer
from catalogue.models import RechtGebied, RechtLabel, RechtPublicatie

__all__ = ["GemeenteKeuze", "Paginering", "gemeente_naam", "kies_gemeente", "paginering", "tellingen"]

PER_PAGINA = 20


@dataclass
class GemeenteKeuze:
    """The outcome of resolving what was typed in the municipality field."""

    gemeente: Gemeente | None = None
    kandidaten: list[Gemeente] = field(default_factory=list)
    fout: str | None = None  # message id (Dutch), translated in the template


def gemeente_naam(g: Gemeente, taal: str | None = None) -> str:
    """The municipality's name in the reader's language (French name in French, else the Dutch one)."""
    return g.naam_fr if (taal or huidige_taal()) == "fr" else g.naam_nl


def kies_gemeente(invoer: str, peildatum: date | None = None) -> GemeenteKeuze:
    """Resolve a municipality name, postcode (4 digits) or NIS code (5 digits)."""
    invoer = invoer.strip()
    if not invoer:
        return GemeenteKeuze()
    register = gemeenten()
    if invoer.isdigit():
        if len(invoer) not in (4, 5):
            return GemeenteKeuze(fout=N_("Een postcode heeft 4 cijfers, een NIS-code 5."))
        gevonden = register.precies(invoer)
        if gevonden is None:
            return GemeenteKeuze(fout=N_("Geen Belgische gemeente met deze postcode of NIS-code."))
        return GemeenteKeuze(gemeente=gevonden)
    treffers = register.zoek(invoer, limit=12, peildatum=peildatum)
    sleutel = normaliseer(invoer)
    exact = [g for g in treffers if sleutel in (normaliseer(g.naam_nl), normaliseer(g.naam_fr))]
    if exact:
        # An exact name. When a merged municipality kept the name (Lochristi, Tielt...), the one existing today;
        # a name that only an old municipality has (Kruibeke) is that old one: the most precise area, whose own
        # rights and those of the municipality it merged into both apply.
        huidig = [g for g in exact if peildatum is None or g.geldig_op(peildatum)]
        return GemeenteKeuze(gemeente=(huidig or exact)[0])
    if len(treffers) == 1:
        return GemeenteKeuze(gemeente=treffers[0])
    if treffers:
        return GemeenteKeuze(kandidaten=treffers)
    return GemeenteKeuze(fout=N_("Geen Belgische gemeente gevonden met deze naam. Probeer de postcode."))


@dataclass
class Paginering:
    pagina: int
    paginas: int
    totaal: int
    van: int  # first item number shown (1-based), 0 when none
    tot: int
    nummers: list[int | None]  # page numbers to link, None = an ellipsis


def paginering(totaal: int, pagina: int, per_pagina: int = PER_PAGINA) -> Paginering:
    paginas = max(1, -(-totaal // per_pagina))
    van = (pagina - 1) * per_pagina + 1 if totaal and pagina <= paginas else 0
    tot = min(totaal, pagina * per_pagina) if van else 0
    zichtbaar = sorted({1, paginas, *range(max(1, pagina - 2), min(paginas, pagina + 2) + 1)})
    nummers: list[int | None] = []
    for n in zichtbaar:
        if nummers and n - (nummers[-1] or 0) > 1:
            nummers.append(None)
        nummers.append(n)
    return Paginering(pagina, paginas, totaal, van, tot, nummers)


def tellingen(session: Session, peildatum: date, gebieden: frozenset[str] | None = None) -> dict[str, dict[str, int]]:
    """Number of published rights per theme, target group and social target group (optionally in an area)."""
    vraag = (
        select(RechtLabel.soort, RechtLabel.waarde, func.count())
        .join(RechtPublicatie, RechtPublicatie.recht_nr == RechtLabel.recht_nr)
        .where(or_(RechtPublicatie.einde.is_(None), RechtPublicatie.einde >= peildatum))
        .group_by(RechtLabel.soort, RechtLabel.waarde)
    )
    if gebieden is not None:
        vraag = vraag.where(
            RechtLabel.recht_nr.in_(select(RechtGebied.recht_nr).where(RechtGebied.code.in_(sorted(gebieden))))
        )
    uit: dict[str, dict[str, int]] = {}
    for soort, waarde, aantal in session.exec(vraag).all():
        uit.setdefault(soort, {})[waarde] = int(aantal)
    return uit


def query_zonder(query: dict[str, Any], *weg: str, **nieuw: Any) -> dict[str, Any]:
    """A copy of the query parameters without `weg`, with `nieuw` set (None removes)."""
    uit = {k: v for k, v in query.items() if k not in weg}
    for k, v in nieuw.items():
        if v is None:
            uit.pop(k, None)
        else:
            uit[k] = v
    return uit
