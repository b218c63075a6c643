"""Staff accounts and sign-in: roles (`rollen`), argon2 passwords (`wachtwoord`), sessions and bearer tokens
(`sessies`), login throttling (`throttle`), accounts and login (`accounts`), request dependencies (`deps`) and the
`rechten gebruiker` commands (`cli`). The public explorer, advice and overview need none of this.
"""
