"""The right's editor page as a browser uses it: every field, the condition builder without JavaScript, the preview,
saving with optimistic locking (the conflict page), publishing, and the authorisation of every page and button."""

import pytest
from sqlmodel import Session, select

from catalogue.models import Recht, RechtPublicatie
from tests.support.formulier import lees_formulier
from tests.support.html import controleer_pagina
from tests.support.personeel import ANTWERPEN, GENT, aanmelden, csrf_van, gebruiker, lokaal_recht, tweede_client


@pytest.fixture
def gent(client):
    """A signed-in redacteur of Gent, with a draft of Gent and one of Antwerpen in the catalogue."""
    app = client.app
    client.recht = lokaal_recht(
        app,
        "gent-sociaal-restaurant",
        GENT,
        naam={"nl": "Sociaal restaurant"},
        voorwaarde={"alle": [{"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}, {"woont_in": [GENT]}]},
    )
    client.antwerpen = lokaal_recht(app, "antwerpen-geheim", ANTWERPEN)
    gebruiker(app, "red.gent", GENT, "redacteur")
    gebruiker(app, "red2.gent", GENT, "redacteur")
    aanmelden(client, "red.gent")
    return client


def _rij(client, recht_id) -> Recht:
    with Session(client.app.state.engine) as s:
        return s.exec(select(Recht).where(Recht.id == recht_id)).one()


def _editor(client, recht_id):
    r = client.get(f"/beheer/rechten/{recht_id}")
    assert r.status_code == 200, r.text
    return lees_formulier(r.text, "editor")


def test_editor_is_geldige_html_en_toont_de_voorwaarde_als_formulier(gent):
    r = gent.get(f"/beheer/rechten/{gent.recht}")
    controleer_pagina(r.text)
    form = lees_formulier(r.text, "editor")
    assert form.waarde("naam.nl") == "Sociaal restaurant"
    assert form.waarde("vw.0.sjabloon") == "leeftijd-minstens"
    assert form.waarde("vw.0.p.minimum") == "65"
    assert form.waarde("vw.1.sjabloon") == "woont-in"
    assert "leeftijd is minstens 65 jaar" in r.text and "woont in Gent" in r.text
    assert "Marie, 72" in r.text and '"voldoet"' not in r.text


def test_bewaren_maakt_een_nieuwe_ontwerpversie(gent):
    form = _editor(gent, gent.recht).zet("beschrijving.nl", "Nu ook op zaterdag open.").zet("reden", "openingsuren")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("opslaan"))
    assert r.url.query == b"gedaan=bewaard" or "gedaan=bewaard" in str(r.url)
    rij = _rij(gent, gent.recht)
    assert rij.versie == 2 and rij.record["beschrijving"]["nl"] == "Nu ook op zaterdag open."
    assert rij.record["voorwaarde"] == {
        "alle": [{"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}, {"woont_in": [GENT]}]
    }


def test_ongeldige_invoer_toont_de_fout_bij_het_veld_en_bewaart_niets(gent):
    form = _editor(gent, gent.recht).zet("laatst_geverifieerd", "31/02/2025").zet("naam.nl", "")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("opslaan"))
    assert r.status_code == 422
    controleer_pagina(r.text)
    terug = lees_formulier(r.text, "editor")
    assert terug.waarde("laatst_geverifieerd") == "31/02/2025", "wat getypt werd, blijft staan"
    assert 'id="laatst_geverifieerd-fout"' in r.text and 'id="naam-nl-fout"' in r.text
    assert 'href="#naam-nl"' in r.text
    assert _rij(gent, gent.recht).versie == 1


def test_voorwaarde_opbouwen_zonder_javascript(gent):
    form = _editor(gent, gent.recht)
    # Add a condition "kenmerk ja/nee" to the root group: one button, the page comes back with its fields.
    form.zet("vw.nieuw", "kenmerk")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("vw-voeg:vw"))
    form = lees_formulier(r.text, "editor")
    assert form.waarde("vw.2.sjabloon") == "kenmerk"
    form.zet("vw.2.p.veld", "woning.huurder")
    # A sub-group "at least one of", with two statuses.
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("vw-groep:vw"))
    form = lees_formulier(r.text, "editor").zet("vw.3.nieuw", "heeft-recht")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("vw-voeg:vw.3"))
    form = lees_formulier(r.text, "editor").zet("vw.3.0.p.recht", "leefloon")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("vw-voeg:vw.3"))
    form = lees_formulier(r.text, "editor")
    form.zet("vw.3.1.sjabloon", "heeft-recht").zet("vw.3.1.p.recht", "verhoogde-tegemoetkoming")
    # Remove the age condition, then save.
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("vw-weg:vw.0"))
    form = lees_formulier(r.text, "editor")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("opslaan"))
    assert r.status_code == 200 and "gedaan=bewaard" in str(r.url)
    assert _rij(gent, gent.recht).record["voorwaarde"] == {
        "alle": [
            {"woont_in": [GENT]},
            {"veld": "woning.huurder", "op": "=", "waarde": True},
            {"een_van": [{"heeft_recht": "leefloon"}, {"heeft_recht": "verhoogde-tegemoetkoming"}]},
        ]
    }


