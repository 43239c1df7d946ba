# Two commands are the contract: `make run` and `make test` (see README).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= svodka.db

.PHONY: run test test-bench install bench clean browser vendor serve

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

run: install
	$(BIN)/svodka ingest examples/corpus --db $(DB)
	$(BIN)/svodka stats --db $(DB)
	$(BIN)/svodka events --db $(DB)
	$(BIN)/svodka disagreements --db $(DB)

test: install
	$(BIN)/pytest -q -m "not bench"

# The UI tests drive Debian's chromium (browser downloads do not work offline); they skip without it.
browser:
	@command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium) \
		|| echo "chromium could not be installed: the browser tests will skip"

serve: install
	$(BIN)/svodka serve --db $(DB)

# Refresh the vendored outline map (npm package world-atlas) in the web UI's static files.
vendor:
	mkdir -p build && cd build && npm pack world-atlas@2 && tar xzf world-atlas-2*.tgz
	cp build/package/countries-110m.json build/package/LICENSE src/svodka/web/static/world/

# Tests that run a benchmark over ../shared/data (they skip without it); CI runs them too.
test-bench: install
	$(BIN)/pytest -q -m bench

bench: install
	$(BIN)/svodka bench ner --corpus nerel
	$(BIN)/svodka bench ner --corpus factrueval
	$(BIN)/svodka bench speed --corpus nerel --workers 2
	$(BIN)/svodka bench statements
	$(BIN)/svodka bench times
	$(BIN)/svodka bench figures
	$(BIN)/svodka bench ledger
	$(BIN)/svodka bench serve --documents 10000

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info .pytest_cache
