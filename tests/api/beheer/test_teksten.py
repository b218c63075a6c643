"""The texts of the condition templates and facts the editor shows are marked for translation."""

from api.beheer.sjabloonteksten import TEKSTEN
from rechten.situatie import VELDEN
from rules.voorwaarden import SJABLONEN
from rules.voorwaarden.sjabloon import PERSONENVELDEN, STATUSSEN


def test_elke_sjabloontekst_is_gemarkeerd_voor_vertaling():
    nodig = set()
    for s in SJABLONEN.values():
        nodig |= {s.naam, s.uitleg} | {p.label for p in s.parameters}
        nodig |= {label for p in s.parameters for code, label in p.keuzes if code not in VELDEN}
    nodig |= {label for _, label in STATUSSEN} | {label for _, label in PERSONENVELDEN}
    nodig |= {v.label for v in VELDEN.values()}
    assert sorted(nodig - set(TEKSTEN)) == []
