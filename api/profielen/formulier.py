"""A saved profile in the leefloon advice form (the same form as `/advies`, schema `api.web.adviesformulier`):
form values from a stored profile, so a social worker changes the situation with the form they know.

`waarden_van` is the inverse of the form's reading (`lees_profiel`); `verliesvrij` checks that a profile survives
the round trip, because a profile saved through the API may hold fields the form does not show (those profiles
are not offered for editing in the form: nothing may be lost silently).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from api.web.adviesformulier import FORMULIER, GEEN, LIJST, lees_profiel
from api.web.formulier import RIJ, Groep, Lijst, Sectie, Veld
from api.web.invoer import pad
from rechten.profiel import Profiel

__all__ = ["verliesvrij", "waarden_van"]


def _velden(delen: Iterable[Any], data: Any, prefix: str, uit: dict[str, str]) -> None:
    data = data if isinstance(data, dict) else {}
    for deel in delen:
        if isinstance(deel, Sectie):
            _velden(deel.delen, data, prefix, uit)
            continue
        naam = pad(prefix, deel.naam)
        waarde = data.get(deel.naam)
        if isinstance(deel, Veld):
            if deel.soort == "hulp" or waarde is None:
                continue
            if deel.soort == "janee":
                uit[naam] = "ja" if waarde else "nee"
            elif deel.soort == "meetellen" and waarde not in ("ja", "nee"):
                uit[naam], uit[f"{naam}_bedrag"] = "bedrag", str(waarde)
            else:
                uit[naam] = str(waarde)
        elif isinstance(deel, Groep):
            _velden(deel.delen, waarde, naam, uit)
        elif isinstance(deel, Lijst):
            if deel.driewaardig:
                if waarde is None:
                    continue
                uit[naam] = GEEN if waarde == [] else LIJST
            for i, rij in enumerate(waarde or []):
                uit[f"{naam}.{i}.{RIJ}"] = "1"
                _velden(deel.delen, rij, f"{naam}.{i}", uit)


def waarden_van(profiel: dict[str, Any]) -> dict[str, str]:
    """The advice form's values for a stored profile (its JSON form)."""
    uit: dict[str, str] = {}
    _velden(FORMULIER, profiel, "", uit)
    return uit


def verliesvrij(profiel: dict[str, Any]) -> bool:
    """Whether the form can show everything in this profile (form → profile gives the same profile)."""
    try:
        origineel = Profiel.model_validate(profiel)
    except ValueError:
        return False
    terug = lees_profiel(waarden_van(origineel.model_dump(mode="json"))).profiel
    # The municipality has its own field on the profile pages (the advice form does not ask it).
    return terug is not None and terug.model_copy(update={"gemeente": origineel.gemeente}) == origineel
