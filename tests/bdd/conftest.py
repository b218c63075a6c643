"""Steps shared by every feature, sorted Gegeven / Als / Dan."""

from pytest_bdd import given, parsers, then, when

# ## Gegeven


@given("de Rechtenverkenner draait", target_fixture="dienst")
def dienst(client):
    """The app, started with its database migrated."""
    return client


# ## Als


@when("een toepassing de gezondheid van de dienst opvraagt", target_fixture="antwoord")
def vraag_gezondheid(dienst):
    return dienst.get("/api/v1/gezondheid")


@when(parsers.parse('een hulpverlener de pagina "{pad}" opent'), target_fixture="antwoord")
def open_pagina(dienst, pad):
    return dienst.get(pad, headers={"accept": "text/html"})


# ## Dan


@then(parsers.parse('is het antwoord "{status}"'))
def antwoord_status(antwoord, status):
    assert antwoord.status_code == 200
    assert antwoord.json()["status"] == status


@then(parsers.parse('ziet de hulpverlener de foutpagina "{titel}"'))
def foutpagina(antwoord, titel):
    assert antwoord.status_code == 404
    assert f"<h1>{titel}</h1>" in antwoord.text


@then("is de pagina in het Nederlands")
def nederlands(antwoord):
    assert '<html lang="nl">' in antwoord.text
