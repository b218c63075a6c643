"""Scenarios of features/overzicht/ (the rights overview for a care worker)."""

from pytest_bdd import scenarios

from tests.bdd.stappen_overzicht import *  # noqa: F403  (steps and the `cliënt` fixture)

scenarios("overzicht")
