"""RMI-wet art. 3, 2° and art. 7: the applicant is an adult, or a minor assimilated to an adult.

Art. 7: a minor is assimilated when emancipated by marriage, when he or she has one or more children at charge,
or when she proves to be pregnant. Other minors have no right to the leefloon (social aid remains possible).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rechten.bronnen import rmi
from rechten.leefloon.datums import leeftijd
from rechten.leefloon.driewaardig import JA, NEE, ONBEKEND

if TYPE_CHECKING:
    from rechten.leefloon.evaluatie import LeefloonEvaluatie, Vaststelling

__all__ = ["BRON", "leeftijd", "meerderjarig", "uitleg", "vragen"]

BRON = rmi("art. 3, 2° en art. 7")

_GRONDEN = {
    "gehuwd": "ontvoogd door het huwelijk",
    "kind_ten_laste": "heeft een kind ten laste",
    "zwanger": "is zwanger",
}
_VRAGEN = {
    "meerderjarig": ("aanvrager.geboortedatum", "Wat is de geboortedatum van de aanvrager?"),
    "gehuwd": (
        "aanvrager.burgerlijke_staat",
        "Wat is de burgerlijke staat van de aanvrager (is de minderjarige gehuwd)?",
    ),
    "zwanger": ("aanvrager.zwanger", "Is de aanvrager zwanger (met een medisch attest)?"),
}


def meerderjarig(geboren: date | None, peildatum: date, grens: int) -> str:
    """ "ja" / "nee" / "onbekend": at least `grens` years old on `peildatum`."""
    if geboren is None:
        return ONBEKEND
    return JA if leeftijd(geboren, peildatum) >= grens else NEE


def _gronden(feit, waarde: str) -> str:
    return ", ".join(t for k, t in _GRONDEN.items() if feit[k] == waarde)


def uitleg(ev: LeefloonEvaluatie, v: Vaststelling) -> str:
    """Plain-Dutch explanation of the age condition."""
    geboren = ev.profiel.aanvrager.geboortedatum
    jaren = f"{leeftijd(geboren, ev.param.peildatum)} jaar" if geboren else "leeftijd onbekend"
    if v.reden == "meerderjarig":
        return f"De aanvrager is {jaren} en dus meerderjarig."
    if v.reden == "gelijkgesteld":
        return (
            f"De aanvrager is minderjarig ({jaren}) maar gelijkgesteld met een meerderjarige: {_gronden(v.feit, JA)}."
        )
    if v.reden == "gelijkgesteld_of_meerderjarig":
        return f"De geboortedatum is niet gekend, maar de aanvrager voldoet hoe dan ook: {_gronden(v.feit, JA)}."
    if v.reden == "geboortedatum_onbekend":
        return "De geboortedatum is niet gekend: is de aanvrager meerderjarig (18 jaar of ouder)?"
    if v.reden == "gelijkstelling_onbekend":
        return (
            f"De aanvrager is minderjarig ({jaren}). Nog niet gekend of een grond geldt om gelijkgesteld te worden met "
            "een meerderjarige (gehuwd, kind ten laste of zwanger)."
        )
    return (
        f"De aanvrager is minderjarig ({jaren}), niet gehuwd, heeft geen kind ten laste en is niet zwanger. "
        "Een minderjarige zonder die gronden heeft geen recht op leefloon."
    )


def vragen(ev: LeefloonEvaluatie, v: Vaststelling) -> list[tuple[str, str]]:
    """The questions that settle an unknown age condition."""
    gevraagd = [_VRAGEN[k] for k in _VRAGEN if v.feit.get(k) == ONBEKEND]
    if v.feit.get("kind_ten_laste") == ONBEKEND:
        gevraagd += ev.huishouden.kindvragen
    return gevraagd
