"""`GET …/exports/{format}`: whole selections streamed as geojson, csv, json, jsonl or fgb."""

import csv
import io
import json
import os
import tempfile

from osgeo import ogr

from . import geo
from .errors import bad_parameter
from .params import integer
from .records import RecordQuery, json_value
from .where_parser import GEO_TYPES

CHUNK = 64 * 1024
CONTENT_TYPES = {
    "geojson": "application/geo+json",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "jsonl": "application/jsonl; charset=utf-8",
    "fgb": "application/octet-stream",
}
OGR_TYPES = {
    "int": (ogr.OFTInteger, ogr.OFSTNone),
    "double": (ogr.OFTReal, ogr.OFSTNone),
    "boolean": (ogr.OFTInteger, ogr.OFSTBoolean),
    "date": (ogr.OFTDate, ogr.OFSTNone),
    "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
}
SINGLE = {
    "Point": ogr.wkbPoint,
    "MultiPoint": ogr.wkbMultiPoint,
    "LineString": ogr.wkbLineString,
    "MultiLineString": ogr.wkbMultiLineString,
    "Polygon": ogr.wkbPolygon,
    "MultiPolygon": ogr.wkbMultiPolygon,
}
MULTI = {
    frozenset({"Polygon", "MultiPolygon"}): ogr.wkbMultiPolygon,
    frozenset({"Point", "MultiPoint"}): ogr.wkbMultiPoint,
    frozenset({"LineString", "MultiLineString"}): ogr.wkbMultiLineString,
}


