"""What the test machine offers. In CI a missing part is a failure, locally a skip."""

from __future__ import annotations

import os

import pytest

__all__ = ["IN_CI", "vereist"]

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def vereist(voorwaarde: bool, reden: str) -> None:
    """Skip (locally) or fail (in CI, where `.ci/run` must provide it) when `voorwaarde` is false."""
    if voorwaarde:
        return
    if IN_CI:
        pytest.fail(f"CI moet dit voorzien: {reden}")
    pytest.skip(reden)
