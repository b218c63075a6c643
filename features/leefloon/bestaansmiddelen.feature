# language: nl
Functionaliteit: De berekening van de bestaansmiddelen (RMI-wet art. 16, KB art. 16-35)
  Alle netto bestaansmiddelen tellen mee op jaarbasis, behalve wat vrijgesteld is. Van het totaal gaat één keer de
  algemene vrijstelling af (155 / 250 / 310 euro voor categorie 1 / 2 / 3), als het totaal onder het
  categoriebedrag ligt. Leefloon = categoriebedrag − (bestaansmiddelen − vrijstelling).

  Achtergrond:
    Gegeven de peildatum "2025-03-01"
    En een Belgische aanvrager van 45 jaar die alleen woont, zonder inkomen of vermogen

  Abstract Scenario: Inkomsten worden omgerekend naar een jaarbedrag
    Gegeven de aanvrager heeft deze inkomsten:
      | soort   | bedrag   | per   |
      | <soort> | <bedrag> | <per> |
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor <jaar> euro per jaar
    En is het leefloon <leefloon> euro per jaar en <maand> euro per maand

    Voorbeelden:
      | soort               | bedrag | per   | jaar      | leefloon  | maand    |
      | pensioen            | 1.000  | maand | 12.000,00 | 4.020,41  | 335,03   |
      | ziekte_invaliditeit | 45     | dag   | 14.040,00 | 1.980,41  | 165,03   |
      | ander               | 100    | week  | 5.200,00  | 10.820,41 | 901,70   |
      | onderhoudsgeld      | 3.600  | jaar  | 3.600,00  | 12.420,41 | 1.035,03 |
      | gezinsbijslag_zelf  | 150    | maand | 1.800,00  | 14.220,41 | 1.185,03 |
      | steun_regelmatig    | 200    | maand | 2.400,00  | 13.620,41 | 1.135,03 |
      | huurinkomsten       | 300    | maand | 3.600,00  | 12.420,41 | 1.035,03 |
      | igo                 | 500    | maand | 6.000,00  | 10.020,41 | 835,03   |
      | ivt                 | 500    | maand | 6.000,00  | 10.020,41 | 835,03   |

  Scenario: Een dagbedrag wordt omgerekend met 312 dagen per jaar, een aanname die het OCMW kan wijzigen
    Gegeven de aanvrager heeft deze inkomsten:
      | soort        | bedrag | per |
      | werkloosheid | 45     | dag |
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor 14.040,00 euro per jaar
    En vermeldt het advies de aanname "dagbedrag_omrekening"

  Scenario: Het OCMW rekent dagbedragen om met 300 dagen
    Gegeven de aanvrager heeft deze inkomsten:
      | soort        | bedrag | per |
      | werkloosheid | 45     | dag |
    En het OCMW kiest "dagbedrag_dagen_per_jaar" = "300"
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor 13.500,00 euro per jaar
    En is het leefloon 2.520,41 euro per jaar en 210,03 euro per maand
    En vermeldt het advies de keuze van het OCMW voor "dagbedrag_omrekening"

  Abstract Scenario: Vrijgestelde inkomsten tellen niet mee
    Gegeven de aanvrager heeft deze inkomsten:
      | soort   | bedrag | per   |
      | <soort> | 400    | maand |
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor 0,00 euro per jaar
    En is het leefloon 15.770,41 euro per jaar en 1.314,20 euro per maand

    Voorbeelden:
      | soort                   |
      | gezinsbijslag_kinderen  |
      | onderhoudsgeld_kinderen |
      | studietoelage           |
      | pleegzorgvergoeding     |
      | geboortepremie          |
      | thab                    |
      | gift_occasioneel        |

  Scenario: De algemene vrijstelling wordt één keer afgetrokken
    Gegeven de aanvrager heeft deze inkomsten:
      | soort          | bedrag | per   |
      | onderhoudsgeld | 300    | maand |
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt 3.350,00 euro in aanmerking genomen na de algemene vrijstelling van 250,00 euro
    En is het leefloon 12.420,41 euro per jaar en 1.035,03 euro per maand

  Scenario: Wie evenveel heeft als het categoriebedrag, krijgt geen leefloon en geen vrijstelling
    Gegeven de aanvrager heeft deze inkomsten:
      | soort    | bedrag    | per  |
      | pensioen | 15.770,41 | jaar |
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En is de voorwaarde "bestaansmiddelen" niet voldaan
    En wordt 15.770,41 euro in aanmerking genomen na de algemene vrijstelling van 0,00 euro

  Scenario: De integratietegemoetkoming telt mee (aanname)
    Gegeven de aanvrager heeft deze inkomsten:
      | soort | bedrag | per   |
      | it    | 300    | maand |
    Als het OCMW het leefloonadvies opvraagt
    Dan is het leefloon 12.420,41 euro per jaar en 1.035,03 euro per maand
    En vermeldt het advies de aanname "integratietegemoetkoming"

  Scenario: Het OCMW stelt de integratietegemoetkoming vrij
    Gegeven de aanvrager heeft deze inkomsten:
      | soort | bedrag | per   |
      | it    | 300    | maand |
    En het OCMW kiest "integratietegemoetkoming_vrijgesteld" = "ja"
    Als het OCMW het leefloonadvies opvraagt
    Dan is het leefloon 15.770,41 euro per jaar en 1.314,20 euro per maand

  Abstract Scenario: Een vrijwilligersvergoeding is vrijgesteld binnen het jaarplafond (1.692,51 euro in 2025)
    Gegeven de aanvrager heeft deze inkomsten:
      | soort                   | bedrag   | per  |
      | vrijwilligersvergoeding | <bedrag> | jaar |
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor <telt> euro per jaar

    Voorbeelden:
      | bedrag   | telt     |
      | 1.500    | 0,00     |
      | 1.692,51 | 0,00     |
      | 2.000    | 2.000,00 |

  Scenario: Nieuw werk tijdens het leefloon krijgt de SPI-vrijstelling
    Gegeven de aanvrager heeft deze inkomsten:
      | soort | bedrag | per   | sinds      | gestart tijdens leefloon |
      | loon  | 1.000  | maand | 2025-01-06 | ja                       |
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor 8.286,24 euro per jaar
    En is het leefloon 7.734,17 euro per jaar en 644,51 euro per maand

  Abstract Scenario: Geen SPI-vrijstelling voor een oude job of na drie jaar
    Gegeven de aanvrager heeft deze inkomsten:
      | soort | bedrag | per   | sinds   | gestart tijdens leefloon |
      | loon  | 1.000  | maand | <sinds> | <tijdens>                |
    Als het OCMW het leefloonadvies opvraagt
    Dan is het leefloon 4.020,41 euro per jaar en 335,03 euro per maand

    Voorbeelden:
      | sinds      | tijdens |
      | 2023-01-09 | nee     |
      | 2022-02-28 | ja      |

  Scenario: Een student houdt de SPI-vrijstelling zolang het GPMI-studies loopt
    Gegeven de aanvrager is voltijds student
    En de aanvrager heeft deze inkomsten:
      | soort | bedrag | per   | sinds      | gestart tijdens leefloon |
      | loon  | 600    | maand | 2021-09-01 | ja                       |
    Als het OCMW het leefloonadvies opvraagt
    Dan is het leefloon 12.534,17 euro per jaar en 1.044,51 euro per maand

  Abstract Scenario: Spaargeld telt in schijven van 6 en 10 procent
    Gegeven de aanvrager heeft <spaargeld> euro spaargeld
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor <telt> euro per jaar
    En is het leefloon <leefloon> euro per jaar en <maand> euro per maand

    Voorbeelden:
      | spaargeld | telt     | leefloon  | maand    |
      | 6.200     | 0,00     | 15.770,41 | 1.314,20 |
      | 10.500    | 258,00   | 15.762,41 | 1.313,53 |
      | 20.000    | 1.128,00 | 14.892,41 | 1.241,03 |

  Scenario: Een gezamenlijke rekening telt voor het deel van de aanvrager (aanname)
    Gegeven de aanvrager heeft een gezamenlijke rekening van 20.000 euro met 2 houders
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor 228,00 euro per jaar
    En vermeldt het advies de aanname "gezamenlijke_rekening"

  Abstract Scenario: Onroerende goederen tellen driemaal het kadastraal inkomen boven de vrijstelling
    Gegeven de aanvrager bezit deze onroerende goederen:
      | kadastraal inkomen | bebouwd   | aandeel   | recht   | interesten per jaar |
      | <ki>               | <bebouwd> | <aandeel> | <recht> | <interesten>        |
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor <telt> euro per jaar

    Voorbeelden:
      | ki    | bebouwd | aandeel | recht          | interesten | telt     |
      | 1.250 | ja      | 1       | volle_eigendom |            | 1.500,00 |
      | 700   | ja      | 1       | volle_eigendom |            | 0,00     |
      | 3.000 | ja      | 1/3     | volle_eigendom |            | 750,00   |
      | 1.250 | ja      | 1       | vruchtgebruik  |            | 1.500,00 |
      | 2.000 | ja      | 1       | naakte_eigendom |           | 0,00     |
      | 400   | nee     | 1/2     | volle_eigendom |            | 510,00   |
      | 1.500 | ja      | 1       | volle_eigendom | 2.000      | 1.125,00 |
      | 1.500 | ja      | 1       | volle_eigendom | 500        | 1.750,00 |

  Scenario: Per kind met gezinsbijslag komt er 125 euro vrijstelling bij
    Gegeven de aanvrager bezit deze onroerende goederen:
      | kadastraal inkomen | bebouwd | aandeel |
      | 1.250              | ja      | 1       |
    En de aanvrager ontvangt gezinsbijslag voor 2 kinderen
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor 750,00 euro per jaar

  Abstract Scenario: Goederen afgestaan in de 10 jaar voor de aanvraag tellen als kapitaal
    Gegeven de aanvrager heeft deze goederen afgestaan:
      | datum   | waarde   | aandeel | enige woning | recht   | schulden   |
      | <datum> | <waarde> | 1       | <enige>      | <recht> | <schulden> |
    Als het OCMW het leefloonadvies opvraagt
    Dan tellen de eigen bestaansmiddelen voor <telt> euro per jaar

    Voorbeelden:
      | datum      | waarde  | enige | recht          | schulden | telt     |
      | 2022-03-01 | 100.000 | ja    | volle_eigendom |          | 4.808,00 |
      | 2014-01-01 | 100.000 | nee   | volle_eigendom |          | 0,00     |
      | 2024-03-01 | 50.000  | nee   | vruchtgebruik  |          | 1.128,00 |
      | 2024-01-01 | 30.000  | nee   | volle_eigendom | 10.000   | 1.128,00 |
