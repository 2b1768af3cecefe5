"""Files of everyday input mistakes, written once per test session: a small territory of two
Lambert-93 units (tests/squares.py) and, for each algorithm, its inputs as a user has them,
right and wrong (no .prj, degrees declared on metres, far away, empty, duplicated ids, numbers
written as text, a raw ";"-separated CSV with #N/A rows).
"""

import os
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsVectorFileWriter,
)

from tdathack_plugin.toolbelt import field_types

from .squares import COVERAGE, MCC_MNC, UNITS, memory_layer, rect

SHIFT = 500_000.0  # metres: "far away", as a layer of another territory is


def moved(box, dx=0.0, dy=0.0):
    return (box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy)


def point(x, y):
    return QgsGeometry(QgsPoint(x, y))


def write(layer, path: Path, driver="GPKG") -> str:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return str(path)


def territory(rows=None, crs="EPSG:2154", population=field_types.DOUBLE, dx=0.0):
    rows = rows or [("A", 2000.0), ("B", 500.0)]
    fields = [("code", field_types.STRING), ("nom", field_types.STRING), ("population", population)]
    return memory_layer(
        "MultiPolygon",
        fields,
        [
            (rect(moved(UNITS[code[0]], dx)), [code[0], f"Commune {code[0]}", pop])
            for code, pop in rows
        ],
        crs,
    )


NEAR = 20_000.0  # metres: coverage of the neighbouring area, not of the territory


def coverage(boxes=COVERAGE, dx=0.0, extra=()):
    fields = [("operateur", field_types.INT), ("niveau", field_types.STRING)]
    rows = [
        (rect(moved(b, dx)), [MCC_MNC[name], "TBC"]) for name, named in boxes.items() for b in named
    ]
    return memory_layer("MultiPolygon", fields, rows + list(extra))


SITES = [(20801, 700500, 6600500), (20810, 702000, 6600500), (20815, 702800, 6600200)]


SITE_FIELDS = [
    ("Operateur", field_types.INT),
    ("4G", field_types.INT),
    ("portee", field_types.STRING),
]


def sites(dx=0.0):
    rows = [(point(x + dx, y), [op, 1, "abc" if op == 20815 else "800"]) for op, x, y in SITES]
    return memory_layer("Point", SITE_FIELDS, rows)


def sites_csv(path: Path) -> str:
    lines = ["Operateur;x;y;2G;3G;4G"]
    lines += [f"{op};{x};{y};1;1;1" for op, x, y in SITES]
    lines.append("20820;#N/A;#N/A;0;1;0")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def points(rows, fields, dx=0.0):
    return memory_layer("Point", fields, [(point(x + dx, y), values) for x, y, values in rows])


SERVICES = [(700400, 6600400, ["H1", "on", 100.0]), (702500, 6600600, ["H2", "off", 100.0])]
SERVICE_FIELDS = [
    ("hid", field_types.STRING),
    ("etat", field_types.STRING),
    ("reach", field_types.DOUBLE),
]
DEMAND = [
    (700450, 6600420, ["P1", 3.0, "1 234"]),
    (701500, 6600800, ["P2", -2.0, "abc"]),
    (702900, 6600100, ["P3", 1.0, "12,5"]),
]
DEMAND_FIELDS = [
    ("pid", field_types.STRING),
    ("w", field_types.DOUBLE),
    ("w_txt", field_types.STRING),
]
MEASURES = [(700000 + 100 * i, 6600000 + 50 * (i % 7), [float(i % 13), 20801]) for i in range(30)]
MEASURE_FIELDS = [("bitrate", field_types.DOUBLE), ("operator", field_types.INT)]
ESTABLISHMENTS = [  # e0..e29, every size class "11" (10 to 19 employees), headcounts 0 to 29
    (700010 + 60 * i, 6600000 + 30 * (i % 3), [f"e{i}", "11", "A", str(i)]) for i in range(30)
]
SIRENE_FIELDS = [
    ("siret", field_types.STRING),
    ("trancheEffectifsEtablissement", field_types.STRING),
    ("etatAdministratifEtablissement", field_types.STRING),
    ("effectif", field_types.STRING),  # a headcount, not an INSEE size class
]
ELIGIBLE = [(700000, 6600000, ["I1"]), (701000, 6600950, ["I2"])]


def zones(codes=("A", "B"), dx=0.0):
    rows = [(rect(moved(UNITS[code], dx)), [code]) for code in codes]
    return memory_layer("Polygon", [("code", field_types.STRING)], rows)


def axes(dx=0.0):
    line = QgsGeometry.fromPolylineXY(
        [QgsPointXY(699500 + dx, 6600300), QgsPointXY(703500 + dx, 6600300)]
    )
    return memory_layer("LineString", [("ref", field_types.STRING)], [(line, ["N1"])])


