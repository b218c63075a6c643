# language: nl
Functionaliteit: De catalogus uitwisselen met de Vlaamse productencatalogus (IPDC)
  Een stad of OCMW deelt haar sociale rechten met de Interbestuurlijke Producten- en Dienstencatalogus (IPDC)
  en neemt concepten en rechten van anderen over. Het bestand volgt het officiële IPDC-LPDC-implementatiemodel
  in JSON-LD: elk gepubliceerd recht is een instantiesnapshot die voldoet aan de officiële SHACL-vorm, met de
  officiële codelijsten voor thema's, doelgroepen, bestuursniveaus en gebieden. Wat IPDC niet kent
  (machineleesbare voorwaarden, gedateerde bedragen, relaties tussen rechten, verificatiedatum) reist mee in
  een eigen naamruimte, zodat er heen en terug niets verloren gaat.

  Achtergrond:
    Gegeven een catalogus met de gepubliceerde rechten "leefloon", "gent-uitpas-kansentarief" en "leuven-mantelzorgpremie"
    En een ontwerp "leuven-ontwerp" dat nog niet gepubliceerd is

  Scenario: De uitvoer volgt de officiële IPDC-vorm
    Als de beheerder de catalogus uitvoert naar een bestand
    Dan bevat het bestand 3 instantiesnapshots
    En voldoet het bestand aan de officiële SHACL-vorm voor instanties, met de officiële codelijsten
    En staat de JSON-LD-context in het bestand zelf

  Scenario: Heen en terug gaat er niets verloren
    Gegeven de beheerder heeft de catalogus uitgevoerd naar een bestand
    Als dat bestand ingelezen wordt in een lege catalogus
    Dan meldt de invoer 3 rechten als "aangemaakt"
    En geeft een nieuwe uitvoer van die catalogus dezelfde graaf, op het aanmaakmoment van de snapshots na

  Scenario: Hetzelfde bestand opnieuw inlezen verandert niets
    Gegeven de beheerder heeft de catalogus uitgevoerd naar een bestand
    Als dat bestand ingelezen wordt in dezelfde catalogus
    Dan meldt de invoer 3 rechten als "ongewijzigd"

  Scenario: Concepten en een instantie uit de Vlaamse productencatalogus overnemen
    Als het IPDC-voorbeeldbestand met concepten ingelezen wordt in een lege catalogus
    Dan meldt de invoer 2 concepten als "aangemaakt"
    En meldt de invoer 1 recht als "aangemaakt"
    En meldt de invoer 1 concept als "overgeslagen" omdat er een nieuwere snapshot is

  Abstract Scenario: Een fout record wordt geweigerd met de reden, de andere rechten gaan door
    Gegeven de beheerder heeft de catalogus uitgevoerd naar een bestand
    Maar in dat bestand heeft het leefloon <fout>
    Als dat bestand ingelezen wordt in een lege catalogus
    Dan is het leefloon geweigerd met een reden die "<reden>" vermeldt
    En meldt de invoer 2 rechten als "aangemaakt"
    En eindigt de invoer met exitcode 0

    Voorbeelden:
      | fout                                         | reden                         |
      | een thema buiten de officiële codelijst      | buiten de officiële codelijst |
      | geen naam                                    | naam ontbreekt                |
      | een ongeldige machineleesbare voorwaarde     | voorwaarde                    |
      | een onbekende NIS-code als gebied            | onbekende NIS- of NUTS-code   |

  Abstract Scenario: Een onbruikbaar bestand wordt geweigerd en er wordt niets geschreven
    Gegeven een bestand met <inhoud>
    Als dat bestand ingelezen wordt in dezelfde catalogus
    Dan eindigt de invoer met exitcode 2 en een melding die "<melding>" vermeldt
    En is de catalogus onveranderd

    Voorbeelden:
      | inhoud                                  | melding                         |
      | tekst die geen JSON is                  | geen geldige JSON               |
      | JSON zonder IPDC-instanties of concepten | geen IPDC-instanties            |
      | een JSON-LD-context op een vreemde server | externe JSON-LD-context         |
      | JSON-LD waarin elk record fout is       | geen enkel record aanvaard      |
