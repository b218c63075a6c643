"""The rights overview as a service: `maak_overzicht(session, profiel, alles=...)` for the API, the web page and CLI.

It resolves the municipality (NIS code or postcode, merger-aware), checks the rights given as already received,
takes the compiled catalogue of the current catalogue version (built once per version, see `rules.overzicht`) and
evaluates the profile. Input problems are raised as a pydantic `ValidationError` naming the field (`gemeente`,
`situatie.ontvangt.0`), so every caller reports them like any other profile error (HTTP 422, exit code 2).
"""

from __future__ import annotations

import hashlib

from sqlmodel import Session

from catalogue import store
from catalogue.gemeenten import gemeenten
from rechten.overzicht import Gemeente, Overzicht, invoerfout
from rechten.overzicht.catalogus import definitie
from rechten.profiel import Profiel
from rechten.teksten import t
from rules.overzicht import Gecompileerd, gecompileerd, overzicht

__all__ = ["catalogus", "maak_overzicht"]


def catalogus(session: Session) -> Gecompileerd:
    """The compiled catalogue of the published rights as they are now (cached per catalogue version)."""

    def laad():
        return [definitie(info.id, record.model_dump(mode="json")) for info, record in store.publieke_rechten(session)]

    # The marker identifies the public content within one database; the database is part of the cache key.
    databank = hashlib.sha256(session.get_bind().url.render_as_string(hide_password=True).encode()).hexdigest()[:8]
    return gecompileerd(f"{databank}-{store.publicatie_kenmerk(session)}", laad)


def _gemeente(profiel: Profiel):
    code = profiel.gemeente
    if not code:
        raise invoerfout([(("gemeente",), t("Het rechtenoverzicht heeft de gemeente nodig (NIS-code of postcode)."),
                           None)])  # fmt: skip
    register = gemeenten()
    gevonden = register.precies(code)
    if gevonden is None:
        soort = t("NIS-code") if len(code) == 5 else t("postcode")
        raise invoerfout([(("gemeente",), t("Onbekende {soort} {code}: geen Belgische gemeente.", soort=soort,
                                             code=code), code)])  # fmt: skip
    huidig = register.actueel(gevonden.nis, profiel.peildatum) or gevonden
    deel = Gemeente(nis=gevonden.nis, naam=gevonden.naam_nl) if huidig.nis != gevonden.nis else None
    return gevonden.nis, Gemeente(nis=huidig.nis, naam=huidig.naam_nl, deelgemeente=deel)


def _controleer_ontvangt(profiel: Profiel, comp: Gecompileerd) -> None:
    if profiel.situatie is None or not profiel.situatie.ontvangt:
        return
    cat = comp.catalogus
    bekend = set(cat.rechten) | set(cat.afhankelijken)
    fouten = [
        (("situatie", "ontvangt", i), t("Onbekend recht {code}: geen code uit de catalogus.", code=code), code)
        for i, code in enumerate(profiel.situatie.ontvangt)
        if code not in bekend
    ]
    if fouten:
        raise invoerfout(fouten)


def maak_overzicht(session: Session, profiel: Profiel, *, alles: bool = False) -> Overzicht:
    """The rights overview for `profiel` (its `gemeente` is required); `alles` also lists the rights that are not."""
    nis, gemeente = _gemeente(profiel)
    comp = catalogus(session)
    _controleer_ontvangt(profiel, comp)
    register = gemeenten()
    return overzicht(
        comp, profiel, gemeente=gemeente, nis=nis, gebieden=register.omvattende_gebieden(nis, profiel.peildatum),
        deelgebieden=register.deelgebieden(nis, profiel.peildatum), gebiedsnaam=register.naam, alles=alles,
    )  # fmt: skip
