"""Password hashing with argon2id (argon2-cffi) and the password rules.

Production uses the library's defaults (RFC 9106 "low memory" profile: 3 passes, 64 MiB, 4 lanes). Only the test
settings (`omgeving=test`) use cheap parameters, so the suite stays fast; a hash made with weaker parameters is
upgraded at the next successful login (`moet_opnieuw`).
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from api.config import Omgeving, Settings
from api.i18n import gettext

__all__ = ["MIN_LENGTE", "WachtwoordFout", "controleer_regels", "hash_wachtwoord", "klopt", "moet_opnieuw"]

MIN_LENGTE = 12
MAX_LENGTE = 256
# A handful of passwords that fit the length rule and are still guessed first.
VERBODEN = {"wachtwoord123", "password1234", "123456789012", "azertyuiop12", "qwertyuiop12", "rechtenverkenner"}


class WachtwoordFout(ValueError):
    """A password that does not meet the rules (Dutch message)."""


@cache
def _hasher(test: bool) -> PasswordHasher:
    if test:
        return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    return PasswordHasher()


def hasher(settings: Settings) -> PasswordHasher:
    return _hasher(settings.omgeving is Omgeving.test)


def controleer_regels(wachtwoord: str, *, gebruikersnaam: str = "") -> None:
    """Raise `WachtwoordFout` when the password is too short, too long, common or the user name itself."""
    if len(wachtwoord) < MIN_LENGTE:
        raise WachtwoordFout(gettext("het wachtwoord moet minstens %(n)d tekens lang zijn") % {"n": MIN_LENGTE})
    if len(wachtwoord) > MAX_LENGTE:
        raise WachtwoordFout(gettext("het wachtwoord mag hoogstens %(n)d tekens lang zijn") % {"n": MAX_LENGTE})
    if wachtwoord.strip() != wachtwoord:
        raise WachtwoordFout(gettext("het wachtwoord mag niet met een spatie beginnen of eindigen"))
    if wachtwoord.lower() in VERBODEN or (gebruikersnaam and gebruikersnaam.lower() in wachtwoord.lower()):
        raise WachtwoordFout(gettext("kies een wachtwoord dat niet voor de hand ligt (niet de gebruikersnaam)"))


def hash_wachtwoord(settings: Settings, wachtwoord: str) -> str:
    return hasher(settings).hash(wachtwoord)


def klopt(settings: Settings, opgeslagen: str | None, wachtwoord: str) -> bool:
    """Whether `wachtwoord` matches the stored hash. Without a hash (unknown user) a dummy hash is checked, so
    the answer takes as long as for a real account (no user enumeration by timing)."""
    h = hasher(settings)
    try:
        return h.verify(opgeslagen or _schijnhash(settings.omgeving is Omgeving.test), wachtwoord) and bool(opgeslagen)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def moet_opnieuw(settings: Settings, opgeslagen: str) -> bool:
    """The hash was made with other parameters than the current ones: rehash after a successful login."""
    try:
        return hasher(settings).check_needs_rehash(opgeslagen)
    except InvalidHashError:
        return True


@cache
def _schijnhash(test: bool) -> str:
    return _hasher(test).hash("geen-account-met-deze-naam")
