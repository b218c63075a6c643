"""Example rights (RechtRecord) and version metadata for the IPDC tests, without a database.

`volledig()` fills every field (several conditions and procedures, French text, amounts, an address, a contact
e-mail the IPDC pattern refuses, relations, a linked concept); `lokaal()` and `federaal()` are shorter.
The amounts and texts are realistic but only test data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from catalogue.schema import RechtRecord

__all__ = ["Info", "federaal", "info_voor", "lokaal", "paren", "volledig"]

_NS = uuid.UUID("0f4b1c9e-2a77-4c1e-9d0e-3f6a1b2c3d4e")


@dataclass
class Info:
    """Stands in for the store's RechtInfo."""

    id: str
    versie: int
    aangemaakt_op: datetime
    gewijzigd_op: datetime
    gepubliceerd_op: datetime | None


def info_voor(record: RechtRecord) -> Info:
    return Info(
        id=str(uuid.uuid5(_NS, record.code)),
        versie=3,
        aangemaakt_op=datetime(2024, 3, 1, 9, 30, tzinfo=UTC),
        gewijzigd_op=datetime(2025, 1, 15, 14, 5, 7, tzinfo=UTC),
        gepubliceerd_op=datetime(2025, 1, 16, 8, 0, tzinfo=UTC),
    )


def volledig(**wijzig) -> RechtRecord:
    data = {
        "code": "gent-uitpas-kansentarief",
        "naam": {"nl": "UiTPAS met kansentarief", "fr": "UiTPAS au tarif réduit", "en": "UiTPAS reduced rate"},
        "beschrijving": {"nl": "Korting van 80% op vrije tijd in Gent.", "fr": "Réduction de 80 %."},
        "aanvullende_beschrijving": {"nl": "Geldig bij alle UiTPAS-partners in de regio Gent."},
        "uitzonderingen": {
            "nl": "Niet voor activiteiten zonder UiTPAS-aanbod.",
            "fr": "Pas pour les activités hors UiTPAS.",
        },
        "samenvatting": {"nl": "Met een laag inkomen betaalt u 20% voor sport en cultuur.", "en": "Pay 20%."},
        "niveau": "lokaal",
        "uitvoerend_niveau": ["lokaal", "derden"],
        "bevoegde_overheid": {"naam": "Stad Gent", "uri": "https://data.vlaanderen.be/id/organisatie/OVO002949"},
        "uitvoerende_overheden": [{"naam": "OCMW Gent"}, {"naam": "UiTPAS Gent vzw"}],
        "gebied": ["44021"],
        "type": "FinancieelVoordeel",
        "themas": ["CultuurSportVrijeTijd", "WelzijnGezondheid"],
        "doelgroepen": ["Burger"],
        "sociale_doelgroepen": ["laag-inkomen", "gezinnen-met-kinderen"],
        "zoektermen": ["uitpas", "korting", "vrije tijd"],
        "voorwaarden": [
            {
                "naam": "Woonplaats",
                "beschrijving": "U woont in Gent.",
                "bewijs": {"naam": "Identiteitskaart", "beschrijving": "Uw elektronische identiteitskaart."},
            },
            {"naam": "Inkomen", "beschrijving": "U hebt recht op verhoogde tegemoetkoming of een leefloon."},
        ],
        "voorwaarde": {
            "alle": [
                {"woont_in": ["44021"]},
                {"een_van": [{"heeft_recht": "verhoogde-tegemoetkoming"}, {"heeft_recht": "leefloon"}]},
            ]
        },
        "procedures": [
            {
                "naam": "Aanvragen",
                "beschrijving": "Vraag het kansentarief aan bij een UiTPAS-balie.",
                "websites": [{"naam": "UiTPAS Gent", "url": "https://www.uitpas.be/gent"}],
            },
            {
                "naam": "Verlengen",
                "beschrijving": "Verleng elk jaar met een nieuw attest.",
                "websites": [
                    {
                        "naam": "Verlengen",
                        "url": "https://www.uitpas.be/gent/verlengen",
                        "beschrijving": "Uitleg over verlengen",
                    }
                ],
            },
        ],
        "kosten": [{"naam": "Kaart", "beschrijving": "De kaart kost 1 euro met kansentarief."}],
        "financiele_voordelen": [{"naam": "Korting", "beschrijving": "80% korting op de gewone prijs."}],
        "bedragen": [
            {
                "omschrijving": "Prijs van de kaart",
                "waarde": "1.00",
                "eenheid": "euro",
                "periode": "eenmalig",
                "geldig_vanaf": "2025-01-01",
                "bron": "https://www.uitpas.be/gent",
            },
            {
                "omschrijving": "Korting",
                "waarde": 80,
                "eenheid": "procent",
                "periode": "eenmalig",
                "geldig_vanaf": "2024-01-01",
                "geldig_tot": "2024-12-31",
            },
        ],
        "regelgeving": [{"naam": "Reglement UiTPAS Gent", "url": "https://www.gent.be/reglement-uitpas"}],
        "contact": [
            {
                "naam": "UiTPAS-balie",
                "email": "uitpas+kansen@stad.gent",
                "telefoon": "09 210 10 10",
                "url": "https://stad.gent/uitpas",
                "openingsuren": "ma–vr 9–12 u",
                "adres": {
                    "straat": "Botermarkt",
                    "huisnummer": "1",
                    "bus": "A",
                    "postcode": "9000",
                    "gemeente": "Gent",
                },
            },
            {"email": "info@stad.gent"},
        ],
        "websites": [{"naam": "Stad Gent", "url": "https://stad.gent/nl/uitpas", "beschrijving": "Alle info"}],
        "documenten": ["identiteitskaart", "attest verhoogde tegemoetkoming"],
        "automatisch": False,
        "aanvragen_bij": "Aan een UiTPAS-balie in Gent.",
        "relaties": {"vereist": ["verhoogde-tegemoetkoming"], "sluit_uit": ["gent-vrijetijdspas"]},
        "concept": "uitpas-kansentarief",
        "productnummer": "1502",
        "start": "2017-09-01",
        "einde": "2030-12-31",
        "bron_url": "https://stad.gent/nl/uitpas/kansentarief",
        "laatst_geverifieerd": "2025-01-10",
        "verificatie_opmerking": "Prijs 2025 bevestigd op de website van de stad.",
    }
    data.update(wijzig)
    return RechtRecord.model_validate(data)


