"""The Jinja2 environment for the server-rendered pages."""

from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates

from api.csrf import csrf_token, zet_cookie
from api.i18n import N_, TAALNAMEN, TALEN, gettext, kies_taal, ngettext, zet_taal

__all__ = ["TEMPLATES_DIR", "render", "templates"]

TEMPLATES_DIR = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
templates.env.add_extension("jinja2.ext.i18n")
templates.env.install_gettext_callables(gettext, ngettext, newstyle=True)

# The main navigation: (path, Dutch label = message id). The current page gets aria-current="page".
NAVIGATIE = [
    ("/", N_("Start")),
    ("/rechten", N_("Rechten zoeken")),
    ("/overzicht", N_("Rechtenoverzicht")),
    ("/advies", N_("Leefloonadvies")),
]
templates.env.globals.update(navigatie=NAVIGATIE, talen=TALEN, taalnamen=TAALNAMEN)
COOKIE_JAAR = 365 * 24 * 3600


def _taal_links(request: Request, huidige: str) -> list[dict]:
    """The language switch: the same page, with the same query, in each language."""
    links = []
    for taal in TALEN:
        query = dict(request.query_params)
        query["taal"] = taal
        links.append(
            {
                "taal": taal,
                "naam": TAALNAMEN[taal],
                "url": f"{request.url.path}?{urlencode(query)}",
                "huidig": taal == huidige,
            }
        )
    return links


def render(request: Request, template: str, context: dict | None = None, status_code: int = 200):
    """Render `template` in the request's language with the common context (language, current path)."""
    taal = kies_taal(request)
    zet_taal(taal)
    ctx = {
        "taal": taal,
        "huidig_pad": request.url.path,
        "taal_links": _taal_links(request, taal),
        "csrf_token": csrf_token(request),
    }
    ctx.update(context or {})
    response = templates.TemplateResponse(request, template, ctx, status_code=status_code)
    zet_cookie(request, response)
    if request.query_params.get("taal") == taal and request.cookies.get("taal") != taal:
        response.set_cookie("taal", taal, max_age=COOKIE_JAAR, samesite="lax", httponly=True)
    return response
