"""Reproducible synthetic establishments and fibre-ready buildings for Aveyron (tests, benchmark).

Nothing here is real Sirene or Arcep data: it is drawn, from a seed, so that it looks like it.

- Communes: the 285 commune outlines of sample_data (Lambert-93) with their INSEE population
  (communes-population.csv; the one commune without a population counts 0).
- How many per commune: a multinomial draw of the requested total over the communes, with
  weights population + 50 (a hamlet still has a farm or two).
- Where: with probability TOWN_SHARE a point is in the bourg, a Gaussian around the commune's
  point on surface with sigma = max(80, 15 × √population) metres; otherwise uniform over the
  commune. Points outside the commune are drawn again (rejection sampling).
- Buildings: each has `fo` = 1 (fibre-ready) with the commune's fibre share
  0.35 + 0.55 × min(1, log10(population + 1) / 4.5) (towns first, as in FttH roll-outs), else 0.
- Establishments: with the commune's fibre share, one sits on a fibre-ready building of its
  commune (within 15 m); the others are placed like buildings. Fields follow Sirene:
  `siret` (14 digits), `trancheEffectifsEtablissement` (INSEE codes drawn with the frequencies
  of SIZE_SHARES, plus a few unknown codes when asked), `activitePrincipaleEtablissement` (NAF),
  `etatAdministratifEtablissement` (A 92 %, F 8 %) and `qualite_xy` (11, 12, 21, 22, or 33 at
  the commune's point on surface, like INSEE's commune-centroid grade).
"""

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from tdathack_plugin.coverage.points import inside_polygon
from tdathack_plugin.toolbelt import field_types

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "admin"
TOWN_SHARE = 0.7
SIZE_SHARES = {
    "NN": 0.55,
    "00": 0.17,
    "01": 0.11,
    "02": 0.07,
    "03": 0.04,
    "11": 0.03,
    "12": 0.02,
    "21": 0.006,
    "22": 0.003,
    "31": 0.0005,
    "32": 0.0005,
}
NAF = ("47.11B", "56.10A", "43.21A", "01.50Z", "62.01Z", "86.21Z", "45.20A", "10.51C")
QUALITY = (("11", 0.6), ("12", 0.17), ("21", 0.05), ("22", 0.03), ("33", 0.15))


@dataclass
class Commune:
    code: str
    population: int
    geometry: QgsGeometry  # Lambert-93
    centre: tuple


def communes() -> list:
    """Aveyron communes in Lambert-93 with their INSEE population."""
    with open(SAMPLE / "communes-population.csv", encoding="utf-8") as table:
        population = {
            row["code_insee"]: int(row["population"] or 0) for row in csv.DictReader(table)
        }
    layer = QgsVectorLayer(str(SAMPLE / "communes-12-aveyron.geojson"), "communes", "ogr")
    transform = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance()
    )
    found = []
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        geometry = geometry.makeValid()
        centre = geometry.pointOnSurface().asPoint()
        found.append(
            Commune(
                feature["code"],
                population.get(feature["code"], 0),
                geometry,
                (centre.x(), centre.y()),
            )
        )
    return found


def fibre_share(population: int) -> float:
    return 0.35 + 0.55 * min(1.0, np.log10(population + 1) / 4.5)


def draw_in(commune: Commune, count: int, rng) -> np.ndarray:
    """count points in the commune: bourg (Gaussian) or anywhere (uniform), rejection sampled."""
    box = commune.geometry.boundingBox()
    sigma = max(80.0, 15.0 * np.sqrt(commune.population))
    points = np.empty((0, 2))
    for _attempt in range(50):
        missing = count - len(points)
        if missing <= 0:
            break
        town = rng.random(missing) < TOWN_SHARE
        candidates = np.column_stack(
            [
                rng.uniform(box.xMinimum(), box.xMaximum(), missing),
                rng.uniform(box.yMinimum(), box.yMaximum(), missing),
            ]
        )
        candidates[town] = rng.normal(commune.centre, sigma, (int(town.sum()), 2))
        points = np.vstack([points, candidates[inside_polygon(candidates, commune.geometry)]])
    if len(points) < count:  # an odd, thin commune: the rest at its centre
        points = np.vstack([points, np.tile(commune.centre, (count - len(points), 1))])
    return points[:count]


@dataclass
class Synthetic:
    buildings_xy: np.ndarray
    buildings_fo: np.ndarray
    establishments_xy: np.ndarray
    establishments: dict  # field name: array of values, one per establishment


