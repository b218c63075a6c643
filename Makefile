# Rechtenverkenner — the README's two commands: `make run` and `make test`.
SHELL := /bin/bash

# durable-rules builds from source and imports on Python 3.11–3.12 only.
PYTHON ?= $(shell for p in python3.11 python3.12 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(not ((3,11) <= sys.version_info[:2] <= (3,12)))' 2>/dev/null \
	&& { command -v $$p; break; }; done)
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
export PORT

.PHONY: run test install install-dev lint format bench clean vertalingen

run: $(VENV)/.installed ## install, create/migrate the database, load the catalogue, serve on $(HOST):$(PORT)
	$(BIN)/rechten serve --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-dev node_modules/axe-core/axe.min.js ## install dev dependencies and run the whole suite
	$(BIN)/ruff check .
	$(BIN)/pytest

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(VENV)/bin/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11 of 3.12 is nodig (durable-rules werkt niet op 3.13)." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

# axe-core for the accessibility checks, from the npm registry (never a browser download).
node_modules/axe-core/axe.min.js: package.json
	npm install --no-audit --no-fund --silent
	@touch $@

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.installed-dev
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

# Extract the Dutch message ids and merge them into the French and English catalogues (then translate the new ones).
vertalingen: $(VENV)/.installed-dev
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k t --no-location --sort-output -o api/translations/messages.pot .
	for t in fr en; do \
	  if [ -f api/translations/$$t/LC_MESSAGES/messages.po ]; then \
	    $(BIN)/pybabel update --no-fuzzy-matching -i api/translations/messages.pot -d api/translations -l $$t; \
	  else $(BIN)/pybabel init -i api/translations/messages.pot -d api/translations -l $$t; fi; \
	done

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache
