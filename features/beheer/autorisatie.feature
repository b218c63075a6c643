# language: nl
Functionaliteit: Elke gemeente beheert alleen haar eigen rechten en haar eigen cliënten
  Een redacteur van Gent kan de rechten van Antwerpen niet aanmaken, wijzigen, publiceren of archiveren, en ziet
  zelfs hun ontwerpen niet: voor hem bestaan ze niet (hetzelfde antwoord als voor een recht dat niet bestaat).
  Een maatschappelijk werker leest alleen de cliëntenprofielen van de eigen organisatie. Wie niet aangemeld is,
  kan niets wijzigen.

  Achtergrond:
    Gegeven de Rechtenverkenner draait
    En een redacteur "an.gent" van gemeente "44021" met een API-token
    En een ontwerp "antwerpen-nieuwe-premie" van gemeente "11002"

  Scenario: Een ontwerp van een andere gemeente bestaat niet voor de redacteur
    Als "an.gent" het ontwerp "antwerpen-nieuwe-premie" opvraagt
    Dan is het antwoord 404, net als voor een recht dat niet bestaat

  Abstract Scenario: Een redacteur kan een recht van een andere gemeente niet <handeling>
    Als "an.gent" het recht "antwerpen-nieuwe-premie" probeert te <handeling>
    Dan is het antwoord 404
    En is "antwerpen-nieuwe-premie" onveranderd

    Voorbeelden:
      | handeling    |
      | wijzigen     |
      | publiceren   |
      | depubliceren |
      | archiveren   |

  Scenario: Een redacteur kan geen recht voor een andere gemeente aanmaken
    Als "an.gent" een nieuw recht aanmaakt voor gemeente "11002"
    Dan wordt het geweigerd met een fout op het veld "gebied"

  Scenario: Zonder aanmelden wordt elke wijziging geweigerd
    Als iemand zonder token het recht "antwerpen-nieuwe-premie" probeert te publiceren
    Dan is het antwoord 401

  Scenario: Een maatschappelijk werker leest geen profielen van een ander OCMW
    Gegeven een maatschappelijk werker "mw.gent" van "44021" die het profiel "Dossier 12" bewaarde
    En een maatschappelijk werker "mw.antwerpen" van "11002"
    Als "mw.antwerpen" het profiel "Dossier 12" opvraagt, exporteert of wist
    Dan is het antwoord telkens 404
    En bestaat het profiel "Dossier 12" nog
