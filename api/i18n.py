"""Languages of the web pages: Dutch by default, French and English through gettext catalogues (Babel).

Message ids are the Dutch texts. The language comes from `?taal=`, else the `taal` cookie, else the
browser's Accept-Language, else Dutch. The current language lives in a context variable, so templates and
Python code translate with the same `gettext`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from starlette.requests import Request

from rechten.teksten import met_taal, zet_vertaalbron

__all__ = [
    "N_",
    "STANDAARDTAAL",
    "TAALNAMEN",
    "TALEN",
    "gettext",
    "huidige_taal",
    "in_taal",
    "kies_api_taal",
    "kies_taal",
    "ngettext",
    "vertalingen",
    "zet_taal",
]

TALEN = ("nl", "fr", "en")
STANDAARDTAAL = "nl"
# Each language's own name, for the language switch.
TAALNAMEN = {"nl": "Nederlands", "fr": "Français", "en": "English"}
VERTALINGEN_DIR = Path(__file__).parent / "translations"

_taal: ContextVar[str] = ContextVar("taal", default=STANDAARDTAAL)


@cache
def vertalingen(taal: str) -> NullTranslations:
    """The compiled catalogue for `taal` (Dutch needs none: the message ids are Dutch)."""
    po = VERTALINGEN_DIR / taal / "LC_MESSAGES" / "messages.po"
    if taal == STANDAARDTAAL or not po.exists():
        return NullTranslations()
    with po.open("rb") as f:
        catalogus = read_po(f, locale=taal)
    buffer = io.BytesIO()
    write_mo(buffer, catalogus)
    buffer.seek(0)
    return Translations(buffer)


def kies_taal(request: Request) -> str:
    """The language for this request: query parameter, cookie, Accept-Language, Dutch."""
    gevraagd = request.query_params.get("taal")
    if gevraagd in TALEN:
        return gevraagd
    cookie = request.cookies.get("taal")
    if cookie in TALEN:
        return cookie
    return _uit_accept_language(request.headers.get("accept-language", ""))


def kies_api_taal(request: Request) -> str:
    """The language of the texts in an API answer: `?taal=` (validated by the route), else Accept-Language, else
    Dutch. No cookie: an API client says what it wants, and a script that says nothing gets Dutch."""
    gevraagd = request.query_params.get("taal")
    if gevraagd in TALEN:
        return gevraagd
    return _uit_accept_language(request.headers.get("accept-language", ""))


def _uit_accept_language(header: str) -> str:
    voorkeuren = []
    for i, deel in enumerate(header.split(",")):
        stukken = deel.strip().split(";")
        code = stukken[0].strip().lower()[:2]
        q = 1.0
        for param in stukken[1:]:
            if param.strip().startswith("q="):
                try:
                    q = float(param.strip()[2:])
                except ValueError:
                    q = 0.0
        if code in TALEN and q > 0:
            voorkeuren.append((-q, i, code))
    return min(voorkeuren)[2] if voorkeuren else STANDAARDTAAL


def zet_taal(taal: str) -> None:
    """Make `taal` the current language of this context (request)."""
    _taal.set(taal if taal in TALEN else STANDAARDTAAL)


@contextmanager
def in_taal(taal: str) -> Iterator[None]:
    """Pages and domain texts (rule explanations, questions, reasons) in `taal` inside the block."""
    taal = taal if taal in TALEN else STANDAARDTAAL
    token = _taal.set(taal)
    try:
        with met_taal(taal, vertalingen(taal).gettext):
            yield
    finally:
        _taal.reset(token)


def huidige_taal() -> str:
    return _taal.get()


def gettext(bericht: str) -> str:
    """Translate a Dutch message id into the current language."""
    return vertalingen(_taal.get()).gettext(bericht)


def ngettext(enkelvoud: str, meervoud: str, n: int) -> str:
    return vertalingen(_taal.get()).ngettext(enkelvoud, meervoud, n)


def N_(bericht: str) -> str:  # noqa: N802  (the gettext convention for "mark for translation, translate later")
    """Mark a Dutch text for extraction; it is translated where it is shown."""
    return bericht


# Domain code that brings no translator of its own (the command line's --taal) uses these catalogues too.
zet_vertaalbron(lambda taal: vertalingen(taal).gettext)
