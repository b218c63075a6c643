"""Search latency of the rights catalogue (GET /api/v1/rechten's work): median and p95, on SQLite.

1. The bundled catalogue (catalogue/data), loaded as on a first start.
2. A generated catalogue of 20,000 published rights for 300 municipalities (about 66 local rights each plus
   federal, Flemish and provincial ones), written straight into the tables and the full-text index.

Each query runs the whole search (filters, full text, ranking, count) and builds the result summaries, as the
API does. Target: p95 ≤ 30 ms for a query with a municipality filter on SQLite.

    .venv/bin/python bench/catalogue.py [--rechten 20000] [--gemeenten 300] [--herhalingen 200] [--postgres URL]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text
from sqlmodel import Session

from catalogue.db import maak_engine, migrate
from catalogue.gemeenten import gemeenten, normaliseer
from catalogue.laden import laad_catalogus
from catalogue.publicatie import gebied_codes
from catalogue.publiek import samenvatting
from catalogue.zoeken import zoek, zoekgebied, zoekvelden

DOEL_P95_MS = 30.0
PEIL = date(2026, 6, 1)
CONCEPTEN = [
    ("uitpas-kansentarief", "UiTPAS met kansentarief", "CultuurSportVrijeTijd"),
    ("mantelzorgpremie", "Mantelzorgpremie", "WelzijnGezondheid"),
    ("ocmw-aanvullende-steun", "Aanvullende financiële steun van het OCMW", "WelzijnGezondheid"),
    ("lokale-energietoelage", "Energietoelage", "MilieuEnergie"),
    ("lokale-watertoelage", "Watertoelage", "MilieuEnergie"),
    ("stookolietoelage-lokaal", "Hulp bij stookolie", "MilieuEnergie"),
    ("kinderopvang-kortingstarief", "Korting op kinderopvang", "WelzijnGezondheid"),
    ("vrijetijdsparticipatie", "Tussenkomst voor vrije tijd", "CultuurSportVrijeTijd"),
    ("schoolkosten-tussenkomst", "Tussenkomst in schoolkosten", "OnderwijsWetenschap"),
    ("budgetbegeleiding", "Budgetbegeleiding", "WelzijnGezondheid"),
    ("sociale-kruidenier", "Sociale kruidenier", "WelzijnGezondheid"),
    ("huurpremie-lokaal", "Huurpremie", "BouwenWonen"),
    ("premie-personen-met-handicap", "Premie voor personen met een handicap", "WelzijnGezondheid"),
    ("sociaal-restaurant", "Sociaal restaurant", "WelzijnGezondheid"),
]
_WOORDENLIJST = (
    "inkomen leefloon ocmw premie toelage korting tarief huur woning energie water gas elektriciteit verwarming "
    "kinderen gezin ouders senioren mantelzorg zorg handicap school opvang sport cultuur jeugd vrije tijd kamp "
    "lidgeld attest aanvraag formulier sociaal onderzoek maatschappelijk werker budget schulden bemiddeling "
    "verhoogde tegemoetkoming ziekenfonds apotheek dokter vervoer bus abonnement maaltijd voeding kruidenier "
    "referentieadres dakloos inschrijving bevolkingsregister werkzoekende opleiding studietoelage groeipakket "
    "jaarlijks maandelijks eenmalig bedrag euro grens gezinsinkomen personen ten laste bewijs identiteitskaart"
)
WOORDEN = _WOORDENLIJST.split()
VRAGEN = ["premie", "kinderopvang", "energie toelage", "mantelzorgers", "vt", "sociaal restaurant", "huur",
          "schoolkosten kinderen", "ocmw steun", "uitpas"]  # fmt: skip
SOCIALE = ["laag-inkomen", "leefloners", "senioren", "gezinnen-met-kinderen", "mantelzorgers", "huurders"]


def _record(code: str, naam: str, niveau: str, gebied: list[str], thema: str, rnd: random.Random) -> dict:
    tekst = " ".join(rnd.choice(WOORDEN) for _ in range(rnd.randint(40, 120)))
    record = {
        "code": code, "naam": {"nl": naam, "fr": None, "en": None},
        "beschrijving": {"nl": tekst.capitalize() + ".", "fr": None, "en": None}, "niveau": niveau,
        "uitvoerend_niveau": ["lokaal"], "bevoegde_overheid": {"naam": "Bestuur", "uri": None}, "gebied": gebied,
        "themas": [thema], "doelgroepen": ["Burger"], "sociale_doelgroepen": rnd.sample(SOCIALE, 2),
        "zoektermen": rnd.sample(WOORDEN, 5), "voorwaarden": [], "automatisch": rnd.random() < 0.2,
        "voorwaarde": {"alle": [{"veld": "aanvrager.leeftijd", "op": ">=", "waarde": rnd.choice([18, 65])},
                                {"heeft_recht": "verhoogde-tegemoetkoming"}]} if rnd.random() < 0.5 else None,
        "bron_url": "https://example.org/recht", "laatst_geverifieerd": "2026-01-15", "status": "gepubliceerd",
    }  # fmt: skip
    return record


def genereer(engine, aantal: int, n_gemeenten: int, seed: int = 4) -> list[str]:
    """Write `aantal` published rights for `n_gemeenten` of the 565 municipalities of 2025; returns their codes."""
    rnd = random.Random(seed)
    register = gemeenten()
    actueel = sorted(g.nis for g in register.per_nis.values() if g.geldig_op(PEIL))
    gekozen = rnd.sample(actueel, n_gemeenten)
    hoger = 200
    records = []
    for i in range(hoger):
        niveau = ("federaal", "vlaams", "provinciaal")[i % 3]
        gebied = [rnd.choice(["BE21", "BE22", "BE23", "BE24", "BE25"])] if niveau == "provinciaal" else []
        code, naam, thema = rnd.choice(CONCEPTEN)
        records.append(_record(f"{niveau}-{code}-{i}", f"{naam} ({niveau} {i})", niveau, gebied, thema, rnd))
    per_gemeente = (aantal - hoger) // n_gemeenten
    for nis in gekozen:
        stad = register.get(nis).naam_nl
        for j in range(per_gemeente):
            code, naam, thema = CONCEPTEN[j % len(CONCEPTEN)]
            records.append(_record(f"g{nis}-{code}-{j}", f"{naam} {stad}", "lokaal", [nis], thema, rnd))
    nu = datetime.now(UTC)
    with engine.begin() as conn:
        recht, pub, gebied, label, zoekrij = [], [], [], [], []
        for nr, r in enumerate(records, start=1):
            rid, js = str(uuid.uuid4()), json.dumps(r)
            recht.append({"nr": nr, "id": rid, "code": r["code"], "record": js, "naam": r["naam"]["nl"],
                          "niveau": r["niveau"], "nu": nu})  # fmt: skip
            pub.append({"nr": nr, "id": rid, "code": r["code"], "record": js, "naam": r["naam"]["nl"],
                        "sort": normaliseer(r["naam"]["nl"]), "niveau": r["niveau"], "auto": r["automatisch"],
                        "nu": nu})  # fmt: skip
            gebied += [{"nr": nr, "code": c} for c in gebied_codes(r)]
            label += [{"nr": nr, "s": "thema", "w": t} for t in r["themas"]]
            label += [{"nr": nr, "s": "doelgroep", "w": d} for d in r["doelgroepen"]]
            label += [{"nr": nr, "s": "sociale_doelgroep", "w": s} for s in r["sociale_doelgroepen"]]
            zoekrij.append({"nr": nr, **zoekvelden(r)})
        conn.execute(text(
            "INSERT INTO recht (nr, id, soort, code, status, versie, record, naam, niveau, laatst_geverifieerd, "
            "herziening_nodig, bron, gepubliceerde_versie, aangemaakt_op, gewijzigd_op, gepubliceerd_op) VALUES "
            "(:nr, :id, 'instantie', :code, 'gepubliceerd', 1, :record, :naam, :niveau, '2026-01-15', false, "
            "'bench', 1, :nu, :nu, :nu)"), recht)  # fmt: skip
        conn.execute(text(
            "INSERT INTO recht_publicatie (recht_nr, id, code, versie, record, naam, naam_sort, niveau, automatisch, "
            "laatst_geverifieerd, gewijzigd_op, gepubliceerd_op) VALUES (:nr, :id, :code, 1, :record, :naam, :sort, "
            ":niveau, :auto, '2026-01-15', :nu, :nu)"), pub)  # fmt: skip
        conn.execute(text("INSERT INTO recht_gebied (recht_nr, code) VALUES (:nr, :code)"), gebied)
        conn.execute(text("INSERT INTO recht_label (recht_nr, soort, waarde) VALUES (:nr, :s, :w)"), label)
        if engine.dialect.name == "sqlite":
            conn.execute(text("INSERT INTO recht_zoek (rowid, naam, termen, beschrijving, voorwaarden) "
                              "VALUES (:nr, :naam, :termen, :beschrijving, :voorwaarden)"), zoekrij)  # fmt: skip
        else:
            for rij in zoekrij:
                rij["alles"] = rij["naam"] + rij["termen"] + rij["beschrijving"] + rij["voorwaarden"]
            invoegen = text("INSERT INTO recht_zoek (recht_nr, naam, termen, beschrijving, voorwaarden, alles) "
                            "VALUES (:nr, :naam, :termen, :beschrijving, :voorwaarden, :alles)")  # fmt: skip
            conn.execute(invoegen, zoekrij)
        if engine.dialect.name == "postgresql":
            conn.execute(text("ANALYZE"))
    return gekozen


def meet(engine, vragen: list[dict], herhalingen: int) -> list[float]:
    """Milliseconds per search (search + count + summaries), after a warm-up round."""
    tijden = []
    with Session(engine) as sessie:
        for v in vragen[:10]:
            _zoek(sessie, v)
        for i in range(herhalingen):
            v = vragen[i % len(vragen)]
            t = time.perf_counter()
            _zoek(sessie, v)
            tijden.append((time.perf_counter() - t) * 1000)
    return tijden


def _zoek(sessie, v: dict) -> int:
    gebieden = zoekgebied(v["gemeente"], PEIL) if v.get("gemeente") else None
    treffers, totaal = zoek(sessie, q=v.get("q"), gebieden=gebieden, themas=v.get("themas", ()), peildatum=PEIL,
                            limit=20)  # fmt: skip
    [samenvatting(t.id, t.record, vandaag=PEIL) for t in treffers]
    return totaal


def _p(tijden: list[float], q: float) -> float:
    return statistics.quantiles(tijden, n=100, method="inclusive")[int(q) - 1]


def rapport(naam: str, tijden: list[float], *, doel: bool = False) -> float:
    p50, p95 = statistics.median(tijden), _p(tijden, 95)
    regel = f"  {naam:<52} mediaan {p50:6.2f} ms   p95 {p95:6.2f} ms   max {max(tijden):6.1f} ms"
    if doel:
        regel += f"   p95/doel {p95 / DOEL_P95_MS:4.2f} ({'OK' if p95 <= DOEL_P95_MS else 'TE TRAAG'})"
    print(regel)
    return p95


def reeksen(gemeenten_: list[str], rnd: random.Random) -> dict[str, list[dict]]:
    return {
        "gemeente (bladeren, geen zoektekst)": [{"gemeente": rnd.choice(gemeenten_)} for _ in range(50)],
        "gemeente + zoektekst": [{"gemeente": rnd.choice(gemeenten_), "q": rnd.choice(VRAGEN)} for _ in range(50)],
        "gemeente + thema + zoektekst": [
            {"gemeente": rnd.choice(gemeenten_), "q": rnd.choice(VRAGEN), "themas": ["WelzijnGezondheid"]}
            for _ in range(50)
        ],
        "zoektekst zonder gemeente": [{"q": rnd.choice(VRAGEN)} for _ in range(50)],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rechten", type=int, default=20_000)
    parser.add_argument("--gemeenten", type=int, default=300)
    parser.add_argument("--herhalingen", type=int, default=200)
    parser.add_argument("--postgres", help="also measure on this (empty, throw-away) PostgreSQL database URL")
    args = parser.parse_args()
    rnd = random.Random(7)
    gehaald = True
    with tempfile.TemporaryDirectory() as map_:
        engine = maak_engine(f"sqlite:///{Path(map_) / 'bundel.db'}")
        migrate(engine)
        t = time.perf_counter()
        verslag = laad_catalogus(engine)
        print(f"Gebundelde catalogus: {verslag.geladen} records geladen in {time.perf_counter() - t:.2f} s (SQLite)")
        steden = ["44021", "11002", "71072", "24062", "31005", "73040", "62063", "46030"]
        for naam, vragen in reeksen(steden, rnd).items():
            p95 = rapport(naam, meet(engine, vragen, args.herhalingen), doel=naam.startswith("gemeente"))
            gehaald &= p95 <= DOEL_P95_MS or not naam.startswith("gemeente")
        engine.dispose()

        doelen = [("SQLite", f"sqlite:///{Path(map_) / 'groot.db'}")]
        if args.postgres:
            doelen.append(("PostgreSQL", args.postgres))
        for soort, url in doelen:
            engine = maak_engine(url)
            migrate(engine)
            t = time.perf_counter()
            gekozen = genereer(engine, args.rechten, args.gemeenten)
            print(f"Gegenereerde catalogus ({soort}): {args.rechten} rechten voor {args.gemeenten} gemeenten, "
                  f"geschreven in {time.perf_counter() - t:.1f} s")  # fmt: skip
            for naam, vragen in reeksen(gekozen, rnd).items():
                p95 = rapport(naam, meet(engine, vragen, args.herhalingen), doel=naam.startswith("gemeente"))
                if soort == "SQLite" and naam.startswith("gemeente"):
                    gehaald &= p95 <= DOEL_P95_MS
            engine.dispose()
    print(f"Doel p95 ≤ {DOEL_P95_MS:.0f} ms met gemeentefilter op SQLite: {'gehaald' if gehaald else 'NIET gehaald'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
