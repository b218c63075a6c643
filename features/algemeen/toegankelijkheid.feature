# language: nl
Functionaliteit: De Rechtenverkenner is bereikbaar en spreekt Nederlands
  Een hulpverlener opent de Rechtenverkenner in de browser of een andere toepassing vraagt de dienst op.
  De dienst antwoordt, ook als er iets niet klopt, met een duidelijke uitleg in het Nederlands.

  Scenario: De dienst en zijn database antwoorden
    Gegeven de Rechtenverkenner draait
    Als een toepassing de gezondheid van de dienst opvraagt
    Dan is het antwoord "ok"

  Scenario: Een onbekende pagina geeft een vriendelijke foutpagina
    Gegeven de Rechtenverkenner draait
    Als een hulpverlener de pagina "/bestaat-niet" opent
    Dan ziet de hulpverlener de foutpagina "Pagina niet gevonden"
    En is de pagina in het Nederlands
