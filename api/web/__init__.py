"""Helpers of the server-rendered web pages: labels, form handling, view models, Jinja filters.

Routes live in `api/routes/pagina_*.py`; what those pages need beyond routing (turning form fields into a
Profiel and errors back into fields, the fiche of a right in the reader's language, the "what if" comparison)
lives here, so the route modules stay small.
"""
