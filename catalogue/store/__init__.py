"""The catalogue store: save concepts and instances as versions, run the workflow, read what is public.

Every function takes the session and keyword arguments, and leaves the commit to the caller: call each in its
own transaction (commit after, roll back on an exception) so one record is saved entirely or not at all.

- `bewaar_record` / `bewaar_concept`: upsert by code; a version when anything changed ("aangemaakt",
  "bijgewerkt", "ongewijzigd"). The record's `status` says where it goes: `gepubliceerd` publishes this version,
  `ontwerp` keeps it as a draft (an earlier published version stays public), `gearchiveerd` withdraws it.
- `wijzig_record`, `publiceer`, `depubliceer`, `archiveer`, `verifieer`: the editor's workflow ontwerp →
  gepubliceerd (→ offline again) → gearchiveerd, each with optimistic locking on `versie` (`VersieConflict`).
- A concept that changes marks the instances copied from it *herziening nodig*; `vergelijk_met_concept` gives
  the three-way comparison, `neem_concept_over` and `bevestig_actueel` resolve it.
- `publieke_rechten`, `publiek_recht`: only published snapshots; `publicatie_kenmerk`: a cheap marker that changes
  whenever they change (for caches such as the rights overview's compiled catalogue).
"""

from catalogue.store.basis import (
    OnbekendRecht,
    OngeldigeActie,
    RechtInfo,
    StoreFout,
    VersieConflict,
    VersieInfo,
    bekende_gebieden,
)
from catalogue.store.kenmerk import publicatie_kenmerk
from catalogue.store.opslaan import (
    bewaar_concept,
    bewaar_record,
    herzieningen,
    lees_record,
    publiek_recht,
    publieke_rechten,
    verouderde_rechten,
    versies,
)
from catalogue.store.workflow import (
    archiveer,
    bevestig_actueel,
    depubliceer,
    maak_instantie,
    neem_concept_over,
    publiceer,
    vergelijk_met_concept,
    verifieer,
    wijzig_record,
)

__all__ = [
    "OnbekendRecht",
    "OngeldigeActie",
    "RechtInfo",
    "StoreFout",
    "VersieConflict",
    "VersieInfo",
    "archiveer",
    "bekende_gebieden",
    "bevestig_actueel",
    "bewaar_concept",
    "bewaar_record",
    "depubliceer",
    "herzieningen",
    "lees_record",
    "maak_instantie",
    "neem_concept_over",
    "publicatie_kenmerk",
    "publiceer",
    "publiek_recht",
    "publieke_rechten",
    "vergelijk_met_concept",
    "verifieer",
    "verouderde_rechten",
    "versies",
    "wijzig_record",
]
