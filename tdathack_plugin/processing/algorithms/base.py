"""What every T.Dat'Hack algorithm shares: translation, help, icon, tags."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ...toolbelt.about import HOMEPAGE, PROVIDER_ID
from ...toolbelt.i18n import tr
from ...toolbelt.icons import PLUGIN_ICON
from ..help import algorithm_help


class TDatHackAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses give name(), displayName(), group ids and the algorithm."""

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):  # noqa: N802 (Qt API)
        return type(self)()

    def shortHelpString(self) -> str:  # noqa: N802 (Qt API)
        return algorithm_help(self.name())

    def helpUrl(self) -> str:  # noqa: N802 (Qt API)
        return f"{HOMEPAGE}/blob/main/docs/algorithms.md#{self.name()}"

    def icon(self) -> QIcon:
        return QIcon(PLUGIN_ICON)

    def svgIconPath(self) -> str:  # noqa: N802 (Qt API)
        return PLUGIN_ICON

    def tags(self) -> list:
        return [PROVIDER_ID, "T.Dat'Hack", *self.extraTags()]

    def extraTags(self) -> list:  # noqa: N802 (matches the Qt naming of the class)
        """Words users may search for, translated."""
        return []
