# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots translations dist wheel clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[app,server,dev]'
	touch $(STAMP)

# The window needs a few system libraries pip cannot bring (libxcb-cursor0 …): syscheck
# installs them when run as root, and otherwise prints the exact command and stops.
run: $(STAMP)
	$(BIN)/python -m ui.syscheck --install
	$(BIN)/champion-app --demo

# Two pytest workers (pytest-xdist): the suite takes about half as long on two cores. Every
# test makes its own folders, databases and ports, so they run in any order, side by side;
# --dist loadfile keeps each file's tests on one worker, in order (the fault trials' guard
# counts the faults its own process fired).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python -m bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots_fit docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots_security docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots_i18n docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots_coordinator docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots_review docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots_conflict docs/screenshots

# Source → resources/i18n/*.ts (pyside6-lupdate) → *.qm (pyside6-lrelease); see README.
translations: $(STAMP)
	$(BIN)/python -m ui.translations

# The app as one folder that runs without Python: dist/champion-app/ (docs/dist.md), then
# the smoke test: it starts the built app offscreen, opens the demo, syncs, exits on SIGTERM.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	rm -rf dist/champion-app build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/champion-app.spec
	$(BIN)/python packaging/smoke.py dist/champion-app/champion-app

# The release wheel (docs/deploy.md installs it with its [server] extra). setuptools keeps
# build/lib between builds, so a file deleted from the source would still ship: start clean.
wheel: $(STAMP)
	rm -rf build/lib build/bdist.* dist/*.whl
	$(BIN)/python -m pip wheel --quiet --no-deps . -w dist

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache build dist *.egg-info
