"""Scenarios of features/beheer/: staff sign-in, authorisation, the editor's journeys, client profiles."""

from pytest_bdd import scenarios

from tests.bdd.stappen_beheer import *  # noqa: F403  (steps and the `werkruimte` fixture)

scenarios("beheer")
