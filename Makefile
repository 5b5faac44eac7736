# Quick start: `make demo` (set up, ingest the bundled demo corpus, query it) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE ?= demo.duckdb

.PHONY: setup demo test lint clean

$(BIN)/medtour: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/medtour

setup: $(BIN)/medtour

demo: setup
	$(BIN)/medtour ingest demo/corpus --warehouse $(WAREHOUSE)
	$(BIN)/medtour query --warehouse $(WAREHOUSE) \
	  "SELECT event_type, name, start_date, city, country FROM events ORDER BY start_date"

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/pytest

clean:
	rm -rf $(VENV) *.duckdb .pytest_cache .ruff_cache
