"""What a user typed in a form field, read the same way by every form of the site (the advice form, the
questionnaire, the editor, the condition builder).

Amounts, dates, whole numbers and yes/no answers become what the pydantic models and the condition parser accept;
what does not convert is passed on as typed, so the model names the error and the page shows what was typed.
Field names are dotted paths (`aanvrager.inkomsten.0.bedrag`): a list's rows are the numbered parts of such paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

__all__ = ["bedrag", "datum", "een", "geheel", "janee", "nummers", "pad", "stukken"]

# Currency signs and every kind of space (a French amount groups thousands with a narrow no-break space).
_GEEN_GETAL = re.compile(r"[€\s\u00a0\u202f]|EUR")
_DATUM = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_GEHEEL = re.compile(r"[+-]?\d{1,9}")


def pad(prefix: str, naam: str) -> str:
    """The dotted name of field `naam` inside `prefix` (`aanvrager` + `geboortedatum`)."""
    return f"{prefix}.{naam}" if prefix else naam


def bedrag(tekst: str) -> str:
    """`1.234,56`, `1234,56`, `€ 1 234.56`, `26 000 EUR` → `1234.56`. A comma is the decimal separator (dots then
    group thousands); without a comma a dot is the decimal point. What still is no number goes on as typed."""
    t = _GEEN_GETAL.sub("", tekst)
    return t.replace(".", "").replace(",", ".") if "," in t else t


def datum(tekst: str) -> str:
    """ISO dates as they are; `15/02/2025`, `15.02.2025` and `15-02-2025` (browsers without a date picker) to ISO."""
    m = _DATUM.fullmatch(tekst)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return tekst
    return tekst


def geheel(tekst: str) -> int | str:
    """A whole number (at most 9 digits, so never a huge int); anything else goes on as typed."""
    return int(tekst) if _GEHEEL.fullmatch(tekst.strip()) else tekst


def janee(tekst: str) -> bool | str:
    """`ja` → True, `nee` → False; anything else goes on as typed."""
    return {"ja": True, "nee": False}.get(tekst, tekst)


def stukken(tekst: str, scheiding: str) -> list[str]:
    """The non-empty parts of `tekst` split on the regex `scheiding`, stripped (`"a, b,"` → `["a", "b"]`)."""
    return [d.strip() for d in re.split(scheiding, tekst) if d.strip()]


def een(form: Mapping[str, list[str]], naam: str) -> str:
    """The value of field `naam` (the last one when it came more than once), stripped; "" when absent."""
    waarden = form.get(naam) or [""]
    return (waarden[-1] or "").strip()


def nummers(namen: Iterable[str], prefix: str, staart: str = r"\.") -> list[int]:
    """The row numbers n of the names `<prefix>.<n>` followed by the regex `staart`, sorted, each once.

    `nummers(form, "kosten")` finds the rows of list `kosten` (`kosten.0.naam`, `kosten.3._rij` → [0, 3]).
    """
    patroon = re.compile(re.escape(prefix) + r"\.(\d+)" + staart)
    return sorted({int(m.group(1)) for k in namen if (m := patroon.match(k))})
