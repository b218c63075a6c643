# language: nl
Functionaliteit: Cliëntenprofielen bewaren, opnieuw berekenen en wissen
  Een maatschappelijk werker bewaart de situatie van een cliënt onder een pseudoniem label, eventueel met het
  INSZ (dat alleen als onleesbare sleutel bewaard wordt). Na een indexering berekent ze het advies opnieuw en ziet
  ze de vorige adviezen. De cliënt kan alles inzien (export) en laten wissen. Een profiel dat 12 maanden niet
  gebruikt wordt, wordt automatisch gewist. Het auditspoor zegt wie wat deed, zonder de inhoud van het profiel.

  Achtergrond:
    Gegeven de Rechtenverkenner draait
    En een maatschappelijk werker "mw.gent" van "44021" met een API-token

  Scenario: Het advies opnieuw berekenen na de indexering van februari 2025
    Gegeven "mw.gent" bewaarde het profiel "Dossier 7" van een alleenstaande zonder inkomen op 15 januari 2025
    Als "mw.gent" het leefloonadvies op "Dossier 7" vraagt met peildatum 15 januari 2025
    En "mw.gent" het leefloonadvies op "Dossier 7" vraagt met peildatum 15 februari 2025
    Dan toont de geschiedenis van "Dossier 7" 2 adviezen: 1.314,20 euro en 1.288,46 euro per maand
    En staat in het auditspoor "advies gevraagd" met de regelversie, zonder de inhoud van het profiel

  Scenario: Het INSZ wordt gecontroleerd en niet bewaard
    Als "mw.gent" een profiel bewaart met INSZ "85073003329"
    Dan wordt het geweigerd omdat het controlegetal niet klopt
    Als "mw.gent" een profiel "Dossier 8" bewaart met INSZ "85.07.30-033.28"
    Dan vindt "mw.gent" het profiel terug met dat INSZ
    Maar staat het INSZ nergens leesbaar in de database

  Scenario: Inzage en wissen op vraag van de cliënt
    Gegeven "mw.gent" bewaarde het profiel "Dossier 9" van een alleenstaande zonder inkomen op 15 januari 2025
    Als "mw.gent" het profiel "Dossier 9" exporteert
    Dan bevat de export het label, het profiel en de adviezen
    Als "mw.gent" het profiel "Dossier 9" wist
    Dan bestaat het profiel "Dossier 9" niet meer

  Scenario: Na de bewaartermijn wordt een profiel automatisch gewist
    Gegeven "mw.gent" bewaarde het profiel "Dossier 10" van een alleenstaande zonder inkomen op 15 januari 2025
    En "Dossier 10" werd 13 maanden niet gebruikt
    Als het onderhoud loopt
    Dan bestaat het profiel "Dossier 10" niet meer
