"""What a browser would post for a form on a page: every successful control with its current value."""

from __future__ import annotations

from html.parser import HTMLParser

__all__ = ["Formulier", "lees_formulier"]


class _Lezer(HTMLParser):
    def __init__(self, form_id: str | None, action: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.form_id, self.action = form_id, action
        self.in_form = False
        self.velden: list[list] = []  # [name, value, kind]
        self._select: list | None = None
        self._select_first: str | None = None
        self._option: dict | None = None
        self._textarea: list | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.in_form = (self.form_id is None or a.get("id") == self.form_id) and (
                self.action is None or a.get("action") == self.action
            )
            return
        if not self.in_form:
            return
        if tag == "input":
            soort = a.get("type", "text")
            if soort in ("submit", "button", "image", "reset", "file") or "name" not in a or "disabled" in a:
                return
            if soort in ("checkbox", "radio") and "checked" not in a:
                return
            self.velden.append([a["name"], a.get("value", "on" if soort == "checkbox" else ""), soort])
        elif tag == "select" and "name" in a:
            self._select = [a["name"], None, "select"]
            self._select_first = None
        elif tag == "option" and self._select is not None:
            self._option = {"value": a.get("value"), "selected": "selected" in a, "tekst": ""}
        elif tag == "textarea" and "name" in a:
            self._textarea = [a["name"], "", "textarea"]

    def handle_data(self, data):
        if self._option is not None:
            self._option["tekst"] += data
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "option" and self._option is not None and self._select is not None:
            waarde = self._option["value"] if self._option["value"] is not None else self._option["tekst"].strip()
            if self._select_first is None:
                self._select_first = waarde
            if self._option["selected"]:
                self._select[1] = waarde
            self._option = None
        elif tag == "select" and self._select is not None:
            if self._select[1] is None:
                self._select[1] = self._select_first or ""
            self.velden.append(self._select)
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self._textarea[1] = self._textarea[1].removeprefix("\n")
            self.velden.append(self._textarea)
            self._textarea = None


class Formulier:
    """The fields of one form; `zet` changes (or adds) a value, `data(actie)` gives what to post."""

    def __init__(self, velden: list[list]) -> None:
        self.velden = velden

    def waarde(self, naam: str) -> str | None:
        return next((v[1] for v in self.velden if v[0] == naam), None)

    def zet(self, naam: str, waarde: str) -> Formulier:
        for veld in self.velden:
            if veld[0] == naam:
                veld[1] = waarde
                return self
        self.velden.append([naam, waarde, "text"])
        return self

    def vink(self, naam: str, waarde: str, aan: bool = True) -> Formulier:
        self.velden = [v for v in self.velden if not (v[0] == naam and v[1] == waarde)]
        if aan:
            self.velden.append([naam, waarde, "checkbox"])
        return self

    def data(self, actie: str | None = None) -> dict[str, list[str]]:
        """The posted values, per name (a name may carry several values, like check boxes)."""
        uit: dict[str, list[str]] = {}
        for naam, waarde, _ in self.velden:
            uit.setdefault(naam, []).append(waarde)
        if actie is not None:
            uit["actie"] = [actie]
        return uit


def lees_formulier(html: str, form_id: str | None = None, action: str | None = None) -> Formulier:
    lezer = _Lezer(form_id, action)
    lezer.feed(html)
    return Formulier(lezer.velden)
