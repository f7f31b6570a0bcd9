# WUF Ops — everything a developer or CI needs, installed by the project's own files.
#   make demo   install into .venv and open the desk app on the WUF-scale demo event
#   make test   install and run the whole suite: tests, ruff, mypy --strict, import-linter
#   make bench  benchmarks on the demo event, each figure beside a baseline from the same run
#   make translations  texts of ui/ and the core into every language's .ts/.po, filled from
#               the tables, compiled; lists what translators still have to do (docs/languages.md)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: demo test test-long lint typecheck contracts pytest bench install clean package-check \
	frozen-check system-run system-test translations qm

# System packages from Debian's registry (apt-get): what the app needs to open a window, and
# what the tests drive (pdftoppm, Xvfb, xdotool). Fails naming any package it cannot install.
system-run:
	@bash packaging/system_packages.sh run

system-test:
	@bash packaging/system_packages.sh test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The desk's texts compiled (.ts → .qm) by the build, never committed: pip's build (setup.py)
# makes them on install; this rule remakes one whenever its .ts is newer (a pull, an edit).
TS := $(wildcard resources/translations/wufops_*.ts)
QM := $(TS:.ts=.qm)
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

install: $(STAMP) qm

translations: $(STAMP)
	$(BIN)/python resources/translations/update.py

# PyInstaller (the `package` extra) only where the frozen app is built: CI and packagers.
PACKAGE_STAMP := $(VENV)/.installed-package
$(PACKAGE_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

# Without a display Qt runs offscreen, where a window is invisible: save a screenshot instead.
demo: $(STAMP) qm system-run
ifeq ($(QT_QPA_PLATFORM),offscreen)
	$(BIN)/wufops demo --screenshot demo-screenshot.png
	@echo "No display here: the desk app opened offscreen on the demo event and saved demo-screenshot.png"
else
	$(BIN)/wufops demo
endif

test: $(STAMP) lint typecheck contracts pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) qm system-test
	$(BIN)/python -m pytest -q

# The long fault run: ten times the sync model's examples (a few minutes), new seed printed.
test-long: $(STAMP) qm system-test
	$(BIN)/python -m pytest -q -m long tests/sync/test_convergence_model.py

bench: $(STAMP) qm system-run
	$(BIN)/python -m benchmarks

# Build a wheel, install it into a fresh venv and run a smoke check from outside the tree:
# proves `pip install .` gives a working app that finds its resources.
package-check: $(STAMP) qm
	bash packaging/smoke_check.sh

# Build the one-folder desk app with PyInstaller and run the frozen program from outside the
# tree: --help, generate-demo, badges for 20, app --screenshot under Xvfb, doctor.
frozen-check: $(PACKAGE_STAMP) qm system-test
	bash packaging/frozen_check.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
