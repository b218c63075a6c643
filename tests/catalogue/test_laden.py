"""Loading the bundled catalogue: idempotent, updates what changed, never clobbers local edits."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml
from sqlmodel import Session

from catalogue import store
from catalogue.bundel import lees_bundel
from catalogue.concepten import gebruikte_concepten, lees_concepten
from catalogue.laden import laad_catalogus
from catalogue.models import SysteemInstelling
from rules.voorwaarden.sjablonen import STATUSSEN
from tests.catalogue.maak import data


def _schrijf(map_, code, **velden):
    pad = map_ / f"{code}.yaml"
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(yaml.safe_dump(data(code, **velden), allow_unicode=True), encoding="utf-8")
    return pad


@pytest.fixture
def bundel(tmp_path):
    rechten, concepten = tmp_path / "rechten", tmp_path / "concepten"
    concepten.mkdir()
    _schrijf(concepten, "sociaal-restaurant", gebied=[], bevoegde_overheid={"naam": "OCMW"})
    _schrijf(rechten / "lokaal" / "gent", "gent-sociaal-restaurant", concept="sociaal-restaurant")
    _schrijf(rechten / "lokaal" / "gent", "gent-uitpas", beschrijving="UiTPAS met kansentarief.")
    _schrijf(rechten / "federaal", "leefloon", niveau="federaal")
    return rechten, concepten


def _laad(engine, bundel, **kw):
    rechten, concepten = bundel
    return laad_catalogus(engine, bundel_dir=rechten, concepten_dir=concepten, **kw)


def test_eerste_start_laadt_alles_en_onthoudt_de_versie(catalogus_db, bundel):
    verslag = _laad(catalogus_db, bundel)
    assert verslag.acties == {"aangemaakt": 4} and not verslag.ongeldig
    with Session(catalogus_db) as s:
        assert s.get(SysteemInstelling, "catalogus.versie").waarde == verslag.versie
        assert len(store.publieke_rechten(s)) == 3
        assert store.lees_record(s, "gent-sociaal-restaurant")[0].versie == 1
    assert _laad(catalogus_db, bundel) is None  # unchanged bundle: nothing to do
    assert _laad(catalogus_db, bundel, forceer=True).acties == {"ongewijzigd": 4}


def test_gewijzigde_bundel_werkt_bij_maar_lokale_wijziging_blijft(catalogus_db, bundel):
    rechten, _ = bundel
    _laad(catalogus_db, bundel)
    with Session(catalogus_db) as s:
        info = store.lees_record(s, "gent-uitpas")[0]
        store.wijzig_record(s, recht_id=info.id, record=store.lees_record(s, "gent-uitpas")[1].model_copy(
            update={"zoektermen": ["lokaal"]}), door="redacteur", reden="", verwachte_versie=info.versie)  # fmt: skip
        s.commit()
    _schrijf(rechten / "lokaal" / "gent", "gent-uitpas", beschrijving="Nieuwe bundeltekst.")
    _schrijf(rechten / "federaal", "leefloon", niveau="federaal", beschrijving="Nieuwe uitleg leefloon.")
    verslag = _laad(catalogus_db, bundel)
    assert verslag.acties["bijgewerkt"] == 1 and verslag.overgeslagen == ["gent-uitpas"]
    with Session(catalogus_db) as s:
        assert store.lees_record(s, "leefloon")[1].beschrijving.nl == "Nieuwe uitleg leefloon."
        assert store.lees_record(s, "gent-uitpas")[1].zoektermen == ["lokaal"]
        assert s.get(SysteemInstelling, "catalogus.overgeslagen").waarde == "gent-uitpas"


def test_verdwenen_recht_wordt_gearchiveerd(catalogus_db, bundel):
    rechten, _ = bundel
    _laad(catalogus_db, bundel)
    (rechten / "lokaal" / "gent" / "gent-uitpas.yaml").unlink()
    verslag = _laad(catalogus_db, bundel)
    assert verslag.acties["gearchiveerd"] == 1
    with Session(catalogus_db) as s:
        assert store.lees_record(s, "gent-uitpas")[0].status == "gearchiveerd"
        assert store.publiek_recht(s, sleutel="gent-uitpas") is None


def test_ongeldig_bestand_wordt_overgeslagen_de_rest_laadt(catalogus_db, bundel):
    rechten, _ = bundel
    (rechten / "federaal" / "kapot.yaml").write_text("code: kapot\nnaam: [", encoding="utf-8")
    _schrijf(rechten / "federaal", "zonder-bron", niveau="federaal", bron_url="geen url")
    verslag = _laad(catalogus_db, bundel)
    assert set(verslag.ongeldig) == {"rechten/federaal/kapot.yaml", "rechten/federaal/zonder-bron.yaml"}
    assert verslag.geladen == 4


def test_app_laadt_de_catalogus_bij_de_start(tmp_path, monkeypatch, bundel):
    from fastapi.testclient import TestClient

    import catalogue.laden as laden
    from api.config import Omgeving, Settings
    from api.main import create_app

    rechten, concepten = bundel
    monkeypatch.setattr(laden, "BUNDEL_DIR", rechten)
    monkeypatch.setattr(laden, "CONCEPTEN_DIR", concepten)
    for laad, verwacht in ((False, 0), (True, 3)):
        settings = Settings(omgeving=Omgeving.test, database_url=f"sqlite:///{tmp_path / f'{laad}.db'}",
                            data_dir=tmp_path, laad_catalogus=laad)  # fmt: skip
        with TestClient(create_app(settings)) as client:
            assert client.get("/api/v1/rechten").json()["totaal"] == verwacht


# ## The real bundle (fails until the data researchers finish; that is its job)


def test_gebundelde_catalogus_laadt_volledig_en_is_geldig(catalogus_db):
    bundel = lees_bundel()
    concepten = lees_concepten()
    geldig = {c for c in bundel.records if str(bundel.bestanden[c]) not in bundel.fouten}
    verslag = laad_catalogus(catalogus_db, forceer=True)
    assert not verslag.mislukt
    assert verslag.geladen == len(geldig) + len(concepten.records)
    with Session(catalogus_db) as s:
        gepubliceerd = {c for c in geldig if bundel.records[c].status.value == "gepubliceerd"}
        assert {r.code for _, r in store.publieke_rechten(s)} == gepubliceerd


def test_bundelcontrole_meldt_geen_ongeldig_bestand_en_concepten_kloppen():
    uitvoer = subprocess.run([sys.executable, "-m", "catalogue.bundel"], capture_output=True, text=True)
    assert uitvoer.returncode == 0, uitvoer.stdout[-3000:]
    concepten = lees_concepten()
    assert not concepten.fouten
    assert set(gebruikte_concepten()) <= set(concepten.records)
    assert {code for code, _ in STATUSSEN} <= set(lees_bundel().records)


def test_elke_gebundelde_voorwaarde_wordt_uitgelegd_en_geevalueerd():
    """Every machine-readable condition of the bundle renders in Dutch and evaluates (unknown → questions)."""
    from datetime import date

    from catalogue.gemeenten import gemeenten
    from rechten.situatie import VELDEN
    from rules.voorwaarden import Context, Status, Weergave, beschrijf, evalueer, parse_voorwaarde

    register = gemeenten()
    weergave = Weergave(gebiedsnaam=register.naam, peildatum=date(2026, 1, 1))
    leeg = Context(peildatum=date(2026, 1, 1), gebieden=register.omvattende_gebieden,
                   deelgebieden=register.deelgebieden)  # fmt: skip
    getest = 0
    for record in lees_bundel().records.values():
        if record.voorwaarde is None:
            continue
        voorwaarde = parse_voorwaarde(record.voorwaarde)
        assert beschrijf(voorwaarde, weergave)
        uitkomst = evalueer(voorwaarde, leeg)
        assert uitkomst.status is Status.onbekend, record.code  # nothing known: nothing decided
        for vraag in uitkomst.ontbrekend:
            assert vraag.veld in VELDEN or vraag.veld == "gemeente" or vraag.veld.startswith("recht."), vraag
        getest += 1
    assert getest >= 1
