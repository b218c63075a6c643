"""Application settings, read from the environment (and `.env`) with pydantic-settings.

Configuration is not data: legal parameters and catalogue content live in versioned data files.
"""

from __future__ import annotations

import secrets
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Omgeving", "Settings", "get_settings"]

DEFAULT_DATA_DIR = Path("data")
# Secrets that must never protect a production deployment.
ZWAKKE_GEHEIMEN = {"", "changethis", "geheim", "secret", "test"}


class Omgeving(StrEnum):
    """Where the app runs: local development, the test suite, or production."""

    lokaal = "lokaal"
    test = "test"
    productie = "productie"


class Settings(BaseSettings):
    """Every setting the app reads; names are the environment variables (case-insensitive)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    omgeving: Omgeving = Omgeving.lokaal
    data_dir: Path = DEFAULT_DATA_DIR
    database_url: str = ""
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    secret_key: str = ""
    # Client profiles are purged after this many months (GDPR storage limitation).
    retentie_maanden: int = Field(12, ge=1, le=120)
    # Largest request body the API accepts (bytes); bigger ones get 413.
    max_body_bytes: int = Field(2_000_000, ge=1_000)
    laad_catalogus: bool = True
    # Staff sign-in (api.auth): a web session ends after this much inactivity or at the latest after
    # `sessie_max_uren`; an API bearer token lives `token_minuten`. Throttling: an account name gets at most
    # `inlog_max_pogingen` failed logins and an IP address `inlog_max_pogingen_ip` per `inlog_venster_minuten`.
    sessie_minuten: int = Field(60, ge=5, le=24 * 60)
    sessie_max_uren: int = Field(10, ge=1, le=24 * 7)
    token_minuten: int = Field(60, ge=5, le=24 * 60)
    inlog_max_pogingen: int = Field(5, ge=1, le=100)
    inlog_max_pogingen_ip: int = Field(20, ge=1, le=1000)
    inlog_venster_minuten: int = Field(15, ge=1, le=24 * 60)
    log_level: str = "info"

    @model_validator(mode="after")
    def _vul_aan(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite:///{self.data_dir / 'rechten.db'}"
        if self.omgeving is Omgeving.productie:
            if self.secret_key in ZWAKKE_GEHEIMEN or len(self.secret_key) < 32:
                raise ValueError(
                    "SECRET_KEY moet in productie gezet zijn op een willekeurige waarde van minstens 32 tekens"
                )
        elif not self.secret_key:
            self.secret_key = _lokaal_geheim(self.data_dir, persist=self.omgeving is Omgeving.lokaal)
        return self


def _lokaal_geheim(data_dir: Path, *, persist: bool) -> str:
    """A generated secret for local runs, kept in the data folder so sessions survive a restart."""
    if not persist:
        return secrets.token_urlsafe(48)
    pad = data_dir / ".secret_key"
    try:
        if pad.exists():
            waarde = pad.read_text().strip()
            if len(waarde) >= 32:
                return waarde
        data_dir.mkdir(parents=True, exist_ok=True)
        waarde = secrets.token_urlsafe(48)
        pad.write_text(waarde)
        pad.chmod(0o600)
        return waarde
    except OSError:
        return secrets.token_urlsafe(48)


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (cached; tests build their own `Settings`)."""
    return Settings()
