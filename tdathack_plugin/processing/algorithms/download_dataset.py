"""tdathack:downloaddataset: an Opendatasoft dataset (optionally filtered) into a feature sink."""

import dataclasses
import shutil
import tempfile
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterExtent,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ...ods import errors, layers, odsql
from ...ods.client import OdsClient, checked_dataset_id, portal_root
from ...ods.http import timeout_warning
from ...toolbelt import field_types, log, qgis_enums
from ...toolbelt.i18n import tr, tr_noop
from ..outputs import OutputSinks
from ..run_steps import Steps, cancelled, stop_if_cancelled
from ..styles import LayerFinisher
from .base import TDatHackAlgorithm

PROGRESS_TEXT_BYTES = 10_000_000


NOT_A_FILE = (
    "downloaddataset: its output is no file, the project alone keeps its metadata and style"
)


class DownloadDatasetAlgorithm(TDatHackAlgorithm):
    """Exports a dataset from the portal (streamed to disk) and writes it to the output."""

    NAME = "downloaddataset"
    GROUP = "opendata"
    DISPLAY_NAME = tr_noop("Download an Opendatasoft dataset")
    TAGS = tr_noop("opendatasoft,ods,open data,download,portal")

    def group(self) -> str:
        return tr("Open data")

    PORTAL = "PORTAL"
    DATASET = "DATASET"
    WHERE = "WHERE"
    EXTENT = "EXTENT"
    FIELDS = "FIELDS"
    AUTHCFG = "AUTHCFG"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterString(
                self.PORTAL, tr("Portal address"), defaultValue="https://opendata.paris.fr"
            )
        )
        self.addParameter(QgsProcessingParameterString(self.DATASET, tr("Dataset identifier")))
        self.addParameter(
            QgsProcessingParameterString(
                self.WHERE, tr("Filter (ODSQL where clause)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterExtent(
                self.EXTENT, tr("Only records inside this extent"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.FIELDS,
                tr("Fields to keep (names separated by commas; all fields when empty)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterAuthConfig(
                self.AUTHCFG, tr("API key (authentication configuration)"), optional=True
            )
        )
        self.add_sink(self.OUTPUT, tr("Dataset"), qgis_enums.SOURCE_ANY_GEOMETRY)

    def checkParameterValues(self, parameters, context):
        """A portal address and a dataset identifier that cannot be ones are refused in the
        user's words (the dock asks before queuing a load), then QGIS's own checks."""
        if parameters.get(self.DATASET) is None:  # missing: QGIS says so in its words
            return super().checkParameterValues(parameters, context)
        try:
            portal_root(self.parameterAsString(parameters, self.PORTAL, context))
            checked_dataset_id(self.parameterAsString(parameters, self.DATASET, context).strip())
        except (errors.NotAPortalError, errors.DatasetIdError) as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        dataset_id = self.parameterAsString(parameters, self.DATASET, context).strip()
        folder = Path(tempfile.mkdtemp(prefix="ods_", dir=QgsProcessingUtils.tempFolder()))
        steps = Steps(2, feedback)  # the transfer, then writing the output
        try:
            client = OdsClient(
                self.parameterAsString(parameters, self.PORTAL, context),
                self.parameterAsString(parameters, self.AUTHCFG, context),
                feedback,
            )
            dataset, select = self.selected_fields(client.dataset(dataset_id), parameters, context)
            extent, crs = self.extent(dataset, parameters, context)
            where = odsql.dataset_where(
                self.parameterAsString(parameters, self.WHERE, context),
                dataset.geometry_field,
                extent,
                crs,
                context.transformContext(),
            )
            feedback.pushInfo(
                tr("{title}: {count} records on {portal}").format(
                    title=dataset.title, count=dataset.records_count, portal=client.portal
                )
            )
            warning = timeout_warning(dataset.records_count)
            if warning:
                feedback.pushWarning(warning)
            path = layers.download(
                client, dataset, folder, where, select, progress=_progress(steps)
            )
            steps.next()  # the transfer is over: writing the output
            page = client.dataset_page(dataset_id)
            source = layers.open_export(path, dataset, client.portal, page)
            results = self.write(source, dataset, parameters, context, steps)
            del source  # releases the exported file before the folder is removed
            why = layers.dress_file(results[self.OUTPUT], dataset, client.portal, page)
            if why is None:
                log.info(NOT_A_FILE)
            elif why:
                feedback.pushWarning(
                    tr(
                        "The dataset's metadata and style were not kept with the file: {why}."
                    ).format(why=why)
                )
            LayerFinisher.attach(
                context,
                results[self.OUTPUT],
                lambda layer: layers.dress(layer, dataset, client.portal, page),
            )
            return results
        except errors.CanceledError:
            raise cancelled() from None
        except errors.OdsError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def selected_fields(self, dataset, parameters, context):
        """The dataset narrowed to the FIELDS parameter (and its geometry field), and the
        matching ODSQL select ('' for every field)."""
        text = self.parameterAsString(parameters, self.FIELDS, context)
        names = [name.strip() for name in text.split(",") if name.strip()]
        if not names:
            return dataset, ""
        unknown = sorted(set(names) - {f.name for f in dataset.fields})
        if unknown:
            raise QgsProcessingException(
                tr("The dataset '{dataset}' has no field {fields}.").format(
                    dataset=dataset.dataset_id, fields=", ".join(unknown)
                )
            )
        geometry = dataset.geometry_field
        kept = tuple(f for f in dataset.fields if f.name in names or f == geometry)
        select = ", ".join(odsql.field(f.name) for f in kept)
        return dataclasses.replace(dataset, fields=kept), select

    def extent(self, dataset, parameters, context) -> tuple:
        """(EXTENT, its CRS), or (None, None) without extent; refused on a table."""
        if not parameters.get(self.EXTENT):
            return None, None
        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        if extent.isNull() or extent.isEmpty():
            return None, None
        if not dataset.is_geo:
            raise QgsProcessingException(
                tr(
                    "The dataset '{dataset}' has no geometry: it cannot be filtered by extent."
                ).format(dataset=dataset.dataset_id)
            )
        return extent, self.parameterAsExtentCrs(parameters, self.EXTENT, context)

    def write(self, source, dataset, parameters, context, feedback) -> dict:
        """Copy the exported features into the sink with the dataset's ODS field types."""
        fields = layers.qgis_fields(dataset)
        wkb_type = layers.geometry_type(dataset, source.wkbType())
        crs = layers.defined_crs(source) if dataset.is_geo else QgsCoordinateReferenceSystem()
        columns = [source.fields().lookupField(field.name()) for field in fields]
        multi = QgsWkbTypes.isMultiType(wkb_type)
        total = max(source.featureCount(), 1)
        with OutputSinks(self, parameters, context) as outputs:
            dest_id = outputs.create(self.OUTPUT, fields, wkb_type, crs)
            if copied_as_they_are(source, fields, wkb_type):
                feedback.setProgressText(
                    tr("Writing {count} features").format(count=source.featureCount())
                )

                def done(count):
                    stop_if_cancelled(feedback)
                    feedback.setProgress(100 * count / total)

                outputs.add_from(self.OUTPUT, source.getFeatures(), done)
                stop_if_cancelled(feedback)
                return self.written(source, dataset, dest_id, feedback)
            for number, feature in enumerate(source.getFeatures()):
                stop_if_cancelled(feedback)
                out = QgsFeature(fields)
                out.setAttributes(
                    [
                        _converted(field, feature.attribute(index)) if index >= 0 else None
                        for field, index in zip(fields, columns)
                    ]
                )
                if feature.hasGeometry():
                    geometry = feature.geometry()
                    if multi:
                        geometry.convertToMultiType()
                    out.setGeometry(geometry)
                outputs.add(self.OUTPUT, out)
                if number % 1000 == 0:
                    feedback.setProgress(100 * number / total)
        return self.written(source, dataset, dest_id, feedback)

    def written(self, source, dataset, dest_id, feedback) -> dict:
        """The results, once the layer is written; an empty layer is said."""
        if source.featureCount() == 0:
            feedback.pushWarning(
                tr(
                    "No record of '{dataset}' matches the filter or the extent: the layer is empty."
                ).format(dataset=dataset.dataset_id)
            )
        return {self.OUTPUT: dest_id}


def copied_as_they_are(source, fields, wkb_type) -> bool:
    """Whether QGIS can copy the exported features as they are (its C++ doing the loop): the
    file has the dataset's fields in order, each of the same type or a 32-bit integer for a
    64-bit one, and the layer's geometry type (no conversion to multi-parts)."""
    found = source.fields()
    if source.wkbType() != wkb_type or found.names() != fields.names():
        return False
    widened = (field_types.INT, field_types.LONG)
    return all(
        a.type() == b.type() or (a.type(), b.type()) == widened for a, b in zip(found, fields)
    )


def _converted(field, value):
    """A value in the field's type; NULL when the portal sent something of another type."""
    try:
        return field.convertCompatible(value)
    except ValueError:
        return None


def _progress(feedback):
    """Transfer progress: its share of the bar when the portal announces the size,
    else the size received, every PROGRESS_TEXT_BYTES (exports are usually chunked)."""
    reported = {"bytes": 0}

    def report(received, total):
        if total:
            feedback.setProgress(100 * received / total)
        elif received - reported["bytes"] >= PROGRESS_TEXT_BYTES:
            reported["bytes"] = received
            feedback.setProgressText(
                tr("Downloading: {size} MB received").format(size=received // 1_000_000)
            )

    return report
