"""The web pages (HTML). Later issues fill in search, overview and advice; each is valid, accessible HTML."""

from enum import StrEnum

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from api.templating import render

router = APIRouter(tags=["paginas"], include_in_schema=False)


class Taal(StrEnum):
    """Languages of the web pages."""

    nl = "nl"
    fr = "fr"
    en = "en"


@router.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
def start(request: Request, taal: Taal | None = Query(None)):
    """Start page: what the product does and where to begin."""
    return render(request, "paginas/start.html", {"titel": "Rechtenverkenner"})


@router.api_route("/rechten", methods=["GET", "HEAD"], response_class=HTMLResponse)
def rechten(request: Request, taal: Taal | None = Query(None), q: str = Query("", max_length=200)):
    """Search and browse rights."""
    return render(request, "paginas/rechten.html", {"titel": "Rechten zoeken", "q": q})


@router.api_route("/overzicht", methods=["GET", "HEAD"], response_class=HTMLResponse)
def overzicht(request: Request, taal: Taal | None = Query(None)):
    """Situation questions → rights overview."""
    return render(request, "paginas/overzicht.html", {"titel": "Rechtenoverzicht"})


@router.api_route("/advies", methods=["GET", "HEAD"], response_class=HTMLResponse)
def advies(request: Request, taal: Taal | None = Query(None)):
    """Leefloon advice form for case handlers."""
    return render(request, "paginas/advies.html", {"titel": "Leefloonadvies"})
