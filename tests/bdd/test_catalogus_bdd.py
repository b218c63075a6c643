"""Scenarios of features/catalogus/. Step modules per subject are imported here."""

from pytest_bdd import scenarios

from tests.bdd.stappen_catalogus import *  # noqa: F403  (steps and the `beheer` fixture: search, workflow, ...)
from tests.bdd.stappen_ipdc import *  # noqa: F403  (steps and the `uitwisseling` fixture for ipdc.feature)

scenarios("catalogus")
