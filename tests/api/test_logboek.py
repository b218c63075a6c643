"""No personal data in the logs: a real uvicorn server with every logger at its most verbose (uvicorn's trace
level, SQLAlchemy's statements with parameters and result rows, our own loggers) serves an advice, an overview, a
saved profile with a recognisable name, INSZ and amounts, a refused INSZ, a web login and an error; none of those
values may appear in any log line."""

from __future__ import annotations

import logging
import threading
import time

import httpx
import pytest
import uvicorn

from api.config import Omgeving, Settings
from api.main import create_app
from tests.support.personeel import WACHTWOORD, csrf_van, gebruiker
from tests.support.server import vrije_poort

NAAM = "Jeanine Vermeulen-Tack"
INSZ = "85073003328"
INSZ_FOUT = "77031412345"
GEBOORTE = "1977-03-14"
BEDRAG = "1234.87"
PROFIEL = {
    "peildatum": "2025-02-15",
    "gemeente": "44021",
    "aanvrager": {
        "geboortedatum": GEBOORTE,
        "verblijfsstatus": "belg",
        "woont_in_belgie": True,
        "burgerlijke_staat": "gescheiden",
        "werkbereid": True,
        "rechten_uitgeput": True,
        "inkomsten": [{"soort": "werkloosheid", "bedrag": BEDRAG, "per": "maand"}],
    },
}
VERKEERD_VELD = "Mijn-Geheim-Wachtwoord-In-Het-Naamveld"  # a password typed in the user-name field
GEHEIMEN = [NAAM, "Vermeulen", INSZ, "85.07.30", INSZ_FOUT, GEBOORTE, BEDRAG, WACHTWOORD, VERKEERD_VELD.lower()]


class Verzamelaar(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=1)
        self.regels: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.regels.append(self.format(record))


@pytest.fixture
def logboek():
    verzamelaar = Verzamelaar()
    root = logging.getLogger()
    oud_niveau = root.level
    root.addHandler(verzamelaar)
    root.setLevel(1)
    namen = [
        "uvicorn",
        "uvicorn.error",
        "uvicorn.access",
        "uvicorn.asgi",
        "sqlalchemy",
        "sqlalchemy.engine",
        "sqlalchemy.pool",
        "alembic",
        "httpx",
        "httpcore",
        "multipart",
        "rechten",
        "fastapi",
        "starlette",
    ]
    namen += list(logging.root.manager.loggerDict)
    oud = {}
    for naam in set(namen):
        logger = logging.getLogger(naam)
        oud[naam] = (logger.level, logger.propagate, logger.disabled)
        logger.setLevel(1)
        logger.propagate = True
        logger.disabled = False
    try:
        yield verzamelaar
    finally:
        root.removeHandler(verzamelaar)
        root.setLevel(oud_niveau)
        for naam, (niveau, propagate, disabled) in oud.items():
            logger = logging.getLogger(naam)
            logger.setLevel(niveau)
            logger.propagate = propagate
            logger.disabled = disabled


def test_logs_bevatten_geen_persoonsgegevens(tmp_path, logboek):
    settings = Settings(
        omgeving=Omgeving.test, data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'r.db'}", laad_catalogus=False
    )
    app = create_app(settings)
    poort = vrije_poort()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=poort, log_config=None, log_level="trace", access_log=True, lifespan="on"
    )
    server = uvicorn.Server(config)
    draad = threading.Thread(target=server.run, daemon=True)
    draad.start()
    while not server.started:
        assert draad.is_alive()
        time.sleep(0.02)
    try:
        gebruiker(app, "mw.gent", "44021", "maatschappelijk_werker")
        with httpx.Client(base_url=f"http://127.0.0.1:{poort}") as c:
            assert c.post("/api/v1/leefloon/advies", json=PROFIEL).status_code == 200
            assert c.post("/api/v1/overzicht", json=PROFIEL).status_code == 200
            kop = {
                "Authorization": "Bearer "
                + c.post("/api/v1/auth/token", data={"username": "mw.gent", "password": WACHTWOORD}).json()[
                    "access_token"
                ]
            }
            r = c.post("/api/v1/profielen", json={"label": NAAM, "insz": INSZ, "profiel": PROFIEL}, headers=kop)
            assert r.status_code == 201
            pid = r.json()["id"]
            assert c.post(f"/api/v1/profielen/{pid}/advies", headers=kop).status_code == 200
            assert c.post(f"/api/v1/profielen/{pid}/overzicht", headers=kop).status_code == 200
            assert c.get(f"/api/v1/profielen/{pid}", headers=kop).status_code == 200
            assert c.get(f"/api/v1/profielen/{pid}/export", headers=kop).status_code == 200
            assert c.post("/api/v1/profielen/zoeken", json={"insz": INSZ}, headers=kop).status_code == 200
            fout = c.post("/api/v1/profielen", json={"label": NAAM, "insz": INSZ_FOUT, "profiel": PROFIEL}, headers=kop)
            assert fout.status_code == 422
            ongeldig = {**PROFIEL, "aanvrager": {**PROFIEL["aanvrager"], "geboortedatum": NAAM}}
            assert c.post("/api/v1/leefloon/advies", json=ongeldig).status_code == 422
            assert c.post("/api/v1/auth/token", data={"username": VERKEERD_VELD, "password": "x"}).status_code == 401
            pagina = c.get("/aanmelden")
            r = c.post(
                "/aanmelden",
                data={"gebruikersnaam": "mw.gent", "wachtwoord": WACHTWOORD, "csrf_token": csrf_van(pagina.text)},
            )
            assert r.status_code in (200, 303)
            assert c.delete(f"/api/v1/profielen/{pid}", headers=kop).status_code == 204
    finally:
        server.should_exit = True
        draad.join(timeout=30)
    regels = logboek.regels
    assert any("sqlalchemy" in r for r in regels), "de SQL-log stond niet aan: de test zou niets bewijzen"
    assert any("uvicorn" in r and "/api/v1/profielen" in r for r in regels), "de toegangslog stond niet aan"
    lekken = [(g, r) for r in regels for g in GEHEIMEN if g in r]
    assert lekken == [], f"persoonsgegevens in de logs: {lekken[:5]}"


def test_de_verzamelaar_vangt_een_lek(logboek):
    """Guard: the check above must be able to fail."""
    logging.getLogger("rechten.test").debug("profiel van %s", NAAM)
    logging.getLogger("sqlalchemy.engine.Engine").info("[parameters] (%r,)", INSZ)
    assert any(NAAM in r for r in logboek.regels) and any(INSZ in r for r in logboek.regels)
