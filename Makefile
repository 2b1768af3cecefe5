# T.Dat'Hack QGIS plugin. `make test` and `make demo` work on a fresh Debian machine.
PLUGIN   := tdathack_plugin
VENV     ?= .venv
PY       := $(VENV)/bin/python
# QGIS=3.40 or QGIS=3.44 runs `make test` inside a Debian root with that QGIS (scripts/qgis_root.sh);
# empty, the host's QGIS.
QGIS     ?=
VERSION  := $(shell sed -n 's/^version=//p' $(PLUGIN)/metadata.txt)
TS       := $(wildcard $(PLUGIN)/i18n/*.ts)
QM       := $(TS:.ts=.qm)
ZIP      := dist/$(PLUGIN)-$(VERSION).zip
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
export QT_QPA_PLATFORM ?= offscreen

.PHONY: demo setup build test test-all qt6-check lint ts package deploy smoke portal db db-stop bench docs guide-screenshots clean screenshots

setup: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt scripts/setup.sh
	bash scripts/setup.sh

build: setup $(QM)

%.qm: %.ts
	lrelease -silent $< -qm $@

# The tests run against a throw-away PostGIS cluster (scripts/pg_cluster.sh), started here
# unless one is given (TDATHACK_PG_HOST: inside a QGIS root, the host's).
WITH_DB  := $(if $(TDATHACK_PG_HOST),,bash scripts/pg_cluster.sh with)

ifeq ($(QGIS),)
test: build
	$(WITH_DB) bash scripts/pytest_run.sh $(PY)
else
test:
	$(WITH_DB) bash scripts/qgis_root.sh run $(QGIS) make test
endif

# The whole suite on every tested QGIS: the host's (3.22), 3.40 LTR and 3.44.
test-all:
	$(MAKE) test QGIS=
	$(MAKE) test QGIS=3.40
	$(MAKE) test QGIS=3.44

# QGIS's own PyQt5 -> PyQt6 migration checker finds nothing to change in the plugin.
qt6-check:
	bash scripts/qt6_check.sh

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) scripts/update_ts.py --check

ts: setup
	$(PY) scripts/update_ts.py

package: build
	$(PY) scripts/package.py $(ZIP)

deploy: build
	mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	rm -rf $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)
	$(PY) scripts/package.py --unpacked $(QGIS_PROFILE_DIR)/python/plugins
	@echo "Installed in $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in Plugins > Manage."

demo: build
	bash scripts/demo.sh

smoke: build
	bash scripts/smoke.sh

bench: build bench/.venv-geopandas/.installed
	$(PY) bench/ods_download.py
	$(PY) bench/mobile_gaps.py
	$(PY) bench/national.py
	$(PY) bench/postgis.py
	$(PY) bench/service_coverage.py
	$(PY) bench/fibre_pro.py
	$(PY) bench/point_providers.py
	$(PY) bench/gil_release.py
	$(PY) bench/dock_scroll.py
	$(PY) bench/report.py

# GeoPandas (a benchmark peer only) in its own venv: its numpy must not shadow the one QGIS's
# GDAL bindings were built with.
bench/.venv-geopandas/.installed:
	python3 -m venv bench/.venv-geopandas
	bench/.venv-geopandas/bin/pip install -q geopandas==1.2.0 pyogrio==0.13.0
	touch $@

docs: build
	$(PY) scripts/algorithm_reference.py docs

guide-screenshots: build demo-output/mobile-zones.gpkg
	mkdir -p docs/img
	for lang in fr en; do \
	    GUIDE_LANG=$$lang GUIDE_IMAGES=$(CURDIR)/docs/img DEMO_OUTPUT=$(CURDIR)/demo-output \
	    QGIS_LOCALE=$$( [ $$lang = fr ] && echo fr_FR || echo en_GB ) \
	    bash scripts/run_qgis.sh scripts/guide/screens.py; done

demo-output/mobile-zones.gpkg:
	$(MAKE) demo

# The Opendatasoft dock in a real QGIS under xvfb, in French and English at 100 %: the guides'
# pictures of it (docs/img/ods-dock-<state>.<lang>.png) come from these runs
# (tests/test_dock_real_qgis.py also checks 150 %).
screenshots: build
	for lang in fr en; do \
	    bash scripts/dock_check.sh $$lang 1 && \
	    for state in search details preview loading; do \
	        cp build/screenshots/dock-$$lang-1/$$state.png docs/img/ods-dock-$$state.$$lang.png; \
	    done || exit 1; done

# A local PostGIS database for demos (.db/, Unix socket only), and how QGIS connects to it.
db: setup
	bash scripts/pg_cluster.sh start .db
	@echo "PostGIS is running: socket folder $(CURDIR)/.db, database tdathack, user tdathack,"
	@echo "password tdathack. In QGIS: Browser > PostgreSQL > New Connection, Host $(CURDIR)/.db,"
	@echo "Port 5432, Database tdathack, Authentication: a Basic configuration with that user."
	@echo "Stop it with: make db-stop"

db-stop:
	bash scripts/pg_cluster.sh stop .db

# The local portal for demos: real datasets only (--faults adds those that fail on purpose).
portal: setup
	$(PY) -m tests.ods_portal --port 8765

clean:
	rm -rf build dist $(QM)
