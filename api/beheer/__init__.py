"""The staff side of the catalogue.

- `catalogus`: who may maintain which right (own municipality; admin: all), create, change, workflow, restore.
- `validatie`: a record from JSON or a form into a `RechtRecord`, errors naming the exact field.
- `formulier` + `rechtformulier`: the editor's form for every field of a right, without JavaScript.
- `bouwer` + `grens` + `bouwer_weergave` + `sjabloonteksten`: the condition form builder (templates, groups,
  negation, periods for indexed thresholds) and its view models; `voorbeelden`: the preview on sample people.
- `editor`: the editor page's model (reading a form, validating, the template context).
- `geschiedenis`: changed values in readable words (history, conflict page, concept comparison).
- `meldingen`: error reports from the public fiche. `paginas`: what every staff page shares.
Routes: `api/routes/catalogus_beheer.py` (JSON API) and `api/routes/beheer_*.py` (pages).
"""
