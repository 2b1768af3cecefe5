"""What every T.Dat'Hack algorithm shares: its id, name, group and tags as class attributes,
translation, help, icon, the parameters they all declare alike, the computation CRS and its log
line, and no Python traceback in front of a user."""

import functools
import time
import traceback

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDistance,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtGui import QIcon

from ...coverage.crs import metric_crs_for, usable_here
from ...coverage.errors import CoverageError
from ...toolbelt import log, qgis_enums, settings
from ...toolbelt.about import HOMEPAGE, PROVIDER_ID, TRACKER
from ...toolbelt.i18n import tr
from ...toolbelt.icons import PLUGIN_ICON
from ..archives import checked_parameters
from ..help import algorithm_help
from ..source_facts import extent_of


def without_traceback(process_algorithm):
    """processAlgorithm() whose unexpected errors reach the user as a sentence, not a Python
    traceback: the traceback goes to the QGIS message log, for a bug report. The log also says
    how each run ended and how long it took."""

    @functools.wraps(process_algorithm)
    def run(algorithm, parameters, context, feedback):
        start = time.perf_counter()
        try:
            results = _in_user_words(algorithm, process_algorithm, parameters, context, feedback)
        except QgsProcessingException as error:
            seconds = time.perf_counter() - start
            log.info(f"{algorithm.id()}: stopped after {seconds:.1f} s: {error}")
            raise
        if feedback is not None:
            feedback.setProgress(100)  # every run ends its progress bar
        log.info(f"{algorithm.id()}: done in {time.perf_counter() - start:.1f} s")
        return results

    return run


def _in_user_words(algorithm, process_algorithm, parameters, context, feedback):
    """process_algorithm's results; any error it raises becomes a QgsProcessingException."""
    try:
        return process_algorithm(algorithm, parameters, context, feedback)
    except QgsProcessingException:
        raise
    except CoverageError as error:  # the engine's own words, for the user
        raise QgsProcessingException(str(error)) from error
    except MemoryError as error:
        raise QgsProcessingException(
            tr(
                "{algorithm} ran out of memory: nothing was written. Run it on a smaller "
                "territory, or with coarser parameters."
            ).format(algorithm=algorithm.displayName())
        ) from error
    except Exception as error:
        log.critical(traceback.format_exc())
        raise QgsProcessingException(
            tr(
                "{algorithm} stopped on an unexpected error ({error}): nothing was written. "
                "The details are in the log (View › Panels › Log Messages, {tag}); please "
                "report them at {tracker}."
            ).format(
                algorithm=algorithm.displayName(),
                error=type(error).__name__,  # its text may hold a path: in the log only
                tag=log.TAG,
                tracker=TRACKER,
            )
        ) from error


class TDatHackAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME (the id after tdathack:), GROUP (mobile, fibre, wifi),
    DISPLAY_NAME and TAGS (comma-separated words users search for), both marked with
    tr_noop() and translated when shown, then declare their parameters and their algorithm."""

    NAME = ""
    GROUP = ""
    DISPLAY_NAME = ""
    TAGS = ""
    METRIC_CRS = "METRIC_CRS"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = without_traceback(cls.__dict__["processAlgorithm"])

    def tr(self, text: str) -> str:
        return tr(text)

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return tr(self.DISPLAY_NAME)

    def groupId(self) -> str:
        return self.GROUP

    def group(self) -> str:
        """The translated name of groupId()."""
        return {
            "mobile": self.tr("Mobile coverage (New Deal mobile)"),
            "fibre": self.tr("Fixed broadband (fibre)"),
            "wifi": self.tr("Public Wi-Fi"),
        }[self.groupId()]

    def createInstance(self):
        return type(self)()

    def checkParameterValues(self, parameters, context):
        """QGIS's checks, after ours of the .7z archives given as layers (Arcep's downloads)."""
        refused, others, _stand_in = checked_parameters(self, parameters)
        if refused:
            return False, refused
        return super().checkParameterValues(others, context)

    def shortHelpString(self) -> str:
        return algorithm_help(self.name())

    def helpUrl(self) -> str:
        return f"{HOMEPAGE}/blob/main/docs/algorithms.md#{self.name()}"

    def icon(self) -> QIcon:
        return QIcon(PLUGIN_ICON)

    def svgIconPath(self) -> str:
        return PLUGIN_ICON

    def tags(self) -> list:
        words = tr(self.TAGS).split(",") if self.TAGS else []
        return [PROVIDER_ID, "T.Dat'Hack", *words]

    # Parameters declared alike by several algorithms --------------------------------------

    def addAdvancedParameter(self, parameter):
        parameter.setFlags(parameter.flags() | qgis_enums.PARAMETER_ADVANCED)
        self.addParameter(parameter)

    def add_source(self, name: str, label: str, kinds: list, optional: bool = False):
        """A layer parameter taking the geometry kinds (qgis_enums.SOURCE_...)."""
        self.addParameter(QgsProcessingParameterFeatureSource(name, label, kinds, None, optional))

    def add_field(self, name: str, label: str, parent: str, numeric: bool = False):
        """An optional field of the layer parameter parent (numeric only when asked)."""
        kind = qgis_enums.FIELD_NUMERIC if numeric else qgis_enums.FIELD_ANY
        self.addParameter(
            QgsProcessingParameterField(
                name, label, parentLayerParameterName=parent, type=kind, optional=True
            )
        )

    def add_filter(self, name: str, label: str, parent: str):
        """An optional expression keeping some features of the layer parameter parent."""
        self.addParameter(
            QgsProcessingParameterExpression(
                name, label, parentLayerParameterName=parent, optional=True
            )
        )

    def add_distance(self, name: str, label: str, default: float, parent: str = ""):
        """A distance of 0 or more, in the unit of the layer parameter parent if given."""
        parameter = QgsProcessingParameterDistance(name, label, default, parent, minValue=0.0)
        self.addParameter(parameter)

    def add_sink(self, name: str, label: str, kind):
        """An output layer of that geometry kind (qgis_enums.SOURCE_...)."""
        self.addParameter(QgsProcessingParameterFeatureSink(name, label, kind))

    def addMetricCrsParameter(self):
        """The optional, advanced METRIC_CRS parameter."""
        self.addAdvancedParameter(
            QgsProcessingParameterCrs(
                self.METRIC_CRS,
                self.tr("Metric CRS for the computation (default: chosen from the data)"),
                optional=True,
            )
        )

    def metricCrs(self, parameters, context, source):
        """METRIC_CRS when given (a projected one), else the default of the plugin's options
        where it fits the data, else a metric CRS chosen for `source`."""
        crs = self.parameterAsCrs(parameters, self.METRIC_CRS, context)
        if not crs.isValid():
            extent, source_crs = extent_of(source), source.sourceCrs()
            default = usable_here(settings.default_metric_crs(), extent, source_crs)
            return default or metric_crs_for(extent, source_crs)
        if crs.isGeographic():
            raise QgsProcessingException(
                self.tr("The computation CRS must be projected in metres, not {crs}.").format(
                    crs=crs.authid()
                )
            )
        return crs

    def computation_crs(self, parameters, context, source, feedback):
        """metricCrs(), told in the run's log."""
        crs = self.metricCrs(parameters, context, source)
        feedback.pushInfo(self.tr("Computation CRS: {crs}").format(crs=crs.authid()))
        return crs
