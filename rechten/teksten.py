"""Translatable texts of the domain: explanations, questions, calculation steps, reasons.

Message ids are Dutch templates with named fields: `t("De aanvrager is {leeftijd} jaar.", leeftijd=34)`.
Without a translator (the default, and always in Dutch) the template is filled in as is. The web layer
installs a translator per request (`met_taal`), so the same rule code explains itself in French or English;
the domain itself imports no i18n library. Amounts and dates inside texts are written the way the reader's
language writes them. Extraction: the `t` and `N_` keywords (`make vertalingen`).

Templates kept in tables (one explanation per reason code, one name per kind of income) are marked with `N_` where
they are defined and translated with `t(sjabloon, ...)` where they are shown. Callers without a translator of their
own (the command line) get the one registered by the layer that owns the catalogues (`zet_vertaalbron`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import Decimal

__all__ = ["N_", "bedrag_tekst", "datum_tekst", "huidige_taal", "met_taal", "t", "zet_vertaalbron"]

Vertaler = Callable[[str], str]

_taal: ContextVar[str] = ContextVar("rechten_taal", default="nl")
_vertaler: ContextVar[Vertaler | None] = ContextVar("rechten_vertaler", default=None)
_vertaalbron: list[Callable[[str], Vertaler]] = []  # at most one: language → translator

MAANDEN = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip


def huidige_taal() -> str:
    """The language texts are produced in now (nl, fr or en)."""
    return _taal.get()


def zet_vertaalbron(bron: Callable[[str], Vertaler]) -> None:
    """Register where translators come from (`bron(taal)`), for `met_taal` calls that bring none."""
    _vertaalbron[:] = [bron]


@contextmanager
def met_taal(taal: str, vertaler: Vertaler | None = None) -> Iterator[None]:
    """Produce texts in `taal` inside the block; `vertaler` maps a Dutch template to the translated one.

    Without `vertaler`, the registered source gives one (`zet_vertaalbron`); without either, texts stay Dutch
    and only amounts and dates follow `taal`.
    """
    if vertaler is None and taal != "nl" and _vertaalbron:
        vertaler = _vertaalbron[0](taal)
    taal_token = _taal.set(taal if taal in MAANDEN else "nl")
    vertaler_token = _vertaler.set(None if taal == "nl" else vertaler)
    try:
        yield
    finally:
        _taal.reset(taal_token)
        _vertaler.reset(vertaler_token)


def bedrag_tekst(bedrag: Decimal | int, taal: str | None = None) -> str:
    """Money as its reader writes it: `€ 15.770,41` (nl), `15 770,41 €` (fr), `€15,770.41` (en)."""
    taal = taal or _taal.get()
    engels = format(bedrag if type(bedrag) is Decimal else Decimal(bedrag), ",.2f")
    if taal == "en":
        return f"€{engels}"
    if taal == "fr":
        return engels.replace(",", "\u202f").replace(".", ",") + "\u00a0€"
    return "€ " + engels.replace(",", "X").replace(".", ",").replace("X", ".")


def datum_tekst(dag: date, taal: str | None = None) -> str:
    """A date in words: `15 februari 2025`, `15 février 2025` (`1er mars 2025`), `15 February 2025`."""
    taal = taal or _taal.get()
    dagnummer = "1er" if taal == "fr" and dag.day == 1 else str(dag.day)
    return f"{dagnummer} {MAANDEN.get(taal, MAANDEN['nl'])[dag.month - 1]} {dag.year}"


def N_(sjabloon: str) -> str:  # noqa: N802  (the gettext convention: mark now, translate where shown)
    """Mark a Dutch template for extraction; `t(sjabloon, ...)` translates and fills it in where it is shown."""
    return sjabloon


def t(sjabloon: str, /, **velden: object) -> str:
    """The template in the current language with its fields filled in (Decimal → money, date → words).

    Pass amounts as Decimal and dates as date so they are written per language; pass anything that must stay
    literal (codes, numbers of persons) as int or str.
    """
    vertaler = _vertaler.get()
    tekst = vertaler(sjabloon) if vertaler is not None else sjabloon
    if not velden:
        return tekst
    for naam, waarde in velden.items():  # every advice writes dozens of these: no copies, no extra calls
        soort = type(waarde)
        if soort is Decimal:
            velden[naam] = bedrag_tekst(waarde)
        elif soort is not str and soort is not int and isinstance(waarde, date):
            velden[naam] = datum_tekst(waarde)
    return tekst.format_map(velden)
