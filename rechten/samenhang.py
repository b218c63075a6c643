"""Cross-field checks of a Profiel: dates against the peildatum and a household that can exist.

Raised as one pydantic `ValidationError` whose errors carry the exact field path
(`huisgenoten.1.relatie`) and a message in the reader's language (Dutch by default, `rechten.teksten`), so the API
answers 422 and the CLI exits 2 naming the field.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import TYPE_CHECKING

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from rechten.parameters import reeks
from rechten.teksten import N_, t

if TYPE_CHECKING:
    from rechten.profiel import Profiel

__all__ = ["controleer", "eerste_peildatum"]

MAX_LEEFTIJD = 130
# Relations that are younger or older than the applicant by nature.
_JONGER = {
    "kind": N_("Een kind kan niet even oud of ouder zijn dan de aanvrager."),
    "kleinkind": N_("Een kleinkind kan niet even oud of ouder zijn dan de aanvrager."),
}
_OUDER = {
    "ouder": N_("Een ouder kan niet even oud of jonger zijn dan de aanvrager."),
    "grootouder": N_("Een grootouder kan niet even oud of jonger zijn dan de aanvrager."),
}


def eerste_peildatum() -> date:
    """The first date for which leefloon amounts are known (the first row of the category amounts)."""
    return reeks("leefloon.categoriebedragen").eerste_datum


def _fout(loc: tuple, boodschap: str, waarde: object) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError("samenhang", boodschap), loc=loc, input=waarde)


def controleer(p: Profiel) -> None:
    """Raise a `ValidationError` listing every inconsistency; return silently when there is none."""
    fouten: list[InitErrorDetails] = []
    peil = p.peildatum
    eerste = eerste_peildatum()
    if peil < eerste:
        fouten.append(
            _fout(
                ("peildatum",),
                t(
                    "De peildatum ligt vóór {eerste}: voor die datum kent de Rechtenverkenner de leefloonbedragen "
                    "niet. Kies een peildatum vanaf die dag.",
                    eerste=eerste,
                ),
                peil.isoformat(),
            )
        )
    a = p.aanvrager
    _geboorte(fouten, ("aanvrager", "geboortedatum"), a.geboortedatum, peil)
    if a.verblijf_sinds and a.verblijf_sinds > peil:
        fouten.append(
            _fout(("aanvrager", "verblijf_sinds"), t("Deze datum ligt na de peildatum."), str(a.verblijf_sinds))
        )
    for i, inkomen in enumerate(a.inkomsten or ()):
        if inkomen.voor_aanvrager is not None:
            fouten.append(
                _fout(
                    ("aanvrager", "inkomsten", i, "voor_aanvrager"),
                    t("'voor_aanvrager' geldt alleen voor inkomsten van een huisgenoot."),
                    inkomen.voor_aanvrager,
                )
            )
    if a.vermogen:
        for i, afstand in enumerate(a.vermogen.afstand):
            if afstand.datum and afstand.datum > peil:
                fouten.append(
                    _fout(
                        ("aanvrager", "vermogen", "afstand", i, "datum"),
                        t("Deze afstand ligt na de peildatum en kan dus niet meetellen."),
                        str(afstand.datum),
                    )
                )
    _verblijven(fouten, p)
    _huishouden(fouten, p)
    if fouten:
        raise ValidationError.from_exception_data("Profiel", fouten)


def _geboorte(fouten: list, loc: tuple, geboren: date | None, peil: date) -> None:
    if geboren is None:
        return
    if geboren > peil:
        fouten.append(_fout(loc, t("De geboortedatum ligt na de peildatum."), str(geboren)))
    elif peil.year - geboren.year > MAX_LEEFTIJD:
        boodschap = t("Deze persoon zou ouder zijn dan {jaren} jaar; controleer de datum.", jaren=MAX_LEEFTIJD)
        fouten.append(_fout(loc, boodschap, str(geboren)))


def _verblijven(fouten: list, p: Profiel) -> None:
    verblijven = sorted(enumerate(p.aanvrager.verblijven_buitenland), key=lambda iv: iv[1].van)
    for (_, vorige), (i, huidige) in itertools.pairwise(verblijven):
        if huidige.van <= vorige.tot:
            fouten.append(
                _fout(
                    ("aanvrager", "verblijven_buitenland", i, "van"),
                    t("Dit verblijf in het buitenland overlapt met een ander verblijf."),
                    str(huidige.van),
                )
            )


def _huishouden(fouten: list, p: Profiel) -> None:
    a = p.aanvrager
    if p.huisgenoten is None:
        return
    if a.gedeelde_huishouding is True and not p.huisgenoten:
        fouten.append(
            _fout(
                ("aanvrager", "gedeelde_huishouding"),
                t("Een gedeelde huishouding veronderstelt huisgenoten, maar er zijn er geen opgegeven."),
                True,
            )
        )
    partner_gezien = False
    for i, h in enumerate(p.huisgenoten):
        _geboorte(fouten, ("huisgenoten", i, "geboortedatum"), h.geboortedatum, p.peildatum)
        if h.relatie == "partner":
            if partner_gezien:
                fouten.append(
                    _fout(
                        ("huisgenoten", i, "relatie"), t("Er kan maar één partner zijn in het huishouden."), "partner"
                    )
                )
            partner_gezien = True
        if h.verblijfsregeling is not None and h.relatie != "kind":
            fouten.append(
                _fout(
                    ("huisgenoten", i, "verblijfsregeling"),
                    t("Een verblijfsregeling geldt alleen voor een kind."),
                    str(h.verblijfsregeling),
                )
            )
        if a.geboortedatum and h.geboortedatum:
            if h.relatie in _JONGER and h.geboortedatum <= a.geboortedatum:
                fouten.append(
                    _fout(
                        ("huisgenoten", i, "geboortedatum"),
                        t(_JONGER[h.relatie]),
                        str(h.geboortedatum),
                    )
                )
            if h.relatie in _OUDER and h.geboortedatum >= a.geboortedatum:
                fouten.append(
                    _fout(
                        ("huisgenoten", i, "geboortedatum"),
                        t(_OUDER[h.relatie]),
                        str(h.geboortedatum),
                    )
                )
