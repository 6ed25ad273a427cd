# The two commands a newcomer needs (see README.md):
#   make build   set up .venv and run the main job (sample corpus -> .intgraph/store -> exports/)
#   make test    set up .venv with the dev tools, check style, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: build test lint setup system-deps npm-deps eval clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python scripts/owlapi-jars.py $(VENV)/owlapi
	touch $@

setup: $(BIN)/.installed

system-deps:
	bash scripts/system-deps.sh

npm-deps:
	bash scripts/npm-deps.sh

build: setup
	$(BIN)/intgraph build

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

test: system-deps npm-deps setup lint
	$(BIN)/pytest

eval: setup
	../shared/eval/run-eval

clean:
	rm -rf $(VENV) .intgraph build .pytest_cache .ruff_cache
