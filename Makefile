# chronicle: the two commands of the README.
#   make demo   install what is missing, build (Release), run on examples/
#   make test   build (Debug, ASan+UBSan) and run every test with CTest
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
RELEASE_DIR := build/release
DEBUG_DIR := build/debug
DEMO_DB := build/demo.db

.PHONY: all deps release debug demo test bench clean format

all: release

deps:
	@scripts/install-deps

release: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

debug: deps
	cmake --preset debug >/dev/null
	cmake --build --preset debug -j $(JOBS)

demo: release
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(RELEASE_DIR)/tools/chronicle run examples/news --db $(DEMO_DB)
	@echo "--- consultations (CAMEO 04) in $(DEMO_DB):"
	@$(RELEASE_DIR)/tools/chronicle query --db $(DEMO_DB) --code 04
	@echo "--- all events: $(RELEASE_DIR)/tools/chronicle export --db $(DEMO_DB) --format csv"

test: debug
	cd $(DEBUG_DIR) && ctest --output-on-failure -j $(JOBS)

bench: release
	$(RELEASE_DIR)/bench/pipeline_bench

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf build
