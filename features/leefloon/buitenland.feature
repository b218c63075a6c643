# language: nl
Functionaliteit: Verblijf in het buitenland (RMI-wet art. 3, 1° en art. 23; programmawet 26/12/2015)
  Een leefloner mag per kalenderjaar 4 weken in het buitenland verblijven zonder het leefloon te verliezen. Daarna
  wordt het leefloon geschorst voor elke dag in het buitenland. Een verblijf binnen een studieprogramma (Erasmus)
  of om uitzonderlijke omstandigheden telt niet mee. Een geschorste dag kost het jaarbedrag / 365 (aanname).

  Achtergrond:
    Gegeven de peildatum "2025-02-15"
    En een Belgische aanvrager van 35 jaar die alleen woont, zonder inkomen of vermogen

  Scenario: Het voorbeeld van de POD MI: 10, 17 en 9 dagen gebruiken 4 weken, de volgende 5 dagen zijn geschorst
    Gegeven de aanvrager verblijft in het buitenland van "2025-03-01" tot "2025-03-10"
    En de aanvrager verblijft in het buitenland van "2025-05-01" tot "2025-05-17"
    En de aanvrager verblijft in het buitenland van "2025-07-01" tot "2025-07-09"
    En de aanvrager verblijft in het buitenland van "2025-09-01" tot "2025-09-05"
    Als het OCMW het leefloonadvies opvraagt
    Dan is het leefloon 15.770,41 euro per jaar en 1.314,20 euro per maand
    En wordt het leefloon 5 dagen geschorst, een vermindering van 216,03 euro

  Scenario: Een verblijf van 40 dagen aan één stuk: 12 dagen geschorst
    Gegeven de aanvrager verblijft in het buitenland van "2025-06-01" tot "2025-07-10"
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt het leefloon 12 dagen geschorst, een vermindering van 518,48 euro

  Scenario: Een Erasmusverblijf gebruikt de vier weken niet
    Gegeven de aanvrager verblijft in het buitenland van "2025-02-20" tot "2025-04-20" voor een studieprogramma
    En de aanvrager verblijft in het buitenland van "2025-07-01" tot "2025-07-28"
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt het leefloon 0 dagen geschorst, een vermindering van 0,00 euro

  Scenario: Elk kalenderjaar begint met vier nieuwe weken
    Gegeven de aanvrager verblijft in het buitenland van "2025-11-01" tot "2025-11-28"
    En de aanvrager verblijft in het buitenland van "2026-01-05" tot "2026-01-25"
    Als het OCMW het leefloonadvies opvraagt
    Dan wordt het leefloon 0 dagen geschorst, een vermindering van 0,00 euro
    En vermeldt het advies de aanname "buitenland_weken"
