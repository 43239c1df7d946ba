# Two commands are the contract: `make run` and `make test` (see README).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DB ?= svodka.db

.PHONY: run test test-bench test-faults install bench clean browser postgres vendor serve train-ner

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
	$(BIN)/pytest -q -m "not bench and not faults"

# The UI tests drive Debian's chromium (browser downloads do not work offline); they skip without it.
browser:
	@command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium) \
		|| echo "chromium could not be installed: the browser tests will skip"

# The PostgreSQL store's tests start a real server from Debian's package; they skip without it.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q postgresql) \
		|| echo "postgresql could not be installed: the PostgreSQL store tests will skip"

serve: install
	$(BIN)/svodka serve --db $(DB)

# Refresh what the web UI vendors from npm (it runs offline): the outline map and Swagger UI.
vendor:
	rm -rf build/vendor && mkdir -p build/vendor && cd build/vendor && npm pack world-atlas@2 swagger-ui-dist@5 \
		&& mkdir world swagger && tar xzf world-atlas-2*.tgz -C world && tar xzf swagger-ui-dist-5*.tgz -C swagger
	cp build/vendor/world/package/countries-110m.json build/vendor/world/package/LICENSE src/svodka/web/static/world/
	cp build/vendor/swagger/package/swagger-ui-bundle.js build/vendor/swagger/package/swagger-ui.css \
		build/vendor/swagger/package/LICENSE src/svodka/web/static/swagger/

# Tests that run a benchmark over ../shared/data (they skip without it); CI runs them too.
test-bench: install
	$(BIN)/pytest -q -m bench

# Retrain svodka's entity tagger from ../shared/data into src/svodka/ner/models (about 4 minutes on 2 cores).
train-ner: install
	$(BIN)/python -m svodka.ner.train

# Fault injection: a 10 000-item batch with 5 % garbage, kill -9 in the middle of ingests.
test-faults: install
	$(BIN)/pytest -q -m faults

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