def test_omkeren_met_niet(gent):
    form = _editor(gent, gent.recht).zet("vw.1.niet", "ja")
    gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("opslaan"))
    assert _rij(gent, gent.recht).record["voorwaarde"]["alle"][1] == {"niet": {"woont_in": [GENT]}}


def test_fout_in_de_voorwaarde_staat_bij_het_veld_van_het_sjabloon(gent):
    form = _editor(gent, gent.recht).zet("vw.0.p.minimum", "vijfenzestig")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("opslaan"))
    assert r.status_code == 422
    assert 'id="vw-0-p-minimum-fout"' in r.text and "minimumleeftijd (jaar): verwacht een geheel getal" in r.text
    assert _rij(gent, gent.recht).versie == 1


def test_drempel_met_perioden_na_een_indexering(gent):
    form = _editor(gent, gent.recht).zet("vw.nieuw", "drempel")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("vw-voeg:vw"))
    form = lees_formulier(r.text, "editor")
    form.zet("vw.2.veld", "huishouden.inkomen_jaar").zet("vw.2.op", "<=")
    form.zet("vw.2.per.0.vanaf", "2025-01-01").zet("vw.2.per.0.waarde", "24.000,00")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("vw-periode:vw.2"))
    form = lees_formulier(r.text, "editor").zet("vw.2.per.1.vanaf", "01/03/2026").zet("vw.2.per.1.waarde", "24480")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("opslaan"))
    assert "gedaan=bewaard" in str(r.url), r.text[:2000]
    assert _rij(gent, gent.recht).record["voorwaarde"]["alle"][2] == {
        "veld": "huishouden.inkomen_jaar",
        "op": "<=",
        "waarde": {
            "gedateerd": [{"vanaf": "2025-01-01", "waarde": "24000.00"}, {"vanaf": "2026-03-01", "waarde": "24480"}]
        },
    }


def test_voorbeeld_toont_de_tekst_en_de_voorbeeldpersonen(gent):
    form = _editor(gent, gent.recht).zet("vw.0.p.minimum", "18").zet("peildatum", "2025-06-01")
    r = gent.post(f"/beheer/rechten/{gent.recht}/voorbeeld", data=form.data("voorbeeld"))
    assert r.status_code == 200
    assert "leeftijd is minstens 18 jaar" in r.text
    assert "<html" not in r.text, "alleen het fragment, voor beheer.js"
    # Marie (72, Gent) meets it; the working couple lives in another municipality; Amina's address is Gent.
    rijen = r.text.split("<tr")
    assert "voldoet" in next(x for x in rijen if "Marie" in x)
    assert "voldoet niet" in next(x for x in rijen if "Koppel" in x)
    assert _rij(gent, gent.recht).versie == 1, "een voorbeeld bewaart niets"


def test_lijsten_rij_toevoegen_en_verwijderen(gent):
    form = _editor(gent, gent.recht)
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("rij:kosten"))
    form = lees_formulier(r.text, "editor").zet("kosten.0.naam", "Maaltijd").zet("kosten.0.beschrijving", "4 euro")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("rij:bedragen"))
    form = lees_formulier(r.text, "editor")
    form.zet("bedragen.0.omschrijving", "Prijs van een maaltijd").zet("bedragen.0.waarde", "4,50")
    form.zet("bedragen.0.eenheid", "euro").zet("bedragen.0.periode", "eenmalig").zet(
        "bedragen.0.geldig_vanaf", "2025-01-01"
    )
    gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("opslaan"))
    record = _rij(gent, gent.recht).record
    assert record["kosten"] == [{"naam": "Maaltijd", "beschrijving": "4 euro"}]
    assert record["bedragen"][0]["waarde"] == "4.50"
    form = _editor(gent, gent.recht)
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("weg:kosten.0"))
    gent.post(f"/beheer/rechten/{gent.recht}", data=lees_formulier(r.text, "editor").data("opslaan"))
    assert _rij(gent, gent.recht).record["kosten"] == []


def test_twee_redacteurs_bewaren_dezelfde_versie_de_tweede_krijgt_het_conflict(gent):
    collega = tweede_client(gent)
    aanmelden(collega, "red2.gent")
    mijn = _editor(gent, gent.recht).zet("beschrijving.nl", "Versie van redacteur 1.")
    haar = _editor(collega, gent.recht).zet("beschrijving.nl", "Versie van redacteur 2.")
    assert "gedaan=bewaard" in str(collega.post(f"/beheer/rechten/{gent.recht}", data=haar.data("opslaan")).url)
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=mijn.data("opslaan"))
    assert r.status_code == 409
    controleer_pagina(r.text)
    assert "Uw wijzigingen zijn niet bewaard" in r.text
    assert "Versie van redacteur 1." in r.text and "Versie van redacteur 2." in r.text and "red2.gent" in r.text
    assert _rij(gent, gent.recht).record["beschrijving"]["nl"] == "Versie van redacteur 2."
    # Continue from the newest version: the editor shows my text, based on version 2; saving now works.
    verder = lees_formulier(r.text, action=f"/beheer/rechten/{gent.recht}")
    r = gent.post(f"/beheer/rechten/{gent.recht}", data=verder.data("voorbeeld"))
    form = lees_formulier(r.text, "editor")
    assert form.waarde("beschrijving.nl") == "Versie van redacteur 1." and form.waarde("versie") == "2"
    gent.post(f"/beheer/rechten/{gent.recht}", data=form.data("opslaan"))
    assert _rij(gent, gent.recht).versie == 3


