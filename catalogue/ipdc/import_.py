"""Import: an RDF graph of IPDC instances and concepts → candidate `RechtRecord`s, each accepted or rejected.

Pure (no database). Reads our own exports losslessly (`rv:` extensions) and IPDC-shaped files from elsewhere:
`InstantieSnapshot` / `Instantie` and `ConceptSnapshot` / `Concept`. For foreign records:
- the code is stable across imports: `ipdc-<productnummer>` for concepts, `ipdc-<hash of the instance IRI>`
  for instances (titles change, identities do not);
- HTML texts become plain text; the Dutch text is taken from `nl`, else the formal/informal/generated variants;
- `bron_url` is the record's IRI, `laatst_geverifieerd` the date of `dateModified`, and the record says so;
- the condition stays prose (`voorwaarde` null with an explanation) until an editor makes it machine-readable;
- the linked concept (`dct:source`) is found in the file, else by product number (IPDC's join key);
- an area (`dct:spatial`) outside the official list, or a NIS code we do not know, rejects the record.
Several snapshots of one instance or concept: only the latest (`generatedAtTime`) is taken.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from typing import Literal as Soort

from pydantic import ValidationError
from rdflib import BNode, Graph

from catalogue.bundel import bekende_gebieden
from catalogue.ipdc import import_knopen as lk
from catalogue.ipdc.codelijsten import enum_uit_iri, spatial_naar_gebied
from catalogue.ipdc.context import (
    CONCEPT_IRI,
    CPSV,
    DCAT,
    DCTERMS,
    LPDC,
    M8G,
    PROV,
    RDF,
    RDFS,
    RV,
    SCHEMA,
    organisatie_iri,
    slug,
)
from catalogue.ipdc.lezen import RECORD_TYPES
from catalogue.schema import Bestuursniveau, ConceptRecord, Doelgroep, ProductType, RechtRecord, Thema, UitvoerendNiveau
from rechten.validatie import veldfouten

__all__ = ["Kandidaat", "kandidaten"]

UUID_RE = re.compile(r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/?$", re.IGNORECASE)
# Most local first: with several competent levels the right is filed under the one closest to the citizen.
NIVEAU_VOORRANG = ["lokaal", "provinciaal", "vlaams", "federaal", "europees"]
CONCEPT_TYPES = (LPDC.ConceptualPublicServiceSnapshot, LPDC.ConceptualPublicService)


@dataclass
class Kandidaat:
    """One record found in the file: accepted (`record`) or rejected (`fout`), with its provenance."""

    bron: str  # IRI of the node in the file
    soort: Soort["instantie", "concept"]
    titel: str = ""
    record: RechtRecord | None = None
    fout: str | None = None
    overgeslagen: str | None = None  # reason when deliberately not imported (an older snapshot)
    id: str | None = None  # uuid of the instance (from dct:isVersionOf)
    aangemaakt_op: datetime | None = None
    gewijzigd_op: datetime | None = None
    opmerkingen: list[str] = field(default_factory=list)


def _codes(g: Graph, s, p) -> list[str]:
    return sorted({str(x) for x in g.objects(s, p)})


def _enums(g: Graph, s, p, soort) -> list:
    waarden, onbekend = [], []
    for iri in lk.waarden(g, s, p):
        if (w := enum_uit_iri(soort, str(iri))) is not None:
            waarden.append(w)
        else:
            onbekend.append(str(iri))
    if onbekend:
        raise lk.Afwijzing(
            f"waarde buiten de officiële codelijst voor {p.n3(g.namespace_manager)}: {', '.join(onbekend)}"
        )
    return sorted(set(waarden), key=list(soort).index)


def _niveau(g: Graph, s, k: Kandidaat) -> Bestuursniveau:
    niveaus = _enums(g, s, LPDC.competentAuthorityLevel, Bestuursniveau)
    if not niveaus:
        raise lk.Afwijzing("bevoegd bestuursniveau ontbreekt (lpdcExt:competentAuthorityLevel)")
    niveau = min(niveaus, key=lambda n: NIVEAU_VOORRANG.index(n.value))
    if len(niveaus) > 1:
        k.opmerkingen.append(
            f"meerdere bevoegde niveaus ({', '.join(n.value for n in niveaus)}); gekozen: {niveau.value}"
        )
    return niveau


def _code(g: Graph, s, k: Kandidaat, versie_van: str | None) -> str:
    if (code := lk.str_(g, s, RV.code)) is not None:
        return code
    sleutel = hashlib.sha1((versie_van or str(s)).encode()).hexdigest()[:10]
    if k.soort == "concept":
        productnummer = lk.str_(g, s, SCHEMA.productID)
        return _concept_code(productnummer) if productnummer else f"ipdc-concept-{sleutel}"
    return f"ipdc-{sleutel}"


def _concept(g: Graph, s, k: Kandidaat, concept_codes: dict[str, str]) -> str | None:
    bron = lk.een(g, s, DCTERMS.source)
    if bron is None:
        return None
    if (code := lk.str_(g, bron, RV.code)) is not None:
        return code
    if str(bron).startswith(CONCEPT_IRI):
        return str(bron)[len(CONCEPT_IRI) :]
    if str(bron) in concept_codes:
        return concept_codes[str(bron)]
    if productnummer := lk.str_(g, s, SCHEMA.productID):
        # The product number is IPDC's join key: an IPDC concept imported before (or later) has this code.
        k.opmerkingen.append(f"gekoppeld concept {bron} staat niet in het bestand; gekoppeld via productnummer")
        return _concept_code(productnummer)
    k.opmerkingen.append(f"gekoppeld concept {bron} staat niet in het bestand; koppeling niet overgenomen")
    return None


def _concept_code(productnummer: str) -> str:
    return f"ipdc-{slug(productnummer, max_lengte=40)}"


def _record(g: Graph, s, k: Kandidaat, concept_codes: dict[str, str]) -> RechtRecord:
    eigen = lk.een(g, s, RV.code) is not None
    lz = lk.Lezer(g, s, eigen=eigen)
    versie_van = lk.str_(g, s, DCTERMS.isVersionOf)
    naam = lz.tekst(s, DCTERMS.title)
    if "nl" not in naam:
        raise lk.Afwijzing("naam ontbreekt: geen Nederlandse titel (dct:title)")
    niveau = _niveau(g, s, k)
    competent = lk.waarden(g, s, M8G.hasCompetentAuthority)
    if not competent:
        raise lk.Afwijzing("bevoegde overheid ontbreekt (m8g:hasCompetentAuthority)")
    if len(competent) > 1:
        k.opmerkingen.append(f"{len(competent)} bevoegde overheden; de eerste is overgenomen")
    if eigen:
        gebied = _codes(g, s, RV.gebied)
    else:
        gebied, onbekend = spatial_naar_gebied(niveau, [str(x) for x in g.objects(s, DCTERMS.spatial)])
        if onbekend:
            raise lk.Afwijzing(f"onbekend geografisch toepassingsgebied: {', '.join(onbekend)}")
    modified = lk.een(g, s, SCHEMA.dateModified) or lk.een(g, s, PROV.generatedAtTime)
    machine = lk.een(g, s, RV.machineleesbareVoorwaarde)
    type_ = _enums(g, s, DCTERMS.type, ProductType)
    data: dict[str, Any] = {
        "code": _code(g, s, k, versie_van),
        "naam": {**naam, **({"fr": fr} if (fr := lk.str_(g, s, RV.naamFr)) else {})},
        "beschrijving": {
            **lz.tekst(s, DCTERMS.description),
            **({"fr": f} if (f := lk.str_(g, s, RV.beschrijvingFr)) else {}),
        },
        "niveau": niveau,
        "uitvoerend_niveau": _enums(g, s, LPDC.executingAuthorityLevel, UitvoerendNiveau),
        "bevoegde_overheid": lz.organisatie(sorted(competent, key=str)[0]),
        "uitvoerende_overheden": sorted(
            (lz.organisatie(o) for o in lk.waarden(g, s, LPDC.hasExecutingAuthority)),
            key=lambda o: o["uri"] or organisatie_iri(o["naam"]),
        ),
        "gebied": gebied,
        "type": type_[0] if type_ else None,
        "themas": _enums(g, s, M8G.thematicArea, Thema),
        "doelgroepen": _enums(g, s, LPDC.targetAudience, Doelgroep) or [Doelgroep.Burger],
        "sociale_doelgroepen": _codes(g, s, RV.socialeDoelgroep),
        "zoektermen": sorted({str(x) for x in g.objects(s, DCAT.keyword) if (x.language or "nl").startswith("nl")}),
        "voorwaarden": lk.voorwaarden(lz, s),
        "voorwaarde": lk.json_waarde(machine),
        "voorwaarde_toelichting": lk.str_(g, s, RV.voorwaardeToelichting),
        "procedures": lk.procedures(lz, s),
        "kosten": lk.omschrijvingen(lz, s, M8G.hasCost),
        "financiele_voordelen": lk.omschrijvingen(lz, s, CPSV.produces),
        "bedragen": lk.bedragen(lz, s),
        "regelgeving": [
            {
                "naam": lz.nl(r, DCTERMS.title) or lk.str_(g, r, SCHEMA.url),
                "url": lk.str_(g, r, SCHEMA.url),
                "beschrijving": lz.nl(r, DCTERMS.description),
            }
            for r in lz.geordend(s, M8G.hasLegalResource)
        ],
        "contact": lk.contact(lz, s),
        "websites": lk.websites(lz, s, RDFS.seeAlso),
        "documenten": [lk.str_(g, d, RV.omschrijving) for d in lz.geordend(s, RV.document)],
        "automatisch": lk.bool_(lk.een(g, s, RV.automatisch)),
        "aanvragen_bij": lk.str_(g, s, RV.aanvragenBij),
        "relaties": {
            "geeft_recht_op": _codes(g, s, RV.geeftRechtOp),
            "vereist": _codes(g, s, RV.vereist),
            "sluit_uit": _codes(g, s, RV.sluitUit),
        },
        "concept": _concept(g, s, k, concept_codes),
        "productnummer": lk.str_(g, s, SCHEMA.productID),
        "start": lk.dag(lk.een(g, s, SCHEMA.startDate)),
        "einde": lk.dag(lk.een(g, s, SCHEMA.endDate)),
        "bron_url": lk.str_(g, s, RV.bronUrl) or versie_van or str(s),
        "laatst_geverifieerd": lk.str_(g, s, RV.laatstGeverifieerd) or lk.dag(modified),
        "verificatie_opmerking": lk.str_(g, s, RV.verificatieOpmerking),
        "status": "gearchiveerd" if lk.bool_(lk.een(g, s, LPDC.isArchived)) else "gepubliceerd",
    }
    for veld, rv in (
        ("aanvullende_beschrijving", (LPDC.additionalDescription, RV.verdereBeschrijvingFr)),
        ("uitzonderingen", (LPDC.exception, RV.uitzonderingenFr)),
    ):
        tekst = {**lz.tekst(s, rv[0]), **({"fr": f} if (f := lk.str_(g, s, rv[1])) else {})}
        data[veld] = tekst or None
    samenvatting = lz.tekst(s, RV.samenvatting)
    data["samenvatting"] = samenvatting or None
    if not eigen:
        data["voorwaarde_toelichting"] = data["voorwaarde_toelichting"] or (
            "Geïmporteerd uit IPDC: de voorwaarden staan enkel in tekst en zijn nog niet machineleesbaar gemaakt."
        )
        data["verificatie_opmerking"] = data["verificatie_opmerking"] or (
            f"Geïmporteerd uit een IPDC-bestand ({versie_van or s}); nog niet aan de officiële bron getoetst."
        )
    try:
        # A concept is a template that applies nowhere yet: it needs no area.
        record = (ConceptRecord if k.soort == "concept" else RechtRecord).model_validate(data)
    except ValidationError as fout:
        raise lk.Afwijzing(
            "; ".join(f"{f['veld'] or '(record)'}: {f['fout']}" for f in veldfouten(fout.errors()))
        ) from None
    if onbekend := sorted((set(record.gebied) | _woont_in(record.voorwaarde)) - bekende_gebieden()):
        raise lk.Afwijzing(f"gebied: onbekende NIS- of NUTS-code {', '.join(onbekend)}")
    return record


def _woont_in(voorwaarde: Any) -> set[str]:
    """Area codes used in `woont_in` conditions, anywhere in the condition tree."""
    if isinstance(voorwaarde, list):
        return set().union(*map(_woont_in, voorwaarde)) if voorwaarde else set()
    if not isinstance(voorwaarde, dict):
        return set()
    eigen = set(voorwaarde.get("woont_in", []))
    return eigen.union(*map(_woont_in, voorwaarde.values()))


# ## All nodes


def _is_record(g: Graph, s) -> bool:
    """Typed as an IPDC record and not merely a reference (our `linkedConcept` nodes carry only type and code)."""
    if any(
        (s, RDF.type, t) in g
        for t in (LPDC.InstancePublicServiceSnapshot, LPDC.InstancePublicService, LPDC.ConceptualPublicServiceSnapshot)
    ):
        return True
    return any(p not in (RDF.type, RV.code) for p, _ in g.predicate_objects(s))


def kandidaten(g: Graph) -> list[Kandidaat]:
    """Every instance and concept in the graph, concepts first, each accepted or rejected with a reason."""
    knopen = sorted({s for t in RECORD_TYPES for s in g.subjects(RDF.type, t) if _is_record(g, s)}, key=str)
    # Several snapshots of one thing: keep the latest.
    laatste: dict[str, tuple[Any, Any]] = {}
    for s in knopen:
        sleutel = lk.str_(g, s, DCTERMS.isVersionOf) or str(s)
        moment = lk.tijdstip(lk.een(g, s, PROV.generatedAtTime))
        ordening = (moment is not None, moment.timestamp() if moment else 0.0, str(s))
        if sleutel not in laatste or ordening > laatste[sleutel][1]:
            laatste[sleutel] = (s, ordening)
    gekozen = {s for s, _ in laatste.values()}
    concept_codes: dict[str, str] = {}
    uit: list[Kandidaat] = []
    for s in sorted(knopen, key=lambda n: (not any((n, RDF.type, t) in g for t in CONCEPT_TYPES), str(n))):
        soort = "concept" if any((s, RDF.type, t) in g for t in CONCEPT_TYPES) else "instantie"
        versie_van = lk.str_(g, s, DCTERMS.isVersionOf)
        k = Kandidaat(bron=str(s) if not isinstance(s, BNode) else f"_:{s}", soort=soort)
        k.titel = lk.Lezer(g, s, eigen=True).nl(s, DCTERMS.title) or ""
        if s not in gekozen:
            k.overgeslagen = f"oudere snapshot van {versie_van}; de nieuwste wordt ingelezen"
            uit.append(k)
            continue
        if versie_van and (m := UUID_RE.search(versie_van)) and soort == "instantie":
            k.id = m.group(1).lower()
        k.aangemaakt_op = lk.tijdstip(lk.een(g, s, SCHEMA.dateCreated))
        k.gewijzigd_op = lk.tijdstip(lk.een(g, s, SCHEMA.dateModified))
        try:
            k.record = _record(g, s, k, concept_codes)
        except lk.Afwijzing as fout:
            k.fout = str(fout)
        if k.record and soort == "concept":
            for iri in filter(None, (versie_van, str(s))):
                concept_codes[iri] = k.record.code
        uit.append(k)
    return uit
