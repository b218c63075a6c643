"""The staff side in a real browser: login, building a condition with the form builder (live preview by the small
script, same-origin under the strict CSP), publishing, two editors in conflict, and WCAG 2.1 AA on every page."""

from __future__ import annotations

import re
import uuid

import pytest
from sqlmodel import Session, select

from api.auth.accounts import maak_gebruiker
from catalogue import store
from catalogue.db import maak_engine
from catalogue.models import Foutmelding, Recht
from tests.catalogue.maak import recht
from tests.support.axe import controleer_toegankelijkheid
from tests.support.personeel import WACHTWOORD

GENT = "44021"


@pytest.fixture(scope="module")
def personeel(browser_settings, base_url):
    """Accounts and a draft in the live server's database (the server is shared by the browser tests)."""
    engine = maak_engine(browser_settings.database_url)
    achtervoegsel = uuid.uuid4().hex[:6]
    namen = {"red": f"red{achtervoegsel}", "red2": f"bo{achtervoegsel}", "mw": f"mw{achtervoegsel}"}
    with Session(engine) as s:
        maak_gebruiker(
            s,
            browser_settings,
            gebruikersnaam=namen["red"],
            organisatie=GENT,
            rollen=["redacteur", "beheerder", "maatschappelijk_werker"],
            wachtwoord=WACHTWOORD,
        )
        maak_gebruiker(
            s,
            browser_settings,
            gebruikersnaam=namen["red2"],
            organisatie=GENT,
            rollen=["redacteur"],
            wachtwoord=WACHTWOORD,
        )
        s.commit()
    yield namen, engine
    engine.dispose()


def _ontwerp(engine, code: str) -> str:
    with Session(engine) as s:
        store.bewaar_record(
            s,
            recht(
                code,
                gebied=[GENT],
                status="ontwerp",
                naam={"nl": f"Premie {code}"},
                bron_url="https://stad.gent/nl/premie",
            ),
            door="test",
            reden="test",
        )
        s.commit()
        return s.exec(select(Recht).where(Recht.code == code)).one().id


def _aanmelden(page, naam: str) -> None:
    page.goto("/aanmelden")
    page.get_by_label("Gebruikersnaam").fill(naam)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url(re.compile(r"/beheer$"))


def test_aanmelden_en_afmelden(page, personeel):
    namen, _ = personeel
    _aanmelden(page, namen["red"])
    assert page.get_by_role("heading", level=1).inner_text() == "Rechten in uw beheer"
    cookie = next(c for c in page.context.cookies() if c["name"] == "sessie")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    assert page.evaluate("document.cookie").find("sessie=") == -1, "scripts kunnen de sessiecookie niet lezen"
    page.get_by_role("button", name="Afmelden").click()
    page.wait_for_url(re.compile(r"/aanmelden\?afgemeld=1"))
    page.goto("/beheer")
    assert "/aanmelden" in page.url


def test_voorwaarde_bouwen_met_live_voorbeeld_en_publiceren(page, personeel):
    namen, engine = personeel
    recht_id = _ontwerp(engine, f"gent-bouwer-{uuid.uuid4().hex[:6]}")
    _aanmelden(page, namen["red"])
    page.goto(f"/beheer/rechten/{recht_id}")
    page.select_option("#vw-nieuw", "leeftijd-minstens")
    page.locator("#bouwer").get_by_role("button", name="Voorwaarde toevoegen").first.click()
    veld = page.locator("#vw-0-p-minimum")
    veld.fill("67")
    # The small script refreshes the preview while typing: no button pressed.
    voorbeeld = page.locator("#voorbeeld-inhoud")
    voorbeeld.get_by_text("leeftijd is minstens 67 jaar").wait_for()
    assert "voldoet" in voorbeeld.inner_text()
    controleer_toegankelijkheid(page, context="editor met voorwaarde")
    page.get_by_role("button", name="Bewaren als ontwerp").first.click()
    page.get_by_text("De wijzigingen zijn bewaard als ontwerp.").wait_for()
    page.get_by_role("button", name="Publiceren").click()
    page.get_by_text("Het recht is gepubliceerd").wait_for()
    page.get_by_role("link", name="publieke fiche").click()
    assert page.get_by_role("heading", level=1).inner_text() == page.title().split(" – ")[0]


