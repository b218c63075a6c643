"""One router per resource; `api.main` includes every router listed here."""

from api.routes import gemeenten, gezondheid, leefloon, paginas, parameters, rechten

ROUTERS = [gezondheid.router, paginas.router, rechten.router, gemeenten.router, leefloon.router, parameters.router]

__all__ = ["ROUTERS"]
