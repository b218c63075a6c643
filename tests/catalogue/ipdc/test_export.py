"""Export: published rights → JSON-LD instance snapshots that conform to the official SHACL shape.

Validation merges the official code lists into the data graph (so `sh:class skos:Concept` is really checked) and
counts focus nodes: a validation that targets nothing proves nothing. Broken exports must be reported.
"""

import copy
import json
import warnings
from datetime import UTC, datetime

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from catalogue.bundel import lees_bundel
from catalogue.ipdc.context import DCTERMS, LPDC, M8G, PS, RDF, RV
from catalogue.ipdc.export import als_json, exporteer
from catalogue.schema import Status
from tests.catalogue.ipdc.shacl import valideer
from tests.catalogue.ipdc.voorbeelden import federaal, info_voor, lokaal, paren, volledig

XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
NU = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def graaf(document: dict) -> Graph:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's JSON-LD parser uses ConjunctiveGraph
        return Graph().parse(data=json.dumps(document), format="json-ld")


@pytest.fixture(scope="module")
def export():
    return exporteer(paren(volledig(), lokaal(), federaal(), lokaal(code="leuven-ontwerp", status="ontwerp")), nu=NU)


@pytest.fixture(scope="module")
def uitslag(export):
    return valideer(graaf(export.document))


def test_export_is_conform_met_een_focusknoop_per_gepubliceerd_recht(export, uitslag):
    assert uitslag.conform, uitslag.rapport
    assert export.aantal == 3  # the draft is not exported
    assert uitslag.focusknopen == 3


