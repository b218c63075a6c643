"""The bundled catalogue: read and check every YAML record under `catalogue/data/rechten/` (no database).

`python -m catalogue.bundel` lists every problem per file and a summary; exit code 1 when any file is invalid.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from catalogue.schema import RechtRecord
from rechten.validatie import veldfouten

__all__ = ["BUNDEL_DIR", "Bundel", "bekende_gebieden", "lees_bundel"]

DATA_DIR = Path(__file__).parent / "data"
BUNDEL_DIR = DATA_DIR / "rechten"
CENTRUMSTEDEN = {
    "41002": "Aalst",
    "11002": "Antwerpen",
    "31005": "Brugge",
    "71016": "Genk",
    "44021": "Gent",
    "71022": "Hasselt",
    "71072": "Hasselt",  # since 2025-01-01 (merged with Kortessem)
    "34022": "Kortrijk",
    "24062": "Leuven",
    "12025": "Mechelen",
    "35013": "Oostende",
    "36015": "Roeselare",
    "46021": "Sint-Niklaas",
    "13040": "Turnhout",
}
# NUTS codes of Belgium, its regions and provinces; arrondissement codes (BE236...) extend a province code.
NUTS = frozenset(
    {"BE", "BE1", "BE2", "BE3", "BE10"} | {f"BE2{i}" for i in range(1, 6)} | {f"BE3{i}" for i in range(1, 6)}
)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: several times faster


@lru_cache(maxsize=1)
def bekende_gebieden() -> frozenset[str]:
    """NIS codes of every municipality the registry knows (2020 and the mergers since), plus NUTS area codes."""
    from catalogue.gemeenten import gemeenten

    return frozenset({g.nis for g in gemeenten().alle()} | NUTS)


def _gebied_bekend(code: str, bekend: frozenset[str]) -> bool:
    return code in bekend or (code.startswith("BE") and len(code) == 5 and code[:4] in bekend)


@dataclass
class Bundel:
    records: dict[str, RechtRecord] = field(default_factory=dict)  # by code
    bestanden: dict[str, Path] = field(default_factory=dict)  # code → file
    fouten: dict[str, list[str]] = field(default_factory=dict)  # file → problems

    @property
    def geldig(self) -> bool:
        return not self.fouten


def lees_bundel(map_: Path = BUNDEL_DIR) -> Bundel:
    """Read every `*.yaml` under `map_` (one record per file) and check each and all together."""
    bundel = Bundel()
    for pad in sorted(map_.rglob("*.yaml")):
        naam = str(pad.relative_to(map_))
        try:
            data = yaml.load(pad.read_text(encoding="utf-8"), Loader=YAML_LOADER)
            record = RechtRecord.model_validate(data)
        except yaml.YAMLError as exc:
            bundel.fouten.setdefault(naam, []).append(f"geen geldige YAML: {exc}")
            continue
        except ValidationError as exc:
            bundel.fouten.setdefault(naam, []).extend(
                f"{f['veld'] or '(record)'}: {f['fout']}" for f in veldfouten(exc.errors())
            )
            continue
        if pad.stem != record.code:
            bundel.fouten.setdefault(naam, []).append(f"bestandsnaam moet {record.code}.yaml zijn")
        if record.code in bundel.records:
            bundel.fouten.setdefault(naam, []).append(
                f"code {record.code} komt ook voor in {bundel.bestanden[record.code]}"
            )
            continue
        bundel.records[record.code] = record
        bundel.bestanden[record.code] = pad.relative_to(map_)
    _kruiscontrole(bundel)
    return bundel


def _verwezen_codes(voorwaarde) -> set[str]:
    codes: set[str] = set()
    if isinstance(voorwaarde, dict):
        if "heeft_recht" in voorwaarde:
            codes.add(voorwaarde["heeft_recht"])
        for waarde in voorwaarde.values():
            codes |= _verwezen_codes(waarde)
    elif isinstance(voorwaarde, list):
        for item in voorwaarde:
            codes |= _verwezen_codes(item)
    return codes


def _woont_in_codes(voorwaarde) -> set[str]:
    codes: set[str] = set()
    if isinstance(voorwaarde, dict):
        codes |= set(voorwaarde.get("woont_in", []))
        for waarde in voorwaarde.values():
            codes |= _woont_in_codes(waarde)
    elif isinstance(voorwaarde, list):
        for item in voorwaarde:
            codes |= _woont_in_codes(item)
    return codes


def _kruiscontrole(bundel: Bundel) -> None:
    gebieden = bekende_gebieden()
    for code, record in bundel.records.items():
        naam = str(bundel.bestanden[code])
        problemen = []
        verwezen = (
            _verwezen_codes(record.voorwaarde)
            | set(record.relaties.geeft_recht_op)
            | set(record.relaties.vereist)
            | set(record.relaties.sluit_uit)
        )
        for ander in sorted(verwezen - set(bundel.records)):
            problemen.append(f"verwijst naar onbekend recht {ander!r}")
        for gebied in sorted(set(record.gebied) | _woont_in_codes(record.voorwaarde)):
            if not _gebied_bekend(gebied, gebieden):
                problemen.append(f"onbekende NIS- of NUTS-code {gebied!r}")
        if problemen:
            bundel.fouten.setdefault(naam, []).extend(problemen)


def _samenvatting(bundel: Bundel) -> str:
    per_niveau = Counter(r.niveau.value for r in bundel.records.values())
    per_stad = Counter()
    for r in bundel.records.values():
        if r.niveau.value == "lokaal":
            for stad in {CENTRUMSTEDEN[nis] for nis in r.gebied if nis in CENTRUMSTEDEN}:
                per_stad[stad] += 1
    met_voorwaarde = sum(1 for r in bundel.records.values() if r.voorwaarde is not None)
    regels = [
        f"{len(bundel.records)} geldige rechten, {len(bundel.fouten)} bestanden met fouten",
        "per niveau: " + ", ".join(f"{k} {v}" for k, v in sorted(per_niveau.items())),
        f"met machineleesbare voorwaarde: {met_voorwaarde}",
        "centrumsteden (lokaal): " + ", ".join(f"{s} {per_stad[s]}" for s in sorted(set(CENTRUMSTEDEN.values()))),
    ]
    return "\n".join(regels)


def main() -> int:
    bundel = lees_bundel()
    for bestand, problemen in sorted(bundel.fouten.items()):
        print(f"✗ {bestand}")
        for p in problemen:
            print(f"    - {p}")
    print(_samenvatting(bundel))
    return 0 if bundel.geldig else 1


if __name__ == "__main__":
    sys.exit(main())
