# language: nl
Functionaliteit: Rechten voor de gemeente waar iemand woont, ook na een gemeentefusie
  Wie in een gemeente woont, heeft de lokale rechten van die gemeente en alle federale, Vlaamse en provinciale
  rechten die voor haar grondgebied gelden. Sinds 1 januari 2025 zijn 28 Vlaamse gemeenten samengegaan tot 13
  (bv. Hasselt en Kortessem tot Hasselt, Beveren, Kruibeke en Zwijndrecht tot Beveren-Kruibeke-Zwijndrecht).
  Een recht van een fusiegemeente geldt op haar hele nieuwe grondgebied; een recht van een oude gemeente enkel
  op haar oude deel. De gemeente mag met de NIS-code, een postcode of haar naam opgegeven worden.

  Achtergrond:
    Gegeven de Rechtenverkenner draait
    En de catalogus bevat deze gepubliceerde rechten:
      | code                    | naam                                  | niveau      | gebied | thema             | beschrijving                        |
      | leefloon                | Leefloon                              | federaal    |        | WelzijnGezondheid | Een minimuminkomen van het OCMW.    |
      | vlaamse-huurpremie      | Vlaamse huurpremie                    | vlaams      |        | BouwenWonen       | Premie voor huurders.               |
      | oost-vlaanderen-lening  | Aanvullende lening Oost-Vlaanderen    | provinciaal | BE23   | BouwenWonen       | Lening van de provincie.            |
      | gent-uitpas             | UiTPAS Gent                           | lokaal      | 44021  | WelzijnGezondheid | Kansentarief in Gent.               |
      | hasselt-energietoelage  | Energietoelage Hasselt                | lokaal      | 71072  | MilieuEnergie     | Toelage van de fusiestad Hasselt.   |
      | kortessem-premie        | Premie van de vroegere gemeente       | lokaal      | 73040  | WelzijnGezondheid | Reglement van Kortessem.            |
      | bkz-watertoelage        | Watertoelage Beveren-Kruibeke-Zwijndrecht | lokaal  | 46030  | MilieuEnergie     | Toelage van de fusiegemeente.       |

  Scenario: Een Gentenaar ziet de rechten van Gent en alle hogere rechten, niet die van een andere stad
    Als een hulpverlener de rechten van gemeente "44021" opvraagt
    Dan vindt de hulpverlener de rechten "leefloon", "vlaamse-huurpremie", "oost-vlaanderen-lening" en "gent-uitpas"

  Scenario: Een Luikenaar ziet de federale rechten, maar geen Vlaamse
    Als een hulpverlener de rechten van gemeente "62063" opvraagt
    Dan vindt de hulpverlener de rechten "leefloon"

  Scenario: De gemeente opgeven met een postcode
    Als een hulpverlener de rechten van gemeente "9000" opvraagt
    Dan vindt de hulpverlener de rechten "leefloon", "vlaamse-huurpremie", "oost-vlaanderen-lening" en "gent-uitpas"

  Scenario: De gemeente opgeven met haar naam, in het Nederlands of het Frans
    Als een hulpverlener de rechten van gemeente "Gand" opvraagt
    Dan vindt de hulpverlener de rechten "leefloon", "vlaamse-huurpremie", "oost-vlaanderen-lening" en "gent-uitpas"

  Scenario: Iemand uit de vroegere gemeente Kortessem krijgt de rechten van de fusiestad Hasselt
    Als een hulpverlener de rechten van gemeente "73040" opvraagt
    Dan vindt de hulpverlener "hasselt-energietoelage"
    En vindt de hulpverlener "kortessem-premie"

  Scenario: Iemand uit het oude Hasselt krijgt het reglement van Kortessem niet
    Als een hulpverlener de rechten van gemeente "71022" opvraagt
    Dan vindt de hulpverlener "hasselt-energietoelage"
    Maar vindt de hulpverlener "kortessem-premie" niet

  Scenario: Zwijndrecht ging van de provincie Antwerpen naar Oost-Vlaanderen
    Als een hulpverlener de rechten van gemeente "2070" opvraagt
    Dan vindt de hulpverlener "bkz-watertoelage"
    En vindt de hulpverlener "oost-vlaanderen-lening"

  Scenario: Een gemeente opzoeken op haar oude naam toont de fusiegemeente
    Als een hulpverlener de gemeente "Kortessem" opzoekt
    Dan is "Kortessem" opgegaan in "Hasselt" op 2025-01-01

  Abstract Scenario: Een onbekende gemeente geeft een duidelijke fout
    Als een hulpverlener de rechten van gemeente "<gemeente>" opvraagt
    Dan is het antwoord een fout over "gemeente" die "<uitleg>" zegt

    Voorbeelden:
      | gemeente | uitleg                               |
      | 99999    | onbekende NIS-code 99999             |
      | 1111     | onbekende postcode 1111              |
      | Atlantis | Geen Belgische gemeente gevonden     |
      | Sint     | meerdere gemeenten passen bij 'Sint' |
