# language: nl
Functionaliteit: Weinig vragen stellen, en de juiste
  Het overzicht zegt voor elk mogelijk recht welke gegevens nog ontbreken, en zet bovenaan de vragen die de meeste
  rechten zouden beslissen. Zo stelt de hulpverlener weinig vragen, en eerst de vragen die ertoe doen.
  Foute invoer wordt gemeld bij het veld, met uitleg in gewone taal.

  Achtergrond:
    Gegeven de Rechtenverkenner draait met de gebundelde catalogus

  Scenario: De vraag die de meeste rechten beslist, staat eerst
    Gegeven een cliënt over wie alleen de gemeente Gent gekend is
    Als de hulpverlener het rechtenoverzicht opvraagt op 2025-06-01
    Dan beslist de eerste vraag minstens 5 rechten
    En staan de vragen gerangschikt van meeste naar minste rechten

  Scenario: Een antwoord maakt een mogelijk recht waarschijnlijk
    Gegeven een cliënt van 70 jaar in Gent
    En de cliënt is Belg
    En het bruto belastbaar inkomen van het gezin is 14000 euro per jaar
    En het netto inkomen van het gezin is 1200 euro per maand voor 1 persoon
    Als de hulpverlener het rechtenoverzicht opvraagt op 2025-06-01
    Dan heeft de cliënt waarschijnlijk recht op "inkomensgarantie-ouderen"

  Scenario: Zonder gemeente kan er geen overzicht gemaakt worden
    Gegeven een cliënt van 40 jaar zonder gekende gemeente
    Als de hulpverlener het rechtenoverzicht opvraagt op 2025-06-01
    Dan meldt het overzicht een fout bij "gemeente"

  Scenario: Een tegenstrijdige leeftijd wordt gemeld bij beide velden
    Gegeven een cliënt van 70 jaar in Gent
    En volgens de situatie is de cliënt 50 jaar
    Als de hulpverlener het rechtenoverzicht opvraagt op 2025-06-01
    Dan meldt het overzicht een fout bij "situatie.aanvrager.leeftijd"
    En meldt het overzicht een fout bij "aanvrager.geboortedatum"
