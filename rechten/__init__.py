"""Rechtenverkenner domain core: profiles, leefloon advice, rights overview.

Pure and typed: this package imports neither FastAPI nor SQLModel, so the law stays testable on its own.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
