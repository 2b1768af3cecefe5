"""Datasets served by the portal: fields, records (loaded once or generated), metadata."""

import csv
import hashlib
import json
import random
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from osgeo import ogr, osr

from . import geo
from .where_parser import GEO_TYPES, Schema

SAMPLE_DATA = Path(__file__).resolve().parents[2] / "sample_data"
FACET_MAX_DISTINCT = 40


@dataclass
class Field:
    """One field of a dataset, as `fields[]` of the dataset metadata describes it."""

    name: str
    type: str
    label: str = ""
    description: Optional[str] = None
    facet: bool = False

    def to_json(self):
        annotations = {"facet": True} if self.facet else {}
        return {
            "name": self.name,
            "label": self.label or self.name,
            "type": self.type,
            "annotations": annotations,
            "description": self.description,
        }


def geometry_field(fields):
    """The field that becomes the feature geometry: first geo_shape, else geo_point_2d."""
    for wanted in ("geo_shape", "geo_point_2d"):
        for field in fields:
            if field.type == wanted:
                return field
    return None


class Dataset:
    """A dataset: `metas` (title, description, theme, keyword, publisher, license, …).

    Subclasses provide `fields`, `iter_records()`, `records_count`, `extent`, `geometry_types`.
    """

    def __init__(self, dataset_id, metas, *, private=False, fault=None):
        self.dataset_id = dataset_id
        self.metas = metas
        self.private = private
        self.fault = fault

    @property
    def uid(self):
        return "da_" + hashlib.sha1(self.dataset_id.encode()).hexdigest()[:6]

    @property
    def schema(self):
        types = {f.name: f.type for f in self.fields}
        text = [f.name for f in self.fields if f.type not in GEO_TYPES]
        return Schema(types, text)

    @property
    def is_geo(self):
        return any(f.type in GEO_TYPES for f in self.fields)

    def geo_field(self):
        """The field that becomes the feature geometry."""
        return geometry_field(self.fields)


class LoadedDataset(Dataset):
    """Records read once from a file (on first use) and kept in memory."""

    def __init__(self, dataset_id, metas, loader, **kwargs):
        super().__init__(dataset_id, metas, **kwargs)
        self._loader = loader
        self._lock = threading.Lock()
        self._loaded = None

    def loaded(self):
        with self._lock:
            if self._loaded is None:
                fields, records = self._loader()
                geo_field = geometry_field(fields)
                geo_field = geo_field.name if geo_field else None
                shapes = [r[geo_field] for r in records if r.get(geo_field) is not None]
                kinds = {s.geometry_type if isinstance(s, geo.Shape) else "Point" for s in shapes}
                self._loaded = (fields, records, geo.envelope(shapes), sorted(kinds))
            return self._loaded

    @property
    def fields(self):
        return self.loaded()[0]

    def iter_records(self):
        return iter(self.loaded()[1])

    @property
    def records_count(self):
        return len(self.loaded()[1])

    @property
    def extent(self):
        return self.loaded()[2]

    @property
    def geometry_types(self):
        return self.loaded()[3] or None


class GeneratedPoints(Dataset):
    """`count` points drawn from a seeded generator in a box: never held in memory."""

    FIELDS = (
        Field("id", "int", "Identifiant"),
        Field("name", "text", "Nom"),
        Field("value", "double", "Valeur"),
        Field("geo_point_2d", "geo_point_2d", "Position"),
    )

    def __init__(self, dataset_id, metas, count, seed, box, **kwargs):
        super().__init__(dataset_id, metas, **kwargs)
        self.records_count = count
        self.seed = seed
        self._box = box

    @property
    def fields(self):
        return list(self.FIELDS)

    def iter_records(self):
        rng = random.Random(self.seed)
        west, south, east, north = self._box()
        for number in range(1, self.records_count + 1):
            lon = west + rng.random() * (east - west)
            lat = south + rng.random() * (north - south)
            value = round(rng.random() * 1000, 3)
            yield {
                "id": number,
                "name": f"Point {number:06d}",
                "value": value,
                "geo_point_2d": geo.Point(round(lon, 6), round(lat, 6)),
            }

    @property
    def extent(self):
        return self._box()

    @property
    def geometry_types(self):
        return ["Point"]


class AliasDataset(LoadedDataset):
    """Another id (and metadata) over the records of an existing dataset."""

    def __init__(self, dataset_id, metas, source, **kwargs):
        super().__init__(dataset_id, metas, source.loaded, **kwargs)

    def loaded(self):
        return self._loader()


# --- loaders -------------------------------------------------------------------------


def infer_type(values):
    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return "text"
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "int"
    if kinds <= {int, float}:
        return "double"
    if kinds == {geo.Point}:
        return "geo_point_2d"
    if kinds == {geo.Shape}:
        return "geo_shape"
    return "text"


def infer_fields(records, names, labels):
    fields = []
    for name in names:
        values = [r.get(name) for r in records]
        kind = infer_type(values)
        distinct = {v for v in values if isinstance(v, str)}
        facet = kind == "text" and 0 < len(distinct) <= FACET_MAX_DISTINCT
        fields.append(Field(name, kind, labels.get(name, name), facet=facet))
    return fields


def as_value(value):
    if isinstance(value, dict) and set(value) == {"lon", "lat"}:
        return geo.Point(value["lon"], value["lat"])
    return value


