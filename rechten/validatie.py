"""Validation errors in plain Dutch, with the path of the offending field (for the CLI and the API alike)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["Veldfout", "nederlandse_melding", "veldfouten"]

# Pydantic error types → Dutch message templates; `{...}` placeholders come from the error's ctx.
MELDINGEN: dict[str, str] = {
    "missing": "Dit veld is verplicht.",
    "extra_forbidden": "Dit veld is onbekend.",
    "enum": "Ongeldige waarde; toegestaan: {expected}.",
    "literal_error": "Ongeldige waarde; toegestaan: {expected}.",
    "bool_type": "Verwacht ja of nee (true/false).",
    "bool_parsing": "Verwacht ja of nee (true/false).",
    "int_type": "Verwacht een geheel getal.",
    "int_parsing": "Verwacht een geheel getal.",
    "int_from_float": "Verwacht een geheel getal.",
    "float_type": "Verwacht een getal.",
    "float_parsing": "Verwacht een getal.",
    "decimal_type": "Verwacht een bedrag (bijvoorbeeld 1234.56).",
    "decimal_parsing": "Verwacht een bedrag (bijvoorbeeld 1234.56).",
    "decimal_max_places": "Een bedrag heeft hoogstens {decimal_places} cijfers na de komma.",
    "decimal_max_digits": "Dit bedrag heeft te veel cijfers.",
    "decimal_whole_digits": "Dit bedrag is te groot.",
    "finite_number": "Verwacht een eindig getal.",
    "string_type": "Verwacht tekst.",
    "string_too_short": "Te kort: minstens {min_length} teken(s).",
    "string_too_long": "Te lang: hoogstens {max_length} tekens.",
    "string_pattern_mismatch": "Heeft niet de juiste vorm.",
    "date_type": "Verwacht een datum in de vorm JJJJ-MM-DD.",
    "date_parsing": "Verwacht een datum in de vorm JJJJ-MM-DD.",
    "date_from_datetime_parsing": "Verwacht een datum in de vorm JJJJ-MM-DD.",
    "date_from_datetime_inexact": "Verwacht een datum zonder tijdstip.",
    "datetime_type": "Verwacht een datum en tijd.",
    "datetime_parsing": "Verwacht een datum en tijd.",
    "list_type": "Verwacht een lijst.",
    "dict_type": "Verwacht een object met velden.",
    "model_type": "Verwacht een object met velden.",
    "model_attributes_type": "Verwacht een object met velden.",
    "too_short": "Te weinig elementen: minstens {min_length}.",
    "too_long": "Te veel elementen: hoogstens {max_length}.",
    "greater_than": "Moet groter zijn dan {gt}.",
    "greater_than_equal": "Moet minstens {ge} zijn.",
    "less_than": "Moet kleiner zijn dan {lt}.",
    "less_than_equal": "Mag hoogstens {le} zijn.",
    "json_invalid": "Dit is geen geldige JSON: {error}.",
    "json_type": "Verwacht JSON.",
    "union_tag_invalid": "Onbekende soort: {tag}.",
    "union_tag_not_found": "De soort ontbreekt.",
    "uuid_parsing": "Geen geldige id.",
    "uuid_type": "Geen geldige id.",
    "url_parsing": "Geen geldig webadres.",
    "url_scheme": "Het webadres moet beginnen met http:// of https://.",
}

Veldfout = dict[str, str]


def nederlandse_melding(error: Mapping[str, Any]) -> str:
    """The Dutch message for one pydantic error (our own `value_error`s are already Dutch)."""
    soort = str(error.get("type", ""))
    ctx = dict(error.get("ctx") or {})
    if soort in {"value_error", "assertion_error"}:
        fout = ctx.get("error")
        return str(fout) if fout is not None else str(error.get("msg", ""))
    sjabloon = MELDINGEN.get(soort)
    if sjabloon is None:
        return str(error.get("msg", "Ongeldige waarde."))
    try:
        # pydantic joins enumeration choices with an English "or".
        return sjabloon.format(**{k: str(v).replace("' or '", "' of '") for k, v in ctx.items()})
    except (KeyError, IndexError):
        return sjabloon.split(":")[0].split("{")[0].strip() or str(error.get("msg", ""))


def veldfouten(errors: Iterable[Mapping[str, Any]], *, skip_prefix: Iterable[str] = ()) -> list[Veldfout]:
    """`[{"veld": "aanvrager.inkomsten.0.bedrag", "fout": "...", "type": "..."}]` for a list of pydantic errors.

    Location parts that are not fields (union/tag branch names such as `function-after[...]`) are dropped.
    """
    skip = set(skip_prefix)
    fouten: list[Veldfout] = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ())]
        while loc and loc[0] in skip:
            loc = loc[1:]
        loc = [p for p in loc if not ("[" in p and "]" in p)]
        fouten.append({"veld": ".".join(loc), "fout": nederlandse_melding(err), "type": str(err.get("type", ""))})
    return fouten