def test_de_context_is_ingebed_en_verwijst_nergens_naar_buiten(export):
    tekst = als_json(export.document)
    ctx = export.document["@context"]
    assert isinstance(ctx, dict) and "InstantieSnapshot" in ctx and "rv" in ctx

    def contexten(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ("@context", "@import"):
                    yield v
                yield from contexten(v)
        elif isinstance(x, list):
            for v in x:
                yield from contexten(v)

    assert not [c for c in contexten(export.document) if isinstance(c, str)]
    assert "raw.githubusercontent" not in tekst


def test_elk_onderdeel_heeft_een_iri_geen_blanco_knopen(export):
    g = graaf(export.document)
    assert not [t for triple in g for t in triple if isinstance(t, BNode)]
    snapshot = export.document["@graph"][0]["@id"]
    assert (URIRef(f"{snapshot}/voorwaarden/0"), RDF.type, M8G.Requirement) in g
    assert (URIRef(f"{snapshot}/contactgegevens/0/adres"), RDF.type, URIRef("http://www.w3.org/ns/locn#Address")) in g


def test_snapshot_draagt_versie_identiteit_en_datums(export):
    g = graaf(export.document)
    info = info_voor(federaal())
    snapshot = next(g.subjects(DCTERMS.isVersionOf, URIRef(f"http://data.lblod.info/id/public-service/{info.id}")))
    assert (snapshot, RDF.type, LPDC.InstancePublicServiceSnapshot) in g
    assert str(g.value(snapshot, URIRef("http://www.w3.org/ns/prov#generatedAtTime"))).startswith("2025-01-16T08:00")
    assert str(g.value(snapshot, URIRef("http://schema.org/dateCreated"))).startswith("2024-03-01T09:30")
    assert (snapshot, DCTERMS.title, Literal("Leefloon", lang="nl")) in g
    assert (snapshot, RV.naamFr, Literal("Revenu d'intégration", lang="fr")) in g
    makers = list(g.objects(snapshot, URIRef("http://purl.org/pav/createdBy")))
    assert len(makers) == 1 and (makers[0], RDF.type, M8G.PublicOrganisation) in g


def test_meerdere_voorwaarden_worden_een_samengevoegde_plus_de_afzonderlijke(export):
    g = graaf(export.document)
    snapshot = next(g.subjects(RV.code, Literal("gent-uitpas-kansentarief", datatype=XSD_STRING)))
    samen = list(g.objects(snapshot, PS.hasRequirement))
    assert len(samen) == 1  # the shape's maxCount 1
    tekst = str(g.value(samen[0], DCTERMS.description))
    assert "1. Woonplaats" in tekst and "2. Inkomen" in tekst
    assert len(list(g.objects(snapshot, RV.afzonderlijkeVoorwaarde))) == 2
    assert len(list(g.objects(snapshot, URIRef("http://purl.org/vocab/cpsv#follows")))) == 1


def test_email_buiten_het_ipdc_patroon_gaat_naar_de_extensie(export):
    g = graaf(export.document)
    assert (None, RV.emailBuitenPatroon, Literal("uitpas+kansen@stad.gent")) in g
    assert (None, URIRef("http://schema.org/email"), Literal("info@stad.gent", datatype=XSD_STRING)) in g


def test_export_is_deterministisch_en_de_snapshot_volgt_de_inhoud():
    een = exporteer(paren(volledig(), federaal()), nu=NU).document
    twee = exporteer(paren(federaal(), volledig()), nu=NU).document
    assert als_json(een) == als_json(twee)
    anders = exporteer(paren(federaal(beschrijving="Nieuwe tekst.")), nu=NU).document
    origineel = next(n for n in een["@graph"] if n["code"] == "leefloon")
    assert anders["@graph"][0]["@id"] != origineel["@id"]
    assert anders["@graph"][0]["isVersionOf"] == origineel["isVersionOf"]


def test_recht_buiten_de_vlaamse_lijst_wordt_overgeslagen_met_reden():
    brussel = lokaal(code="brussel-premie", gebied=["21004"])
    e = exporteer(paren(brussel, federaal()), nu=NU)
    assert e.aantal == 1
    assert e.overgeslagen[0][0] == "brussel-premie" and "21004" in e.overgeslagen[0][1]


# ## The check can fail


def _gebroken(export, wijzig) -> Graph:
    document = copy.deepcopy(export.document)
    wijzig(document["@graph"])
    return graaf(document)


def test_thema_buiten_de_codelijst_is_niet_conform(export):
    def wijzig(knopen):
        knopen[0]["themas"].append("https://productencatalogus.data.vlaanderen.be/id/concept/Thema/Armoede")

    uitslag = valideer(_gebroken(export, wijzig))
    assert not uitslag.conform
    assert "Thema/Armoede" in uitslag.rapport and "ClassConstraintComponent" in uitslag.rapport


def test_ontbrekende_titel_is_niet_conform(export):
    def wijzig(knopen):
        del knopen[1]["naam"]

    uitslag = valideer(_gebroken(export, wijzig))
    assert not uitslag.conform
    assert "MinCountConstraintComponent" in uitslag.rapport and "dc1:title" in uitslag.rapport
    assert uitslag.focusknopen == 3


def test_twee_voorwaarden_rechtstreeks_breken_de_maxcount(export):
    def wijzig(knopen):
        gent = next(k for k in knopen if k["code"] == "gent-uitpas-kansentarief")
        gent["voorwaarden"] = gent["afzonderlijkeVoorwaarden"]

    uitslag = valideer(_gebroken(export, wijzig))
    assert not uitslag.conform and "MaxCountConstraintComponent" in uitslag.rapport


def test_zonder_codelijsten_zou_elk_thema_falen(export):
    """Shows the code lists matter: the same graph fails when the concepts are not typed skos:Concept."""
    from pyshacl import validate

    from tests.catalogue.ipdc.shacl import _vormen

    conform, _, rapport = validate(graaf(export.document), shacl_graph=_vormen("instantie"))
    assert not conform and "skos:Concept" in rapport


# ## The bundled catalogue


def test_gebundelde_catalogus_is_conform():
    bundel = lees_bundel()
    gepubliceerd = [r for r in bundel.records.values() if r.status is Status.gepubliceerd]
    if not gepubliceerd:
        pytest.skip("nog geen gebundelde rechten")
    e = exporteer(paren(*bundel.records.values()), nu=NU)
    assert not e.overgeslagen, e.overgeslagen
    uitslag = valideer(graaf(e.document))
    assert uitslag.conform, uitslag.rapport[:5000]
    assert uitslag.focusknopen == e.aantal == len(gepubliceerd)
