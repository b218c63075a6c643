"""Facts for the engine are explicit strings from the schema, never None."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from rechten.leefloon.feiten import SCHEMA, feiten
from tests.rechten.leefloon.helpers import evaluatie, profiel

JANEE = st.sampled_from([True, False, None])


@settings(max_examples=60, deadline=None)
@given(
    woont=JANEE,
    werk=JANEE,
    uitgeput=JANEE,
    zwanger=JANEE,
    student=JANEE,
    dakloos=JANEE,
    gedeeld=JANEE,
    geboren=st.sampled_from([None, "1950-01-01", "2008-01-01", "2003-05-05"]),
    status=st.sampled_from([None, "belg", "eu_burger", "vreemdelingenregister", "zonder_wettig_verblijf"]),
)
def test_feiten_volgen_het_schema(woont, werk, uitgeput, zwanger, student, dakloos, gedeeld, geboren, status):
    p = profiel(
        woont_in_belgie=woont,
        werkbereid=werk,
        rechten_uitgeput=uitgeput,
        zwanger=zwanger,
        student=student,
        dakloos=dakloos,
        gedeelde_huishouding=gedeeld,
        geboortedatum=geboren,
        verblijfsstatus=status,
        huisgenoten=None if gedeeld else [],
    )
    for feit in feiten(evaluatie(p)):
        schema = SCHEMA[feit["feit"]]
        assert set(feit) - {"feit"} == set(schema)
        for veld, waarde in feit.items():
            if veld != "feit":
                assert type(waarde) is str and waarde in schema[veld], (veld, waarde)


def test_schema_kent_alleen_tekstwaarden():
    for veld, waarden in itertools.chain.from_iterable(s.items() for s in SCHEMA.values()):
        assert waarden and all(type(w) is str for w in waarden), veld
