# The two commands: `make run` and `make test`. Both set everything up on a fresh Debian/Ubuntu
# machine (system packages when root, .venv, the package) and are fast the second time.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.fmdesk-installed
SAMPLE := ifc_samples/sample_residential_ifc4.ifc

.PHONY: run test lint format system-deps setup samples installer installer-check

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

# The self-contained bundle (PyInstaller onedir) with its .tar.gz and .deb in dist/. PyInstaller
# (GPL with the bootloader exception: allowed for bundling fmdesk) lives in a build environment
# of its own, build/installer-venv, never in the product's .venv (installer/build-requirements.txt).
# `make installer-check` runs the built bundle with an empty environment (not part of `make test`:
# a build takes longer than a test run should). README "Installer" has the Windows steps.
BUILD_VENV      := build/installer-venv
INSTALLER_STAMP := $(BUILD_VENV)/.fmdesk-installer
$(INSTALLER_STAMP): pyproject.toml installer/build-requirements.txt
	@test -x $(BUILD_VENV)/bin/python || $(PYTHON) -m venv $(BUILD_VENV)
	@$(BUILD_VENV)/bin/python -m pip install -q --upgrade pip
	$(BUILD_VENV)/bin/python -m pip install -q -e . -r installer/build-requirements.txt
	$(BUILD_VENV)/bin/python -m pip install -q --no-deps 'ifctester==0.9.0'
	@touch $(INSTALLER_STAMP)

installer: system-deps $(INSTALLER_STAMP)
	bash installer/build.sh $(BUILD_VENV)/bin

installer-check: installer
	bash installer/check.sh dist/fmdesk
