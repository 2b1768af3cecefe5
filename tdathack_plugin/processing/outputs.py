"""Feature sinks that leave nothing behind when an algorithm is cancelled or fails."""

import glob
import os
import sqlite3

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..toolbelt.i18n import tr
from .bulk_geopackage import GeoPackageTable


def _file_of(destination: str) -> str:
    """The file a sink destination writes to ('' for memory layers and database tables)."""
    if not destination or destination.startswith(("memory:", "ogr:", "postgres:", "spatialite:")):
        return ""
    return destination.split("|")[0]


SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")


def _companions(path: str) -> set:
    """The file and its side files (.shp/.dbf/.prj..., -wal/-shm of a GeoPackage)."""
    stem, _ext = os.path.splitext(path)
    return set(glob.glob(glob.escape(stem) + ".*")) | set(glob.glob(glob.escape(path) + "-*"))


def _written_by_the_format(path: str) -> set:
    """The files GDAL writes for this output (not a style or metadata file beside it)."""
    stem, ext = os.path.splitext(path)
    names = {path} | {f"{path}{side}" for side in ("-wal", "-shm", "-journal")}
    if ext.lower() == ".shp":
        names |= {stem + part for part in SHAPEFILE_PARTS}
    return {name for name in names if os.path.exists(name)}


class OutputSinks:
    """Creates the sinks of one run and removes the files it created if the run does not finish."""

    def __init__(self, algorithm, parameters, context):
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.sinks = {}
        self.destinations = {}
        self._reopened = []  # layers whose provider serves as a sink again
        self._files = []  # (path, files that existed before, or None when it is overwritten)

    def create(self, name, fields, wkb_type, crs):
        destination = self.algorithm.parameterAsOutputLayer(self.parameters, name, self.context)
        path = _file_of(destination)
        if path:  # an existing file is replaced by the new output as soon as the sink opens
            self._files.append((path, None if os.path.exists(path) else _companions(path)))
        sink, dest_id = self.algorithm.parameterAsSink(
            self.parameters, name, self.context, fields, wkb_type, crs
        )
        self.sinks[name] = sink
        self.destinations[name] = dest_id
        return dest_id

    def add(self, name, feature):
        if not self.sinks[name].addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.sinks[name].lastError())

    def add_all(self, name, features):
        """Add every feature of an iterable (which may yield one feature object, refilled)."""
        for feature in features:
            self.add(name, feature)

    def add_batch(self, name, features: list):
        """Add a list of features in one call (far faster than one by one)."""
        if not self.sinks[name].addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.sinks[name].lastError())

    def add_points(self, name, names, columns, xy, progress, features):
        """Add points with the values of fields names (columns, one list per field in order):
        straight into the table when the output is a GeoPackage table those values fit (far
        faster), else the features of features() through the sink. progress(share done) is
        called along the way and may raise to cancel."""
        parts = QgsProviderRegistry.instance().decodeUri("ogr", self.destinations[name])
        path = parts.get("path") or ""
        if path.lower().endswith(".gpkg") and parts.get("layerId") is None:
            del self.sinks[name]  # QGIS's writer creates the table when it closes
            try:
                table = GeoPackageTable.find(path, parts.get("layerName"))
                if table is not None and table.accepts(names, columns):
                    table.append_points(names, columns, xy, progress)
                    return
            except sqlite3.Error as error:
                raise QgsProcessingException(
                    tr("Could not write {path}: {error}").format(path=path, error=error)
                ) from error
            layer = QgsVectorLayer(self.destinations[name], name, "ogr")
            self._reopened.append(layer)  # its provider is the sink from now on
            self.sinks[name] = layer.dataProvider()
        self.add_all(name, features())

    def close(self):
        """Flush and close every sink (the only references to them are here)."""
        self.sinks.clear()
        self._reopened.clear()

    def discard(self):
        """Close every sink and delete what this run wrote: no half-written output is left.

        A new output goes with every side file it created; an output the user chose to
        overwrite was already emptied when its sink opened, and its half-written files go too
        (a style or metadata file beside it stays).
        """
        self.close()
        for path, before in self._files:
            written = _written_by_the_format(path) if before is None else _companions(path) - before
            for name in written:
                os.remove(name)
        self._files = []
