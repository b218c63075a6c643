"""The start page and the page languages; the other pages live in `api/routes/pagina_*.py`."""

from datetime import date
from enum import StrEnum
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from api.deps import SessionDep
from api.templating import render
from api.web.jinja import pagina_taal
from api.web.zoeken import tellingen

__all__ = ["Taal", "router"]

router = APIRouter(tags=["paginas"], include_in_schema=False)


class Taal(StrEnum):
    """Languages of the web pages."""

    nl = "nl"
    fr = "fr"
    en = "en"


@router.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
def start(request: Request, session: SessionDep, taal: Taal | None = Query(None)):
    """Start page: search, browse by theme and target group, and the way to the overview and the advice."""
    with pagina_taal(request):
        query = {"taal": taal.value} if taal else {}
        return render(
            request,
            "paginas/start.html",
            {
                "titel": "Rechtenverkenner",
                "waarden": {},
                "tellingen": tellingen(session, date.today()),
                "url": lambda **kw: "/rechten?" + urlencode({**query, **{k: v for k, v in kw.items() if v}}),
            },
        )
