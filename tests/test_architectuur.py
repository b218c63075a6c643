"""Layering rules of DESIGN.md that code review alone would miss."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERBODEN_IN_DOMEIN = ("fastapi", "starlette", "sqlmodel", "sqlalchemy", "alembic", "uvicorn", "api", "catalogue")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    namen = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            namen.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            namen.add(node.module.split(".")[0])
    return namen


def test_domein_importeert_geen_web_of_database():
    overtredingen = {
        str(p.relative_to(ROOT)): sorted(_imports(p) & set(VERBODEN_IN_DOMEIN))
        for p in (ROOT / "rechten").rglob("*.py")
    }
    assert {k: v for k, v in overtredingen.items() if v} == {}


def test_domein_laadt_zonder_web_of_database_modules():
    code = (
        "import sys, pkgutil, importlib, rechten\n"
        "for m in pkgutil.walk_packages(rechten.__path__, 'rechten.'):\n"
        "    importlib.import_module(m.name)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {VERBODEN_IN_DOMEIN!r}]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == ""


def test_elk_pakket_heeft_een_publiek_oppervlak():
    for pakket in ("rechten", "rules", "catalogue", "api"):
        init = ROOT / pakket / "__init__.py"
        assert "__all__" in init.read_text(), f"{pakket}/__init__.py mist __all__"
