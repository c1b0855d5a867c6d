# newsqa: `make run` starts it, `make test` tests it. Both set up .venv first when needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Offline and private: no telemetry, never a download from a model hub.
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install index run test lint bench clean

# torch goes first, pinned: the CPU wheel on this disk (a loose spec would pull a CUDA build).
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)

index: install          ## build the index of seeds/ (fast when nothing changed)
	$(PY) -m index build

run: index              ## build the index if needed, then start (for now: an interactive search)
	$(PY) -m index status
	$(PY) -m index search

test: install           ## the whole test suite
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check index rag tests bench

bench: install          ## print build and query figures (minutes: it embeds up to 100,000 chunks)
	$(PY) bench/bench_index.py

clean:                  ## remove the index (not the virtual environment)
	rm -rf .newsqa