def test_publiceren_van_een_onvolledig_ontwerp_toont_wat_ontbreekt(gent):
    pagina = gent.get("/beheer/rechten/nieuw")
    r = gent.post(
        "/beheer/rechten/nieuw",
        data={"csrf_token": csrf_van(pagina.text), "naam": "Nieuwe premie", "beschrijving": "Een premie."},
    )
    recht_id = str(r.url).split("/beheer/rechten/")[1].split("?")[0]
    assert "Nog aan te vullen voor publicatie" in r.text
    r = gent.post(f"/beheer/rechten/{recht_id}/publiceren", data={"csrf_token": csrf_van(r.text), "versie": "1"})
    assert r.status_code == 422
    assert 'id="bron_url-fout"' in r.text
    with Session(gent.app.state.engine) as s:
        assert s.exec(select(RechtPublicatie)).all() == []


def test_publiceren_en_offline_halen_vanuit_de_editor(gent):
    pagina = gent.get(f"/beheer/rechten/{gent.recht}")
    r = gent.post(f"/beheer/rechten/{gent.recht}/publiceren", data={"csrf_token": csrf_van(pagina.text), "versie": "1"})
    assert "Het recht is gepubliceerd" in r.text
    assert gent.get(f"/api/v1/rechten/{gent.recht}").status_code == 200
    r = gent.post(f"/beheer/rechten/{gent.recht}/depubliceren", data={"csrf_token": csrf_van(r.text), "versie": "2"})
    assert "offline gehaald" in r.text
    assert gent.get(f"/api/v1/rechten/{gent.recht}").status_code == 404


def test_verouderde_versie_bij_publiceren(gent):
    pagina = gent.get(f"/beheer/rechten/{gent.recht}")
    r = gent.post(f"/beheer/rechten/{gent.recht}/publiceren", data={"csrf_token": csrf_van(pagina.text), "versie": "9"})
    assert r.status_code == 409 and "Intussen gewijzigd" in r.text


def test_nieuw_recht_van_een_concept(gent):
    from catalogue import store
    from tests.catalogue.maak import concept

    with Session(gent.app.state.engine) as s:
        store.bewaar_concept(s, concept("sociale-kruidenier", naam={"nl": "Sociale kruidenier"}), door="t", reden="t")
        s.commit()
    pagina = gent.get("/beheer/rechten/nieuw")
    assert "Sociale kruidenier" in pagina.text
    r = gent.post("/beheer/rechten/nieuw", data={"csrf_token": csrf_van(pagina.text), "concept": "sociale-kruidenier"})
    assert "Het ontwerp is aangemaakt" in r.text
    with Session(gent.app.state.engine) as s:
        rij = s.exec(select(Recht).where(Recht.code == "gent-sociale-kruidenier")).one()
    assert (rij.record["concept"], rij.record["gebied"], rij.status) == ("sociale-kruidenier", [GENT], "ontwerp")


# ## Authorisation of every page and button: another municipality's right is a 404, like one that does not exist


@pytest.mark.parametrize("pad", ["", "/versies", "/versies/1", "/herziening"])
def test_pagina_van_ander_recht_is_404(gent, pad):
    assert gent.get(f"/beheer/rechten/{gent.antwerpen}{pad}").status_code == 404


@pytest.mark.parametrize(
    "pad",
    [
        "",
        "/voorbeeld",
        "/publiceren",
        "/depubliceren",
        "/archiveren",
        "/verifieren",
        "/versies/1/herstellen",
        "/herziening",
    ],
)
def test_knop_op_ander_recht_is_404_en_wijzigt_niets(gent, pad):
    token = csrf_van(gent.get("/beheer").text)
    r = gent.post(
        f"/beheer/rechten/{gent.antwerpen}{pad}",
        data={"csrf_token": token, "versie": "1", "actie": "opslaan", "naam.nl": "Gekaapt"},
    )
    assert r.status_code == 404
    rij = _rij(gent, gent.antwerpen)
    assert (rij.versie, rij.status) == (1, "ontwerp")


def test_lijst_toont_alleen_rechten_van_de_eigen_gemeente(gent):
    r = gent.get("/beheer")
    assert "gent-sociaal-restaurant" in r.text and "antwerpen-geheim" not in r.text


def test_knoppen_vragen_een_csrf_token(gent):
    r = gent.post(f"/beheer/rechten/{gent.recht}/publiceren", data={"versie": "1"})
    assert r.status_code == 403
    assert _rij(gent, gent.recht).status == "ontwerp"
