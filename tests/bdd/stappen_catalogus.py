"""Steps for features/catalogus/{zoeken,gemeenten,workflow,foute_invoer}.feature: the API and the store."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from pydantic import ValidationError
from pytest_bdd import given, parsers, then, when
from sqlmodel import Session

from catalogue import store
from catalogue.schema import RechtRecord, Tekst
from rechten.validatie import veldfouten
from tests.catalogue.maak import concept, data, recht


@dataclass
class Beheer:
    """A scenario's catalogue: the running app (client) and its database, the last answer and error."""

    client: object
    antwoord: object = None
    fout: str | None = None
    conflict: Exception | None = None
    extra: dict = field(default_factory=dict)

    def sessie(self) -> Session:
        return Session(self.client.app.state.engine)

    def bewaar(self, record, *, soort: str = "instantie") -> None:
        with self.sessie() as s:
            functie = store.bewaar_concept if soort == "concept" else store.bewaar_record
            functie(s, record, door="redacteur", reden="scenario")
            s.commit()

    def info(self, code: str, soort: str | None = None):
        with self.sessie() as s:
            return store.lees_record(s, code, soort)

    def zoek(self, **params):
        params.setdefault("limit", 100)
        self.antwoord = self.client.get("/api/v1/rechten", params=params)
        return self.antwoord

    def codes(self) -> list[str]:
        assert self.antwoord.status_code == 200, self.antwoord.text
        return [i["code"] for i in self.antwoord.json()["items"]]


def _lijst(tekst: str) -> list[str]:
    return re.findall(r'"([^"]+)"', tekst)


@pytest.fixture
def beheer(client) -> Beheer:
    return Beheer(client=client)


# ## Gegeven


@given("de catalogus bevat deze gepubliceerde rechten:")
def catalogus_met_rechten(beheer, datatable):
    kop, *rijen = datatable
    for rij in rijen:
        v = dict(zip(kop, rij, strict=True))
        beheer.bewaar(
            recht(v["code"], naam=v["naam"], niveau=v["niveau"], gebied=[v["gebied"]] if v["gebied"] else [],
                  themas=[v["thema"]], beschrijving=v["beschrijving"],
                  uitvoerend_niveau=["lokaal"] if v["niveau"] in ("lokaal", "provinciaal") else ["federaal"])
        )  # fmt: skip


@given(parsers.parse('een ontwerp "{code}" met de naam "{naam}"'))
def ontwerp(beheer, code, naam):
    beheer.bewaar(recht(code, naam=naam, status="ontwerp"))


@given(parsers.parse('de redacteur heeft "{code}" gepubliceerd'))
def gepubliceerd(beheer, code):
    publiceer(beheer, code)


@given(parsers.parse('het concept "{code}" met de beschrijving "{tekst}"'))
def concept_met_tekst(beheer, code, tekst):
    beheer.bewaar(concept(code, beschrijving=tekst), soort="concept")


@given(parsers.parse('het recht "{code}" overgenomen van het concept "{concept_code}" met de beschrijving "{tekst}"'))
def overgenomen(beheer, code, concept_code, tekst):
    beheer.bewaar(recht(code, concept=concept_code, beschrijving=tekst))


@given(parsers.parse('het gepubliceerde recht "{code}" werd {maanden:d} maanden geleden nagekeken'))
def nagekeken(beheer, code, maanden):
    beheer.bewaar(recht(code, laatst_geverifieerd=(date.today() - timedelta(days=maanden * 31)).isoformat()))


# ## Als


@when(parsers.parse('een hulpverlener zoekt op "{q}"'))
def zoek_op(beheer, q):
    beheer.zoek(q=q)


@when(parsers.parse('een hulpverlener de rechten van gemeente "{gemeente}" opvraagt'))
def rechten_van_gemeente(beheer, gemeente):
    beheer.zoek(gemeente=gemeente)


@when(parsers.parse("een hulpverlener de tweede pagina van {aantal:d} rechten opvraagt"))
def tweede_pagina(beheer, aantal):
    beheer.zoek(limit=aantal, offset=aantal)


@when(parsers.parse('een hulpverlener de gemeente "{q}" opzoekt'))
def gemeente_opzoeken(beheer, q):
    beheer.antwoord = beheer.client.get("/api/v1/gemeenten", params={"q": q})


@when(parsers.parse('de redacteur "{code}" publiceert'))
def publiceer(beheer, code):
    with beheer.sessie() as s:
        store.publiceer(s, recht_id=store.lees_record(s, code)[0].id, door="redacteur")
        s.commit()


