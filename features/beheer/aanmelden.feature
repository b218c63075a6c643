# language: nl
Functionaliteit: Aanmelden voor medewerkers van het OCMW of de gemeente
  Medewerkers melden zich aan met hun gebruikersnaam en wachtwoord; wie het wachtwoord te vaak fout typt, moet
  even wachten, ook als het daarna juist is. Wie afmeldt, kan met een gekopieerde sessie niets meer doen.
  Het rechtenoverzicht en het leefloonadvies blijven voor iedereen bruikbaar zonder aanmelden en bewaren niets.

  Achtergrond:
    Gegeven de Rechtenverkenner draait
    En een redacteur "an.gent" van gemeente "44021"

  Scenario: Een redacteur meldt zich aan en komt in de werkruimte
    Als "an.gent" zich aanmeldt met het juiste wachtwoord
    Dan ziet "an.gent" de rechten van Gent in beheer

  Scenario: Vijf keer een fout wachtwoord blokkeert het account een tijd
    Als iemand 5 keer een fout wachtwoord typt voor "an.gent"
    En "an.gent" zich aanmeldt met het juiste wachtwoord
    Dan wordt de aanmelding geweigerd met "Te veel mislukte pogingen"

  Scenario: Na afmelden werkt de oude sessie niet meer
    Gegeven "an.gent" is aangemeld
    Als "an.gent" zich afmeldt
    Dan brengt de oude sessiecookie niemand nog in de werkruimte

  Scenario: Het leefloonadvies werkt zonder aanmelden en bewaart niets
    Als een hulpverlener zonder aan te melden een leefloonadvies vraagt
    Dan krijgt de hulpverlener het advies
    En is er geen enkel cliëntenprofiel bewaard
