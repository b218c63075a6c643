"""Hypothesis strategies: random valid conditions (JSON form), situations and contexts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from rechten.situatie import VELDEN, Soort
from rules.voorwaarden import Context, Status

RECHTEN = ("leefloon", "verhoogde-tegemoetkoming", "inkomensgarantie-ouderen", "uitpas-kansentarief")
GEBIEDEN = ("44021", "46003", "46030", "71022", "71072", "73040", "BE23", "BE22", "BE2", "BE")
GEMEENTEN = ("44021", "46003", "46030", "71022", "71072", "73040", "11002", "62063")
PEILDATA = (date(2024, 6, 1), date(2025, 1, 1), date(2025, 6, 30), date(2026, 3, 1))


def _bedragen(maximum: int = 60_000):
    return st.decimals(min_value=0, max_value=maximum, places=2, allow_nan=False, allow_infinity=False)


def waarde_voor(naam: str):
    """A valid fact value for `naam`."""
    veld = VELDEN[naam]
    if veld.soort is Soort.ja_nee:
        return st.booleans()
    if veld.soort is Soort.keuze:
        return st.sampled_from(veld.keuzes)
    if veld.soort is Soort.geheel:
        return st.integers(min_value=veld.minimum or 0, max_value=veld.maximum if veld.maximum is not None else 100)
    return _bedragen()


def _json_waarde(naam: str, waarde):
    return str(waarde) if isinstance(waarde, Decimal) else waarde


@st.composite
def _gedateerd_of_niet(draw, waarde_strategie):
    if draw(st.booleans()):
        return draw(waarde_strategie)
    data = sorted(set(draw(st.lists(st.sampled_from(PEILDATA[:3]), min_size=1, max_size=3))))
    return {"gedateerd": [{"vanaf": d.isoformat(), "waarde": draw(waarde_strategie)} for d in data]}


@st.composite
def vergelijkingen(draw):
    naam = draw(st.sampled_from(sorted(VELDEN)))
    veld = VELDEN[naam]
    ops = ["=", "!=", "in", "niet_in"]
    if veld.soort in (Soort.geheel, Soort.bedrag):
        ops += ["<", "<=", ">", ">="]
    op = draw(st.sampled_from(ops))
    als_json = waarde_voor(naam).map(lambda w: _json_waarde(naam, w))
    if op in ("in", "niet_in"):
        waarde = draw(st.lists(als_json, min_size=1, max_size=3))
    elif veld.soort in (Soort.geheel, Soort.bedrag):
        waarde = draw(_gedateerd_of_niet(als_json))
    else:
        waarde = draw(als_json)
    return {"veld": naam, "op": op, "waarde": waarde}


@st.composite
def inkomensgrenzen(draw):
    inkomen = draw(st.sampled_from(["huishouden.inkomen_jaar", "huishouden.inkomen_netto_maand"]))
    personen = draw(st.sampled_from(["huishouden.personen_ten_laste", "huishouden.grootte", "huishouden.kinderen"]))
    bedrag = _bedragen().map(str)
    if draw(st.booleans()):
        rijen = draw(st.dictionaries(st.integers(0, 6).map(str), _gedateerd_of_niet(bedrag), min_size=1, max_size=4))
        return {"inkomensgrens": {"inkomen": inkomen, "personen": personen, "tabel": rijen}}
    grens = {"inkomen": inkomen, "personen": personen, "basis": draw(_gedateerd_of_niet(bedrag))}
    if draw(st.booleans()):
        grens["per_persoon"] = draw(_gedateerd_of_niet(_bedragen(10_000).map(str)))
    return {"inkomensgrens": grens}


bladeren = st.one_of(
    vergelijkingen(),
    st.sampled_from(RECHTEN).map(lambda c: {"heeft_recht": c}),
    st.lists(st.sampled_from(GEBIEDEN), min_size=1, max_size=3, unique=True).map(lambda g: {"woont_in": g}),
    inkomensgrenzen(),
)

voorwaarden = st.recursive(
    bladeren,
    lambda kind: st.one_of(
        st.lists(kind, min_size=1, max_size=3).map(lambda d: {"alle": d}),
        st.lists(kind, min_size=1, max_size=3).map(lambda d: {"een_van": d}),
        kind.map(lambda d: {"niet": d}),
    ),
    max_leaves=8,
)


@st.composite
def volledige_feiten(draw):
    """A value for every fact of the vocabulary."""
    return {naam: draw(waarde_voor(naam)) for naam in sorted(VELDEN)}


@st.composite
def contexten(draw, *, volledig: bool = False):
    """A context; with `volledig` every fact, the municipality and every right's status are known."""
    feiten = draw(volledige_feiten())
    if not volledig:
        weg = draw(st.sets(st.sampled_from(sorted(VELDEN))))
        feiten = {k: v for k, v in feiten.items() if k not in weg}
    statussen = st.sampled_from([Status.voldaan, Status.niet_voldaan] + ([] if volledig else [Status.onbekend]))
    rechten = draw(st.fixed_dictionaries(dict.fromkeys(RECHTEN, statussen)))
    if not volledig:
        rechten = {c: s for c, s in rechten.items() if draw(st.booleans())}
    gemeente = draw(st.sampled_from(GEMEENTEN) if volledig else st.one_of(st.none(), st.sampled_from(GEMEENTEN)))
    return Context(peildatum=draw(st.sampled_from(PEILDATA)), feiten=feiten, gemeente=gemeente, rechten=rechten)
