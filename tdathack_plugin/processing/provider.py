"""The `tdathack` Processing provider: toolbox, modeler, batch mode and qgis_process."""

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.about import MENU_TITLE, PROVIDER_ID, VERSION
from ..toolbelt.i18n import tr
from ..toolbelt.icons import PLUGIN_ICON
from .algorithms import all_algorithms
from .models import BundledModel, bundled_models


class TDatHackProvider(QgsProcessingProvider):
    """Registers every T.Dat'Hack algorithm under the id `tdathack`."""

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return MENU_TITLE

    def longName(self) -> str:
        return tr("T.Dat'Hack: telecom open data and coverage gaps")

    def icon(self) -> QIcon:
        return QIcon(PLUGIN_ICON)

    def svgIconPath(self) -> str:
        return PLUGIN_ICON

    def versionInfo(self) -> str:
        return VERSION

    def loadAlgorithms(self) -> None:
        for algorithm in all_algorithms() + bundled_models():
            self.addAlgorithm(algorithm)
        # A model's outputs come from the algorithms it runs, which QGIS knows only once this
        # provider is registered (after loadAlgorithms()).
        QgsApplication.processingRegistry().providerAdded.connect(self.attach_model_outputs)

    def attach_model_outputs(self, provider_id: str) -> None:
        if provider_id != self.id():
            return
        QgsApplication.processingRegistry().providerAdded.disconnect(self.attach_model_outputs)
        for algorithm in self.algorithms():
            if isinstance(algorithm, BundledModel):
                algorithm.attach_outputs()
