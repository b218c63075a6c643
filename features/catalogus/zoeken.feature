# language: nl
Functionaliteit: Rechten zoeken in de catalogus
  Een hulpverlener zoekt een recht met de woorden die hij kent: "premie", "kinderopvang", "VT". De catalogus
  vindt ook samengestelde woorden (mantelzorgpremie, huurpremie) en meervouden, en zet het recht waarvan de naam
  het best past bovenaan. Enkel gepubliceerde rechten zijn zichtbaar.

  Achtergrond:
    Gegeven de Rechtenverkenner draait
    En de catalogus bevat deze gepubliceerde rechten:
      | code                     | naam                               | niveau   | gebied | thema                 | beschrijving                                          |
      | leefloon                 | Leefloon                           | federaal |        | WelzijnGezondheid     | Een minimuminkomen van het OCMW.                      |
      | equivalent-leefloon      | Equivalent leefloon                | federaal |        | WelzijnGezondheid     | Hulp gelijk aan het leefloon voor wie het niet krijgt. |
      | verhoogde-tegemoetkoming | Verhoogde tegemoetkoming (VT)      | federaal |        | WelzijnGezondheid     | Minder betalen bij de dokter en de apotheek.          |
      | vlaamse-huurpremie       | Vlaamse huurpremie                 | vlaams   |        | BouwenWonen           | Een premie voor huurders op de wachtlijst.            |
      | gent-mantelzorgpremie    | Gentse mantelzorgpremie            | lokaal   | 44021  | WelzijnGezondheid     | Waardering voor wie langdurig zorgt.                  |
      | gent-kinderopvang        | Korting op kinderopvang in Gent    | lokaal   | 44021  | WelzijnGezondheid     | Minder betalen voor de opvang van kinderen.           |
    En een ontwerp "gent-nieuwe-premie" met de naam "Nieuwe premie in voorbereiding"

  Scenario: Een deel van een samengesteld woord vindt het recht
    Als een hulpverlener zoekt op "premie"
    Dan vindt de hulpverlener de rechten "vlaamse-huurpremie" en "gent-mantelzorgpremie"

  Scenario: Meervoud en hoofdletters maken niet uit
    Als een hulpverlener zoekt op "Mantelzorgers"
    Dan vindt de hulpverlener de rechten "gent-mantelzorgpremie"

  Scenario: Een afkorting vindt het recht als heel woord
    Als een hulpverlener zoekt op "VT"
    Dan vindt de hulpverlener de rechten "verhoogde-tegemoetkoming"

  Scenario: Het recht waarvan de naam past staat bovenaan
    Als een hulpverlener zoekt op "leefloon"
    Dan staat "leefloon" bovenaan
    En vindt de hulpverlener de rechten "leefloon" en "equivalent-leefloon"

  Scenario: Alle woorden moeten passen
    Als een hulpverlener zoekt op "premie huurders"
    Dan vindt de hulpverlener de rechten "vlaamse-huurpremie"

  Scenario: Een ontwerp is nog niet zichtbaar
    Als een hulpverlener zoekt op "voorbereiding"
    Dan vindt de hulpverlener geen rechten

  Scenario: Resultaten per pagina met het totaal
    Als een hulpverlener de tweede pagina van 4 rechten opvraagt
    Dan zijn er in totaal 6 rechten
    En staan er 2 rechten op de pagina
