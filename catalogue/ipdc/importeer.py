"""Import into the database: every candidate from the file saved through `catalogue.store`, one transaction each.

A rejected or failing record is reported and rolled back on its own; the others go on. Saving is idempotent:
the store compares with the latest version by code (`ongewijzigd` when nothing changed). Lists whose order the
RDF graph does not keep (themes, keywords, areas, ...) follow the order of the stored record when they hold the
same elements, so re-importing an unchanged right is really "unchanged".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph
from sqlalchemy.engine import Engine
from sqlmodel import Session

from catalogue.ipdc.import_ import Kandidaat, kandidaten
from catalogue.ipdc.lezen import lees_graaf
from catalogue.schema import RechtRecord

__all__ = ["Rapport", "Regel", "importeer_bestand", "importeer_graaf", "volg_bestaande"]

# Lists without order in RDF: (path in the record dump)
ONGEORDEND = (
    ("uitvoerend_niveau",),
    ("uitvoerende_overheden",),
    ("gebied",),
    ("themas",),
    ("doelgroepen",),
    ("sociale_doelgroepen",),
    ("zoektermen",),
    ("relaties", "geeft_recht_op"),
    ("relaties", "vereist"),
    ("relaties", "sluit_uit"),
)


@dataclass
class Regel:
    """What happened to one record of the file."""

    actie: str  # aangemaakt | bijgewerkt | ongewijzigd | geweigerd | overgeslagen
    soort: str  # instantie | concept
    bron: str
    titel: str
    code: str | None = None
    reden: str | None = None
    opmerkingen: list[str] = field(default_factory=list)


@dataclass
class Rapport:
    regels: list[Regel] = field(default_factory=list)

    def telling(self) -> Counter[str]:
        return Counter(r.actie for r in self.regels)

    @property
    def aanvaard(self) -> int:
        t = self.telling()
        return t["aangemaakt"] + t["bijgewerkt"] + t["ongewijzigd"]

    @property
    def geweigerd(self) -> int:
        return self.telling()["geweigerd"]


def _zoek(dump: dict, pad: tuple[str, ...]) -> Any:
    for deel in pad:
        dump = dump[deel]
    return dump


def volg_bestaande(nieuw: RechtRecord, bestaand: RechtRecord | None) -> RechtRecord:
    """`nieuw` with its unordered lists in the stored record's order wherever they hold the same elements."""
    if bestaand is None:
        return nieuw
    a, b = nieuw.model_dump(mode="json"), bestaand.model_dump(mode="json")
    for pad in ONGEORDEND:
        lijst_a, lijst_b = _zoek(a, pad), _zoek(b, pad)
        if lijst_a != lijst_b and sorted(map(repr, lijst_a)) == sorted(map(repr, lijst_b)):
            ouder = _zoek(a, pad[:-1]) if len(pad) > 1 else a
            ouder[pad[-1]] = lijst_b
    return type(nieuw).model_validate(a)


def _bewaar(engine: Engine, k: Kandidaat, *, door: str, reden: str) -> str:
    """Save one record in its own transaction; identity and dates of the source are kept for a new right."""
    from catalogue import store  # imported late: the CLI starts fast

    functie = store.bewaar_concept if k.soort == "concept" else store.bewaar_record
    with Session(engine) as session:
        try:
            bestaand = store.lees_record(session, k.record.code, k.soort)
            record = volg_bestaande(k.record, bestaand[1] if bestaand else None)
            actie = functie(
                session, record, door=door, reden=reden, id=k.id, aangemaakt_op=k.aangemaakt_op,
                gewijzigd_op=k.gewijzigd_op, bron="import",
            )  # fmt: skip
            session.commit()
            return str(actie)
        except Exception:
            session.rollback()
            raise


def importeer_graaf(engine: Engine, graaf: Graph, *, door: str, reden: str) -> Rapport:
    """Save every record of the graph (concepts first); one failing record never stops the others."""
    rapport = Rapport()
    for k in kandidaten(graaf):
        regel = Regel(actie="geweigerd", soort=k.soort, bron=k.bron, titel=k.titel, opmerkingen=list(k.opmerkingen))
        if k.overgeslagen:
            regel.actie, regel.reden = "overgeslagen", k.overgeslagen
        elif k.record is None:
            regel.reden = k.fout
        else:
            regel.code = k.record.code
            try:
                regel.actie = _bewaar(engine, k, door=door, reden=reden)
            except ValueError as fout:
                regel.reden = str(fout)
            except Exception as fout:  # a database refusal for this record must not stop the others
                regel.reden = f"kon niet bewaard worden ({type(fout).__name__}): {fout}"
        rapport.regels.append(regel)
    return rapport


def importeer_bestand(engine: Engine, inhoud: bytes, *, door: str, bestand: str) -> Rapport:
    """Read and import a file. Raises `LeesFout` (nothing written) when the file cannot be read at all."""
    graaf = lees_graaf(inhoud)
    return importeer_graaf(engine, graaf, door=door, reden=f"IPDC-import uit {bestand}")
