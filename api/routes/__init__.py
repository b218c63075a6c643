"""One router per resource; `api.main` includes every router listed here."""

from api.routes import (
    gemeenten,
    gezondheid,
    leefloon,
    overzicht,
    pagina_advies,
    pagina_overzicht,
    pagina_rechten,
    paginas,
    parameters,
    rechten,
)

ROUTERS = [gezondheid.router, paginas.router, rechten.router, gemeenten.router, leefloon.router, parameters.router]
ROUTERS += [overzicht.router]
# The web pages (HTML).
ROUTERS += [pagina_rechten.router, pagina_overzicht.router, pagina_advies.router]

# Staff side: sign-in, catalogue maintenance, saved client profiles, audit (issue 6).
from api.routes import (  # noqa: E402
    auth,
    beheer_aanmelden,
    beheer_editor,
    beheer_meldingen,
    beheer_personeel,
    beheer_rechten,
    beheer_versies,
    catalogus_beheer,
    pagina_profielen,
    profielen,
)

ROUTERS += [auth.router, catalogus_beheer.router, profielen.router]
ROUTERS += [beheer_aanmelden.router, beheer_rechten.router, beheer_editor.router, beheer_versies.router]
ROUTERS += [beheer_meldingen.router, beheer_personeel.router, pagina_profielen.router]

__all__ = ["ROUTERS"]