def local_date(text):
    """The date of an ISO datetime, in UTC: Paris exports shift dates to local mean time."""
    if not text:
        return None
    return datetime.fromisoformat(text).astimezone(timezone.utc).date().isoformat()


def geojson_loader(path, labels, *, shape_field=None, point_field=None, dates=()):
    """Records of a GeoJSON export: properties, plus the geometry as geo_shape or geo_point_2d."""

    def load():
        collection = json.loads((SAMPLE_DATA / path).read_text(encoding="utf-8"))
        records, names = [], []
        for feature in collection["features"]:
            record = {k: as_value(v) for k, v in feature["properties"].items()}
            for name in dates:
                record[name] = local_date(record[name])
            geometry = feature["geometry"]
            if shape_field and geometry:
                record[shape_field] = geo.Shape(geometry)
            if point_field and record.get(point_field) is None and geometry:
                if geometry["type"] == "Point":
                    record[point_field] = geo.Point(*geometry["coordinates"][:2])
                else:
                    centroid = geo.Shape(geometry).ogr.Centroid()
                    record[point_field] = geo.Point(
                        round(centroid.GetX(), 6), round(centroid.GetY(), 6)
                    )
            for name in record:
                if name not in names:
                    names.append(name)
            records.append(record)
        fields = infer_fields(records, names, labels)
        for field in fields:
            if field.name in dates:
                field.type = "date"
        return fields, records

    return load


def aveyron_outline():
    """OGR polygon of the Aveyron département (WGS84)."""
    data = json.loads((SAMPLE_DATA / "admin/departement-12-aveyron.geojson").read_text())
    return ogr.CreateGeometryFromJson(json.dumps(data["geometry"]))


_AVEYRON_BOX = []


def aveyron_box():
    if not _AVEYRON_BOX:
        minx, maxx, miny, maxy = aveyron_outline().GetEnvelope()
        _AVEYRON_BOX.append((minx, miny, maxx, maxy))
    return _AVEYRON_BOX[0]


def is_number(*texts):
    try:
        for text in texts:
            float(text)
    except ValueError:
        return False
    return True


OPERATORS = {"20801": "Orange", "20810": "SFR", "20815": "Free Mobile", "20820": "Bouygues Telecom"}


def mobile_sites_loader():
    """Arcep 2018 mobile sites inside Aveyron, Lambert-93 → WGS84."""

    def load():
        path = SAMPLE_DATA / "arcep/2018_01_Sites_mobiles_2G_3G_4G_France_metropolitaine_L93.csv"
        with path.open(encoding="utf-8") as stream:
            rows = [r for r in csv.DictReader(stream, delimiter=";") if is_number(r["x"], r["y"])]
        lambert = geo.spatial_reference(2154)
        to_wgs84 = osr.CoordinateTransformation(lambert, geo.WGS84)
        points = to_wgs84.TransformPoints([(float(r["x"]), float(r["y"])) for r in rows])
        outline = aveyron_outline()
        source = ogr.GetDriverByName("Memory").CreateDataSource("")
        layer = source.CreateLayer("sites")
        for index, (lon, lat, _) in enumerate(points):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))
            feature.SetFID(index)
            layer.CreateFeature(feature)
        layer.SetSpatialFilter(outline)
        inside = sorted(feature.GetFID() for feature in layer)
        records = []
        for index in inside:
            row, (lon, lat, _) = rows[index], points[index]
            records.append(
                {
                    "operateur": OPERATORS.get(row["Operateur"], row["Operateur"]),
                    "code_operateur": row["Operateur"],
                    "site_2g": int(row["2G"]),
                    "site_3g": int(row["3G"]),
                    "site_4g": int(row["4G"]),
                    "geo_point_2d": geo.Point(round(lon, 6), round(lat, 6)),
                }
            )
        fields = [
            Field("operateur", "text", "Opérateur", facet=True),
            Field("code_operateur", "text", "Code opérateur (MCC-MNC)", facet=True),
            Field("site_2g", "int", "Site 2G (0/1)"),
            Field("site_3g", "int", "Site 3G (0/1)"),
            Field("site_4g", "int", "Site 4G (0/1)"),
            Field("geo_point_2d", "geo_point_2d", "Position"),
        ]
        return fields, records

    return load


def population_loader():
    """INSEE municipal population of every commune (a table)."""

    def load():
        path = SAMPLE_DATA / "admin/communes-population.csv"
        with path.open(encoding="utf-8") as stream:
            rows = list(csv.DictReader(stream))
        records = [
            {
                **r,
                "population": int(r["population"]) if r["population"] else None,
                "chef_lieu": r["chef_lieu"] or None,
            }
            for r in rows
        ]
        labels = {
            "code_insee": "Code INSEE",
            "nom": "Nom",
            "departement": "Département",
            "region": "Région",
            "epci_code": "Code EPCI",
            "epci_nom": "EPCI",
            "chef_lieu": "Chef-lieu (commune déléguée)",
            "population": "Population municipale",
        }
        return infer_fields(records, list(labels), labels), records

    return load


def filler_loader(number):
    """Five small rows, different for each filler dataset."""

    def load():
        records = [
            {
                "code": f"F{number:03d}-{row}",
                "libelle": f"Ligne {row} du jeu {number:03d}",
                "valeur": number * 10 + row,
            }
            for row in range(1, 6)
        ]
        labels = {"code": "Code", "libelle": "Libellé", "valeur": "Valeur"}
        return infer_fields(records, list(labels), labels), records

    return load
