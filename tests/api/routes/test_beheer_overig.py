"""Staff pages around the editor: version history and restore, *herziening nodig*, error reports, users, audit."""

import uuid

import pytest
from sqlmodel import Session, select

from catalogue import store
from catalogue.models import AuditRegel, Foutmelding, Gebruiker, Recht
from tests.catalogue.maak import concept, recht
from tests.support.formulier import lees_formulier
from tests.support.html import controleer_pagina
from tests.support.personeel import ANTWERPEN, GENT, aanmelden, csrf_van, gebruiker, lokaal_recht, tweede_client


@pytest.fixture
def gent(client):
    gebruiker(client.app, "red.gent", GENT, "redacteur", "beheerder")
    aanmelden(client, "red.gent")
    return client


def _rij(client, code) -> Recht:
    with Session(client.app.state.engine) as s:
        return s.exec(select(Recht).where(Recht.code == code, Recht.soort == "instantie")).one()


def _token(client) -> str:
    return csrf_van(client.get("/beheer").text)


# ## Versions


def test_versiegeschiedenis_en_herstellen(gent):
    rid = lokaal_recht(gent.app, "gent-premie", GENT, beschrijving={"nl": "Eerste tekst."})
    form = lees_formulier(gent.get(f"/beheer/rechten/{rid}").text, "editor").zet("beschrijving.nl", "Tweede tekst.")
    gent.post(f"/beheer/rechten/{rid}", data=form.data("opslaan"))
    r = gent.get(f"/beheer/rechten/{rid}/versies")
    controleer_pagina(r.text)
    assert "Versie 2" in r.text and "Eerste tekst." in r.text and "Tweede tekst." in r.text and "red.gent" in r.text
    r = gent.get(f"/beheer/rechten/{rid}/versies/1")
    controleer_pagina(r.text)
    r = gent.post(f"/beheer/rechten/{rid}/versies/1/herstellen", data={"csrf_token": csrf_van(r.text), "versie": "2"})
    assert "De oude versie is teruggezet" in r.text
    rij = _rij(gent, "gent-premie")
    assert (rij.versie, rij.record["beschrijving"]["nl"]) == (3, "Eerste tekst.")


def test_herstellen_op_verouderde_versie_overschrijft_niets(gent):
    rid = lokaal_recht(gent.app, "gent-premie", GENT)
    form = lees_formulier(gent.get(f"/beheer/rechten/{rid}").text, "editor").zet("beschrijving.nl", "Nieuw.")
    gent.post(f"/beheer/rechten/{rid}", data=form.data("opslaan"))
    r = gent.post(f"/beheer/rechten/{rid}/versies/1/herstellen", data={"csrf_token": _token(gent), "versie": "1"})
    assert r.status_code == 409
    assert _rij(gent, "gent-premie").record["beschrijving"]["nl"] == "Nieuw."


# ## Herziening nodig


@pytest.fixture
def herziening(gent):
    with Session(gent.app.state.engine) as s:
        store.bewaar_concept(
            s, concept("sociaal-restaurant", beschrijving={"nl": "Goedkope maaltijden."}), door="t", reden="t"
        )
        store.bewaar_record(
            s,
            recht("gent-restaurant", concept="sociaal-restaurant", beschrijving={"nl": "Maaltijden in Gent."}),
            door="t",
            reden="t",
        )
        store.bewaar_concept(
            s,
            concept(
                "sociaal-restaurant", beschrijving={"nl": "Warme maaltijden, sociaal tarief."}, zoektermen=["maaltijd"]
            ),
            door="t",
            reden="t",
        )
        s.commit()
    return _rij(gent, "gent-restaurant").id


def test_herziening_nodig_staat_in_de_lijst_en_toont_de_vergelijking(gent, herziening):
    assert "herziening nodig" in gent.get("/beheer").text
    r = gent.get(f"/beheer/rechten/{herziening}/herziening")
    controleer_pagina(r.text)
    assert "Maaltijden in Gent." in r.text and "Goedkope maaltijden." in r.text
    assert "Warme maaltijden, sociaal tarief." in r.text


def test_concept_overnemen(gent, herziening):
    r = gent.get(f"/beheer/rechten/{herziening}/herziening")
    r = gent.post(
        f"/beheer/rechten/{herziening}/herziening",
        data={"csrf_token": csrf_van(r.text), "versie": "1", "actie": "overnemen", "veld": ["zoektermen"]},
    )
    assert "overgenomen" in r.text
    rij = _rij(gent, "gent-restaurant")
    assert not rij.herziening_nodig
    assert rij.record["zoektermen"] == ["maaltijd"] and rij.record["beschrijving"]["nl"] == "Maaltijden in Gent."


