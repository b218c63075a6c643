"""The leefloon rules, one module per group of legal articles (RMI-wet 26/05/2002 and KB 11/07/2002).

- `art03_voorwaarden`: the conditions of RMI-wet art. 3 (residence, nationality, work, rights, detention, GPMI)
- `art07_leeftijd`: age and the minors assimilated to adults (art. 7)
- `art14_categorie`: the household and the category (art. 14 §1)
- `art16_bestaansmiddelen`: the means test (art. 16), with `kb22_vrijstellingen`, `kb24_onroerend`,
  `kb27_kapitaal`, `kb28_afstand`, `kb34_samenwonenden` and `kb35_spi`
- `art23_buitenland`: stays abroad (4 weeks a calendar year)
- `berekening`: the final formula and the amounts; `aannames`: every assumption that is not in the law
- `feiten`: facts for the rules engine; `samenstelling`: the Advies built from the evaluation

The rules engine (`rules.leefloon`) infers condition statuses and the category from `feiten`; its actions call
the functions here. This package never imports the engine.
"""

__all__: list[str] = []
