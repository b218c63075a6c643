"""Saved client profiles (cliëntenprofielen): encryption and keyed hashes (`sleutels`), the service that saves,
reads, re-runs advice on, exports and erases them (`dienst`). Only social workers of the profile's own
organisation reach them; see `api/routes/profielen.py` (API) and `api/routes/pagina_profielen.py` (pages).
"""
