"""Plain-language rendering of a condition, for the fiche, the overview's reasons and the editor's preview.

    leeftijd is minstens 65 jaar
    woont in Gent
    bruto belastbaar gezinsinkomen per jaar is hoogstens € 26.000,00 + € 4.812,00 per persoon ten laste

`beschrijf` gives one sentence; `beschrijf_regels` gives indented lines (depth, text) for long conditions.
Rendering never fails on a parsed condition: unknown names fall back to their code. Every phrase goes through
`rechten.teksten.t`, so the same condition reads in French or English inside `met_taal`/`in_taal`; labels,
choices and units of the vocabulary are marked for extraction in `rechten.overzicht.vertaalbaar`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from rechten.situatie import VELDEN, Soort
from rechten.teksten import N_, bedrag_tekst, t
from rechten.teksten import datum_tekst as _datum_in_taal
from rules.voorwaarden.model import (
    Alle,
    EenVan,
    Gedateerd,
    HeeftRecht,
    Inkomensgrens,
    Niet,
    Vergelijking,
    Voorwaarde,
    WoontIn,
)

__all__ = ["NUTS_NAMEN", "Weergave", "beschrijf", "beschrijf_regels", "datum_tekst", "euro"]

NUTS_NAMEN = {
    "BE": N_("België"),
    "BE1": N_("het Brussels Hoofdstedelijk Gewest"),
    "BE10": N_("het Brussels Hoofdstedelijk Gewest"),
    "BE2": N_("het Vlaams Gewest"),
    "BE21": N_("de provincie Antwerpen"),
    "BE22": N_("de provincie Limburg"),
    "BE23": N_("de provincie Oost-Vlaanderen"),
    "BE24": N_("de provincie Vlaams-Brabant"),
    "BE25": N_("de provincie West-Vlaanderen"),
    "BE3": N_("het Waals Gewest"),
    "BE31": N_("de provincie Waals-Brabant"),
    "BE32": N_("de provincie Henegouwen"),
    "BE33": N_("de provincie Luik"),
    "BE34": N_("de provincie Luxemburg"),
    "BE35": N_("de provincie Namen"),
}
# Comparison phrases: `{label} is minstens {waarde}`.
_OPS = {
    "=": N_("{label} is {waarde}"),
    "!=": N_("{label} is niet {waarde}"),
    "<": N_("{label} is minder dan {waarde}"),
    "<=": N_("{label} is hoogstens {waarde}"),
    ">": N_("{label} is meer dan {waarde}"),
    ">=": N_("{label} is minstens {waarde}"),
    "in": N_("{label} is een van: {waarden}"),
    "niet_in": N_("{label} is geen van: {waarden}"),
}
_HOOGSTENS = _OPS["<="]
_TEGENDEEL = {"=": "!=", "!=": "=", "<": ">=", ">=": "<", ">": "<=", "<=": ">", "in": "niet_in", "niet_in": "in"}
# Per-person increase and the table's row phrases, per kind of count: (increase, one, several or more).
_PER_PERSOON = {
    "huishouden.personen_ten_laste": (
        N_("{basis} + {per_persoon} per persoon ten laste"),
        N_("{grens} bij 1 persoon ten laste"),
        N_("{grens} bij {aantal} personen ten laste"),
        N_("{grens} bij {aantal} of meer personen ten laste"),
    ),
    "huishouden.grootte": (
        N_("{basis} + {per_persoon} per persoon in het huishouden"),
        N_("{grens} bij 1 persoon"),
        N_("{grens} bij {aantal} personen"),
        N_("{grens} bij {aantal} of meer personen"),
    ),
    "huishouden.kinderen": (
        N_("{basis} + {per_persoon} per minderjarig kind"),
        N_("{grens} bij 1 kind"),
        N_("{grens} bij {aantal} kinderen"),
        N_("{grens} bij {aantal} of meer kinderen"),
    ),
}


def euro(bedrag: Decimal | int | str) -> str:
    """Money in the current language (`€ 26.000,00` in Dutch), rounded half-up to the cent."""
    return bedrag_tekst(Decimal(str(bedrag)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def datum_tekst(d: date) -> str:
    """A date in words in the current language (`1 januari 2025`)."""
    return _datum_in_taal(d)


@dataclass(frozen=True)
class Weergave:
    """How codes become words: municipality and right names come from the caller (the catalogue)."""

    gebiedsnaam: Callable[[str], str | None] | None = None
    rechtnaam: Callable[[str], str | None] | None = None
    # Dated thresholds: the value in force on this date; without one, the latest value with its start date.
    peildatum: date | None = None

    def gebied(self, code: str) -> str:
        naam = _veilig(self.gebiedsnaam, code)
        if naam:
            return naam
        if code in NUTS_NAMEN:
            return t(NUTS_NAMEN[code])
        return t("gemeente {nis}", nis=code) if code.isdigit() else code

    def recht(self, code: str) -> str:
        return _veilig(self.rechtnaam, code) or code.replace("-", " ")


def _veilig(functie: Callable[[str], str | None] | None, code: str) -> str | None:
    if functie is None:
        return None
    try:
        naam = functie(code)
    except Exception:  # rendering must never fail on a lookup problem
        return None
    return naam if isinstance(naam, str) and naam else None


def beschrijf(voorwaarde: Voorwaarde, weergave: Weergave | None = None) -> str:
    """One sentence in plain Dutch."""
    return _zin(voorwaarde, weergave or Weergave(), top=True)


def beschrijf_regels(voorwaarde: Voorwaarde, weergave: Weergave | None = None) -> list[tuple[int, str]]:
    """Indented lines: `alle`/`een_van` become a heading line with their parts one level deeper."""
    weergave = weergave or Weergave()
    regels: list[tuple[int, str]] = []

    def loop(v: Voorwaarde, diepte: int) -> None:
        match v:
            case Alle(delen) | EenVan(delen) if len(delen) > 1:
                kop = (
                    t("alle volgende voorwaarden:") if isinstance(v, Alle) else t("minstens één van deze voorwaarden:")
                )
                regels.append((diepte, kop))
                for d in delen:
                    loop(d, diepte + 1)
            case Alle((deel,)) | EenVan((deel,)):
                loop(deel, diepte)
            case _:
                regels.append((diepte, _zin(v, weergave, top=True)))

    loop(voorwaarde, 0)
    return regels


def _zin(v: Voorwaarde, w: Weergave, *, top: bool = False) -> str:
    match v:
        case Alle(delen) | EenVan(delen):
            woord = f" {t('en')} " if isinstance(v, Alle) else f" {t('of')} "
            delen_tekst = [_zin(d, w) for d in delen]
            tekst = delen_tekst[0] if len(delen_tekst) == 1 else woord.join(delen_tekst)
            return tekst if top or len(delen_tekst) == 1 else f"({tekst})"
        case Niet(deel):
            return _niet(deel, w)
        case Vergelijking(veld, op, waarde):
            return _vergelijking(veld, op, waarde, w)
        case HeeftRecht(code):
            return t("heeft recht op {recht}", recht=w.recht(code))
        case WoontIn(gebieden):
            return t("woont in {gebieden}", gebieden=_opsomming([w.gebied(g) for g in gebieden], t("of")))
        case Inkomensgrens():
            return _inkomensgrens(v, w)
    return str(v)


def _niet(deel: Voorwaarde, w: Weergave) -> str:
    match deel:
        case Vergelijking(veld, op, waarde):
            return _vergelijking(veld, _TEGENDEEL[op], waarde, w)
        case HeeftRecht(code):
            return t("heeft geen recht op {recht}", recht=w.recht(code))
        case WoontIn(gebieden):
            return t("woont niet in {gebieden}", gebieden=_opsomming([w.gebied(g) for g in gebieden], t("of")))
        case Niet(binnen):
            return _zin(binnen, w)
    binnen = _zin(deel, w, top=False) if isinstance(deel, Alle | EenVan) else "(" + _zin(deel, w) + ")"
    return t("niet {voorwaarde}", voorwaarde=binnen)


def _opsomming(items: list[str], voegwoord: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {voegwoord} {items[-1]}"


def _vergelijking(naam: str, op: str, waarde: Any, w: Weergave) -> str:
    veld = VELDEN.get(naam)
    label = t(veld.label) if veld else naam
    if veld and veld.soort is Soort.ja_nee and op in ("=", "!="):
        ja = bool(waarde) if op == "=" else not bool(waarde)
        return t("{label}: ja", label=label) if ja else t("{label}: nee", label=label)
    if op in ("in", "niet_in"):
        items = [_waarde(naam, x, w) for x in (waarde if isinstance(waarde, tuple | list) else (waarde,))]
        if len(items) == 1:
            enkel = _OPS["="] if op == "in" else _OPS["!="]
            return t(enkel, label=label, waarde=items[0])
        return t(_OPS[op], label=label, waarden=_opsomming(items, t("of")))
    if op not in _OPS:
        return f"{label} {op} {_waarde(naam, waarde, w)}"
    return t(_OPS[op], label=label, waarde=_waarde(naam, waarde, w))


def _waarde(naam: str, waarde: Any, w: Weergave) -> str:
    if isinstance(waarde, Gedateerd):
        return _gedateerd(waarde, w, lambda x: _waarde(naam, x, w))
    veld = VELDEN.get(naam)
    if veld is None:
        return str(waarde)
    if veld.soort is Soort.bedrag:
        return euro(waarde)
    if veld.soort is Soort.ja_nee:
        return t("ja") if waarde else t("nee")
    if veld.soort is Soort.keuze:
        return t(str(waarde).replace("_", " "))
    if veld.eenheid == "%":
        return f"{waarde} %"
    return f"{waarde} {t(veld.eenheid)}" if veld.eenheid else str(waarde)


def _gedateerd(g: Gedateerd, w: Weergave, tekst: Callable[[Any], str]) -> str:
    if w.peildatum is not None:
        huidig = g.op(w.peildatum)
        if huidig is not None:
            return tekst(huidig)
        eerste = g.reeks[0]
        return t("{waarde} (vanaf {datum})", waarde=tekst(eerste.waarde), datum=eerste.vanaf)
    laatste = g.reeks[-1]
    return t("{waarde} (sinds {datum})", waarde=tekst(laatste.waarde), datum=laatste.vanaf)


def _bedrag(x: Any, w: Weergave) -> str:
    return _gedateerd(x, w, euro) if isinstance(x, Gedateerd) else euro(x)


def _inkomensgrens(v: Inkomensgrens, w: Weergave) -> str:
    label = t(VELDEN[v.inkomen].label) if v.inkomen in VELDEN else v.inkomen
    per, een, meer, of_meer = _PER_PERSOON.get(v.personen, _PER_PERSOON["huishouden.grootte"])
    if len(v.tabel) == 1:
        return t(_HOOGSTENS, label=label, waarde=_bedrag(v.tabel[0][1], w))
    if v.tabel:
        delen = []
        for i, (aantal, grens) in enumerate(v.tabel):
            laatste = i == len(v.tabel) - 1
            sjabloon = of_meer if laatste and i else (een if aantal == 1 else meer)
            delen.append(t(sjabloon, grens=_bedrag(grens, w), aantal=aantal))
        return t(_HOOGSTENS, label=label, waarde=_opsomming(delen, t("en")))
    grens = _bedrag(v.basis, w)
    if v.per_persoon is not None:
        grens = t(per, basis=grens, per_persoon=_bedrag(v.per_persoon, w))
    return t(_HOOGSTENS, label=label, waarde=grens)