def generate(
    n_establishments: int,
    n_buildings: int,
    seed: int = 12,
    unknown_sizes: int = 0,
    all_fibre_ready: bool = False,
) -> Synthetic:
    """Draw a reproducible Aveyron; same arguments, same points and attributes."""
    rng = np.random.default_rng(seed)
    places = communes()
    weights = np.array([c.population + 50.0 for c in places])
    per_building = rng.multinomial(n_buildings, weights / weights.sum())
    per_establishment = rng.multinomial(n_establishments, weights / weights.sum())
    buildings, fo, establishments, quality = [], [], [], []
    for commune, n_b, n_e in zip(places, per_building, per_establishment):
        share = 1.0 if all_fibre_ready else fibre_share(commune.population)
        xy = draw_in(commune, int(n_b), rng)
        ready = rng.random(len(xy)) < share
        buildings.append(xy)
        fo.append(ready.astype(int))
        located = draw_in(commune, int(n_e), rng)
        on_building = (rng.random(len(located)) < share) & ready.any()
        if on_building.any():
            hosts = xy[ready][rng.integers(0, int(ready.sum()), int(on_building.sum()))]
            angle = rng.uniform(0, 2 * np.pi, len(hosts))
            radius = rng.uniform(0, 15.0, len(hosts))
            located[on_building] = hosts + np.column_stack(
                [radius * np.cos(angle), radius * np.sin(angle)]
            )
        grade = rng.choice([q for q, _ in QUALITY], len(located), p=[p for _, p in QUALITY])
        located[grade == "33"] = commune.centre
        establishments.append(located)
        quality.append(grade)
    n = n_establishments
    sizes = rng.choice(
        list(SIZE_SHARES), n, p=np.array(list(SIZE_SHARES.values())) / sum(SIZE_SHARES.values())
    ).astype(object)
    if unknown_sizes:
        sizes[rng.choice(n, unknown_sizes, replace=False)] = "XX"
    attributes = {
        "siret": np.array([f"{100000000 + i:09d}{i % 100000:05d}" for i in range(n)]),
        "trancheEffectifsEtablissement": sizes,
        "activitePrincipaleEtablissement": rng.choice(NAF, n),
        "etatAdministratifEtablissement": np.where(rng.random(n) < 0.92, "A", "F"),
        "qualite_xy": np.concatenate(quality),
    }
    return Synthetic(
        np.vstack(buildings), np.concatenate(fo), np.vstack(establishments), attributes
    )


ESTABLISHMENT_FIELDS = (
    ("siret", field_types.STRING),
    ("trancheEffectifsEtablissement", field_types.STRING),
    ("activitePrincipaleEtablissement", field_types.STRING),
    ("etatAdministratifEtablissement", field_types.STRING),
    ("qualite_xy", field_types.STRING),
)


def _layer(geometry_type, fields, crs="EPSG:2154", name="layer"):
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    return layer


def establishments_layer(data: Synthetic) -> QgsVectorLayer:
    layer = _layer("Point", ESTABLISHMENT_FIELDS, name="etablissements")
    names = [name for name, _type in ESTABLISHMENT_FIELDS]
    features = []
    for number, (x, y) in enumerate(data.establishments_xy):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([str(data.establishments[name][number]) for name in names])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def buildings_layer(data: Synthetic) -> QgsVectorLayer:
    layer = _layer(
        "Point", [("imb_id", field_types.STRING), ("fo", field_types.INT)], name="immeubles"
    )
    features = []
    for number, ((x, y), fo) in enumerate(zip(data.buildings_xy, data.buildings_fo)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([f"IMB{number:08d}", int(fo)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_gpkg(path: Path, data: Synthetic) -> None:
    """Both point sets as layers `etablissements` and `immeubles` of a GeoPackage (OGR, fast)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name, xy, fields, values in (
        (
            "etablissements",
            data.establishments_xy,
            [n for n, _t in ESTABLISHMENT_FIELDS],
            data.establishments,
        ),
        (
            "immeubles",
            data.buildings_xy,
            ["imb_id", "fo"],
            {
                "imb_id": np.array([f"IMB{i:08d}" for i in range(len(data.buildings_xy))]),
                "fo": data.buildings_fo,
            },
        ),
    ):
        layer = source.CreateLayer(name, srs, ogr.wkbPoint, ["SPATIAL_INDEX=NO"])
        for field in fields:
            layer.CreateField(
                ogr.FieldDefn(field, ogr.OFTInteger if field == "fo" else ogr.OFTString)
            )
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for number, (x, y) in enumerate(xy):
            feature = ogr.Feature(definition)
            for field in fields:
                value = values[field][number]
                feature.SetField(field, int(value) if field == "fo" else str(value))
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(float(x), float(y))
            feature.SetGeometryDirectly(point)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
        source.ExecuteSQL(f"SELECT CreateSpatialIndex('{name}', 'geom')")
    source = None
