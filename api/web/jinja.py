"""Jinja filters and globals for the pages: labels, money and dates per language, texts with their language.

`installeer()` registers them on the shared environment (`api.templating.templates`); the page routers call it
when imported, so every template can use `{{ bedrag | geld }}`, `{{ dag | datum }}`, `{{ label('thema', t) }}`
and `{% set x = tekst(record.naam) %}<h1{{ x.lang_attr }}>{{ x }}</h1>`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from babel.numbers import format_decimal
from markupsafe import Markup

from api.i18n import huidige_taal, in_taal, kies_taal
from api.templating import templates
from api.web.labels import keuzes, label
from rechten.teksten import bedrag_tekst, datum_tekst

__all__ = ["Tekst", "geld", "getal", "installeer", "pagina_taal", "tekst", "veld_id"]

LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


class Tekst(str):
    """A text of the catalogue in the reader's language, or the Dutch one with `lang="nl"` when not translated."""

    taal: str | None

    def __new__(cls, waarde: str, taal: str | None = None) -> Tekst:
        obj = super().__new__(cls, waarde)
        obj.taal = taal
        return obj

    @property
    def lang_attr(self) -> Markup:
        return Markup(' lang="{}"').format(self.taal) if self.taal else Markup("")


def tekst(waarde: Any) -> Tekst:
    """A multilingual text (`{"nl": …, "fr": …}`) or plain string in the current language, falling back to Dutch."""
    taal = huidige_taal()
    if waarde is None:
        return Tekst("")
    if isinstance(waarde, str):
        return Tekst(waarde, "nl" if taal != "nl" else None)
    if not isinstance(waarde, dict):
        waarde = waarde.model_dump() if hasattr(waarde, "model_dump") else dict(waarde)
    if waarde.get(taal):
        return Tekst(waarde[taal])
    return Tekst(waarde.get("nl") or "", "nl" if taal != "nl" else None)


def geld(bedrag: Any) -> str:
    """Money in the reader's way of writing it (`€ 1.234,56`, `1 234,56 €`, `€1,234.56`); empty for None."""
    if bedrag is None or bedrag == "":
        return ""
    try:
        return bedrag_tekst(Decimal(str(bedrag)), huidige_taal())
    except InvalidOperation:
        return str(bedrag)


def getal(waarde: Any, decimalen: int | None = None) -> str:
    """A number with the reader's decimal separator, without trailing zeros unless `decimalen` is given."""
    if waarde is None:
        return ""
    getal_ = Decimal(str(waarde))
    if decimalen is None:
        getal_ = getal_.normalize()
        patroon = "#,##0.####"
    else:
        patroon = "#,##0." + "0" * decimalen if decimalen else "#,##0"
    return format_decimal(getal_, format=patroon, locale=LOCALES.get(huidige_taal(), "nl_BE"))


def datum(dag: Any) -> str:
    """A date in words in the reader's language; ISO strings are accepted."""
    if dag is None or dag == "":
        return ""
    if isinstance(dag, str):
        dag = date.fromisoformat(dag[:10])
    return datum_tekst(dag, huidige_taal())


def veld_id(pad: str) -> str:
    """The HTML id of a form field from its dotted name: `huisgenoten.0.relatie` → `huisgenoten-0-relatie`."""
    return pad.replace(".", "-")


def pagina_taal(request):
    """`with pagina_taal(request):` — the page's texts and the domain's texts in the request's language.

    Set it at the top of a handler: gettext() before render() would otherwise use the default language.
    """
    return in_taal(kies_taal(request))


def installeer() -> None:
    env = templates.env
    env.filters.update(geld=geld, getal=getal, datum=datum, veld_id=veld_id)
    env.globals.update(label=label, keuzes=keuzes, tekst=tekst)


installeer()
