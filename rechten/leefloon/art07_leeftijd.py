"""RMI-wet art. 3, 2° and art. 7: the applicant is an adult, or a minor assimilated to an adult.

Art. 7: a minor is assimilated when emancipated by marriage, when he or she has one or more children at charge,
or when she proves to be pregnant. Other minors have no right to the leefloon (social aid remains possible).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rechten.bronnen import rmi
from rechten.leefloon.datums import leeftijd
from rechten.leefloon.driewaardig import JA, NEE, ONBEKEND
from rechten.teksten import N_, t

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie, Vaststelling
    from rechten.profiel import Profiel

__all__ = ["BRON", "jaren", "leeftijd", "meerderjarig", "opgegeven_leeftijd", "uitleg", "vragen"]

BRON = rmi("art. 3, 2° en art. 7")

_GRONDEN = {
    "gehuwd": N_("is ontvoogd door het huwelijk"),
    "kind_ten_laste": N_("heeft een kind ten laste"),
    "zwanger": N_("is zwanger"),
}
_VRAGEN = {
    "meerderjarig": ("aanvrager.geboortedatum", N_("Wat is de geboortedatum van de aanvrager?")),
    "gehuwd": (
        "aanvrager.burgerlijke_staat",
        N_("Wat is de burgerlijke staat van de aanvrager (is de minderjarige gehuwd)?"),
    ),
    "zwanger": ("aanvrager.zwanger", N_("Is de aanvrager zwanger (met een medisch attest)?")),
}


def jaren(profiel: Profiel) -> int | None:
    """The applicant's age in whole years on the peildatum: from the birth date, else from an age the profile gives
    in `situatie` (the overview's questionnaire asks an age, not a date). Every rule that uses the applicant's age
    compares whole years on the peildatum (adult; under 25 for the GPMI), so a given age settles it exactly; the
    profile rejects an age that contradicts the birth date."""
    if profiel.aanvrager.geboortedatum is not None:
        return leeftijd(profiel.aanvrager.geboortedatum, profiel.peildatum)
    return opgegeven_leeftijd(profiel)


def opgegeven_leeftijd(profiel: Profiel) -> int | None:
    """The age given in `situatie.aanvrager.leeftijd`, if any."""
    situatie = profiel.situatie
    aanvrager = situatie.aanvrager if situatie is not None else None
    return aanvrager.leeftijd if aanvrager is not None else None


def meerderjarig(aantal: int | None, grens: int) -> str:
    """ "ja" / "nee" / "onbekend": at least `grens` years old."""
    if aantal is None:
        return ONBEKEND
    return JA if aantal >= grens else NEE


def _gronden(feit, waarde: str) -> str:
    return ", ".join(t(tekst) for k, tekst in _GRONDEN.items() if feit[k] == waarde)


def uitleg(ev: LeefloonEvaluatie, v: Vaststelling) -> str:
    """Plain-language explanation of the age condition."""
    aantal = jaren(ev.profiel)
    if v.reden == "meerderjarig":
        if ev.profiel.aanvrager.geboortedatum is None:
            return t("De aanvrager is {leeftijd} jaar (opgegeven leeftijd) en dus meerderjarig.", leeftijd=aantal)
        return t("De aanvrager is {leeftijd} jaar en dus meerderjarig.", leeftijd=aantal)
    if v.reden == "gelijkgesteld":
        return t(
            "De aanvrager is minderjarig ({leeftijd} jaar) maar gelijkgesteld met een meerderjarige, want hij of zij "
            "{gronden}.",
            leeftijd=aantal,
            gronden=_gronden(v.feit, JA),
        )
    if v.reden == "gelijkgesteld_of_meerderjarig":
        return t(
            "De geboortedatum is niet gekend, maar de aanvrager voldoet hoe dan ook: hij of zij {gronden}, en dan is "
            "ook een minderjarige gelijkgesteld met een meerderjarige.",
            gronden=_gronden(v.feit, JA),
        )
    if v.reden == "geboortedatum_onbekend":
        return t(
            "De geboortedatum is niet gekend: is de aanvrager meerderjarig ({grens} jaar of ouder)?",
            grens=ev.param.meerderjarig,
        )
    if v.reden == "gelijkstelling_onbekend":
        return t(
            "De aanvrager is minderjarig ({leeftijd} jaar). Nog niet gekend of een grond geldt om gelijkgesteld te "
            "worden met een meerderjarige (gehuwd, een kind ten laste of zwanger).",
            leeftijd=aantal,
        )
    return t(
        "De aanvrager is minderjarig ({leeftijd} jaar), niet gehuwd, heeft geen kind ten laste en is niet zwanger. "
        "Een minderjarige zonder een van die gronden heeft geen recht op leefloon.",
        leeftijd=aantal,
    )


def vragen(ev: LeefloonEvaluatie, v: Vaststelling) -> list[tuple[str, str]]:
    """The questions that settle an unknown age condition."""
    gevraagd = [(veld, t(vraag)) for k, (veld, vraag) in _VRAGEN.items() if v.feit.get(k) == ONBEKEND]
    if v.feit.get("kind_ten_laste") == ONBEKEND:
        gevraagd += ev.huishouden.kindvragen
    return gevraagd
