"""Loading a dataset into the project: the one path shared by the dock and the Browser panel.

The filter is first checked against the portal (records endpoint, limit=0: nothing is
downloaded), then `tdathack:downloaddataset` runs in a QgsProcessingAlgRunnerTask (progress in
the QGIS task manager, cancelable), and the layer arrives named, styled and described.
"""

import dataclasses
import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeedback,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMetaObject, QObject, Qt, pyqtSignal

from ..ods import errors, layers, odsql
from ..ods.client import OdsClient
from ..processing.algorithms.download_dataset import DownloadDatasetAlgorithm
from ..toolbelt.i18n import tr
from .tasks import FunctionTask

ALGORITHM = "tdathack:downloaddataset"
MESSAGE_SECONDS = 8
_ORPHANS = set()  # tasks still running after their loader was closed


@dataclasses.dataclass(frozen=True)
class LoadRequest:
    """What to load: a dataset of a portal, filtered, some fields, to a file ('' = temporary)."""

    portal: str
    dataset: object  # ods.client.Dataset
    authcfg: str = ""
    where: str = ""
    extent: QgsRectangle = None
    extent_crs: object = None  # QgsCoordinateReferenceSystem of `extent`
    fields: tuple = ()  # names to keep; () = every field
    output: str = ""

    def extent_parameter(self) -> str:
        """The extent as Processing reads it: 'xmin,xmax,ymin,ymax [EPSG:xxxx]'."""
        if self.extent is None or self.extent.isEmpty():
            return ""
        box = self.extent
        values = ",".join(
            repr(v) for v in (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())
        )
        return f"{values} [{self.extent_crs.authid()}]" if self.extent_crs else values

    def full_where(self, transform_context) -> str:
        """The user's filter and the extent, as the algorithm will send them (with the same
        transform context: the project's)."""
        extent = self.extent if self.extent_parameter() else None
        crs = self.extent_crs or odsql.WGS84
        field = self.dataset.geometry_field
        return odsql.dataset_where(self.where, field, extent, crs, transform_context)


class _Feedback(QgsProcessingFeedback):
    """Keeps the last error the algorithm reported (the message the user reads)."""

    def __init__(self):
        super().__init__()
        self.last_error = ""

    def reportError(self, error, fatalError=False):
        self.last_error = error
        super().reportError(error, fatalError)


class _RunnerTask(QgsProcessingAlgRunnerTask):
    """Cancel also reaches the algorithm's feedback from the worker thread (see
    tasks.FunctionTask): canceled from the main thread only, a QGIS 3.22
    QgsBlockingNetworkRequest in flight may never return. The task keeps the context and
    feedback it runs with alive as long as itself."""

    def __init__(self, algorithm, parameters, context, feedback):
        super().__init__(algorithm, parameters, context, feedback)
        self.context = context
        self.algorithm_feedback = feedback
        self.relay = None

    def run(self):
        self.relay = QgsFeedback()
        self.relay.canceled.connect(
            self.algorithm_feedback.cancel, Qt.ConnectionType.DirectConnection
        )
        return super().run()

    def cancel(self):
        if self.relay is not None:
            QMetaObject.invokeMethod(self.relay, "cancel", Qt.ConnectionType.QueuedConnection)
        super().cancel()


