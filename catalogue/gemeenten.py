"""Belgian municipalities: NIS codes, names, province, postcodes and the 2019/2025 mergers (reference data).

Read once from `catalogue/data/gemeenten/` (the 2020 list, `fusies.yaml`, `postcodes.csv`) and the IPDC
geography code list (start/end dates, NUTS3). Municipalities are immutable reference data, like code lists, so
they live in memory rather than in the database: lookups take microseconds and need no migration.

Merger semantics (`omvattende_gebieden`, `deelgebieden`): a right of a merged municipality applies to its whole
new territory (so to someone living in one of the old municipalities), a right of an old municipality only to
its old part (so for someone in the new municipality it *may* apply).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

__all__ = ["Gemeente", "Gemeenten", "gemeenten", "normaliseer"]

DATA_DIR = Path(__file__).parent / "data"
GEMEENTEN_CSV = DATA_DIR / "gemeenten" / "belgian_municipalities_2020.csv"
FUSIES_YAML = DATA_DIR / "gemeenten" / "fusies.yaml"
POSTCODES_CSV = DATA_DIR / "gemeenten" / "postcodes.csv"
GEOGRAFIE_TTL = DATA_DIR / "ipdc" / "codelijsten" / "geografisch-toepassingsgebied.ttl"

PROVINCIES = {  # province (NL) → (FR, NUTS2)
    "Antwerpen": ("Anvers", "BE21"),
    "Limburg": ("Limbourg", "BE22"),
    "Oost-Vlaanderen": ("Flandre orientale", "BE23"),
    "Vlaams-Brabant": ("Brabant flamand", "BE24"),
    "West-Vlaanderen": ("Flandre occidentale", "BE25"),
    "Waals-Brabant": ("Brabant wallon", "BE31"),
    "Henegouwen": ("Hainaut", "BE32"),
    "Luik": ("Liège", "BE33"),
    "Luxemburg": ("Luxembourg", "BE34"),
    "Namen": ("Namur", "BE35"),
}
GEWESTEN = {  # NUTS1 → (NL, FR)
    "BE1": ("Brussels Hoofdstedelijk Gewest", "Région de Bruxelles-Capitale"),
    "BE2": ("Vlaams Gewest", "Région flamande"),
    "BE3": ("Waals Gewest", "Région wallonne"),
}
_NIS_PROVINCIE = (("21", None), ("23", "Vlaams-Brabant"), ("24", "Vlaams-Brabant"), ("25", "Waals-Brabant"),
                  ("1", "Antwerpen"), ("3", "West-Vlaanderen"), ("4", "Oost-Vlaanderen"), ("5", "Henegouwen"),
                  ("6", "Luik"), ("7", "Limburg"), ("8", "Luxemburg"), ("9", "Namen"))  # fmt: skip


def normaliseer(tekst: str) -> str:
    """Lower case without accents or punctuation: `’s Gravenbrakel` → `s gravenbrakel`."""
    tekst = tekst.replace("’", "'").replace("‘", "'")
    tekst = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", tekst).strip()


@dataclass(frozen=True)
class Gemeente:
    """One municipality as it existed between `geldig_vanaf` and `geldig_tot` (None = open)."""

    nis: str
    naam_nl: str
    naam_fr: str
    provincie_nl: str | None  # None for the Brussels Region
    provincie_fr: str | None
    provincie_nuts: str  # BE21…BE35; BE10 for Brussels
    gewest_nuts: str  # BE1, BE2, BE3
    nuts3: str | None = None  # arrondissement level, from the IPDC list (Flanders only)
    arrondissement_nl: str | None = None
    inwoners: int | None = None  # 2020
    postcodes: tuple[str, ...] = ()
    geldig_vanaf: date | None = None
    geldig_tot: date | None = None
    opgegaan_in: str | None = None  # NIS code of the merged municipality it became part of
    fusiedatum: date | None = None  # when it became part of `opgegaan_in`
    samengesteld_uit: tuple[str, ...] = ()  # for a merged municipality: the old ones (itself if it kept its code)
    samengesteld_op: date | None = None

    @property
    def hoofdpostcode(self) -> str | None:
        return self.postcodes[0] if self.postcodes else None

    @property
    def gewest_nl(self) -> str:
        return GEWESTEN[self.gewest_nuts][0]

    def geldig_op(self, peildatum: date) -> bool:
        return (self.geldig_vanaf is None or self.geldig_vanaf <= peildatum) and (
            self.geldig_tot is None or peildatum <= self.geldig_tot
        )


@dataclass
class Gemeenten:
    """The registry: lookup by NIS code, postcode or name, and the areas containing a municipality."""

    per_nis: dict[str, Gemeente]
    postcode_nis: dict[str, str] = field(default_factory=dict)  # postcode → current municipality
    postcode_oud: dict[str, str] = field(default_factory=dict)  # postcode → municipality before its merger

    def get(self, nis: str) -> Gemeente | None:
        return self.per_nis.get(nis)

    def alle(self) -> list[Gemeente]:
        return sorted(self.per_nis.values(), key=lambda g: (normaliseer(g.naam_nl), g.nis))

    def op_postcode(self, postcode: str) -> list[Gemeente]:
        """The municipality of a postcode now, then (for merged ones) the one before the merger."""
        codes = [self.postcode_nis.get(postcode), self.postcode_oud.get(postcode)]
        return [self.per_nis[c] for c in dict.fromkeys(codes) if c and c in self.per_nis]

    def precies(self, code: str) -> Gemeente | None:
        """A NIS code, or a postcode resolved to the most precise municipality (the pre-merger one if any)."""
        if len(code) == 5:
            return self.get(code)
        gevonden = self.op_postcode(code)
        return gevonden[-1] if gevonden else None

    def zoek(self, q: str, *, limit: int = 20, peildatum: date | None = None) -> list[Gemeente]:
        """By NIS code (5 digits), postcode (4 digits) or name prefix in Dutch or French.

        A name matches when the query is a prefix of the name or of one of its parts (`kruibeke` finds
        Beveren-Kruibeke-Zwijndrecht). Exact names first, then municipalities existing at `peildatum`.
        """
        q = q.strip()
        if re.fullmatch(r"\d{5}", q):
            g = self.get(q)
            return [g] if g else []
        if re.fullmatch(r"\d{4}", q):
            return self.op_postcode(q)[:limit]
        sleutel = normaliseer(q)
        if not sleutel:
            return []
        peildatum = peildatum or date.today()
        treffers = []
        for g in self.per_nis.values():
            namen = {normaliseer(g.naam_nl), normaliseer(g.naam_fr)}
            if any(n == sleutel for n in namen):
                rang = 0
            elif any(n.startswith(sleutel) for n in namen):
                rang = 1
            elif any(deel.startswith(sleutel) for n in namen for deel in n.split()[1:]):
                rang = 2
            else:
                continue
            treffers.append((rang, not g.geldig_op(peildatum), normaliseer(g.naam_nl), g.nis, g))
        treffers.sort(key=lambda t: t[:4])
        return [t[-1] for t in treffers[:limit]]

    def naam(self, code: str) -> str | None:
        """Dutch name of a municipality (NIS code); None for other codes."""
        g = self.get(code)
        return g.naam_nl if g else None

    def actueel(self, nis: str, peildatum: date) -> Gemeente | None:
        """The municipality that covers `nis` at `peildatum` (its successor after a merger)."""
        g = self.get(nis)
        while g and g.opgegaan_in and g.fusiedatum and peildatum >= g.fusiedatum and g.opgegaan_in != g.nis:
            g = self.get(g.opgegaan_in)
        return g

    def omvattende_gebieden(self, nis: str, peildatum: date) -> frozenset[str]:
        """Every NIS/NUTS code whose territory contains all of municipality `nis` at `peildatum`.

        Itself, the municipality it merged into (from the merger date), and the arrondissement, province, region
        and country of the municipality covering it at that date (Zwijndrecht moved from Antwerp province to
        East Flanders with its merger). An unknown code only contains itself and Belgium.
        """
        g = self.get(nis)
        if g is None:
            return frozenset({nis, "BE"})
        codes = {nis, "BE"}
        huidig = g
        while huidig.opgegaan_in and huidig.fusiedatum and peildatum >= huidig.fusiedatum:
            codes.add(huidig.opgegaan_in)
            volgende = self.get(huidig.opgegaan_in)
            if volgende is None or volgende is huidig:
                break
            huidig = volgende
        codes |= {huidig.provincie_nuts, huidig.gewest_nuts}
        if huidig.nuts3:
            codes.add(huidig.nuts3)
        return frozenset(codes)

    def deelgebieden(self, nis: str, peildatum: date) -> frozenset[str]:
        """The old municipalities inside a merged one at `peildatum`: their rights apply to part of it."""
        g = self.get(nis)
        if g is None or not g.samengesteld_uit or (g.samengesteld_op and peildatum < g.samengesteld_op):
            return frozenset()
        delen: set[str] = set()
        for oud in g.samengesteld_uit:
            if oud != nis:
                delen.add(oud)
                delen |= self.deelgebieden(oud, peildatum)
        return frozenset(delen)


def _provincie(nis: str, naam_2020: str | None) -> tuple[str | None, str | None, str, str]:
    naam = naam_2020 if naam_2020 and naam_2020 != "0" else None
    if naam is None:
        naam = next((p for prefix, p in _NIS_PROVINCIE if nis.startswith(prefix)), None)
    if naam is None:
        return None, None, "BE10", "BE1"
    fr, nuts = PROVINCIES[naam]
    return naam, fr, nuts, nuts[:3]


def _lees_ttl() -> dict[str, dict]:
    """NIS → {label, nuts3, begin, einde} from the IPDC geography list (plain regexes: fast, no RDF parse)."""
    tekst = GEOGRAFIE_TTL.read_text(encoding="utf-8")
    uit: dict[str, dict] = {}
    for blok in re.split(r"\n(?=nuts:)", tekst):
        kop = re.match(r"nuts:(BE\w+)", blok)
        notatie = re.search(r'skos:notation\s+"(\d{5})"', blok)
        if not kop or not notatie:
            continue
        label = re.search(r'skos:prefLabel\s+"([^"]+)"@nl', blok)
        begin = re.search(r'time:hasBeginning\s+"(\d{4}-\d{2}-\d{2})"', blok)
        einde = re.search(r'time:hasEnd\s+"(\d{4}-\d{2}-\d{2})"', blok)
        uit[notatie.group(1)] = {
            "label": label.group(1) if label else None,
            "nuts3": kop.group(1)[:5],
            "begin": date.fromisoformat(begin.group(1)) if begin else None,
            "einde": date.fromisoformat(einde.group(1)) if einde else None,
        }
    return uit


@lru_cache(maxsize=1)
def gemeenten() -> Gemeenten:
    """The registry, built once per process from the data files."""
    ttl = _lees_ttl()
    fusies = yaml.safe_load(FUSIES_YAML.read_text(encoding="utf-8"))["fusies"]
    postcodes: dict[str, list[str]] = {}
    postcode_nis: dict[str, str] = {}
    postcode_oud: dict[str, str] = {}
    with POSTCODES_CSV.open(encoding="utf-8") as f:
        for rij in csv.DictReader(f):
            postcode_nis[rij["postcode"]] = rij["nis"]
            postcodes.setdefault(rij["nis"], []).append(rij["postcode"])
            if rij["nis_voor_fusie"]:
                postcode_oud[rij["postcode"]] = rij["nis_voor_fusie"]
                postcodes.setdefault(rij["nis_voor_fusie"], []).append(rij["postcode"])

    velden: dict[str, dict] = {}
    with GEMEENTEN_CSV.open(encoding="utf-8") as f:
        for rij in csv.DictReader(f):
            nis = rij["NIS_code"]
            velden[nis] = {
                "naam_nl": rij["municipality_NL"],
                "naam_fr": rij["municipality_FR"],
                "provincie": rij["province_NL"],
                "arrondissement_nl": rij["arrondissement_NL"],
                "inwoners": int(rij["inhabitants"]) if rij["inhabitants"].isdigit() else None,
            }
    opgegaan: dict[str, tuple[str, date]] = {}
    for fusie in fusies:
        nieuw, datum = fusie["nieuw"], fusie["datum"]
        for oud in fusie["oud"]:
            if oud != nieuw["nis"]:
                opgegaan[oud] = (nieuw["nis"], datum)
            if oud not in velden:  # pre-2019 municipalities: names from the IPDC list
                velden[oud] = {"naam_nl": ttl[oud]["label"], "naam_fr": ttl[oud]["label"]}
        if nieuw["nis"] not in velden:
            velden[nieuw["nis"]] = {"naam_nl": nieuw["nl"], "naam_fr": nieuw["fr"]}
        velden[nieuw["nis"]]["samengesteld_uit"] = tuple(fusie["oud"])
        velden[nieuw["nis"]]["samengesteld_op"] = datum

    per_nis = {}
    for nis, v in velden.items():
        info = ttl.get(nis, {})
        provincie_nl, provincie_fr, provincie_nuts, gewest = _provincie(nis, v.get("provincie"))
        naar = opgegaan.get(nis)
        per_nis[nis] = Gemeente(
            nis=nis,
            naam_nl=v["naam_nl"],
            naam_fr=v["naam_fr"],
            provincie_nl=provincie_nl,
            provincie_fr=provincie_fr,
            provincie_nuts=provincie_nuts,
            gewest_nuts=gewest,
            nuts3=info.get("nuts3"),
            arrondissement_nl=v.get("arrondissement_nl"),
            inwoners=v.get("inwoners"),
            postcodes=tuple(sorted(set(postcodes.get(nis, ())))),
            geldig_vanaf=info.get("begin")
            or (v.get("samengesteld_op") if nis not in v.get("samengesteld_uit", (nis,)) else None),
            geldig_tot=info.get("einde") or (naar[1] - timedelta(days=1) if naar else None),
            opgegaan_in=naar[0] if naar else None,
            fusiedatum=naar[1] if naar else None,
            samengesteld_uit=v.get("samengesteld_uit", ()),
            samengesteld_op=v.get("samengesteld_op"),
        )
    return Gemeenten(per_nis=per_nis, postcode_nis=postcode_nis, postcode_oud=postcode_oud)
