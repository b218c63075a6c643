# language: nl
Functionaliteit: Foute invoer geeft een duidelijke fout en laat de catalogus heel
  Een fout in een recht (een onbekend gegeven in de voorwaarde, een onbekende gemeente, een te groot bestand)
  wordt geweigerd met een uitleg die zegt waar de fout zit. Er wordt dan niets half bewaard.

  Achtergrond:
    Gegeven de Rechtenverkenner draait
    En de catalogus bevat deze gepubliceerde rechten:
      | code     | naam     | niveau   | gebied | thema             | beschrijving                     |
      | leefloon | Leefloon | federaal |        | WelzijnGezondheid | Een minimuminkomen van het OCMW. |

  Abstract Scenario: Een ongeldige voorwaarde wordt geweigerd met het pad van de fout
    Als een redacteur het recht "gent-premie" bewaart met de voorwaarde <voorwaarde>
    Dan wordt het recht geweigerd met een fout die "<uitleg>" zegt
    En bevat de catalogus nog altijd alleen "leefloon"

    Voorbeelden:
      | voorwaarde                                                                  | uitleg                                   |
      | {"veld": "aanvrager.lengte", "op": ">", "waarde": 180}                       | ongeldige voorwaarde op veld             |
      | {"alle": [{"veld": "aanvrager.leeftijd", "op": ">=", "waarde": "oud"}]}      | alle.0.waarde: leeftijd: verwacht een geheel getal |
      | {"woont_in": ["Gent"]}                                                      | is geen NIS-code                         |
      | {"heeft_recht": "Leefloon!"}                                                | verwacht de code van een recht           |

  Scenario: Een recht voor een onbekende gemeente wordt geweigerd
    Als een redacteur het recht "nergens-premie" bewaart voor gemeente "99999"
    Dan wordt het recht geweigerd met een fout die "onbekende NIS- of NUTS-code" zegt
    En bevat de catalogus nog altijd alleen "leefloon"

  Scenario: Een te grote aanvraag wordt geweigerd voor ze iets doet
    Als een toepassing een aanvraag van 3 MB naar de catalogus stuurt
    Dan wordt de aanvraag geweigerd omdat ze te groot is
    En bevat de catalogus nog altijd alleen "leefloon"
