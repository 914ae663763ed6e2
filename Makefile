# Each target sets itself up: a fresh clone needs only python3 (and root or sudo for chromium).
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-$(shell cksum < requirements.txt | cut -d' ' -f1)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test outputs bench chromium clean

$(STAMP): requirements.txt
	python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	rm -f $(VENV)/.installed-* && touch $@

# Debian's chromium for the browser tests (Playwright's own browser download does not work here).
chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

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

# Page weight, build and test-suite times on this machine (figures for the README, not assertions).
bench: $(STAMP) chromium build
	$(BIN)/python -m tests.benchmark

clean:
	rm -rf site .cache
