"""`/rechten/{id}`: the fiche of a right, and its "report an error" form that reaches the owner."""

from __future__ import annotations

from sqlmodel import Session, select

from catalogue.models import Foutmelding
from tests.api.paginas.conftest import recht_id, token
from tests.support.html import controleer_pagina


def test_fiche_toont_alle_onderdelen(catalogus):
    r = catalogus.get(f"/rechten/{recht_id(catalogus, 'leefloon')}")
    assert r.status_code == 200
    controleer_pagina(r.text)
    html = r.text
    assert "<title>Leefloon – Rechtenverkenner</title>" in html
    assert '<h1 id="fiche-titel">Leefloon</h1>' in html
    assert "Een minimuminkomen van het OCMW." in html
    # Conditions in plain language, from the machine-readable condition.
    assert "leeftijd is minstens 18 jaar" in html
    # The amount in force with its validity; the earlier one separately.
    nu = html[html.index('id="bedragen-nu"') : html.index("</table>", html.index('id="bedragen-nu"'))]
    assert "€ 1.340,47 per maand" in nu and "vanaf 1 maart 2026" in nu and "1.314,20" not in nu
    assert "Vroegere bedragen" in html and "van 1 februari 2025 tot 28 februari 2026" in html
    # How and where to apply, documents, related rights, sources, last verified.
    assert "Bij het OCMW van je gemeente." in html
    assert "<li>rekeninguittreksels</li>" in html
    assert "Dit recht opent de deur naar" in html and "Verhoogde tegemoetkoming</a>" in html
    assert "Laatst nagekeken:" in html and "1 januari 2020" in html
    assert "meer dan een jaar niet nagekeken" in html
    assert "Niet alles kon bevestigd worden:" in html and "Bedrag 2026 niet officieel bevestigd." in html
    assert 'href="https://stad.gent/nl/welzijn"' in html  # source link
    assert 'id="melding"' in html and 'name="csrf_token"' in html


def test_fiche_op_code_en_verwante_rechten_in_beide_richtingen(catalogus):
    r = catalogus.get("/rechten/verhoogde-tegemoetkoming")
    controleer_pagina(r.text)
    volgt = r.text[r.text.index("U krijgt dit recht vaak via") :]
    assert "Leefloon</a>" in volgt.split("</ul>")[0]
    opent = r.text[r.text.index("Dit recht opent de deur naar") :]
    assert "UiTPAS Gent met kansentarief</a>" in opent.split("</ul>")[0]
    assert 'href="tel:021234567"' in r.text
    assert "Automatisch toegekend" in r.text
    assert "meer dan een jaar niet nagekeken" not in r.text


def test_onbekend_recht_is_404_pagina(catalogus):
    for sleutel in ("bestaat-niet", "00000000-0000-4000-8000-000000000000", "gent-ontwerp"):
        r = catalogus.get(f"/rechten/{sleutel}")
        assert r.status_code == 404
        controleer_pagina(r.text)
        assert "Geen gepubliceerd recht met deze id." in r.text


def _meldingen(client) -> list[Foutmelding]:
    with Session(client.app.state.engine) as sessie:
        return list(sessie.exec(select(Foutmelding)).all())


def test_foutmelding_van_een_lokaal_recht_gaat_naar_de_gemeente(catalogus):
    rid = recht_id(catalogus, "gent-uitpas-kansentarief")
    csrf = token(catalogus, f"/rechten/{rid}")
    r = catalogus.post(
        f"/rechten/{rid}/fout",
        data={"csrf_token": csrf, "onderdeel": "contact", "bericht": "Het telefoonnummer is veranderd.",
              "email": "maatschappelijk.werker@ocmw.be"},
        follow_redirects=False,
    )  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == f"/rechten/{rid}?melding=verstuurd#melding"
    (melding,) = _meldingen(catalogus)
    assert (melding.organisatie, melding.veld, melding.email) == ("44021", "contact", "maatschappelijk.werker@ocmw.be")
    assert melding.bericht == "Het telefoonnummer is veranderd." and melding.status == "nieuw"
    bevestiging = catalogus.get(r.headers["location"])
    controleer_pagina(bevestiging.text)
    assert "Bedankt, uw melding is verstuurd." in bevestiging.text and "De redactie van Gent" in bevestiging.text


def test_foutmelding_van_een_federaal_recht_gaat_naar_het_platform(catalogus):
    rid = recht_id(catalogus, "leefloon")
    csrf = token(catalogus, f"/rechten/{rid}")
    r = catalogus.post(f"/rechten/{rid}/fout", data={"csrf_token": csrf, "bericht": "Het bedrag van 2026 klopt niet."})
    assert r.status_code == 200 and "De beheerders van de Rechtenverkenner" in r.text
    (melding,) = _meldingen(catalogus)
    assert melding.organisatie is None and melding.email is None and melding.veld is None


def test_foutmelding_met_fouten_bij_de_velden_en_niets_kwijt(catalogus):
    rid = recht_id(catalogus, "leefloon")
    csrf = token(catalogus, f"/rechten/{rid}")
    r = catalogus.post(
        f"/rechten/{rid}/fout", data={"csrf_token": csrf, "bericht": "te kort", "email": "geen-adres", "onderdeel": "x"}
    )
    assert r.status_code == 422
    doc = controleer_pagina(r.text)
    ns = "{http://www.w3.org/1999/xhtml}"
    bericht = doc.find(f".//{ns}textarea[@id='bericht']")
    assert bericht.text == "te kort" and bericht.get("aria-invalid") == "true"
    email = doc.find(f".//{ns}input[@id='email']")
    assert email.get("value") == "geen-adres" and "email-fout" in email.get("aria-describedby")
    assert "minstens 10 tekens" in r.text and "geldig e-mailadres" in r.text and "Kies een onderdeel" in r.text
    assert 'href="#bericht"' in r.text and 'href="#email"' in r.text
    assert _meldingen(catalogus) == []


def test_foutmelding_zonder_csrf_wordt_geweigerd(catalogus):
    rid = recht_id(catalogus, "leefloon")
    catalogus.get(f"/rechten/{rid}")
    r = catalogus.post(f"/rechten/{rid}/fout", data={"csrf_token": "vals", "bericht": "Een poging van elders."})
    assert r.status_code == 403
    assert _meldingen(catalogus) == []


def test_get_op_het_meldadres_leidt_naar_de_fiche(catalogus):
    r = catalogus.get("/rechten/leefloon/fout?taal=fr", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/rechten/leefloon?taal=fr#melding"


def test_fiche_in_het_frans_houdt_nederlandse_inhoud_gemarkeerd(catalogus):
    r = catalogus.get("/rechten/leefloon?taal=fr")
    controleer_pagina(r.text, taal="fr")
    assert '<h1 id="fiche-titel" lang="nl">Leefloon</h1>' in r.text
    assert "1\u202f340,47\u00a0€" in r.text and "1er mars 2026" in r.text
