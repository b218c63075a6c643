"""Fixtures for the whole suite: settings, the app on in-memory SQLite, its TestClient."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.config import Omgeving, Settings
from api.main import create_app


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Test settings: in-memory SQLite, no bundled catalogue, a throw-away data folder."""
    return Settings(omgeving=Omgeving.test, database_url="sqlite://", data_dir=tmp_path, laad_catalogus=False)


@pytest.fixture
def app(settings):
    return create_app(settings)


@pytest.fixture
def client(app):
    """A TestClient with the app started (migrations ran)."""
    with TestClient(app) as c:
        yield c
