"""Computations run in the official metric projection of the territory the data covers."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle, QgsVectorLayer

from tdathack_plugin.coverage.crs import metric_crs_for

from .aveyron import SAMPLE


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("admin/communes-12-aveyron.geojson", "EPSG:2154"),
        ("admin/communes-la-reunion.geojson", "EPSG:2975"),
        ("paris/arrondissements.geojson", "EPSG:2154"),
    ],
)
def test_projection_follows_the_territory(path, expected):
    layer = QgsVectorLayer(str(SAMPLE / path), "layer", "ogr")
    assert metric_crs_for(layer.extent(), layer.crs()).authid() == expected


def test_overseas_and_elsewhere():
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    martinique = QgsRectangle(-61.23, 14.39, -60.81, 14.88)
    mayotte = QgsRectangle(45.0, -13.0, 45.3, -12.6)
    guyane = QgsRectangle(-54.5, 2.2, -51.6, 5.8)
    quebec = QgsRectangle(-71.3, 46.7, -71.1, 46.9)
    assert metric_crs_for(martinique, wgs84).authid() == "EPSG:5490"
    assert metric_crs_for(mayotte, wgs84).authid() == "EPSG:4471"
    assert metric_crs_for(guyane, wgs84).authid() == "EPSG:2972"
    assert metric_crs_for(quebec, wgs84).authid() == "EPSG:32619"  # UTM zone 19N
    lambert93 = QgsCoordinateReferenceSystem("EPSG:2154")
    rodez = QgsRectangle(630000, 6350000, 640000, 6360000)
    assert metric_crs_for(rodez, lambert93).authid() == "EPSG:2154"


def test_empty_layer_gets_lambert93_on_every_qgis():
    """An empty layer's extent is null on QGIS 3.22 and NaN from 3.34 on (int(NaN) crashed)."""
    empty = QgsVectorLayer("Point?crs=EPSG:4326", "empty", "memory")
    assert metric_crs_for(empty.extent(), empty.crs()).authid() == "EPSG:2154"
    nan = float("nan")
    assert metric_crs_for(QgsRectangle(nan, nan, nan, nan), empty.crs()).authid() == "EPSG:2154"
    assert metric_crs_for(QgsRectangle(), empty.crs()).authid() == "EPSG:2154"
