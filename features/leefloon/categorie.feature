# language: nl
Functionaliteit: De categorie volgt uit wie er echt samenwoont (RMI-wet art. 14 §1)
  Categorie 1 (samenwonende): onder hetzelfde dak en de huishouding hoofdzakelijk samen regelen, met een
  economisch-financieel voordeel. Categorie 2 (alleenstaande): alleen wonen; ook wie samenwoont zonder dat voordeel,
  en een dakloze met een GPMI. Categorie 3: met minstens één ongehuwd minderjarig kind ten laste; één bedrag voor
  het hele gezin. Co-ouderschap (ook week om week) geeft categorie 3 voor de hele periode (Cass. 27/06/2022).

  Achtergrond:
    Gegeven de peildatum "2025-02-15"
    En een Belgische aanvrager van 38 jaar die alleen woont, zonder inkomen of vermogen

  Scenario: Wie alleen woont, is alleenstaande
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 2
    En is het leefloon 15.770,41 euro per jaar en 1.314,20 euro per maand

  Scenario: Wie met een vriend samenwoont en de huishouding deelt, is samenwonende
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd |
      | ander   | 40       |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 1
    En is het leefloon 10.513,60 euro per jaar en 876,13 euro per maand

  Scenario: Wie samenwoont zonder economisch voordeel (studenten die elk hun weg gaan), is alleenstaande
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd | loon per maand |
      | ander   | 22       | 1.800          |
    En de aanvrager deelt de huishouding niet met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 2
    En is het leefloon 15.770,41 euro per jaar en 1.314,20 euro per maand

  Scenario: Wie met een partner samenwoont, is vermoedelijk samenwonende
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd |
      | partner | 37       |
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 1
    En vermeldt het advies de aanname "partner_gedeelde_huishouding"

  Scenario: Een ouder met een minderjarig kind heeft een gezin ten laste
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd | verblijf |
      | kind    | 6        | voltijds |
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 3
    En is het leefloon 21.312,87 euro per jaar en 1.776,07 euro per maand

  Scenario: Co-ouderschap week om week geeft categorie 3 voor de hele periode
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd | verblijf      |
      | kind    | 9        | co_ouderschap |
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 3
    En is het leefloon 21.312,87 euro per jaar en 1.776,07 euro per maand
    En waarschuwt het advies "Cass. 27/06/2022"

  Scenario: Een kind dat alleen occasioneel op bezoek komt, geeft geen categorie 3
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd | verblijf    |
      | kind    | 9        | occasioneel |
    En voor de aanvrager geldt "betaalt_onderhoudsgeld_kinderen" is "ja"
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 2
    En verwijst het advies naar "onderhoudsgeld"

  Scenario: Een koppel met een kind krijgt één bedrag van categorie 3
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd | verblijf |
      | partner | 36       |          |
      | kind    | 4        | voltijds |
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 3
    En is het leefloon 21.312,87 euro per jaar en 1.776,07 euro per maand

  Scenario: Een volwassen kind geeft geen categorie 3
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd |
      | kind    | 19       |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 1

  Scenario: Een dakloze die bij vrienden logeert, krijgt het bedrag van categorie 2
    Gegeven voor de aanvrager geldt "dakloos" is "ja"
    En de aanvrager woont samen met:
      | relatie | leeftijd |
      | ander   | 50       |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie 2
    En vermeldt het advies de aanname "dakloos_gpmi"

  Scenario: Zonder te weten of de huishouding gedeeld wordt, is de categorie nog niet gekend
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd |
      | ander   | 40       |
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "onvoldoende_gegevens"
    En is de categorie nog niet gekend
    En vraagt het advies naar "aanvrager.gedeelde_huishouding"
    En is het voorlopige bedrag 15.770,41 euro per jaar en 1.314,20 euro per maand
