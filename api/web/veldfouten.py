"""Pydantic's validation errors back onto the fields of a form, in the page's language.

An error's location in the model dict is translated back to the form's names (list indexes to the row numbers
the form shows) and put on the deepest field or group the form shows that contains it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from api.i18n import N_, gettext
from api.web.formulierschema import Omgezet, Veld, Veldfout, veld_van_pad
from rechten.validatie import nederlandse_melding

__all__ = ["MELDINGEN", "fouten_op_velden", "melding"]

# Messages for pydantic's error types in the page's language ({...} from the error's ctx).
MELDINGEN = {
    "missing": N_("Vul dit veld in."),
    "enum": N_("Kies een waarde uit de lijst."),
    "literal_error": N_("Kies een waarde uit de lijst."),
    "bool_type": N_("Kies ja, nee of 'Ik weet het niet'."),
    "bool_parsing": N_("Kies ja, nee of 'Ik weet het niet'."),
    "int_type": N_("Vul een geheel getal in, zonder komma."),
    "int_parsing": N_("Vul een geheel getal in, zonder komma."),
    "decimal_type": N_("Vul een bedrag in, bijvoorbeeld 1234,56."),
    "decimal_parsing": N_("Vul een bedrag in, bijvoorbeeld 1234,56."),
    "decimal_max_places": N_("Een bedrag heeft hoogstens {decimal_places} cijfers na de komma."),
    "decimal_max_digits": N_("Dit bedrag is te groot."),
    "decimal_whole_digits": N_("Dit bedrag is te groot."),
    "finite_number": N_("Vul een bedrag in, bijvoorbeeld 1234,56."),
    "date_type": N_("Vul een datum in, bijvoorbeeld 15/02/2025."),
    "date_parsing": N_("Vul een datum in, bijvoorbeeld 15/02/2025."),
    "date_from_datetime_parsing": N_("Vul een datum in, bijvoorbeeld 15/02/2025."),
    "greater_than_equal": N_("Dit moet minstens {ge} zijn."),
    "greater_than": N_("Dit moet meer dan {gt} zijn."),
    "less_than_equal": N_("Dit mag hoogstens {le} zijn."),
    "less_than": N_("Dit moet minder dan {lt} zijn."),
    "string_too_long": N_("Te lang: hoogstens {max_length} tekens."),
    "string_too_short": N_("Vul dit veld in."),
    "string_pattern_mismatch": N_("Dit heeft niet de juiste vorm."),
    "too_long": N_("Te veel rijen: hoogstens {max_length}."),
}


DATUMFOUT = MELDINGEN["date_parsing"]


def melding(err: Mapping[str, Any]) -> str:
    """An error message in the page's language; the domain's own (Dutch) messages go through gettext too."""
    sjabloon = MELDINGEN.get(str(err.get("type", "")))
    if sjabloon:
        try:
            return gettext(sjabloon).format(**{k: str(v) for k, v in (err.get("ctx") or {}).items()})
        except (KeyError, IndexError):
            return gettext(sjabloon)
    return gettext(nederlandse_melding(err))


def _vertaal_loc(loc: tuple, omgezet: Omgezet) -> list[str]:
    """A pydantic location in the model dict → the names of the form (list indexes back to row numbers)."""
    delen: list[str] = []
    knoop: Any = omgezet.model
    for stuk in loc:
        if isinstance(stuk, int) and isinstance(knoop, list):
            nummers = omgezet.rijnummers.get(id(knoop))
            delen.append(str(nummers[stuk]) if nummers and stuk < len(nummers) else str(stuk))
            knoop = knoop[stuk] if stuk < len(knoop) else None
        else:
            s = str(stuk)
            if "[" in s and "]" in s:  # union branch names (function-after[...]) are no fields
                continue
            delen.append(s)
            knoop = knoop.get(s) if isinstance(knoop, dict) else None
    return delen


def fouten_op_velden(
    errors: Iterable[Mapping[str, Any]], omgezet: Omgezet, namen: set[str], delen_: Iterable[Any] = ()
) -> list[Veldfout]:
    """Each pydantic error on the deepest form field or group that contains its location."""
    schema = list(delen_)
    uit: list[Veldfout] = []
    for err in errors:
        delen = _vertaal_loc(tuple(err.get("loc", ())), omgezet)
        naam = ""
        for i in range(len(delen), 0, -1):
            kandidaat = ".".join(delen[:i])
            if kandidaat in namen:
                naam = kandidaat
                break
        tekst = melding(err)
        veld = veld_van_pad(schema, naam) if naam and schema else None
        if isinstance(veld, Veld) and veld.soort == "datum" and err.get("type") in ("value_error", "date_parsing"):
            tekst = gettext(DATUMFOUT)
        if any(f.naam == naam and f.tekst == tekst for f in uit):
            continue
        uit.append(Veldfout(naam or "formulier", tekst))
    return uit
