"""Accounts: creating and changing users, and signing in with throttling and an audit entry per attempt.

Every function leaves the commit to the caller, except `meld_aan`, which commits the attempt and its audit entry
itself: a refused login must be remembered even though the caller answers with an error.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

from sqlmodel import Session, select

from api import audit
from api.auth import throttle
from api.auth.rollen import Rol
from api.auth.sessies import beeindig_alle
from api.auth.wachtwoord import WachtwoordFout, controleer_regels, hash_wachtwoord, klopt, moet_opnieuw
from api.config import Settings
from api.i18n import gettext
from catalogue.gemeenten import gemeenten
from catalogue.models import Gebruiker

__all__ = [
    "AccountFout",
    "OngeldigeAanmelding",
    "TeVeelPogingen",
    "controleer_organisatie",
    "maak_gebruiker",
    "meld_aan",
    "normaliseer_naam",
    "stel_wachtwoord_in",
    "wijzig_gebruiker",
    "zoek_gebruiker",
]

NAAM_RE = re.compile(r"^[a-z0-9](?:[a-z0-9._@-]{1,98})[a-z0-9]$")


class AccountFout(ValueError):
    """Invalid account data; `veld` names the field, the message is Dutch."""

    def __init__(self, veld: str, melding: str) -> None:
        self.veld = veld
        super().__init__(melding)


class OngeldigeAanmelding(Exception):
    """Wrong name or password (or an inactive account): one answer for all, so nothing is revealed."""


class TeVeelPogingen(Exception):
    """Throttled; `seconden` until the next attempt is allowed."""

    def __init__(self, seconden: int) -> None:
        self.seconden = seconden
        super().__init__(f"te veel mislukte pogingen; probeer opnieuw over {seconden} seconden")


def normaliseer_naam(naam: str) -> str:
    return (naam or "").strip().lower()


def controleer_organisatie(nis: str) -> str:
    """The NIS code of an existing (2019–2025) municipality, else `AccountFout`."""
    nis = (nis or "").strip()
    if not re.fullmatch(r"\d{5}", nis) or gemeenten().get(nis) is None:
        raise AccountFout("organisatie", gettext("%(nis)r is geen NIS-code van een Belgische gemeente") % {"nis": nis})
    return nis


def _rollen(rollen: list[str]) -> list[str]:
    if not rollen:
        raise AccountFout("rol", gettext("geef minstens één rol"))
    uit = []
    for rol in rollen:
        if rol not in set(Rol):
            raise AccountFout(
                "rol", gettext("onbekende rol %(rol)r; kies uit %(rollen)s") % {"rol": rol, "rollen": ", ".join(Rol)}
            )
        if rol not in uit:
            uit.append(rol)
    return uit


def zoek_gebruiker(session: Session, naam: str) -> Gebruiker | None:
    return session.exec(select(Gebruiker).where(Gebruiker.gebruikersnaam == normaliseer_naam(naam))).first()


def maak_gebruiker(
    session: Session,
    settings: Settings,
    *,
    gebruikersnaam: str,
    organisatie: str,
    rollen: list[str],
    wachtwoord: str,
    door: Gebruiker | None = None,
) -> Gebruiker:
    """A new active account; `AccountFout` for an invalid name, organisation, role or password."""
    naam = normaliseer_naam(gebruikersnaam)
    if not NAAM_RE.match(naam):
        raise AccountFout(
            "gebruikersnaam",
            gettext("3 tot 100 tekens: kleine letters, cijfers en . _ @ - (niet aan het begin of einde)"),
        )
    nis = controleer_organisatie(organisatie)
    rollen = _rollen(rollen)
    try:
        controleer_regels(wachtwoord, gebruikersnaam=naam)
    except WachtwoordFout as fout:
        raise AccountFout("wachtwoord", str(fout)) from None
    if zoek_gebruiker(session, naam) is not None:
        raise AccountFout("gebruikersnaam", gettext("de gebruikersnaam %(naam)r bestaat al") % {"naam": naam})
    gebruiker = Gebruiker(
        id=str(uuid.uuid4()),
        gebruikersnaam=naam,
        organisatie=nis,
        rollen=rollen,
        wachtwoord_hash=hash_wachtwoord(settings, wachtwoord),
    )
    session.add(gebruiker)
    session.flush()
    audit.registreer(
        session,
        "gebruiker.aangemaakt",
        gebruiker=door,
        organisatie=nis,
        onderwerp=gebruiker.id,
        gebruikersnaam=None if door else "(opdrachtregel)",
        naam=naam,
        rollen=rollen,
    )
    return gebruiker


def wijzig_gebruiker(
    session: Session, gebruiker: Gebruiker, *, rollen: list[str] | None = None, actief: bool | None = None, door
) -> None:
    """Change roles and/or deactivate; a deactivated account loses its sessions at once."""
    wijzigingen: dict = {}
    if rollen is not None:
        gebruiker.rollen = _rollen(rollen)
        wijzigingen["rollen"] = gebruiker.rollen
    if actief is not None and actief != gebruiker.actief:
        gebruiker.actief = actief
        wijzigingen["actief"] = actief
        if not actief:
            beeindig_alle(session, gebruiker)
    session.add(gebruiker)
    audit.registreer(
        session,
        "gebruiker.gewijzigd",
        gebruiker=door,
        organisatie=gebruiker.organisatie,
        onderwerp=gebruiker.id,
        naam=gebruiker.gebruikersnaam,
        **wijzigingen,
    )


def stel_wachtwoord_in(session: Session, settings: Settings, gebruiker: Gebruiker, wachtwoord: str, *, door) -> None:
    """A new password (own change or a reset by a beheerder); every session and token of the user ends."""
    try:
        controleer_regels(wachtwoord, gebruikersnaam=gebruiker.gebruikersnaam)
    except WachtwoordFout as fout:
        raise AccountFout("wachtwoord", str(fout)) from None
    gebruiker.wachtwoord_hash = hash_wachtwoord(settings, wachtwoord)
    gebruiker.wachtwoord_gewijzigd_op = datetime.now(UTC)
    session.add(gebruiker)
    beeindig_alle(session, gebruiker)
    audit.registreer(
        session,
        "gebruiker.wachtwoord",
        gebruiker=door,
        organisatie=gebruiker.organisatie,
        onderwerp=gebruiker.id,
        naam=gebruiker.gebruikersnaam,
    )


def meld_aan(session: Session, settings: Settings, *, naam: str, wachtwoord: str, ip: str, via: str) -> Gebruiker:
    """Check name and password; `TeVeelPogingen` when throttled, `OngeldigeAanmelding` when wrong.

    The attempt and its audit entry are committed whatever the outcome.
    """
    nu = datetime.now(UTC)
    naam = normaliseer_naam(naam)[:100]
    gebruiker = zoek_gebruiker(session, naam) if naam else None
    wachten = throttle.wachttijd(session, settings, naam=naam, ip=ip, nu=nu)
    if wachten is not None:
        audit.registreer(session, "aanmelden.geblokkeerd", gebruiker=gebruiker, via=via, bekend=gebruiker is not None)
        session.commit()
        raise TeVeelPogingen(wachten)
    gelukt = klopt(settings, gebruiker.wachtwoord_hash if gebruiker else None, wachtwoord[:1024])
    gelukt = gelukt and gebruiker is not None and gebruiker.actief
    throttle.noteer(session, settings, naam=naam, ip=ip, gelukt=gelukt, nu=nu)
    # An unknown name is not written down: it may be a password typed in the wrong field.
    audit.registreer(
        session,
        "aanmelden.gelukt" if gelukt else "aanmelden.mislukt",
        gebruiker=gebruiker,
        via=via,
        bekend=gebruiker is not None,
    )
    if gelukt:
        if moet_opnieuw(settings, gebruiker.wachtwoord_hash):
            gebruiker.wachtwoord_hash = hash_wachtwoord(settings, wachtwoord)
        gebruiker.laatst_aangemeld_op = nu
        session.add(gebruiker)
    session.commit()
    if not gelukt:
        raise OngeldigeAanmelding
    return gebruiker
