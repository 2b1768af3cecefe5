"""Reproducible synthetic Wi-Fi inputs in Paris' extent (Lambert-93): hotspots and clustered
demand points (places, addresses), written to GeoPackages for benchmarks and large tests."""

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from tdathack_plugin.toolbelt import field_types

PARIS_L93 = (643000.0, 6857000.0, 658000.0, 6867000.0)  # xmin, ymin, xmax, ymax
BATCH = 20000


def clustered(rng, count, clusters, spread, background=0.2):
    """Points around `clusters` centres (normal, `spread` m), a share uniform in the extent."""
    xmin, ymin, xmax, ymax = PARIS_L93
    centres = np.column_stack(
        (rng.uniform(xmin, xmax, clusters), rng.uniform(ymin, ymax, clusters))
    )
    uniform = int(count * background)
    picked = centres[rng.integers(0, clusters, count - uniform)]
    scattered = picked + rng.normal(0.0, spread, picked.shape)
    flat = np.column_stack((rng.uniform(xmin, xmax, uniform), rng.uniform(ymin, ymax, uniform)))
    points = np.vstack((scattered, flat))
    points[:, 0] = points[:, 0].clip(xmin, xmax)
    points[:, 1] = points[:, 1].clip(ymin, ymax)
    return points


def write_points(path, points, columns):
    """A point GeoPackage; columns: [(name, toolbelt.field_types type, values)]."""
    fields = QgsFields()
    for name, kind, _values in columns:
        fields.append(QgsField(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(
        str(path),
        fields,
        QgsWkbTypes.Type.Point,
        QgsCoordinateReferenceSystem("EPSG:2154"),
        QgsCoordinateTransformContext(),
        options,
    )
    batch = []
    for number, (x, y) in enumerate(points):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry(QgsPoint(float(x), float(y))))
        feature.setAttributes([values[number] for _n, _k, values in columns])
        batch.append(feature)
        if len(batch) == BATCH:
            writer.addFeatures(batch)
            batch = []
    writer.addFeatures(batch)
    del writer  # closes the file


def generate(folder, hotspots=2000, demand=1_000_000, seed=2020):
    """(hotspots.gpkg, demand.gpkg) in folder: same seed, same files."""
    rng = np.random.default_rng(seed)
    spots = clustered(rng, hotspots, clusters=150, spread=400.0, background=0.3)
    places = clustered(rng, demand, clusters=3000, spread=120.0)
    hotspot_path, demand_path = folder / "hotspots.gpkg", folder / "demand.gpkg"
    write_points(
        hotspot_path, spots, [("hid", field_types.STRING, [f"PW{n:05d}" for n in range(hotspots)])]
    )
    weights = rng.integers(1, 50, demand).astype(float)
    write_points(
        demand_path,
        places,
        [
            ("pid", field_types.INT, list(range(demand))),
            ("weight", field_types.DOUBLE, weights.tolist()),
        ],
    )
    return hotspot_path, demand_path
