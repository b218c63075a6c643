"""ASGI middleware: request-size limit and security headers."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["BeveiligingsHeaders", "MaxBodySize"]

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)
# The OpenAPI docs page loads its assets from a CDN; it gets a looser policy of its own.
CSP_DOCS = (
    "default-src 'self'; img-src 'self' data: https://fastapi.tiangolo.com; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; frame-ancestors 'none'"
)


class TeGroot(Exception):
    """The body grew past the limit while streaming in."""


class MaxBodySize:
    """Refuse request bodies above `max_bytes` with 413, whether announced or streamed (chunked)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = False
                if too_big:
                    await self._weiger(scope, send)
                    return
        ontvangen = 0
        started = False

        async def begrensd() -> Message:
            nonlocal ontvangen
            message = await receive()
            if message["type"] == "http.request":
                ontvangen += len(message.get("body", b""))
                if ontvangen > self.max_bytes:
                    raise TeGroot
            return message

        async def send_wrapper(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, begrensd, send_wrapper)
        except TeGroot:
            if not started:
                await self._weiger(scope, send)

    async def _weiger(self, scope: Scope, send: Send) -> None:
        body = json.dumps({"detail": f"De aanvraag is groter dan toegestaan ({self.max_bytes} bytes)."}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})


class BeveiligingsHeaders:
    """Add CSP, nosniff, referrer policy and frame protection to every response, and HSTS over https."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = (CSP_DOCS if scope.get("path", "") in {"/docs", "/redoc"} else CSP).encode()
        # Over https (also behind a proxy that says so, with uvicorn's --proxy-headers) browsers must keep using
        # https for a year: a staff session cookie never travels in the clear afterwards.
        https = scope.get("scheme") == "https"

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for name, value in (
                    (b"content-security-policy", csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
                    *([(b"strict-transport-security", b"max-age=31536000; includeSubDomains")] if https else []),
                ):
                    if name not in present:
                        headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_wrapper)
