"""Rights overview latency: one profile against the full bundled catalogue (POST /api/v1/overzicht's work).

The bundled catalogue is loaded into a fresh SQLite database, as on a first start. Then, for varied profiles (the 13
centrumsteden and a few other municipalities; people alone, couples and families; with and without incomes, with
random situation facts and rights already received), `maak_overzicht` runs in full: the catalogue-version marker
query, the compiled catalogue (cached per version), the leefloon advice, the durable-rules chaining, reasons,
order and ranked questions, and the JSON serialisation. Printed: the one-off compilation per catalogue version,
median and p95 per overview, and the chaining alone on durable-rules vs the pure-Python fixpoint.
Target: median ≤ 50 ms.

    .venv/bin/python bench/overzicht.py [--profielen 300] [--zaad 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlmodel import Session

from api.diensten.overzicht import catalogus, maak_overzicht
from catalogue.db import maak_engine, migrate
from catalogue.gemeenten import gemeenten
from catalogue.laden import laad_catalogus
from rechten.overzicht.beoordeling import fixpunt
from rechten.overzicht.samenstelling import begin
from rechten.profiel import Profiel
from rechten.situatie import VELDEN, Soort
from rules.leefloon import adviseer
from rules.overzicht import ketting

DOEL_MEDIAAN_MS = 50.0
GEMEENTEN = ["41002", "11002", "31005", "71016", "44021", "71072", "34022", "24062", "12025", "35013", "36015",
             "46021", "13040", "9000", "2018", "21004", "44083", "73109"]  # fmt: skip
AFGELEID = {"aanvrager.leeftijd", "aanvrager.verblijfsstatus", "aanvrager.burgerlijke_staat", "aanvrager.student",
            "aanvrager.zwanger", "aanvrager.dakloos", "huishouden.grootte", "huishouden.kinderen",
            "huishouden.jongste_kind_leeftijd", "huishouden.alleenstaande_ouder", "huishouden.inkomen_netto_maand",
            "huishouden.vermogen"}  # fmt: skip
ONTVANGT = ["verhoogde-tegemoetkoming", "inkomensgarantie-ouderen", "integratietegemoetkoming", "leefloon"]


def _waarde(rnd: random.Random, naam: str):
    veld = VELDEN[naam]
    if veld.soort is Soort.ja_nee:
        return rnd.random() < 0.4
    if veld.soort is Soort.keuze:
        return rnd.choice(veld.keuzes)
    if veld.soort is Soort.geheel:
        return rnd.randint(veld.minimum or 0, min(veld.maximum or 100, 100))
    return f"{rnd.randint(0, 60000)}.{rnd.randint(0, 99):02d}"


def profiel(rnd: random.Random) -> Profiel:
    peil = rnd.choice([date(2025, 3, 1), date(2025, 9, 15), date(2026, 4, 1)])
    jaar = peil.year - rnd.randint(18, 85)
    aanvrager: dict = {"geboortedatum": f"{jaar}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"}
    if rnd.random() < 0.7:
        aanvrager.update(verblijfsstatus=rnd.choice(["belg", "belg", "eu_burger", "vreemdelingenregister",
                                                     "erkend_vluchteling"]), woont_in_belgie=True,
                         burgerlijke_staat=rnd.choice(["ongehuwd", "gehuwd", "gescheiden"]), werkbereid=True,
                         rechten_uitgeput=rnd.random() < 0.8, gedetineerd=False, student=False, zwanger=False,
                         dakloos=False, vermogen={"spaargeld": str(rnd.randint(0, 20000))})  # fmt: skip
        if aanvrager["verblijfsstatus"] == "eu_burger":
            aanvrager["verblijf_sinds"] = "2020-01-01"
        aanvrager["inkomsten"] = [{"soort": rnd.choice(["loon", "werkloosheid", "pensioen"]),
                                   "bedrag": str(rnd.randint(0, 2500)), "per": "maand"}
                                  for _ in range(rnd.randint(0, 2))]  # fmt: skip
    huisgenoten = None
    if rnd.random() < 0.7:
        huisgenoten = []
        if rnd.random() < 0.5:
            huisgenoten.append({"relatie": "partner", "geboortedatum": f"{jaar + rnd.randint(-5, 5)}-05-05",
                                "inkomsten": [{"soort": "loon", "bedrag": str(rnd.randint(0, 3000)), "per": "maand"}],
                                "vermogen": {"spaargeld": "0"}})  # fmt: skip
        for _ in range(rnd.randint(0, 3)):
            geboren = f"{peil.year - rnd.randint(0, 17)}-02-02"
            huisgenoten.append({"relatie": "kind", "geboortedatum": geboren, "verblijfsregeling": "voltijds",
                                "inkomsten": [], "vermogen": {"spaargeld": "0"}})  # fmt: skip
    situatie: dict = {}
    for naam in rnd.sample(sorted(set(VELDEN) - AFGELEID), rnd.randint(0, 8)):
        groep, sleutel = naam.split(".")
        situatie.setdefault(groep, {})[sleutel] = _waarde(rnd, naam)
    if rnd.random() < 0.2:
        situatie["ontvangt"] = rnd.sample(ONTVANGT, 1)
    data = {"peildatum": peil.isoformat(), "gemeente": rnd.choice(GEMEENTEN), "aanvrager": aanvrager,
            "huisgenoten": huisgenoten, "situatie": situatie}  # fmt: skip
    return Profiel.model_validate(data)


def _ms(xs: list[float]) -> tuple[float, float]:
    xs = sorted(xs)
    return statistics.median(xs) * 1000, xs[int(0.95 * (len(xs) - 1))] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profielen", type=int, default=300)
    parser.add_argument("--zaad", type=int, default=7)
    args = parser.parse_args()
    rnd = random.Random(args.zaad)
    profielen = [profiel(rnd) for _ in range(args.profielen)]

    with tempfile.TemporaryDirectory() as map_:
        engine = maak_engine(f"sqlite:///{map_}/bench.db")
        migrate(engine)
        laad_catalogus(engine)
        with Session(engine) as session:
            begin_compileren = time.perf_counter()
            comp = catalogus(session)
            compileren = time.perf_counter() - begin_compileren
            maak_overzicht(session, profielen[0])  # warm up
            duur, aantallen = [], []
            for p in profielen:
                t0 = time.perf_counter()
                uit = maak_overzicht(session, p).model_dump_json()
                duur.append(time.perf_counter() - t0)
                aantallen.append(uit.count('"status"'))
        engine.dispose()

    register = gemeenten()
    keten, puur = [], []
    for p in profielen:
        nis = register.precies(p.gemeente).nis
        advies = adviseer(p)
        delen = {"gebieden": register.omvattende_gebieden(nis, p.peildatum),
                 "deelgebieden": register.deelgebieden(nis, p.peildatum), "advies": advies}  # fmt: skip
        t_durable, _ = begin(comp.catalogus, p, gemeente=nis, **delen)
        t_python, _ = begin(comp.catalogus, p, gemeente=nis, **delen)
        t0 = time.perf_counter()
        a = ketting(comp, t_durable)
        t1 = time.perf_counter()
        b = fixpunt(t_python)
        t2 = time.perf_counter()
        assert a == b, "durable-rules en de Python-referentie verschillen"
        keten.append(t1 - t0)
        puur.append(t2 - t1)

    mediaan, p95 = _ms(duur)
    k_med, k_p95 = _ms(keten)
    p_med, p_p95 = _ms(puur)
    print(f"catalogus: {len(comp.catalogus.rechten)} gepubliceerde rechten, {len(comp.regelset.regels)} regels "
          f"({comp.regelset.naam}); eenmalig compileren per catalogusversie: {compileren * 1000:.1f} ms")  # fmt: skip
    print(f"{len(profielen)} profielen, gemiddeld {statistics.mean(aantallen):.0f} rechten per overzicht")
    print(f"overzicht (volledig, met JSON): mediaan {mediaan:.2f} ms, p95 {p95:.2f} ms "
          f"(doel mediaan ≤ {DOEL_MEDIAAN_MS:.0f} ms: {'gehaald' if mediaan <= DOEL_MEDIAAN_MS else 'NIET gehaald'}, "
          f"{DOEL_MEDIAAN_MS / mediaan:.1f}× marge)")  # fmt: skip
    print(f"ketting alleen: durable-rules mediaan {k_med:.2f} ms (p95 {k_p95:.2f}); Python-fixpunt mediaan "
          f"{p_med:.2f} ms (p95 {p_p95:.2f}); verhouding {k_med / p_med:.2f}×; elk profiel gelijk")  # fmt: skip


if __name__ == "__main__":
    main()
