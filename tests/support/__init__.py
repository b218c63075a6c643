"""Helpers shared by the tests: real PostgreSQL databases, a live server, required-in-CI checks."""
