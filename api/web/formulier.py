"""Forms whose fields are a nested pydantic model: a declarative schema, raw values in, a JSON dict out, and
pydantic's errors back onto the fields.

A field's name is its dotted path in the model (`aanvrager.inkomsten.0.bedrag`), so an error's `loc` names the
field it belongs to. The raw strings the user typed (`waarden`) are kept as they are: a page that comes back
with errors shows exactly what was typed. Lists are edited without JavaScript: every row carries a hidden
`<list>.<n>._rij` marker, "add" and "remove" are submit buttons (`actie=toevoegen:<list>`,
`actie=verwijderen:<list>.<n>`) handled on the server, which renumbers the rows after a removal.

Unknown is never "no": an empty field is left out of the model (pydantic then sees `null`/absent). A list with
`driewaardig` has a select of its own under the list's name: "" = not known (`null`), `geen` = none (`[]`),
`lijst` = the rows below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from api.i18n import gettext
from api.web.formulierschema import (
    GEEN,
    LIJST,
    RIJ,
    Groep,
    Lijst,
    Omgezet,
    Sectie,
    Veld,
    Veldfout,
    label_van_pad,
    plat,
    veld_van_pad,
)
from api.web.invoer import bedrag, datum, geheel, janee, nummers, pad
from api.web.veldfouten import MELDINGEN, fouten_op_velden, melding

# The schema and the error mapping live in their own modules; this one is the way in for pages using forms.
__all__ = [
    "GEEN",
    "LIJST",
    "MELDINGEN",
    "RIJ",
    "Groep",
    "Lijst",
    "Omgezet",
    "Sectie",
    "Veld",
    "Veldfout",
    "bouw",
    "fouten_op_velden",
    "label_van_pad",
    "melding",
    "rijen",
    "veld_van_pad",
    "veldnamen",
    "verwerk_actie",
]

# ---- raw values → model dict ------------------------------------------------------------------------------


def rijen(waarden: Mapping[str, str], lijst: str) -> list[int]:
    """The row numbers of list `lijst` present in the form, in order."""
    return nummers(waarden, lijst)


def _waarde(veld: Veld, tekst: str) -> Any:
    if veld.soort == "janee":
        return janee(tekst)
    if veld.soort in ("bedrag", "getal"):
        return bedrag(tekst)
    if veld.soort == "aandeel":
        return tekst.replace(" ", "").replace(",", ".")
    if veld.soort == "geheel":
        return geheel(tekst)
    if veld.soort == "datum":
        return datum(tekst)
    return tekst


def bouw(delen: Iterable[Any], waarden: Mapping[str, str]) -> Omgezet:
    """The model's dict for a form's raw values (empty fields left out), with the errors found on the way."""
    uit = Omgezet()
    uit.model = _bouw(delen, waarden, "", uit)
    return uit


def _bouw(delen: Iterable[Any], waarden: Mapping[str, str], prefix: str, res: Omgezet) -> dict[str, Any]:
    uit: dict[str, Any] = {}
    for deel in delen:
        if isinstance(deel, Sectie):
            uit.update(_bouw(deel.delen, waarden, prefix, res))
        elif isinstance(deel, Veld):
            tekst = str(waarden.get(pad(prefix, deel.naam), "")).strip()
            if deel.soort == "meetellen" and tekst == "bedrag":
                tekst = str(waarden.get(pad(prefix, deel.naam) + "_bedrag", "")).strip()
                if not tekst:
                    res.fouten.append(
                        Veldfout(pad(prefix, deel.naam) + "_bedrag", gettext("Vul het bedrag per jaar in."))
                    )
                    continue
                tekst = bedrag(tekst)
            if tekst and deel.soort != "hulp":
                uit[deel.naam] = _waarde(deel, tekst)
        elif isinstance(deel, Groep):
            binnen = _bouw(deel.delen, waarden, pad(prefix, deel.naam), res)
            if binnen:
                uit[deel.naam] = binnen
        elif isinstance(deel, Lijst):
            _lijst(deel, waarden, prefix, res, uit)
    return uit


def _ingevuld(delen: Iterable[Any], waarden: Mapping[str, str], prefix: str) -> bool:
    """Whether the user typed anything in these fields (a value equal to the preset default does not count)."""
    for deel in plat(delen):
        if isinstance(deel, Veld):
            tekst = str(waarden.get(pad(prefix, deel.naam), "")).strip()
            if tekst and tekst != deel.standaard:
                return True
        elif isinstance(deel, Groep) and _ingevuld(deel.delen, waarden, pad(prefix, deel.naam)):
            return True
        elif isinstance(deel, Lijst):
            naam = pad(prefix, deel.naam)
            if str(waarden.get(naam, "")).strip() or any(
                _ingevuld(deel.delen, waarden, f"{naam}.{n}") for n in rijen(waarden, naam)
            ):
                return True
    return False


def _lijst(deel: Lijst, waarden: Mapping[str, str], prefix: str, res: Omgezet, uit: dict[str, Any]) -> None:
    naam = pad(prefix, deel.naam)
    keuze = str(waarden.get(naam, "" if deel.driewaardig else LIJST)).strip()
    gevuld = [
        (n, _bouw(deel.delen, waarden, f"{naam}.{n}", res))
        for n in rijen(waarden, naam)
        if _ingevuld(deel.delen, waarden, f"{naam}.{n}")
    ]
    if not deel.driewaardig and not gevuld:
        return  # no rows: the model's default (an empty list), and an enclosing group stays absent
    if not deel.driewaardig or keuze == LIJST:
        if not gevuld:
            res.fouten.append(Veldfout(naam, gettext("Vul minstens één rij in, of kies een andere optie.")))
            return
        lijst = [rij for _, rij in gevuld]
        # Empty rows are skipped, so pydantic's index is not the form's row number: remember the mapping.
        res.rijnummers[id(lijst)] = [n for n, _ in gevuld]
        uit[deel.naam] = lijst
    elif keuze == GEEN:
        if gevuld:
            res.fouten.append(Veldfout(naam, gettext("U koos 'geen', maar vulde hieronder toch iets in.")))
        uit[deel.naam] = []
    elif keuze == "":
        if gevuld:
            res.fouten.append(Veldfout(naam, gettext("Kies 'de rijen hieronder' om ze te laten meetellen.")))
    else:
        res.fouten.append(Veldfout(naam, gettext("Kies een waarde uit de lijst.")))


def veldnamen(delen: Iterable[Any], waarden: Mapping[str, str], prefix: str = "") -> set[str]:
    """Every field and group name the form shows for these values (fields, rows, lists)."""
    namen: set[str] = set()
    for deel in delen:
        if isinstance(deel, Sectie):
            namen |= veldnamen(deel.delen, waarden, prefix)
        elif isinstance(deel, Veld):
            namen.add(pad(prefix, deel.naam))
        elif isinstance(deel, Groep):
            namen.add(pad(prefix, deel.naam))
            namen |= veldnamen(deel.delen, waarden, pad(prefix, deel.naam))
        elif isinstance(deel, Lijst):
            naam = pad(prefix, deel.naam)
            namen.add(naam)
            for n in rijen(waarden, naam):
                namen.add(f"{naam}.{n}")
                namen |= veldnamen(deel.delen, waarden, f"{naam}.{n}")
    return namen


# ---- add / remove rows ------------------------------------------------------------------------------------


@dataclass
class Actie:
    soort: str  # toevoegen | verwijderen
    lijst: str
    rij: int | None = None
    focus: str | None = field(default=None)  # the id to jump to after the page reloads


def verwerk_actie(actie: str, waarden: dict[str, str], lijsten: Mapping[str, Lijst]) -> Actie | None:
    """Apply `toevoegen:<list>` or `verwijderen:<list>.<n>` to the raw values (in place)."""
    soort, _, doel = actie.partition(":")
    if soort == "toevoegen":
        lijst = _lijst_van(doel, lijsten)
        if lijst is None:
            return None
        bestaand = rijen(waarden, doel)
        if len(bestaand) >= lijst.maximum:
            return Actie("vol", doel)
        n = (bestaand[-1] + 1) if bestaand else 0
        waarden[f"{doel}.{n}.{RIJ}"] = "1"
        for deel in plat(lijst.delen):
            if isinstance(deel, Veld) and deel.standaard:
                waarden[f"{doel}.{n}.{deel.naam}"] = deel.standaard
        if lijst.driewaardig:
            waarden[doel] = LIJST
        return Actie("toevoegen", doel, n, focus=f"{doel}.{n}".replace(".", "-"))
    if soort == "verwijderen":
        lijstnaam, _, nummer = doel.rpartition(".")
        if not nummer.isdigit() or _lijst_van(lijstnaam, lijsten) is None:
            return None
        _verwijder(waarden, lijstnaam, int(nummer))
        return Actie("verwijderen", lijstnaam, int(nummer), focus=lijstnaam.replace(".", "-"))
    return None


def _lijst_van(naam: str, lijsten: Mapping[str, Lijst]) -> Lijst | None:
    """The list definition for a concrete name (`huisgenoten.1.inkomsten` → the one of `huisgenoten.*.inkomsten`)."""
    return lijsten.get(re.sub(r"\.\d+\.", ".*.", naam))


def _verwijder(waarden: dict[str, str], lijst: str, nummer: int) -> None:
    """Remove row `nummer` of `lijst` and renumber the rows after it (their nested keys included)."""
    patroon = re.compile(re.escape(lijst) + r"\.(\d+)(\..*)$")
    verplaatst: dict[str, str] = {}
    for sleutel in list(waarden):
        m = patroon.match(sleutel)
        if not m:
            continue
        n = int(m.group(1))
        if n < nummer:
            continue
        waarde = waarden.pop(sleutel)
        if n > nummer:
            verplaatst[f"{lijst}.{n - 1}{m.group(2)}"] = waarde
    waarden.update(verplaatst)
