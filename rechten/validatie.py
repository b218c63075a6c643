"""Validation errors in plain language, with the path of the offending field (for the CLI and the API alike).

Messages are Dutch templates translated with `rechten.teksten` (Dutch unless a language is set for the request).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rechten.teksten import N_, t

__all__ = ["Veldfout", "nederlandse_melding", "veldfouten"]

# Pydantic error types → Dutch message templates (translated when shown); `{...}` placeholders come from the ctx.
MELDINGEN: dict[str, str] = {
    "missing": N_("Dit veld is verplicht."),
    "extra_forbidden": N_("Dit veld is onbekend."),
    "enum": N_("Ongeldige waarde; toegestaan: {expected}."),
    "literal_error": N_("Ongeldige waarde; toegestaan: {expected}."),
    "bool_type": N_("Verwacht ja of nee (true/false)."),
    "bool_parsing": N_("Verwacht ja of nee (true/false)."),
    "int_type": N_("Verwacht een geheel getal."),
    "int_parsing": N_("Verwacht een geheel getal."),
    "int_from_float": N_("Verwacht een geheel getal."),
    "float_type": N_("Verwacht een getal."),
    "float_parsing": N_("Verwacht een getal."),
    "decimal_type": N_("Verwacht een bedrag (bijvoorbeeld 1234.56)."),
    "decimal_parsing": N_("Verwacht een bedrag (bijvoorbeeld 1234.56)."),
    "decimal_max_places": N_("Een bedrag heeft hoogstens {decimal_places} cijfers na de komma."),
    "decimal_max_digits": N_("Dit bedrag heeft te veel cijfers."),
    "decimal_whole_digits": N_("Dit bedrag is te groot."),
    "finite_number": N_("Verwacht een eindig getal."),
    "string_type": N_("Verwacht tekst."),
    "string_too_short": N_("Te kort: minstens {min_length} teken(s)."),
    "string_too_long": N_("Te lang: hoogstens {max_length} tekens."),
    "string_pattern_mismatch": N_("Heeft niet de juiste vorm."),
    "date_type": N_("Verwacht een datum in de vorm JJJJ-MM-DD."),
    "date_parsing": N_("Verwacht een datum in de vorm JJJJ-MM-DD."),
    "date_from_datetime_parsing": N_("Verwacht een datum in de vorm JJJJ-MM-DD."),
    "date_from_datetime_inexact": N_("Verwacht een datum zonder tijdstip."),
    "datetime_type": N_("Verwacht een datum en tijd."),
    "datetime_parsing": N_("Verwacht een datum en tijd."),
    "list_type": N_("Verwacht een lijst."),
    "dict_type": N_("Verwacht een object met velden."),
    "model_type": N_("Verwacht een object met velden."),
    "model_attributes_type": N_("Verwacht een object met velden."),
    "too_short": N_("Te weinig elementen: minstens {min_length}."),
    "too_long": N_("Te veel elementen: hoogstens {max_length}."),
    "greater_than": N_("Moet groter zijn dan {gt}."),
    "greater_than_equal": N_("Moet minstens {ge} zijn."),
    "less_than": N_("Moet kleiner zijn dan {lt}."),
    "less_than_equal": N_("Mag hoogstens {le} zijn."),
    "json_invalid": N_("Dit is geen geldige JSON: {error}."),
    "json_type": N_("Verwacht JSON."),
    "union_tag_invalid": N_("Onbekende soort: {tag}."),
    "union_tag_not_found": N_("De soort ontbreekt."),
    "uuid_parsing": N_("Geen geldige id."),
    "uuid_type": N_("Geen geldige id."),
    "url_parsing": N_("Geen geldig webadres."),
    "url_scheme": N_("Het webadres moet beginnen met http:// of https://."),
}

Veldfout = dict[str, str]


def nederlandse_melding(error: Mapping[str, Any]) -> str:
    """The message for one pydantic error, in the current language (our own `value_error`s are already written)."""
    soort = str(error.get("type", ""))
    ctx = dict(error.get("ctx") or {})
    if soort in {"value_error", "assertion_error"}:
        fout = ctx.get("error")
        return str(fout) if fout is not None else str(error.get("msg", ""))
    sjabloon = MELDINGEN.get(soort)
    if sjabloon is None:
        return str(error.get("msg", t("Ongeldige waarde.")))
    sjabloon = t(sjabloon)
    of = t("of")
    try:
        # pydantic joins enumeration choices with an English "or".
        return sjabloon.format(**{k: str(v).replace("' or '", f"' {of} '") for k, v in ctx.items()})
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