def without_prj(layer, path: Path) -> str:
    """A shapefile of the layer, its .prj removed (as it often arrives by e-mail)."""
    write(layer, path, "ESRI Shapefile")
    os.remove(path.with_suffix(".prj"))
    return str(path)


def without_crs(layer, path: Path) -> str:
    """A GeoPackage of the layer written without CRS: GDAL marks it "Undefined geographic SRS",
    which QGIS reads as a valid CRS it cannot place on the earth."""
    layer.setCrs(QgsCoordinateReferenceSystem())
    return write(layer, path)


def build(folder: Path) -> dict:
    """{name: path} of every input file of the matrix, written in folder."""
    f = {}
    g = lambda name, layer: f.setdefault(name, write(layer, folder / f"{name}.gpkg"))  # noqa: E731
    g("territory", territory())
    g("territory_degrees", territory(crs="EPSG:4326"))
    g("territory_far", territory(dx=SHIFT))
    g("territory_dup", territory([("A", 2000.0), ("B", 500.0), ("A2", 10.0)]))
    g("territory_negative", territory([("A", -100.0), ("B", 500.0)]))
    g("territory_text", territory([("A", "1 234"), ("B", "abc")], population=field_types.STRING))
    g("territory_empty", memory_layer("MultiPolygon", [("code", field_types.STRING)], []))
    f["territory_noprj"] = without_prj(territory(), folder / "territory_noprj.shp")
    f["territory_nocrs"] = without_crs(territory(), folder / "territory_nocrs.gpkg")
    g("coverage", coverage())
    g("coverage_far", coverage(dx=SHIFT))
    g("coverage_empty", coverage({}))
    g("coverage_near", coverage(dx=NEAR))
    g("coverage_null_operator", coverage(extra=[(rect(UNITS["B"]), [None, "TBC"])]))
    f["coverage_noprj"] = without_prj(coverage(), folder / "coverage_noprj.shp")
    f["coverage_nocrs"] = without_crs(coverage(), folder / "coverage_nocrs.gpkg")
    g("sites", sites())
    g(
        "sites_degrees",
        memory_layer("Point", SITE_FIELDS[:1], [(point(700500, 6600500), [20801])], "EPSG:4326"),
    )
    f["sites_noprj"] = without_prj(sites(), folder / "sites_noprj.shp")
    f["sites_csv"] = sites_csv(folder / "2018_sites_L93.csv")
    g("points_empty", memory_layer("Point", [("v", field_types.DOUBLE)], []))
    g("services", points(SERVICES, SERVICE_FIELDS))
    f["services_noprj"] = without_prj(
        points(SERVICES, SERVICE_FIELDS), folder / "services_noprj.shp"
    )
    g("demand", points(DEMAND, DEMAND_FIELDS))
    g("demand_far", points(DEMAND, DEMAND_FIELDS, dx=SHIFT))
    g("zones", zones())
    g("zones_dup", zones(("A", "B", "A")))
    g("measures", points(MEASURES, MEASURE_FIELDS))
    f["measures_noprj"] = without_prj(
        points(MEASURES, MEASURE_FIELDS), folder / "measures_noprj.shp"
    )
    g("establishments", points(ESTABLISHMENTS, SIRENE_FIELDS))
    f["establishments_noprj"] = without_prj(
        points(ESTABLISHMENTS, SIRENE_FIELDS), folder / "establishments_noprj.shp"
    )
    g("eligible", points(ELIGIBLE, [("imb_id", field_types.STRING)]))
    g("eligible_far", points(ELIGIBLE, [("imb_id", field_types.STRING)], dx=SHIFT))
    g("axes", axes())
    g("axes_far", axes(dx=SHIFT))
    g("axes_near", axes(dx=NEAR))
    f["axes_noprj"] = without_prj(axes(), folder / "axes_noprj.shp")
    g("gaps", zones(("A",)))
    return f


def zones_of_another_run(folder: Path) -> str:
    """Zones shaped as mobilegaps' OUTPUT_ZONES, of a unit "C" the statistics do not hold."""
    fields = [
        ("zone_id", field_types.STRING),
        ("zone_name", field_types.STRING),
        ("class", field_types.STRING),
        ("n_operators", field_types.INT),
        ("operators", field_types.STRING),
        ("missing", field_types.STRING),
        ("area_km2", field_types.DOUBLE),
        ("population", field_types.DOUBLE),
    ]
    rows = [(rect(UNITS["A"]), ["C", "Elsewhere", "blanche", 0, "", "Orange", 2.0, 10.0])]
    return write(memory_layer("MultiPolygon", fields, rows), folder / "zones_other.gpkg")
