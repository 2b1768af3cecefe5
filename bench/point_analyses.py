"""The point analyses bench/point_providers.py times against their native chains: their data
(GeoPackages made once in build/bench), the subset each provider test applies, and how each
side runs. Every side writes its main output to a GeoPackage."""

from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "build" / "bench"
EXTENT = "600000,700000,6300000,6400000 [EPSG:2154]"  # of the measures and the demand
GRID_SPACING = {"HSPACING": 2000, "VSPACING": 2000, "CRS": "EPSG:2154"}


class FibrePro:
    name = "fibrepro"
    peer = "`native:joinbynearest` (establishments to their nearest fibre-ready premises)"
    data_note = (
        "synthetic Aveyron establishments and fibre-ready premises (tests/synthetic_aveyron.py, "
        "seed 12), one establishment for four premises"
    )
    layers = ("etablissements", "immeubles")
    subset = ("etablissements", "\"etatAdministratifEtablissement\" = 'A'")

    def data(self, size: int) -> Path:
        from fibre_pro import data_file

        return data_file(size // 5, size - size // 5)

    def run(self, side: str, layers: dict, output: str, feedback) -> None:
        from fibre_pro import run_algorithm

        run_algorithm(side, layers["etablissements"], layers["immeubles"], output, feedback)


class ServiceCoverage:
    name = "servicecoverage"
    peer = (
        "`native:buffer` (dissolved) → `native:joinattributesbylocation` → "
        "`qgis:distancetonearesthubpoints` (tests/native_chains.py)"
    )
    data_note = (
        "2,000 Wi-Fi hotspots and clustered demand points over Paris (tests/clustered_points.py), "
        "reach 100 m"
    )
    layers = ("hotspots", "demand")
    subset = ("demand", '"weight" > 5')

    def data(self, size: int) -> Path:
        path = DATA / f"service_coverage_{size}.gpkg"
        if not path.exists():
            import tempfile

            from tests.clustered_points import generate

            with tempfile.TemporaryDirectory() as folder:
                files = generate(Path(folder), 2000, size)
                _gathered(path, dict(zip(self.layers, files)))
        return path

    def run(self, side: str, layers: dict, output: str, feedback) -> None:
        import processing

        from tests.native_chains import wifi_points_native

        if side == "native":
            wifi_points_native(layers["hotspots"], layers["demand"], "hid", output)
            return
        parameters = {
            "SERVICES": layers["hotspots"],
            "DEMAND": layers["demand"],
            "SERVICE_ID_FIELD": "hid",
            "RADIUS": 100,
            "SEGMENTS": 16,
            "OUTPUT_DEMAND": output,
            "OUTPUT_COVERAGE": "TEMPORARY_OUTPUT",
            "OUTPUT_STATS": "TEMPORARY_OUTPUT",
        }
        processing.run("tdathack:servicecoverage", parameters, feedback=feedback)


class MeasurementGrid:
    name = "measurementgrid"
    peer = (
        "`native:creategrid` (1 km squares over the points' extent) → join by location summary "
        "(count, median, first quartile), without the split by operator the plugin makes"
    )
    data_note = (
        "bitrate measures (log-normal) of four operators spread over 100 × 100 km "
        "(seeded numpy), 1 km cells"
    )
    layers = ("measures",)
    subset = ("measures", "\"operator\" <> '20815'")

    def data(self, size: int) -> Path:
        path = DATA / f"measurement_grid_{size}.gpkg"
        if not path.exists():
            from tdathack_plugin.toolbelt import field_types
            from tests.clustered_points import write_points

            rng = np.random.default_rng(4)
            xy = np.column_stack(
                (rng.uniform(600_000, 700_000, size), rng.uniform(6_300_000, 6_400_000, size))
            )
            columns = [
                ("bitrate", field_types.DOUBLE, rng.lognormal(2.0, 1.0, size).round(2).tolist()),
                (
                    "operator",
                    field_types.STRING,
                    rng.choice(["20801", "20810", "20815", "20820"], size).tolist(),
                ),
            ]
            DATA.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".partial.gpkg")
            write_points(partial, xy, columns)
            _gathered(path, {"measures": partial})
            partial.unlink()
        return path

    def run(self, side: str, layers: dict, output: str, feedback) -> None:
        import processing
        from qgis.core import QgsApplication

        measures = layers["measures"]
        if side == "plugin":
            parameters = {
                "INPUT": measures,
                "VALUE_FIELD": "bitrate",
                "OPERATOR_FIELD": "operator",
                "CELL_SIZE": 1000,
                "OUTPUT": output,
            }
            processing.run("tdathack:measurementgrid", parameters, feedback=feedback)
            return
        grid = processing.run(
            "native:creategrid",
            {
                "TYPE": 2,
                "EXTENT": EXTENT,
                "HSPACING": 1000,
                "VSPACING": 1000,
                "CRS": "EPSG:2154",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"]
        native = QgsApplication.processingRegistry().algorithmById("native:joinbylocationsummary")
        summary = "native:joinbylocationsummary" if native else "qgis:joinbylocationsummary"
        processing.run(
            summary,
            {
                "INPUT": grid,
                "JOIN": measures,
                "PREDICATE": [0],
                "JOIN_FIELDS": ["bitrate"],
                "SUMMARIES": [0, 7, 11],  # count, median, first quartile
                "DISCARD_NONMATCHING": True,
                "OUTPUT": output,
            },
            feedback=feedback,
        )


class CandidateSites:
    name = "candidatesites"
    peer = (
        "the first round of the greedy choice only: `native:creategrid` (points every 2 km) → "
        "`native:extractbylocation` (in the gaps) → `native:buffer` (5 km, 16 segments) → "
        "`native:clip` (to the gaps) → `native:countpointsinpolygon` (weighted); the plugin "
        "goes on to choose 10 sites"
    )
    data_note = (
        "weighted demand points spread over 100 × 100 km (seeded numpy) and three rectangular "
        "gaps of 225 to 750 km²"
    )
    layers = ("gaps", "demand")
    polygons = ("gaps",)
    subset = ("demand", '"pop" > 2')
    GAPS = ((610_000, 6_310_000, 30_000, 20_000), (650_000, 6_350_000, 25_000, 30_000))
    GAPS += ((620_000, 6_370_000, 15_000, 15_000),)

    def data(self, size: int) -> Path:
        path = DATA / f"candidate_sites_{size}.gpkg"
        if not path.exists():
            from osgeo import ogr, osr

            from tests.clustered_points import write_points

            DATA.mkdir(parents=True, exist_ok=True)
            rng = np.random.default_rng(6)
            demand = path.with_suffix(".demand.gpkg")
            xy = np.column_stack(
                (rng.uniform(600_000, 700_000, size), rng.uniform(6_300_000, 6_400_000, size))
            )
            write_points(demand, xy, [("pop", _double(), rng.integers(1, 10, size).tolist())])
            gaps = path.with_suffix(".gaps.gpkg")
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(2154)
            source = ogr.GetDriverByName("GPKG").CreateDataSource(str(gaps))
            layer = source.CreateLayer("gaps", srs, ogr.wkbPolygon)
            for x, y, width, height in self.GAPS:
                feature = ogr.Feature(layer.GetLayerDefn())
                ring = f"{x} {y}, {x + width} {y}, {x + width} {y + height}, {x} {y + height}"
                feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON (({ring}, {x} {y}))"))
                layer.CreateFeature(feature)
            source = None
            _gathered(path, {"gaps": gaps, "demand": demand})
            gaps.unlink()
            demand.unlink()
        return path

    def run(self, side: str, layers: dict, output: str, feedback) -> None:
        import processing

        if side == "plugin":
            parameters = {
                "GAPS": layers["gaps"],
                "DEMAND": layers["demand"],
                "DEMAND_WEIGHT_FIELD": "pop",
                "GRID_SPACING": 2000,
                "RADIUS": 5000,
                "COUNT": 10,
                "OUTPUT": output,
            }
            processing.run("tdathack:candidatesites", parameters, feedback=feedback)
            return
        steps = [
            (
                "native:creategrid",
                {
                    "TYPE": 0,
                    "EXTENT": layers["gaps"],
                    "HSPACING": 2000,
                    "VSPACING": 2000,
                    "CRS": "EPSG:2154",
                },
            ),
            ("native:extractbylocation", {"PREDICATE": [0], "INTERSECT": layers["gaps"]}),
            ("native:buffer", {"DISTANCE": 5000, "SEGMENTS": 16}),
            ("native:clip", {"OVERLAY": layers["gaps"]}),
        ]
        previous = None
        for algorithm, parameters in steps:
            given = {"INPUT": previous} if previous is not None else {}
            previous = processing.run(
                algorithm, {**parameters, **given, "OUTPUT": "TEMPORARY_OUTPUT"}
            )["OUTPUT"]
        processing.run(
            "native:countpointsinpolygon",
            {"POLYGONS": previous, "POINTS": layers["demand"], "WEIGHT": "pop", "OUTPUT": output},
            feedback=feedback,
        )


def _double():
    from tdathack_plugin.toolbelt import field_types

    return field_types.DOUBLE


ANALYSES = {a.name: a for a in (FibrePro(), ServiceCoverage(), MeasurementGrid(), CandidateSites())}


def _gathered(path: Path, files: dict) -> None:
    """One GeoPackage at path holding the first layer of each file, named by its key."""
    import subprocess

    partial = path.with_suffix(".gathering.gpkg")
    DATA.mkdir(parents=True, exist_ok=True)
    for name, file in files.items():
        subprocess.run(
            ["ogr2ogr", "-append", "-nln", name, str(partial), str(file)],
            check=True,
            capture_output=True,
        )
    partial.rename(path)
