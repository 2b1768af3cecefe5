"""Feature sinks that leave nothing behind when an algorithm is cancelled or fails."""

import glob
import os

from qgis.core import QgsFeatureSink, QgsProcessingException


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

    def close(self):
        """Flush and close every sink (the only references to them are here)."""
        self.sinks.clear()

    def discard(self):
        """Close every sink and delete what this run wrote: no half-written output is left.

        A new output goes with every side file it created; an output the user chose to
        overwrite was already emptied when its sink opened, and its half-written files go too
        (a style or metadata file beside it stays).
        """
        self.sinks.clear()
        for path, before in self._files:
            written = _written_by_the_format(path) if before is None else _companions(path) - before
            for name in written:
                os.remove(name)
        self._files = []