class DatasetLoader(QObject):
    """Loads one dataset at a time; signals tell the widgets where it stands."""

    checking = pyqtSignal()
    running = pyqtSignal()
    progressChanged = pyqtSignal(float)
    failed = pyqtSignal(str, object)  # message, the typed ods error or None
    loaded = pyqtSignal(object)  # the layer added to the project
    canceled = pyqtSignal()

    def __init__(self, message_bar=None, parent=None, failures_in_bar=lambda: True):
        """`message_bar`: where a loaded layer is announced, and a failure too when
        `failures_in_bar()` says so (the dock shows them in its error box while in view)."""
        super().__init__(parent)
        self.message_bar = message_bar
        self.failures_in_bar = failures_in_bar
        self.task = None
        self.request = None
        self._temporary = False
        self.closed = False

    def busy(self) -> bool:
        return self.task is not None

    def load(self, request: LoadRequest) -> None:
        """Check the filter when there is one, then download and add the layer."""
        if self.busy():
            return
        self.request = request
        if request.where.strip() or request.extent_parameter():
            self.checking.emit()
            where = request.full_where(QgsProject.instance().transformContext())
            self.task = FunctionTask(
                tr("Checking the filter on {portal}").format(portal=request.portal),
                lambda feedback: self._count(request, where, feedback),
                self._checked,
                self._check_ended,
            )
            QgsApplication.taskManager().addTask(self.task)
        else:
            self._run()

    @staticmethod
    def _count(request: LoadRequest, where: str, feedback) -> int:
        client = OdsClient(request.portal, request.authcfg, feedback)
        return client.records(request.dataset.dataset_id, where=where, limit=0).total_count

    def _checked(self, count, error) -> None:
        self.task = None
        if self.closed:
            return
        if error is not None:
            self._fail(str(error), error)
        elif count == 0:
            self._fail(tr("No record matches the filter: nothing to load."), None)
        else:
            self._run()

    def _check_ended(self, task) -> None:
        if task.isCanceled() and self.task is task:
            self.task = None
            if not self.closed:
                self.canceled.emit()

    def _run(self) -> None:
        request = self.request
        algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
        if algorithm is None:
            self._fail(tr("The T.Dat'Hack Processing provider is not loaded."), None)
            return
        self._temporary = not request.output
        output = request.output or QgsProcessingUtils.generateTempFilename(
            f"{request.dataset.dataset_id}.gpkg"
        )
        self.request = dataclasses.replace(request, output=output)
        step = DownloadDatasetAlgorithm
        parameters = {
            step.PORTAL: request.portal,
            step.DATASET: request.dataset.dataset_id,
            step.WHERE: request.where,
            step.EXTENT: request.extent_parameter() or None,
            step.FIELDS: ",".join(request.fields),
            step.AUTHCFG: request.authcfg,
            step.OUTPUT: output,
        }
        context = QgsProcessingContext()
        context.setTransformContext(QgsProject.instance().transformContext())
        ok, message = algorithm.checkParameterValues(parameters, context)
        if not ok:  # what the toolbox would refuse, said before anything is queued
            self._fail(message, None)
            return
        feedback = _Feedback()
        feedback.progressChanged.connect(self.progressChanged)
        self.task = _RunnerTask(algorithm, parameters, context, feedback)
        self.task.setDescription(tr("Loading {title}").format(title=request.dataset.title))
        self.task.executed.connect(self._executed)
        self.running.emit()
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def close(self) -> None:
        """Cancel and never signal again (the widget using it is being deleted).

        A running task is kept (with its context and feedback) until it ends.
        """
        self.closed = True
        task = self.task
        if task is not None:
            _ORPHANS.add(task)
            for signal in (task.taskCompleted, task.taskTerminated):
                signal.connect(lambda task=task: _ORPHANS.discard(task))
        self.cancel()

    def _executed(self, ok: bool, results: dict) -> None:
        request, feedback = self.request, self.task.algorithm_feedback
        self.task = None
        if self.closed:
            self._discard(request.output)
            return
        output = (results or {}).get("OUTPUT")
        if feedback.isCanceled() or (ok and not output):
            self._discard(request.output)
            self.canceled.emit()
            return
        if not ok:
            self._discard(request.output)
            self._fail(feedback.last_error or tr("The download failed."), None)
            return
        self.loaded.emit(self._add_layer(request, output))

    def _discard(self, path: str) -> None:
        """Remove the temporary file of a run that did not finish."""
        if self._temporary and path and os.path.exists(path):
            os.remove(path)

    def _add_layer(self, request: LoadRequest, path: str) -> QgsVectorLayer:
        dataset = request.dataset
        layer = QgsVectorLayer(path, dataset.title, "ogr")
        client = OdsClient(request.portal)
        layers.dress(layer, dataset, client.portal, client.dataset_page(dataset.dataset_id))
        QgsProject.instance().addMapLayer(layer)
        if self.message_bar is not None:
            self.message_bar.pushMessage(
                dataset.title,
                tr("{count} features loaded from {portal}.").format(
                    count=layer.featureCount(), portal=client.portal
                ),
                Qgis.MessageLevel.Success,
                MESSAGE_SECONDS,
            )
        return layer

    def _fail(self, message: str, error) -> None:
        in_bar = self.failures_in_bar() and not isinstance(error, errors.QueryError)
        if self.message_bar is not None and in_bar:
            self.message_bar.pushMessage(
                tr("Opendatasoft"), message, Qgis.MessageLevel.Warning, MESSAGE_SECONDS
            )
        self.failed.emit(message, error)
