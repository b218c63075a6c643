# language: nl
Functionaliteit: Een lokaal recht bijhouden: ontwerp, publicatie, archief, herziening en veroudering
  Een redacteur van de stad of het OCMW werkt een recht uit als ontwerp; pas na publicatie ziet het publiek het.
  Een wijziging aan een gepubliceerd recht blijft ontwerp tot ze opnieuw gepubliceerd wordt; wie intussen een
  oudere versie aanpaste, krijgt een conflict in plaats van andermans werk te overschrijven. Elke wijziging is
  een versie (wie, wanneer, wat). Verandert het concept (sjabloon) waarvan het recht werd overgenomen, dan moet
  het recht herzien worden. Een recht dat 12 maanden niet werd nagekeken, wordt als verouderd getoond.

  Achtergrond:
    Gegeven de Rechtenverkenner draait
    En een ontwerp "gent-sociaal-restaurant" met de naam "Sociaal restaurant De Tafel"

  Scenario: Een ontwerp is pas zichtbaar na publicatie
    Dan is "gent-sociaal-restaurant" niet publiek
    Als de redacteur "gent-sociaal-restaurant" publiceert
    Dan is "gent-sociaal-restaurant" publiek

  Scenario: Een wijziging blijft ontwerp tot ze gepubliceerd wordt
    Gegeven de redacteur heeft "gent-sociaal-restaurant" gepubliceerd
    Als de redacteur de beschrijving van "gent-sociaal-restaurant" wijzigt in "Nu ook op zaterdag open."
    Dan toont de publieke fiche van "gent-sociaal-restaurant" nog de oude beschrijving
    Als de redacteur "gent-sociaal-restaurant" publiceert
    Dan toont de publieke fiche van "gent-sociaal-restaurant" "Nu ook op zaterdag open."
    En heeft "gent-sociaal-restaurant" 4 versies met wie, wanneer en wat

  Scenario: Een gearchiveerd recht verdwijnt uit de publieke catalogus
    Gegeven de redacteur heeft "gent-sociaal-restaurant" gepubliceerd
    Als de redacteur "gent-sociaal-restaurant" archiveert
    Dan is "gent-sociaal-restaurant" niet publiek

  Scenario: Twee redacteurs wijzigen tegelijk
    Als twee redacteurs tegelijk "gent-sociaal-restaurant" wijzigen vanaf dezelfde versie
    Dan wordt de wijziging van de eerste bewaard
    En krijgt de tweede redacteur een conflict

  Scenario: Een gewijzigd concept vraagt een herziening met vergelijking
    Gegeven het concept "sociaal-restaurant" met de beschrijving "Goedkope maaltijden."
    En het recht "gent-restaurant" overgenomen van het concept "sociaal-restaurant" met de beschrijving "Maaltijden in Gent."
    Als het concept "sociaal-restaurant" de beschrijving "Warme maaltijden aan een sociaal tarief." krijgt
    Dan moet "gent-restaurant" herzien worden omdat het concept gewijzigd is
    En toont de vergelijking voor "gent-restaurant" de lokale tekst, de oude en de nieuwe concepttekst

  Scenario: Een recht dat een jaar niet werd nagekeken is verouderd
    Gegeven het gepubliceerde recht "gent-oud" werd 13 maanden geleden nagekeken
    En het gepubliceerde recht "gent-vers" werd 2 maanden geleden nagekeken
    Als een hulpverlener de rechten van gemeente "44021" opvraagt
    Dan is "gent-oud" als verouderd gemarkeerd
    Maar is "gent-vers" niet als verouderd gemarkeerd
