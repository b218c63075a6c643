"""The leefloon parameters in force on one reference date, typed (read from `rules/parameters/leefloon/`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from rechten.parameters import Reeks, Waarde, alle_reeksen, reeks
from rechten.teksten import N_, t

__all__ = ["Parameterset", "overzicht", "parameterset", "verouderd"]

_PREFIX = "leefloon."


@dataclass(frozen=True, slots=True)
class Parameterset:
    """Every amount and threshold a leefloon evaluation needs on `peildatum`."""

    peildatum: date
    categoriebedrag: dict[int, Decimal]
    algemene_vrijstelling: dict[int, Decimal]
    spi_maand: Decimal
    spi_artistiek_jaar: Decimal
    kapitaal_ondergrens: Decimal
    kapitaal_bovengrens: Decimal
    kapitaal_pct_1: Decimal
    kapitaal_pct_2: Decimal
    onroerend_vrijstelling_bebouwd: Decimal
    onroerend_per_kind: Decimal
    onroerend_vrijstelling_onbebouwd: Decimal
    onroerend_vermenigvuldiger: Decimal
    onroerend_aftrek_pct: Decimal
    afstand_termijn_jaren: int
    afstand_vrijstelling_woning: Decimal
    afstand_vermindering: dict[int, Decimal]
    afstand_pct_vruchtgebruik: Decimal
    afstand_pct_naakte_eigendom: Decimal
    omrekening: dict[str, Decimal]
    buitenland_weken: int
    buitenland_dagen_per_jaar: int
    vrijwilligers_jaarplafond: Decimal
    meerderjarig: int
    gpmi_onder: int
    eu_wachttijd_maanden: int
    spi_duur_jaren: int
    stelsel_samenwonenden: str
    waarden: dict[str, Waarde]


def _per_categorie(waarde: dict) -> dict[int, Decimal]:
    return {int(k): v for k, v in waarde.items()}


@lru_cache(maxsize=4096)
def parameterset(peildatum: date) -> Parameterset:
    """The parameters in force on `peildatum` (cached per date); `PeildatumTeVroeg` before the first amounts."""
    w = {naam[len(_PREFIX) :]: r.op(peildatum) for naam, r in alle_reeksen().items() if naam.startswith(_PREFIX)}
    cat, spi, kap, onr = w["categoriebedragen"].waarde, w["spi"].waarde, w["kapitaal"].waarde, w["onroerend"].waarde
    afs, bui, vw = w["afstand"].waarde, w["buitenland"].waarde, w["voorwaarden"].waarde
    return Parameterset(
        peildatum=peildatum,
        categoriebedrag=_per_categorie(cat),
        algemene_vrijstelling=_per_categorie(w["algemene_vrijstelling"].waarde),
        spi_maand=spi["algemeen_maand"],
        spi_artistiek_jaar=spi["artistiek_jaar"],
        kapitaal_ondergrens=kap["ondergrens"],
        kapitaal_bovengrens=kap["bovengrens"],
        kapitaal_pct_1=kap["percentage_eerste_schijf"],
        kapitaal_pct_2=kap["percentage_tweede_schijf"],
        onroerend_vrijstelling_bebouwd=onr["vrijstelling_bebouwd"],
        onroerend_per_kind=onr["vrijstelling_per_kind"],
        onroerend_vrijstelling_onbebouwd=onr["vrijstelling_onbebouwd"],
        onroerend_vermenigvuldiger=onr["vermenigvuldiger"],
        onroerend_aftrek_pct=onr["aftrek_interesten_max_percentage"],
        afstand_termijn_jaren=int(afs["termijn_jaren"]),
        afstand_vrijstelling_woning=afs["vrijstelling_enige_woning"],
        afstand_vermindering=_per_categorie(afs["jaarlijkse_vermindering"]),
        afstand_pct_vruchtgebruik=afs["percentage_vruchtgebruik"],
        afstand_pct_naakte_eigendom=afs["percentage_naakte_eigendom"],
        omrekening=dict(w["omrekening"].waarde),
        buitenland_weken=int(bui["toegelaten_weken"]),
        buitenland_dagen_per_jaar=int(bui["dagen_per_jaar"]),
        vrijwilligers_jaarplafond=w["vrijwilligers"].waarde["jaarplafond"],
        meerderjarig=int(vw["meerderjarig"]),
        gpmi_onder=int(vw["gpmi_verplicht_onder"]),
        eu_wachttijd_maanden=int(vw["eu_wachttijd_maanden"]),
        spi_duur_jaren=int(vw["spi_duur_jaren"]),
        stelsel_samenwonenden=str(w["samenwonenden"].waarde["stelsel"]),
        waarden=w,
    )


# How a warning names the indexed series (their `beschrijving` in the data files is not translated).
_REEKSNAMEN = {
    "categoriebedragen": N_("de leefloonbedragen per categorie"),
    "spi": N_("de SPI-vrijstelling"),
    "vrijwilligers": N_("het jaarplafond voor vrijwilligersvergoedingen"),
}


def verouderd(p: Parameterset, namen: tuple[str, ...]) -> list[str]:
    """Warnings for indexed series among `namen` whose last known value is older than the peildatum's check."""
    meldingen = []
    for naam in namen:
        r: Reeks = reeks(_PREFIX + naam)
        waarde = p.waarden[naam]
        if r.geindexeerd and waarde.verouderd_op(p.peildatum):
            meldingen.append(
                t(
                    "De peildatum ligt na de laatste controle ({gecontroleerd}) van {reeks}: het bedrag van {vanaf} "
                    "is gebruikt, maar een latere indexering is mogelijk. Controleer de actuele bedragen.",
                    gecontroleerd=waarde.laatst_gecontroleerd,
                    reeks=t(_REEKSNAMEN[naam]) if naam in _REEKSNAMEN else f"'{r.beschrijving}'",
                    vanaf=waarde.vanaf,
                )
            )
    return meldingen


def overzicht(peildatum: date) -> dict:
    """Every leefloon parameter in force on `peildatum`, with its date of effect, status and sources."""
    from rechten.geld import maandbedrag

    p = parameterset(peildatum)
    reeksen = []
    for naam, r in alle_reeksen().items():
        if not naam.startswith(_PREFIX):
            continue
        w = p.waarden[naam[len(_PREFIX) :]]
        reeksen.append(
            {
                "naam": naam,
                "beschrijving": r.beschrijving,
                "eenheid": r.eenheid,
                "bron": str(r.bron),
                "bron_url": r.bron.url,
                "geindexeerd": r.geindexeerd,
                "vanaf": w.vanaf,
                "waarde": w.waarde,
                "status": w.status,
                "bron_waarde": w.bron,
                "bron_waarde_url": w.bron_url,
                "laatst_gecontroleerd": w.laatst_gecontroleerd,
            }
        )
    return {
        "peildatum": peildatum,
        "categorieen": {str(c): {"jaar": j, "maand": maandbedrag(j)} for c, j in sorted(p.categoriebedrag.items())},
        "algemene_vrijstelling": {str(c): v for c, v in sorted(p.algemene_vrijstelling.items())},
        "reeksen": reeksen,
        "waarschuwingen": verouderd(p, tuple(n[len(_PREFIX) :] for n in alle_reeksen() if n.startswith(_PREFIX))),
    }
