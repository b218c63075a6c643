"""The situation facts of a profile: what `situatie` says, plus what the rest of the profile already tells.

Derived (each from the profile field named in `Afgeleid.bron`), on the profile's `peildatum`:
- `aanvrager.leeftijd` from the birth date (whole years); residence status, civil status, student, pregnant and
  homeless as given for the applicant;
- `huishouden.grootte` (the applicant plus the housemates), `huishouden.kinderen` (housemates under 18),
  `huishouden.jongste_kind_leeftijd` (youngest housemate with relation `kind`), `huishouden.alleenstaande_ouder`
  (a child at home and no partner) — only when `huisgenoten` is given (`[]` = living alone);
- `huishouden.inkomen_netto_maand`: the net incomes of the applicant and every housemate per month, only when each
  of them and every amount and period is known;
- `huishouden.vermogen`: the savings of the applicant and every housemate (a joint account by the holder's share),
  only when each of them is known.
Aannames (not law; an OCMW may see it otherwise): a child that only visits occasionally (`verblijfsregeling
occasioneel`) does not live in the household; one-off incomes (birth premium, occasional gifts) are not part of a
monthly income; a daily amount is converted like the leefloon does (× 312 days a year, `leefloon.omrekening`).
An explicit `situatie` value wins, but one that contradicts the profile is an input error naming both fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from rechten.geld import cent
from rechten.parameters import reeks
from rechten.profiel_situatie import situatie_waarden
from rechten.teksten import t

if TYPE_CHECKING:
    from rechten.profiel import Huisgenoot, Inkomen, Profiel

__all__ = ["Afgeleid", "afgeleide_feiten", "controleer_situatie", "leeftijd", "situatie_feiten"]

EENMALIG = frozenset({"geboortepremie", "gift_occasioneel"})


@dataclass(frozen=True, slots=True)
class Afgeleid:
    """A fact derived from the profile and the field it came from."""

    waarde: Any
    bron: str


def leeftijd(geboren: date, op: date) -> int:
    """Age in whole years on `op`."""
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def _thuis(h: Huisgenoot) -> bool:
    return not (h.relatie == "kind" and h.verblijfsregeling == "occasioneel")


def _maandbedrag(inkomen: Inkomen, factoren: dict[str, Decimal]) -> Decimal | None:
    if inkomen.soort in EENMALIG:
        return Decimal(0)
    if inkomen.bedrag is None or inkomen.per is None:
        return None
    return inkomen.bedrag * factoren[inkomen.per.value] / 12


def _inkomen(p: Profiel, huisgenoten: list[Huisgenoot]) -> Decimal | None:
    lijsten = [p.aanvrager.inkomsten, *(h.inkomsten for h in huisgenoten)]
    if any(lijst is None for lijst in lijsten):
        return None
    factoren = {k: Decimal(v) for k, v in reeks("leefloon.omrekening").op(p.peildatum).waarde.items()}
    totaal = Decimal(0)
    for inkomen in (i for lijst in lijsten for i in lijst):
        bedrag = _maandbedrag(inkomen, factoren)
        if bedrag is None:
            return None
        totaal += bedrag
    return cent(totaal)


def _spaargeld(vermogens: Iterable[Any]) -> Decimal | None:
    totaal = Decimal(0)
    for v in vermogens:
        if v is None or v.spaargeld is None:
            return None
        totaal += v.spaargeld
        for rekening in v.gezamenlijke_rekeningen:
            if rekening.bedrag is None or rekening.houders is None:
                return None
            totaal += rekening.bedrag / rekening.houders
    return cent(totaal)


def afgeleide_feiten(p: Profiel) -> dict[str, Afgeleid]:
    """Facts of the vocabulary that follow from the profile's other fields (unknowns left out)."""
    a, peil = p.aanvrager, p.peildatum
    uit: dict[str, Afgeleid] = {}

    def zet(naam: str, waarde: Any, bron: str) -> None:
        if waarde is not None:
            uit[naam] = Afgeleid(waarde, bron)

    if a.geboortedatum is not None:
        zet("aanvrager.leeftijd", leeftijd(a.geboortedatum, peil), "aanvrager.geboortedatum")
    zet("aanvrager.verblijfsstatus", a.verblijfsstatus and a.verblijfsstatus.value, "aanvrager.verblijfsstatus")
    zet("aanvrager.burgerlijke_staat", a.burgerlijke_staat and a.burgerlijke_staat.value, "aanvrager.burgerlijke_staat")
    for veld in ("student", "zwanger", "dakloos"):
        zet(f"aanvrager.{veld}", getattr(a, veld), f"aanvrager.{veld}")
    if p.huisgenoten is not None:
        thuis = [h for h in p.huisgenoten if _thuis(h)]
        zet("huishouden.grootte", 1 + len(thuis), "huisgenoten")
        if all(h.geboortedatum is not None for h in thuis):
            zet("huishouden.kinderen", sum(leeftijd(h.geboortedatum, peil) < 18 for h in thuis), "huisgenoten")
        kinderen = [h for h in thuis if h.relatie == "kind"]
        if kinderen and all(h.geboortedatum is not None for h in kinderen):
            jongste = min(leeftijd(h.geboortedatum, peil) for h in kinderen)
            zet("huishouden.jongste_kind_leeftijd", jongste if jongste <= 30 else None, "huisgenoten")
        partner = any(h.relatie == "partner" for h in thuis)
        zet("huishouden.alleenstaande_ouder", bool(kinderen) and not partner, "huisgenoten")
        zet("huishouden.inkomen_netto_maand", _inkomen(p, thuis), "aanvrager.inkomsten")
        zet(
            "huishouden.vermogen",
            _spaargeld([a.vermogen, *(h.vermogen for h in thuis)]),
            "aanvrager.vermogen.spaargeld",
        )
    return uit


def situatie_feiten(p: Profiel) -> dict[str, Any]:
    """Every known fact: the derived ones, overridden by what `situatie` gives explicitly."""
    feiten = {naam: a.waarde for naam, a in afgeleide_feiten(p).items()}
    feiten.update(situatie_waarden(p.situatie))
    return feiten


def _tekst(waarde: Any) -> Any:
    if isinstance(waarde, bool):
        return t("ja") if waarde else t("nee")
    return waarde


def controleer_situatie(p: Profiel) -> None:
    """Raise a `ValidationError` for each `situatie` fact that contradicts the profile (both fields named)."""
    gegeven = situatie_waarden(p.situatie)
    fouten: list[InitErrorDetails] = []
    for naam, afgeleid in afgeleide_feiten(p).items():
        if naam not in gegeven or gegeven[naam] == afgeleid.waarde:
            continue
        pad = f"situatie.{naam}"
        fouten.append(
            InitErrorDetails(
                type=PydanticCustomError(
                    "tegenstrijdig",
                    t(
                        "Tegenstrijdig met {bron}: daaruit volgt {afgeleid}, hier staat {gegeven}.",
                        bron=afgeleid.bron,
                        afgeleid=_tekst(afgeleid.waarde),
                        gegeven=_tekst(gegeven[naam]),
                    ),
                ),
                loc=tuple(pad.split(".")),
                input=str(gegeven[naam]),
            )
        )
        fouten.append(
            InitErrorDetails(
                type=PydanticCustomError(
                    "tegenstrijdig",
                    t("Tegenstrijdig met {pad}: daar staat {gegeven}.", pad=pad, gegeven=_tekst(gegeven[naam])),
                ),
                loc=tuple(afgeleid.bron.split(".")),
                input=str(afgeleid.waarde),
            )
        )
    if fouten:
        raise ValidationError.from_exception_data("Profiel", fouten)
