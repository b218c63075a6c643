"""The editor's form holds every field of a right: each bundled right survives record → form → record."""

import pytest

from api.beheer.formulier import lees, pas_rij_toe, waarden
from api.beheer.rechtformulier import RECHT_FORMULIER
from catalogue.bundel import lees_bundel
from catalogue.schema import RechtRecord


def _post(record: dict) -> dict[str, list[str]]:
    """What the browser posts for a record (values and the hidden row markers)."""
    w = waarden(RECHT_FORMULIER, record)
    rijen = w.pop("#rijen")
    form = {k: (v if isinstance(v, list) else [v]) for k, v in w.items()}
    for lijst, nummers in rijen.items():
        for n in nummers:
            form[f"{lijst}.{n}._rij"] = ["1"]
    return form


RECORDS = sorted(lees_bundel().records.values(), key=lambda r: r.code)


@pytest.mark.parametrize("record", RECORDS, ids=[r.code for r in RECORDS])
def test_elk_gebundeld_recht_overleeft_het_formulier(record):
    origineel = record.model_dump(mode="json")
    terug = lees(RECHT_FORMULIER, _post(origineel))
    for veld in ("code", "status", "concept", "voorwaarde"):  # not in the form (or: the builder)
        terug[veld] = origineel[veld]
    assert RechtRecord.model_validate(terug).model_dump(mode="json") == origineel


def test_bedragen_en_datums_zoals_mensen_ze_typen():
    form = {
        "bedragen.0._rij": ["1"],
        "bedragen.0.waarde": ["1.234,50"],
        "bedragen.0.geldig_vanaf": ["1/3/2026"],
        "zoektermen": ["eten, maaltijd ,"],
        "documenten": ["identiteitskaart\r\n\r\nattest"],
    }
    data = lees(RECHT_FORMULIER, form)
    assert data["bedragen"] == [{"waarde": "1234.50", "geldig_vanaf": "2026-03-01"}]
    assert data["zoektermen"] == ["eten", "maaltijd"] and data["documenten"] == ["identiteitskaart", "attest"]


def test_lege_rijen_vallen_weg():
    form = {"kosten.0._rij": ["1"], "kosten.0.naam": [""], "kosten.1._rij": ["1"], "kosten.1.naam": ["Prijs"]}
    assert lees(RECHT_FORMULIER, form)["kosten"] == [{"naam": "Prijs"}]


def test_rijen_toevoegen_en_verwijderen_ook_genest():
    data = {"procedures": [{"naam": "a", "websites": []}]}
    assert pas_rij_toe(data, "rij:procedures.0.websites") == "procedures-0-websites-0"
    assert data["procedures"][0]["websites"] == [{}]
    pas_rij_toe(data, "weg:procedures.0")
    assert data["procedures"] == []
    assert pas_rij_toe(data, "rij:../../etc") is None
