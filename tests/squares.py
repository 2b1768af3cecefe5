"""Hand-built coverage squares (Lambert-93 metres) with exact areas, for known-answer tests."""

import itertools

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer

from tdathack_plugin.toolbelt import field_types

UNITS = {"A": (700000, 6600000, 702000, 6601000), "B": (702000, 6600000, 703000, 6601000)}
COVERAGE = {
    "Orange": [(700000, 6600000, 701500, 6601000)],
    "SFR": [(700500, 6600000, 702500, 6601000)],
    "Bouygues Telecom": [(700000, 6600000, 703000, 6600500)],
    "Free": [(701000, 6600200, 701200, 6600400), (702600, 6600600, 702800, 6600800)],
}
MCC_MNC = {"Orange": 20801, "SFR": 20810, "Bouygues Telecom": 20820, "Free": 20815}
POPULATION = {"A": 2000.0, "B": 500.0}


def rect(box) -> QgsGeometry:
    return QgsGeometry.fromRect(QgsRectangle(*box))


def box_area(box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def expected_areas(unit_box, coverage=COVERAGE) -> dict:
    """Exact area per set of operators, by cutting the unit at every rectangle edge."""
    boxes = [b for v in coverage.values() for b in v]
    xs = sorted({unit_box[0], unit_box[2]} | {b[i] for b in boxes for i in (0, 2)})
    ys = sorted({unit_box[1], unit_box[3]} | {b[i] for b in boxes for i in (1, 3)})
    areas = {}
    for (x0, x1), (y0, y1) in itertools.product(zip(xs, xs[1:]), zip(ys, ys[1:])):
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if not (unit_box[0] < cx < unit_box[2] and unit_box[1] < cy < unit_box[3]):
            continue
        key = frozenset(
            name
            for name, named_boxes in coverage.items()
            if any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in named_boxes)
        )
        areas[key] = areas.get(key, 0.0) + (x1 - x0) * (y1 - y0)
    return areas


def memory_layer(geometry_type, fields, rows, crs="EPSG:2154", name="layer"):
    """A memory layer from (geometry, attributes) rows; fields: [(name, field type)]."""
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def coverage_layer(coverage=COVERAGE, crs="EPSG:2154"):
    """One layer, Arcep style: `operateur` MCC-MNC and `niveau`, one feature per box."""
    rows = [(rect(b), [MCC_MNC[name], "TBC"]) for name, boxes in coverage.items() for b in boxes]
    fields = [("operateur", field_types.INT), ("niveau", field_types.STRING)]
    return memory_layer("MultiPolygon", fields, rows, crs, "couverture")


def territory_layer(crs="EPSG:2154"):
    rows = [(rect(b), [code, f"Commune {code}", POPULATION[code]]) for code, b in UNITS.items()]
    fields = [
        ("code", field_types.STRING),
        ("nom", field_types.STRING),
        ("population", field_types.DOUBLE),
    ]
    return memory_layer("MultiPolygon", fields, rows, crs, "communes")
