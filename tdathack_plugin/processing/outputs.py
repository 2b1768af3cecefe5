"""Feature sinks that leave nothing behind when an algorithm is cancelled or fails."""

import glob
import os
import re
import sqlite3
from typing import Optional

from qgis.core import (
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..toolbelt.i18n import tr
from .bulk_geopackage import GeoPackageTable, values_fit

PROVIDER_PREFIX = re.compile(r"^(.{3,}?):(.*)$")  # how QGIS tells "ogr:...", "postgres:..." apart
BATCH = 10_000


def _file_of(destination: str) -> str:
    """The file QGIS writes a sink destination to ('' for memory layers and provider URIs
    such as ogr:dbname=... table=...): the path itself, with .gpkg added, as QGIS does, when
    its extension is not one of a vector format."""
    if not destination or destination.startswith("memory:") or PROVIDER_PREFIX.match(destination):
        return ""
    extension = destination.rsplit(".", 1)[1] if "." in destination else ""
    if QgsVectorFileWriter.driverForExtension(extension):
        return destination
    return destination + ".gpkg"


def _geopackage_target(destination: str) -> Optional[tuple]:
    """(path, table or None) when a sink destination is a GeoPackage file, else None."""
    path, table = _file_of(destination), None
    if not path and destination.startswith("ogr:"):
        uri = QgsDataSourceUri(destination[len("ogr:") :])
        path, table = uri.database(), uri.table() or None
    return (path, table) if path.lower().endswith(".gpkg") else None


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


def _reason(error: sqlite3.Error) -> str:
    """What went wrong writing a GeoPackage, in the user's language for the usual causes."""
    text = str(error)
    if "full" in text:
        return tr("the disk is full")
    if "locked" in text:
        return tr("the file is in use by another program")
    return text


def require_folder(path: str) -> None:
    """Refuses a file output whose folder does not exist, as QGIS's own algorithms do."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise QgsProcessingException(
            tr("Could not create {path}: the folder {folder} does not exist.").format(
                path=path, folder=folder
            )
        )


def partial_path(path: str) -> str:
    """Where a file output is written before it is complete (renamed over `path` then)."""
    stem, extension = os.path.splitext(path)
    return f"{stem}.partial{extension}"


class OutputSinks:
    """Creates the sinks of one run and removes the files it created if the run does not finish:
    `with OutputSinks(algorithm, parameters, context) as outputs:` closes them at the end of the
    block, or discards them on an error or a cancel."""

    def __init__(self, algorithm, parameters, context):
        self.algorithm = algorithm
        self.parameters = parameters
        self.context = context
        self.sinks = {}
        self._fields = {}
        self._targets = {}  # output name: (path, table or None) of a GeoPackage output
        self._reopened = []  # layers whose provider serves as a sink again
        self._files = []  # (path, files that existed before, or None when it is overwritten)
        self._folders_checked = False

    def _check_folders(self):
        """Refuses before the first output opens when any file output's folder is missing:
        no output is emptied or created for a run that cannot finish."""
        self._folders_checked = True
        for definition in self.algorithm.destinationParameterDefinitions():
            value = self.parameters.get(definition.name())
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = value.sink.staticValue()
            if isinstance(value, str):
                path = _file_of(value)
                if path:
                    require_folder(path)

    def create(self, name, fields, wkb_type, crs):
        if not self._folders_checked:
            self._check_folders()
        if self.parameters.get(name) in (None, ""):
            # No destination (a model output nobody asked for): a temporary layer, not None.
            self.parameters = {**self.parameters, name: QgsProcessing.TEMPORARY_OUTPUT}
        destination = self.algorithm.parameterAsOutputLayer(self.parameters, name, self.context)
        path = _file_of(destination)
        if path:  # an existing file is replaced by the new output as soon as the sink opens
            self._files.append((path, None if os.path.exists(path) else _companions(path)))
        try:
            sink, dest_id = self.algorithm.parameterAsSink(
                self.parameters, name, self.context, fields, wkb_type, crs
            )
        except BaseException:
            self.discard()  # the outputs opened before this one
            raise
        self.sinks[name] = sink
        self._fields[name] = fields
        target = _geopackage_target(destination)
        if target is not None:
            self._targets[name] = target
        return dest_id

    def __enter__(self):
        return self

    def __exit__(self, kind, _error, _traceback):
        """Closes the outputs of a run that finished; discards them after an error or a
        cancel."""
        if kind is None:
            self.close()
        else:
            self.discard()
        return False

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

    def add_from(self, name, features, done=None):
        """Add the features of an iterator BATCH at a time, each batch in one call (QGIS's C++
        loops over it; memory holds one batch); done(count so far) after each, which may raise
        to cancel."""
        batch, count = [], 0
        for feature in features:
            batch.append(feature)
            if len(batch) == BATCH:
                self.add_batch(name, batch)
                count += len(batch)
                batch = []
                if done is not None:
                    done(count)
        if batch:
            self.add_batch(name, batch)

    def add_points(self, name, names, columns, xy, progress, features):
        """Add points with the values of fields names (columns, one list per field in order):
        straight into the table when the output is a GeoPackage table those values fit (far
        faster), else the features of features() through QGIS. progress(share done) is
        called along the way and may raise to cancel."""
        target = self._targets.get(name)
        if target is None or not values_fit(names, columns):
            self.add_all(name, features())
            return
        path, table_name = target
        del self.sinks[name]  # QGIS's writer creates the table when it closes
        try:
            table = GeoPackageTable.find(path, table_name)
            if table is not None and table.accepts(names):
                table.append_points(names, columns, xy, progress)
                return
        except sqlite3.Error as error:
            raise QgsProcessingException(
                tr("Could not write {path}: {error}").format(path=path, error=_reason(error))
            ) from error
        self._add_through_layer(name, path, table.table if table else table_name, features())

    def _add_through_layer(self, name, path, table, features):
        """Add features to a GeoPackage table through QGIS's provider, matching fields by name
        (the table may have columns the sink had not, such as its FID)."""
        layer = QgsVectorLayer(f"{path}|layername={table}" if table else path, name, "ogr")
        if not layer.isValid():
            raise QgsProcessingException(tr("Could not write {path}.").format(path=path))
        self._reopened.append(layer)
        provider = layer.dataProvider()
        fields = self._fields[name]
        positions = [fields.lookupField(field.name()) for field in provider.fields()]
        batch = []
        for feature in features:
            copy = QgsFeature(provider.fields())
            values = feature.attributes()
            copy.setAttributes([values[i] if i >= 0 else None for i in positions])
            copy.setGeometry(feature.geometry())
            batch.append(copy)
            if len(batch) == BATCH:
                self._add_to_provider(provider, batch)
        self._add_to_provider(provider, batch)

    @staticmethod
    def _add_to_provider(provider, batch: list) -> None:
        if batch and not provider.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)[0]:
            raise QgsProcessingException("; ".join(provider.errors()) or provider.lastError())
        batch.clear()

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
