# language: nl
Functionaliteit: De voorwaarden voor het leefloon (RMI-wet art. 3 en 7)
  Alle voorwaarden moeten vervuld zijn: verblijf in België, meerderjarig (of gelijkgesteld), nationaliteit of
  verblijfsstatus, onvoldoende bestaansmiddelen, werkbereidheid en de rechten op andere uitkeringen laten gelden.
  Elke voorwaarde is vervuld, niet vervuld of nog onbekend. Eén niet-vervulde voorwaarde volstaat voor een weigering;
  het advies noemt ze dan allemaal. Het GPMI is geen voorwaarde bij de aanvraag maar een verplichting erna.

  Achtergrond:
    Gegeven de peildatum "2025-02-15"
    En een Belgische aanvrager van 35 jaar die alleen woont, zonder inkomen of vermogen

  Scenario: Wie aan alle voorwaarden voldoet, krijgt het leefloon en een GPMI als opvolging
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "toekennen"
    En is de voorwaarde "verblijf" voldaan
    En is de voorwaarde "gpmi" voldaan
    En verwijst het advies naar "GPMI"
    En verwijst het advies naar "arbeidsrechtbank"

  Abstract Scenario: De nationaliteit of verblijfsstatus beslist mee
    Gegeven de aanvrager heeft verblijfsstatus "<status>"
    En de aanvrager verblijft sinds "<sinds>" in België
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "<advies>"
    En is de voorwaarde "nationaliteit" <voorwaarde>

    Voorbeelden:
      | status                               | sinds      | advies    | voorwaarde   |
      | belg                                 | 2000-01-01 | toekennen | voldaan      |
      | eu_werknemer                         | 2025-02-01 | toekennen | voldaan      |
      | eu_burger                            | 2024-10-01 | toekennen | voldaan      |
      | eu_burger                            | 2024-12-01 | weigeren  | niet voldaan |
      | eu_werkzoekende                      | 2024-01-01 | weigeren  | niet voldaan |
      | familielid_belg                      | 2024-01-01 | toekennen | voldaan      |
      | bevolkingsregister                   | 2020-01-01 | toekennen | voldaan      |
      | staatloos                            | 2020-01-01 | toekennen | voldaan      |
      | erkend_vluchteling                   | 2020-01-01 | toekennen | voldaan      |
      | subsidiaire_bescherming              | 2020-01-01 | toekennen | voldaan      |
      | vreemdelingenregister                | 2020-01-01 | weigeren  | niet voldaan |
      | tijdelijke_bescherming               | 2022-04-01 | weigeren  | niet voldaan |
      | verzoeker_internationale_bescherming | 2024-01-01 | weigeren  | niet voldaan |

  Scenario: Wie alleen in het vreemdelingenregister staat, krijgt een equivalent leefloon met hetzelfde bedrag
    Gegeven de aanvrager heeft verblijfsstatus "vreemdelingenregister"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En is er een equivalent leefloon van 15.770,41 euro per jaar
    En verwijst het advies naar "Equivalent leefloon"

  Scenario: Een verzoeker om internationale bescherming wordt naar Fedasil verwezen
    Gegeven de aanvrager heeft verblijfsstatus "verzoeker_internationale_bescherming"
    Als het OCMW het leefloonadvies opvraagt
    Dan verwijst het advies naar "Fedasil"

  Scenario: Wie zonder wettig verblijf in België is, krijgt alleen dringende medische hulp
    Gegeven de aanvrager heeft verblijfsstatus "zonder_wettig_verblijf"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En is de voorwaarde "verblijf" niet voldaan
    En verwijst het advies naar "Dringende medische hulp"

  Scenario: Wie niet gewoonlijk in België verblijft, krijgt geen leefloon
    Gegeven voor de aanvrager geldt "woont_in_belgie" is "nee"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En is de voorwaarde "verblijf" niet voldaan

  Abstract Scenario: Een minderjarige krijgt alleen leefloon als hij of zij gelijkgesteld is met een meerderjarige
    Gegeven een Belgische aanvrager van 17 jaar die alleen woont, zonder inkomen of vermogen
    En voor de aanvrager geldt "zwanger" is "<zwanger>"
    En voor de aanvrager geldt "burgerlijke_staat" is "<staat>"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "<advies>"
    En is de voorwaarde "leeftijd" <voorwaarde>

    Voorbeelden:
      | zwanger  | staat    | advies               | voorwaarde   |
      | nee      | ongehuwd | weigeren             | niet voldaan |
      | ja       | ongehuwd | toekennen            | voldaan      |
      | nee      | gehuwd   | toekennen            | voldaan      |
      | onbekend | ongehuwd | onvoldoende_gegevens | onbekend     |

  Abstract Scenario: Een opgegeven leeftijd volstaat als de geboortedatum niet gekend is
    Gegeven een Belgische aanvrager van 35 jaar die alleen woont, zonder inkomen of vermogen
    En van de aanvrager is alleen de leeftijd gekend: <leeftijd> jaar
    En voor de aanvrager geldt "zwanger" is "nee"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "<advies>"
    En is de voorwaarde "leeftijd" <voorwaarde>

    Voorbeelden:
      | leeftijd | advies    | voorwaarde   |
      | 35       | toekennen | voldaan      |
      | 18       | toekennen | voldaan      |
      | 17       | weigeren  | niet voldaan |

  Scenario: Een minderjarige met een kind ten laste krijgt categorie 3
    Gegeven een Belgische aanvrager van 17 jaar die alleen woont, zonder inkomen of vermogen
    En de aanvrager woont samen met:
      | relatie | leeftijd | verblijf |
      | kind    | 1        | voltijds |
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "toekennen"
    En is het leefloon 21.312,87 euro per jaar en 1.776,07 euro per maand

  Scenario: Een minderjarige zonder gelijkstelling wordt naar de maatschappelijke dienstverlening verwezen
    Gegeven een Belgische aanvrager van 16 jaar die alleen woont, zonder inkomen of vermogen
    En voor de aanvrager geldt "zwanger" is "nee"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En verwijst het advies naar "minderjarigen"

  Abstract Scenario: Werkbereid, tenzij om redenen van gezondheid of billijkheid
    Gegeven de aanvrager hoeft niet werkbereid te zijn om reden van "<reden>"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "toekennen"
    En is de voorwaarde "werkbereidheid" voldaan

    Voorbeelden:
      | reden       |
      | gezondheid  |
      | billijkheid |
      | studies     |

  Scenario: Wie niet bereid is te werken zonder reden, krijgt geen leefloon
    Gegeven de aanvrager is niet bereid om te werken
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En is de voorwaarde "werkbereidheid" niet voldaan

  Scenario: Eerst de rechten op andere uitkeringen laten gelden
    Gegeven voor de aanvrager geldt "rechten_uitgeput" is "nee"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En is de voorwaarde "uitputting_rechten" niet voldaan

  Scenario: Wie in de gevangenis verblijft, krijgt geen leefloon (aanname over het artikel)
    Gegeven voor de aanvrager geldt "gedetineerd" is "ja"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En is de voorwaarde "detentie" niet voldaan
    En vermeldt het advies de aanname "detentie_artikel"

  Scenario: Elektronisch toezicht vraagt een sociaal onderzoek
    Gegeven voor de aanvrager geldt "elektronisch_toezicht" is "ja"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "onvoldoende_gegevens"
    En is de voorwaarde "detentie" onbekend

  Scenario: Een weigering noemt elke voorwaarde die niet vervuld is
    Gegeven de aanvrager heeft verblijfsstatus "eu_werkzoekende"
    En de aanvrager is niet bereid om te werken
    En voor de aanvrager geldt "rechten_uitgeput" is "nee"
    Als het OCMW het leefloonadvies opvraagt
    Dan luidt het advies "weigeren"
    En is de voorwaarde "nationaliteit" niet voldaan
    En is de voorwaarde "werkbereidheid" niet voldaan
    En is de voorwaarde "uitputting_rechten" niet voldaan
