# language: nl
Functionaliteit: Rechtenoverzicht voor een cliënt
  Een hulpverlener wil in enkele seconden zien op welke sociale rechten een cliënt waarschijnlijk of mogelijk
  recht heeft in zijn gemeente: federale, Vlaamse, provinciale en lokale rechten. Rechten volgen uit andere rechten:
  wie leefloon krijgt, krijgt ook de verhoogde tegemoetkoming, en daarmee onder meer de UiTPAS met kansentarief.
  Wat nog niet gekend is, wordt een vraag en nooit een "nee". Het leefloon zelf volgt het echte leefloonadvies.

  Achtergrond:
    Gegeven de Rechtenverkenner draait met de gebundelde catalogus

  Scenario: Wie leefloon krijgt, krijgt ook de rechten die eruit volgen
    Gegeven een alleenstaande Belg van 35 jaar in Gent zonder inkomen en zonder spaargeld
    Als de hulpverlener het rechtenoverzicht opvraagt op 2025-06-01
    Dan heeft de cliënt waarschijnlijk recht op "leefloon"
    En heeft de cliënt waarschijnlijk recht op "verhoogde-tegemoetkoming", afgeleid van "leefloon"
    En heeft de cliënt waarschijnlijk recht op "gent-uitpas-kansentarief", afgeleid van "verhoogde-tegemoetkoming"
    En heeft de cliënt waarschijnlijk recht op "sociaal-tarief-energie", afgeleid van "leefloon"
    En staat "leefloon" bovenaan het overzicht
    En staan de rechten van andere steden niet in het overzicht

  Scenario: Een gegeven dat ontbreekt, wordt een vraag en geen nee
    Gegeven een cliënt van 70 jaar in Gent
    En het bruto belastbaar inkomen van het gezin is 14000 euro per jaar
    Als de hulpverlener het rechtenoverzicht opvraagt op 2025-06-01
    Dan heeft de cliënt mogelijk recht op "inkomensgarantie-ouderen"
    En vraagt het overzicht voor "inkomensgarantie-ouderen": "Wat is het netto inkomen van het hele huishouden per maand?"
    En is een reden voor "inkomensgarantie-ouderen": "leeftijd is minstens 66 jaar (bij deze persoon: 70 jaar)"
    En heeft de cliënt waarschijnlijk recht op "verhoogde-tegemoetkoming"

  Scenario: Wie in het vreemdelingenregister staat, krijgt het equivalent leefloon en de rechten die eruit volgen
    Gegeven een alleenstaande Belg van 35 jaar in Gent zonder inkomen en zonder spaargeld
    En de cliënt is alleen ingeschreven in het vreemdelingenregister
    Als de hulpverlener het volledige rechtenoverzicht opvraagt op 2025-06-01
    Dan heeft de cliënt waarschijnlijk recht op "equivalent-leefloon"
    En heeft de cliënt geen recht op "leefloon"
    En heeft de cliënt waarschijnlijk recht op "verhoogde-tegemoetkoming", afgeleid van "equivalent-leefloon"

  Scenario: Een recht dat de cliënt al krijgt, sluit een ander recht uit
    Gegeven een alleenstaande Belg van 35 jaar in Gent zonder inkomen en zonder spaargeld
    En de cliënt ontvangt al "vlaamse-huursubsidie"
    Als de hulpverlener het volledige rechtenoverzicht opvraagt op 2025-06-01
    Dan heeft de cliënt waarschijnlijk recht op "vlaamse-huursubsidie"
    En is een reden voor "vlaamse-huursubsidie": "De persoon ontvangt dit al."
    En heeft de cliënt geen recht op "vlaamse-huurpremie"
    En is een reden voor "vlaamse-huurpremie": "Kan niet samen met Vlaamse huursubsidie"

  Scenario: Een recht dat de cliënt al krijgt, opent andere rechten
    Gegeven een cliënt van 40 jaar in Gent
    En de cliënt ontvangt al "verhoogde-tegemoetkoming"
    Als de hulpverlener het rechtenoverzicht opvraagt op 2025-06-01
    Dan heeft de cliënt waarschijnlijk recht op "gent-uitpas-kansentarief", afgeleid van "verhoogde-tegemoetkoming"
    En heeft de cliënt waarschijnlijk recht op "maximumfactuur", afgeleid van "verhoogde-tegemoetkoming"

  Abstract Scenario: De gemeente bepaalt welke lokale rechten in het overzicht staan
    Gegeven een alleenstaande Belg van 35 jaar in <gemeente> zonder inkomen en zonder spaargeld
    Als de hulpverlener het rechtenoverzicht opvraagt op 2025-06-01
    Dan heeft de cliënt waarschijnlijk recht op "<uitpas>"
    En staat "<ander>" niet in het overzicht

    Voorbeelden:
      | gemeente  | uitpas                         | ander                    |
      | Gent      | gent-uitpas-kansentarief       | leuven-uitpas-kansentarief |
      | Leuven    | leuven-uitpas-kansentarief     | gent-uitpas-kansentarief |
      | Kortrijk  | kortrijk-uitpas-kansentarief   | gent-uitpas-kansentarief |
