import pytest
from pydantic import ValidationError

from api.config import Omgeving, Settings


def test_productie_zonder_geheim_weigert_te_starten(tmp_path):
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings(omgeving=Omgeving.productie, data_dir=tmp_path, secret_key="")


@pytest.mark.parametrize("zwak", ["changethis", "kort"])
def test_productie_met_zwak_geheim_weigert_te_starten(tmp_path, zwak):
    with pytest.raises(ValidationError):
        Settings(omgeving=Omgeving.productie, data_dir=tmp_path, secret_key=zwak)


def test_lokaal_wordt_een_geheim_gemaakt_en_bewaard(tmp_path):
    eerste = Settings(omgeving=Omgeving.lokaal, data_dir=tmp_path)
    tweede = Settings(omgeving=Omgeving.lokaal, data_dir=tmp_path)
    assert len(eerste.secret_key) >= 32
    assert eerste.secret_key == tweede.secret_key
    assert (tmp_path / ".secret_key").stat().st_mode & 0o777 == 0o600


def test_standaard_database_is_sqlite_in_de_datamap(tmp_path):
    s = Settings(omgeving=Omgeving.test, data_dir=tmp_path)
    assert s.database_url == f"sqlite:///{tmp_path / 'rechten.db'}"


def test_omgevingsvariabelen_overschrijven(monkeypatch, tmp_path):
    monkeypatch.setenv("PORT", "8123")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:p@localhost/db")
    s = Settings(omgeving=Omgeving.test, data_dir=tmp_path)
    assert s.port == 8123
    assert s.database_url == "postgresql://u:p@localhost/db"


def test_ongeldige_poort_wordt_geweigerd(monkeypatch):
    monkeypatch.setenv("PORT", "99999")
    with pytest.raises(ValidationError, match="port"):
        Settings(omgeving=Omgeving.test)
