"""SHACL check of an export with pyshacl: official shapes, official code lists merged into the data graph.

Merging the code lists makes `sh:class skos:Concept` bite: an IRI outside the lists is not a `skos:Concept`
in the data graph and is reported. Focus nodes are counted with pyshacl's own targeting, so a test can assert
that the validation looked at every exported snapshot (no focus nodes proves nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyshacl import validate
from pyshacl.shapes_graph import ShapesGraph
from rdflib import Graph, Namespace, URIRef

from catalogue.ipdc.codelijsten import codelijst_bestanden

__all__ = ["Uitslag", "codelijsten_graaf", "valideer"]

SHACL_DIR = Path(__file__).resolve().parents[3] / "catalogue" / "data" / "ipdc" / "shacl"
OSS = Namespace("https://data.vlaanderen.be/doc/implementatiemodel/ipdc-lpdc/ontwerpstandaard/2024-01-11#")
HOOFDVORM = {"instantie": OSS.InstancePublicServiceShape, "concept": OSS.ConceptualPublicServiceShape}


@dataclass
class Uitslag:
    conform: bool
    focusknopen: int  # nodes the main shape (instance or concept) targeted
    rapport: str
    resultaten: Graph


@lru_cache(maxsize=2)
def _vormen(soort: str) -> Graph:
    return Graph().parse(SHACL_DIR / f"{soort}-shape.ttl", format="turtle")


@lru_cache(maxsize=1)
def _codelijsten_nt() -> str:
    g = Graph()
    for pad in codelijst_bestanden():
        g.parse(pad, format="turtle")
    return g.serialize(format="nt")


def codelijsten_graaf() -> Graph:
    """A fresh graph holding every official code list."""
    return Graph().parse(data=_codelijsten_nt(), format="nt")


def valideer(data: Graph, *, soort: str = "instantie") -> Uitslag:
    """Validate `data` (code lists are added to a copy) against the official instance or concept shapes."""
    graaf = codelijsten_graaf()
    for triple in data:
        graaf.add(triple)
    vormen = _vormen(soort)
    conform, resultaten, rapport = validate(graaf, shacl_graph=vormen, inference="none", allow_warnings=False)
    hoofd = next(v for v in ShapesGraph(vormen).shapes if v.node == URIRef(HOOFDVORM[soort]))
    focus = len(set(hoofd.focus_nodes(graaf)))
    return Uitslag(bool(conform), focus, str(rapport), resultaten)
