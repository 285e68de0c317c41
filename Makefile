# The README's commands: `make run` and `make test` do all set-up themselves.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint typecheck format bench stress package package-test sysdeps-run sysdeps-test clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,postgres]'
	@rm -f $(VENV)/.installed-*
	@touch $@

sysdeps-run:
	@sh packaging/system-deps.sh run

sysdeps-test:
	@sh packaging/system-deps.sh test

run: sysdeps-run $(STAMP)
	QT_QPA_PLATFORM= $(BIN)/annotator $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: sysdeps-test $(STAMP) lint typecheck
	$(BIN)/pytest -q

stress: sysdeps-test $(STAMP)
	$(BIN)/python -m benchmarks.stress

bench: sysdeps-test $(STAMP)
	$(BIN)/python -m benchmarks.run

package: sysdeps-run $(STAMP)
	@sh packaging/system-deps.sh package
	$(PY) -m pip install --quiet -e '.[test,postgres,package]'
	sh packaging/build.sh

package-test: package
	sh packaging/test-deb.sh

clean:
	rm -rf build dist .pytest_cache
