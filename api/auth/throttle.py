"""Login throttling: after too many failed logins an account name, or an IP address, waits.

Per account name: at most `inlog_max_pogingen` failures within `inlog_venster_minuten` (failures before the last
successful login do not count). Per IP address: at most `inlog_max_pogingen_ip` failures in the same window,
whatever the names tried (password spraying). While blocked even the right password is refused, so guessing
cannot go on. Unknown names are throttled exactly like real ones, so the answer reveals nothing.

The typed name is stored only as a keyed hash (someone may type a password in the name field); attempts are kept
for a day (`ruim_op`), which is all throttling needs.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from datetime import datetime, timedelta

from sqlalchemy import delete, func
from sqlmodel import Session, select

from api.config import Settings
from catalogue.models import Inlogpoging

__all__ = ["BEWAAR", "naam_sleutel", "noteer", "ruim_op", "wachttijd"]

BEWAAR = timedelta(days=1)


def naam_sleutel(settings: Settings, naam: str) -> str:
    """The keyed hash under which attempts for a typed account name are counted."""
    sleutel = hashlib.sha256(b"inlogpoging|" + settings.secret_key.encode()).digest()
    return hmac.new(sleutel, naam.strip().lower().encode(), hashlib.sha256).hexdigest()


def _seconden_tot(moment: datetime, nu: datetime) -> int:
    if moment.tzinfo is None:  # SQLite gives naive UTC datetimes back
        moment = moment.replace(tzinfo=nu.tzinfo)
    return max(1, math.ceil((moment - nu).total_seconds()))


def _aware(moment: datetime | None, nu: datetime) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=nu.tzinfo)


def wachttijd(session: Session, settings: Settings, *, naam: str, ip: str, nu: datetime) -> int | None:
    """Seconds to wait before the next attempt for this name or from this address; None when allowed."""
    venster = timedelta(minutes=settings.inlog_venster_minuten)
    sleutel = naam_sleutel(settings, naam)
    laatste_succes = _aware(
        session.exec(
            select(func.max(Inlogpoging.op)).where(Inlogpoging.gebruikersnaam == sleutel, Inlogpoging.gelukt)
        ).one(),
        nu,
    )
    vanaf = max(nu - venster, laatste_succes) if laatste_succes else nu - venster
    wachten = []
    mislukt_naam = session.exec(
        select(Inlogpoging.op)
        .where(Inlogpoging.gebruikersnaam == sleutel, Inlogpoging.op > vanaf, Inlogpoging.gelukt.is_(False))
        .order_by(Inlogpoging.op.desc())
        .limit(settings.inlog_max_pogingen)
    ).all()
    if len(mislukt_naam) >= settings.inlog_max_pogingen:
        # The oldest failure that still counts must leave the window first.
        wachten.append(_seconden_tot(_aware(mislukt_naam[-1], nu) + venster, nu))
    mislukt_ip = session.exec(
        select(Inlogpoging.op)
        .where(Inlogpoging.ip == ip, Inlogpoging.op > nu - venster, Inlogpoging.gelukt.is_(False))
        .order_by(Inlogpoging.op.desc())
        .limit(settings.inlog_max_pogingen_ip)
    ).all()
    if len(mislukt_ip) >= settings.inlog_max_pogingen_ip:
        wachten.append(_seconden_tot(_aware(mislukt_ip[-1], nu) + venster, nu))
    return max(wachten) if wachten else None


def noteer(session: Session, settings: Settings, *, naam: str, ip: str, gelukt: bool, nu: datetime) -> None:
    session.add(Inlogpoging(op=nu, gebruikersnaam=naam_sleutel(settings, naam), ip=ip[:45], gelukt=gelukt))


def ruim_op(session: Session, *, nu: datetime) -> int:
    """Forget attempts older than a day; returns how many."""
    resultaat = session.execute(delete(Inlogpoging).where(Inlogpoging.op < nu - BEWAAR))
    return resultaat.rowcount or 0