def lokaal(**wijzig) -> RechtRecord:
    data = {
        "code": "leuven-mantelzorgpremie",
        "naam": "Mantelzorgpremie",
        "beschrijving": "Een jaarlijkse premie voor wie thuis zorgt voor een zorgbehoevende.",
        "niveau": "lokaal",
        "uitvoerend_niveau": ["lokaal"],
        "bevoegde_overheid": {"naam": "Stad Leuven"},
        "gebied": ["24062"],
        "themas": ["WelzijnGezondheid"],
        "voorwaarden": [{"naam": "Zorg", "beschrijving": "U zorgt thuis voor iemand."}],
        "procedures": [{"naam": "Aanvragen", "beschrijving": "Met het formulier."}],
        "voorwaarde": {"veld": "aanvrager.leeftijd", "op": ">=", "waarde": 18},
        "bron_url": "https://www.leuven.be/mantelzorgpremie",
        "laatst_geverifieerd": "2025-02-01",
    }
    data.update(wijzig)
    return RechtRecord.model_validate(data)


def federaal(**wijzig) -> RechtRecord:
    data = {
        "code": "leefloon",
        "naam": {"nl": "Leefloon", "fr": "Revenu d'intégration"},
        "beschrijving": "Een minimuminkomen voor wie onvoldoende bestaansmiddelen heeft.",
        "niveau": "federaal",
        "uitvoerend_niveau": ["lokaal"],
        "bevoegde_overheid": {"naam": "POD Maatschappelijke Integratie"},
        "uitvoerende_overheden": [{"naam": "OCMW"}],
        "themas": ["WelzijnGezondheid"],
        "type": "FinancieelVoordeel",
        "voorwaarde_toelichting": "Vereist een sociaal onderzoek door het OCMW.",
        "bedragen": [
            {"omschrijving": "Alleenstaande", "waarde": "1314.20", "periode": "maand", "geldig_vanaf": "2025-02-01"}
        ],
        "relaties": {"geeft_recht_op": ["verhoogde-tegemoetkoming"]},
        "bron_url": "https://www.mi-is.be/nl/themas/leefloon",
        "laatst_geverifieerd": "2025-03-01",
    }
    data.update(wijzig)
    return RechtRecord.model_validate(data)


def paren(*records: RechtRecord) -> list[tuple[Info, RechtRecord]]:
    return [(info_voor(r), r) for r in records]