def test_twee_redacteurs_tegelijk_de_tweede_krijgt_het_conflict(browser, base_url, personeel):
    namen, engine = personeel
    recht_id = _ontwerp(engine, f"gent-conflict-{uuid.uuid4().hex[:6]}")
    eerste = browser.new_context(base_url=base_url, locale="nl-BE").new_page()
    tweede = browser.new_context(base_url=base_url, locale="nl-BE").new_page()
    try:
        _aanmelden(eerste, namen["red"])
        _aanmelden(tweede, namen["red2"])
        eerste.goto(f"/beheer/rechten/{recht_id}")
        tweede.goto(f"/beheer/rechten/{recht_id}")
        tweede.locator("#beschrijving-nl").fill("Tekst van de tweede redacteur.")
        tweede.get_by_role("button", name="Bewaren als ontwerp").first.click()
        tweede.get_by_text("De wijzigingen zijn bewaard als ontwerp.").wait_for()
        eerste.locator("#beschrijving-nl").fill("Tekst van de eerste redacteur.")
        eerste.get_by_role("button", name="Bewaren als ontwerp").first.click()
        eerste.get_by_role("heading", name="Intussen gewijzigd door iemand anders").wait_for()
        tabel = eerste.locator("table.vergelijking").inner_text()
        assert "Tekst van de eerste redacteur." in tabel and "Tekst van de tweede redacteur." in tabel
        controleer_toegankelijkheid(eerste, context="conflictpagina")
        eerste.get_by_role("button", name=re.compile("Verder met mijn wijzigingen")).click()
        assert eerste.locator("#beschrijving-nl").input_value() == "Tekst van de eerste redacteur."
        with Session(engine) as s:
            opgeslagen = s.exec(select(Recht).where(Recht.id == recht_id)).one().record["beschrijving"]["nl"]
        assert opgeslagen == "Tekst van de tweede redacteur."
    finally:
        eerste.context.close()
        tweede.context.close()


def test_personeelspaginas_zonder_wcag_schendingen(page, personeel):
    namen, engine = personeel
    recht_id = _ontwerp(engine, f"gent-axe-{uuid.uuid4().hex[:6]}")
    with Session(engine) as s:
        rij = s.exec(select(Recht).where(Recht.id == recht_id)).one()
        s.add(Foutmelding(id=str(uuid.uuid4()), recht_nr=rij.nr, organisatie=GENT, bericht="Adres klopt niet."))
        s.commit()
    page.goto("/aanmelden")
    controleer_toegankelijkheid(page, context="/aanmelden")
    _aanmelden(page, namen["red"])
    for pad in [
        "/beheer",
        "/beheer/rechten/nieuw",
        f"/beheer/rechten/{recht_id}",
        f"/beheer/rechten/{recht_id}/versies",
        f"/beheer/rechten/{recht_id}/versies/1",
        "/beheer/meldingen",
        "/beheer/gebruikers",
        "/beheer/audit",
        "/beheer/wachtwoord",
        "/profielen",
        "/profielen/nieuw",
    ]:
        page.goto(pad)
        controleer_toegankelijkheid(page, context=pad)


def test_profiel_bewaren_en_advies_in_de_browser(page, personeel):
    namen, _ = personeel
    _aanmelden(page, namen["red"])
    page.goto("/profielen/nieuw")
    page.get_by_label("Label").fill("Dossier browser")
    page.locator("#gemeente").fill("9000")
    page.locator("#aanvrager-geboortedatum").fill("1985-07-30")
    page.get_by_role("button", name="Profiel bewaren").first.click()
    page.get_by_text("Het cliëntenprofiel is bewaard.").wait_for()
    controleer_toegankelijkheid(page, context="profielpagina")
    page.get_by_role("button", name="Leefloonadvies").click()
    page.locator("#advies-titel").wait_for()
    controleer_toegankelijkheid(page, context="profiel met advies")
