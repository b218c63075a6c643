"""Service functions shared by the JSON API, the web pages and the command line (database in, domain out).

- `overzicht.maak_overzicht(session, profiel, alles=False)`: the rights overview (CONTRACT.md §6).
"""

__all__: list[str] = []