def test_actueel_bevestigen(gent, herziening):
    r = gent.get(f"/beheer/rechten/{herziening}/herziening")
    gent.post(
        f"/beheer/rechten/{herziening}/herziening",
        data={"csrf_token": csrf_van(r.text), "versie": "1", "actie": "bevestigen"},
    )
    rij = _rij(gent, "gent-restaurant")
    assert not rij.herziening_nodig and rij.record["beschrijving"]["nl"] == "Maaltijden in Gent."


# ## Error reports


def _melding(client, recht_id, organisatie):
    with Session(client.app.state.engine) as s:
        rij = s.exec(select(Recht).where(Recht.id == recht_id)).one()
        m = Foutmelding(
            id=str(uuid.uuid4()),
            recht_nr=rij.nr,
            organisatie=organisatie,
            veld="bedragen",
            bericht="Het bedrag is sinds januari 5 euro.",
            email="melder@example.org",
        )
        s.add(m)
        s.commit()
        return m.id


def test_foutmeldingen_beantwoorden_en_afhandelen(gent):
    rid = lokaal_recht(gent.app, "gent-premie", GENT)
    mid = _melding(gent, rid, GENT)
    r = gent.get("/beheer/meldingen")
    controleer_pagina(r.text)
    assert "Het bedrag is sinds januari 5 euro." in r.text and "mailto:melder@example.org" in r.text
    assert "1 foutmelding" in gent.get("/beheer").text
    r = gent.post(
        f"/beheer/meldingen/{mid}",
        data={"csrf_token": csrf_van(r.text), "status": "afgehandeld", "antwoord": "Aangepast, dank u."},
    )
    assert "De foutmelding is bijgewerkt" in r.text
    with Session(gent.app.state.engine) as s:
        m = s.exec(select(Foutmelding)).one()
    assert (m.status, m.antwoord, m.behandeld_door) == ("afgehandeld", "Aangepast, dank u.", "red.gent")


def test_foutmeldingen_van_een_andere_gemeente_zijn_onzichtbaar(gent):
    rid = lokaal_recht(gent.app, "antwerpen-premie", ANTWERPEN)
    mid = _melding(gent, rid, ANTWERPEN)
    assert "Het bedrag is sinds januari" not in gent.get("/beheer/meldingen").text
    r = gent.post(f"/beheer/meldingen/{mid}", data={"csrf_token": _token(gent), "status": "afgehandeld"})
    assert r.status_code == 404
    with Session(gent.app.state.engine) as s:
        assert s.exec(select(Foutmelding)).one().status == "nieuw"


# ## Users and audit (beheerder)


def test_beheerder_maakt_een_gebruiker_van_de_eigen_organisatie(gent):
    r = gent.get("/beheer/gebruikers")
    controleer_pagina(r.text)
    r = gent.post(
        "/beheer/gebruikers",
        data={
            "csrf_token": csrf_van(r.text),
            "gebruikersnaam": "an.peeters",
            "rollen": ["maatschappelijk_werker"],
            "wachtwoord": "een lange zin hier",
            "wachtwoord2": "een lange zin hier",
            "organisatie": ANTWERPEN,
        },
    )
    assert "De gebruiker is bewaard" in r.text
    with Session(gent.app.state.engine) as s:
        g = s.exec(select(Gebruiker).where(Gebruiker.gebruikersnaam == "an.peeters")).one()
    assert (g.organisatie, g.rollen) == (GENT, ["maatschappelijk_werker"]), (
        "een beheerder kiest geen andere organisatie"
    )
    nieuw = tweede_client(gent)
    assert "Cliëntenprofielen" in aanmelden(nieuw, "an.peeters", "een lange zin hier", volgende="/profielen").text


def test_beheerder_kan_geen_platformbeheerder_maken(gent):
    r = gent.post(
        "/beheer/gebruikers",
        data={
            "csrf_token": _token(gent),
            "gebruikersnaam": "hacker",
            "rollen": ["admin"],
            "wachtwoord": "een lange zin hier",
            "wachtwoord2": "een lange zin hier",
        },
    )
    assert r.status_code == 422
    with Session(gent.app.state.engine) as s:
        assert s.exec(select(Gebruiker).where(Gebruiker.gebruikersnaam == "hacker")).first() is None


def test_gebruikers_van_een_andere_organisatie_zijn_onbereikbaar(gent):
    ander = gebruiker(gent.app, "red.antwerpen", ANTWERPEN, "redacteur")
    assert "red.antwerpen" not in gent.get("/beheer/gebruikers").text
    r = gent.post(f"/beheer/gebruikers/{ander}", data={"csrf_token": _token(gent), "rollen": ["redacteur"]})
    assert r.status_code == 404
    with Session(gent.app.state.engine) as s:
        assert s.exec(select(Gebruiker).where(Gebruiker.id == ander)).one().actief