@when(parsers.parse('de redacteur "{code}" archiveert'))
def archiveer(beheer, code):
    with beheer.sessie() as s:
        store.archiveer(s, recht_id=store.lees_record(s, code)[0].id, door="redacteur", reden="afgeschaft")
        s.commit()


@when(parsers.parse('de redacteur de beschrijving van "{code}" wijzigt in "{tekst}"'))
def wijzig(beheer, code, tekst):
    with beheer.sessie() as s:
        info, record = store.lees_record(s, code)
        beheer.extra["oud"] = store.publiek_recht(s, sleutel=code)[1].beschrijving.nl
        store.wijzig_record(s, recht_id=info.id, record=record.model_copy(update={"beschrijving": Tekst(nl=tekst)}),
                            door="redacteur", reden="openingsuren", verwachte_versie=info.versie)  # fmt: skip
        s.commit()


@when(parsers.parse('twee redacteurs tegelijk "{code}" wijzigen vanaf dezelfde versie'))
def tegelijk(beheer, code):
    info, record = beheer.info(code)
    for naam in ("eerste", "tweede"):
        with beheer.sessie() as s:
            try:
                nieuw = record.model_copy(update={"beschrijving": Tekst(nl=f"Tekst van {naam}.")})
                store.wijzig_record(
                    s, recht_id=info.id, door=naam, reden="", verwachte_versie=info.versie, record=nieuw
                )
                s.commit()
            except store.VersieConflict as fout:
                s.rollback()
                beheer.conflict = fout


@when(parsers.parse('het concept "{code}" de beschrijving "{tekst}" krijgt'))
def concept_wijzigt(beheer, code, tekst):
    beheer.bewaar(concept(code, beschrijving=tekst), soort="concept")


@when(parsers.parse('een redacteur het recht "{code}" bewaart met de voorwaarde {voorwaarde}'))
def bewaar_met_voorwaarde(beheer, code, voorwaarde):
    _probeer(beheer, data(code, voorwaarde=json.loads(voorwaarde)))


@when(parsers.parse('een redacteur het recht "{code}" bewaart voor gemeente "{nis}"'))
def bewaar_voor_gemeente(beheer, code, nis):
    _probeer(beheer, data(code, gebied=[nis]))


def _probeer(beheer, ruw: dict) -> None:
    try:
        beheer.bewaar(RechtRecord.model_validate(ruw))
    except ValidationError as fout:
        beheer.fout = "; ".join(f"{f['veld']}: {f['fout']}" for f in veldfouten(fout.errors()))
    except store.StoreFout as fout:
        beheer.fout = str(fout)


@when(parsers.parse("een toepassing een aanvraag van {mb:d} MB naar de catalogus stuurt"))
def te_groot(beheer, mb):
    beheer.antwoord = beheer.client.post("/api/v1/rechten", content=b"x" * (mb * 1_000_000))


# ## Dan


@then(parsers.parse("vindt de hulpverlener de rechten {rechten}"))
def vindt_precies(beheer, rechten):
    assert sorted(beheer.codes()) == sorted(_lijst(rechten))


@then("vindt de hulpverlener geen rechten")
def vindt_niets(beheer):
    assert beheer.codes() == [] and beheer.antwoord.json()["totaal"] == 0


@then(parsers.parse('vindt de hulpverlener "{code}"'))
def vindt(beheer, code):
    assert code in beheer.codes()


@then(parsers.parse('vindt de hulpverlener "{code}" niet'))
def vindt_niet(beheer, code):
    assert code not in beheer.codes()


@then(parsers.parse('staat "{code}" bovenaan'))
def bovenaan(beheer, code):
    assert beheer.codes()[0] == code


@then(parsers.parse("zijn er in totaal {aantal:d} rechten"))
def totaal(beheer, aantal):
    assert beheer.antwoord.json()["totaal"] == aantal


@then(parsers.parse("staan er {aantal:d} rechten op de pagina"))
def op_de_pagina(beheer, aantal):
    assert len(beheer.antwoord.json()["items"]) == aantal


@then(parsers.parse('is het antwoord een fout over "{veld}" die "{uitleg}" zegt'))
def fout_over(beheer, veld, uitleg):
    assert beheer.antwoord.status_code == 422
    (fout,) = beheer.antwoord.json()["detail"]
    assert fout["veld"] == veld and uitleg in fout["fout"]


