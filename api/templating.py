"""The Jinja2 environment for the server-rendered pages."""

from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates

__all__ = ["TEMPLATES_DIR", "render", "templates"]

TEMPLATES_DIR = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES_DIR))

# The main navigation: (path, label). The current page gets aria-current="page".
NAVIGATIE = [
    ("/", "Start"),
    ("/rechten", "Rechten zoeken"),
    ("/overzicht", "Rechtenoverzicht"),
    ("/advies", "Leefloonadvies"),
]
templates.env.globals["navigatie"] = NAVIGATIE


def render(request: Request, template: str, context: dict | None = None, status_code: int = 200):
    """Render `template` with the common context (language, current path)."""
    ctx = {"taal": getattr(request.state, "taal", "nl"), "huidig_pad": request.url.path}
    ctx.update(context or {})
    return templates.TemplateResponse(request, template, ctx, status_code=status_code)
