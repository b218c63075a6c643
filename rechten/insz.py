"""The INSZ (identificatienummer van de sociale zekerheid: rijksregisternummer or BIS-nummer) and its check.

Eleven digits `JJMMDD VVV CC`: birth date, a serial number (odd for men, even for women), and a check number
CC = 97 − (the first nine digits mod 97). For people born in 2000 or later the first nine digits are prefixed
with a 2 before taking the modulus (Rijksregister; the same rule for BIS numbers). A BIS number has 20 (sex
unknown) or 40 (sex known) added to the month; a month or day of 00 means the birth date is not fully known.
Sources: Rijksregister, "Structuur van het rijksregisternummer"; KSZ, "INSZ-nummer en BIS-nummer".
"""

from __future__ import annotations

import re

from rechten.teksten import t

__all__ = ["InszFout", "controleer_insz", "normaliseer_insz"]

_SCHEIDING = re.compile(r"[\s.\-/]")


class InszFout(ValueError):
    """Not a valid INSZ (Dutch message)."""


def normaliseer_insz(tekst: str) -> str:
    """Digits only (`85.07.30-033.28` → `85073003328`)."""
    return _SCHEIDING.sub("", tekst or "")


def controleer_insz(tekst: str) -> str:
    """The INSZ as eleven digits when the form and the check number are right; `InszFout` otherwise."""
    cijfers = normaliseer_insz(tekst)
    if not re.fullmatch(r"\d{11}", cijfers):
        raise InszFout(t("een INSZ heeft 11 cijfers (bv. 85.07.30-033.28)"))
    maand, dag = int(cijfers[2:4]), int(cijfers[4:6])
    if not (maand <= 12 or 20 <= maand <= 32 or 40 <= maand <= 52) or dag > 31:
        raise InszFout(t("de eerste zes cijfers van een INSZ zijn een geboortedatum (JJMMDD)"))
    basis, controle = int(cijfers[:9]), int(cijfers[9:])
    if controle not in (97 - basis % 97, 97 - (2_000_000_000 + basis) % 97):
        raise InszFout(t("het controlegetal van dit INSZ klopt niet (tikfout?)"))
    return cijfers
