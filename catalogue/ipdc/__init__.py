"""IPDC-LPDC JSON-LD exchange of the rights catalogue.

- `context`: namespaces, minted IRIs, the embedded JSON-LD context (official terms + ours under `rv:`);
- `codelijsten`: the official code lists and our mapping to them (themes, levels, NIS/NUTS areas);
- `export` (+ `export_knopen`): published rights → instance snapshots conforming to the official SHACL shape;
- `lezen`: a file → an RDF graph, offline, refusing unreadable files as a whole;
- `import_` (+ `import_knopen`): a graph → candidate records, each accepted or rejected with a reason;
- `importeer`: candidates → the store, one transaction per record;
- `cli`: `rechten catalogus export [-o FILE]` and `rechten catalogus import FILE`.
"""

__all__: list[str] = []
