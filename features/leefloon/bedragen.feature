# language: nl
Functionaliteit: De bedragen van het leefloon op de peildatum (RMI-wet art. 14 §1)
  Het leefloon is een jaarbedrag per categorie, geïndexeerd. Het maandbedrag is het jaarbedrag gedeeld door 12,
  half naar boven afgerond op de cent. Welk bedrag geldt, hangt af van de peildatum (normaal de datum van de aanvraag).
  Voor 2022 kent de Rechtenverkenner de bedragen niet; na de laatste controle van de bedragen waarschuwt het advies.

  Abstract Scenario: Een alleenstaande zonder inkomen krijgt het bedrag van categorie 2 dat op de peildatum geldt
    Gegeven de peildatum "<peildatum>"
    En een Belgische aanvrager van 40 jaar die alleen woont, zonder inkomen of vermogen
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "toekennen"
    En is de categorie 2
    En is het leefloon <jaar> euro per jaar en <maand> euro per maand

    Voorbeelden:
      | peildatum  | jaar      | maand    |
      | 2022-01-15 | 12.867,58 | 1.072,30 |
      | 2022-03-01 | 13.125,64 | 1.093,80 |
      | 2022-05-01 | 13.388,04 | 1.115,67 |
      | 2022-08-01 | 13.655,62 | 1.137,97 |
      | 2022-11-01 | 13.928,41 | 1.160,70 |
      | 2022-12-01 | 14.207,25 | 1.183,94 |
      | 2023-01-01 | 14.569,58 | 1.214,13 |
      | 2023-07-01 | 14.860,96 | 1.238,41 |
      | 2023-11-01 | 15.158,08 | 1.263,17 |
      | 2024-05-01 | 15.461,53 | 1.288,46 |
      | 2025-01-31 | 15.461,53 | 1.288,46 |
      | 2025-02-01 | 15.770,41 | 1.314,20 |
      | 2026-03-01 | 16.085,64 | 1.340,47 |

  Abstract Scenario: Het bedrag van elke categorie op 1 februari 2025
    Gegeven de peildatum "2025-02-15"
    En een Belgische aanvrager van 40 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie   | leeftijd   | verblijf   |
      | <relatie> | <leeftijd> | <verblijf> |
    En de aanvrager deelt de huishouding met de huisgenoten
    Als het OCMW het leefloonadvies opvraagt
    Dan is de categorie <categorie>
    En is het categoriebedrag <jaar> euro per jaar en <maand> euro per maand

    Voorbeelden:
      | relatie | leeftijd | verblijf | categorie | jaar      | maand    |
      | ander   | 30       |          | 1         | 10.513,60 | 876,13   |
      | kind    | 8        | voltijds | 3         | 21.312,87 | 1.776,07 |

  Scenario: Een peildatum voor 2022 wordt geweigerd met een duidelijke fout
    Gegeven de peildatum "2021-12-31"
    En een Belgische aanvrager van 40 jaar die alleen woont, zonder inkomen of vermogen
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt het profiel geweigerd met een fout op "peildatum"

  Scenario: Na de laatste controle van de bedragen geldt het laatste bedrag, met een waarschuwing
    Gegeven de peildatum "2026-11-01"
    En een Belgische aanvrager van 40 jaar die alleen woont, zonder inkomen of vermogen
    Als het OCMW het leefloonadvies opvraagt
    Dan is het leefloon 16.085,64 euro per jaar en 1.340,47 euro per maand
    En waarschuwt het advies "latere indexering"
