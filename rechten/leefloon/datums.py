"""Date arithmetic the rules share: completed years and whole months."""

from __future__ import annotations

from datetime import date

__all__ = ["leeftijd", "volle_maanden"]


def leeftijd(geboren: date, peildatum: date) -> int:
    """Completed years on `peildatum`."""
    return peildatum.year - geboren.year - ((peildatum.month, peildatum.day) < (geboren.month, geboren.day))


def volle_maanden(van: date, tot: date) -> int:
    """Whole months from `van` to `tot`."""
    maanden = (tot.year - van.year) * 12 + tot.month - van.month
    return maanden - (tot.day < van.day)
