"""Legal sources: the `Bron` every rule and parameter carries, and the texts the leefloon rules cite.

A `Bron` renders as the short citation a case handler knows ("RMI-wet art. 3, 1°", "KB 11/07/2002 art. 34 §1");
`url` points to a public text where one exists. A test walks every rule and parameter and fails on a missing one.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "KB",
    "KB_URL",
    "OCMW_WET",
    "PRIMABOOK_BESTAANSMIDDELEN",
    "PRIMABOOK_CATEGORIEEN",
    "PRIMABOOK_VOORWAARDEN",
    "RMI_WET",
    "Bron",
    "kb",
    "rmi",
]

RMI_WET = "RMI-wet"  # Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie
KB = "KB 11/07/2002"  # Koninklijk besluit houdende het algemeen reglement (RMI)
OCMW_WET = "OCMW-wet 8/07/1976"  # Organieke wet betreffende de openbare centra voor maatschappelijk welzijn

KB_URL = "https://etaamb.openjustice.be/nl/koninklijk-besluit-van-11-juli-2002_n2002022564.html"
_PRIMABOOK = "https://primabook.mi-is.be/nl/recht-op-maatschappelijke-integratie/"
PRIMABOOK_VOORWAARDEN = _PRIMABOOK + "de-voorwaarden"
PRIMABOOK_CATEGORIEEN = _PRIMABOOK + "de-categorieen-van-rechthebbenden-en-het-bedrag-van-het"
PRIMABOOK_BESTAANSMIDDELEN = _PRIMABOOK + "berekening-van-de-bestaansmiddelen"


@dataclass(frozen=True, slots=True)
class Bron:
    """A legal source: the act, the article (with paragraph), a public URL, and a note (e.g. a judgment)."""

    wet: str
    artikel: str
    url: str | None = None
    noot: str | None = None

    def __post_init__(self) -> None:
        if not self.wet.strip() or not self.artikel.strip():
            raise ValueError("een bron heeft een wet en een artikel")

    def __str__(self) -> str:
        tekst = f"{self.wet} {self.artikel}"
        return f"{tekst} ({self.noot})" if self.noot else tekst


def rmi(artikel: str, *, url: str = PRIMABOOK_VOORWAARDEN, noot: str | None = None) -> Bron:
    """An article of the RMI-wet (26 May 2002)."""
    return Bron(RMI_WET, artikel, url, noot)


def kb(artikel: str, *, url: str = KB_URL, noot: str | None = None) -> Bron:
    """An article of the general regulation (KB 11 July 2002)."""
    return Bron(KB, artikel, url, noot)
