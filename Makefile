# Two entry points (see README): `make serve` and `make test`. Both set up .venv first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# mike runs the environment's mkdocs; the plugins' notice about MkDocs 2 is not for readers of our logs.
export PATH := $(abspath $(BIN)):$(PATH)
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: serve build test check clean

$(BIN)/briefing: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# make serve DEV_ADDR=0.0.0.0:8000 to preview from another machine.
DEV_ADDR ?= 127.0.0.1:8000

serve: $(BIN)/briefing
	$(BIN)/briefing serve --dev-addr $(DEV_ADDR)

build: $(BIN)/briefing
	$(BIN)/briefing build

check: $(BIN)/briefing
	$(BIN)/briefing check $(CHECK_FLAGS)

# The browser tests drive Debian's chromium (apt-get install chromium; .ci/run does it).
test: $(BIN)/briefing
	$(BIN)/briefing check
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) site
