"""Scenarios of features/leefloon/ (every rule of SPEC.md, amounts to the cent)."""

from pytest_bdd import scenarios

from tests.bdd.stappen_leefloon import *  # noqa: F403  (steps and the `dossier` fixture)

scenarios("leefloon")
