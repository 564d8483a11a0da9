# factwire — one-command set-up on Debian 12:
#   make demo   install what is missing, build (Release), analyse the bundled example
#   make test   install, build and run the whole test suite (GoogleTest under ctest)
BUILD    ?= build
JOBS     ?= $(shell nproc)
SUDO     := $(shell [ "$$(id -u)" != 0 ] && command -v sudo)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release -DFACTWIRE_WERROR=ON

# Debian packages the build, the tests and the tools need (see README: Dependencies).
DEB_PACKAGES := build-essential cmake pkg-config python3 \
  libgumbo-dev libutf8proc-dev libsimdjson-dev nlohmann-json3-dev libre2-dev \
  libsqlite3-dev libcli11-dev libcpp-httplib-dev zlib1g-dev \
  libgtest-dev libgmock-dev libbenchmark-dev iso-codes tzdata

# Only for retraining the tagger with `--wordnet` (docs/models.md): `make deps-train`.
TRAIN_PACKAGES := wordnet-base

# The dashboard, its browser test and its load test (optional: skipped where node, npm,
# chromium or wrk are missing).
WEB_PACKAGES := chromium wrk

.PHONY: deps deps-web deps-train configure build web web-if-possible demo test bench peers fuzz clean format

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing" $$missing; \
	  [ -n "$$APT_UPDATED" ] || $(SUDO) apt-get update; DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $$missing; \
	fi

deps-web:
	@missing=$$(for p in $(WEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps-web: installing" $$missing; \
	  [ -n "$$APT_UPDATED" ] || $(SUDO) apt-get update; DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $$missing || true; \
	fi

deps-train:
	@missing=$$(for p in $(TRAIN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps-train: installing" $$missing; \
	  [ -n "$$APT_UPDATED" ] || $(SUDO) apt-get update; DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $$missing; \
	fi

# web/dist, served by `factwire serve`: npm ci (the npm registry) and an esbuild bundle.
web:
	web/build.sh

# `make test` builds the dashboard when it can; without node/npm or the registry its browser
# test is skipped rather than failing the suite.
web-if-possible:
	@if command -v npm >/dev/null; then web/build.sh || echo "make: the dashboard could not be built; its browser test will be skipped"; \
	else echo "make: no npm, the dashboard is not built; its browser test will be skipped"; fi

configure: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	./$(BUILD)/factwire analyze examples/seed-article.txt

test: build web-if-possible
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

bench: build
	./$(BUILD)/bench/factwire_bench

# factwire beside wink-nlp, compromise and Readability (../shared/bench/peers, npm), one run.
peers: build
	bench/peers.sh $(BUILD)/factwire

# libFuzzer targets (clang from Debian): make fuzz FUZZ_SECONDS=600
FUZZ_SECONDS ?= 60
fuzz:
	@command -v clang++ >/dev/null || $(SUDO) apt-get install -y clang libclang-rt-14-dev
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTWIRE_FUZZ=ON -DFACTWIRE_TESTS=OFF -DFACTWIRE_BENCH=OFF
	cmake --build build-fuzz -j$(JOBS)
	./scripts/run_fuzzers.sh build-fuzz $(FUZZ_SECONDS)

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD) build-fuzz
