# language: nl
Functionaliteit: De bestaansmiddelen van wie onder hetzelfde dak woont (KB art. 34)
  Tot 28 februari 2026: het inkomen van een partner telt volledig mee als het gezin in categorie 3 valt, en voor het
  deel boven het bedrag van categorie 1 als de aanvrager in categorie 1 valt. Bij meerderjarige ouders en kinderen mag
  het OCMW het deel boven categorie 1 geheel, gedeeltelijk of niet meetellen. Broers, zussen, vrienden en
  grootouders tellen nooit mee. Vanaf 1 maart 2026 telt elke meerderjarige onderhoudsplichtige onder hetzelfde dak
  mee voor het deel boven categorie 1, tenzij het OCMW er om billijkheid van afziet.

  Scenario: Het deel van het loon van een partner boven categorie 1 telt mee
    Gegeven de peildatum "2023-11-15"
    En een Belgische aanvrager van 38 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie | leeftijd | loon per maand |
      | partner | 39       | 1.000          |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de bestaansmiddelen van de samenwonenden voor 1.894,62 euro per jaar
    En wordt 1.739,62 euro in aanmerking genomen na de algemene vrijstelling van 155,00 euro
    En is het leefloon 8.365,76 euro per jaar en 697,15 euro per maand

  Scenario: Bij een gezin in categorie 3 telt het loon van de partner volledig mee
    Gegeven de peildatum "2025-02-15"
    En een Belgische aanvrager van 35 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie | leeftijd | loon per maand | verblijf |
      | partner | 36       | 1.200          |          |
      | kind    | 5        |                | voltijds |
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de bestaansmiddelen van de samenwonenden voor 14.400,00 euro per jaar
    En is het leefloon 7.222,87 euro per jaar en 601,91 euro per maand

  Scenario: Het inkomen van een partner die zelf leefloon krijgt, telt niet mee
    Gegeven de peildatum "2025-02-15"
    En een Belgische aanvrager van 35 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie | leeftijd | loon per maand | eigen leefloon |
      | partner | 36       | 400            | ja             |
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de bestaansmiddelen van de samenwonenden voor 0,00 euro per jaar
    En is het leefloon 10.513,60 euro per jaar en 876,13 euro per maand

  Abstract Scenario: Het OCMW kiest hoeveel van het inkomen van een volwassen zoon meetelt
    Gegeven de peildatum "2025-02-15"
    En een Belgische aanvrager van 57 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie | leeftijd | loon per maand | meetellen   |
      | kind    | 25       | 1.500          | <meetellen> |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de bestaansmiddelen van de samenwonenden voor <telt> euro per jaar
    En is het leefloon <leefloon> euro per jaar en <maand> euro per maand

    Voorbeelden:
      | meetellen | telt     | leefloon  | maand  |
      |           | 7.486,40 | 3.182,20  | 265,18 |
      | ja        | 7.486,40 | 3.182,20  | 265,18 |
      | 1.200     | 1.200,00 | 9.468,60  | 789,05 |
      | nee       | 0,00     | 10.513,60 | 876,13 |

  Scenario: Zonder keuze van het OCMW telt een volwassen kind volledig mee, en dat is een aanname
    Gegeven de peildatum "2025-02-15"
    En een Belgische aanvrager van 57 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie | leeftijd | loon per maand |
      | kind    | 25       | 1.500          |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan vermeldt het advies de aanname "eerstegraads_meetellen"

  Abstract Scenario: Voor maart 2026 tellen broers, vrienden en grootouders nooit mee
    Gegeven de peildatum "2026-02-15"
    En een Belgische aanvrager van 30 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie   | leeftijd | pensioen per maand |
      | <relatie> | 70       | 2.500              |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de bestaansmiddelen van de samenwonenden voor 0,00 euro per jaar
    En is het leefloon 10.513,60 euro per jaar en 876,13 euro per maand

    Voorbeelden:
      | relatie     |
      | broer_zus   |
      | ander       |
      | grootouder  |
      | schoonouder |

  Abstract Scenario: Vanaf maart 2026 telt elke meerderjarige onderhoudsplichtige mee
    Gegeven de peildatum "2026-03-02"
    En een Belgische aanvrager van 30 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie   | leeftijd | pensioen per maand |
      | <relatie> | 70       | 1.500              |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de bestaansmiddelen van de samenwonenden voor <telt> euro per jaar
    En is het leefloon <leefloon> euro per jaar en <maand> euro per maand

    Voorbeelden:
      | relatie     | telt     | leefloon  | maand  |
      | grootouder  | 7.276,25 | 3.602,50  | 300,21 |
      | schoonouder | 7.276,25 | 3.602,50  | 300,21 |
      | ouder       | 7.276,25 | 3.602,50  | 300,21 |
      | broer_zus   | 0,00     | 10.723,75 | 893,65 |

  Scenario: Vanaf maart 2026 kan het OCMW om billijkheid afzien van het meetellen
    Gegeven de peildatum "2026-03-02"
    En een Belgische aanvrager van 30 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie    | leeftijd | pensioen per maand | meetellen |
      | grootouder | 70       | 1.500              | nee       |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan is het leefloon 10.723,75 euro per jaar en 893,65 euro per maand

  Scenario: De gegroepeerde methode van de omzendbrief van 16 januari 2026 als keuze van het OCMW
    Gegeven de peildatum "2026-03-02"
    En een Belgische aanvrager van 30 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie | leeftijd | loon per maand |
      | ouder   | 60       | 2.000          |
      | ouder   | 61       | 2.000          |
    En de aanvrager deelt de huishouding met de huisgenoten
    En het OCMW kiest "methode_samenwonenden_2026" = "gegroepeerd"
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de bestaansmiddelen van de samenwonenden voor 26.552,50 euro per jaar
    En luidt het advies "weigeren"
    En vermeldt het advies de keuze van het OCMW voor "methode_2026"
