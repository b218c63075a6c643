"""Import (pure part): JSON-LD → candidate records; our exports read back losslessly, IPDC files mapped, bad
files refused as a whole and bad records refused one by one with a reason."""

import copy
import json
from pathlib import Path

import pytest

from catalogue.bundel import lees_bundel
from catalogue.ipdc.export import exporteer
from catalogue.ipdc.import_ import kandidaten
from catalogue.ipdc.importeer import volg_bestaande
from catalogue.ipdc.lezen import MAX_BYTES, LeesFout, lees_graaf
from tests.catalogue.ipdc.shacl import valideer
from tests.catalogue.ipdc.voorbeelden import federaal, lokaal, paren, volledig

CONCEPTEN = Path(__file__).parent / "data" / "ipdc-concepten.jsonld"


def _export(*records) -> dict:
    return exporteer(paren(*records)).document


def _lees(document) -> list:
    return kandidaten(lees_graaf(json.dumps(document)))


# ## Our own export, read back


@pytest.mark.parametrize("maak", [volledig, lokaal, federaal])
def test_eigen_export_wordt_zonder_verlies_ingelezen(maak):
    origineel = maak()
    [k] = _lees(_export(origineel))
    assert k.fout is None and k.soort == "instantie"
    assert volg_bestaande(k.record, origineel) == origineel
    assert k.record.model_dump(mode="json")["bedragen"] == origineel.model_dump(mode="json")["bedragen"]


def test_volgorde_van_ongeordende_lijsten_wordt_canoniek_zonder_bestaand_record():
    [k] = _lees(_export(volledig()))
    assert k.record.zoektermen == ["korting", "uitpas", "vrije tijd"]
    assert volg_bestaande(k.record, None) is k.record


def test_identiteit_en_datums_komen_mee():
    [k] = _lees(_export(federaal()))
    from tests.catalogue.ipdc.voorbeelden import info_voor

    info = info_voor(federaal())
    assert k.id == info.id
    assert k.aangemaakt_op == info.aangemaakt_op and k.gewijzigd_op == info.gewijzigd_op


def test_gebundelde_catalogus_overleeft_de_rondreis():
    records = {r.code: r for r in lees_bundel().records.values() if r.status.value == "gepubliceerd"}
    if not records:
        pytest.skip("nog geen gebundelde rechten")
    gelezen = _lees(_export(*records.values()))
    assert [k.fout for k in gelezen if k.fout] == []
    assert len(gelezen) == len(records)
    for k in gelezen:
        assert volg_bestaande(k.record, records[k.record.code]) == records[k.record.code], k.record.code


# ## IPDC files from elsewhere


@pytest.fixture(scope="module")
def ipdc():
    return {k.titel + ("/oud" if k.overgeslagen else ""): k for k in kandidaten(lees_graaf(CONCEPTEN.read_bytes()))}


def test_het_voorbeeldbestand_is_zelf_ipdc_conform():
    g = lees_graaf(CONCEPTEN.read_bytes())
    concept = valideer(g, soort="concept")
    assert concept.conform, concept.rapport
    assert concept.focusknopen == 3
    instantie = valideer(g, soort="instantie")
    assert instantie.conform, instantie.rapport
    assert instantie.focusknopen == 1


def test_concepten_eerst_en_enkel_de_nieuwste_snapshot(ipdc):
    assert ipdc["Mantelzorgpremie/oud"].overgeslagen.startswith("oudere snapshot")
    nieuw = ipdc["Mantelzorgpremie"]
    assert nieuw.soort == "concept" and nieuw.fout is None
    assert nieuw.record.code == "ipdc-1407"
    assert nieuw.record.naam.en == "Informal carer allowance"
    # HTML becomes plain text; lists become lines
    assert nieuw.record.beschrijving.nl.startswith("Een gemeente of OCMW kan een premie geven")
    assert "<" not in nieuw.record.beschrijving.nl
    assert (
        nieuw.record.voorwaarden[0].beschrijving
        == "- U zorgt thuis voor een zorgbehoevende.\n- U woont in de gemeente."
    )
    assert nieuw.record.gebied == [] and type(nieuw.record).__name__ == "ConceptRecord"
    assert nieuw.record.voorwaarde is None and "IPDC" in nieuw.record.voorwaarde_toelichting
    assert str(nieuw.record.bron_url).startswith("https://ipdc.vlaanderen.be/id/concept/")
    assert nieuw.record.laatst_geverifieerd.isoformat() == "2025-02-03"


def test_instantie_van_een_integrerende_gemeente(ipdc):
    k = ipdc["Mantelzorgpremie Gent"]
    r = k.record
    assert k.soort == "instantie" and k.fout is None
    assert k.id == "c0d6bf9a-fcc4-4d46-beb6-3f4d80f03bf3"
    assert r.naam.nl == "Mantelzorgpremie Gent"  # from nl-be-x-formal
    assert r.gebied == ["44021"] and r.niveau.value == "lokaal"
    assert r.concept == "ipdc-1407"  # linked through the concept in the same file
    assert r.bevoegde_overheid.naam == "Gent"
    assert r.start.isoformat() == "2025-01-01"  # 2024-12-31T23:00Z is midnight in Brussels
    assert r.contact[0].adres.straat == "Botermarkt"


