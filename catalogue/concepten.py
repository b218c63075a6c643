"""The bundled concepts (templates for local rights): read and check `catalogue/data/concepten/*.yaml`.

A concept has the shape of a right (`ConceptRecord`) without territory or contact; a local right names its
concept in `concept:`. `python -m catalogue.concepten` lists problems and which concept codes the local rights
use without a concept file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from catalogue.bundel import BUNDEL_DIR
from catalogue.schema import ConceptRecord
from rechten.validatie import veldfouten

__all__ = ["CONCEPTEN_DIR", "Concepten", "gebruikte_concepten", "lees_concepten"]

CONCEPTEN_DIR = Path(__file__).parent / "data" / "concepten"
# libyaml's loader when PyYAML was built with it: several times faster on the whole bundle.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Concepten:
    records: dict[str, ConceptRecord] = field(default_factory=dict)
    fouten: dict[str, list[str]] = field(default_factory=dict)


def lees_concepten(map_: Path = CONCEPTEN_DIR) -> Concepten:
    """Every concept file, validated; problems per file."""
    uit = Concepten()
    for pad in sorted(map_.glob("*.yaml")):
        try:
            record = ConceptRecord.model_validate(yaml.load(pad.read_text(encoding="utf-8"), Loader=YAML_LOADER))
        except yaml.YAMLError as exc:
            uit.fouten[pad.name] = [f"geen geldige YAML: {exc}"]
            continue
        except ValidationError as exc:
            uit.fouten[pad.name] = [f"{f['veld'] or '(record)'}: {f['fout']}" for f in veldfouten(exc.errors())]
            continue
        if pad.stem != record.code:
            uit.fouten[pad.name] = [f"bestandsnaam moet {record.code}.yaml zijn"]
            continue
        uit.records[record.code] = record
    return uit


def gebruikte_concepten(map_: Path = BUNDEL_DIR) -> dict[str, list[str]]:
    """Concept code → the bundled rights files that name it (read without validating the rights)."""
    gebruik: dict[str, list[str]] = {}
    for pad in sorted(map_.rglob("*.yaml")):
        try:
            data = yaml.load(pad.read_text(encoding="utf-8"), Loader=YAML_LOADER)
        except yaml.YAMLError:
            continue
        if isinstance(data, dict) and isinstance(data.get("concept"), str):
            gebruik.setdefault(data["concept"], []).append(str(pad.relative_to(map_)))
    return gebruik


def main() -> int:
    concepten = lees_concepten()
    for bestand, problemen in sorted(concepten.fouten.items()):
        print(f"✗ {bestand}: " + "; ".join(problemen))
    ontbrekend = {c: b for c, b in gebruikte_concepten().items() if c not in concepten.records}
    for code, bestanden in sorted(ontbrekend.items()):
        print(f"✗ concept {code!r} ontbreekt (gebruikt in {', '.join(bestanden)})")
    print(f"{len(concepten.records)} concepten, {len(concepten.fouten)} ongeldig, {len(ontbrekend)} ontbrekend")
    return 1 if concepten.fouten or ontbrekend else 0


if __name__ == "__main__":
    sys.exit(main())