def test_beheerder_kan_zichzelf_niet_buitensluiten(gent):
    with Session(gent.app.state.engine) as s:
        eigen = s.exec(select(Gebruiker).where(Gebruiker.gebruikersnaam == "red.gent")).one().id
    r = gent.post(f"/beheer/gebruikers/{eigen}", data={"csrf_token": _token(gent), "rollen": ["redacteur"]})
    assert r.status_code == 422
    assert gent.get("/beheer/gebruikers").status_code == 200


def test_deactiveren_beeindigt_de_sessies_van_de_gebruiker(gent):
    mw = gebruiker(gent.app, "mw.gent", GENT, "maatschappelijk_werker")
    collega = tweede_client(gent)
    aanmelden(collega, "mw.gent", volgende="/profielen")
    gent.post(f"/beheer/gebruikers/{mw}", data={"csrf_token": _token(gent), "rollen": ["maatschappelijk_werker"]})
    assert collega.get("/profielen", follow_redirects=False).status_code == 303


def test_auditspoor_alleen_eigen_organisatie(gent):
    gebruiker(gent.app, "red.antwerpen", ANTWERPEN, "redacteur")
    aanmelden(tweede_client(gent), "red.antwerpen")
    r = gent.get("/beheer/audit")
    controleer_pagina(r.text)
    assert "red.gent" in r.text and "red.antwerpen" not in r.text
    assert "aangemeld" in r.text


def test_auditspoor_niet_voor_redacteur_zonder_beheerdersrol(gent):
    gebruiker(gent.app, "alleen.redacteur", GENT, "redacteur")
    ander = tweede_client(gent)
    aanmelden(ander, "alleen.redacteur")
    assert ander.get("/beheer/audit").status_code == 403
    assert ander.get("/beheer/gebruikers").status_code == 403


def test_eigen_wachtwoord_wijzigen(gent):
    r = gent.get("/beheer/wachtwoord")
    fout = gent.post(
        "/beheer/wachtwoord",
        data={
            "csrf_token": csrf_van(r.text),
            "huidig": "fout",
            "nieuw": "een nieuwe lange zin",
            "herhaal": "een nieuwe lange zin",
        },
    )
    assert fout.status_code == 422 and "niet juist" in fout.text
    from tests.support.personeel import WACHTWOORD

    r = gent.post(
        "/beheer/wachtwoord",
        data={
            "csrf_token": csrf_van(fout.text),
            "huidig": WACHTWOORD,
            "nieuw": "een nieuwe lange zin",
            "herhaal": "een nieuwe lange zin",
        },
    )
    assert "Het wachtwoord is gewijzigd" in r.text
    assert gent.get("/beheer", follow_redirects=False).status_code == 200, "deze browser blijft aangemeld"
    with Session(gent.app.state.engine) as s:
        assert s.exec(select(AuditRegel).where(AuditRegel.actie == "gebruiker.wachtwoord")).first() is not None
    andere = tweede_client(gent)
    assert aanmelden(andere, "red.gent", "een nieuwe lange zin").url.path == "/beheer"


@pytest.mark.parametrize("taal", ["fr", "en"])
def test_personeelspaginas_in_het_frans_en_engels(gent, taal):
    gebruiker(gent.app, "alles.gent", GENT, "maatschappelijk_werker", "redacteur", "beheerder")
    ander = tweede_client(gent)
    aanmelden(ander, "alles.gent")
    rid = lokaal_recht(gent.app, "gent-premie", GENT, voorwaarde={"alle": [
        {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65},
        {"inkomensgrens": {"inkomen": "huishouden.inkomen_jaar", "personen": "huishouden.grootte",
                           "tabel": {"1": 1000, "2": 1500}}}]})  # fmt: skip
    for pad in ["/beheer", "/beheer/rechten/nieuw", f"/beheer/rechten/{rid}", f"/beheer/rechten/{rid}/versies",
                "/beheer/meldingen", "/beheer/gebruikers", "/beheer/audit", "/beheer/wachtwoord", "/profielen",
                "/profielen/nieuw", "/aanmelden"]:  # fmt: skip
        r = ander.get(f"{pad}?taal={taal}")
        assert r.status_code == 200, pad
        controleer_pagina(r.text, taal=taal)
    editor = ander.get(f"/beheer/rechten/{rid}?taal={taal}").text
    assert {"fr": "Enregistrer comme brouillon", "en": "Save as draft"}[taal] in editor
