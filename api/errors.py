"""Errors as friendly HTML pages for people and JSON for the API; a client error is never a 500."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.i18n import N_
from api.templating import render
from rechten.validatie import veldfouten as nederlandse_veldfouten

__all__ = ["install_error_handlers", "veldfouten", "wil_json"]

log = logging.getLogger("rechten.api")

LOCATIES = ("body", "query", "path", "header", "cookie")
TITELS = {
    400: N_("Ongeldige aanvraag"),
    401: N_("Aanmelden nodig"),
    403: N_("Geen toegang"),
    404: N_("Pagina niet gevonden"),
    405: N_("Methode niet toegestaan"),
    409: N_("Conflict"),
    413: N_("Aanvraag te groot"),
    422: N_("Ongeldige invoer"),
    429: N_("Te veel pogingen"),
    500: N_("Er ging iets mis"),
}
UITLEG = {
    404: N_("Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de startpagina."),
    422: N_("Een of meer waarden zijn niet geldig. Hieronder staat welke."),
    500: N_("Er ging bij ons iets mis. Uw gegevens zijn niet bewaard; probeer het later opnieuw."),
}


def wil_json(request: Request) -> bool:
    """API paths and clients that ask for JSON get JSON; browsers get a page."""
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def veldfouten(exc: RequestValidationError) -> list[dict]:
    """Errors as `{"veld": "a.b.0", "bron": "body", "fout": "<Dutch>", "type": ...}`, location prefix dropped."""
    fouten = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        bron = loc[0] if loc and loc[0] in LOCATIES else "body"
        (fout,) = nederlandse_veldfouten([err], skip_prefix=LOCATIES)
        fouten.append({"veld": fout["veld"] or bron, "bron": bron, "fout": fout["fout"], "type": fout["type"]})
    return fouten


def _foutpagina(request: Request, status: int, detail: str | None = None, fouten: list | None = None):
    return render(
        request,
        "fout.html",
        {
            "status": status,
            "titel": TITELS.get(status, "Fout"),
            "uitleg": UITLEG.get(status, detail or ""),
            "detail": detail if status != 500 else None,
            "fouten": fouten or [],
        },
        status_code=status,
    )


async def _http_fout(request: Request, exc: StarletteHTTPException):
    headers = getattr(exc, "headers", None)
    if wil_json(request):
        detail = exc.detail
        if detail is None or detail == HTTPStatus(exc.status_code).phrase:
            detail = TITELS.get(exc.status_code, "Fout")
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=headers)
    detail = exc.detail if isinstance(exc.detail, str) else None
    if detail == HTTPStatus(exc.status_code).phrase:
        detail = None
    response = _foutpagina(request, exc.status_code, detail)
    if headers:
        response.headers.update(headers)
    return response


async def _validatie_fout(request: Request, exc: RequestValidationError):
    fouten = veldfouten(exc)
    if wil_json(request):
        return JSONResponse({"detail": fouten}, status_code=422)
    return _foutpagina(request, 422, fouten=fouten)


async def _onverwacht(request: Request, exc: Exception):
    # Log the type and the path only: never bodies, which may hold personal data.
    log.error("Onverwachte fout %s op %s %s", type(exc).__name__, request.method, request.url.path)
    if wil_json(request):
        return JSONResponse({"detail": TITELS[500]}, status_code=500)
    return _foutpagina(request, 500)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on `app`."""
    app.add_exception_handler(StarletteHTTPException, _http_fout)
    app.add_exception_handler(RequestValidationError, _validatie_fout)
    app.add_exception_handler(Exception, _onverwacht)
