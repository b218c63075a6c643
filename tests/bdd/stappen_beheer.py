"""Steps for features/beheer/: staff sign-in, authorisation, the editor's journeys, saved client profiles.

Everything goes through HTTP like a browser or an API client would: the login page and the editor's form (read
from the page, changed, posted back), bearer tokens for the JSON API. `Werkruimte` holds a browser per person.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from pytest_bdd import given, parsers, then, when
from sqlalchemy import text
from sqlmodel import Session, select

from api.beheer.bouwer import bouw, uit_formulier
from api.onderhoud import opschonen
from catalogue import store
from catalogue.gemeenten import gemeenten
from catalogue.models import AuditRegel, Clientprofiel, Foutmelding, Recht, RechtPublicatie
from rechten.teksten import MAANDEN
from rules.voorwaarden import SJABLONEN, Weergave, beschrijf, parse_voorwaarde
from tests.catalogue.maak import concept
from tests.support.formulier import Formulier, lees_formulier
from tests.support.personeel import aanmelden, csrf_van, gebruiker, lokaal_recht, token, tweede_client
from tests.support.profielen import ALLEENSTAANDE


def datum(tekst: str) -> date:
    dag, maand, jaar = tekst.split()
    return date(int(jaar), MAANDEN["nl"].index(maand) + 1, int(dag))


@dataclass
class Werkruimte:
    dienst: object
    browsers: dict = field(default_factory=dict)
    tokens: dict = field(default_factory=dict)
    rechten: dict = field(default_factory=dict)  # code → id
    profielen: dict = field(default_factory=dict)  # label → id
    formulieren: dict = field(default_factory=dict)  # person → the editor form they have open
    antwoord: object = None
    antwoorden: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def browser(self, naam: str):
        if naam not in self.browsers:
            self.browsers[naam] = self.dienst if not self.browsers else tweede_client(self.dienst)
        return self.browsers[naam]

    def sessie(self) -> Session:
        return Session(self.dienst.app.state.engine)

    def recht(self, code: str) -> Recht:
        with self.sessie() as s:
            return s.exec(select(Recht).where(Recht.code == code, Recht.soort == "instantie")).one()


@pytest.fixture
def werkruimte(dienst) -> Werkruimte:
    return Werkruimte(dienst)


# ## Gegeven


@given(parsers.parse('een redacteur "{naam}" van gemeente "{nis}"'))
def redacteur(werkruimte, naam, nis):
    gebruiker(werkruimte.dienst.app, naam, nis, "redacteur")


@given(parsers.parse('een redacteur "{naam}" van gemeente "{nis}" met een API-token'))
def redacteur_met_token(werkruimte, naam, nis):
    gebruiker(werkruimte.dienst.app, naam, nis, "redacteur")
    werkruimte.tokens[naam] = token(werkruimte.dienst, naam)


@given(parsers.parse('een redacteur "{naam}" van gemeente "{nis}" die aangemeld is'))
def redacteur_aangemeld(werkruimte, naam, nis):
    gebruiker(werkruimte.dienst.app, naam, nis, "redacteur")
    aanmelden(werkruimte.browser(naam), naam)


@given(parsers.parse('"{naam}" is aangemeld'))
def is_aangemeld(werkruimte, naam):
    aanmelden(werkruimte.browser(naam), naam)


@given(parsers.parse('een ontwerp "{code}" van gemeente "{nis}"'))
def ontwerp_van(werkruimte, code, nis):
    werkruimte.rechten[code] = lokaal_recht(werkruimte.dienst.app, code, nis)


@given(parsers.parse('een ontwerp "{code}" van Gent zonder machineleesbare voorwaarde'))
def ontwerp_gent(werkruimte, code):
    werkruimte.rechten[code] = lokaal_recht(werkruimte.dienst.app, code, "44021")


@given(parsers.parse('het concept "{code}" met de naam "{naam}"'))
def concept_met_naam(werkruimte, code, naam):
    with werkruimte.sessie() as s:
        store.bewaar_concept(s, concept(code, naam={"nl": naam}), door="test", reden="test")
        s.commit()


@given(parsers.parse('"{naam}" en een tweede redacteur "{tweede}" van Gent hebben "{code}" allebei open'))
def allebei_open(werkruimte, naam, tweede, code):
    gebruiker(werkruimte.dienst.app, tweede, "44021", "redacteur")
    aanmelden(werkruimte.browser(tweede), tweede)
    for wie in (naam, tweede):
        pagina = werkruimte.browser(wie).get(f"/beheer/rechten/{werkruimte.rechten[code]}")
        werkruimte.formulieren[wie] = (code, lees_formulier(pagina.text, "editor"))


@given(parsers.parse('een gepubliceerd recht "{code}" van Gent met een foutmelding "{bericht}"'))
def recht_met_melding(werkruimte, code, bericht):
    werkruimte.rechten[code] = lokaal_recht(werkruimte.dienst.app, code, "44021", status="gepubliceerd")
    with werkruimte.sessie() as s:
        rij = s.exec(select(Recht).where(Recht.code == code)).one()
        s.add(Foutmelding(id=str(uuid.uuid4()), recht_nr=rij.nr, organisatie="44021", bericht=bericht))
        s.commit()


@given(parsers.parse('een maatschappelijk werker "{naam}" van "{nis}" met een API-token'))
@given(parsers.parse('een maatschappelijk werker "{naam}" van "{nis}"'))
def maatschappelijk_werker(werkruimte, naam, nis):
    gebruiker(werkruimte.dienst.app, naam, nis, "maatschappelijk_werker")
    werkruimte.tokens[naam] = token(werkruimte.dienst, naam)


def _bewaar_profiel(werkruimte, naam, label, peildatum: date, insz=None):
    body = {"label": label, "profiel": {**ALLEENSTAANDE, "peildatum": peildatum.isoformat()}}
    if insz:
        body["insz"] = insz
    r = werkruimte.dienst.post("/api/v1/profielen", json=body, headers=werkruimte.tokens[naam])
    werkruimte.antwoord = r
    if r.status_code == 201:
        werkruimte.profielen[label] = r.json()["id"]
    return r


@given(parsers.parse('een maatschappelijk werker "{naam}" van "{nis}" die het profiel "{label}" bewaarde'))
def werker_met_profiel(werkruimte, naam, nis, label):
    maatschappelijk_werker(werkruimte, naam, nis)
    assert _bewaar_profiel(werkruimte, naam, label, date(2025, 1, 15)).status_code == 201


@given(parsers.parse('"{naam}" bewaarde het profiel "{label}" van een alleenstaande zonder inkomen op {dag}'))
def bewaarde_profiel(werkruimte, naam, label, dag):
    assert _bewaar_profiel(werkruimte, naam, label, datum(dag)).status_code == 201


@given(parsers.parse('"{label}" werd {maanden:d} maanden niet gebruikt'))
def niet_gebruikt(werkruimte, label, maanden):
    with werkruimte.sessie() as s:
        rij = s.exec(select(Clientprofiel).where(Clientprofiel.id == werkruimte.profielen[label])).one()
        rij.laatst_gebruikt_op = datetime.now(UTC) - timedelta(days=31 * maanden)
        s.add(rij)
        s.commit()


# ## Als — sign-in


@when(parsers.parse('"{naam}" zich aanmeldt met het juiste wachtwoord'))
def meldt_aan(werkruimte, naam):
    werkruimte.antwoord = aanmelden(werkruimte.browser(naam), naam)


@when(parsers.parse('iemand {n:d} keer een fout wachtwoord typt voor "{naam}"'))
def fout_wachtwoord(werkruimte, n, naam):
    for _ in range(n):
        aanmelden(werkruimte.browser("iemand"), naam, "een fout wachtwoord")


@when(parsers.parse('"{naam}" zich afmeldt'))
def meldt_af(werkruimte, naam):
    browser = werkruimte.browser(naam)
    werkruimte.extra["oude_cookie"] = browser.cookies.get("sessie")
    browser.post("/afmelden", data={"csrf_token": csrf_van(browser.get("/beheer").text)})


@when("een hulpverlener zonder aan te melden een leefloonadvies vraagt")
def anoniem_advies(werkruimte):
    anoniem = tweede_client(werkruimte.dienst)
    werkruimte.antwoord = anoniem.post("/api/v1/leefloon/advies", json={**ALLEENSTAANDE, "peildatum": "2025-02-15"})


# ## Als — the API, as an attacker


@when(parsers.parse('"{naam}" het ontwerp "{code}" opvraagt'))
def vraagt_ontwerp(werkruimte, naam, code):
    kop = werkruimte.tokens[naam]
    werkruimte.antwoord = werkruimte.dienst.get(f"/api/v1/catalogus/rechten/{werkruimte.rechten[code]}", headers=kop)
    werkruimte.extra["onbestaand"] = werkruimte.dienst.get(f"/api/v1/catalogus/rechten/{uuid.uuid4()}", headers=kop)


@when(parsers.parse('"{naam}" het recht "{code}" probeert te {handeling}'))
def probeert(werkruimte, naam, code, handeling):
    pad = f"/api/v1/catalogus/rechten/{werkruimte.rechten[code]}"
    kop = werkruimte.tokens[naam]
    if handeling == "wijzigen":
        body = {**werkruimte.recht(code).record, "versie": 1, "beschrijving": {"nl": "Overgenomen."}}
        werkruimte.antwoord = werkruimte.dienst.put(pad, json=body, headers=kop)
    else:
        werkruimte.antwoord = werkruimte.dienst.post(f"{pad}/{handeling}", headers=kop)


@when(parsers.parse('iemand zonder token het recht "{code}" probeert te publiceren'))
def zonder_token(werkruimte, code):
    werkruimte.antwoord = werkruimte.dienst.post(f"/api/v1/catalogus/rechten/{werkruimte.rechten[code]}/publiceren")


@when(parsers.parse('"{naam}" een nieuw recht aanmaakt voor gemeente "{nis}"'))
def maakt_voor_andere(werkruimte, naam, nis):
    body = {"naam": "Premie", "beschrijving": "Een premie.", "niveau": "lokaal", "gebied": [nis]}
    werkruimte.antwoord = werkruimte.dienst.post(
        "/api/v1/catalogus/rechten", json=body, headers=werkruimte.tokens[naam]
    )


@when(parsers.parse('"{naam}" het profiel "{label}" opvraagt, exporteert of wist'))
def profiel_van_ander(werkruimte, naam, label):
    pad = f"/api/v1/profielen/{werkruimte.profielen[label]}"
    kop = werkruimte.tokens[naam]
    werkruimte.antwoorden = [
        werkruimte.dienst.get(pad, headers=kop),
        werkruimte.dienst.get(f"{pad}/export", headers=kop),
        werkruimte.dienst.delete(pad, headers=kop),
    ]


# ## Als — the editor


@when(parsers.parse('"{naam}" een nieuw recht maakt van het concept "{code}"'))
def nieuw_van_concept(werkruimte, naam, code):
    browser = werkruimte.browser(naam)
    pagina = browser.get("/beheer/rechten/nieuw")
    werkruimte.antwoord = browser.post(
        "/beheer/rechten/nieuw", data={"csrf_token": csrf_van(pagina.text), "concept": code}
    )


def _sjabloon(naam: str) -> str:
    return next(s.code for s in SJABLONEN.values() if s.naam == naam)


def _editor(werkruimte, naam) -> tuple[str, Formulier]:
    if naam not in werkruimte.formulieren:
        code = next(iter(werkruimte.rechten))
        pagina = werkruimte.browser(naam).get(f"/beheer/rechten/{werkruimte.rechten[code]}")
        werkruimte.formulieren[naam] = (code, lees_formulier(pagina.text, "editor"))
    return werkruimte.formulieren[naam]


def _post(werkruimte, naam, form: Formulier, actie: str):
    code, _ = werkruimte.formulieren[naam]
    r = werkruimte.browser(naam).post(f"/beheer/rechten/{werkruimte.rechten[code]}", data=form.data(actie))
    werkruimte.antwoord = r
    if 'id="editor"' in r.text:
        werkruimte.formulieren[naam] = (code, lees_formulier(r.text, "editor"))
    else:
        werkruimte.formulieren.pop(naam, None)
    return r


def _voeg_toe(werkruimte, naam, sjabloon, parameter, waarde):
    _, form = _editor(werkruimte, naam)
    form.zet("vw.nieuw", _sjabloon(sjabloon))
    _post(werkruimte, naam, form, "vw-voeg:vw")
    _, form = werkruimte.formulieren[naam]
    nummer = max(int(m.group(1)) for v in form.velden if (m := re.match(r"vw\.(\d+)\._soort$", v[0])))
    form.zet(f"vw.{nummer}.p.{parameter}", waarde)
    _post(werkruimte, naam, form, "voorbeeld")


@when(parsers.parse('"{naam}" in de editor de voorwaarde "{sjabloon}" toevoegt met {jaar:d} jaar'))
def voegt_leeftijd_toe(werkruimte, naam, sjabloon, jaar):
    _voeg_toe(werkruimte, naam, sjabloon, "minimum", str(jaar))


@when(parsers.parse('"{naam}" de voorwaarde "{sjabloon}" toevoegt met "{waarde}"'))
def voegt_toe(werkruimte, naam, sjabloon, waarde):
    _voeg_toe(werkruimte, naam, sjabloon, "gebieden", waarde)


@when(parsers.parse('"{naam}" het recht bewaart en publiceert'))
def bewaart_en_publiceert(werkruimte, naam):
    code, form = werkruimte.formulieren[naam]
    r = _post(werkruimte, naam, form, "opslaan")
    assert "gedaan=bewaard" in str(r.url), r.text[:3000]
    versie = werkruimte.recht(code).versie
    werkruimte.antwoord = werkruimte.browser(naam).post(
        f"/beheer/rechten/{werkruimte.rechten[code]}/publiceren",
        data={"csrf_token": csrf_van(r.text), "versie": versie},
    )


@when(parsers.parse('"{naam}" de beschrijving wijzigt in "{tekst}" en bewaart'))
def wijzigt_beschrijving(werkruimte, naam, tekst):
    _, form = _editor(werkruimte, naam)
    _post(werkruimte, naam, form.zet("beschrijving.nl", tekst), "opslaan")


@when(parsers.parse('"{naam}" versie {n:d} terugzet'))
def zet_terug(werkruimte, naam, n):
    code = next(iter(werkruimte.rechten))
    browser = werkruimte.browser(naam)
    pagina = browser.get(f"/beheer/rechten/{werkruimte.rechten[code]}/versies/{n}")
    werkruimte.antwoord = browser.post(
        f"/beheer/rechten/{werkruimte.rechten[code]}/versies/{n}/herstellen",
        data={"csrf_token": csrf_van(pagina.text), "versie": werkruimte.recht(code).versie},
    )


@when(parsers.parse('"{naam}" de foutmelding beantwoordt met "{antwoord}" en afhandelt'))
def beantwoordt(werkruimte, naam, antwoord):
    browser = werkruimte.browser(naam)
    pagina = browser.get("/beheer/meldingen")
    melding_id = re.search(r'action="/beheer/meldingen/([0-9a-f-]{36})"', pagina.text).group(1)
    werkruimte.antwoord = browser.post(
        f"/beheer/meldingen/{melding_id}",
        data={"csrf_token": csrf_van(pagina.text), "antwoord": antwoord, "status": "afgehandeld"},
    )


# ## Als — client profiles


@when(parsers.parse('"{naam}" het leefloonadvies op "{label}" vraagt met peildatum {dag}'))
def advies_op_profiel(werkruimte, naam, label, dag):
    r = werkruimte.dienst.post(
        f"/api/v1/profielen/{werkruimte.profielen[label]}/advies",
        params={"peildatum": datum(dag).isoformat()},
        headers=werkruimte.tokens[naam],
    )
    assert r.status_code == 200, r.text
    werkruimte.antwoord = r


@when(parsers.parse('"{naam}" een profiel bewaart met INSZ "{insz}"'))
def bewaart_met_insz(werkruimte, naam, insz):
    _bewaar_profiel(werkruimte, naam, "Dossier zonder nummer", date(2025, 1, 15), insz)


@when(parsers.parse('"{naam}" een profiel "{label}" bewaart met INSZ "{insz}"'))
def bewaart_label_met_insz(werkruimte, naam, label, insz):
    werkruimte.extra["insz"] = insz
    assert _bewaar_profiel(werkruimte, naam, label, date(2025, 1, 15), insz).status_code == 201


@when(parsers.parse('"{naam}" het profiel "{label}" exporteert'))
def exporteert(werkruimte, naam, label):
    werkruimte.antwoord = werkruimte.dienst.get(
        f"/api/v1/profielen/{werkruimte.profielen[label]}/export", headers=werkruimte.tokens[naam]
    )


@when(parsers.parse('"{naam}" het profiel "{label}" wist'))
def wist(werkruimte, naam, label):
    r = werkruimte.dienst.delete(f"/api/v1/profielen/{werkruimte.profielen[label]}", headers=werkruimte.tokens[naam])
    assert r.status_code == 204


@when("het onderhoud loopt")
def onderhoud(werkruimte):
    app = werkruimte.dienst.app
    opschonen(app.state.engine, app.state.settings)


# ## Dan


@then(parsers.parse('ziet "{naam}" de rechten van Gent in beheer'))
def ziet_rechten(werkruimte, naam):
    r = werkruimte.antwoord
    assert r.url.path == "/beheer" and "Rechten in uw beheer" in r.text and "Gent (44021)" in r.text


@then(parsers.parse('wordt de aanmelding geweigerd met "{tekst}"'))
def aanmelding_geweigerd(werkruimte, tekst):
    assert werkruimte.antwoord.status_code == 429 and tekst in werkruimte.antwoord.text


@then("brengt de oude sessiecookie niemand nog in de werkruimte")
def oude_cookie(werkruimte):
    dief = tweede_client(werkruimte.dienst)
    dief.cookies.set("sessie", werkruimte.extra["oude_cookie"])
    assert dief.get("/beheer", follow_redirects=False).status_code == 303


@then("krijgt de hulpverlener het advies")
def krijgt_advies(werkruimte):
    assert werkruimte.antwoord.status_code == 200 and werkruimte.antwoord.json()["uitkomst"] == "toekennen"


@then("is er geen enkel cliëntenprofiel bewaard")
def niets_bewaard(werkruimte):
    with werkruimte.sessie() as s:
        assert s.exec(select(Clientprofiel)).all() == []
        assert s.exec(select(AuditRegel).where(AuditRegel.actie == "advies.gevraagd")).all() == []


@then("is het antwoord 404, net als voor een recht dat niet bestaat")
def net_als_onbestaand(werkruimte):
    assert werkruimte.antwoord.status_code == werkruimte.extra["onbestaand"].status_code == 404
    assert werkruimte.antwoord.json() == werkruimte.extra["onbestaand"].json()


@then(parsers.parse("is het antwoord {status:d}"))
def antwoord(werkruimte, status):
    assert werkruimte.antwoord.status_code == status, werkruimte.antwoord.text


@then("is het antwoord telkens 404")
def telkens_404(werkruimte):
    assert [r.status_code for r in werkruimte.antwoorden] == [404, 404, 404]


@then(parsers.parse('is "{code}" onveranderd'))
def onveranderd(werkruimte, code):
    rij = werkruimte.recht(code)
    with werkruimte.sessie() as s:
        publiek = s.get(RechtPublicatie, rij.nr) is not None
    assert (rij.versie, rij.status, publiek) == (1, "ontwerp", False)


@then(parsers.parse('wordt het geweigerd met een fout op het veld "{veld}"'))
def geweigerd_op_veld(werkruimte, veld):
    assert werkruimte.antwoord.status_code == 422
    assert werkruimte.antwoord.json()["detail"][0]["veld"] == veld


@then(parsers.parse('bestaat het profiel "{label}" nog'))
def bestaat_nog(werkruimte, label):
    with werkruimte.sessie() as s:
        assert s.exec(select(Clientprofiel).where(Clientprofiel.id == werkruimte.profielen[label])).first()


@then(parsers.parse('bestaat het profiel "{label}" niet meer'))
def bestaat_niet_meer(werkruimte, label):
    with werkruimte.sessie() as s:
        assert s.exec(select(Clientprofiel).where(Clientprofiel.id == werkruimte.profielen[label])).first() is None


@then(parsers.parse('is er een ontwerp "{code}" voor Gent'))
def ontwerp_voor_gent(werkruimte, code):
    rij = werkruimte.recht(code)
    werkruimte.rechten[code] = rij.id
    assert (rij.status, rij.organisatie, rij.record["gebied"]) == ("ontwerp", "44021", ["44021"])
    assert "Het ontwerp is aangemaakt" in werkruimte.antwoord.text


@then("is het nog niet publiek")
def niet_publiek(werkruimte):
    code = next(reversed(werkruimte.rechten))
    assert werkruimte.dienst.get(f"/api/v1/rechten/{werkruimte.rechten[code]}").status_code == 404


@then(parsers.parse('leest de voorwaarde "{tekst}"'))
def leest(werkruimte, tekst):
    naam = next(iter(werkruimte.formulieren))
    _, form = werkruimte.formulieren[naam]
    voorwaarde, fouten = bouw(uit_formulier(form.data()))
    assert fouten == {}
    assert beschrijf(parse_voorwaarde(voorwaarde), Weergave(gebiedsnaam=gemeenten().naam)) == tekst
    for deel in tekst.split(" en "):
        assert deel in werkruimte.antwoord.text, "het voorbeeld op de pagina toont het ook"


def _voorbeeldstatus(werkruimte, persoon: str) -> str:
    rij = next(r for r in werkruimte.antwoord.text.split("<tr") if f">{persoon}," in r)
    return re.search(r'class="status status-([a-z_]+)"', rij).group(1)


@then(parsers.parse('voldoet de voorbeeldpersoon "{persoon}" eraan'))
def voldoet(werkruimte, persoon):
    assert _voorbeeldstatus(werkruimte, persoon) == "voldaan"


@then(parsers.parse('voldoet de voorbeeldpersoon "{persoon}" er niet aan'))
def voldoet_niet(werkruimte, persoon):
    assert _voorbeeldstatus(werkruimte, persoon) == "niet_voldaan"


@then(parsers.parse('is "{code}" publiek met die voorwaarde'))
def publiek_met_voorwaarde(werkruimte, code):
    r = werkruimte.dienst.get(f"/api/v1/rechten/{werkruimte.rechten[code]}")
    assert r.status_code == 200
    assert werkruimte.recht(code).record["voorwaarde"] == {
        "alle": [{"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 65}, {"woont_in": ["44021"]}]
    }


@then(parsers.parse('ziet "{naam}" een conflict met beide beschrijvingen naast elkaar'))
def conflict(werkruimte, naam):
    r = werkruimte.antwoord
    assert r.status_code == 409 and "Uw wijzigingen zijn niet bewaard" in r.text
    assert "Ook voor mantelzorgers." in r.text and "Alleen voor 65-plussers." in r.text


@then(parsers.parse('blijft de beschrijving "{tekst}"'))
def blijft(werkruimte, tekst):
    code = next(iter(werkruimte.rechten))
    assert werkruimte.recht(code).record["beschrijving"]["nl"] == tekst


@then(parsers.parse('heeft "{code}" {n:d} versies en de beschrijving van versie 1'))
def versies(werkruimte, code, n):
    rij = werkruimte.recht(code)
    with werkruimte.sessie() as s:
        assert len(store.versies(s, recht_id=rij.id)) == n
    assert rij.record["beschrijving"]["nl"] == f"Beschrijving van {code.replace('-', ' ')}."


@then(parsers.parse('staat de foutmelding als afgehandeld door "{naam}"'))
def afgehandeld(werkruimte, naam):
    with werkruimte.sessie() as s:
        m = s.exec(select(Foutmelding)).one()
    assert (m.status, m.behandeld_door) == ("afgehandeld", naam)


@then(parsers.parse('toont de geschiedenis van "{label}" {n:d} adviezen: {a} euro en {b} euro per maand'))
def geschiedenis(werkruimte, label, n, a, b):
    naam = next(iter(werkruimte.tokens))
    r = werkruimte.dienst.get(f"/api/v1/profielen/{werkruimte.profielen[label]}", headers=werkruimte.tokens[naam])
    adviezen = r.json()["adviezen"]

    def euro(tekst):
        return tekst.replace(".", "").replace(",", ".")

    assert len(adviezen) == n
    assert {h["bedrag_maand"] for h in adviezen} == {euro(a), euro(b)}


@then('staat in het auditspoor "advies gevraagd" met de regelversie, zonder de inhoud van het profiel')
def audit_advies(werkruimte):
    with werkruimte.sessie() as s:
        regels = s.exec(select(AuditRegel).where(AuditRegel.actie == "advies.gevraagd")).all()
    assert regels and all(r.details["regelversie"].startswith("leefloon_") for r in regels)
    tekst = json.dumps([r.details for r in regels])
    assert "1985-07-30" not in tekst and "geboortedatum" not in tekst


@then("wordt het geweigerd omdat het controlegetal niet klopt")
def insz_geweigerd(werkruimte):
    r = werkruimte.antwoord
    assert r.status_code == 422 and r.json()["detail"][0]["veld"] == "insz"
    assert "controlegetal" in r.json()["detail"][0]["fout"]


@then(parsers.parse('vindt "{naam}" het profiel terug met dat INSZ'))
def terugvinden(werkruimte, naam):
    r = werkruimte.dienst.post(
        "/api/v1/profielen/zoeken", json={"insz": werkruimte.extra["insz"]}, headers=werkruimte.tokens[naam]
    )
    assert [i["label"] for i in r.json()["items"]] == ["Dossier 8"]


@then("staat het INSZ nergens leesbaar in de database")
def insz_onleesbaar(werkruimte):
    with werkruimte.dienst.app.state.engine.connect() as conn:
        inhoud = " ".join(str(r) for t in ("clientprofiel", "audit") for r in conn.execute(text(f"SELECT * FROM {t}")))
    assert "85073003328" not in inhoud and "85.07.30" not in inhoud


@then("bevat de export het label, het profiel en de adviezen")
def export(werkruimte):
    data = werkruimte.antwoord.json()
    assert data["label"] == "Dossier 9" and data["profiel"]["aanvrager"]["geboortedatum"] == "1985-07-30"
    assert "adviezen" in data and "bewaren_tot" in data
