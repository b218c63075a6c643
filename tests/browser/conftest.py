"""Browser fixtures: Playwright driving Debian's /usr/bin/chromium (never a browser download)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from api.config import Omgeving, Settings
from tests.support.omgeving import vereist
from tests.support.server import live_server

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_settings(tmp_path_factory) -> Settings:
    """The live server's settings: its own SQLite file, bundled catalogue loaded like `make run`."""
    data = tmp_path_factory.mktemp("browserdata")
    return Settings(omgeving=Omgeving.test, data_dir=data, database_url=f"sqlite:///{data / 'rechten.db'}")


@pytest.fixture(scope="session")
def base_url(browser_settings):
    with live_server(browser_settings) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    vereist(CHROMIUM.exists(), f"{CHROMIUM} ontbreekt (Debian-pakket chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="nl-BE")
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    try:
        yield pg
    finally:
        context.close()
