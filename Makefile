# plankg — two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint docs eval screenshot bench clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: install, build the seed plan(s) into build/, validate with SHACL, print where outputs are
run: $(STAMP)
	$(BIN)/plankg build data/plans --out build
	$(BIN)/plankg validate --graph build/graph.ttl
	$(BIN)/plankg validate --graph build/dataset.ttl --shapes tests/fixtures/dcat-ap-3.0.0/dcat-ap-SHACL.ttl
	$(BIN)/plankg viz --graph build/graph.ttl --out build/graph.html
	@echo "outputs in build/: graph.ttl graph.nt graph.jsonld dataset.ttl reference.ttl graph.html (open it in a browser)"

## test: the whole suite (lint + types + pytest, one worker per core; a module's tests share a worker)
test: $(STAMP) lint
	$(BIN)/pytest -n auto --dist loadscope

lint: $(STAMP)
	$(BIN)/ruff check plankg.py builder linking queries viz bench tests
	$(BIN)/ruff format --check plankg.py builder linking queries viz bench tests
	$(BIN)/mypy

## bench: build speed and memory on real-text corpora (bench/results.md), query latency (bench/queries.md), big views (bench/viz.md), the served endpoint under load (bench/load.md)
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.query_latency
	$(BIN)/python -m bench.viz_bench
	$(BIN)/python -m bench.load --plans 100

## docs: regenerate docs/queries.md from the query library and the seed
docs: $(STAMP)
	$(BIN)/python -m queries.docs

## eval: learn from the dev annotations, score every annotated real text and the seed;
## writes data/vocab/learned.yaml and docs/fidelity.md
eval: $(STAMP)
	$(BIN)/python -m bench.learn
	$(BIN)/python -m bench.fidelity_report

## screenshot: docs/img/graph.png of the seed view (needs Debian's chromium)
screenshot: run
	$(BIN)/python -m viz.screenshot build/graph.html docs/img/graph.png

clean:
	rm -rf build .pytest_cache .mypy_cache
