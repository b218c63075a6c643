"""Profiles (the JSON of CONTRACT §4) that several test folders use: a person alone in Gent without income.

The dicts are shared: build a variant with `{**PROFIEL, ...}` or `profiel_data(...)`, never change them in place.
"""

from __future__ import annotations

__all__ = ["ALLEENSTAANDE", "profiel_data"]

# Born 1985, alone in Gent, Belgian, no income or savings: the staff tests' client (add a peildatum).
ALLEENSTAANDE = {
    "gemeente": "44021",
    "aanvrager": {
        "geboortedatum": "1985-07-30",
        "verblijfsstatus": "belg",
        "woont_in_belgie": True,
        "burgerlijke_staat": "ongehuwd",
        "student": False,
        "werkbereid": True,
        "rechten_uitgeput": True,
        "gedetineerd": False,
        "dakloos": False,
        "gedeelde_huishouding": False,
        "inkomsten": [],
        "vermogen": {"spaargeld": "0", "onroerend": [], "afstand": []},
    },
    "huisgenoten": [],
}


def profiel_data(**wijzig) -> dict:
    """A profile of a person alone in Gent with no income (leefloon likely), with `wijzig` applied on top."""
    data = {
        "peildatum": "2025-06-01",
        "gemeente": "44021",
        "aanvrager": {
            "geboortedatum": "1990-01-01", "verblijfsstatus": "belg", "woont_in_belgie": True,
            "burgerlijke_staat": "ongehuwd", "zwanger": False, "student": False, "werkbereid": True,
            "rechten_uitgeput": True, "gedetineerd": False, "dakloos": False, "inkomsten": [],
            "vermogen": {"spaargeld": "0"},
        },
        "huisgenoten": [],
    }  # fmt: skip
    data.update(wijzig)
    return data
