# language: nl
Functionaliteit: Een lokaal recht bijhouden in de werkruimte
  De redacteur van de stad of het OCMW maakt een recht van een concept of van nul, stelt de voorwaarden samen met
  sjablonen (geen code), ziet meteen hoe de voorwaarde leest en voor welke voorbeeldpersonen ze geldt, en publiceert.
  Twee redacteurs die tegelijk werken, overschrijven elkaars werk niet. Elke versie blijft bewaard en kan terug.

  Achtergrond:
    Gegeven de Rechtenverkenner draait
    En een redacteur "an.gent" van gemeente "44021" die aangemeld is
    En het concept "sociale-kruidenier" met de naam "Sociale kruidenier"

  Scenario: Een recht maken van een concept
    Als "an.gent" een nieuw recht maakt van het concept "sociale-kruidenier"
    Dan is er een ontwerp "gent-sociale-kruidenier" voor Gent
    En is het nog niet publiek

  Scenario: Een voorwaarde samenstellen met sjablonen en het voorbeeld bekijken
    Gegeven een ontwerp "gent-seniorenpas" van Gent zonder machineleesbare voorwaarde
    Als "an.gent" in de editor de voorwaarde "Minimumleeftijd" toevoegt met 65 jaar
    En "an.gent" de voorwaarde "Woonplaats" toevoegt met "44021"
    Dan leest de voorwaarde "leeftijd is minstens 65 jaar en woont in Gent"
    En voldoet de voorbeeldpersoon "Marie" eraan
    Maar voldoet de voorbeeldpersoon "Sara" er niet aan
    Als "an.gent" het recht bewaart en publiceert
    Dan is "gent-seniorenpas" publiek met die voorwaarde

  Scenario: Twee redacteurs bewaren hetzelfde recht: de tweede krijgt een conflict
    Gegeven een ontwerp "gent-seniorenpas" van Gent zonder machineleesbare voorwaarde
    En "an.gent" en een tweede redacteur "bo.gent" van Gent hebben "gent-seniorenpas" allebei open
    Als "bo.gent" de beschrijving wijzigt in "Ook voor mantelzorgers." en bewaart
    En "an.gent" de beschrijving wijzigt in "Alleen voor 65-plussers." en bewaart
    Dan ziet "an.gent" een conflict met beide beschrijvingen naast elkaar
    En blijft de beschrijving "Ook voor mantelzorgers."

  Scenario: Een oude versie terugzetten
    Gegeven een ontwerp "gent-seniorenpas" van Gent zonder machineleesbare voorwaarde
    Als "an.gent" de beschrijving wijzigt in "Een foute tekst." en bewaart
    En "an.gent" versie 1 terugzet
    Dan heeft "gent-seniorenpas" 3 versies en de beschrijving van versie 1

  Scenario: Een foutmelding van een bezoeker afhandelen
    Gegeven een gepubliceerd recht "gent-seniorenpas" van Gent met een foutmelding "Het adres is verhuisd."
    Als "an.gent" de foutmelding beantwoordt met "Aangepast, bedankt." en afhandelt
    Dan staat de foutmelding als afgehandeld door "an.gent"
