# Each target sets itself up: a fresh clone needs only python3 (and root or sudo for chromium).
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-$(shell cksum < requirements.txt | cut -d' ' -f1)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test outputs outputs-torch-next bench chromium torch-next clean

# The second torch release the pages are proven on, read from requirements.txt's comment.
TORCH_NEXT := $(shell sed -n 's/^\# also proven on: torch==//p' requirements.txt)
VENV_NEXT  := .venv-torch-$(TORCH_NEXT)

$(STAMP): requirements.txt
	python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	rm -f $(VENV)/.installed-* && touch $@

# Debian's chromium for the browser tests (Playwright's own browser download does not work here),
# unless CHROMIUM names another browser (.ci/run does on GitHub's runners).
chromium:
	@[ -n "$${CHROMIUM:-}" ] || command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

serve: $(STAMP)
	$(BIN)/mkdocs serve

build: $(STAMP)
	$(BIN)/mkdocs build --strict

# The whole proof: a strict build (zero warnings), then every test, browser included.
test: $(STAMP) chromium build
	$(BIN)/pytest -n 2 --dist loadgroup

# Rewrite every Output/Warning block and notebook output, both languages, from real runs; review the diff.
outputs: $(STAMP)
	$(BIN)/python -m tests.doc_examples
	$(BIN)/python -m tests.notebook_outputs

# The in-process proof of every page and the notebook check, under the second torch release,
# in a venv of its own (on this kind of machine pip takes that CUDA build from local disk).
$(VENV_NEXT)/.installed: requirements.txt
	python3 -m venv $(VENV_NEXT)
	grep -v '^torch==' requirements.txt > $(VENV_NEXT)/requirements.txt
	$(VENV_NEXT)/bin/pip install -q -r $(VENV_NEXT)/requirements.txt torch==$(TORCH_NEXT)
	touch $@

torch-next: $(VENV_NEXT)/.installed
	$(VENV_NEXT)/bin/python -c "import torch; assert torch.__version__.split('+')[0] == '$(TORCH_NEXT)', torch.__version__"
	$(VENV_NEXT)/bin/pytest -n 2 --dist loadgroup -p no:cacheprovider docs tests/test_notebooks.py

# Where the second release prints something else, write its own "Output (torch X)" block.
outputs-torch-next: $(VENV_NEXT)/.installed
	$(VENV_NEXT)/bin/python -m tests.doc_examples

# Page weight, build and test-suite times on this machine (figures for the README, not assertions).
bench: $(STAMP) chromium build
	$(BIN)/python -m tests.benchmark

clean:
	rm -rf site .cache .venv-torch-*