@then(parsers.parse('is "{oud}" opgegaan in "{nieuw}" op {datum}'))
def opgegaan(beheer, oud, nieuw, datum):
    gemeenten = {g["nis"]: g for g in beheer.antwoord.json()}
    (oude,) = [g for g in gemeenten.values() if g["naam"] == oud]
    opvolger = beheer.client.get("/api/v1/gemeenten", params={"q": oude["opgegaan_in"]}).json()[0]
    assert opvolger["naam"] == nieuw and opvolger["geldig_vanaf"] == datum


@then(parsers.parse('is "{code}" publiek'))
def publiek(beheer, code):
    assert beheer.client.get(f"/api/v1/rechten/{code}").status_code == 200
    assert code in [i["code"] for i in beheer.zoek().json()["items"]]


@then(parsers.parse('is "{code}" niet publiek'))
def niet_publiek(beheer, code):
    assert beheer.client.get(f"/api/v1/rechten/{code}").status_code == 404
    assert code not in [i["code"] for i in beheer.zoek().json()["items"]]


@then(parsers.parse('toont de publieke fiche van "{code}" nog de oude beschrijving'))
def oude_fiche(beheer, code):
    assert beheer.client.get(f"/api/v1/rechten/{code}").json()["beschrijving"]["nl"] == beheer.extra["oud"]


@then(parsers.parse('toont de publieke fiche van "{code}" "{tekst}"'))
def fiche_toont(beheer, code, tekst):
    assert beheer.client.get(f"/api/v1/rechten/{code}").json()["beschrijving"]["nl"] == tekst


@then(parsers.parse('heeft "{code}" {aantal:d} versies met wie, wanneer en wat'))
def versies(beheer, code, aantal):
    with beheer.sessie() as s:
        historiek = store.versies(s, recht_id=store.lees_record(s, code)[0].id)
    assert len(historiek) == aantal
    assert all(v.door and v.op for v in historiek)
    assert any(w["veld"] == "beschrijving.nl" for v in historiek for w in v.wijzigingen)


@then("wordt de wijziging van de eerste bewaard")
def eerste_bewaard(beheer):
    assert beheer.info("gent-sociaal-restaurant")[1].beschrijving.nl == "Tekst van eerste."


@then("krijgt de tweede redacteur een conflict")
def conflict(beheer):
    assert isinstance(beheer.conflict, store.VersieConflict)
    assert "intussen gewijzigd" in str(beheer.conflict)


@then(parsers.parse('moet "{code}" herzien worden omdat het concept gewijzigd is'))
def herzien(beheer, code):
    info = beheer.info(code)[0]
    assert info.herziening_nodig and info.herziening_reden == "concept-gewijzigd"


@then(parsers.parse('toont de vergelijking voor "{code}" de lokale tekst, de oude en de nieuwe concepttekst'))
def vergelijking(beheer, code):
    with beheer.sessie() as s:
        rijen = {v.veld: v for v in store.vergelijk_met_concept(s, recht_id=store.lees_record(s, code)[0].id)}
    b = rijen["beschrijving"]
    assert (b.instantie["nl"], b.basis["nl"], b.concept["nl"]) == (
        "Maaltijden in Gent.", "Goedkope maaltijden.", "Warme maaltijden aan een sociaal tarief."
    )  # fmt: skip


@then(parsers.parse('is "{code}" als verouderd gemarkeerd'))
def verouderd(beheer, code):
    assert {i["code"]: i["verouderd"] for i in beheer.antwoord.json()["items"]}[code] is True


@then(parsers.parse('is "{code}" niet als verouderd gemarkeerd'))
def niet_verouderd(beheer, code):
    assert {i["code"]: i["verouderd"] for i in beheer.antwoord.json()["items"]}[code] is False


@then(parsers.parse('wordt het recht geweigerd met een fout die "{uitleg}" zegt'))
def geweigerd(beheer, uitleg):
    assert beheer.fout and uitleg in beheer.fout, beheer.fout


@then(parsers.parse('bevat de catalogus nog altijd alleen "{code}"'))
def alleen(beheer, code):
    with beheer.sessie() as s:
        assert [r.code for _, r in store.publieke_rechten(s)] == [code]
        assert store.lees_record(s, "gent-premie") is None and store.lees_record(s, "nergens-premie") is None


@then("wordt de aanvraag geweigerd omdat ze te groot is")
def te_groot_geweigerd(beheer):
    assert beheer.antwoord.status_code == 413
    assert "groter dan toegestaan" in beheer.antwoord.json()["detail"]
