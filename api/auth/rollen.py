"""The staff roles and what each may do.

- `maatschappelijk_werker`: advice and the saved client profiles of their own organisation;
- `redacteur`: the rights of their own municipality (drafts, publication, error reports);
- `beheerder`: the user accounts and the audit trail of their own organisation;
- `admin`: the platform — every right (also federal, Flemish and provincial ones), every organisation's users and
  audit trail. On purpose *not* the client profiles: nobody outside the OCMW's social workers reads those.
"""

from __future__ import annotations

from enum import StrEnum

from api.i18n import N_

__all__ = ["ROL_NAMEN", "Rol", "mag_catalogus", "mag_gebruikers", "mag_profielen"]


class Rol(StrEnum):
    maatschappelijk_werker = "maatschappelijk_werker"
    redacteur = "redacteur"
    beheerder = "beheerder"
    admin = "admin"


ROL_NAMEN = {
    Rol.maatschappelijk_werker: N_("maatschappelijk werker"),
    Rol.redacteur: N_("redacteur"),
    Rol.beheerder: N_("beheerder"),
    Rol.admin: N_("platformbeheerder"),
}


def _rollen(gebruiker) -> set[str]:
    return set(gebruiker.rollen or ())


def mag_catalogus(gebruiker) -> bool:
    """Maintains rights (own municipality; admin: all)."""
    return bool(_rollen(gebruiker) & {Rol.redacteur, Rol.admin})


def mag_gebruikers(gebruiker) -> bool:
    """Manages accounts and reads the audit trail (own organisation; admin: all)."""
    return bool(_rollen(gebruiker) & {Rol.beheerder, Rol.admin})


def mag_profielen(gebruiker) -> bool:
    """Saves and reads client profiles of the own organisation."""
    return Rol.maatschappelijk_werker in _rollen(gebruiker)
