"""What every staff page shares: the staff menu for the user's roles, the signed-in user, confirmation messages.

Confirmation messages travel as a code in the query string after a redirect (`?gedaan=bewaard`), never as free
text, so a link cannot put words on our page.
"""

from __future__ import annotations

from fastapi import Request

from api.auth.rollen import ROL_NAMEN, mag_catalogus, mag_gebruikers, mag_profielen
from api.i18n import N_, gettext
from api.templating import render
from catalogue.gemeenten import gemeenten
from catalogue.models import Gebruiker

__all__ = ["GEDAAN", "menu", "render_beheer"]

GEDAAN = {
    "aangemeld": N_("U bent aangemeld."),
    "bewaard": N_("De wijzigingen zijn bewaard als ontwerp."),
    "aangemaakt": N_("Het ontwerp is aangemaakt. Vul het verder aan en publiceer het."),
    "gepubliceerd": N_("Het recht is gepubliceerd: het publiek ziet nu deze versie."),
    "gedepubliceerd": N_("Het recht is offline gehaald; de werkversie blijft een ontwerp."),
    "gearchiveerd": N_("Het recht is gearchiveerd en verdwijnt uit de publieke catalogus."),
    "geverifieerd": N_("Het recht is gemarkeerd als nagekeken."),
    "hersteld": N_("De oude versie is teruggezet als nieuw ontwerp."),
    "overgenomen": N_("De wijzigingen van het concept zijn overgenomen in het ontwerp."),
    "bevestigd": N_("Het recht is bevestigd als actueel; de markering is weg."),
    "ongewijzigd": N_("Er was niets gewijzigd."),
    "melding": N_("De foutmelding is bijgewerkt."),
    "gebruiker": N_("De gebruiker is bewaard."),
    "wachtwoord": N_("Het wachtwoord is gewijzigd. Meld u opnieuw aan op uw andere toestellen."),
    "profiel": N_("Het cliëntenprofiel is bewaard."),
    "gewist": N_("Het cliëntenprofiel en zijn geschiedenis zijn gewist."),
    "advies": N_("Het advies is opnieuw berekend en toegevoegd aan de geschiedenis."),
}


def menu(gebruiker: Gebruiker) -> list[tuple[str, str]]:
    """(path, label) of the staff sections this user may open."""
    items = []
    if mag_catalogus(gebruiker):
        items += [("/beheer", N_("Rechten")), ("/beheer/meldingen", N_("Foutmeldingen"))]
    if mag_profielen(gebruiker):
        items.append(("/profielen", N_("Cliëntenprofielen")))
    if mag_gebruikers(gebruiker):
        items += [("/beheer/gebruikers", N_("Gebruikers")), ("/beheer/audit", N_("Auditspoor"))]
    items.append(("/beheer/wachtwoord", N_("Mijn wachtwoord")))
    return items


def render_beheer(
    request: Request,
    template: str,
    gebruiker: Gebruiker,
    context: dict | None = None,
    *,
    actief: str = "",
    status_code: int = 200,
):
    """Render a staff page: menu, user, organisation name and the confirmation of the last action."""
    gedaan = GEDAAN.get(request.query_params.get("gedaan", ""))
    ctx = {
        "gebruiker": gebruiker,
        "beheermenu": menu(gebruiker),
        "actief": actief,
        "organisatie_naam": gemeenten().naam(gebruiker.organisatie) or gebruiker.organisatie,
        "rol_namen": [gettext(ROL_NAMEN[r]) for r in ROL_NAMEN if r in (gebruiker.rollen or ())],
        "gedaan": gettext(gedaan) if gedaan else None,
    }
    ctx.update(context or {})
    response = render(request, template, ctx, status_code=status_code)
    # Staff pages show personal data or unpublished drafts: never cached, never shown from history after logout.
    response.headers["Cache-Control"] = "no-store"
    return response