def test_instantie_zonder_zijn_concept_in_het_bestand_koppelt_via_productnummer():
    document = json.loads(CONCEPTEN.read_text(encoding="utf-8"))
    document["@graph"] = [n for n in document["@graph"] if n["@type"] == "InstantieSnapshot"]
    [k] = kandidaten(lees_graaf(json.dumps(document)))
    assert k.record.concept == "ipdc-1407" and "productnummer" in k.opmerkingen[0]
    del document["@graph"][0]["productnummer"]
    [k] = kandidaten(lees_graaf(json.dumps(document)))
    assert k.record.concept is None and "niet overgenomen" in k.opmerkingen[0]


def test_zelfde_bestand_geeft_dezelfde_codes():
    een = [k.record.code for k in kandidaten(lees_graaf(CONCEPTEN.read_bytes())) if k.record]
    twee = [k.record.code for k in kandidaten(lees_graaf(CONCEPTEN.read_bytes())) if k.record]
    assert een == twee


# ## Unreadable files: refused as a whole


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"dit is geen json", "geen geldige JSON"),
        (b"\xff\xfe\x00kapot", "geen UTF-8"),
        (b"42", "verwacht een object"),
        (b'{"@context": {"@version": 1.1}, "naam": "x"}', "geen IPDC-instanties"),
        (b'{"@context": "https://example.org/ctx.jsonld", "@type": "X"}', "externe JSON-LD-context"),
        (b'{"@context": 5, "@type": "X"}', "ongeldige JSON-LD"),
        (b"[]", "geen IPDC-instanties"),
    ],
)
def test_onleesbaar_bestand_geeft_een_duidelijke_fout(inhoud, melding):
    with pytest.raises(LeesFout, match=melding):
        lees_graaf(inhoud)


def test_te_groot_bestand():
    with pytest.raises(LeesFout, match="te groot"):
        lees_graaf(b" " * (MAX_BYTES + 1))


# ## Bad records: refused one by one, the rest goes on


def _met_fout(wijzig) -> dict[str, object]:
    document = copy.deepcopy(_export(volledig(), lokaal(), federaal()))
    wijzig({n["code"]: n for n in document["@graph"]})
    return {k.record.code if k.record else k.bron: k for k in _lees(document)}


@pytest.mark.parametrize(
    ("wijzig", "melding"),
    [
        (
            lambda n: n["leefloon"]["themas"].append(
                "https://productencatalogus.data.vlaanderen.be/id/concept/Thema/X"
            ),
            "buiten de officiële codelijst",
        ),
        (lambda n: n["leefloon"].pop("naam"), "naam ontbreekt"),
        (lambda n: n["leefloon"].pop("bevoegdBestuursniveaus"), "bevoegd bestuursniveau ontbreekt"),
        (
            lambda n: n["leefloon"].update(
                machineleesbareVoorwaarde={"veld": "aanvrager.schoenmaat", "op": "=", "waarde": 1}
            ),
            "voorwaarde",
        ),
        (
            lambda n: n["leefloon"].update(
                bedragen=[
                    {
                        "@type": "Bedrag",
                        "omschrijving": "x",
                        "waarde": "-5",
                        "eenheid": "euro",
                        "periode": "maand",
                        "geldigVanaf": "2025-01-01",
                        "order": 0,
                    }
                ]
            ),
            "bedragen",
        ),
        (lambda n: n["leefloon"].update(laatstGeverifieerd="gisteren"), "laatst_geverifieerd"),
        (lambda n: n["leefloon"].update(gebied=["99999"]), "onbekende NIS- of NUTS-code 99999"),
        (lambda n: n["leefloon"].update(machineleesbareVoorwaarde={"woont_in": ["12345"]}), "onbekende NIS"),
    ],
)
def test_slecht_record_wordt_geweigerd_met_reden_de_rest_blijft(wijzig, melding):
    gelezen = _met_fout(wijzig)
    slecht = [k for k in gelezen.values() if k.fout]
    assert len(slecht) == 1
    assert melding in slecht[0].fout
    assert {"gent-uitpas-kansentarief", "leuven-mantelzorgpremie"} <= set(gelezen)


def test_onbekend_gebied_in_vreemd_bestand_wordt_geweigerd():
    document = json.loads(CONCEPTEN.read_text(encoding="utf-8"))
    instantie = document["@graph"][3]
    instantie["geografischToepassingsgebieden"] = ["BE99999999"]
    gelezen = kandidaten(lees_graaf(json.dumps(document)))
    [k] = [k for k in gelezen if k.soort == "instantie"]
    assert "onbekend geografisch toepassingsgebied" in k.fout
    assert sum(1 for k in gelezen if k.record) == 2  # both concepts still accepted
