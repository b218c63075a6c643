# language: nl
Functionaliteit: Onbekend is niet nee: wat ontbreekt, wordt een vraag (SPEC.md §1)
  Als een gegeven ontbreekt, zegt het advies welke vraag het sociaal onderzoek moet stellen. Het advies is dan
  "onvoldoende gegevens", met het voorlopige bedrag als alle open vragen gunstig uitvallen. Een fout in de invoer
  (een onbekende waarde, een negatief bedrag, een onmogelijk huishouden) wordt geweigerd met het veld dat fout is.

  Achtergrond:
    Gegeven de peildatum "2025-02-15"
    En een Belgische aanvrager van 35 jaar die alleen woont, zonder inkomen of vermogen

  Abstract Scenario: Een onbekende voorwaarde wordt een vraag
    Gegeven voor de aanvrager geldt "<veld>" is "onbekend"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "onvoldoende_gegevens"
    En is de voorwaarde "<voorwaarde>" onbekend
    En vraagt het advies naar "aanvrager.<veld>"
    En is er geen leefloonbedrag
    En is het voorlopige bedrag 15.770,41 euro per jaar en 1.314,20 euro per maand

    Voorbeelden:
      | veld             | voorwaarde         |
      | werkbereid       | werkbereidheid     |
      | rechten_uitgeput | uitputting_rechten |
      | woont_in_belgie  | verblijf           |
      | verblijfsstatus  | nationaliteit      |
      | geboortedatum    | leeftijd           |

  Scenario: Onbekende inkomsten worden een vraag, het voorlopige bedrag gaat uit van geen inkomen
    Gegeven de inkomsten van de aanvrager zijn niet gekend
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "onvoldoende_gegevens"
    En is de voorwaarde "bestaansmiddelen" onbekend
    En vraagt het advies naar "aanvrager.inkomsten"
    En is het voorlopige bedrag 15.770,41 euro per jaar en 1.314,20 euro per maand

  Scenario: Een onbekend huishouden wordt een vraag, voorlopig met het bedrag van categorie 3
    Gegeven niet gekend is wie er met de aanvrager samenwoont
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "onvoldoende_gegevens"
    En vraagt het advies naar "huisgenoten"
    En is het voorlopige bedrag 21.312,87 euro per jaar en 1.776,07 euro per maand

  Scenario: Ook met een onbekend gegeven volgt een weigering als een andere voorwaarde zeker faalt
    Gegeven voor de aanvrager geldt "werkbereid" is "onbekend"
    En voor de aanvrager geldt "rechten_uitgeput" is "nee"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En is de voorwaarde "werkbereidheid" onbekend

  Abstract Scenario: Een fout in de invoer wordt geweigerd met het veld dat fout is
    Gegeven voor de aanvrager geldt "<veld>" is "<waarde>"
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt het profiel geweigerd met een fout op "aanvrager.<veld>"

    Voorbeelden:
      | veld              | waarde       |
      | verblijfsstatus   | marsbewoner  |
      | burgerlijke_staat | verloofd     |
      | geboortedatum     | 2030-01-01   |
      | geboortedatum     | gisteren     |
      | werkbereidt       | ja           |

  Scenario: Een negatief inkomen wordt geweigerd
    Gegeven de aanvrager heeft deze inkomsten:
      | soort | bedrag | per   |
      | loon  | -100   | maand |
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt het profiel geweigerd met een fout op "aanvrager.inkomsten.0.bedrag"

  Scenario: Een onbekende soort inkomen wordt geweigerd, nooit stil meegeteld
    Gegeven de aanvrager heeft deze inkomsten:
      | soort        | bedrag | per  |
      | loterijwinst | 100    | jaar |
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt het profiel geweigerd met een fout op "aanvrager.inkomsten.0.soort"

  Scenario: Twee partners in één huishouden zijn onmogelijk
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd |
      | partner | 30       |
      | partner | 31       |
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt het profiel geweigerd met een fout op "huisgenoten.1.relatie"

  Scenario: Een kind kan niet ouder zijn dan de aanvrager
    Gegeven de aanvrager woont samen met:
      | relatie | leeftijd |
      | kind    | 40       |
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt het profiel geweigerd met een fout op "huisgenoten.0.geboortedatum"
