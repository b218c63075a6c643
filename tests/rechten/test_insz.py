"""INSZ check: eleven digits, a birth date part and the modulo-97 check number (with the post-2000 rule)."""

import pytest

from rechten.insz import InszFout, controleer_insz


@pytest.mark.parametrize(
    ("invoer", "verwacht"),
    [
        ("85073003328", "85073003328"),  # born 1985: 97 − 850730033 mod 97 = 28
        ("85.07.30-033.28", "85073003328"),  # the usual notation
        ("01020300170", "01020300170"),  # born 2001: 97 − 2010203001 mod 97 = 70
        ("01020300141", "01020300141"),  # born 1901: the pre-2000 rule gives 41
        ("85273003371", "85273003371"),  # a BIS number: month + 20
    ],
)
def test_geldige_insz(invoer, verwacht):
    assert controleer_insz(invoer) == verwacht


def _controle(negen: str, na_2000: bool = False) -> str:
    basis = int(("2" if na_2000 else "") + negen)
    return f"{97 - basis % 97:02d}"


def test_controlegetallen_komen_overeen_met_de_formule():
    assert _controle("850730033") == "28"
    assert _controle("010203001", na_2000=True) == "70"
    assert _controle("852730033") == "71"


@pytest.mark.parametrize(
    ("invoer", "fout"),
    [
        ("85073003329", "controlegetal"),  # one off
        ("01020300171", "controlegetal"),
        ("8507300332", "11 cijfers"),
        ("8507300332X", "11 cijfers"),
        ("85133003370", "geboortedatum"),  # month 13, check number right
        ("", "11 cijfers"),
    ],
)
def test_ongeldige_insz(invoer, fout):
    with pytest.raises(InszFout, match=fout):
        controleer_insz(invoer)
