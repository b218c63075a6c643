"""Server-side sessions for the web UI and bearer tokens for the API, in one table (`Sessie`).

Why server-side rather than a signed cookie: logging out, a password change or a deactivated account must end
access *now*, on every device; a signed cookie stays valid until it expires. The browser only holds a random
token (256 bits); the database only its SHA-256, so a database copy cannot be replayed. A web session ends after
`sessie_minuten` of inactivity and at the latest after `sessie_max_uren`; an API token after `token_minuten`.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlmodel import Session, select

from api.config import Settings
from catalogue.models import Gebruiker, Sessie
from catalogue.models.recht import nu as nu_utc

__all__ = ["beeindig", "beeindig_alle", "nieuwe_sessie", "ruim_op", "token_hash", "zoek_gebruiker_bij_token"]

# The last-used time is written at most this often (not on every request).
BIJWERKEN_NA = timedelta(minutes=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime, nu: datetime) -> datetime:
    return moment.replace(tzinfo=nu.tzinfo) if moment.tzinfo is None else moment


def nieuwe_sessie(session: Session, settings: Settings, gebruiker: Gebruiker, *, soort: str) -> tuple[str, Sessie]:
    """A new random token for `gebruiker` (soort `web` or `api`); returns the token (shown once) and the row."""
    nu = nu_utc()
    duur = timedelta(hours=settings.sessie_max_uren) if soort == "web" else timedelta(minutes=settings.token_minuten)
    token = secrets.token_urlsafe(32)
    rij = Sessie(
        token_hash=token_hash(token),
        gebruiker_nr=gebruiker.nr,
        soort=soort,
        aangemaakt_op=nu,
        laatst_gebruikt_op=nu,
        verloopt_op=nu + duur,
    )
    session.add(rij)
    session.flush()
    return token, rij


def zoek_gebruiker_bij_token(session: Session, settings: Settings, token: str, *, soort: str) -> Gebruiker | None:
    """The active user of a valid, unexpired token of this kind; None otherwise (also for a malformed token)."""
    if not token or len(token) > 200:
        return None
    gevonden = session.exec(
        select(Sessie, Gebruiker)
        .join(Gebruiker, Gebruiker.nr == Sessie.gebruiker_nr)
        .where(Sessie.token_hash == token_hash(token), Sessie.soort == soort)
    ).first()
    if gevonden is None:
        return None
    rij, gebruiker = gevonden
    nu = nu_utc()
    verlopen = _aware(rij.verloopt_op, nu) <= nu
    inactief = soort == "web" and _aware(rij.laatst_gebruikt_op, nu) + timedelta(minutes=settings.sessie_minuten) <= nu
    if verlopen or inactief or not gebruiker.actief:
        session.delete(rij)
        session.commit()
        return None
    if nu - _aware(rij.laatst_gebruikt_op, nu) >= BIJWERKEN_NA:
        rij.laatst_gebruikt_op = nu
        session.add(rij)
        session.commit()
    return gebruiker


def beeindig(session: Session, token: str) -> None:
    """Log out: the token stops working at once."""
    session.execute(delete(Sessie).where(Sessie.token_hash == token_hash(token)))


def beeindig_alle(session: Session, gebruiker: Gebruiker) -> None:
    """End every session and token of a user (password changed, account deactivated)."""
    session.execute(delete(Sessie).where(Sessie.gebruiker_nr == gebruiker.nr))


def ruim_op(session: Session, *, nu: datetime) -> int:
    """Remove expired sessions and tokens; returns how many."""
    resultaat = session.execute(delete(Sessie).where(Sessie.verloopt_op < nu))
    return resultaat.rowcount or 0
