"""The web layer: FastAPI JSON API, Jinja2 pages and the `rechten` command line. Thin: validate, call, render."""

__all__: list[str] = []
