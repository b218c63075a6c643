"""Helpers for the IPDC tests that use a database: fill a catalogue, export it, compare graphs."""

from __future__ import annotations

import json
import warnings

from rdflib import Graph
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import PROV
from sqlmodel import Session

from catalogue import store
from catalogue.db import maak_engine, migrate
from catalogue.ipdc.export import exporteer
from catalogue.schema import RechtRecord
from tests.catalogue.ipdc.voorbeelden import federaal, lokaal, volledig

__all__ = ["exporteer_db", "graaf", "nieuwe_db", "standaard_records", "vul", "zelfde_graaf"]


def nieuwe_db(url: str):
    engine = maak_engine(url)
    migrate(engine)
    return engine


def standaard_records() -> list[RechtRecord]:
    """Three published rights and one draft."""
    return [volledig(), lokaal(), federaal(), lokaal(code="leuven-ontwerp", status="ontwerp")]


def vul(engine, records: list[RechtRecord]) -> None:
    for record in records:
        with Session(engine) as session:
            store.bewaar_record(session, record, door="test", reden="testgegevens", bron="redactie")
            session.commit()


def exporteer_db(engine) -> dict:
    with Session(engine) as session:
        return exporteer(store.publieke_rechten(session)).document


def graaf(document: dict | str) -> Graph:
    tekst = document if isinstance(document, str) else json.dumps(document)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's JSON-LD parser uses ConjunctiveGraph
        return Graph().parse(data=tekst, format="json-ld")


def zelfde_graaf(een: Graph, twee: Graph) -> bool:
    """Isomorphic once `prov:generatedAtTime` (when the snapshot was made) is left out."""
    for g in (een, twee):
        g.remove((None, PROV.generatedAtTime, None))
    if isomorphic(een, twee):
        return True
    from rdflib.compare import graph_diff

    _, alleen_een, alleen_twee = graph_diff(to_isomorphic(een), to_isomorphic(twee))
    print("alleen in de eerste:", alleen_een.serialize(format="nt")[:3000])
    print("alleen in de tweede:", alleen_twee.serialize(format="nt")[:3000])
    return False
