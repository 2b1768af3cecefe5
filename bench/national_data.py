"""National inputs for the national benchmark, generated reproducibly from the repository's data.

- Arcep-like coverage: per operator, one dissolved multipolygon over metropolitan France, from
  the 2018 Arcep 4G sites with an irregular reach per site (1 to 7 km, a fixed function of the
  site's coordinates), like Arcep's published maps: one national feature per operator, about a
  million vertices, thousands of holes.
- National communes: the official commune outlines are not in the repository (and there is no
  download here), so each metropolitan département (IGN outline, simplified) is cut into as many
  cells as INSEE counts communes in it (Voronoi cells of seeded points), each carrying a real INSEE
  code and population. 34,838 cells of about 16 km², as the real communes.

Files are written once into a cache folder, reused while the generator's settings are the same.
"""

import csv
import hashlib
import random
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SITES = ROOT / "sample_data" / "arcep" / "sites-mobiles-2018.vrt"
DEPARTEMENTS = BENCH / "data" / "departements-metropole.geojson"
POPULATION = ROOT / "sample_data" / "admin" / "communes-population.csv"
CACHE = BENCH / "data" / "national"
REACH = '1000 + ((to_int("x") * 7 + to_int("y") * 13) % 6000)'  # metres, 1 to 7 km
SEGMENTS = 128  # per quarter circle
GENERATOR = 1  # raise when the way files are made changes
# Shadows (relief, buildings): a small uncovered disc 0 to 4 km from every other site, radius
# 250 to 850 m; cut out of the coverage, most become holes, as in Arcep's maps.
SHADOW_SITES = '"4G" = 1 AND (to_int("x") + to_int("y")) % 2 = 0'
SHADOW = (
    'buffer(make_point($x + (to_int("x") * 17) % 8000 - 4000, $y + (to_int("y") * 11) % 8000'
    ' - 4000), 250 + to_int("x") % 600, 8)'
)


def cache_folder() -> Path:
    """The cache of these generator settings (a new one when they change)."""
    settings = repr((GENERATOR, REACH, SEGMENTS, SHADOW_SITES, SHADOW))
    version = hashlib.sha256(settings.encode()).hexdigest()[:10]
    folder = CACHE / version
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def coverage(folder: Path) -> Path:
    """coverage.gpkg: one 4G coverage multipolygon per operator (field `operator`), Lambert-93."""
    import processing

    path = folder / "coverage.gpkg"
    if path.exists():
        return path
    reach = with_field(str(SITES), "reach", 0, REACH)
    discs = processing.run(
        "tdathack:coveragefromsites",
        {
            "SITES": reach,
            "OPERATOR_FIELD": "Operateur",
            "FILTER": '"4G" = 1',
            "RADIUS_FIELD": "reach",
            "SEGMENTS": SEGMENTS,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    shadows = processing.run(
        "native:extractbyexpression",
        {"INPUT": str(SITES), "EXPRESSION": SHADOW_SITES, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    shadows = processing.run(
        "native:geometrybyexpression",
        {
            "INPUT": shadows,
            "OUTPUT_GEOMETRY": 0,
            "EXPRESSION": SHADOW,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    shadows = processing.run("native:dissolve", {"INPUT": shadows, "OUTPUT": "TEMPORARY_OUTPUT"})[
        "OUTPUT"
    ]
    partial = folder / "coverage.part.gpkg"
    processing.run(
        "native:difference", {"INPUT": discs, "OVERLAY": shadows, "OUTPUT": str(partial)}
    )
    partial.rename(path)
    return path


def with_field(layer, name: str, kind: int, formula: str):
    """A temporary copy of a layer with a computed field (kind: 0 decimal, 2 text)."""
    import processing

    parameters = {"INPUT": layer, "FIELD_NAME": name, "FIELD_TYPE": kind, "FORMULA": formula}
    return processing.run("native:fieldcalculator", {**parameters, "OUTPUT": "TEMPORARY_OUTPUT"})[
        "OUTPUT"
    ]


def communes(folder: Path) -> Path:
    """communes.gpkg: the national cells (fields `code`, `nom`, `dep`, `population`), WGS 84."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    from tdathack_plugin.toolbelt import field_types

    path = folder / "communes.gpkg"
    if path.exists():
        return path
    by_departement = defaultdict(list)
    with open(POPULATION, encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            by_departement[row["departement"]].append(row)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    lambert = QgsCoordinateReferenceSystem("EPSG:2154")
    to_metres = QgsCoordinateTransform(wgs84, lambert, QgsProject.instance())
    to_degrees = QgsCoordinateTransform(lambert, wgs84, QgsProject.instance())
    fields = QgsFields()
    kinds = (
        ("code", field_types.STRING),
        ("nom", field_types.STRING),
        ("dep", field_types.STRING),
        ("population", field_types.INT),
    )
    for name, kind in kinds:
        fields.append(QgsField(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    partial = folder / "communes.part.gpkg"
    writer = QgsVectorFileWriter.create(
        str(partial),
        fields,
        QgsWkbTypes.MultiPolygon,
        wgs84,
        QgsProject.instance().transformContext(),
        options,
    )
    departements = QgsVectorLayer(str(DEPARTEMENTS), "d", "ogr")
    for departement in sorted(departements.getFeatures(), key=lambda f: f["code"]):
        rows = by_departement.get(departement["code"], [])
        outline = QgsGeometry(departement.geometry())
        outline.transform(to_metres)
        for cell, row in zip(_cells(outline, len(rows), departement["code"]), rows):
            cell.transform(to_degrees)
            feature = QgsFeature(fields)
            cell.convertToMultiType()
            feature.setGeometry(cell)
            feature.setAttributes(
                [row["code_insee"], row["nom"], row["departement"], int(row["population"] or 0)]
            )
            writer.addFeature(feature)
    del writer
    partial.rename(path)
    return path


def _cells(outline, count, seed):
    """`count` Voronoi cells covering `outline` exactly, from points drawn inside it."""
    from qgis.core import QgsGeometry, QgsPointXY

    if count == 0:
        return []
    box = outline.boundingBox()
    draw = random.Random(f"tdathack-{seed}")
    engine = QgsGeometry.createGeometryEngine(outline.constGet())
    engine.prepareGeometry()
    points = []
    while len(points) < count:
        x = draw.uniform(box.xMinimum(), box.xMaximum())
        y = draw.uniform(box.yMinimum(), box.yMaximum())
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        if engine.contains(point.constGet()):
            points.append(point)
    if count == 1:
        return [outline]
    diagram = QgsGeometry.collectGeometry(points).voronoiDiagram(
        QgsGeometry.fromRect(box.buffered(1000))
    )
    cells = [QgsGeometry(part.clone()).intersection(outline) for part in diagram.constParts()]
    cells = [cell for cell in cells if not cell.isEmpty()]
    centre = {id(cell): cell.pointOnSurface().asPoint() for cell in cells}
    return sorted(cells, key=lambda cell: (round(centre[id(cell)].y(), -3), centre[id(cell)].x()))
