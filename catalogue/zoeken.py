"""Full-text and filtered search over the published rights (CONTRACT §3), and the index behind it.

Design choice: **substring (trigram) matching on accent-folded text, both on SQLite and PostgreSQL.**
- Dutch glues words together: *mantelzorgpremie*, *huurpremie*, *verwarmingstoelage*, *kinderopvangtoeslag*.
  A social worker types "premie", "toelage" or "kinderopvang" and expects those. Word-based full text with a
  Dutch (snowball) stemmer does not split compounds, so "premie" would miss "mantelzorgpremie"; substring
  matching finds them. Trigram indexes make substring search fast: SQLite FTS5 with `tokenize='trigram'`,
  PostgreSQL `pg_trgm` (GIN, `gin_trgm_ops`) — both ship with the database, no extra service.
- Inflection is handled on the query side by a small Dutch plural stripper (`kinderen` → `kinder`, `gezinnen`
  → `gezin`, `tarieven` → `tarief`): with substring matching the stem then finds every form.
- Text is stored and queried lower-case without accents or punctuation (SQLite 3.40's trigram tokenizer cannot
  fold accents itself), so "cafe" finds "café" and "OCMW's" finds "ocmw".
- Every term must occur (AND). Terms of one or two letters (VT, IT) match whole words only (the trigram
  index covers them with the surrounding spaces: " vt ").
- Ranking: the exact name first, then names starting with the query, then names containing every term, then
  by relevance with column weights (name 10, keywords 5, description 2, conditions 1): BM25 on SQLite's
  FTS5 index; elsewhere (PostgreSQL, and the candidates of a municipality) the weighted number of
  occurrences per column, capped at 3. Ties: alphabetical by name.
The municipality filter expands the NIS code (or postcode) to every area containing it (merger-aware, see
`catalogue.gemeenten`) plus the old municipalities inside a merged one, and keeps rights whose area is among them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import bindparam, text
from sqlmodel import Session

from catalogue.gemeenten import gemeenten, normaliseer
from rules.voorwaarden import VoorwaardeFout, Weergave, beschrijf, parse_voorwaarde

__all__ = ["GEWICHTEN", "Treffer", "indexeer", "verwijder_index", "zoek", "zoekgebied", "zoektermen"]

GEWICHTEN = {"naam": 10.0, "termen": 5.0, "beschrijving": 2.0, "voorwaarden": 1.0}
STOPWOORDEN = frozenset(
    {"de", "het", "een", "en", "van", "voor", "op", "in", "met", "aan", "te", "of", "bij", "door", "om", "tot", "naar",
     "uit", "over", "als", "is", "zijn", "mijn", "ik", "wat", "hoe", "welke", "wie", "waar", "wanneer", "le", "la",
     "les", "des", "du", "un", "une", "et", "pour", "a", "au", "aux"}
)  # fmt: skip
THEMA_WOORDEN = {
    "BurgerOverheid": "burger overheid", "CultuurSportVrijeTijd": "cultuur sport vrije tijd",
    "EconomieWerk": "economie werk", "MilieuEnergie": "milieu energie",
    "MobiliteitOpenbareWerken": "mobiliteit openbare werken", "OnderwijsWetenschap": "onderwijs wetenschap",
    "WelzijnGezondheid": "welzijn gezondheid", "BouwenWonen": "bouwen wonen",
}  # fmt: skip


@dataclass(frozen=True)
class Treffer:
    """One published right found: its row number, public id and record (JSON form)."""

    recht_nr: int
    id: str
    record: dict[str, Any]


def _tekst(*delen: Any) -> str:
    stukken: list[str] = []
    for deel in delen:
        if deel is None:
            continue
        if isinstance(deel, dict):
            stukken.extend(str(v) for v in deel.values() if v)
        elif isinstance(deel, list | tuple):
            stukken.append(_tekst(*deel))
        else:
            stukken.append(str(deel))
    return " ".join(s for s in stukken if s)


def _veld(tekst: str) -> str:
    # Leading/trailing space so short terms can be matched as whole words (`% vt %`).
    return f" {normaliseer(tekst)} "


def voorwaarde_tekst(record: dict[str, Any]) -> str:
    """The machine-readable condition in plain Dutch (empty when there is none)."""
    if not record.get("voorwaarde"):
        return ""
    try:
        return beschrijf(parse_voorwaarde(record["voorwaarde"]), Weergave(gebiedsnaam=gemeenten().naam))
    except VoorwaardeFout:
        return ""


def zoekvelden(record: dict[str, Any]) -> dict[str, str]:
    """The four weighted search columns of a record, normalised."""
    termen = _tekst(
        record.get("zoektermen"),
        [s.replace("-", " ") for s in record.get("sociale_doelgroepen", [])],
        [THEMA_WOORDEN.get(t, t) for t in record.get("themas", [])],
        record.get("code", "").replace("-", " "),
        (record.get("concept") or "").replace("-", " "),
        (record.get("bevoegde_overheid") or {}).get("naam"),
        [o.get("naam") for o in record.get("uitvoerende_overheden", [])],
        record.get("productnummer"),
    )
    beschrijving = _tekst(
        record.get("samenvatting"), record.get("beschrijving"), record.get("aanvullende_beschrijving"),
        record.get("uitzonderingen"), [b.get("omschrijving") for b in record.get("bedragen", [])],
        [f.get("naam") for f in record.get("financiele_voordelen", [])], record.get("aanvragen_bij"),
    )  # fmt: skip
    voorwaarden = _tekst(
        [(v.get("naam"), v.get("beschrijving")) for v in record.get("voorwaarden", [])],
        voorwaarde_tekst(record),
        record.get("voorwaarde_toelichting"),
    )
    return {
        "naam": _veld(_tekst(record.get("naam"))),
        "termen": _veld(termen),
        "beschrijving": _veld(beschrijving),
        "voorwaarden": _veld(voorwaarden),
    }


def indexeer(session: Session, recht_nr: int, record: dict[str, Any]) -> None:
    """(Re)write the full-text row of a published right."""
    verwijder_index(session, recht_nr)
    velden = zoekvelden(record)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text(
                "INSERT INTO recht_zoek (rowid, naam, termen, beschrijving, voorwaarden) "
                "VALUES (:nr, :naam, :termen, :beschrijving, :voorwaarden)"
            ),
            {"nr": recht_nr, **velden},
        )
    else:
        session.execute(
            text(
                "INSERT INTO recht_zoek (recht_nr, naam, termen, beschrijving, voorwaarden, alles) "
                "VALUES (:nr, :naam, :termen, :beschrijving, :voorwaarden, :alles)"
            ),
            {"nr": recht_nr, **velden, "alles": "".join(velden.values())},
        )


def verwijder_index(session: Session, recht_nr: int) -> None:
    kolom = "rowid" if session.get_bind().dialect.name == "sqlite" else "recht_nr"
    session.execute(text(f"DELETE FROM recht_zoek WHERE {kolom} = :nr"), {"nr": recht_nr})


def _stam(woord: str) -> str:
    """Strip a Dutch plural or agent-noun ending so a substring finds every form (aanname: -en, -ers, -s)."""
    if len(woord) >= 6 and woord.endswith("en"):
        stam = woord[:-2]
        if len(stam) >= 3 and stam[-1] == stam[-2] and stam[-1] not in "aeiou":
            stam = stam[:-1]  # gezinnen → gezin
        return stam[:-1] + {"v": "f", "z": "s"}.get(stam[-1], stam[-1])  # tarieven → tarief, huizen → huis
    if len(woord) >= 8 and woord.endswith("ers"):
        return woord[:-3]  # mantelzorgers → mantelzorg, huurders → huurd
    if len(woord) >= 5 and woord.endswith("s") and not woord.endswith("ss"):
        return woord[:-1]  # premies → premie, ouders → ouder
    return woord


def zoektermen(q: str) -> list[tuple[str, ...]]:
    """The terms of a query, each as its variants (stem, and the word itself when the stem is no prefix of it):
    normalised, without stop words, unique. A term matches when one of its variants occurs."""
    woorden = [w for w in normaliseer(q).split() if w not in STOPWOORDEN and (len(w) > 1 or w.isdigit())]
    termen: dict[tuple[str, ...], None] = {}
    for woord in woorden:
        stam = _stam(woord)
        termen[(stam,) if woord.startswith(stam) else (stam, woord)] = None
    return list(termen)


def zoekgebied(nis: str, peildatum: date) -> frozenset[str]:
    """Areas whose rights concern someone in `nis`: those containing it, and the old municipalities within it."""
    register = gemeenten()
    return register.omvattende_gebieden(nis, peildatum) | register.deelgebieden(nis, peildatum)


def zoek(
    session: Session,
    *,
    q: str | None = None,
    gebieden: Iterable[str] | None = None,
    themas: Iterable[str] = (),
    doelgroepen: Iterable[str] = (),
    sociale_doelgroepen: Iterable[str] = (),
    niveaus: Iterable[str] = (),
    peildatum: date | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[Treffer], int]:
    """Published rights matching the query and filters, best first, and the total number of matches.

    With a municipality the candidates (its areas' rights, a few hundred at most) are taken first and the text
    is matched on those rows only; without one, SQLite's FTS5 index (BM25) or PostgreSQL's trigram index finds
    the matches in the whole catalogue.
    """
    sqlite = session.get_bind().dialect.name == "sqlite"
    waar = ["(p.einde IS NULL OR p.einde >= :peildatum)"]
    params: dict[str, Any] = {"peildatum": peildatum or date.today(), "limit": limit, "offset": offset}
    expanding: list[str] = []

    def lijst(naam: str, waarden: Iterable[str]) -> str:
        params[naam] = sorted(set(waarden))
        expanding.append(naam)
        return f":{naam}"

    met = ""
    if gebieden is not None:
        kandidaten = f"SELECT DISTINCT recht_nr FROM recht_gebied WHERE code IN {lijst('gb', gebieden)}"
        met = f"WITH k AS MATERIALIZED ({kandidaten}) "
        waar.append("p.recht_nr IN (SELECT recht_nr FROM k)")
    for soort, waarden in (("thema", themas), ("doelgroep", doelgroepen), ("sociale_doelgroep", sociale_doelgroepen)):
        waarden = list(waarden)
        if waarden:
            waar.append(
                f"p.recht_nr IN (SELECT l.recht_nr FROM recht_label l WHERE l.soort = '{soort}' "
                f"AND l.waarde IN {lijst('l_' + soort, waarden)})"
            )
    niveaus = list(niveaus)
    if niveaus:
        waar.append(f"p.niveau IN {lijst('niv', niveaus)}")

    termen = zoektermen(q or "")
    bron, volgorde = "recht_publicatie p", "p.naam_sort, p.recht_nr"
    if termen:
        if sqlite and gebieden is None:
            tekst = _fts(termen, params)
        else:
            tekst = _like(termen, params, sqlite=sqlite, kandidaten=gebieden is not None)
        # The exact name first, then names starting with the query, names containing every term, then by score.
        params["exact"] = normaliseer(q or "")
        params["begin"] = params["exact"] + "%"
        bron = f"recht_publicatie p JOIN ({tekst}) z ON z.recht_nr = p.recht_nr"
        volgorde = (
            "CASE WHEN p.naam_sort = :exact THEN 0 WHEN p.naam_sort LIKE :begin THEN 1 ELSE z.naamrang + 1 END, "
            "z.score, " + volgorde
        )
    filter_sql = " AND ".join(waar)
    zoekvraag = text(
        f"{met}SELECT p.recht_nr, p.id, p.record FROM {bron} WHERE {filter_sql} "
        f"ORDER BY {volgorde} LIMIT :limit OFFSET :offset"
    )
    telvraag = text(f"{met}SELECT COUNT(*) FROM {bron} WHERE {filter_sql}")
    for naam in expanding:
        zoekvraag = zoekvraag.bindparams(bindparam(naam, expanding=True))
        telvraag = telvraag.bindparams(bindparam(naam, expanding=True))
    rijen = session.execute(zoekvraag, params).all()
    totaal = session.execute(telvraag, {k: v for k, v in params.items() if k not in ("limit", "offset")}).scalar_one()
    return [Treffer(r[0], r[1], _json(r[2])) for r in rijen], int(totaal)


def _json(waarde: Any) -> dict[str, Any]:
    # A raw query returns JSON columns as text on SQLite and as objects on PostgreSQL.
    return json.loads(waarde) if isinstance(waarde, str) else waarde


def _patronen(termen: list[tuple[str, ...]], params: dict[str, Any]) -> list[list[tuple[str, str]]]:
    """Per term its variants as (parameter name, bare text to count); short ones as whole words."""
    uit = []
    for i, varianten in enumerate(termen):
        rij = []
        for j, variant in enumerate(varianten):
            kaal = f" {variant} " if len(variant) < 3 else variant
            params[f"t{i}_{j}"] = f"%{kaal}%"
            params[f"w{i}_{j}"] = kaal
            rij.append((f"t{i}_{j}", f"w{i}_{j}"))
        uit.append(rij)
    return uit


def _fts(termen: list[tuple[str, ...]], params: dict[str, Any]) -> str:
    """SQLite: the FTS5 trigram index with BM25 over the whole catalogue. A short term is searched with the
    spaces around it (" vt "), which the trigram index also covers: a whole word."""
    patronen = _patronen(termen, params)
    params["match"] = " AND ".join("(" + " OR ".join(f'"{params[w]}"' for _, w in rij) + ")" for rij in patronen)
    score = f"bm25(recht_zoek, {', '.join(str(g) for g in GEWICHTEN.values())})"
    return (
        f"SELECT rowid AS recht_nr, {score} AS score, {_naamrang(patronen, 'naam')} AS naamrang "
        f"FROM recht_zoek WHERE recht_zoek MATCH :match"
    )


def _like(termen: list[tuple[str, ...]], params: dict[str, Any], *, sqlite: bool, kandidaten: bool) -> str:
    """Substring matching row by row (candidates of a municipality, or PostgreSQL's trigram index), scored by
    the capped number of occurrences per column times the column's weight."""
    patronen = _patronen(termen, params)
    sleutel = "z.rowid" if sqlite else "z.recht_nr"
    # With candidates, PostgreSQL must not use the trigram index (it would fetch every match of a common term in
    # the whole catalogue first): `|| ''` keeps it to looking up the candidates by key.
    alles = "(z.naam || z.termen || z.beschrijving || z.voorwaarden)" if sqlite else "z.alles"
    if kandidaten and not sqlite:
        alles = "(z.alles || '')"
    kleinste = "min" if sqlite else "LEAST"
    voorwaarden, delen = [], []
    for rij in patronen:
        voorwaarden.append("(" + " OR ".join(f"{alles} LIKE :{p}" for p, _ in rij) + ")")
        for kolom, gewicht in GEWICHTEN.items():
            aantal = " + ".join(
                f"(length(z.{kolom}) - length(replace(z.{kolom}, :{w}, ''))) / length(:{w})" for _, w in rij
            )
            delen.append(f"{gewicht} * {kleinste}({aantal}, 3)")
    bron = f"k JOIN recht_zoek z ON {sleutel} = k.recht_nr" if kandidaten else "recht_zoek z"
    return (
        f"SELECT {sleutel} AS recht_nr, -({' + '.join(delen)}) AS score, {_naamrang(patronen, 'z.naam')} AS naamrang "
        f"FROM {bron} WHERE {' AND '.join(voorwaarden)}"
    )


def _naamrang(patronen: list[list[tuple[str, str]]], kolom: str) -> str:
    """1 when every term occurs in the name, else 2."""
    delen = ["(" + " OR ".join(f"{kolom} LIKE :{p}" for p, _ in rij) + ")" for rij in patronen]
    return f"CASE WHEN {' AND '.join(delen)} THEN 1 ELSE 2 END"
