# The two commands: `make run` and `make test`. Both set everything up on a fresh Debian/Ubuntu
# machine (system packages when root, .venv, the package) and are fast the second time.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.fmdesk-installed
SAMPLE := ifc_samples/sample_residential_ifc4.ifc

.PHONY: run test lint format system-deps setup samples

system-deps:
	@bash installer/system_deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m pip install -q --no-deps 'ifctester==0.9.0'  # LGPL; its bcf-client dep is GPL
	@touch $(STAMP)

setup: system-deps $(STAMP)

run: setup
	@bash installer/run_gui.sh $(BIN) $(SAMPLE)

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	bash installer/test.sh $(BIN)

# Style, format and the import contracts of [tool.importlinter] in pyproject.toml (layers, Qt only
# in fmdesk.ui, no cycles inside a package; docs/architecture.md explains them).
lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/lint-imports

format: setup
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

samples: setup
	$(BIN)/fmdesk samples --out ifc_samples
