"""Import into a real database through the store: per-record transactions, idempotence, the exact round trip
export → import into an empty catalogue → export (same graph but for `prov:generatedAtTime`), on SQLite and on
PostgreSQL."""

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from catalogue import store
from catalogue.ipdc.export import als_json
from catalogue.ipdc.importeer import importeer_bestand
from catalogue.ipdc.lezen import LeesFout
from catalogue.models import Recht, RechtVersie
from tests.catalogue.ipdc.hulp import exporteer_db, graaf, nieuwe_db, standaard_records, vul, zelfde_graaf
from tests.catalogue.ipdc.shacl import valideer
from tests.support.postgres import verse_database

CONCEPTEN = Path(__file__).parent / "data" / "ipdc-concepten.jsonld"


def _importeer(engine, document) -> dict[str, str]:
    inhoud = document if isinstance(document, bytes) else als_json(document).encode()
    rapport = importeer_bestand(engine, inhoud, door="test", bestand="test.jsonld")
    return {r.code or r.bron: r.actie for r in rapport.regels} | {
        f"reden:{r.code or r.bron}": r.reden for r in rapport.regels if r.reden
    }


def _tel(engine) -> tuple[int, int]:
    with Session(engine) as s:
        return s.exec(select(func.count()).select_from(Recht)).one(), s.exec(
            select(func.count()).select_from(RechtVersie)
        ).one()


@pytest.fixture
def bron(tmp_path):
    engine = nieuwe_db(f"sqlite:///{tmp_path / 'bron.db'}")
    vul(engine, standaard_records())
    yield engine
    engine.dispose()


@pytest.fixture
def leeg(tmp_path):
    engine = nieuwe_db(f"sqlite:///{tmp_path / 'doel.db'}")
    yield engine
    engine.dispose()


def _rondreis(bron, leeg):
    eerste = exporteer_db(bron)
    uitslag = valideer(graaf(eerste))
    assert uitslag.conform, uitslag.rapport
    assert uitslag.focusknopen == len(eerste["@graph"]) == 3
    gemeld = _importeer(leeg, eerste)
    assert [gemeld[c] for c in ("gent-uitpas-kansentarief", "leuven-mantelzorgpremie", "leefloon")] == [
        "aangemaakt"
    ] * 3
    tweede = exporteer_db(leeg)
    assert zelfde_graaf(graaf(eerste), graaf(tweede))
    # same snapshot and instance IRIs, same dates: identity survives the trip
    assert [n["@id"] for n in eerste["@graph"]] == [n["@id"] for n in tweede["@graph"]]
    assert [n["creatie"] for n in eerste["@graph"]] == [n["creatie"] for n in tweede["@graph"]]


def test_rondreis_naar_een_lege_catalogus_geeft_dezelfde_graaf(bron, leeg):
    _rondreis(bron, leeg)


@pytest.mark.postgres
def test_rondreis_op_postgresql(bron):
    with verse_database() as url:
        leeg = nieuwe_db(url)
        try:
            _rondreis(bron, leeg)
            assert set(_importeer(leeg, exporteer_db(bron)).values()) == {"ongewijzigd"}
        finally:
            leeg.dispose()


def test_opnieuw_inlezen_is_idempotent(bron, leeg):
    document = exporteer_db(bron)
    _importeer(leeg, document)
    voor = _tel(leeg)
    assert set(_importeer(leeg, document).values()) == {"ongewijzigd"}
    assert set(_importeer(bron, document).values()) == {"ongewijzigd"}  # the original, with its own list order
    assert _tel(leeg) == voor


def test_gewijzigd_record_wordt_bijgewerkt_met_een_nieuwe_versie(bron, leeg):
    document = exporteer_db(bron)
    _importeer(leeg, document)
    gewijzigd = copy.deepcopy(document)
    leefloon = next(n for n in gewijzigd["@graph"] if n["code"] == "leefloon")
    leefloon["beschrijving"] = {"nl": "Nieuwe beschrijving van het leefloon."}
    gemeld = _importeer(leeg, gewijzigd)
    assert gemeld["leefloon"] == "bijgewerkt"
    assert gemeld["leuven-mantelzorgpremie"] == "ongewijzigd"
    with Session(leeg) as s:
        info, record = store.lees_record(s, "leefloon")
        assert record.beschrijving.nl == "Nieuwe beschrijving van het leefloon."
        assert info.versie == 2


