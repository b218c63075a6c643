"""The situation questionnaire of `/overzicht`: which questions to ask, their fields, answers → Profiel.

Only the questions that matter are asked: after the municipality, the overview is computed with what is known so
far and its open questions (`Overzicht.vragen`, the ones that settle the most undecided rights first) become the
next step. A question already asked is not asked again, also when it was answered "Ik weet het niet". Facts that
the Profiel itself holds (verblijfsstatus, zwanger, ...) are asked once, as that Profiel field; a birth date is
asked as an age; the housemates and the applicant's own incomes, lists in the Profiel, are asked as whether they
are empty (living alone, no income). Answers travel in the form (hidden fields), never on the server.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import ValidationError

from api.i18n import N_, gettext
from api.web import invoer
from api.web.formulier import Omgezet, Veldfout, fouten_op_velden
from api.web.labels import keuzes
from api.web.veldfouten import MELDINGEN
from rechten.profiel import Profiel
from rechten.situatie import VELDEN, Soort
from rechten.teksten import t

__all__ = [
    "MAX_STAPPEN",
    "ONTVANGT",
    "PER_STAP",
    "WEET_NIET",
    "Antwoorden",
    "Vraag",
    "canoniek",
    "lees_antwoorden",
    "profiel_uit",
    "volgende_vragen",
    "vraag",
    "vragen_voor",
]

PER_STAP = 6
MAX_STAPPEN = 5
ONTVANGT = "situatie.ontvangt"
WEET_NIET = ""

# Vocabulary facts that are Profiel fields of the applicant: asked once, as the Profiel field.
_PROFIEL_FEIT = {"verblijfsstatus", "burgerlijke_staat", "zwanger", "student", "dakloos"}
# Profiel questions of the leefloon entry that a questionnaire can ask simply (yes/no).
_PROFIEL_JANEE = {
    "woont_in_belgie": N_("Verblijft de persoon gewoonlijk en daadwerkelijk in België?"),
    "werkbereid": N_("Is de persoon bereid om te werken (of is er een reden van gezondheid of billijkheid)?"),
    "rechten_uitgeput": N_("Heeft de persoon de rechten op andere uitkeringen al laten gelden?"),
}
# Lists of the leefloon profile that the full advice form fills in member by member. The questionnaire asks only
# whether the list is empty, with the answer (ja/nee) that means empty: living alone settles the category and the
# cohabitants' resources, no income of one's own settles the applicant's means. The other answer leaves the list
# unknown, so the overview keeps the leefloon entry "mogelijk" and points to the advice form for the calculation.
_PROFIEL_LEEG = {
    "huisgenoten": (N_("Woont de persoon alleen (geen partner, kinderen of anderen onder hetzelfde dak)?"), True),
    "aanvrager.inkomsten": (
        N_("Heeft de persoon zelf inkomsten (loon, uitkering, pensioen, alimentatie, regelmatige steun van familie)?"),
        False,
    ),
}
_JANEE_FOUT = MELDINGEN["bool_type"]
_GROOTTE = "situatie.huishouden.grootte"
_ALLEEN_FOUT = N_("Tegenstrijdig: het huishouden telt één persoon, dus woont de persoon alleen.")
# Code lists of the vocabulary's choices, for labels.
_KEUZELIJST = {
    "aanvrager.verblijfsstatus": "verblijfsstatus",
    "aanvrager.burgerlijke_staat": "burgerlijke_staat",
    "aanvrager.onderwijs": "onderwijs",
    "woning.verwarming": "verwarming",
}


@dataclass(frozen=True)
class Vraag:
    """One question of the questionnaire, for one input field."""

    naam: str  # the form field = the Profiel path (situatie.huishouden.kinderen, aanvrager.werkbereid)
    soort: str  # geheel | bedrag | janee | keuze
    tekst: str  # the question, in the page's language
    keuzes: tuple[tuple[str, str], ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    eenheid: str = ""


def canoniek(pad: str) -> str | None:
    """The field a question about `pad` is asked through, or None when the questionnaire cannot ask it."""
    if pad == "aanvrager.geboortedatum":
        return "situatie.aanvrager.leeftijd"
    if pad.startswith("situatie."):
        feit = pad.removeprefix("situatie.")
        if feit not in VELDEN:
            return None
        groep, _, naam = feit.partition(".")
        return f"aanvrager.{naam}" if groep == "aanvrager" and naam in _PROFIEL_FEIT else pad
    if pad in _PROFIEL_LEEG:
        return pad
    if pad.startswith("aanvrager."):
        naam = pad.removeprefix("aanvrager.")
        if naam in _PROFIEL_FEIT or naam in _PROFIEL_JANEE:
            return pad
    return None


def vraag(naam: str, tekst: str | None = None) -> Vraag | None:
    """The question for a canonical field name."""
    if naam in _PROFIEL_LEEG:
        return Vraag(naam, "janee", gettext(_PROFIEL_LEEG[naam][0]))  # never the overview's "list them" text
    if naam.startswith("aanvrager.") and naam.removeprefix("aanvrager.") in _PROFIEL_JANEE:
        return Vraag(naam, "janee", tekst or gettext(_PROFIEL_JANEE[naam.removeprefix("aanvrager.")]))
    feit = naam.removeprefix("situatie.")
    veld = VELDEN.get(feit)
    if veld is None:
        return None
    tekst = tekst or t(veld.vraag)
    if veld.soort is Soort.ja_nee:
        return Vraag(naam, "janee", tekst)
    if veld.soort is Soort.keuze:
        lijst = _KEUZELIJST.get(feit)
        opties = keuzes(lijst) if lijst else []
        bekend = {c for c, _ in opties}
        opties += [(c, c.replace("_", " ")) for c in veld.keuzes if c not in bekend]
        return Vraag(naam, "keuze", tekst, tuple((c, lab) for c, lab in opties if c in veld.keuzes))
    soort = "bedrag" if veld.soort is Soort.bedrag else "geheel"
    return Vraag(naam, soort, tekst, minimum=veld.minimum, maximum=veld.maximum, eenheid=veld.eenheid)


@dataclass
class Antwoorden:
    """What the form carries: the raw answers, the questions asked so far and the chosen municipality."""

    waarden: dict[str, str] = field(default_factory=dict)
    ontvangt: list[str] = field(default_factory=list)
    gevraagd: list[str] = field(default_factory=list)
    gemeente: str = ""  # as typed
    nis: str = ""  # resolved


def lees_antwoorden(form: Any) -> Antwoorden:
    """The answers in a submitted form (only fields the questionnaire knows; each at most once)."""
    gevraagd: list[str] = []
    for naam in form.getlist("gevraagd"):
        naam = str(naam)
        if (naam == ONTVANGT or vraag(naam) is not None) and naam not in gevraagd:
            gevraagd.append(naam)
    waarden = {}
    for naam in gevraagd:
        if naam != ONTVANGT:
            waarden[naam] = str(form.get(naam) or "").strip()[:100]
    ontvangt = [str(c) for c in form.getlist(ONTVANGT)][:200]
    gemeente = str(form.get("gemeente") or "").strip()[:100]
    nis = str(form.get("gemeente_nis") or "").strip()[:5]
    return Antwoorden(waarden, list(dict.fromkeys(ontvangt)), gevraagd, gemeente, nis)


def _waarde(v: Vraag, tekst: str) -> Any:
    if v.soort == "janee":
        return invoer.janee(tekst)
    if v.soort == "geheel":
        return invoer.geheel(tekst)
    if v.soort == "bedrag":
        return invoer.bedrag(tekst)
    return tekst


def profiel_uit(a: Antwoorden, peildatum: date) -> tuple[Profiel | None, list[Veldfout]]:
    """The Profiel for the answers (unknown left out), or the errors on the question fields."""
    model: dict[str, Any] = {"peildatum": peildatum.isoformat(), "gemeente": a.nis, "aanvrager": {}}
    situatie: dict[str, Any] = {}
    eigen: list[Veldfout] = []  # errors no model field reports (a yes/no that stands for a list)
    for naam, tekst in a.waarden.items():
        v = vraag(naam)
        if v is None or tekst == WEET_NIET:
            continue
        waarde = _waarde(v, tekst)
        if naam == _GROOTTE and waarde == 1:  # a household of one: living alone, so no need to ask it again
            if a.waarden.get("huisgenoten") == "nee":
                eigen.append(Veldfout("huisgenoten", gettext(_ALLEEN_FOUT)))
            model["huisgenoten"] = []
        if naam in _PROFIEL_LEEG:
            if not isinstance(waarde, bool):
                eigen.append(Veldfout(naam, gettext(_JANEE_FOUT)))
            elif waarde is _PROFIEL_LEEG[naam][1]:  # the answer that means "none": an empty list
                doel = model["aanvrager"] if naam.startswith("aanvrager.") else model
                doel[naam.rpartition(".")[2]] = []
            continue
        delen = naam.split(".")
        if delen[0] == "aanvrager":
            model["aanvrager"][delen[1]] = waarde
        else:
            situatie.setdefault(delen[1], {})[delen[2]] = waarde
    if a.ontvangt:
        situatie["ontvangt"] = a.ontvangt
    if situatie:
        model["situatie"] = situatie
    try:
        profiel = Profiel.model_validate(model)
    except ValidationError as exc:
        namen = set(a.gevraagd) | {"gemeente"}
        return None, eigen + fouten_op_velden(exc.errors(), Omgezet(model=model), namen)
    return (None, eigen) if eigen else (profiel, [])


def volgende_vragen(
    open_vragen: Iterable[Any],
    gevraagd: Iterable[str],
    aantal: int = PER_STAP,
    waarden: Mapping[str, str] | None = None,
) -> list[Vraag]:
    """The next questions: the overview's open questions in its order, not asked before, that can be asked here.

    `waarden` are the answers so far: a household of several people already says the person does not live alone.
    """
    al = set(gevraagd)
    grootte = invoer.geheel((waarden or {}).get(_GROOTTE, ""))
    if isinstance(grootte, int) and grootte > 1:
        al.add("huisgenoten")
    uit: list[Vraag] = []
    for ov in open_vragen:
        naam = canoniek(ov.veld)
        if naam is None or naam in al:
            continue
        # The overview's question text is already in the page's language; a renamed field keeps its own question.
        v = vraag(naam, ov.vraag if naam == ov.veld else None)
        if v is not None:
            uit.append(v)
            al.add(naam)
        if len(uit) >= aantal:
            break
    return uit


def vragen_voor(namen: Iterable[str], teksten: Mapping[str, str] | None = None) -> list[Vraag]:
    """The questions for these field names (to show the answers given so far again)."""
    uit = []
    for naam in namen:
        if naam == ONTVANGT:
            continue
        v = vraag(naam, (teksten or {}).get(naam))
        if v is not None:
            uit.append(v)
    return uit
