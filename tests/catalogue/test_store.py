"""The store: versions on every change, the workflow, optimistic locking, concepts and their instances."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError
from sqlmodel import Session, func, select

from catalogue import store
from catalogue.models import Recht, RechtPublicatie, RechtVersie
from tests.catalogue.maak import concept, data, recht


def _bewaar(sessie, record, **kw):
    actie = store.bewaar_record(sessie, record, door="test", reden="proef", **kw)
    sessie.commit()
    return actie


def _info(sessie, code):
    return store.lees_record(sessie, code)[0]


class TestBewaren:
    def test_aanmaken_bijwerken_ongewijzigd(self, sessie):
        assert _bewaar(sessie, recht("gent-uitpas")) == "aangemaakt"
        assert _bewaar(sessie, recht("gent-uitpas")) == "ongewijzigd"
        assert _bewaar(sessie, recht("gent-uitpas", beschrijving="Nieuwe tekst.")) == "bijgewerkt"
        info, record = store.lees_record(sessie, "gent-uitpas")
        assert info.versie == 2 and record.beschrijving.nl == "Nieuwe tekst."
        assert uuid.UUID(info.id).version == 4

    def test_elke_wijziging_is_een_versie_met_wie_wanneer_wat(self, sessie):
        _bewaar(sessie, recht("gent-uitpas"))
        _bewaar(sessie, recht("gent-uitpas", naam={"nl": "UiTPAS Gent", "fr": "UiTPAS Gand"}, zoektermen=["cultuur"]))
        historiek = store.versies(sessie, recht_id=_info(sessie, "gent-uitpas").id)
        assert [v.versie for v in historiek] == [1, 2]
        assert historiek[0].actie == "aangemaakt" and historiek[0].wijzigingen == []
        laatste = historiek[1]
        assert laatste.door == "test" and laatste.reden == "proef" and laatste.op.tzinfo is not None
        assert {w["veld"] for w in laatste.wijzigingen} == {"naam.nl", "naam.fr", "zoektermen"}
        assert {"veld": "zoektermen", "oud": [], "nieuw": ["cultuur"]} in laatste.wijzigingen

    def test_ongeldig_record_wordt_geweigerd_en_niets_bewaard(self, sessie):
        with pytest.raises(ValidationError, match="voorwaarde"):
            recht("gent-x", voorwaarde={"veld": "aanvrager.lengte", "op": ">", "waarde": 1})
        assert sessie.exec(select(func.count()).select_from(Recht)).one() == 0

    def test_fout_tijdens_bewaren_laat_niets_half_achter(self, sessie):
        _bewaar(sessie, recht("gent-a"))
        bezet = _info(sessie, "gent-a").id
        with pytest.raises(store.StoreFout, match="al in gebruik"):
            store.bewaar_record(sessie, recht("gent-b"), door="t", reden="r", id=bezet)
        sessie.rollback()
        assert store.lees_record(sessie, "gent-b") is None
        assert sessie.exec(select(func.count()).select_from(RechtVersie)).one() == 1

    def test_identiteit_en_datums_van_een_import_blijven(self, sessie):
        recht_id = str(uuid.uuid4())
        gemaakt = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
        gewijzigd = datetime(2025, 2, 1, 9, 30, tzinfo=UTC)
        _bewaar(sessie, recht("gent-a"), id=recht_id, aangemaakt_op=gemaakt, gewijzigd_op=gewijzigd)
        info = _info(sessie, "gent-a")
        assert (info.id, info.aangemaakt_op, info.gewijzigd_op) == (recht_id, gemaakt, gewijzigd)
        ((pub_info, _),) = store.publieke_rechten(sessie)
        assert pub_info.gewijzigd_op == gewijzigd and pub_info.gepubliceerd_op.tzinfo is not None

    def test_ongeldige_id_wordt_geweigerd(self, sessie):
        with pytest.raises(store.StoreFout, match="geen geldige uuid"):
            store.bewaar_record(sessie, recht("gent-a"), door="t", reden="r", id="123")


class TestWorkflow:
    def test_ontwerp_is_niet_publiek_tot_publicatie(self, sessie):
        _bewaar(sessie, recht("gent-a", status="ontwerp"))
        assert store.publieke_rechten(sessie) == []
        info = store.publiceer(sessie, recht_id=_info(sessie, "gent-a").id, door="redacteur")
        sessie.commit()
        assert info.status == "gepubliceerd" and info.versie == 2
        ((pub, record),) = store.publieke_rechten(sessie)
        assert pub.id == info.id and pub.versie == 2 and record.status.value == "gepubliceerd"

    def test_wijziging_van_een_gepubliceerd_recht_blijft_ontwerp_tot_herpublicatie(self, sessie):
        _bewaar(sessie, recht("gent-a", beschrijving="Oud."))
        info = _info(sessie, "gent-a")
        store.wijzig_record(sessie, recht_id=info.id, record=recht("gent-a", beschrijving="Nieuw."), door="r",
                            reden="tekst", verwachte_versie=info.versie)  # fmt: skip
        sessie.commit()
        assert _info(sessie, "gent-a").status == "ontwerp"
        assert store.publiek_recht(sessie, sleutel=info.id)[1].beschrijving.nl == "Oud."
        store.publiceer(sessie, recht_id=info.id, door="r")
        sessie.commit()
        assert store.publiek_recht(sessie, sleutel="gent-a")[1].beschrijving.nl == "Nieuw."

    def test_archiveren_haalt_het_recht_uit_de_publieke_catalogus(self, sessie):
        _bewaar(sessie, recht("gent-a"))
        info = store.archiveer(sessie, recht_id=_info(sessie, "gent-a").id, door="r", reden="afgeschaft")
        sessie.commit()
        assert info.status == "gearchiveerd"
        assert store.publieke_rechten(sessie) == [] and store.publiek_recht(sessie, sleutel="gent-a") is None
        assert sessie.exec(select(func.count()).select_from(RechtPublicatie)).one() == 0
        assert [v.actie for v in store.versies(sessie, recht_id=info.id)] == ["aangemaakt", "gearchiveerd"]

    def test_verouderde_versie_geeft_conflict(self, sessie):
        _bewaar(sessie, recht("gent-a"))
        info = _info(sessie, "gent-a")
        store.wijzig_record(sessie, recht_id=info.id, record=recht("gent-a", beschrijving="Eerst."), door="a",
                            reden="", verwachte_versie=1)  # fmt: skip
        sessie.commit()
        with pytest.raises(store.VersieConflict) as conflict:
            store.wijzig_record(sessie, recht_id=info.id, record=recht("gent-a", beschrijving="Tweede."), door="b",
                                reden="", verwachte_versie=1)  # fmt: skip
        assert (conflict.value.verwacht, conflict.value.huidig) == (1, 2)

    def test_gelijktijdige_schrijvers_overschrijven_elkaar_niet(self, catalogus_db):
        with Session(catalogus_db) as a:
            _bewaar(a, recht("gent-a"))
        with Session(catalogus_db) as a, Session(catalogus_db) as b:
            rij_a = a.exec(select(Recht).where(Recht.code == "gent-a")).one()
            rij_b = b.exec(select(Recht).where(Recht.code == "gent-a")).one()
            assert rij_a.versie == rij_b.versie == 1
            store.wijzig_record(a, recht_id=rij_a.id, record=recht("gent-a", beschrijving="A."), door="a", reden="",
                                verwachte_versie=1)  # fmt: skip
            a.commit()
            with pytest.raises(store.VersieConflict):
                store.wijzig_record(b, recht_id=rij_b.id, record=recht("gent-a", beschrijving="B."), door="b",
                                    reden="", verwachte_versie=1)  # fmt: skip
            b.rollback()
        with Session(catalogus_db) as c:
            assert store.lees_record(c, "gent-a")[1].beschrijving.nl == "A."

    def test_code_kan_niet_wijzigen_en_onbekend_recht(self, sessie):
        _bewaar(sessie, recht("gent-a"))
        with pytest.raises(store.OngeldigeActie, match="code"):
            store.wijzig_record(sessie, recht_id=_info(sessie, "gent-a").id, record=recht("gent-b"), door="r",
                                reden="", verwachte_versie=None)  # fmt: skip
        with pytest.raises(store.OnbekendRecht):
            store.publiceer(sessie, recht_id=str(uuid.uuid4()), door="r")


class TestVerouderd:
    def test_niet_nagekeken_in_twaalf_maanden(self, sessie):
        _bewaar(sessie, recht("gent-oud", laatst_geverifieerd="2025-05-31"))
        _bewaar(sessie, recht("gent-vers", laatst_geverifieerd="2025-06-01"))
        assert [i.code for i in store.verouderde_rechten(sessie, op=date(2026, 6, 1))] == ["gent-oud"]

    def test_verifieren_haalt_de_vlag_weg_en_publiceert_de_datum(self, sessie):
        _bewaar(sessie, recht("gent-oud", laatst_geverifieerd="2024-01-10"))
        info = _info(sessie, "gent-oud")
        store.verifieer(sessie, recht_id=info.id, door="r", op=date(2026, 6, 1), opmerking="bedrag 2026 bevestigd")
        sessie.commit()
        assert store.verouderde_rechten(sessie, op=date(2026, 6, 2)) == []
        publiek = store.publiek_recht(sessie, sleutel="gent-oud")[1]
        assert publiek.laatst_geverifieerd == date(2026, 6, 1)
        assert publiek.verificatie_opmerking == "bedrag 2026 bevestigd"


class TestConcepten:
    def _opzet(self, sessie):
        store.bewaar_concept(sessie, concept("mantelzorgpremie", beschrijving="Premie voor mantelzorgers."),
                             door="ipdc", reden="")  # fmt: skip
        sessie.commit()
        _bewaar(sessie, recht("gent-mantelzorgpremie", concept="mantelzorgpremie", beschrijving="Gentse premie."))
        return _info(sessie, "gent-mantelzorgpremie")

    def test_instantie_is_gekoppeld_aan_concept_en_conceptversie(self, sessie):
        self._opzet(sessie)
        rij = sessie.exec(select(Recht).where(Recht.code == "gent-mantelzorgpremie")).one()
        c = sessie.exec(select(Recht).where(Recht.soort == "concept")).one()
        assert (rij.concept_nr, rij.concept_versie) == (c.nr, 1)

    def test_concept_zonder_gebied_is_geldig_maar_een_lokaal_recht_niet(self):
        assert concept("xy", gebied=[]).gebied == []
        with pytest.raises(ValidationError, match="gebied"):
            recht("xy", gebied=[])

    def test_gewijzigd_concept_vraagt_herziening_met_driewegvergelijking(self, sessie):
        info = self._opzet(sessie)
        nieuw = concept("mantelzorgpremie", beschrijving="Jaarlijkse premie voor mantelzorgers.", zoektermen=["zorg"])
        assert store.bewaar_concept(sessie, nieuw, door="ipdc", reden="nieuwe tekst") == "bijgewerkt"
        sessie.commit()
        (herzien,) = store.herzieningen(sessie)
        assert (herzien.code, herzien.herziening_reden) == ("gent-mantelzorgpremie", "concept-gewijzigd")
        vergelijking = {v.veld: v for v in store.vergelijk_met_concept(sessie, recht_id=info.id)}
        beschrijving = vergelijking["beschrijving"]
        assert beschrijving.instantie == {"nl": "Gentse premie.", "fr": None, "en": None}
        assert beschrijving.basis["nl"] == "Premie voor mantelzorgers."
        assert beschrijving.concept["nl"] == "Jaarlijkse premie voor mantelzorgers."
        assert beschrijving.concept_gewijzigd and beschrijving.lokaal_aangepast and beschrijving.conflict
        assert vergelijking["zoektermen"].concept_gewijzigd and not vergelijking["zoektermen"].lokaal_aangepast
        assert "gebied" not in vergelijking and "code" not in vergelijking

    def test_enkel_verificatiedatum_van_concept_vraagt_geen_herziening(self, sessie):
        self._opzet(sessie)
        store.bewaar_concept(sessie, concept("mantelzorgpremie", beschrijving="Premie voor mantelzorgers.",
                                             laatst_geverifieerd="2026-09-01"), door="ipdc", reden="")  # fmt: skip
        sessie.commit()
        assert store.herzieningen(sessie) == []

    def test_concept_overnemen_of_bevestigen(self, sessie):
        info = self._opzet(sessie)
        store.bewaar_concept(sessie, concept("mantelzorgpremie", beschrijving="Premie voor mantelzorgers.",
                                             zoektermen=["zorg", "premie"]), door="ipdc", reden="")  # fmt: skip
        sessie.commit()
        na = store.neem_concept_over(sessie, recht_id=info.id, door="redacteur")
        sessie.commit()
        record = store.lees_record(sessie, "gent-mantelzorgpremie")[1]
        assert record.zoektermen == ["zorg", "premie"] and record.beschrijving.nl == "Gentse premie."
        assert not na.herziening_nodig and na.status == "ontwerp"
        assert not any(v.concept_gewijzigd for v in store.vergelijk_met_concept(sessie, recht_id=info.id))

        store.bewaar_concept(sessie, concept("mantelzorgpremie", beschrijving="Nog anders."), door="ipdc", reden="")
        sessie.commit()
        assert store.herzieningen(sessie)
        store.bevestig_actueel(sessie, recht_id=info.id, door="redacteur")
        sessie.commit()
        assert store.herzieningen(sessie) == []
        assert store.lees_record(sessie, "gent-mantelzorgpremie")[1].beschrijving.nl == "Gentse premie."

    def test_gearchiveerd_concept(self, sessie):
        self._opzet(sessie)
        c = store.lees_record(sessie, "mantelzorgpremie", soort="concept")[0]
        store.archiveer(sessie, recht_id=c.id, door="ipdc")
        sessie.commit()
        assert store.herzieningen(sessie)[0].herziening_reden == "concept-gearchiveerd"

    def test_instantie_voor_concept_wordt_later_gekoppeld(self, sessie):
        _bewaar(sessie, recht("gent-sociaal-restaurant", concept="sociaal-restaurant"))
        store.bewaar_concept(sessie, concept("sociaal-restaurant"), door="ipdc", reden="")
        sessie.commit()
        assert sessie.exec(select(Recht).where(Recht.code == "gent-sociaal-restaurant")).one().concept_nr is not None

    def test_maak_instantie_uit_concept(self, sessie):
        store.bewaar_concept(sessie, concept("sociaal-restaurant", zoektermen=["maaltijd"]), door="ipdc", reden="")
        info = store.maak_instantie(sessie, concept_code="sociaal-restaurant", code="aalst-sociaal-restaurant",
                                    gebied=["41002"], door="redacteur",
                                    aanvullingen={"bevoegde_overheid": {"naam": "OCMW Aalst"}})  # fmt: skip
        sessie.commit()
        assert info.status == "ontwerp" and store.publieke_rechten(sessie) == []
        record = store.lees_record(sessie, "aalst-sociaal-restaurant")[1]
        assert (
            record.gebied == ["41002"] and record.zoektermen == ["maaltijd"] and record.concept == "sociaal-restaurant"
        )
        with pytest.raises(store.OngeldigeActie):
            store.maak_instantie(sessie, concept_code="sociaal-restaurant", code="aalst-sociaal-restaurant",
                                 gebied=["41002"], door="r")  # fmt: skip


def test_lees_record_zoekt_instantie_dan_concept(sessie):
    store.bewaar_concept(sessie, concept("referentieadres"), door="t", reden="")
    _bewaar(sessie, recht("referentieadres", niveau="federaal", uitvoerend_niveau=["lokaal"]))
    assert store.lees_record(sessie, "referentieadres")[0].soort == "instantie"
    assert store.lees_record(sessie, "referentieadres", soort="concept")[0].soort == "concept"
    assert store.lees_record(sessie, "bestaat-niet") is None


def test_data_helper_is_geldig():
    assert data("x")["gebied"] == ["44021"]


@pytest.mark.parametrize(
    ("velden", "melding"),
    [({"gebied": ["99999"]}, "gebied: onbekende NIS- of NUTS-code '99999'"),
     ({"voorwaarde": {"woont_in": ["BE29"]}}, "woont_in")],
)  # fmt: skip
def test_onbekend_gebied_wordt_geweigerd(sessie, velden, melding):
    with pytest.raises(store.StoreFout, match=melding):
        store.bewaar_record(sessie, recht("gent-a", **velden), door="t", reden="")
    sessie.rollback()
    assert store.lees_record(sessie, "gent-a") is None


def test_bekende_gebieden_kennen_fusiegemeenten_en_nuts():
    assert {"82039", "46030", "11056", "BE236", "BE10", "BE2", "BE"} <= store.bekende_gebieden()
