# The README's commands: `make run` and `make test` do all set-up themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)

export QT_QPA_PLATFORM ?= offscreen

# Interface translations: the .ts files are the source, the .qm files are built here.
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck format bench stress package package-test sysdeps-run sysdeps-test clean translations update-translations

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,postgres]'
	@rm -f $(VENV)/.installed-*
	@touch $@

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Re-extract the texts of annotator/gui into the .ts files (new ones come in unfinished).
# English is the source language: its catalogue holds only the plural forms of messages
# with a count ("1 entity", "2 entities"), the source text being the plural.
LUPDATE := $(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -extensions py annotator/gui
update-translations: $(STAMP)
	$(LUPDATE) -ts resources/translations/annotator_ar.ts
	$(LUPDATE) -pluralonly -target-language en -ts resources/translations/annotator_en.ts

sysdeps-run:
	@sh packaging/system-deps.sh run

sysdeps-test:
	@sh packaging/system-deps.sh test

run: sysdeps-run $(STAMP) $(QM)
	QT_QPA_PLATFORM= $(BIN)/annotator $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: sysdeps-test $(STAMP) $(QM) lint typecheck
	$(BIN)/pytest -q

stress: sysdeps-test $(STAMP)
	$(BIN)/python -m benchmarks.stress

bench: sysdeps-test $(STAMP) $(QM)
	$(BIN)/python -m benchmarks.run

package: sysdeps-run $(STAMP) $(QM)
	@sh packaging/system-deps.sh package
	$(PY) -m pip install --quiet -e '.[test,postgres,package]'
	sh packaging/build.sh

package-test: package
	sh packaging/test-deb.sh

clean:
	rm -rf build dist .pytest_cache $(QM)
