"""`publicatie_kenmerk`: changes whenever the public catalogue changes, and only then (SQLite and PostgreSQL)."""

from __future__ import annotations

from catalogue import store
from tests.catalogue.maak import recht


def test_kenmerk_volgt_de_publieke_catalogus(sessie):
    kenmerken = [store.publicatie_kenmerk(sessie)]

    def nieuw() -> bool:
        sessie.commit()
        kenmerk = store.publicatie_kenmerk(sessie)
        veranderd = kenmerk != kenmerken[-1]
        kenmerken.append(kenmerk)
        return veranderd

    store.bewaar_record(sessie, recht("gent-premie"), door="t", reden="")
    assert nieuw()
    store.bewaar_record(sessie, recht("gent-ontwerp", status="ontwerp"), door="t", reden="")
    assert not nieuw()  # a draft is not public
    info, record = store.lees_record(sessie, "gent-premie")
    store.wijzig_record(sessie, recht_id=info.id, record=record.model_copy(update={"aanvragen_bij": "Loket"}),
                        door="t", reden="", verwachte_versie=info.versie)  # fmt: skip
    assert not nieuw()  # the published version stays until the change is published
    store.publiceer(sessie, recht_id=info.id, door="t")
    assert nieuw()
    store.archiveer(sessie, recht_id=info.id, door="t")
    assert nieuw()
    assert kenmerken[-1] == kenmerken[0]  # nothing public again: the same content has the same marker
    store.publiceer(sessie, recht_id=info.id, door="t")
    assert nieuw()
    assert len(set(kenmerken)) == 4
