"""One router per resource; `api.main` includes every router listed here."""

from api.routes import gezondheid, paginas

ROUTERS = [gezondheid.router, paginas.router]

__all__ = ["ROUTERS"]
