"""Feature sinks that leave nothing behind when an algorithm is cancelled or fails."""

import glob
import os

from qgis.core import QgsFeatureSink, QgsProcessingException


def _file_of(destination: str) -> str:
    """The file a sink destination writes to ('' for memory layers and database tables)."""
    if not destination or destination.startswith(("memory:", "ogr:", "postgres:", "spatialite:")):
        return ""
    return destination.split("|")[0]


def _companions(path: str) -> set:
    """The file and its side files (.shp/.dbf/.prj..., -wal/-shm of a GeoPackage)."""
    stem, _ext = os.path.splitext(path)
    return set(glob.glob(glob.escape(stem) + ".*")) | set(glob.glob(glob.escape(path) + "-*"))


class OutputSinks:
    """Creates the sinks of one run and removes the files it created if the run does not finish."""

    def __init__(self, algorithm, parameters, context):
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.sinks = {}
        self._files = []  # (path, files that existed before)

    def create(self, name, fields, wkb_type, crs):
        destination = self.algorithm.parameterAsOutputLayer(self.parameters, name, self.context)
        path = _file_of(destination)
        if path and not os.path.exists(path):
            self._files.append((path, _companions(path)))
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
        sink, flag = self.sinks[name], QgsFeatureSink.Flag.FastInsert
        for feature in features:
            if not sink.addFeature(feature, flag):
                raise QgsProcessingException(sink.lastError())

    def close(self):
        """Flush and close every sink (the only references to them are here)."""
        self.sinks.clear()

    def discard(self):
        """Close every sink and delete the files this run created (never a file that existed)."""
        self.sinks.clear()
        for path, before in self._files:
            for created in _companions(path) - before:
                os.remove(created)
        self._files = []