class Export:
    """One export request: content type, file name and a generator of body chunks."""

    def __init__(self, dataset, export_format, query):
        if export_format not in CONTENT_TYPES:
            raise bad_parameter("format", export_format, f"one of {', '.join(CONTENT_TYPES)}")
        self.dataset = dataset
        self.format = export_format
        self.records = RecordQuery(dataset, query)
        self.limit = integer(query, "limit", -1, minimum=-1)
        self.epsg = integer(query, "epsg", 4326)
        try:
            self.transform = geo.transformation(self.epsg)
        except RuntimeError:
            raise bad_parameter("epsg", self.epsg, "a valid EPSG code") from None
        self.delimiter = query.get("delimiter", [";"])[-1]
        self.with_bom = query.get("with_bom", ["true"])[-1].lower() != "false"
        self.geometry = self.geometry_field()
        if export_format == "fgb" and self.geometry is None:
            raise bad_parameter("format", "fgb", "a format without geometry (csv, json, jsonl)")

    @property
    def content_type(self):
        return CONTENT_TYPES[self.format]

    @property
    def filename(self):
        return f"{self.dataset.dataset_id}.{self.format}"

    def geometry_field(self):
        """The selected field that becomes the geometry: the dataset's one, else any geo field."""
        selected = [name for name, _ in self.records.selection]
        main = self.dataset.geo_field()
        if main is not None and main.name in selected:
            return main.name
        types = {f.name: f.type for f in self.dataset.fields}
        return next((name for name in selected if types[name] in GEO_TYPES), None)

    def rows(self):
        for number, record in enumerate(self.records.records()):
            if self.limit != -1 and number >= self.limit:
                return
            yield record

    def chunks(self):
        """The body, in chunks of about 64 KiB."""
        if self.format == "fgb":
            yield from self.fgb_chunks()
            return
        buffer = io.StringIO()
        for text in getattr(self, f"{self.format}_parts")():
            buffer.write(text)
            if buffer.tell() >= CHUNK:
                yield buffer.getvalue().encode()
                buffer = io.StringIO()
        yield buffer.getvalue().encode()

    def output_geometry(self, value):
        """GeoJSON geometry of a value in the requested EPSG."""
        if value is None:
            return None
        if self.transform is None:
            return value.geojson
        geometry = value.ogr.Clone()
        geometry.Transform(self.transform)
        return json.loads(geometry.ExportToJson())

    # text formats
    def geojson_parts(self):
        header = {"type": "FeatureCollection"}
        if self.epsg != 4326:
            header["crs"] = {
                "type": "name",
                "properties": {"name": f"urn:ogc:def:crs:EPSG::{self.epsg}"},
            }
        yield json.dumps(header)[:-1] + ', "features": ['
        separator = ""
        for record in self.rows():
            properties = {
                label: json_value(record.get(name))
                for name, label in self.records.selection
                if name != self.geometry
            }
            geometry = self.output_geometry(record.get(self.geometry)) if self.geometry else None
            feature = {"type": "Feature", "geometry": geometry, "properties": properties}
            yield separator + json.dumps(feature, ensure_ascii=False)
            separator = ",\n"
        yield "]}\n"

    def json_parts(self):
        yield "["
        separator = ""
        for record in self.rows():
            yield separator + json.dumps(self.records.as_json(record), ensure_ascii=False)
            separator = ",\n"
        yield "]\n"

    def jsonl_parts(self):
        for record in self.rows():
            yield json.dumps(self.records.as_json(record), ensure_ascii=False) + "\n"

    def csv_parts(self):
        out = io.StringIO()
        writer = csv.writer(out, delimiter=self.delimiter, lineterminator="\n")
        writer.writerow([label for _, label in self.records.selection])
        yield ("\ufeff" if self.with_bom else "") + out.getvalue()
        for record in self.rows():
            out.seek(0)
            out.truncate()
            writer.writerow([csv_value(record.get(name)) for name, _ in self.records.selection])
            yield out.getvalue()

    # FlatGeobuf, through OGR into a temporary file
    def fgb_chunks(self):
        handle, path = tempfile.mkstemp(suffix=".fgb", prefix="ods_portal_")
        os.close(handle)
        try:
            self.write_fgb(path)
            with open(path, "rb") as stream:
                while True:
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        break
                    yield chunk
        finally:
            os.remove(path)

    def layer_geometry_type(self):
        kinds = frozenset(self.dataset.geometry_types or ())
        if len(kinds) == 1:
            return SINGLE.get(next(iter(kinds)), ogr.wkbUnknown)
        return MULTI.get(kinds, ogr.wkbUnknown)

    def write_fgb(self, path):
        if os.path.exists(path):
            os.remove(path)
        source = ogr.GetDriverByName("FlatGeobuf").CreateDataSource(path)
        srs = geo.spatial_reference(self.epsg)
        layer_type = self.layer_geometry_type()
        layer = source.CreateLayer("Layer1", srs, layer_type, ["SPATIAL_INDEX=NO"])
        columns = []
        for field, label in self.records.fields:
            if field.type in GEO_TYPES:
                continue
            kind, subtype = OGR_TYPES.get(field.type, (ogr.OFTString, ogr.OFSTNone))
            definition = ogr.FieldDefn(label, kind)
            definition.SetSubType(subtype)
            layer.CreateField(definition)
            columns.append((field.name, layer.GetLayerDefn().GetFieldIndex(label), field.type))
        definition = layer.GetLayerDefn()
        for record in self.rows():
            feature = ogr.Feature(definition)
            for name, index, kind in columns:
                value = record.get(name)
                if value is None:
                    feature.SetFieldNull(index)
                elif kind == "boolean":
                    feature.SetField(index, int(value))
                else:
                    feature.SetField(index, value)
            value = record.get(self.geometry)
            if value is not None:
                geometry = value.ogr.Clone()
                if layer_type in MULTI.values():
                    geometry = ogr.ForceTo(geometry, layer_type)
                if self.transform is not None:
                    geometry.Transform(self.transform)
                feature.SetGeometryDirectly(geometry)
            layer.CreateFeature(feature)
        source.FlushCache()
        del layer, source


def csv_value(value):
    """A value in an ODS CSV export: geo_point_2d as "lat, lon", geo_shape as GeoJSON."""
    if value is None:
        return ""
    if isinstance(value, geo.Point):
        return f"{value.lat}, {value.lon}"
    if isinstance(value, geo.Shape):
        return json.dumps(value.geojson)
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return value