def test_slecht_record_wordt_geweigerd_en_de_rest_bewaard(bron, leeg):
    document = exporteer_db(bron)
    leefloon = next(n for n in document["@graph"] if n["code"] == "leefloon")
    leefloon["themas"] = ["https://productencatalogus.data.vlaanderen.be/id/concept/Thema/Armoede"]
    gemeld = _importeer(leeg, document)
    assert gemeld["reden:" + leefloon["@id"]].startswith("waarde buiten de officiële codelijst")
    assert gemeld["gent-uitpas-kansentarief"] == gemeld["leuven-mantelzorgpremie"] == "aangemaakt"
    with Session(leeg) as s:
        assert store.lees_record(s, "leefloon") is None
        assert {i.code for i, _ in store.publieke_rechten(s)} == {"gent-uitpas-kansentarief", "leuven-mantelzorgpremie"}


def test_weigering_door_de_opslag_rolt_enkel_dat_record_terug(bron, leeg):
    """An id already used by another right: the store refuses; that record only is rolled back."""
    document = exporteer_db(bron)
    _importeer(leeg, document)
    ander = copy.deepcopy(document)
    kopie = next(n for n in ander["@graph"] if n["code"] == "leefloon")
    kopie["code"] = "leefloon-kopie"  # new code, same instance IRI → same uuid
    gemeld = _importeer(leeg, {"@context": ander["@context"], "@graph": [kopie, ander["@graph"][0]]})
    assert gemeld["leefloon-kopie"] == "geweigerd" and "al in gebruik" in gemeld["reden:leefloon-kopie"]
    assert gemeld[ander["@graph"][0]["code"]] == "ongewijzigd"
    with Session(leeg) as s:
        assert store.lees_record(s, "leefloon-kopie") is None


def test_onleesbaar_bestand_schrijft_niets(leeg):
    voor = _tel(leeg)
    for inhoud in (b"{kapot", b'{"@context": {}, "@graph": []}', json.dumps({"@context": "https://x.org/c"}).encode()):
        with pytest.raises(LeesFout):
            importeer_bestand(leeg, inhoud, door="test", bestand="x")
    assert _tel(leeg) == voor == (0, 0)


def test_ipdc_concepten_en_instantie_worden_gekoppeld(leeg):
    gemeld = _importeer(leeg, CONCEPTEN.read_bytes())
    assert gemeld["ipdc-1407"] == gemeld["ipdc-2215"] == "aangemaakt"
    assert list(gemeld.values()).count("overgeslagen") == 1
    with Session(leeg) as s:
        [code] = [c for c, a in gemeld.items() if a == "aangemaakt" and c not in ("ipdc-1407", "ipdc-2215")]
        info, record = store.lees_record(s, code)
        assert info.soort == "instantie" and info.id == "c0d6bf9a-fcc4-4d46-beb6-3f4d80f03bf3"
        assert record.concept == "ipdc-1407"
        rij = s.exec(select(Recht).where(Recht.code == record.code)).one()
        assert rij.concept_nr is not None  # linked to the imported concept
    opnieuw = importeer_bestand(leeg, CONCEPTEN.read_bytes(), door="test", bestand="x").telling()
    assert opnieuw == {"ongewijzigd": 3, "overgeslagen": 1}


def test_rondreis_van_de_gebundelde_catalogus(tmp_path, leeg):
    """The whole bundled catalogue, loaded as at start-up: export → empty catalogue → export gives the same graph."""
    from catalogue.laden import laad_catalogus

    bron = nieuwe_db(f"sqlite:///{tmp_path / 'bundel.db'}")
    try:
        laad_catalogus(bron, forceer=True)
        eerste = exporteer_db(bron)
        if not eerste["@graph"]:
            pytest.skip("nog geen gebundelde rechten")
        rapport = importeer_bestand(leeg, als_json(eerste).encode(), door="test", bestand="bundel.jsonld")
        assert rapport.telling() == {"aangemaakt": len(eerste["@graph"])}
        assert zelfde_graaf(graaf(eerste), graaf(exporteer_db(leeg)))
        opnieuw = importeer_bestand(bron, als_json(eerste).encode(), door="test", bestand="bundel.jsonld")
        assert opnieuw.telling() == {"ongewijzigd": len(eerste["@graph"])}
    finally:
        bron.dispose()
