"""Export: published rights → one JSON-LD document of IPDC-LPDC instance snapshots, context embedded.

Pure functions on `(info, record)` pairs; no database. Each right's published version becomes one
`lpdcExt:InstancePublicServiceSnapshot` (`InstantieSnapshot`) that conforms to the official SHACL shape
`catalogue/data/ipdc/shacl/instantie-shape.ttl`. What the IPDC model lacks goes under `rv:` (see `context.py`).

Interpretations of the official shape (it, not the JSON-LD model, is what a validator checks):
- `ps:hasRequirement` and `cpsv:follows` have `sh:maxCount 1` in the shape, while the model allows ordered lists.
  One condition / procedure is exported as is; several are exported as ONE combined `Voorwaarde` / `Procedure`
  (numbered text, evidence and websites gathered) for IPDC consumers, and each original one, also typed and
  checked by the shape, under `rv:afzonderlijkeVoorwaarde` / `rv:afzonderlijkeProcedure` for a lossless import.
- Text languages are limited to en/nl variants by the shape: French goes to `rv:naamFr` etc.
- `pav:createdBy` (required) is the competent authority; our catalogue has no separate creator.
- `dct:language` is left out: its values (EU language authority) are in none of the official code lists.
- Dates (`schema:startDate`/`endDate`) are `xsd:dateTime` at midnight UTC of the record's date.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol

from catalogue.ipdc import export_knopen as kn
from catalogue.ipdc.codelijsten import code_iri, gebied_naar_spatial
from catalogue.ipdc.context import CONCEPT_IRI, INSTANTIE_IRI, context, snapshot_iri
from catalogue.schema import RechtRecord, Status

__all__ = ["Export", "RechtInfoLike", "als_json", "exporteer", "instantie_iri", "snapshot_knoop"]


class RechtInfoLike(Protocol):
    """What the export needs from the store's `RechtInfo` (the published version's metadata)."""

    id: str
    versie: int
    aangemaakt_op: datetime
    gewijzigd_op: datetime
    gepubliceerd_op: datetime | None


@dataclass
class Export:
    document: dict[str, Any]
    aantal: int  # snapshots written
    overgeslagen: list[tuple[str, str]] = field(default_factory=list)  # (code, reason)


def instantie_iri(info: RechtInfoLike) -> str:
    return INSTANTIE_IRI + str(info.id)


def _tijd(moment: datetime) -> str:
    if moment.tzinfo is None:  # the store hands out aware datetimes; a naive one is taken as UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _dag(d: date) -> str:
    return f"{d.isoformat()}T00:00:00Z"


def _eigen(record: RechtRecord) -> dict[str, Any]:
    """Our extensions (namespace rv:)."""
    fr = {
        "naamFr": record.naam.fr,
        "beschrijvingFr": record.beschrijving.fr,
        "verdereBeschrijvingFr": record.aanvullende_beschrijving.fr if record.aanvullende_beschrijving else None,
        "uitzonderingenFr": record.uitzonderingen.fr if record.uitzonderingen else None,
    }
    samenvatting = None
    if record.samenvatting:
        s = record.samenvatting
        samenvatting = {k: v for k, v in (("nl", s.nl), ("fr", s.fr), ("en", s.en)) if v}
    return {
        "code": record.code,
        **fr,
        "samenvatting": samenvatting,
        "socialeDoelgroepen": sorted(record.sociale_doelgroepen),
        "machineleesbareVoorwaarde": record.voorwaarde,
        "voorwaardeToelichting": record.voorwaarde_toelichting,
        "bedragen": kn.bedragen(record),
        "documenten": [{"@type": "Document", "omschrijving": d, "order": i} for i, d in enumerate(record.documenten)],
        "automatisch": record.automatisch,
        "aanvragenBij": record.aanvragen_bij,
        "geeftRechtOp": sorted(record.relaties.geeft_recht_op),
        "vereist": sorted(record.relaties.vereist),
        "sluitUit": sorted(record.relaties.sluit_uit),
        "gebied": sorted(record.gebied),
        "bronUrl": str(record.bron_url),
        "laatstGeverifieerd": record.laatst_geverifieerd.isoformat(),
        "verificatieOpmerking": record.verificatie_opmerking,
    }


def snapshot_knoop(info: RechtInfoLike, record: RechtRecord, *, nu: datetime) -> dict[str, Any]:
    """The `InstantieSnapshot` node of one published right. Raises ValueError when its area cannot be expressed."""
    spatial, _ = gebied_naar_spatial(record.niveau, record.gebied)
    if not spatial:
        raise ValueError(
            f"gebied {', '.join(record.gebied)} ligt buiten de officiële IPDC-lijst (enkel Vlaamse provincies en "
            "gemeenten); dct:spatial is verplicht"
        )
    inhoud: dict[str, Any] = {
        "@type": "InstantieSnapshot",
        "isVersionOf": instantie_iri(info),
        "aangemaaktDoor": kn.org(record.bevoegde_overheid),
        "naam": kn.tekst(record.naam),
        "beschrijving": kn.tekst(record.beschrijving),
        "verdereBeschrijving": kn.tekst(record.aanvullende_beschrijving),
        "uitzonderingen": kn.tekst(record.uitzonderingen),
        "bevoegdBestuursniveaus": [str(code_iri(record.niveau))],
        "bevoegdeOverheden": [kn.org(record.bevoegde_overheid)],
        "uitvoerendBestuursniveaus": sorted(str(code_iri(n)) for n in record.uitvoerend_niveau),
        "uitvoerendeOverheden": sorted((kn.org(o) for o in record.uitvoerende_overheden), key=lambda o: o["@id"]),
        "geografischToepassingsgebieden": spatial,
        "type": str(code_iri(record.type)) if record.type else None,
        "themas": sorted(str(code_iri(t)) for t in record.themas),
        "doelgroepen": sorted(str(code_iri(d)) for d in record.doelgroepen),
        "zoektermen": {"nl": sorted(set(record.zoektermen))} if record.zoektermen else None,
        **kn.voorwaarden(record),
        **kn.procedures(record),
        "kosten": kn.omschrijvingen("Kost", record.kosten),
        "financieleVoordelen": kn.omschrijvingen("FinancieelVoordeel", record.financiele_voordelen),
        "regelgeving": kn.regelgeving(record),
        "contactgegevens": kn.contact(record),
        "websites": [kn.website(w, i) for i, w in enumerate(record.websites)],
        "startDienstVerlening": _dag(record.start) if record.start else None,
        "eindeDienstVerlening": _dag(record.einde) if record.einde else None,
        "productnummer": record.productnummer,
        "linkedConcept": (
            {"@id": CONCEPT_IRI + record.concept, "@type": "Concept", "code": record.concept}
            if record.concept
            else None
        ),
        "gearchiveerd": False,  # only published versions are exported
        **_eigen(record),
    }
    inhoud = kn.zonder_leeg(inhoud)
    inhoud["creatie"] = _tijd(info.aangemaakt_op)
    inhoud["laatstGewijzigd"] = _tijd(info.gewijzigd_op)
    # The snapshot IRI depends on the instance, this version's content and its modification date only, so
    # exporting again (or after a round trip) gives the same IRI; the export moment is not part of it.
    vingerafdruk = json.dumps(inhoud, sort_keys=True, ensure_ascii=False)
    iri = snapshot_iri(str(info.id), vingerafdruk)
    return {"@id": iri, **_met_iris(inhoud, iri), "generatedAtTime": _tijd(info.gepubliceerd_op or nu)}


def _met_iris(knoop: dict[str, Any], basis: str) -> dict[str, Any]:
    """Give every nested node without an IRI one under its parent (`…/voorwaarden/0/bewijs`).

    LPDC names all parts by IRI too; without blank nodes two exports compare as plain sets of triples.
    """
    uit: dict[str, Any] = {}
    for sleutel, waarde in knoop.items():
        if isinstance(waarde, dict) and "@type" in waarde and "@id" not in waarde:
            waarde = _met_iris(waarde, f"{basis}/{sleutel}")
            waarde = {"@id": f"{basis}/{sleutel}", **waarde}
        elif isinstance(waarde, list):
            waarde = [
                {"@id": f"{basis}/{sleutel}/{i}", **_met_iris(x, f"{basis}/{sleutel}/{i}")}
                if isinstance(x, dict) and "@type" in x and "@id" not in x
                else x
                for i, x in enumerate(waarde)
            ]
        uit[sleutel] = waarde
    return uit


def exporteer(paren: Iterable[tuple[RechtInfoLike, RechtRecord]], *, nu: datetime | None = None) -> Export:
    """One JSON-LD document with a snapshot per published right (sorted by code; drafts and archives skipped)."""
    nu = nu or datetime.now(UTC)
    knopen, overgeslagen = [], []
    for info, record in sorted(paren, key=lambda p: p[1].code):
        if record.status is not Status.gepubliceerd:
            continue
        try:
            knopen.append(snapshot_knoop(info, record, nu=nu))
        except ValueError as fout:
            overgeslagen.append((record.code, str(fout)))
    return Export({"@context": context(), "@graph": knopen}, len(knopen), overgeslagen)


def als_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
