"""Search over the published rights: full text (compounds, plurals, accents), filters, mergers, ranking, paging."""

from __future__ import annotations

from datetime import date

import pytest

from catalogue import store
from catalogue.zoeken import zoek, zoekgebied, zoektermen
from tests.catalogue.maak import recht

PEIL = date(2026, 6, 1)


@pytest.fixture
def catalogus(sessie):
    """A small catalogue: federal, Flemish, provincial and local rights, one draft and one archived."""
    records = [
        recht("leefloon", naam="Leefloon", niveau="federaal", beschrijving="Een minimuminkomen van het OCMW.",
              zoektermen=["OCMW", "inkomen"], sociale_doelgroepen=["laag-inkomen", "leefloners"]),
        recht("equivalent-leefloon", naam="Equivalent leefloon", niveau="federaal",
              beschrijving="Financiële hulp gelijk aan het leefloon voor wie geen leefloon krijgt."),
        recht("verhoogde-tegemoetkoming", naam="Verhoogde tegemoetkoming (VT)", niveau="federaal",
              uitvoerend_niveau=["derden"], beschrijving="Minder betalen voor gezondheidszorg.", automatisch=True),
        recht("vlaamse-huurpremie", naam="Vlaamse huurpremie", niveau="vlaams", themas=["BouwenWonen"],
              beschrijving="Een maandelijkse premie voor huurders op de wachtlijst voor een sociale woning.",
              sociale_doelgroepen=["huurders"]),
        recht("oost-vlaanderen-lening", naam="Aanvullende renovatielening", niveau="provinciaal", gebied=["BE23"],
              themas=["BouwenWonen"], beschrijving="Lening van de provincie Oost-Vlaanderen."),
        recht("gent-mantelzorgpremie", naam="Gentse mantelzorgpremie", beschrijving="Een premie voor wie zorgt.",
              sociale_doelgroepen=["mantelzorgers", "senioren"],
              voorwaarde={"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}),
        recht("gent-cafe", naam="Sociaal café", beschrijving="Koffie in het buurtcafé tegen een lage prijs.",
              themas=["CultuurSportVrijeTijd"], doelgroepen=["Burger", "Vereniging"]),
        recht("gent-tarieven", naam="Sociale tarieven", beschrijving="Tarieven voor zwembad en bibliotheek.",
              themas=["CultuurSportVrijeTijd"]),
        recht("hasselt-energie", naam="Energietoelage Hasselt", gebied=["71072"],
              bevoegde_overheid={"naam": "Stad Hasselt"}, themas=["MilieuEnergie"]),
        recht("kortessem-premie", naam="Geboortepremie Kortessem", gebied=["73040"],
              bevoegde_overheid={"naam": "Gemeente Kortessem"}, einde="2026-12-31"),
        recht("kortessem-oud", naam="Vroegere premie Kortessem", gebied=["73040"],
              bevoegde_overheid={"naam": "Gemeente Kortessem"}, einde="2024-12-31"),
        recht("gent-ontwerp", naam="Ontwerppremie Gent", status="ontwerp"),
        recht("gent-gearchiveerd", naam="Gearchiveerde premie Gent", status="gearchiveerd"),
    ]  # fmt: skip
    for record in records:
        store.bewaar_record(sessie, record, door="test", reden="")
    sessie.commit()
    return sessie


def codes(sessie, **kw):
    kw.setdefault("peildatum", PEIL)
    kw.setdefault("limit", 100)
    treffers, totaal = zoek(sessie, **kw)
    assert totaal >= len(treffers)
    return [t.record["code"] for t in treffers]


def in_gemeente(nis):
    return zoekgebied(nis, PEIL)


class TestVolledigeTekst:
    def test_samenstellingen_worden_gevonden_via_hun_deel(self, catalogus):
        assert set(codes(catalogus, q="premie")) == {"vlaamse-huurpremie", "gent-mantelzorgpremie", "kortessem-premie"}
        assert codes(catalogus, q="zorg")[:1] == ["gent-mantelzorgpremie"]

    def test_meervouden_en_accenten(self, catalogus):
        assert "gent-mantelzorgpremie" in codes(catalogus, q="mantelzorgers")
        assert "vlaamse-huurpremie" in codes(catalogus, q="Huurders")
        assert codes(catalogus, q="tarieven") == ["gent-tarieven"]
        assert codes(catalogus, q="cafe") == ["gent-cafe"]
        assert codes(catalogus, q="Café") == ["gent-cafe"]

    def test_alle_termen_moeten_voorkomen(self, catalogus):
        assert codes(catalogus, q="premie huurders") == ["vlaamse-huurpremie"]
        assert codes(catalogus, q="premie fietsen") == []

    def test_korte_termen_als_heel_woord(self, catalogus):
        assert codes(catalogus, q="VT") == ["verhoogde-tegemoetkoming"]

    def test_zoekt_in_voorwaarden_in_gewone_taal_en_in_trefwoorden(self, catalogus):
        assert codes(catalogus, q="leeftijd minstens 65") == ["gent-mantelzorgpremie"]
        assert "leefloon" in codes(catalogus, q="ocmw")

    def test_rangschikking_naam_eerst(self, catalogus):
        assert codes(catalogus, q="leefloon")[:2] == ["leefloon", "equivalent-leefloon"]

    def test_zoektermen_zonder_stopwoorden(self):
        assert zoektermen("premie voor de mantelzorgers") == [("premie",), ("mantelzorg",)]
        assert zoektermen("gezinnen met kinderen") == [("gezin",), ("kinder",)]
        assert zoektermen("tarieven") == [("tarief", "tarieven")]
        assert zoektermen("   ") == []


class TestFilters:
    def test_gemeente_geeft_eigen_en_hogere_rechten(self, catalogus):
        gent = set(codes(catalogus, gebieden=in_gemeente("44021")))
        assert {"leefloon", "vlaamse-huurpremie", "oost-vlaanderen-lening", "gent-mantelzorgpremie"} <= gent
        assert not {"hasselt-energie", "kortessem-premie"} & gent

    def test_vlaams_recht_niet_in_wallonie_federaal_wel(self, catalogus):
        luik = set(codes(catalogus, gebieden=in_gemeente("62063")))
        assert luik == {"leefloon", "equivalent-leefloon", "verhoogde-tegemoetkoming"}

    def test_fusie_recht_van_nieuwe_gemeente_geldt_op_oude_deelgemeente(self, catalogus):
        kortessem = set(codes(catalogus, gebieden=in_gemeente("73040")))
        assert {"hasselt-energie", "kortessem-premie"} <= kortessem

    def test_fusie_recht_van_oude_gemeente_geldt_enkel_daar(self, catalogus):
        hasselt = set(codes(catalogus, gebieden=in_gemeente("71072")))
        assert {"hasselt-energie", "kortessem-premie"} <= hasselt  # it may apply: part of the new Hasselt
        oud_hasselt = set(codes(catalogus, gebieden=in_gemeente("71022")))
        assert "hasselt-energie" in oud_hasselt and "kortessem-premie" not in oud_hasselt

    def test_beeindigde_rechten_niet_meer_na_hun_einde(self, catalogus):
        assert "kortessem-oud" not in codes(catalogus, gebieden=in_gemeente("73040"))
        assert "kortessem-oud" in codes(catalogus, gebieden=in_gemeente("73040"), peildatum=date(2024, 6, 1))

    def test_thema_doelgroep_sociale_doelgroep_niveau(self, catalogus):
        assert set(codes(catalogus, themas=["BouwenWonen"])) == {"vlaamse-huurpremie", "oost-vlaanderen-lening"}
        assert codes(catalogus, doelgroepen=["Vereniging"]) == ["gent-cafe"]
        assert codes(catalogus, sociale_doelgroepen=["senioren"]) == ["gent-mantelzorgpremie"]
        assert set(codes(catalogus, niveaus=["vlaams", "provinciaal"])) == {"vlaamse-huurpremie",
                                                                             "oost-vlaanderen-lening"}  # fmt: skip
        assert codes(catalogus, q="premie", themas=["BouwenWonen"], gebieden=in_gemeente("44021")) == [
            "vlaamse-huurpremie"
        ]

    def test_ontwerp_en_gearchiveerd_zijn_niet_publiek(self, catalogus):
        alles = codes(catalogus)
        assert "gent-ontwerp" not in alles and "gent-gearchiveerd" not in alles
        assert codes(catalogus, q="ontwerppremie") == []


def test_paginering_en_totaal(catalogus):
    alles, totaal = zoek(catalogus, peildatum=PEIL, limit=100)
    assert totaal == len(alles) == 10
    pagina1, t1 = zoek(catalogus, peildatum=PEIL, limit=4, offset=0)
    pagina3, t3 = zoek(catalogus, peildatum=PEIL, limit=4, offset=8)
    assert t1 == t3 == 10 and len(pagina1) == 4 and len(pagina3) == 2
    assert [t.id for t in pagina1 + pagina3] == [t.id for t in alles[:4] + alles[8:]]
    namen = [t.record["naam"]["nl"].lower() for t in alles]
    assert namen == sorted(namen, key=lambda n: n.replace("é", "e"))


def test_index_volgt_nieuwe_publicatie(catalogus):
    info = store.lees_record(catalogus, "gent-cafe")[0]
    nieuw = recht("gent-cafe", naam="Sociaal restaurant", beschrijving="Warme maaltijden.")
    store.wijzig_record(catalogus, recht_id=info.id, door="r", reden="", verwachte_versie=info.versie, record=nieuw)
    catalogus.commit()
    assert codes(catalogus, q="maaltijden") == []  # draft: the published version is still the café
    store.publiceer(catalogus, recht_id=info.id, door="r")
    catalogus.commit()
    assert codes(catalogus, q="maaltijden") == ["gent-cafe"] and codes(catalogus, q="koffie") == []
