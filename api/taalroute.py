"""API routes that answer in the client's language: `?taal=nl|fr|en`, else Accept-Language, else Dutch.

`TaalRoute` runs the whole request — body validation included — inside `api.i18n.in_taal`, so the texts the domain
writes (explanations, questions, steps) and the validation messages (ours at validation time, pydantic's in
`api.errors.veldfouten`) come out in that language. A 422 is built inside the block for that reason, in the same
shape as `api.errors` builds it. JSON field names and codes never change; the answer says its language in
`Content-Language`.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any, Literal

from fastapi import Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import Response

from api.errors import veldfouten
from api.i18n import in_taal, kies_api_taal

__all__ = ["TaalParameter", "TaalRoute"]

# Declared on the endpoint so OpenAPI documents it and FastAPI answers 422 for anything but nl, fr or en.
TaalParameter = Annotated[
    Literal["nl", "fr", "en"] | None,
    Query(description="Taal van de teksten in het antwoord (nl, fr, en); anders Accept-Language, anders nl."),
]


class TaalRoute(APIRoute):
    """An APIRoute whose handler, validation included, runs in the language the client asked for."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        verwerk = super().get_route_handler()

        async def in_de_taal(request: Request) -> Response:
            taal = kies_api_taal(request)
            with in_taal(taal):
                try:
                    response = await verwerk(request)
                except RequestValidationError as exc:
                    response = JSONResponse({"detail": veldfouten(exc)}, status_code=422)
            response.headers["Content-Language"] = taal
            response.headers.add_vary_header("Accept-Language")
            return response

        return in_de_taal
