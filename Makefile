# Two commands on a fresh machine with Python 3.11: `make run` and `make test`.
# Both create the environment when it is missing (uv, pinned by uv.lock).
PY ?= python3
VENV := .venv
TOOLS := .tools
UV := $(TOOLS)/bin/uv

export UV_PYTHON_DOWNLOADS := never
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 90
export DO_NOT_TRACK := 1
export GX_ANALYTICS_ENABLED := False

.PHONY: setup run test soak bench demo rebuild scorecard docs clean

$(UV):
	$(PY) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==0.13.9

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --compile-bytecode --python $(PY)
	touch $@

setup: $(VENV)/.installed

run: setup            ## refresh the warehouse from the official sites (XINZHI_* to configure)
	$(VENV)/bin/xinzhi refresh

test: setup           ## the whole test suite (no internet needed)
	$(VENV)/bin/pytest

soak: setup           ## the fuzz tests with many more examples (minutes), then the fault and crash tests
	XINZHI_FUZZ_EXAMPLES=3000 $(VENV)/bin/pytest tests/test_fuzz.py tests/test_faults.py tests/test_crash.py

bench: setup          ## the benchmarks (several minutes); writes BENCHMARKS.md
	$(VENV)/bin/python benchmarks/bench.py --write

demo: setup           ## the same flow against the bundled fixture pages, into demo/
	$(VENV)/bin/xinzhi demo

rebuild: setup        ## rebuild the warehouse from the raw archive, no network
	$(VENV)/bin/xinzhi rebuild

scorecard: setup
	$(VENV)/bin/xinzhi scorecard

docs: setup           ## regenerate docs/data-dictionary.md from sql/ (the warehouse's own descriptions)
	$(VENV)/bin/xinzhi docs docs

clean:
	rm -rf $(VENV) $(TOOLS) .prefect demo .pytest_cache
