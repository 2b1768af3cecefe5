#!/usr/bin/env bash
# The main job on the bundled sample data, headless through qgis_process (plugin enabled in a
# throw-away QGIS profile): the New Deal mobile diagnostic of Aveyron from the 2018 Arcep 4G sites
# (zones blanches / grises, candidate sites, report.html), and the public Wi-Fi of Paris' open-air
# markets. Writes demo-output/ (GeoPackages, report.html) and prints the key figures.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${DEMO_OUTPUT:-$ROOT/demo-output}
SAMPLE=$ROOT/sample_data
QGIS_PROCESS=/usr/bin/qgis_process.bin  # Debian's /usr/bin/qgis_process wrapper passes a bad option

PROFILE_ROOT=$(mktemp -d)
trap 'rm -rf "$PROFILE_ROOT"' EXIT
PLUGINS=$PROFILE_ROOT/profiles/default/python/plugins
mkdir -p "$PLUGINS" "$PROFILE_ROOT/profiles/default/QGIS"
"${VENV:-.venv}/bin/python" scripts/package.py --unpacked "$PLUGINS"
# The report speaks the profile's language: French unless DEMO_LOCALE says otherwise (en_GB...).
printf '[locale]\noverrideFlag=true\nuserLocale=%s\n' "${DEMO_LOCALE:-fr_FR}" \
    >"$PROFILE_ROOT/profiles/default/QGIS/QGIS3.ini"
export QGIS_CUSTOM_CONFIG_PATH=$PROFILE_ROOT QT_QPA_PLATFORM=offscreen
"$QGIS_PROCESS" plugins enable tdathack_plugin >/dev/null

rm -rf "$OUT"
mkdir -p "$OUT"
run() {
    echo "→ $1" >&2
    "$QGIS_PROCESS" run "$@" >"$OUT/.last-run.log" 2>&1 || { cat "$OUT/.last-run.log" >&2; exit 1; }
}

run native:joinattributestable -- \
    INPUT="$SAMPLE/admin/communes-12-aveyron.geojson" FIELD=code \
    INPUT_2="$SAMPLE/admin/communes-population.csv" FIELD_2=code_insee \
    FIELDS_TO_COPY=population METHOD=1 PREFIX= \
    OUTPUT="$OUT/communes-aveyron.gpkg"
run tdathack:coveragefromsites -- \
    SITES="$SAMPLE/arcep/sites-mobiles-2018.vrt" OPERATOR_FIELD=Operateur \
    FILTER='"4G" = 1' RADIUS=5000 CLIP="$OUT/communes-aveyron.gpkg" \
    OUTPUT="$OUT/coverage-4g-estimated.gpkg"
run tdathack:mobilegaps -- \
    COVERAGE="$OUT/coverage-4g-estimated.gpkg" \
    TERRITORY="$OUT/communes-aveyron.gpkg" TERRITORY_ID_FIELD=code \
    POPULATION="$OUT/communes-aveyron.gpkg" POPULATION_FIELD=population \
    OUTPUT_ZONES="$OUT/mobile-zones.gpkg" OUTPUT_STATS="$OUT/mobile-stats.gpkg"
run native:extractbyattribute -- \
    INPUT="$OUT/mobile-zones.gpkg" FIELD=class OPERATOR=0 VALUE=blanche \
    OUTPUT="$OUT/zones-blanches.gpkg"
run tdathack:candidatesites -- \
    GAPS="$OUT/zones-blanches.gpkg" DEMAND="$OUT/communes-aveyron.gpkg" \
    DEMAND_WEIGHT_FIELD=population GRID_SPACING=2000 RADIUS=5000 COUNT=10 \
    OUTPUT="$OUT/candidate-sites.gpkg"
run tdathack:diagnosticreport -- \
    STATS="$OUT/mobile-stats.gpkg" ZONES="$OUT/mobile-zones.gpkg" \
    CANDIDATES="$OUT/candidate-sites.gpkg" TERRITORY_NAME=Aveyron \
    OUTPUT="$OUT/report.html"
run tdathack:servicecoverage -- \
    SERVICES="$SAMPLE/paris/sites-disposant-du-service-paris-wi-fi.geojson" \
    SERVICE_FILTER="\"etat2\" = 'Opérationnel'" SERVICE_ID_FIELD=nom_site RADIUS=100 \
    DEMAND="$SAMPLE/paris/marches-decouverts.geojson" \
    ZONES="$SAMPLE/paris/arrondissements.geojson" ZONES_ID_FIELD=c_ar \
    OUTPUT_COVERAGE="$OUT/wifi-coverage.gpkg" OUTPUT_DEMAND="$OUT/wifi-markets.gpkg" \
    OUTPUT_STATS="$OUT/wifi-stats.gpkg"
rm -f "$OUT/.last-run.log"

"${VENV:-.venv}/bin/python" scripts/demo_figures.py "$OUT"
