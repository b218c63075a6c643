"""The leefloon ruleset: conditions (RMI-wet art. 3, 7) and category (art. 14 §1) inferred by durable-rules.

Facts come from `rechten.leefloon.feiten` (tri-state strings, never None). For each condition exactly one rule
matches any combination of fact values (a test enumerates them all); its action records the status with one line.
The category rule chains: its action runs the means test (`rechten.leefloon.art16_bestaansmiddelen`, pure
arithmetic) and derives a `middelentoets` fact, from which the `bestaansmiddelen` condition is inferred.
`adviseer` is the entry point: profile → facts → engine → Advies.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Mapping

from rechten.advies import Advies
from rechten.leefloon import art03_voorwaarden, art14_categorie, art16_bestaansmiddelen
from rechten.leefloon.evaluatie import LeefloonEvaluatie
from rechten.leefloon.feiten import SCHEMA, feiten
from rechten.leefloon.parameterset import parameterset
from rechten.leefloon.samenstelling import samenstellen
from rechten.parameters import reeks
from rechten.profiel import Profiel, Verblijfsstatus
from rules.engine import Evaluatie, Regel, Regelset, evalueer, m, registreer

__all__ = ["LEEFLOON", "REGELVERSIE", "adviseer"]

NAAM = "leefloon_2026_03_v1"
_CATEGORIEREGEL = itertools.count(1)


def _is(veld: str, waarde: str):
    return getattr(m, veld) == waarde


def _niet(veld: str, waarde: str):
    return getattr(m, veld) != waarde


def _alle(*delen):
    return functools.reduce(operator.and_, delen)


def _een(*paren: tuple[str, str]):
    """At least one `veld == waarde`, written as mutually exclusive branches.

    durable-rules fires a rule once per satisfied branch of an OR; exclusive branches make it fire once.
    """
    takken = []
    for i, (veld, waarde) in enumerate(paren):
        eerdere = [_niet(v, w) for v, w in paren[:i]]
        takken.append(_alle(*eerdere, _is(veld, waarde)))
    return functools.reduce(operator.or_, takken)


def _voorwaarde(code: str, status: str, reden: str, *patroon) -> Regel:
    def dan(ev: Evaluatie, feit: Mapping[str, str]) -> None:
        art03_voorwaarden.stel_vast(ev.context, code, status, reden, feit)

    return Regel(
        f"{code}.{status}.{reden}", _alle(_is("feit", "aanvrager"), *patroon), dan, str(art03_voorwaarden.BRONNEN[code])
    )


def _categorie(kandidaten: str, reden: str, *patroon) -> Regel:
    def dan(ev: Evaluatie, feit: Mapping[str, str]) -> None:
        ev.leid_af(art16_bestaansmiddelen.middelentoets(art14_categorie.bepaal(ev.context, kandidaten, reden)))

    return Regel(
        f"categorie.{next(_CATEGORIEREGEL)}.{kandidaten}.{reden}",
        _alle(_is("feit", "huishouden"), *patroon),
        dan,
        str(art14_categorie.BRON),
    )


def _middelen(status: str, reden: str, onder_drempel: str) -> Regel:
    def dan(ev: Evaluatie, feit: Mapping[str, str]) -> None:
        art03_voorwaarden.stel_vast(ev.context, "bestaansmiddelen", status, reden, feit)

    return Regel(
        f"bestaansmiddelen.{status}",
        _alle(_is("feit", "middelentoets"), _is("onder_drempel", onder_drempel)),
        dan,
        str(art03_voorwaarden.BRONNEN["bestaansmiddelen"]),
    )


JA, NEE, ONB = "ja", "nee", "onbekend"
V, NV, ONB_STATUS = "voldaan", "niet_voldaan", "onbekend"
_GELIJKGESTELD = _een(("gehuwd", JA), ("kind_ten_laste", JA), ("zwanger", JA))
_GEEN_GROND_ZEKER = _alle(_niet("gehuwd", JA), _niet("kind_ten_laste", JA), _niet("zwanger", JA))

# Art. 14 §1: the household is known and the applicant has a home; whether a child is dependent decides first.
_THUIS_ZONDER_KIND = (_is("bekend", JA), _is("kind_ten_laste", NEE), _niet("dakloos", JA))
_THUIS_KIND_ONBEKEND = (_is("bekend", JA), _is("kind_ten_laste", ONB), _niet("dakloos", JA))
# ... then with whom the applicant lives, and whether they share the household (`gedeeld`).
_ALLEEN = (_is("partner", NEE), _is("andere", NEE))
_NIETS_GEDEELD = (_een(("partner", JA), ("andere", JA)), _is("gedeeld", NEE))
_ANDEREN = (_is("partner", NEE), _is("andere", JA))

# RMI-wet art. 3, 3°: residence status → (condition status, reason). EU citizens depend on their first 3 months.
NATIONALITEIT: dict[str, tuple[str, str]] = {
    **{
        s: (V, s)
        for s in (
            "belg",
            "eu_werknemer",
            "familielid_belg",
            "bevolkingsregister",
            "staatloos",
            "erkend_vluchteling",
            "subsidiaire_bescherming",
        )
    },
    **{
        s: (NV, s)
        for s in (
            "eu_werkzoekende",
            "vreemdelingenregister",
            "tijdelijke_bescherming",
            "verzoeker_internationale_bescherming",
            "zonder_wettig_verblijf",
        )
    },
    ONB: (ONB_STATUS, "onbekend"),
}
assert set(NATIONALITEIT) | {"eu_burger"} == {*(s.value for s in Verblijfsstatus), ONB}

_REGELS: list[Regel] = [
    # Art. 3, 1°: residence
    _voorwaarde("verblijf", NV, "woont_niet_in_belgie", _is("verblijf_belgie", NEE)),
    _voorwaarde("verblijf", NV, "geen_wettig_verblijf", _niet("verblijf_belgie", NEE), _is("wettig_verblijf", NEE)),
    _voorwaarde("verblijf", V, "in_belgie", _is("verblijf_belgie", JA), _is("wettig_verblijf", JA)),
    _voorwaarde(
        "verblijf", ONB_STATUS, "woonplaats_onbekend", _is("verblijf_belgie", ONB), _niet("wettig_verblijf", NEE)
    ),
    _voorwaarde(
        "verblijf", ONB_STATUS, "verblijfsstatus_onbekend", _is("verblijf_belgie", JA), _is("wettig_verblijf", ONB)
    ),
    # Art. 3, 2° and art. 7: age
    _voorwaarde("leeftijd", V, "meerderjarig", _is("meerderjarig", JA)),
    _voorwaarde("leeftijd", V, "gelijkgesteld", _is("meerderjarig", NEE), _GELIJKGESTELD),
    _voorwaarde("leeftijd", V, "gelijkgesteld_of_meerderjarig", _is("meerderjarig", ONB), _GELIJKGESTELD),
    _voorwaarde("leeftijd", ONB_STATUS, "geboortedatum_onbekend", _is("meerderjarig", ONB), _GEEN_GROND_ZEKER),
    _voorwaarde(
        "leeftijd",
        ONB_STATUS,
        "gelijkstelling_onbekend",
        _is("meerderjarig", NEE),
        _GEEN_GROND_ZEKER,
        _een(("gehuwd", ONB), ("kind_ten_laste", ONB), ("zwanger", ONB)),
    ),
    _voorwaarde(
        "leeftijd",
        NV,
        "minderjarig",
        _is("meerderjarig", NEE),
        _is("gehuwd", NEE),
        _is("kind_ten_laste", NEE),
        _is("zwanger", NEE),
    ),
    # Art. 3, 3°: nationality or residence status
    *(_voorwaarde("nationaliteit", st, reden, _is("verblijfsstatus", s)) for s, (st, reden) in NATIONALITEIT.items()),
    _voorwaarde(
        "nationaliteit",
        V,
        "eu_burger_na_3_maanden",
        _is("verblijfsstatus", "eu_burger"),
        _is("eu_langer_dan_3_maanden", JA),
    ),
    _voorwaarde(
        "nationaliteit",
        NV,
        "eu_burger_eerste_3_maanden",
        _is("verblijfsstatus", "eu_burger"),
        _is("eu_langer_dan_3_maanden", NEE),
    ),
    _voorwaarde(
        "nationaliteit",
        ONB_STATUS,
        "eu_verblijf_sinds_onbekend",
        _is("verblijfsstatus", "eu_burger"),
        _is("eu_langer_dan_3_maanden", ONB),
    ),
    # Art. 3, 5°: willingness to work, unless health or equity (full-time studies are an equity reason)
    _voorwaarde("werkbereidheid", V, "werkbereid", _is("werkbereid", JA)),
    *(
        _voorwaarde("werkbereidheid", V, u, _niet("werkbereid", JA), _is("werkbereidheid_uitzondering", u))
        for u in ("gezondheid", "billijkheid", "studies")
    ),
    _voorwaarde(
        "werkbereidheid", NV, "niet_werkbereid", _is("werkbereid", NEE), _is("werkbereidheid_uitzondering", "geen")
    ),
    _voorwaarde(
        "werkbereidheid", ONB_STATUS, "onbekend", _is("werkbereid", ONB), _is("werkbereidheid_uitzondering", "geen")
    ),
    # Art. 3, 6° and art. 4: other rights claimed first
    _voorwaarde("uitputting_rechten", V, "uitgeput", _is("rechten_uitgeput", JA)),
    _voorwaarde("uitputting_rechten", NV, "niet_uitgeput", _is("rechten_uitgeput", NEE)),
    _voorwaarde("uitputting_rechten", ONB_STATUS, "onbekend", _is("rechten_uitgeput", ONB)),
    # Detention: the State provides (article not verified: an assumption the advice states)
    _voorwaarde("detentie", NV, "gedetineerd", _is("gedetineerd", JA)),
    _voorwaarde("detentie", V, "niet_gedetineerd", _is("gedetineerd", NEE), _niet("elektronisch_toezicht", JA)),
    _voorwaarde("detentie", V, "niet_opgegeven", _is("gedetineerd", ONB), _niet("elektronisch_toezicht", JA)),
    _voorwaarde(
        "detentie", ONB_STATUS, "elektronisch_toezicht", _niet("gedetineerd", JA), _is("elektronisch_toezicht", JA)
    ),
    # Art. 11: the GPMI is a follow-up obligation, never a condition at the application date
    _voorwaarde("gpmi", V, "jonger_dan_25", _is("jonger_dan_25", JA)),
    _voorwaarde("gpmi", V, "student", _niet("jonger_dan_25", JA), _is("student", JA)),
    _voorwaarde("gpmi", V, "nieuwe_rechthebbende", _niet("jonger_dan_25", JA), _niet("student", JA)),
    # Art. 14 §1: the category (then the means test, chained)
    _categorie("1|2|3", "huishouden_onbekend", _is("bekend", NEE), _niet("dakloos", JA)),
    _categorie("2|3", "huishouden_onbekend", _is("bekend", NEE), _is("dakloos", JA)),
    _categorie("3", "gezin_ten_laste", _is("bekend", JA), _is("kind_ten_laste", JA), _is("regeling", "voltijds")),
    _categorie("3", "co_ouderschap", _is("bekend", JA), _is("kind_ten_laste", JA), _is("regeling", "co_ouderschap")),
    _categorie("2", "dakloos", _is("bekend", JA), _is("kind_ten_laste", NEE), _is("dakloos", JA)),
    _categorie("2", "alleenstaand", *_THUIS_ZONDER_KIND, *_ALLEEN),
    _categorie("2", "geen_gedeelde_huishouding", *_THUIS_ZONDER_KIND, *_NIETS_GEDEELD),
    _categorie("1", "partner", *_THUIS_ZONDER_KIND, _is("partner", JA), _is("gedeeld", JA)),
    _categorie("1", "partner_vermoeden", *_THUIS_ZONDER_KIND, _is("partner", JA), _is("gedeeld", ONB)),
    _categorie("1", "samenwonend", *_THUIS_ZONDER_KIND, *_ANDEREN, _is("gedeeld", JA)),
    _categorie("1|2", "gedeelde_huishouding_onbekend", *_THUIS_ZONDER_KIND, *_ANDEREN, _is("gedeeld", ONB)),
    # Whether a child is dependent is not known: each household above, with category 3 as the other possibility
    _categorie("2|3", "kind_onbekend", _is("bekend", JA), _is("kind_ten_laste", ONB), _is("dakloos", JA)),
    _categorie("2|3", "kind_onbekend", *_THUIS_KIND_ONBEKEND, *_ALLEEN),
    _categorie("2|3", "kind_onbekend", *_THUIS_KIND_ONBEKEND, *_NIETS_GEDEELD),
    _categorie("1|3", "kind_onbekend", *_THUIS_KIND_ONBEKEND, _is("partner", JA), _niet("gedeeld", NEE)),
    _categorie("1|3", "kind_onbekend", *_THUIS_KIND_ONBEKEND, *_ANDEREN, _is("gedeeld", JA)),
    _categorie("1|2|3", "kind_onbekend", *_THUIS_KIND_ONBEKEND, *_ANDEREN, _is("gedeeld", ONB)),
    # Art. 3, 4° and art. 16: insufficient resources, from the means test
    _middelen(V, "onvoldoende_middelen", JA),
    _middelen(NV, "toereikend", NEE),
    _middelen(ONB_STATUS, "onbekend", ONB),
]

LEEFLOON = Regelset(NAAM, SCHEMA, tuple(_REGELS))


def _regelversie() -> str:
    gecontroleerd = max(w.laatst_gecontroleerd for w in reeks("leefloon.categoriebedragen").waarden)
    return f"{NAAM} (bedragen gecontroleerd op {gecontroleerd.isoformat()})"


REGELVERSIE = _regelversie()


def adviseer(profiel: Profiel) -> Advies:
    """The leefloon advice for a validated profile (thread-safe: the engine adapter serialises the engine)."""
    return samenstellen(_evalueer(profiel), REGELVERSIE)


def _evalueer(profiel: Profiel) -> LeefloonEvaluatie:
    param = parameterset(profiel.peildatum)
    ev = LeefloonEvaluatie(profiel, param, art14_categorie.analyseer(profiel, param))
    resultaat = evalueer(LEEFLOON, feiten(ev), ev)
    ontbreekt = [c for c in art03_voorwaarden.CODES if c not in ev.voorwaarden]
    if resultaat.onverwerkt or ontbreekt or ev.categorie is None:
        # A gap in the ruleset, never the user's fault: fail loudly rather than advise on half the law.
        raise RuntimeError(f"regelset {NAAM} onvolledig: onverwerkt {resultaat.onverwerkt}, zonder status {ontbreekt}")
    return ev


registreer(LEEFLOON)
